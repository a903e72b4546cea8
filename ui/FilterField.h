#pragma once

#include <QString>

class QLineEdit;

namespace certtrack::ui {

// Makes a line edit the filter field of a table: its names, the width every
// filter has, and the property AccountPage's Ctrl+F looks for. Its clear button is switched on
// with the first character typed (it only ever shows beside text): asking the style for the
// button's icon reads the icon theme from disk, which would otherwise be paid by every page
// built before the window's first paint.
void setUpFilterField(QLineEdit *field, const QString &objectName, const QString &accessibleName);

} // namespace certtrack::ui
