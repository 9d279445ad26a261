#include "ServicePoolsDialog.h"

#include "CustomerServiceRoster.h"
#include "ui/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QList<qint64> ticked(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}
} // namespace

ServicePoolsDialog::ServicePoolsDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Who is on the customer service rota"));
    m_chat = new QListWidget(this);
    m_weekend = new QListWidget(this);
    m_hotline = new QListWidget(this);
    m_error = new ErrorLabel(this);
    auto people = CustomerServiceRoster(*context.database, *context.clock).people(context.actor);
    auto pools = CustomerServiceRoster(*context.database, *context.clock).pools(context.actor);
    if (!people || !pools)
        m_error->showError(!people ? people.error() : pools.error());
    const QList<EmployeeSummary> everyone = people ? *people : QList<EmployeeSummary>();
    const QList<std::pair<QListWidget *, QList<qint64>>> lists{
        {m_chat, pools ? pools->chatAgents : QList<qint64>()},
        {m_weekend, pools ? pools->weekendStaff : QList<qint64>()},
        {m_hotline, pools ? pools->dutyManagers : QList<qint64>()}};
    for (const auto &[list, in] : lists) {
        // Those in the pool first, in its order; then everyone else.
        QList<EmployeeSummary> ordered;
        for (qint64 id : in)
            for (const EmployeeSummary &e : everyone)
                if (e.id == id)
                    ordered << e;
        for (const EmployeeSummary &e : everyone)
            if (!in.contains(e.id))
                ordered << e;
        for (const EmployeeSummary &e : std::as_const(ordered)) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 %2").arg(e.staffNo, e.name), list);
            item->setData(Qt::UserRole, e.id);
            item->setCheckState(in.contains(e.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Online chat, working days:"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Weekend rotation (back office):"), this), 0, 1);
    grid->addWidget(new QLabel(tr("400 hotline, duty managers:"), this), 0, 2);
    grid->addWidget(m_chat, 1, 0);
    grid->addWidget(m_weekend, 1, 1);
    grid->addWidget(m_hotline, 1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
}

QString ServicePoolsDialog::error() const
{
    return m_error->error();
}

bool ServicePoolsDialog::save()
{
    ServicePools p;
    p.chatAgents = ticked(m_chat);
    p.weekendStaff = ticked(m_weekend);
    p.dutyManagers = ticked(m_hotline);
    Status done = CustomerServiceRoster(*m_context.database, *m_context.clock).setPools(m_context.actor, p);
    m_error->showError(done ? QString() : done.error());
    return bool(done);
}

} // namespace shopdesk
