#include "imports/domain/TextDecoding.h"

#include <QTextCodec>
#include <QUtf8StringView>

namespace shopdesk::TextDecoding {

QString decode(const QByteArray &input, Encoding encoding, Encoding *detected)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        if (encoding == Encoding::Auto)
            encoding = Encoding::Utf8;
    }
    if (encoding == Encoding::Auto)
        encoding = QUtf8StringView(bytes).isValidUtf8() ? Encoding::Utf8 : Encoding::Gb18030;
    if (detected)
        *detected = encoding;
    QTextCodec *codec = QTextCodec::codecForName(encoding == Encoding::Utf8 ? "UTF-8" : "GB18030");
    return codec ? codec->toUnicode(bytes) : QString::fromUtf8(bytes);
}

} // namespace shopdesk::TextDecoding
