#include "RequestTableModel.h"

#include <QJsonObject>

#include "approval/ApprovalTypes.h"
#include "common/Clock.h"
#include "common/domain/Money.h"

#include <QLocale>

namespace shopdesk {

RequestTableModel::RequestTableModel(QObject *parent) : PagedRows<ApprovalRequest>({}, kDefaultPageSize, parent) {}

void RequestTableModel::setRequests(QList<ApprovalRequest> requests, const QDateTime &nowUtc)
{
    // The whole list as one page.
    setPages(
        [requests = std::move(requests)](const PageCursor &, int) -> Result<Page<ApprovalRequest>> {
            return Page<ApprovalRequest>{requests, {}, false};
        },
        nowUtc);
}

QString RequestTableModel::setPages(Source source, const QDateTime &nowUtc)
{
    setSource(std::move(source));
    m_now = nowUtc;
    return reload();
}

QString RequestTableModel::figuresText(const QJsonObject &figures)
{
    QStringList parts;
    if (figures.contains(QStringLiteral("days")))
        parts.append(tr("%1 days").arg(figures.value(QStringLiteral("days")).toDouble()));
    if (figures.contains(QStringLiteral("hours")))
        parts.append(tr("%1 hours").arg(figures.value(QStringLiteral("hours")).toDouble()));
    if (figures.contains(QStringLiteral("amount_fen")))
        parts.append(Money::fromFen(figures.value(QStringLiteral("amount_fen")).toInteger()).toString());
    if (figures.value(QStringLiteral("special")).toBool())
        parts.append(tr("special permission"));
    return parts.join(QStringLiteral(", "));
}

QString RequestTableModel::detailText(const ApprovalRequest &r)
{
    QStringList lines;
    lines << tr("Request %1: %2").arg(r.id).arg(r.title) << tr("Kind: %1").arg(ApprovalTypes::title(r.type))
          << tr("From: %1, %2").arg(r.requesterName, localMinuteText(fromStoredInstant(r.createdAt)))
          << tr("State: %1").arg(requestStateTitle(r.state));
    const QString described = ApprovalTypes::describe(r);
    if (!described.isEmpty())
        lines << tr("Asks for: %1").arg(described);
    const QString figures = figuresText(r.figures);
    if (!figures.isEmpty())
        lines << tr("Figures: %1").arg(figures);
    for (const QJsonValue &a : r.attachments)
        if (a.isObject())
            lines << tr("Attached: %1 (%2 KB)")
                         .arg(a.toObject().value(QStringLiteral("name")).toString())
                         .arg((a.toObject().value(QStringLiteral("size")).toInteger() + 1023) / 1024);
    lines << QString();
    for (const ApprovalStep &s : r.steps) {
        QString line = tr("%1. %2, %3: ").arg(s.position).arg(approverKindTitle(s.kind), s.approverName);
        if (s.decision == StepDecision::Undecided) {
            line += r.state == RequestState::Pending ? tr("waiting") : tr("not asked");
        } else {
            line += s.decision == StepDecision::Approved ? tr("approved") : tr("rejected");
            if (!s.byPhoneName.isEmpty()) {
                line += tr(" by phone (%1, recorded by %2)").arg(s.byPhoneName, s.decidedByName);
                if (s.phoneCheck == PhoneCheck::Pending)
                    line += tr(", not yet confirmed by %1").arg(s.byPhoneName);
                else if (s.phoneCheck == PhoneCheck::Confirmed)
                    line += tr(", confirmed by %1").arg(s.byPhoneName);
                else if (s.phoneCheck == PhoneCheck::Disputed)
                    line += tr(", DISPUTED by %1 (%2)").arg(s.byPhoneName, s.phoneCheckComment);
            } else if (s.decidedByUserId != s.approverUserId)
                line += tr(" by %1 as deputy").arg(s.decidedByName);
            line += QStringLiteral(", ") + localMinuteText(fromStoredInstant(s.decidedAt));
            if (!s.comment.isEmpty())
                line += QStringLiteral(": ") + s.comment;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    const ApprovalRequest *r = requestAt(index.row());
    if (!r || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const QDateTime created = fromStoredInstant(r->createdAt);
    switch (index.column()) {
    case Number: return role == Qt::UserRole ? QVariant(r->id) : QVariant(QString::number(r->id));
    case Kind: return ApprovalTypes::title(r->type);
    case Title: return r->title;
    case Requester: return r->requesterName;
    case Figures: {
        const QString described = ApprovalTypes::describe(*r);
        const QString figures = figuresText(r->figures);
        return described.isEmpty() ? figures
            : figures.isEmpty()    ? described
                                   : described + QStringLiteral(", ") + figures;
    }
    case Waited: {
        const qint64 secs = created.secsTo(m_now);
        if (role == Qt::UserRole)
            return secs;
        return secs >= 86400 ? tr("%1 d").arg(secs / 86400) : tr("%1 h").arg(qMax<qint64>(0, secs / 3600));
    }
    case Progress: return tr("%1 of %2").arg(r->approvedSteps()).arg(r->steps.size());
    case State: return requestStateTitle(r->state);
    }
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("No.");
    case Kind: return tr("Kind");
    case Title: return tr("Request");
    case Requester: return tr("Requester");
    case Figures: return tr("Figures");
    case Waited: return tr("Waiting");
    case Progress: return tr("Approved steps");
    case State: return tr("State");
    }
    return {};
}

} // namespace shopdesk
