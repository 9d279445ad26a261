#include "HomePanel.h"

#include "CompanySettings.h"
#include "data/Database.h"
#include "data/Migrations.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace shopdesk {

HomePanel::HomePanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
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
    form->addRow(tr("Work areas:"),
                 new QLabel(scopes.isEmpty() ? tr("none") : scopes.join(QStringLiteral("、")), this));
    auto *path = new QLabel(QDir::toNativeSeparators(db.path()), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Database file:"), path);
    auto state = Migrations(db).inspect();
    form->addRow(
        tr("Schema version:"),
        new QLabel(state ? tr("%1 (this program knows %2)").arg(state->databaseVersion).arg(state->programVersion)
                         : state.error(),
                   this));

    auto *hint = new QLabel(tr("Choose an area on the left. Areas you may not use are not listed; "
                               "ask a database administrator for access."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch();
}

} // namespace shopdesk
