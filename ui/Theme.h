#pragma once

class QApplication;

namespace certtrack::ui {

// One look everywhere: Fusion with a light palette, readable fonts and a few named roles
// (section titles, notes, banners) styled by property instead of per widget.
class Theme {
public:
    static void apply(QApplication &application);
};

} // namespace certtrack::ui
