#include "domain/Employee.h"

#include <QCoreApplication>

namespace shopdesk {

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
    case EmployeeStatus::Candidate: return QCoreApplication::translate("Employee", "Candidate");
    case EmployeeStatus::Probation: return QCoreApplication::translate("Employee", "On probation");
    case EmployeeStatus::Regular: return QCoreApplication::translate("Employee", "Regular");
    case EmployeeStatus::Leaving: return QCoreApplication::translate("Employee", "Leaving");
    case EmployeeStatus::Left: return QCoreApplication::translate("Employee", "Left");
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
    case PropertyState::Issued: return QCoreApplication::translate("Employee", "Still out");
    case PropertyState::Returned: return QCoreApplication::translate("Employee", "Returned");
    case PropertyState::WrittenOff: return QCoreApplication::translate("Employee", "Written off");
    }
    return {};
}

QString propertyKindTitle(const QString &kind)
{
    if (kind == QLatin1String("equipment"))
        return QCoreApplication::translate("Employee", "Equipment");
    if (kind == QLatin1String("key"))
        return QCoreApplication::translate("Employee", "Key");
    if (kind == QLatin1String("document"))
        return QCoreApplication::translate("Employee", "Document");
    return QCoreApplication::translate("Employee", "Other");
}

} // namespace shopdesk
