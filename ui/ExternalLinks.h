#pragma once

#include <QDate>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace certtrack::ui {

// Opens web addresses in the system browser (or the mail program, for mailto:), and builds the
// share addresses of the social networks. Tests install a handler to see the address instead of
// starting a browser.
class ExternalLinks {
public:
    // Answers whether something took the address (a browser or mail program started).
    using Handler = std::function<bool(const QUrl &)>;

    // What LinkedIn's "Add to profile" fills into a new Licenses & Certifications entry.
    struct Certification {
        QString name;
        QString organizationName;
        QDate issued;
        std::optional<QDate> expires;
        QUrl url; // where anyone checks it
        QString id;
    };

    // False when no program could be started for url (no browser configured, say).
    static bool open(const QUrl &url);
    // Empty handler: back to QDesktopServices.
    static void setHandlerForTests(Handler handler);

    // The networks' own share pages, each carrying link.
    static QUrl facebookShare(const QUrl &link);
    static QUrl xShare(const QUrl &link, const QString &text);
    static QUrl linkedInShare(const QUrl &link);
    // A new message in the person's mail program.
    static QUrl email(const QString &subject, const QString &body);
    // LinkedIn's Add to Profile link for certifications (startTask=CERTIFICATION_NAME).
    static QUrl linkedInAddCertification(const Certification &certification);

private:
    static Handler &handler();
};

} // namespace certtrack::ui
