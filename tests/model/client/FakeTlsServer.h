#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>

#include <functional>

namespace certtrack::test {

// An HTTPS server that misbehaves on cue — oversized bodies, cut transfers, odd statuses — for
// the fault cases a real certtrackd cannot produce on demand. It serves the certificate that
// TestServer generated, so the client trusts it exactly as it trusts certtrackd.
class FakeTlsServer : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    // Writes the answer (or not) to the socket; the socket is closed by the handler if it likes.
    using Handler = std::function<void(const Request &request, QSslSocket *socket)>;

    FakeTlsServer(const QString &certificateFile, const QString &keyFile, Handler handler);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int requestCount(const QByteArray &path) const { return m_counts.value(path); }

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &extraHeaders = {});

private:
    void accept();
    void readFrom(QSslSocket *socket);

    Handler m_handler;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QHash<QByteArray, int> m_counts;
    QSslServer m_server; // last: its sockets go first, while the tables above still exist
};

} // namespace certtrack::test
