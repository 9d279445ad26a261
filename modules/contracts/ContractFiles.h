#pragma once

#include "common/Result.h"
#include "domain/ContractAttachment.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QSet>

namespace shopdesk {

class Clock;
class Database;

// RULE CON-01, CON-04: the files kept with a contract. Its archive's custodian adds scans and
// documents; a new file under a document's name is its next version and the old ones stay.
// Their text, once read (ScanReader), is what search finds inside a scan.
class ContractFiles
{
    Q_DECLARE_TR_FUNCTIONS(ContractFiles)
public:
    // The size limit of one file, in MB (default 20), a policy setting.
    static inline const QString MaxMegabytesSetting = QStringLiteral("contracts.attachment_max_mb");

    ContractFiles(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    qint64 maxBytes() const;
    // The file as stored, with its version; refused over the size limit, when neither a PDF
    // nor a picture, or when `actor` is not the custodian of the contract's archive (CON-06).
    Result<ContractAttachment> attach(const Actor &actor, qint64 contractId, const QString &document,
                                      const QString &fileName, const QByteArray &content);
    Result<QList<ContractAttachment>> files(const Actor &actor, qint64 contractId) const;
    Result<QByteArray> content(const Actor &actor, qint64 attachmentId) const;

    // Files whose text is still to be read, oldest first.
    Result<QList<ContractAttachment>> waitingForText(const Actor &actor, int limit = 50) const;
    // The oldest file waiting whose id is not in `tried`: a reader goes through the queue once,
    // so a file whose text could not be kept is no loop. None: nothing more to read.
    Result<std::optional<ContractAttachment>> nextWaiting(const Actor &actor, const QSet<qint64> &tried) const;
    // Keeps what ScanReader read from the file, or why it could not.
    Status storeText(const Actor &actor, qint64 attachmentId, const Result<QList<PageText>> &read);
    // A file whose reading failed (a damaged page, a PC without Tesseract) is read again; only
    // its archive's custodian asks (CON-06).
    Status readAgain(const Actor &actor, qint64 attachmentId);
    // Where the words of `query` were found in the files of these contracts: page and line.
    Result<QList<TextHit>> hits(const Actor &actor, const QString &query, const QList<qint64> &contractIds) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
