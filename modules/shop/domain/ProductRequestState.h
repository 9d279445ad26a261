#pragma once

#include "approval/domain/ApprovalRequest.h"

#include <QString>

namespace shopdesk {

// Where a price change or a listing change stands: its approval by the leader, then the web
// editor carrying it out, a separate recorded action (PRD-01, PRD-02).
enum class ProductRequestState { Waiting, ToCarryOut, Refused, Withdrawn, Done };
QString productRequestStateTitle(ProductRequestState state); // translated
ProductRequestState productRequestState(RequestState approval, bool carriedOut);

} // namespace shopdesk
