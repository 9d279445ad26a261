#include "HomePanel.h"

#include "database/CompanyDatabase.h"
#include "settings/CompanySettings.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shopdesk {

HomePanel::HomePanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_lines(new QTreeWidget(this))
{
    Database &db = *context.database;
    const CompanySettings settings(db, *context.clock);

    auto *title = new QLabel(settings.companyName(), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    QStringList roles;
    for (const QString &r : context.actor.roles)
        roles.append(Role::title(r));
    roles.sort();
    QStringList scopes;
    for (const QString &s : context.actor.scopes)
        scopes.append(Scope::title(s));
    scopes.sort();

    auto *form = new QFormLayout;
    form->addRow(tr("Signed in as:"), new QLabel(context.actor.userName, this));
    form->addRow(tr("Permission level:"), new QLabel(levelTitle(context.actor.level), this));
    form->addRow(tr("Business roles:"),
                 new QLabel(roles.isEmpty() ? tr("none") : roles.join(QStringLiteral("、")), this));
    // A database administrator works in every area whatever the user's own list says.
    const QString areas = context.actor.level == Level::DatabaseAdmin ? tr("all (database administrator)")
        : scopes.isEmpty()                                            ? tr("none")
                                                                      : scopes.join(QStringLiteral("、"));
    form->addRow(tr("Work areas:"), new QLabel(areas, this));
    const DatabaseAbout about = CompanyDatabase::about(db);
    auto *path = new QLabel(QDir::toNativeSeparators(about.path), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Database file:"), path);
    form->addRow(tr("Schema version:"),
                 new QLabel(about.problem.isEmpty()
                                ? tr("%1 (this program knows %2)").arg(about.databaseVersion).arg(about.programVersion)
                                : about.problem,
                            this));

    auto *hint =
        new QLabel(tr("Choose an area on the left, or a line above to open its area. Areas you may not use are "
                      "not listed; ask a database administrator for access."),
                   this);
    hint->setWordWrap(true);

    m_lines->setHeaderHidden(true);
    m_lines->setRootIsDecorated(false);
    m_lines->setAccessibleName(tr("Today"));
    connect(m_lines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit openModuleRequested(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_lines, 1);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addLayout(form);
    refresh();
}

void HomePanel::refresh()
{
    m_lines->clear();
    for (const Module *m : ModuleRegistry::instance().visibleTo(m_context.actor)) {
        const QStringList lines = m->overview(m_context);
        if (lines.isEmpty())
            continue;
        auto *area = new QTreeWidgetItem(m_lines, {m->title()});
        QFont bold = area->font(0);
        bold.setBold(true);
        area->setFont(0, bold);
        area->setIcon(0, m->icon());
        area->setData(0, Qt::UserRole, m->id());
        for (const QString &line : lines)
            new QTreeWidgetItem(area, {line});
        for (int i = 0; i < area->childCount(); ++i)
            area->child(i)->setData(0, Qt::UserRole, m->id());
    }
    m_lines->expandAll();
    if (m_lines->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_lines, {tr("Nothing waits for you today.")});
}

} // namespace shopdesk
