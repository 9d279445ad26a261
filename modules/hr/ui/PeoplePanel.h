#pragma once

#include "domain/Employee.h"
#include "ui/Module.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace shopdesk {

// The employee archive (issue 5): a searchable list; a record's form (personal data only where
// the reader may see it, DB-04); "verified by HR" (HR-01); assessments of special hires (HR-04);
// offboarding with the property checklist and the settlement (HR-02).
class PeoplePanel : public QWidget
{
    Q_OBJECT
public:
    PeoplePanel(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    const EmployeeRecord *selected() const;
    void editSelected();
    void addNew();
    void offboardSelected();
    void importFile(const QString &path);

private:
    bool edit(EmployeeRecord record);
    void verifySelected();
    void assessSelected();

    AppContext m_context;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QList<EmployeeRecord> m_records;
};

} // namespace shopdesk
