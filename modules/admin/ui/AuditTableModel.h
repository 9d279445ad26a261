#pragma once

#include "audit/AuditLogService.h"
#include "ui/PagedTableModel.h"

namespace shopdesk {

// The audit log, newest first, fetched a page at a time by id (STYLE 3) through the shared
// paged model (issue 12): each page is one short query read to the end, so an open browser
// never holds a lock on the shared file.
class AuditTableModel : public PagedRows<AuditRecord>
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Entity, EntityId, ColumnCount };

    AuditTableModel(AuditLogService service, Actor actor, QObject *parent = nullptr);
    // Starts again from the newest record with this filter; an error message, or empty.
    QString setFilter(const AuditFilter &filter);
    const AuditRecord *recordAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditFilter m_filter;
};

} // namespace shopdesk
