#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace certtrack::domain {

// RFC 9457 problem details, the shape of every API error but the token endpoint's.
struct Problem {
    struct FieldError {
        QString field;
        QString message;
    };

    QString type = QStringLiteral("about:blank");
    QString title;
    int status = 500;
    QString detail;
    QList<FieldError> errors;

    static Problem make(int status, const QString &title, const QString &detail,
                        const QString &type = QStringLiteral("about:blank"));
    // Reads a problem body; a body that is not one gives a problem built from the status alone.
    static Problem fromBody(int status, const QByteArray &body);
    QJsonObject toJson() const;
    QByteArray toBody() const;
    // What to show a person: the detail, else the title.
    QString message() const;
};

} // namespace certtrack::domain
