// certtrack_screenshots: the pictures of docs/screenshots/, made from the real application
// outside the shipped certtrack. Starts the client as `certtrack --demo` does (a private
// certtrackd with the demo seed), and once the first sync is done ScreenshotTaker drives the
// main window and its dialogs on timers and signals, saves every PNG and quits.
//   certtrack_screenshots [--language CODE] [--appearance light|dark] [--reverse] OUTPUT_DIR
// The pictures are in the system's language (English under packaging/screenshots.sh's
// LANG=C.UTF-8) unless --language names another the client speaks ("de"); its dates and money
// then follow it too. --appearance chooses the look (Light by default, the look of every other
// picture), --reverse lays the whole window out right to left, as for Arabic or Hebrew.

#include "ScreenshotTaker.h"
#include "app/ClientApplication.h"
#include "client/AppSettings.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace certtrack;

int main(int argc, char *argv[]) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(client::AppSettings::organizationName());
    QApplication::setApplicationName(client::AppSettings::applicationName());
    QApplication::setApplicationDisplayName(QStringLiteral("CertTrack"));
    QStringList arguments = QApplication::arguments();
    QString language;
    ui::Theme::Scheme scheme = ui::Theme::Scheme::Light;
    bool reverse = false, usage = false;
    while (arguments.size() > 2 && !usage) {
        const QString option = arguments.at(1);
        if (option == QLatin1String("--reverse")) {
            reverse = true;
            arguments.remove(1);
        } else if (arguments.size() > 3 && option == QLatin1String("--language")) {
            language = arguments.at(2);
            arguments.remove(1, 2);
        } else if (arguments.size() > 3 && option == QLatin1String("--appearance")) {
            scheme = ui::Theme::schemeFromName(arguments.at(2));
            usage = scheme == ui::Theme::Scheme::System;
            arguments.remove(1, 2);
        } else {
            usage = true;
        }
    }
    if (usage || arguments.size() != 2 ||
        (!language.isEmpty() && ui::Translations::resolve(language) != language)) {
        std::fprintf(stderr, "usage: certtrack_screenshots [--language CODE] "
                             "[--appearance light|dark] [--reverse] OUTPUT_DIR\n");
        return 2;
    }
    ui::Translations::install(application, language);
    ui::Theme::apply(application, scheme);
    if (reverse)
        QApplication::setLayoutDirection(Qt::RightToLeft);
    QApplication::setWindowIcon(ui::Icons::application());

    // Reminders would put their notice into every picture of the window: RecordShots shows one
    // on purpose, last.
    client::AppSettings().setRemindersEnabled(false);

    app::LaunchOptions options;
    options.demo = true;
    std::unique_ptr<app::ClientApplication> client;
    QTimer::singleShot(0, &application, [&] {
        client = std::make_unique<app::ClientApplication>(options);
        auto *taker = new screenshots::ScreenshotTaker(arguments.at(1), client->controller(),
                                                       client->mainWindow(), client.get());
        QObject::connect(taker, &screenshots::ScreenshotTaker::finished, client.get(),
                         &app::ClientApplication::quit);
        client->start();
    });
    return application.exec();
}
