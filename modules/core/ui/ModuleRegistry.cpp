#include "Module.h"

#include "database/data/Database.h"

namespace shopdesk {

bool AppContext::readOnly() const
{
    return database && database->isReadOnly();
}

ModuleRegistry &ModuleRegistry::instance()
{
    static ModuleRegistry registry;
    return registry;
}

void ModuleRegistry::add(std::unique_ptr<Module> module)
{
    for (const auto &existing : m_modules)
        if (existing->id() == module->id())
            return;
    for (const Permission &p : module->permissions())
        Permissions::define(p);
    module->defineTypes();
    m_modules.push_back(std::move(module));
}

void ModuleRegistry::databaseOpened(Database &db, const Clock &clock) const
{
    for (const auto &module : m_modules)
        module->databaseOpened(db, clock);
}

QList<const Module *> ModuleRegistry::visibleTo(const Actor &actor) const
{
    QList<const Module *> visible;
    for (const auto &m : m_modules)
        if (Permissions::can(actor, m->openAction()))
            visible.append(m.get());
    return visible;
}

} // namespace shopdesk
