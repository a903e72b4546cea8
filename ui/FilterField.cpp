#include "ui/FilterField.h"

#include <QLineEdit>

#include <memory>

namespace certtrack::ui {

void setUpFilterField(QLineEdit *field, const QString &objectName, const QString &accessibleName) {
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setProperty("certtrackFilter", true);
    field->setMinimumWidth(220);
    field->setMaximumWidth(320);
    auto enableClear = std::make_shared<QMetaObject::Connection>();
    *enableClear = QObject::connect(field, &QLineEdit::textChanged, field,
                                    [field, enableClear](const QString &text) {
                                        if (text.isEmpty())
                                            return;
                                        field->setClearButtonEnabled(true);
                                        QObject::disconnect(*enableClear);
                                    });
}

} // namespace certtrack::ui
