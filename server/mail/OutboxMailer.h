#pragma once

#include "server/core/Clock.h"
#include "server/core/Mailer.h"

#include <QDir>

#include <memory>

namespace certtrack::server {

// Writes each message as one RFC 5322 .eml file into a folder, for tests and demos to read.
class OutboxMailer : public Mailer {
public:
    static std::unique_ptr<OutboxMailer> open(const QString &dir, const QString &from,
                                              const Clock &clock, QString *error);

    bool send(const MailMessage &message, QString *error) override;
    QString directory() const { return m_dir.absolutePath(); }

private:
    OutboxMailer(const QDir &dir, const QString &from, const Clock &clock);

    QDir m_dir;
    QString m_from;
    const Clock &m_clock;
};

} // namespace certtrack::server
