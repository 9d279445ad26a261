#pragma once

#include "common/Clock.h"

#include <QVariant>

namespace shopdesk {

// An instant the shop's tables may leave empty (not accepted yet, not reported yet): NULL when
// there is none, UTC ISO text otherwise (common/Clock.h).
inline QVariant storedInstantOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(toStoredInstant(utc)) : QVariant(QMetaType(QMetaType::QString));
}

// The instant as read back; invalid for NULL or ''.
inline QDateTime instantOrInvalid(const QVariant &stored)
{
    return stored.isNull() || stored.toString().isEmpty() ? QDateTime() : fromStoredInstant(stored.toString());
}

} // namespace shopdesk
