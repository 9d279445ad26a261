#include "approval/ApprovalTypes.h"

#include "approval/data/ApprovalRepository.h"

#include "ledgers/PaymentVouchers.h"
#include "users/PermissionChange.h"

#include <QHash>
#include <QMutex>

namespace shopdesk::ApprovalTypes {

namespace {
// Core's own request types are always there; areas add theirs with define().
QHash<QString, ApprovalType> &types()
{
    static QHash<QString, ApprovalType> t = {{PermissionChange::type().id, PermissionChange::type()},
                                             {PaymentVouchers::type().id, PaymentVouchers::type()}};
    return t;
}
QMutex &lock()
{
    static QMutex m;
    return m;
}
} // namespace

void define(const ApprovalType &type)
{
    QMutexLocker locker(&lock());
    types().insert(type.id, type);
}

const ApprovalType *find(const QString &id)
{
    QMutexLocker locker(&lock());
    const auto it = types().constFind(id);
    return it == types().constEnd() ? nullptr : &*it;
}

QString title(const QString &id)
{
    const ApprovalType *t = find(id);
    return t ? QCoreApplication::translate("ApprovalType", t->title) : id;
}

QString describe(const ApprovalRequest &request)
{
    const ApprovalType *t = find(request.type);
    return t && t->describe ? t->describe(request) : QString();
}

} // namespace shopdesk::ApprovalTypes
