#include "ui/Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace certtrack::ui {

namespace {

// The colours the style sheet names, one set per lightness.
struct Colours {
    const char *title, *description, *noteText, *noteBack, *noteBorder, *errorText, *errorBack,
        *errorBorder, *bannerText, *bannerBack, *bannerBorder, *card, *cardBorder, *pane,
        *paneBorder, *tab, *tabText, *tabSelectedText, *tabHover, *header, *headerText, *headerRule,
        *input, *inputBorder, *focus, *inlineError;
};

constexpr Colours kLight{"#1b2a3a", "#4a5866", "#5a4300", "#fff6d6", "#f0d890", "#8a1c1c",
                         "#fdecec", "#f3b7b7", "#4a3500", "#ffe9a8", "#e6c35c", "white",
                         "#d9e0e8", "#fbfcfd", "#d3dae3", "#e6ebf1", "#2b3a4a", "#0f4c81",
                         "#eef2f6", "#eef2f6", "#2b3a4a", "#d3dae3", "white",   "#c4ccd6",
                         "#1d6fb8", "#b00020"};
constexpr Colours kDark{"#e6ecf2", "#aab6c2", "#f3dc9a", "#3a3117", "#6b5a26", "#ffb4ab", "#3d1c1c",
                        "#7a3434", "#ffe3a0", "#4a3a12", "#7a6320", "#262b31", "#3a424c", "#23272d",
                        "#3a424c", "#2c3238", "#c9d3dd", "#8cc4ff", "#343b43", "#2c3238", "#d5dde5",
                        "#3a424c", "#1d2126", "#4a535e", "#5aa2e8", "#ff8a80"};

Theme::Scheme g_scheme = Theme::Scheme::Light;
bool g_dark = false;

QPalette lightPalette(const QStyle *style) {
    QPalette palette = style->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf5, 0xf9));
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    return palette;
}

QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x1f, 0x23, 0x28), base(0x1a, 0x1d, 0x21), text(0xe3, 0xe8, 0xed);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x27, 0x2d));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2c, 0x32, 0x38));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x23, 0x66, 0xb0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8c, 0xc4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa8, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x2c, 0x32, 0x38));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x95, 0xa1));
    palette.setColor(QPalette::Light, QColor(0x3a, 0x42, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x3a, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x30, 0x36));
    palette.setColor(QPalette::Dark, QColor(0x14, 0x17, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled(0x6c, 0x76, 0x80);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QString styleSheet(const Colours &c) {
    QString sheet = QStringLiteral(R"(
QLabel[role="pageTitle"] { font-size: 17pt; font-weight: 600; color: @title; }
QLabel[role="sectionTitle"] { font-size: 12.5pt; font-weight: 600; color: @title; }
QLabel[role="description"] { color: @description; }
QLabel[role="note"] { color: @noteText; background: @noteBack; border: 1px solid @noteBorder;
                      border-radius: 4px; padding: 6px 10px; }
QLabel[role="error"] { color: @errorText; background: @errorBack; border: 1px solid @errorBorder;
                       border-radius: 4px; padding: 8px 10px; }
QLabel[role="banner"] { color: @bannerText; background: @bannerBack;
                        border-bottom: 1px solid @bannerBorder; padding: 8px 14px;
                        font-weight: 600; }
QWidget[role="bannerRow"] { background: @bannerBack; border-bottom: 1px solid @bannerBorder; }
QWidget[role="bannerRow"] QLabel[role="banner"] { border-bottom: none; }
QLabel[tone="error"] { color: @inlineError; }
QFrame[role="card"] { background: @card; border: 1px solid @cardBorder; border-radius: 6px; }
QTabWidget::pane { border: 1px solid @paneBorder; background: @pane; top: -1px; }
QTabBar::tab { padding: 7px 16px; margin-right: 2px; background: @tab;
               border: 1px solid @paneBorder; border-bottom: none;
               border-top-left-radius: 4px; border-top-right-radius: 4px; color: @tabText; }
QTabBar::tab:selected { background: @pane; color: @tabSelectedText; font-weight: 600; }
QTabBar::tab:hover:!selected { background: @tabHover; }
QHeaderView::section { background: @header; padding: 5px 8px; border: none;
                       border-right: 1px solid @cardBorder; border-bottom: 1px solid @headerRule;
                       font-weight: 600; color: @headerText; }
QTreeView, QListView { border: 1px solid @paneBorder; border-radius: 3px; }
QTreeView::item { padding: 3px 6px; }
QLineEdit { padding: 4px 6px; border: 1px solid @inputBorder; border-radius: 3px;
            background: @input; }
QLineEdit:focus { border-color: @focus; }
QStatusBar QLabel { padding: 0 6px; }
QPushButton { padding: 5px 14px; }
)");
    const std::pair<const char *, const char *> names[] = {{"@title", c.title},
                                                           {"@description", c.description},
                                                           {"@noteText", c.noteText},
                                                           {"@noteBack", c.noteBack},
                                                           {"@noteBorder", c.noteBorder},
                                                           {"@errorText", c.errorText},
                                                           {"@errorBack", c.errorBack},
                                                           {"@errorBorder", c.errorBorder},
                                                           {"@bannerText", c.bannerText},
                                                           {"@bannerBack", c.bannerBack},
                                                           {"@bannerBorder", c.bannerBorder},
                                                           {"@cardBorder", c.cardBorder},
                                                           {"@card", c.card},
                                                           {"@paneBorder", c.paneBorder},
                                                           {"@pane", c.pane},
                                                           {"@tabText", c.tabText},
                                                           {"@tabSelectedText", c.tabSelectedText},
                                                           {"@tabHover", c.tabHover},
                                                           {"@tab", c.tab},
                                                           {"@headerText", c.headerText},
                                                           {"@headerRule", c.headerRule},
                                                           {"@header", c.header},
                                                           {"@inputBorder", c.inputBorder},
                                                           {"@input", c.input},
                                                           {"@focus", c.focus},
                                                           {"@inlineError", c.inlineError}};
    // Longer names first where one is the start of another (@cardBorder before @card …): the
    // table above is ordered so.
    for (const auto &[name, colour] : names)
        sheet.replace(QLatin1String(name), QLatin1String(colour));
    return sheet;
}

} // namespace

void Theme::apply(QApplication &application, Scheme scheme) {
    // The platform's own palette, taken before Fusion or this theme replaced it.
    static const QPalette platform = QApplication::palette();
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette;
    switch (scheme) {
    case Scheme::System:
        palette = platform;
        break;
    case Scheme::Light:
        palette = lightPalette(application.style());
        break;
    case Scheme::Dark:
        palette = darkPalette();
        break;
    }
    g_scheme = scheme;
    g_dark = palette.color(QPalette::Window).lightness() < 128;
    application.setPalette(palette);

    QFont font = application.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    application.setFont(font);
    application.setStyleSheet(styleSheet(g_dark ? kDark : kLight));
}

Theme::Scheme Theme::scheme() {
    return g_scheme;
}

bool Theme::isDark() {
    return g_dark;
}

void Theme::setInlineError(QWidget *label, bool error) {
    label->setProperty("tone", error ? QStringLiteral("error") : QString());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

Theme::Scheme Theme::schemeFromName(const QString &name) {
    if (name == QLatin1String("dark"))
        return Scheme::Dark;
    if (name == QLatin1String("light"))
        return Scheme::Light;
    return Scheme::System;
}

QString Theme::schemeName(Scheme scheme) {
    switch (scheme) {
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace certtrack::ui
