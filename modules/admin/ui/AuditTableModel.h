#pragma once

#include "audit/AuditLogService.h"

#include <QAbstractTableModel>

namespace shopdesk {

// The audit log, newest first, fetched a page at a time by id (STYLE 3): each page is one short
// query read to the end, so an open browser never holds a lock on the shared file.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Entity, EntityId, ColumnCount };

    AuditTableModel(AuditLogService service, Actor actor, QObject *parent = nullptr);
    // Starts again from the newest record with this filter; an error message, or empty.
    QString setFilter(const AuditFilter &filter);
    const AuditRecord *recordAt(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    AuditLogService m_service;
    Actor m_actor;
    AuditFilter m_filter;
    QList<AuditRecord> m_records;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace shopdesk
