#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLocale>
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

} // namespace

bool Translations::install(QCoreApplication &app) {
    auto *english = new ContextTranslator(&app);
    const bool ok = english->load(QStringLiteral(":/i18n/certtrack_en.qm"));
    if (ok)
        QCoreApplication::installTranslator(english);
    // Installed last, asked first: the person's language over the English plurals.
    auto *own = new ContextTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("certtrack"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) &&
        !own->language().startsWith(QLatin1String("en")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return ok;
}

} // namespace certtrack::ui
