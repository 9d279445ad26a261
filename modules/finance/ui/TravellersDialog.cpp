#include "TravellersDialog.h"

#include "GroupDesk.h"
#include "common/Clock.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

TravellersDialog::TravellersDialog(const AppContext &context, const GroupAccount &account, QWidget *parent)
    : QDialog(parent), m_context(context), m_account(account)
{
    setWindowTitle(tr("Travellers of %1").arg(account.name));
    m_table = listTable({tr("Name"), tr("Phone")}, this);
    makeSortable(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add..."), QDialogButtonBox::ActionRole);
    auto *import = buttons->addButton(tr("&Import a list..."), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    for (QPushButton *b : {add, import, m_remove})
        b->setEnabled(!context.readOnly() && !account.settled);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &TravellersDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &TravellersDialog::removeSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Import travellers"), QString(),
                                                      tr("Lists (*.csv *.xlsx *.txt);;All files (*)"));
        if (!path.isEmpty())
            importList(path);
    });
    resize(520, 460);
    refresh();
}

void TravellersDialog::refresh()
{
    auto list = GroupDesk(*m_context.database, *m_context.clock).travellers(m_context.actor, m_account.id);
    if (!list)
        MessageBox::warning(this, windowTitle(), list.error());
    m_list = list ? *list : QList<GroupTraveller>();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        setRowTexts(m_table, r, {m_list.at(r).name, m_list.at(r).phone});
        m_table->item(r, 0)->setData(Qt::UserRole, m_list.at(r).id);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

void TravellersDialog::add()
{
    bool ok = false;
    GroupTraveller t;
    t.name = InputDialog::text(this, windowTitle(), tr("Name:"), &ok);
    if (!ok)
        return;
    t.phone = InputDialog::text(this, windowTitle(), tr("Phone:"), &ok);
    if (!ok)
        return;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock).addTraveller(m_context.actor, m_account.id, t); !s)
        MessageBox::warning(this, windowTitle(), s.error());
    refresh();
}

void TravellersDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (MessageBox::question(this, windowTitle(),
                             tr("Take %1 off the list of %2?").arg(m_table->item(row, 0)->text(), m_account.name))
        != QMessageBox::Yes)
        return;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock).removeTraveller(m_context.actor, m_account.id, id);
        !s)
        MessageBox::warning(this, windowTitle(), s.error());
    refresh();
}

void TravellersDialog::importList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return MessageBox::warning(this, windowTitle(),
                                   tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    GroupDesk desk(*m_context.database, *m_context.clock);
    auto preview = desk.previewTravellers(m_context.actor, m_account.id, file.readAll(), QFileInfo(path).fileName());
    if (!preview)
        return MessageBox::warning(this, windowTitle(), preview.error());
    QStringList text = preview->summary();
    for (const ImportProblem &p : preview->problems.mid(0, 12))
        text << tr("  line %1, %2 \"%3\": %4").arg(p.line).arg(p.field, p.value, p.reason);
    if (preview->problems.size() > 12)
        text << tr("  and %1 more.").arg(preview->problems.size() - 12);
    if (preview->added.isEmpty())
        return MessageBox::information(this, windowTitle(), text.join(QLatin1Char('\n')));
    text << QString() << tr("Add the %1 travellers now?").arg(preview->added.size());
    if (MessageBox::question(this, windowTitle(), text.join(QLatin1Char('\n'))) != QMessageBox::Yes)
        return;
    if (auto added = desk.importTravellers(m_context.actor, *preview); !added)
        MessageBox::warning(this, windowTitle(), added.error());
    refresh();
}

} // namespace shopdesk
