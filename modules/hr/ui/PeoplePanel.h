#pragma once

#include "common/domain/Page.h"
#include "domain/Employee.h"
#include "ui/Module.h"
#include "ui/PagedTableModel.h"

#include <QWidget>

class QLineEdit;
class QTableView;

namespace shopdesk {

// The employee archive (issue 5): a searchable list; a record's form (personal data only where
// the reader may see it, DB-04); "verified by HR" (HR-01); assessments of special hires (HR-04);
// offboarding with the property checklist and the settlement (HR-02). The list grows over the
// years: it reads a page at a time, filtered and ordered in the query (issue 12).
class PeoplePanel : public QWidget
{
    Q_OBJECT
public:
    PeoplePanel(const AppContext &context, QWidget *parent = nullptr, int pageSize = PagedTableModel::kDefaultPageSize);
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

    QHash<qint64, QString> departmentNames() const;
    QString cellText(const EmployeeRecord &record, int column) const;
    Result<Page<EmployeeRecord>> readPage(const PageCursor &after, int pageSize) const;

    AppContext m_context;
    QLineEdit *m_filter;
    PagedList<EmployeeRecord> *m_model;
    QTableView *m_view;
    QHash<qint64, QString> m_departments;
};

} // namespace shopdesk
