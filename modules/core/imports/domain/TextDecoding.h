#pragma once

#include <QByteArray>
#include <QString>

namespace shopdesk {

// Text files users have are UTF-8 (with or without BOM) or GB18030 (Chinese Excel, ZKTime,
// Taobao). Decoded through Qt Core5Compat's QTextCodec, which carries its own CJK codecs, so the
// official Windows Qt (built without ICU) reads GB18030 too (ARCHITECTURE: import).
namespace TextDecoding {

enum class Encoding { Auto, Utf8, Gb18030 };

// Auto: UTF-8 when the bytes are valid UTF-8, else GB18030. A UTF-8 BOM is dropped.
QString decode(const QByteArray &bytes, Encoding encoding, Encoding *detected = nullptr);

} // namespace TextDecoding
} // namespace shopdesk
