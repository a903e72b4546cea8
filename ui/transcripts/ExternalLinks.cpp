#include "ui/transcripts/ExternalLinks.h"

#include <QDesktopServices>

namespace certtrack::ui {

ExternalLinks::Handler &ExternalLinks::handler() {
    static Handler installed;
    return installed;
}

void ExternalLinks::open(const QUrl &url) {
    if (handler())
        handler()(url);
    else
        QDesktopServices::openUrl(url);
}

void ExternalLinks::setHandlerForTests(Handler replacement) {
    handler() = std::move(replacement);
}

} // namespace certtrack::ui
