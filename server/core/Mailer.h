#pragma once

#include <QString>

namespace certtrack::server {

struct MailMessage {
    QString to;
    QString subject;
    QString textBody;
};

// Sends mail to people (set-password links, shared transcripts). The default writes .eml files to
// an outbox folder; an SMTP mailer fits the same interface.
class Mailer {
public:
    virtual ~Mailer() = default;
    virtual bool send(const MailMessage &message, QString *error) = 0;
};

} // namespace certtrack::server
