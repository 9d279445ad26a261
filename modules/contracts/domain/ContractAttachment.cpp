#include "ContractAttachment.h"

#include <QLocale>

namespace shopdesk {

QString attachmentKindKey(AttachmentKind kind)
{
    return kind == AttachmentKind::Pdf ? QStringLiteral("pdf") : QStringLiteral("image");
}

std::optional<AttachmentKind> attachmentKindFromKey(const QString &key)
{
    if (key == QLatin1String("pdf"))
        return AttachmentKind::Pdf;
    if (key == QLatin1String("image"))
        return AttachmentKind::Image;
    return std::nullopt;
}

QString attachmentTextKey(AttachmentText state)
{
    switch (state) {
    case AttachmentText::Pending: return QStringLiteral("pending");
    case AttachmentText::Read: return QStringLiteral("read");
    case AttachmentText::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<AttachmentText> attachmentTextFromKey(const QString &key)
{
    for (AttachmentText s : {AttachmentText::Pending, AttachmentText::Read, AttachmentText::Failed})
        if (attachmentTextKey(s) == key)
            return s;
    return std::nullopt;
}

std::optional<AttachmentKind> AttachmentRules::kindOf(const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return AttachmentKind::Pdf;
    static const QByteArray pictures[] = {QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray("\xff\xd8\xff", 3),
                                          QByteArray("BM"), QByteArray("GIF87a"), QByteArray("GIF89a")};
    for (const QByteArray &magic : pictures)
        if (content.startsWith(magic))
            return AttachmentKind::Image;
    return std::nullopt;
}

QString AttachmentRules::sizeProblem(const QString &fileName, qint64 size, qint64 maxBytes)
{
    if (size <= maxBytes)
        return {};
    const QLocale locale;
    return QCoreApplication::translate("AttachmentRules", "%1 is %2, over the limit of %3 for a contract's file.")
        .arg(fileName, locale.formattedDataSize(size, 2, QLocale::DataSizeTraditionalFormat),
             locale.formattedDataSize(maxBytes, 2, QLocale::DataSizeTraditionalFormat));
}

QString AttachmentRules::problem(const QString &fileName, const QByteArray &content, qint64 maxBytes)
{
    if (content.isEmpty())
        return QCoreApplication::translate("AttachmentRules", "%1 is empty.").arg(fileName);
    if (const QString tooLarge = sizeProblem(fileName, content.size(), maxBytes); !tooLarge.isEmpty())
        return tooLarge;
    if (!kindOf(content))
        return QCoreApplication::translate("AttachmentRules",
                                           "%1 is neither a PDF nor a picture (PNG, JPEG, BMP, GIF): scan the contract "
                                           "to one of those.")
            .arg(fileName);
    return {};
}

} // namespace shopdesk
