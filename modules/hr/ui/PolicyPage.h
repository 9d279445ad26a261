#pragma once

#include "domain/AttendancePolicy.h"
#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace shopdesk {

// The attendance policy (every contradiction of RULES.md as a setting, with its rule). Saving
// is audited; "Simulate" shows what last month would look like under the draft before saving.
class PolicyPage : public QWidget
{
    Q_OBJECT
public:
    PolicyPage(const AppContext &context, QWidget *parent = nullptr);
    AttendancePolicy draft() const;
    void load();
    void save();
    // Rows: employees whose statuses or fines differ under the draft.
    QList<QStringList> simulate(const QDate &month) const;

private:
    void showSimulation();

    AppContext m_context;
    QSpinBox *m_grace, *m_fineFrom, *m_reminder, *m_warning, *m_notice, *m_noticeMonths, *m_consecutive, *m_quota;
    QSpinBox *m_workingDayPercent, *m_restDayPercent, *m_statutoryPercent, *m_compTimeMonths; // HOL-02, OT-02
    QDoubleSpinBox *m_firstAbsence, *m_laterAbsence, *m_proxy, *m_yearDays, *m_marriageDays, *m_bereavementDays;
    QCheckBox *m_earlyIsAbsence, *m_missingIsAbsence, *m_allWeek;
    QTableWidget *m_tiers;
    QLabel *m_state;
};

} // namespace shopdesk
