#pragma once

#include "users/data/UserRepository.h"
#include "users/domain/Permissions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace shopdesk::test {

// With SHOPDESK_SCREENSHOT_DIR set, saves the widget as a PNG to look at.
inline void snap(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QCoreApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Runs `fill` on the next modal dialog of type T as soon as it opens.
template<typename T>
void whenDialogOpens(std::function<void(T *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [fill] { whenDialogOpens<T>(fill); });
            return;
        }
        fill(dialog);
    });
}

// The demo user `name` as they are after signing in (their level, scopes and roles).
inline Actor signedInAs(Database &db, const QString &name)
{
    const UserRecord u = *UserRepository(db).findByName(name);
    return {u.id, u.userName, u.level, u.disabled, u.employeeId, u.scopes, u.roles, {}};
}

} // namespace shopdesk::test
