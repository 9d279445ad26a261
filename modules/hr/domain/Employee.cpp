#include "domain/Employee.h"

#include <QCoreApplication>

namespace shopdesk {

namespace {
const char *const kContext = "Employee";
}

QString employeeStatusKey(EmployeeStatus status)
{
    switch (status) {
    case EmployeeStatus::Candidate: return QStringLiteral("candidate");
    case EmployeeStatus::Probation: return QStringLiteral("probation");
    case EmployeeStatus::Regular: return QStringLiteral("regular");
    case EmployeeStatus::Leaving: return QStringLiteral("leaving");
    case EmployeeStatus::Left: return QStringLiteral("left");
    }
    return {};
}

std::optional<EmployeeStatus> employeeStatusFromKey(const QString &key)
{
    for (EmployeeStatus s : kEmployeeStatuses)
        if (employeeStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString employeeStatusTitle(EmployeeStatus status)
{
    switch (status) {
    case EmployeeStatus::Candidate: return QCoreApplication::translate(kContext, "Candidate");
    case EmployeeStatus::Probation: return QCoreApplication::translate(kContext, "On probation");
    case EmployeeStatus::Regular: return QCoreApplication::translate(kContext, "Regular");
    case EmployeeStatus::Leaving: return QCoreApplication::translate(kContext, "Leaving");
    case EmployeeStatus::Left: return QCoreApplication::translate(kContext, "Left");
    }
    return {};
}

QString propertyStateKey(PropertyState state)
{
    switch (state) {
    case PropertyState::Issued: return QStringLiteral("issued");
    case PropertyState::Returned: return QStringLiteral("returned");
    case PropertyState::WrittenOff: return QStringLiteral("written_off");
    }
    return {};
}

PropertyState propertyStateFromKey(const QString &key)
{
    if (key == propertyStateKey(PropertyState::Returned))
        return PropertyState::Returned;
    if (key == propertyStateKey(PropertyState::WrittenOff))
        return PropertyState::WrittenOff;
    return PropertyState::Issued;
}

QString propertyStateTitle(PropertyState state)
{
    switch (state) {
    case PropertyState::Issued: return QCoreApplication::translate(kContext, "Still out");
    case PropertyState::Returned: return QCoreApplication::translate(kContext, "Returned");
    case PropertyState::WrittenOff: return QCoreApplication::translate(kContext, "Written off");
    }
    return {};
}

QString propertyKindTitle(const QString &kind)
{
    if (kind == QLatin1String("equipment"))
        return QCoreApplication::translate(kContext, "Equipment");
    if (kind == QLatin1String("key"))
        return QCoreApplication::translate(kContext, "Key");
    if (kind == QLatin1String("document"))
        return QCoreApplication::translate(kContext, "Document");
    return QCoreApplication::translate(kContext, "Other");
}

} // namespace shopdesk
