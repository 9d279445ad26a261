#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shopdesk {

// What a contract's file is: a PDF or a picture. Nothing else is archived (CON-01).
enum class AttachmentKind { Pdf, Image };
QString attachmentKindKey(AttachmentKind kind); // stored form: pdf, image
std::optional<AttachmentKind> attachmentKindFromKey(const QString &key);

// Whether the text of a file has been read for search (CON-04): waiting, read (from the PDF's
// text or by recognising the scan), or the reading failed (the note says why).
enum class AttachmentText { Pending, Read, Failed };
QString attachmentTextKey(AttachmentText state); // pending, read, failed
std::optional<AttachmentText> attachmentTextFromKey(const QString &key);

// RULE CON-01: one version of a document kept with a contract: the signed original's scan, an
// amendment. A new scan of the same document is its next version; earlier versions stay.
struct ContractAttachment
{
    qint64 id = 0;
    qint64 contractId = 0;
    QString contractNumber;
    QString document; // what it is, as the custodian names it: 正本扫描件, 补充协议一
    int version = 1;
    QString fileName;
    AttachmentKind kind = AttachmentKind::Pdf;
    qint64 size = 0;
    QString sha256;
    QString addedBy;
    QString addedAt; // stored instant
    AttachmentText text = AttachmentText::Pending;
    QString textNote; // why reading failed, or how it was read
    int pages = 0; // pages whose text is stored
};

// One page's text, as read from a PDF's text layer or recognised from its picture.
struct PageText
{
    int page = 1; // 1-based
    QString text;
    bool recognised = false; // by OCR, not from the PDF's own text
};

// Where a search's words were found in a contract's files (CON-04): the newest such page.
struct TextHit
{
    qint64 contractId = 0;
    qint64 attachmentId = 0;
    QString document;
    int version = 0;
    int page = 0;
    QString pageText;
};

namespace AttachmentRules {
// RULE CON-01: the kind of `content` by its first bytes (a PDF, or a PNG, JPEG, BMP or GIF
// picture), or nothing: a file renamed to .pdf is not taken for one. TIFF is not taken: Qt reads
// it only with an extra plugin, and then only its first page (a scanner saves a PDF instead).
std::optional<AttachmentKind> kindOf(const QByteArray &content);
// Why a file of `size` bytes is too large to keep, translated; empty when it is not. Asked
// before a large file is read into memory, and again of what was read.
QString sizeProblem(const QString &fileName, qint64 size, qint64 maxBytes);
// Why `content`, named `fileName`, cannot be kept with a contract, translated; empty when it can.
// `maxBytes` is the company's size limit (a setting).
QString problem(const QString &fileName, const QByteArray &content, qint64 maxBytes);
} // namespace AttachmentRules

} // namespace shopdesk
