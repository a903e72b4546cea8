#pragma once

#include <QString>

class QApplication;
class QWidget;

namespace certtrack::ui {

// One look everywhere: Fusion, readable fonts and a few named roles (section titles, notes,
// banners, inline errors) styled by property instead of per widget. Three schemes: System takes
// the platform's palette as it is (a dark desktop stays dark, told by the lightness of its
// window colour), Light and Dark are CertTrack's own. Paper stays paper in every scheme: the
// certificate and transcript previews keep their own white page.
class Theme {
public:
    enum class Scheme { System, Light, Dark };

    static void apply(QApplication &application, Scheme scheme = Scheme::Light);
    static Scheme scheme();
    // Whether what is shown now is dark (Dark, or System on a dark desktop).
    static bool isDark();

    // A short label under a field or beside a button saying what went wrong, or nothing.
    static void setInlineError(QWidget *label, bool error);

    static Scheme schemeFromName(const QString &name);
    static QString schemeName(Scheme scheme);
};

} // namespace certtrack::ui
