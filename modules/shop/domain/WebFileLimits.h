#pragma once

#include <QString>

namespace shopdesk {

// RULE WEB-04: what the shop's web pages take: a picture up to 500 KB, a video up to 30 MB, a
// document up to 1 MB, KB and MB counted in 1,024 (512,000, 31,457,280 and 1,048,576 bytes).
enum class WebFileKind { Picture, Video, Document };

namespace WebFileLimits {
qint64 maxBytes(WebFileKind kind);
// Why `fileName` of `sizeBytes` cannot be put on the web pages as `kind`, naming the limit and
// the file's size, translated; empty when it can.
QString problem(WebFileKind kind, const QString &fileName, qint64 sizeBytes);
// The picture's kind by its first bytes: "png", "jpeg", "gif", "webp", or "" for anything else.
QString pictureKind(const QByteArray &bytes);
} // namespace WebFileLimits

} // namespace shopdesk
