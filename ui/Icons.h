#pragma once

#include <QIcon>

namespace certtrack::ui {

// The client's own icons (SVG in resources/), loaded from the compiled-in resource file.
class Icons {
public:
    static QIcon application();
    static QIcon requirementMet();
    static QIcon requirementInProgress();
    static QIcon requirementNotStarted();
    static QIcon refresh();
    static QIcon signOut();
    static QIcon offline();
    static QIcon badgeMissing();
    static QIcon expiryWarning();
    static QIcon download();
    static QIcon agreement();

private:
    static QIcon load(const char *name);
};

} // namespace certtrack::ui
