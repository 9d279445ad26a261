#pragma once

#include "approval/domain/ApprovalRequest.h"
#include "ui/PagedTableModel.h"

#include <QDateTime>

namespace shopdesk {

// Requests as the inbox lists them: who asks what, the figures that matter, how long it waited,
// how far it got. What waits is short and read whole; one's own requests and decisions grow
// with the years and are read a page at a time, the newest first (issue 12).
class RequestTableModel : public PagedRows<ApprovalRequest>
{
    Q_OBJECT

public:
    enum Column { Number, Kind, Title, Requester, Figures, Waited, Progress, State, ColumnCount };

    explicit RequestTableModel(QObject *parent = nullptr);
    // A short list, whole.
    void setRequests(QList<ApprovalRequest> requests, const QDateTime &nowUtc);
    // A list that grows: reads its first page from `source`; the error, or empty.
    QString setPages(Source source, const QDateTime &nowUtc);
    const ApprovalRequest *requestAt(int row) const { return rowAt(row); }

    static QString figuresText(const QJsonObject &figures);
    static QString detailText(const ApprovalRequest &request);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDateTime m_now;
};

} // namespace shopdesk
