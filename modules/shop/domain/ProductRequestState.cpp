#include "domain/ProductRequestState.h"

#include <QCoreApplication>

namespace shopdesk {

QString productRequestStateTitle(ProductRequestState state)
{
    switch (state) {
    case ProductRequestState::Waiting:
        return QCoreApplication::translate("ProductRequestState", "Waiting for approval");
    case ProductRequestState::ToCarryOut:
        return QCoreApplication::translate("ProductRequestState", "Approved, to publish");
    case ProductRequestState::Refused: return QCoreApplication::translate("ProductRequestState", "Refused");
    case ProductRequestState::Withdrawn: return QCoreApplication::translate("ProductRequestState", "Withdrawn");
    case ProductRequestState::Done: return QCoreApplication::translate("ProductRequestState", "Published");
    }
    return {};
}

ProductRequestState productRequestState(RequestState approval, bool carriedOut)
{
    if (carriedOut)
        return ProductRequestState::Done;
    switch (approval) {
    case RequestState::Approved: return ProductRequestState::ToCarryOut;
    case RequestState::Rejected: return ProductRequestState::Refused;
    case RequestState::Withdrawn: return ProductRequestState::Withdrawn;
    case RequestState::Draft:
    case RequestState::Pending: break;
    }
    return ProductRequestState::Waiting;
}

} // namespace shopdesk
