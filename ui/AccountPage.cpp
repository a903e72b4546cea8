#include "ui/AccountPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certtrack::ui {

void AccountPage::focusFilter() {
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->property("certtrackFilter").toBool() && edit->isVisibleTo(this)) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

QWidget *AccountPage::makeHeading(const QString &title, const QString &description) {
    auto *heading = new QWidget(this);
    auto *layout = new QVBoxLayout(heading);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    auto *titleLabel = new QLabel(title, heading);
    titleLabel->setProperty("role", QStringLiteral("pageTitle"));
    layout->addWidget(titleLabel);
    if (!description.isEmpty()) {
        auto *descriptionLabel = new QLabel(description, heading);
        descriptionLabel->setProperty("role", QStringLiteral("description"));
        descriptionLabel->setWordWrap(true);
        layout->addWidget(descriptionLabel);
    }
    return heading;
}

} // namespace certtrack::ui
