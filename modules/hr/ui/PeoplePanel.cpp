#include "PeoplePanel.h"

#include "AttendanceMonth.h"
#include "DepartmentsDialog.h"
#include "EmployeeArchive.h"
#include "EmployeeImport.h"
#include "HrActions.h"
#include "OffboardingDialog.h"
#include "PageParts.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

PeoplePanel::PeoplePanel(const AppContext &context, QWidget *parent, int pageSize)
    : QWidget(parent), m_context(context),
      m_filter(filterLine(this, tr("Filter by name, staff number, department or phone (Ctrl+F)"))),
      m_model(new PagedList<EmployeeRecord>(
          {tr("Staff no."), tr("Name"), tr("Department"), tr("Position"), tr("Phone"), tr("Status"), tr("Hire date"),
           tr("Verified by HR")},
          [this](const EmployeeRecord &r, int column) { return cellText(r, column); },
          [this](const PageCursor &after, int size) { return readPage(after, size); }, pageSize, this)),
      m_view(new QTableView(this))
{
    const bool manage = Permissions::can(context.actor, HrAction::ManagePeople);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *add = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New..."), this, &PeoplePanel::addNew);
    add->setShortcut(QKeySequence::New);
    QAction *open =
        bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Open..."), this, &PeoplePanel::editSelected);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    QAction *verify = bar->addAction(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Mark verified"), this,
                                     &PeoplePanel::verifySelected);
    verify->setEnabled(manage && context.actor.roles.contains(Role::Hr));
    QAction *assess = bar->addAction(tr("Assessment..."), this, &PeoplePanel::assessSelected);
    QAction *leave = bar->addAction(tr("Offboarding..."), this, &PeoplePanel::offboardSelected);
    QAction *import = bar->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import a list..."), this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Import an employee list"), QString(),
                                                      tr("Employee lists (*.csv *.xlsx)"));
        if (!path.isEmpty())
            importFile(path);
    });
    for (QAction *a : {add, assess, leave, import})
        a->setEnabled(manage);
    // A new company's first step: the departments its list names (issue 19).
    bar->addSeparator();
    bar->addAction(tr("Departments..."), this, [this] {
        DepartmentsDialog dialog(m_context, this);
        dialog.exec();
        refresh();
    });
    for (QAction *a : {add, open}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    // Issue 12: the filter and the order are the query's, so they hold for people not read yet;
    // a new filter or a click on a header reads the first page again.
    connect(m_filter, &QLineEdit::textChanged, m_model, &PagedTableModel::reload);
    connect(m_model, &PagedTableModel::pageFailed, this,
            [this](const QString &error) { MessageBox::warning(this, tr("Employees"), error); });
    m_view->setModel(m_model);
    EmptyListHint::install(m_view,
                           tr("No employees yet. Add the departments with Departments... first; then add the people "
                              "one by one with New..., or bring the whole list in with Import a list... (an Excel "
                              "or CSV file)."),
                           m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, &PeoplePanel::editSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    // Sorting on reads the first page, by staff number.
    m_departments = departmentNames();
    m_view->horizontalHeader()->setSortIndicator(EmployeeListQuery::ByStaffNo, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->resizeColumnsToContents();
}

void PeoplePanel::refresh()
{
    m_departments = departmentNames();
    m_model->reload();
    m_view->resizeColumnsToContents();
}

QHash<qint64, QString> PeoplePanel::departmentNames() const
{
    QHash<qint64, QString> names;
    if (auto list = AttendanceMonth(*m_context.database, *m_context.clock).departments(m_context.actor))
        for (const Department &d : *list)
            names.insert(d.id, d.name);
    return names;
}

Result<Page<EmployeeRecord>> PeoplePanel::readPage(const PageCursor &after, int pageSize) const
{
    EmployeeListQuery query;
    query.text = m_filter->text();
    if (!query.text.isEmpty())
        for (EmployeeStatus status : kEmployeeStatuses)
            if (employeeStatusTitle(status).contains(query.text, Qt::CaseInsensitive))
                query.statuses << status;
    // The columns are in EmployeeListQuery::Order's order.
    query.order = EmployeeListQuery::Order(qBound(0, m_model->sortColumn(), int(EmployeeListQuery::ByVerification)));
    query.descending = m_model->sortOrder() == Qt::DescendingOrder;
    return EmployeeArchive(*m_context.database, *m_context.clock).page(m_context.actor, query, after, pageSize);
}

QString PeoplePanel::cellText(const EmployeeRecord &r, int column) const
{
    switch (column) {
    case EmployeeListQuery::ByStaffNo: return r.summary.staffNo;
    case EmployeeListQuery::ByName: return r.summary.name;
    case EmployeeListQuery::ByDepartment: return m_departments.value(r.summary.departmentId);
    case EmployeeListQuery::ByPosition: return r.summary.position;
    case EmployeeListQuery::ByPhone: return r.summary.phone;
    case EmployeeListQuery::ByStatus: return employeeStatusTitle(r.status);
    case EmployeeListQuery::ByHireDate:
        return r.personalVisible ? r.summary.hireDate.toString(Qt::ISODate) : tr("(personal)");
    case EmployeeListQuery::ByVerification:
        return r.verifiedByName.isEmpty() ? QString() : tr("%1, %2").arg(r.verifiedByName, r.verifiedAt.left(10));
    }
    return {};
}

const EmployeeRecord *PeoplePanel::selected() const
{
    return m_model->rowAt(m_view->currentIndex().row());
}

void PeoplePanel::addNew()
{
    EmployeeRecord r;
    r.status = EmployeeStatus::Candidate;
    r.personalVisible = m_context.actor.roles.contains(Role::Hr);
    r.summary.hireDate = m_context.clock->nowUtc().toLocalTime().date();
    if (edit(r))
        refresh();
}

void PeoplePanel::editSelected()
{
    if (const EmployeeRecord *r = selected())
        if (edit(*r))
            refresh();
}

// The record's form: everyone's part, then the personal part where the reader may see it.
bool PeoplePanel::edit(EmployeeRecord record)
{
    QDialog dialog(this);
    dialog.setWindowTitle(record.summary.id ? record.summary.name : tr("New employee"));
    const bool manage = Permissions::can(m_context.actor, HrAction::ManagePeople);
    auto line = [&](const QString &text) {
        auto *e = new QLineEdit(text, &dialog);
        e->setReadOnly(!manage);
        return e;
    };
    auto *staffNo = line(record.summary.staffNo);
    auto *name = line(record.summary.name);
    auto *department = new QComboBox(&dialog);
    department->addItem(QString(), 0);
    if (auto list = AttendanceMonth(*m_context.database, *m_context.clock).departments(m_context.actor))
        for (const Department &d : *list)
            department->addItem(d.name, d.id);
    department->setCurrentIndex(std::max(0, department->findData(record.summary.departmentId)));
    auto *position = line(record.summary.position);
    auto *supervisor = new QComboBox(&dialog);
    supervisor->addItem(QString(), 0);
    // Everyone, by staff number, not only the rows the list has read.
    if (auto people = AttendanceMonth(*m_context.database, *m_context.clock).people(m_context.actor, 0))
        for (const EmployeeSummary &e : *people)
            if (e.id != record.summary.id)
                supervisor->addItem(e.name, e.id);
    supervisor->setCurrentIndex(std::max(0, supervisor->findData(record.summary.supervisorId)));
    auto *phone = line(record.summary.phone);
    auto *pin = line(record.summary.clockPin);
    auto *status = new QComboBox(&dialog);
    for (EmployeeStatus s : kEmployeeStatuses)
        status->addItem(employeeStatusTitle(s), int(s));
    status->setCurrentIndex(status->findData(int(record.status)));
    auto *special = new QCheckBox(tr("Special hire: assessed before probation (HR-04)"), &dialog);
    special->setChecked(record.specialHire);
    auto *hired =
        new QDateEdit(record.summary.hireDate.isValid() ? record.summary.hireDate : QDate::currentDate(), &dialog);
    hired->setCalendarPopup(true);
    hired->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *idCard = line(record.idCardNo);
    auto *address = line(record.address);
    auto *emergency = line(record.emergencyContact);
    auto *education = line(record.education);
    auto *error = new ErrorLabel(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Staff no.:"), staffNo);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Department:"), department);
    form->addRow(tr("Position:"), position);
    form->addRow(tr("Direct supervisor:"), supervisor);
    form->addRow(tr("Phone:"), phone);
    form->addRow(tr("Time-clock PIN:"), pin);
    form->addRow(tr("Status:"), status);
    form->addRow(special);
    if (record.personalVisible) {
        form->addRow(tr("Hire date:"), hired);
        form->addRow(tr("ID card number:"), idCard);
        form->addRow(tr("Address:"), address);
        form->addRow(tr("Emergency contact:"), emergency);
        form->addRow(tr("Education:"), education);
    } else {
        form->addRow(
            new QLabel(tr("Personal data is shown only to HR, the person and their managers (DB-04)."), &dialog));
    }
    if (!record.verifiedByName.isEmpty())
        form->addRow(tr("Verified by HR:"),
                     new QLabel(tr("%1, %2").arg(record.verifiedByName, record.verifiedAt), &dialog));
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(
        manage ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        EmployeeRecord r = record;
        r.summary.staffNo = staffNo->text().trimmed();
        r.summary.name = name->text().trimmed();
        r.summary.departmentId = department->currentData().toLongLong();
        r.summary.position = position->text().trimmed();
        r.summary.supervisorId = supervisor->currentData().toLongLong();
        r.summary.phone = phone->text().trimmed();
        r.summary.clockPin = pin->text().trimmed();
        r.status = EmployeeStatus(status->currentData().toInt());
        r.specialHire = special->isChecked();
        if (record.personalVisible) {
            r.summary.hireDate = hired->date();
            r.idCardNo = idCard->text().trimmed();
            r.address = address->text().trimmed();
            r.emergencyContact = emergency->text().trimmed();
            r.education = education->text().trimmed();
        }
        auto saved = EmployeeArchive(*m_context.database, *m_context.clock).save(m_context.actor, r);
        if (!saved)
            return error->showError(saved.error());
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

void PeoplePanel::verifySelected()
{
    const EmployeeRecord *r = selected();
    if (!r)
        return MessageBox::information(this, tr("Employees"), tr("Select an employee first."));
    if (Status s = EmployeeArchive(*m_context.database, *m_context.clock).verify(m_context.actor, r->summary.id); !s)
        return MessageBox::warning(this, tr("Employees"), s.error());
    refresh();
}

void PeoplePanel::assessSelected()
{
    if (!selected())
        return MessageBox::information(this, tr("Employees"), tr("Select an employee first."));
    // A copy: the list may read another page while the form is open, which moves its rows.
    const EmployeeRecord record = *selected();
    const EmployeeRecord *r = &record;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Assessment of %1 (HR-04)").arg(r->summary.name));
    auto *written = new QDoubleSpinBox(&dialog);
    auto *practical = new QDoubleSpinBox(&dialog);
    for (QDoubleSpinBox *s : {written, practical})
        s->setRange(0, 100);
    auto *passed = new QCheckBox(tr("Passed"), &dialog);
    auto *assessor = new QLineEdit(&dialog);
    auto *on = new QDateEdit(m_context.clock->nowUtc().toLocalTime().date(), &dialog);
    on->setCalendarPopup(true);
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *probationEnd = new QDateEdit(on->date().addMonths(3), &dialog);
    probationEnd->setCalendarPopup(true);
    probationEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *error = new ErrorLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Written exam:"), written);
    form->addRow(tr("Practical exam:"), practical);
    form->addRow(passed);
    form->addRow(tr("Assessor:"), assessor);
    form->addRow(tr("Date:"), on);
    form->addRow(tr("Probation until (if passed):"), probationEnd);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        EmployeeArchive archive(*m_context.database, *m_context.clock);
        auto id = archive.addAssessment(m_context.actor,
                                        {0, r->summary.id, written->value(), practical->value(), passed->isChecked(),
                                         assessor->text().trimmed(), on->date()});
        if (!id)
            return error->showError(id.error());
        if (passed->isChecked() && r->status == EmployeeStatus::Candidate)
            if (Status s = archive.startProbation(m_context.actor, r->summary.id, probationEnd->date()); !s)
                return error->showError(s.error());
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

// The same discipline as the punch import: read, show what would change and every bad row,
// write only when the user says so.
void PeoplePanel::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return MessageBox::warning(this, tr("Import an employee list"),
                                   tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    EmployeeImport importer(*m_context.database, *m_context.clock);
    auto preview = importer.preview(m_context.actor, file.readAll(), QFileInfo(path).fileName());
    if (!preview)
        return MessageBox::warning(this, tr("Import an employee list"), preview.error());
    QStringList lines{tr("Rows read: %1").arg(preview->rowsRead), tr("New employees: %1").arg(preview->added.size()),
                      tr("Changed: %1").arg(preview->changed.size()), tr("Unchanged: %1").arg(preview->unchanged),
                      tr("Bad rows: %1").arg(preview->problems.size())};
    for (const ImportProblem &p : preview->problems.mid(0, 20))
        lines << tr("  line %1, %2 \"%3\": %4").arg(p.line).arg(p.field, p.value, p.reason);
    if (preview->added.isEmpty() && preview->changed.isEmpty())
        return MessageBox::information(this, tr("Import an employee list"),
                                       lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Nothing to import."));
    lines << QString() << tr("Import the new and changed employees?");
    if (MessageBox::question(this, tr("Import an employee list"), lines.join(QLatin1Char('\n'))) != QMessageBox::Yes)
        return;
    if (auto done = importer.import(m_context.actor, *preview); !done)
        return MessageBox::warning(this, tr("Import an employee list"), done.error());
    refresh();
}

void PeoplePanel::offboardSelected()
{
    const EmployeeRecord *r = selected();
    if (!r)
        return MessageBox::information(this, tr("Employees"), tr("Select an employee first."));
    OffboardingDialog dialog(m_context, r->summary.id, this);
    dialog.exec();
    refresh();
}

} // namespace shopdesk
