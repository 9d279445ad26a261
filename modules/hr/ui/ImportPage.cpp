#include "ImportPage.h"

#include "HrActions.h"
#include "PageParts.h"
#include "PunchImport.h"
#include "PunchImportDialog.h"
#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "ui/EmptyListHint.h"
#include "ui/MessageBox.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

ImportPage::ImportPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_last(new QLabel(this)),
      m_unmatched(
          listTable({tr("PIN or staff no."), tr("Name in the file"), tr("Punches"), tr("First"), tr("Last")}, this))
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *open = bar->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import punches..."), this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Import a time-clock file"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Time-clock files (*.dat *.txt *.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    open->setEnabled(Permissions::can(context.actor, HrAction::ManageAttendance));
    addAction(open);
    QAction *reload =
        bar->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this, &ImportPage::refresh);
    reload->setObjectName(QStringLiteral("refresh")); // F5, through the window's View > Refresh

    m_last->setWordWrap(true);
    m_last->setText(
        tr("ZKTeco USB logs (attlog.dat), ZKTime exports and DingTalk raw records (CSV or XLSX) are read. "
           "Nothing is written before you have seen the preview; importing the same file again adds nothing."));
    m_unmatched->setSortingEnabled(true);
    EmptyListHint::install(m_unmatched,
                           tr("No punches without an employee here. HR clerks import a time-clock file with Import "
                              "punches...; a punch whose PIN no employee has stays listed here."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_last);
    layout->addWidget(
        new QLabel(tr("Punches of PINs no employee has: they count once the PIN is given to someone."), this));
    layout->addWidget(m_unmatched, 1);
    refresh();
}

void ImportPage::importFile(const QString &path)
{
    auto *dialog = new PunchImportDialog(m_context, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PunchImportDialog::imported, this, [this, dialog](int punches) {
        m_last->setText(tr("Imported %1 punches.").arg(punches) + QLatin1Char('\n') + dialog->summary());
        refresh();
        emit punchesChanged();
    });
    dialog->open();
}

void ImportPage::refresh()
{
    auto unmatched = PunchImport(*m_context.database, *m_context.clock).unmatched(m_context.actor);
    if (!unmatched)
        return m_last->setText(unmatched.error());
    m_unmatched->setSortingEnabled(false);
    m_unmatched->setRowCount(int(unmatched->size()));
    for (int r = 0; r < unmatched->size(); ++r) {
        const UnmatchedSummary &u = unmatched->at(r);
        m_unmatched->setItem(r, 0, new QTableWidgetItem(u.personKey));
        m_unmatched->setItem(r, 1, new QTableWidgetItem(u.name));
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, u.punches);
        m_unmatched->setItem(r, 2, count);
        m_unmatched->setItem(
            r, 3, new QTableWidgetItem(fromWallSeconds(u.first).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_unmatched->setItem(
            r, 4, new QTableWidgetItem(fromWallSeconds(u.last).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_unmatched->setSortingEnabled(true);
}

} // namespace shopdesk
