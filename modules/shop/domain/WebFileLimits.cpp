#include "domain/WebFileLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace shopdesk {

qint64 WebFileLimits::maxBytes(WebFileKind kind)
{
    switch (kind) {
    case WebFileKind::Picture: return 500 * 1024;
    case WebFileKind::Video: return 30 * 1024 * 1024;
    case WebFileKind::Document: return 1024 * 1024;
    }
    return 0;
}

QString WebFileLimits::problem(WebFileKind kind, const QString &fileName, qint64 sizeBytes)
{
    if (sizeBytes <= 0)
        return QCoreApplication::translate("WebFileLimits", "%1 is empty.").arg(fileName);
    if (sizeBytes <= maxBytes(kind))
        return {};
    const QLocale c(QLocale::English); // 512,000: grouped, as people read sizes
    const QString limit = c.toString(maxBytes(kind));
    const QString size = c.toString(sizeBytes);
    switch (kind) {
    case WebFileKind::Picture:
        return QCoreApplication::translate("WebFileLimits",
                                           "%1 has %2 bytes; a picture for the web pages has at most %3 bytes (500 KB, "
                                           "WEB-04). Make it smaller and add it again.")
            .arg(fileName, size, limit);
    case WebFileKind::Video:
        return QCoreApplication::translate("WebFileLimits",
                                           "%1 has %2 bytes; a video for the web pages has at most %3 bytes (30 MB, "
                                           "WEB-04).")
            .arg(fileName, size, limit);
    case WebFileKind::Document:
        return QCoreApplication::translate("WebFileLimits",
                                           "%1 has %2 bytes; a document for the web pages has at most %3 bytes (1 MB, "
                                           "WEB-04).")
            .arg(fileName, size, limit);
    }
    return {};
}

QString WebFileLimits::pictureKind(const QByteArray &b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (b.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpeg");
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    return {};
}

} // namespace shopdesk
