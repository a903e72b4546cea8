#include "server/mail/OutboxMailer.h"

#include "server/core/PasswordHasher.h"

#include <QLocale>
#include <QSaveFile>

namespace certtrack::server {

namespace {

// RFC 2047 encoded-word for header text that is not plain ASCII.
QByteArray headerText(const QString &text) {
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            ascii = false;
    }
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

std::unique_ptr<OutboxMailer> OutboxMailer::open(const QString &dir, const QString &from,
                                                 const Clock &clock, QString *error) {
    QDir outbox(dir);
    if (!outbox.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create the outbox folder %1").arg(dir);
        return nullptr;
    }
    return std::unique_ptr<OutboxMailer>(new OutboxMailer(outbox, from, clock));
}

OutboxMailer::OutboxMailer(const QDir &dir, const QString &from, const Clock &clock)
    : m_dir(dir)
    , m_from(from)
    , m_clock(clock) {}

bool OutboxMailer::send(const MailMessage &message, QString *error) {
    const QDateTime now = m_clock.now();
    const QString unique = PasswordHasher::randomToken().left(12);
    const QString name =
        now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) + unique + QStringLiteral(".eml");
    QByteArray eml;
    eml += "From: " + headerText(m_from) + "\r\n";
    eml += "To: " + headerText(message.to) + "\r\n";
    eml += "Subject: " + headerText(message.subject) + "\r\n";
    eml +=
        "Date: " +
        QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000")).toLatin1() +
        "\r\n";
    eml += "Message-ID: <" + unique.toLatin1() + "@certtrackd>\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "Content-Type: text/plain; charset=utf-8\r\n";
    eml += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    QByteArray body = message.textBody.toUtf8();
    body.replace("\r\n", "\n");
    body.replace("\n", "\r\n");
    eml += body;
    if (!eml.endsWith("\r\n"))
        eml += "\r\n";

    QSaveFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace certtrack::server
