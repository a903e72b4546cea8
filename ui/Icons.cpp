#include "ui/Icons.h"

#include <QDir>

// The resources live in a static library: make sure they are registered before first use.
static void ensureResources() {
    static const bool loaded = [] {
        Q_INIT_RESOURCE(certtrack);
        return true;
    }();
    Q_UNUSED(loaded);
}

namespace certtrack::ui {

QIcon Icons::load(const char *name) {
    ensureResources();
    return QIcon(QStringLiteral(":/icons/") + QString::fromLatin1(name) + QStringLiteral(".svg"));
}

QIcon Icons::application() {
    return load("certtrack");
}

QIcon Icons::requirementMet() {
    return load("requirement-met");
}

QIcon Icons::requirementInProgress() {
    return load("requirement-in-progress");
}

QIcon Icons::requirementNotStarted() {
    return load("requirement-not-started");
}

QIcon Icons::refresh() {
    return load("refresh");
}

QIcon Icons::signOut() {
    return load("sign-out");
}

QIcon Icons::offline() {
    return load("offline");
}

QIcon Icons::badgeMissing() {
    return load("badge-missing");
}

QIcon Icons::expiryWarning() {
    return load("expiry-warning");
}

QIcon Icons::download() {
    return load("download");
}

QIcon Icons::agreement() {
    return load("agreement");
}

} // namespace certtrack::ui
