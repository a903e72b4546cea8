// certtrack_screenshots: the pictures of docs/screenshots/, made from the real application
// outside the shipped certtrack. Starts the client as `certtrack --demo` does (a private
// certtrackd with the demo seed), and once the first sync is done ScreenshotTaker drives the
// main window and its dialogs on timers and signals, saves every PNG and quits.
//   certtrack_screenshots [--language CODE] OUTPUT_DIR
// The pictures are in the system's language (English under packaging/screenshots.sh's
// LANG=C.UTF-8) unless --language names another the client speaks ("de"); its dates and money
// then follow it too.

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
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--language")) {
        language = arguments.at(2);
        arguments.remove(1, 2);
    }
    if (arguments.size() != 2 ||
        (!language.isEmpty() && ui::Translations::resolve(language) != language)) {
        std::fprintf(stderr, "usage: certtrack_screenshots [--language CODE] OUTPUT_DIR\n");
        return 2;
    }
    ui::Translations::install(application, language);
    ui::Theme::apply(application);
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
