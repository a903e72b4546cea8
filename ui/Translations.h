#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace certtrack::ui {

// The application's translations, built from resources/translations/*.ts into the binary
// (qt_add_translations) under :/i18n. English is the source language, but its plural forms
// ("%n second(s)" in the source) come from certtrack_en, so it is always installed; a
// translation for the chosen language, when there is one, takes precedence over it, with Qt's
// own strings (dialog buttons and the like, Debian's qt6-translations-l10n) in the same
// language. Dates, numbers and money then follow that language too (QLocale::setDefault and
// itemmodels::DisplayFormat); in English they keep the guide's own style.
class Translations {
public:
    struct Language {
        QString code;       // "en", "de", … (certtrack_<code>.qm)
        QString nativeName; // "English", "Deutsch", … as its speakers write it
    };

    // The languages the client speaks: English and every translation built into it, in the
    // order a menu lists them.
    static QList<Language> available();

    // Installs the translators on app (parented to it), replacing any installed before, for
    // `language` (a code of available()), or for the system's language when it is empty or
    // not available. Returns whether the English plural forms were found (false only in a
    // broken build).
    static bool install(QCoreApplication &app, const QString &language = {});

    // The code of the language installed last ("en" when nothing else was found).
    static QString active();
    // The code install(app, language) would install.
    static QString resolve(const QString &language);
    // sourceText (marked with QT_TR_NOOP in context) in the language `code`, whatever is
    // installed: for a notice the person must read in the language they just chose.
    static QString translateIn(const QString &code, const char *context, const char *sourceText);

    // The locale for a language: the system's own when it speaks that language, else the
    // language in the system's country ("en" in Germany: English words, A4 paper, 24-hour
    // clock), else the language's default.
    static QLocale localeFor(const QString &language);
};

} // namespace certtrack::ui
