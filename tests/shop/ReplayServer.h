#pragma once

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace shopdesk::test {

// An HTTP server on this PC that answers each request with the next of its answers, and keeps
// what was asked. "{base}" in an answer's headers is its own address; a silent answer never comes.
class ReplayServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray headers; // "Name: value\r\n" each
        QByteArray body;
        bool silent = false;
    };
    QList<Answer> answers;
    QList<QByteArray> requests; // each request's head

    ReplayServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QUrlQuery query(int request) const
    {
        const QByteArray path = requests.value(request).split(' ').value(1);
        return QUrlQuery(QUrl(QString::fromLatin1(path)));
    }
    QByteArray header(int request, const QByteArray &name) const
    {
        for (const QByteArray &line : requests.value(request).split('\n'))
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &head = m_heads[socket];
        head += socket->readAll();
        if (!head.contains("\r\n\r\n"))
            return;
        requests << head.left(head.indexOf("\r\n\r\n"));
        head.clear();
        const Answer answer = answers.isEmpty() ? Answer{404, {}, "[]"} : answers.takeFirst();
        if (answer.silent)
            return;
        QByteArray headers = answer.headers;
        headers.replace("{base}", url().toString().toLatin1());
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status)
                      + " Recorded\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n"
                      + headers + "\r\n" + answer.body);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

} // namespace shopdesk::test
