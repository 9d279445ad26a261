#include "AuditTableModel.h"

#include "audit/domain/AuditActionTitles.h"
#include "common/Clock.h"

#include <QLocale>

namespace shopdesk {

AuditTableModel::AuditTableModel(AuditLogService service, Actor actor, QObject *parent)
    : PagedRows<AuditRecord>(
        [this, service, actor = std::move(actor)](const PageCursor &after, int pageSize) {
            return service.page(actor, m_filter, after, pageSize);
        },
        AuditFilter{}.limit, parent)
{
}

QString AuditTableModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    return reload();
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
