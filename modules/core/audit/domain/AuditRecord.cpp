#include "audit/domain/AuditRecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace shopdesk::AuditChain {

QByteArray hashOf(const AuditRecord &r, const QByteArray &prevHash)
{
    const QChar sep(0x1f);
    const QString canonical = QString::number(r.id) + sep + r.at + sep + QString::number(r.userId) + sep + r.userName
        + sep + r.action + sep + r.entity + sep + r.entityId + sep + r.before + sep + r.after;
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    h.addData(canonical.toUtf8());
    return h.result().toHex();
}

bool Verifier::add(const AuditRecord &r)
{
    if (m_brokenId)
        return false;
    if (r.prevHash != m_lastHash) {
        m_brokenId = r.id;
        m_problem = QCoreApplication::translate("AuditChain",
                                                "Audit record %1 does not follow record %2: a record between them was "
                                                "removed or inserted, or the previous one was changed.")
                        .arg(r.id)
                        .arg(m_lastId);
        return false;
    }
    if (hashOf(r, r.prevHash) != r.hash) {
        m_brokenId = r.id;
        m_problem =
            QCoreApplication::translate("AuditChain", "Audit record %1 was changed after it was written.").arg(r.id);
        return false;
    }
    m_lastHash = r.hash;
    m_lastId = r.id;
    ++m_count;
    return true;
}

} // namespace shopdesk::AuditChain
