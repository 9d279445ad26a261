#pragma once

#include "ui/Module.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace shopdesk {

// Who is connected now, the backup policy and the backups, and restore (issue 6, RULE DB-05).
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPage(const AppContext &context, QWidget *parent = nullptr);
    QTableWidget *connections() const { return m_connections; }
    QTableWidget *backups() const { return m_backups; }

public slots:
    void refresh();
    void savePolicy();
    void backUpNow();
    void restoreSelected();
    void restoreFromFile();

signals:
    void restoreRequested(const QString &backupFile);

private:
    void askToRestore(const QString &file);

    AppContext m_context;
    QTableWidget *m_connections;
    QLineEdit *m_folder;
    QSpinBox *m_everyDays, *m_keep;
    QTableWidget *m_backups;
    QPushButton *m_backUpNow, *m_savePolicy;
};

} // namespace shopdesk
