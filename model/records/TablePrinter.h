#pragma once

#include "records/TableRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace certtrack::records {

// A table printed as a person sees it: on every page the table's title, the column headers and
// "Page n of m"; rows are never split across pages, long cells wrap within their column, and a
// tree's child rows are indented under their parent. The same drawing goes to a QPrinter (the
// print dialog) and to a QPdfWriter (tests and the archive), both QPagedPaintDevices.
class TablePrinter {
    Q_DECLARE_TR_FUNCTIONS(TablePrinter)
public:
    TablePrinter(const QAbstractItemModel &model, QString title, const QList<int> &columns = {});

    // The line under the title on each page ("John Doe · printed 2026-Dec-03").
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }

    // Paints every page onto device (its page layout as set); false when no painter could begin.
    bool print(QPagedPaintDevice *device);
    // An A4 portrait PDF at path, written atomically; false with *error.
    bool writePdf(const QString &path, QString *error);
    // The same PDF into an open device; false when nothing could be drawn.
    bool writePdf(QIODevice *device);

    int pageCount() const { return m_pageCount; }

private:
    struct Layout {
        QList<int> widths;
        QList<int> rowHeights;
        int headerHeight = 0;
        QList<int> pageStarts; // first row of each page
    };
    Layout layOut(QPainter &painter, const QRect &area) const;
    void paintPage(QPainter &painter, const QRect &area, const Layout &layout, int page) const;

    TableRows m_table;
    QString m_title;
    QString m_subtitle;
    int m_pageCount = 0;
};

} // namespace certtrack::records
