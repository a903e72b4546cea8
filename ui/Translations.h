#pragma once

class QCoreApplication;

namespace certtrack::ui {

// The application's translations, built from resources/translations/*.ts into the binary
// (qt_add_translations). English is the source language, but its plural forms ("%n second(s)"
// in the source) come from certtrack_en, so it is always installed first; a translation for the
// person's language, when there is one, takes precedence over it.
class Translations {
public:
    // Installs the translators on app (parented to it). Returns whether the English plural
    // forms were found (false only in a broken build).
    static bool install(QCoreApplication &app);
};

} // namespace certtrack::ui
