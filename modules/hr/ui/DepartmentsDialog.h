#pragma once

#include "ui/Module.h"

#include <QDialog>

class QTableWidget;

namespace shopdesk {

// The company's departments and their heads (OrgChart), from the employee list's toolbar: a new
// company adds its departments here before its employee list can name them (issue 19).
class DepartmentsDialog : public QDialog
{
    Q_OBJECT

public:
    DepartmentsDialog(const AppContext &context, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();
    // What the buttons do once they have asked; false (with a message) when refused.
    bool addDepartment(const QString &name);
    bool renameSelected(const QString &name);
    bool setHeadOfSelected(qint64 employeeId);

private:
    qint64 selectedId() const;
    // A change's outcome: the refusal shown under `title`, or the list read again.
    bool shown(const Status &done, const QString &title);
    void askNew();
    void askRename();
    void askHead();

    AppContext m_context;
    QTableWidget *m_table;
};

} // namespace shopdesk
