#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace shopdesk {

class Database;

// Others' changes appear by themselves (issue 6, behaviour 4): polls PRAGMA data_version, which
// moves when another connection commits and stays put for this program's own commits. On a
// server (issue 20) it listens instead: each commit is announced with its writer's mark
// (Database::kChangesChannel), and those not of this Database count.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    ChangeWatcher(std::shared_ptr<Database> database, int intervalMs, QObject *parent = nullptr);

public slots:
    void poll();

signals:
    void changedElsewhere();

private:
    std::shared_ptr<Database> m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace shopdesk
