#pragma once

// The test servers' side of HTTP/1.1: requests taken one by one off what a connection has received.
#include <QByteArray>
#include <QList>

#include <optional>

struct HttpRequest
{
    QByteArray head; // the request line and the headers, without the blank line after them
    QByteArray body;
};

// Removes the first whole request (its head and Content-Length bytes of body) from *received and returns
// it; nothing while the request is still incomplete.
inline std::optional<HttpRequest> takeHttpRequest(QByteArray *received)
{
    const qsizetype end = received->indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    HttpRequest request{received->left(end), {}};
    qsizetype length = 0;
    for (const QByteArray &line : request.head.split('\n'))
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.trimmed().mid(15).trimmed().toLongLong();
    if (received->size() < end + 4 + length)
        return std::nullopt;
    request.body = received->mid(end + 4, length);
    received->remove(0, end + 4 + length);
    return request;
}
