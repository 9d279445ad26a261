#pragma once

#include <QByteArray>
#include <QString>

namespace shopdesk {

// A file handed in with a request (a hospital certificate, an invoice scan).
struct AttachedFile
{
    QString name;
    QByteArray content;
    qint64 id = 0; // once stored
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
};

} // namespace shopdesk
