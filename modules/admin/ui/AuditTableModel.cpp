#include "AuditTableModel.h"

#include "common/Clock.h"
#include "audit/domain/AuditActionTitles.h"

#include <QLocale>

namespace shopdesk {

AuditTableModel::AuditTableModel(AuditLogService service, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{
}

QString AuditTableModel::setFilter(const AuditFilter &filter)
{
    // The first page is read inside the reset, so views see one change, not a reset and an insert.
    beginResetModel();
    m_filter = filter;
    m_filter.beforeId = 0;
    m_error.clear();
    auto records = m_service.page(m_actor, m_filter);
    m_records = records ? *records : QList<AuditRecord>{};
    m_error = records ? QString() : records.error();
    m_atEnd = !records || m_records.size() < m_filter.limit;
    endResetModel();
    return m_error;
}

const AuditRecord *AuditTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    AuditFilter page = m_filter;
    page.beforeId = m_records.isEmpty() ? 0 : m_records.last().id;
    auto records = m_service.page(m_actor, page);
    if (!records) {
        m_error = records.error();
        m_atEnd = true;
        return;
    }
    m_atEnd = records->size() < page.limit;
    if (records->isEmpty())
        return;
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + records->size() - 1));
    m_records.append(*records);
    endInsertRows();
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditRecord *r = recordAt(index.row());
    if (!r)
        return {};
    if (role == Qt::ToolTipRole && index.column() == What)
        return r->action; // the code, for filtering
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: return QLocale().toString(fromStoredInstant(r->at).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who: return r->userName;
    case What: return AuditActionTitles::title(r->action);
    case Entity: return AuditActionTitles::title(r->entity);
    case EntityId: return r->entityId;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case What: return tr("What");
    case Entity: return tr("Record");
    case EntityId: return tr("Record id");
    }
    return {};
}

} // namespace shopdesk
