#include "ui/ExternalLinks.h"

#include <QDesktopServices>
#include <QUrlQuery>

namespace certtrack::ui {

ExternalLinks::Handler &ExternalLinks::handler() {
    static Handler installed;
    return installed;
}

bool ExternalLinks::open(const QUrl &url) {
    if (handler())
        return handler()(url);
    return QDesktopServices::openUrl(url);
}

void ExternalLinks::setHandlerForTests(Handler replacement) {
    handler() = std::move(replacement);
}

QUrl ExternalLinks::facebookShare(const QUrl &link) {
    QUrl url(QStringLiteral("https://www.facebook.com/sharer/sharer.php"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("u"), link.toString(QUrl::FullyEncoded));
    url.setQuery(query);
    return url;
}

QUrl ExternalLinks::xShare(const QUrl &link, const QString &text) {
    QUrl url(QStringLiteral("https://x.com/intent/tweet"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("url"), link.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("text"), text);
    url.setQuery(query);
    return url;
}

QUrl ExternalLinks::linkedInShare(const QUrl &link) {
    QUrl url(QStringLiteral("https://www.linkedin.com/sharing/share-offsite/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("url"), link.toString(QUrl::FullyEncoded));
    url.setQuery(query);
    return url;
}

QUrl ExternalLinks::email(const QString &subject, const QString &body) {
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), subject);
    query.addQueryItem(QStringLiteral("body"), body);
    url.setQuery(query);
    return url;
}

QUrl ExternalLinks::linkedInAddCertification(const Certification &certification) {
    QUrl url(QStringLiteral("https://www.linkedin.com/profile/add"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("startTask"), QStringLiteral("CERTIFICATION_NAME"));
    query.addQueryItem(QStringLiteral("name"), certification.name);
    query.addQueryItem(QStringLiteral("organizationName"), certification.organizationName);
    query.addQueryItem(QStringLiteral("issueYear"), QString::number(certification.issued.year()));
    query.addQueryItem(QStringLiteral("issueMonth"), QString::number(certification.issued.month()));
    if (certification.expires) {
        query.addQueryItem(QStringLiteral("expirationYear"),
                           QString::number(certification.expires->year()));
        query.addQueryItem(QStringLiteral("expirationMonth"),
                           QString::number(certification.expires->month()));
    }
    query.addQueryItem(QStringLiteral("certUrl"), certification.url.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("certId"), certification.id);
    url.setQuery(query);
    return url;
}

} // namespace certtrack::ui
