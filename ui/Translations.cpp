#include "ui/Translations.h"

#include "itemmodels/DisplayFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <cstring>

namespace certtrack::ui {

namespace {

// Qt 6.4's lupdate does not read C++17 nested namespace definitions (`namespace a::b {`), so it
// files a class's strings under its bare name while tr() asks with the qualified one
// ("certtrack::ui::IdleWarningDialog"). Asking again with the bare name bridges the two.
class ContextTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isNull() && context) {
            if (const char *colon = std::strrchr(context, ':'))
                text = QTranslator::translate(colon + 1, sourceText, disambiguation, n);
        }
        return text;
    }
};

QString qmPath(const QString &code) {
    return QStringLiteral(":/i18n/certtrack_%1.qm").arg(code);
}

// Each language by its own name, so a person finds theirs whatever the application speaks.
// The menu lists them in this order; a language shows only once its .qm is built in.
const QList<Translations::Language> &knownLanguages() {
    static const QList<Translations::Language> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    return languages;
}

QList<QPointer<QTranslator>> &installed() {
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &activeCode() {
    static QString code = QStringLiteral("en");
    return code;
}

void installTranslator(QTranslator *translator) {
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

// The first of the system's preferred languages the client has a translation for; English
// when none.
QString systemLanguage() {
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (code == QLatin1String("en") || QFileInfo::exists(qmPath(code)))
            return code;
    }
    return QStringLiteral("en");
}

} // namespace

QList<Translations::Language> Translations::available() {
    QList<Language> languages;
    for (const Language &language : knownLanguages())
        if (language.code == QLatin1String("en") || QFileInfo::exists(qmPath(language.code)))
            languages.append(language);
    return languages;
}

QLocale Translations::localeFor(const QString &language) {
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    if (system.language() == wanted.language())
        return system;
    const QLocale inCountry(wanted.language(), system.territory());
    return inCountry.language() == wanted.language() ? inCountry : wanted;
}

bool Translations::install(QCoreApplication &app, const QString &language) {
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    auto *english = new ContextTranslator(&app);
    const bool ok = english->load(qmPath(QStringLiteral("en")));
    if (ok)
        installTranslator(english);
    else
        delete english;

    const bool chosen = resolve(language) == language;
    const QString code = resolve(language);
    activeCode() = code;
    // A language chosen in the application brings its locale along; "System" keeps the
    // system's locale as it is.
    QLocale::setDefault(chosen ? localeFor(code) : QLocale::system());
    if (code == QLatin1String("en")) {
        itemmodels::DisplayFormat::setLocale(std::nullopt);
        return ok;
    }

    // Qt's own strings first (the dialog buttons, the print and file dialogs), then ours,
    // installed last and so asked first.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, qtTranslations))
        installTranslator(qt);
    else
        delete qt;
    auto *own = new ContextTranslator(&app);
    if (own->load(qmPath(code)))
        installTranslator(own);
    else
        delete own;
    itemmodels::DisplayFormat::setLocale(chosen ? localeFor(code) : QLocale());
    return ok;
}

QString Translations::active() {
    return activeCode();
}

QString Translations::resolve(const QString &language) {
    if (!language.isEmpty() &&
        (language == QLatin1String("en") || QFileInfo::exists(qmPath(language))))
        return language;
    return systemLanguage();
}

QString Translations::translateIn(const QString &code, const char *context,
                                  const char *sourceText) {
    ContextTranslator translator;
    if (code != QLatin1String("en") && translator.load(qmPath(code))) {
        const QString text = translator.translate(context, sourceText, nullptr, -1);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(sourceText);
}

} // namespace certtrack::ui
