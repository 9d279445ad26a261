#include "InboxModule.h"

#include "approval/Approvals.h"
#include "common/Clock.h"
#include "ui/GuideTopic.h"
#include "ui/InboxPanel.h"

namespace shopdesk {

QWidget *InboxModule::createPanel(const AppContext &context, QWidget *parent) const
{
    auto *panel = new InboxPanel(context, parent);
    GuideTopic::set(panel, QStringLiteral("approvals")); // its section of the user guide
    return panel;
}

QString InboxModule::badge(const AppContext &context) const
{
    auto count = Approvals(*context.database, *context.clock).waitingCount(context.actor);
    return count && *count > 0 ? QString::number(*count) : QString();
}

// What waits for me: the count and the three that waited longest, and phone approvals in my
// name to confirm (issue 11).
QStringList InboxModule::overview(const AppContext &context) const
{
    Approvals approvals(*context.database, *context.clock);
    QStringList lines;
    auto waiting = approvals.waitingFor(context.actor);
    if (waiting && !waiting->isEmpty()) {
        lines << tr("%n request(s) wait for your decision.", nullptr, int(waiting->size()));
        const QDateTime now = context.clock->nowUtc();
        for (const ApprovalRequest &r : waiting->mid(0, 3)) // oldest first
            lines << tr("    No. %1, %2, from %3, waiting %4 h")
                         .arg(r.id)
                         .arg(r.title, r.requesterName)
                         .arg(fromStoredInstant(r.createdAt).secsTo(now) / 3600);
    }
    auto phone = approvals.phoneApprovalsToAnswer(context.actor);
    if (phone && !phone->isEmpty())
        lines << tr("%n phone approval(s) in your name to confirm or dispute.", nullptr, int(phone->size()));
    return lines;
}

} // namespace shopdesk
