#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace certtrack::server {

// An application/x-www-form-urlencoded body as the HTML forms and the token endpoint send it:
// '&'-separated name=value pairs, '+' a space, the rest percent-decoded as UTF-8. The one decoder
// the token endpoint, the checkout page and the set-password page share.
class FormBody {
public:
    explicit FormBody(const QByteArray &body);

    // Every pair in order, repeats included.
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    // The first value given for name; empty when there is none.
    QString value(const QString &name) const;

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace certtrack::server
