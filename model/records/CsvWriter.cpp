#include "records/CsvWriter.h"

#include "records/TableRows.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QSaveFile>

namespace certtrack::records {

bool CsvWriter::looksLikeFormula(const QString &text) {
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    static const QRegularExpression plainNumber(
        QStringLiteral("\\A[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\z"));
    return !plainNumber.match(text).hasMatch();
}

QString CsvWriter::field(const QString &text) {
    const bool formula = looksLikeFormula(text);
    const bool quote = formula || text.contains(QLatin1Char(',')) ||
                       text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r')) ||
                       text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString quoted = formula ? QLatin1Char('\'') + text : text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::toCsv(const QAbstractItemModel &model, const QList<int> &columns) {
    const TableRows table = TableRows::of(model, columns);
    QString text;
    const auto record = [&text](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += field(fields.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    record(table.headers);
    for (const TableRows::Row &row : table.rows)
        record(row.cells);
    return text.toUtf8();
}

bool CsvWriter::write(const QAbstractItemModel &model, const QString &path, QString *error,
                      const QList<int> &columns) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(model, columns));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace certtrack::records
