#pragma once

#include "approval/domain/ApprovalRequest.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace shopdesk {

// Requests as the inbox lists them: who asks what, the figures that matter, how long it waited,
// how far it got. The lists are short (one person's requests), read whole.
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Kind, Title, Requester, Figures, Waited, Progress, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRequests(QList<ApprovalRequest> requests, const QDateTime &nowUtc);
    const ApprovalRequest *requestAt(int row) const;

    static QString figuresText(const QJsonObject &figures);
    static QString detailText(const ApprovalRequest &request);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApprovalRequest> m_requests;
    QDateTime m_now;
};

} // namespace shopdesk
