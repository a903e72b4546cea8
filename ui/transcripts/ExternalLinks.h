#pragma once

#include <QUrl>

#include <functional>

namespace certtrack::ui {

// Opens web addresses in the system browser. Tests install a handler to see the address
// instead of starting a browser.
class ExternalLinks {
public:
    using Handler = std::function<void(const QUrl &)>;

    static void open(const QUrl &url);
    // Empty handler: back to QDesktopServices.
    static void setHandlerForTests(Handler handler);

private:
    static Handler &handler();
};

} // namespace certtrack::ui
