#include "ui/Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace certtrack::ui {

void Theme::apply(QApplication &application) {
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette = application.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf5, 0xf9));
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    application.setPalette(palette);

    QFont font = application.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    application.setFont(font);

    application.setStyleSheet(QStringLiteral(R"(
QLabel[role="pageTitle"] { font-size: 17pt; font-weight: 600; color: #1b2a3a; }
QLabel[role="sectionTitle"] { font-size: 12.5pt; font-weight: 600; color: #1b2a3a; }
QLabel[role="description"] { color: #4a5866; }
QLabel[role="note"] { color: #5a4300; background: #fff6d6; border: 1px solid #f0d890;
                      border-radius: 4px; padding: 6px 10px; }
QLabel[role="error"] { color: #8a1c1c; background: #fdecec; border: 1px solid #f3b7b7;
                       border-radius: 4px; padding: 8px 10px; }
QLabel[role="banner"] { color: #4a3500; background: #ffe9a8; border-bottom: 1px solid #e6c35c;
                        padding: 8px 14px; font-weight: 600; }
QFrame[role="card"] { background: white; border: 1px solid #d9e0e8; border-radius: 6px; }
QTabWidget::pane { border: 1px solid #d3dae3; background: #fbfcfd; top: -1px; }
QTabBar::tab { padding: 7px 16px; margin-right: 2px; background: #e6ebf1;
               border: 1px solid #d3dae3; border-bottom: none;
               border-top-left-radius: 4px; border-top-right-radius: 4px; color: #2b3a4a; }
QTabBar::tab:selected { background: #fbfcfd; color: #0f4c81; font-weight: 600; }
QTabBar::tab:hover:!selected { background: #eef2f6; }
QHeaderView::section { background: #eef2f6; padding: 5px 8px; border: none;
                       border-right: 1px solid #d9e0e8; border-bottom: 1px solid #d3dae3;
                       font-weight: 600; color: #2b3a4a; }
QTreeView, QListView { border: 1px solid #d3dae3; border-radius: 3px; }
QTreeView::item { padding: 3px 6px; }
QLineEdit { padding: 4px 6px; border: 1px solid #c4ccd6; border-radius: 3px; background: white; }
QLineEdit:focus { border-color: #1d6fb8; }
QStatusBar QLabel { padding: 0 6px; }
QPushButton { padding: 5px 14px; }
)"));
}

} // namespace certtrack::ui
