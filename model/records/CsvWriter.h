#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace certtrack::records {

// A table as a person sees it, as CSV (RFC 4180): a header record of the model's horizontal
// header texts, then one record per row, depth first (a tree's children follow their parent).
// Fields are the display texts; a field holding a comma, a double quote, CR or LF is quoted with
// its quotes doubled; records end in CRLF, the last one too. UTF-8 without a byte order mark, so
// the first header reads back exactly as shown.
//
// Formulas (OWASP "CSV Injection"): a spreadsheet program runs a cell that begins with =, +, -,
// @, a tab or a carriage return as a formula, and some cells are typed by the person or come
// from the server (a transcript's description, a job title). Such a field is written with a
// single quote in front, inside double quotes ("'=HYPERLINK(...)"), so it opens as the text it
// is; the quote is visible to a plain CSV reader. A plain number ("-5", "+3", "-12.50", the
// tables' scores and credits) is not a formula and is written as it is: a sign, digits and at
// most one decimal point, nothing else.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // columns: the model's columns to write, in order; empty for all of them.
    static QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns = {});
    // Writes atomically (a failed write leaves no half file); false with *error.
    static bool write(const QAbstractItemModel &model, const QString &path, QString *error,
                      const QList<int> &columns = {});
    // One field, quoted when RFC 4180 needs it; a formula neutralised as above.
    static QString field(const QString &text);
    // Whether a spreadsheet would read the text as a formula (see above).
    static bool looksLikeFormula(const QString &text);
};

} // namespace certtrack::records
