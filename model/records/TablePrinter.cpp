#include "records/TablePrinter.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace certtrack::records {

namespace {

constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont bodyFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8.5);
    return font;
}

QFont headerFont() {
    QFont font = bodyFont();
    font.setBold(true);
    return font;
}

QFont titleFont() {
    QFont font = bodyFont();
    font.setPointSizeF(13);
    font.setBold(true);
    return font;
}

} // namespace

TablePrinter::TablePrinter(const QAbstractItemModel &model, QString title,
                           const QList<int> &columns)
    : m_table(TableRows::of(model, columns))
    , m_title(std::move(title)) {}

TablePrinter::Layout TablePrinter::layOut(QPainter &painter, const QRect &area) const {
    Layout layout;
    const int columns = int(m_table.headers.size());
    if (columns == 0)
        return layout;
    const QFontMetrics body(bodyFont(), painter.device());
    const QFontMetrics header(headerFont(), painter.device());
    const int padding = body.averageCharWidth();
    const int indent = body.averageCharWidth() * 3;

    // Each column as wide as its widest line would be, at most a third of the page; then all
    // shrunk together to the page's width, no column narrower than a few characters.
    QList<int> natural(columns);
    for (int c = 0; c < columns; ++c) {
        int width = header.horizontalAdvance(m_table.headers.at(c));
        for (const TableRows::Row &row : m_table.rows) {
            int cell = body.horizontalAdvance(row.cells.at(c));
            if (c == 0)
                cell += row.depth * indent;
            width = std::max(width, cell);
        }
        // A character more than the text: rounding between measuring and drawing never wraps it.
        natural[c] = std::min(width + 3 * padding, area.width() / 3);
    }
    const int total = std::accumulate(natural.cbegin(), natural.cend(), 0);
    const int minimum = body.averageCharWidth() * 6;
    layout.widths = natural;
    if (total > area.width()) {
        for (int c = 0; c < columns; ++c)
            layout.widths[c] = std::max(minimum, natural.at(c) * area.width() / total);
    } else if (total < area.width()) {
        layout.widths.last() += area.width() - total; // the last column takes what is left
    }

    const auto heightOf = [&](const QStringList &cells, const QFontMetrics &metrics, int depth) {
        int height = metrics.height();
        for (int c = 0; c < columns; ++c) {
            const int inset = c == 0 ? depth * indent : 0;
            const QRect box(0, 0, std::max(1, layout.widths.at(c) - 2 * padding - inset), 1 << 24);
            height = std::max(
                height,
                metrics.boundingRect(box, kTextFlags | Qt::TextWrapAnywhere, cells.at(c)).height());
        }
        return height + padding;
    };
    layout.headerHeight = heightOf(m_table.headers, header, 0) + padding;

    const QFontMetrics title(titleFont(), painter.device());
    const int top = title.height() + body.height() * 2 + layout.headerHeight;
    const int bottom = body.height() * 2;
    const int available = std::max(1, area.height() - top - bottom);
    int used = 0;
    layout.pageStarts.append(0);
    for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
        const TableRows::Row &row = m_table.rows.at(r);
        const int height = std::min(heightOf(row.cells, body, row.depth), available);
        layout.rowHeights.append(height);
        if (used + height > available && used > 0) {
            layout.pageStarts.append(int(r));
            used = 0;
        }
        used += height;
    }
    return layout;
}

void TablePrinter::paintPage(QPainter &painter, const QRect &area, const Layout &layout,
                             int page) const {
    const QFontMetrics body(bodyFont(), painter.device());
    const int padding = body.averageCharWidth();
    const int indent = body.averageCharWidth() * 3;
    int y = area.top();

    painter.setPen(Qt::black);
    painter.setFont(titleFont());
    const QFontMetrics title(titleFont(), painter.device());
    painter.drawText(QRect(area.left(), y, area.width(), title.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += title.height();
    painter.setFont(bodyFont());
    if (!m_subtitle.isEmpty())
        painter.drawText(QRect(area.left(), y, area.width(), body.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);
    y += body.height() * 2;

    // The column headers, on every page.
    painter.setFont(headerFont());
    int x = area.left();
    for (qsizetype c = 0; c < m_table.headers.size(); ++c) {
        const QRect cell(x + padding, y + padding / 2, layout.widths.at(c) - 2 * padding,
                         layout.headerHeight);
        painter.drawText(cell, kTextFlags | Qt::TextWrapAnywhere, m_table.headers.at(c));
        x += layout.widths.at(c);
    }
    y += layout.headerHeight;
    painter.setPen(QPen(Qt::black, std::max(1, padding / 6)));
    painter.drawLine(area.left(), y - padding / 2, area.right(), y - padding / 2);

    painter.setFont(bodyFont());
    const int first = layout.pageStarts.at(page);
    const int end = page + 1 < layout.pageStarts.size() ? layout.pageStarts.at(page + 1)
                                                        : int(m_table.rows.size());
    for (int r = first; r < end; ++r) {
        const TableRows::Row &row = m_table.rows.at(r);
        if ((r - first) % 2 == 1)
            painter.fillRect(QRect(area.left(), y, area.width(), layout.rowHeights.at(r)),
                             QColor(0xf0, 0xf0, 0xf0));
        painter.setPen(Qt::black);
        x = area.left();
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const int inset = c == 0 ? row.depth * indent : 0;
            const QRect cell(x + padding + inset, y + padding / 2,
                             layout.widths.at(c) - 2 * padding - inset, layout.rowHeights.at(r));
            painter.drawText(cell, kTextFlags | Qt::TextWrapAnywhere, row.cells.at(c));
            x += layout.widths.at(c);
        }
        y += layout.rowHeights.at(r);
    }

    painter.setPen(Qt::darkGray);
    painter.drawText(QRect(area.left(), area.bottom() - body.height(), area.width(), body.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page + 1).arg(layout.pageStarts.size()));
}

bool TablePrinter::print(QPagedPaintDevice *device) {
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect area(0, 0, device->width(), device->height());
    const Layout layout = layOut(painter, area);
    m_pageCount = int(std::max<qsizetype>(1, layout.pageStarts.size()));
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        if (layout.pageStarts.isEmpty()) {
            painter.setFont(titleFont());
            painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, m_title);
            break;
        }
        paintPage(painter, area, layout, page);
    }
    return painter.end();
}

bool TablePrinter::writePdf(QIODevice *device) {
    QPdfWriter writer(device);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("CertTrack"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    return print(&writer);
}

bool TablePrinter::writePdf(const QString &path, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writePdf(&file)) {
        file.cancelWriting();
        *error = tr("Cannot draw %1.").arg(path);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace certtrack::records
