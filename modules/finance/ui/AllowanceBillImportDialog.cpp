#include "AllowanceBillImportDialog.h"

#include "common/domain/Money.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

bool AllowanceBillImportDialog::importFile(const AppContext &context, const QDate &month, const QString &path,
                                           QWidget *parent)
{
    const QString title = tr("Import phone bills");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(parent, title,
                            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto preview = AllowanceDesk(*context.database, *context.clock)
                       .previewBills(context.actor, month, file.readAll(), QFileInfo(path).fileName());
    if (!preview) {
        MessageBox::warning(parent, title, preview.error());
        return false;
    }
    return AllowanceBillImportDialog(context, *preview, parent).exec() == QDialog::Accepted;
}

AllowanceBillImportDialog::AllowanceBillImportDialog(const AppContext &context,
                                                     const AllowanceBillImportPreview &preview, QWidget *parent)
    : QDialog(parent), m_context(context), m_preview(preview),
      m_bills(listTable(
          {tr("Line"), tr("Staff no."), tr("Name"), tr("Position"), tr("Bill so far"), tr("Bill in the file")}, this)),
      m_problems(importProblemsTable(preview.problems, this))
{
    setWindowTitle(tr("Import phone bills of %1 from %2")
                       .arg(preview.month.toString(QStringLiteral("yyyy-MM")), preview.fileName));
    auto *figures = new QLabel(preview.summary().join(QLatin1Char('\n')), this);
    figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bills->setRowCount(int(preview.changes.size()));
    for (int r = 0; r < preview.changes.size(); ++r) {
        const AllowanceBillChange &c = preview.changes.at(r);
        const std::optional<qint64> was = c.person.phoneBillFen;
        setRowTexts(m_bills, r, {QString(), c.person.staffNo, c.person.name, c.person.position});
        m_bills->setItem(r, 0, numberCell(c.line, QString::number(c.line)));
        m_bills->setItem(r, 4, numberCell(was.value_or(-1), was ? Money::fromFen(*was).toString() : tr("none")));
        m_bills->setItem(r, 5, numberCell(c.billFen, Money::fromFen(c.billFen).toString()));
    }
    m_bills->setSortingEnabled(true);
    m_bills->resizeColumnsToContents();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_bills, tr("Bills to enter (%1)").arg(preview.changes.size()));
    tabs->addTab(m_problems, tr("Problems (%1)").arg(preview.problems.size()));
    if (preview.changes.isEmpty() && !preview.problems.isEmpty())
        tabs->setCurrentWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(!preview.changes.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &AllowanceBillImportDialog::startImport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(figures);
    layout->addWidget(new QLabel(tr("Rows with a problem are not imported; correct them in the file and import it "
                                    "again. The sheet pays the lesser of bill and cap (FIN-10)."),
                                 this));
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

void AllowanceBillImportDialog::startImport()
{
    auto done = AllowanceDesk(*m_context.database, *m_context.clock).importBills(m_context.actor, m_preview);
    if (!done) {
        // A conflict or a closed month: this preview can no longer be imported as it stands.
        m_import->setEnabled(false);
        return MessageBox::warning(this, windowTitle(), done.error());
    }
    accept();
}

} // namespace shopdesk
