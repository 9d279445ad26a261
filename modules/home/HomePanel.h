#pragma once

#include "ui/Module.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace shopdesk {

// The page a person needs first thing (issue 11): what each area they may use wants them to see
// (what waits for them, who is away, yesterday's findings, months to confirm ...), a line each,
// grouped by area; Enter or a double-click opens the area. Refreshed when another PC commits.
class HomePanel : public QWidget
{
    Q_OBJECT

public:
    HomePanel(const AppContext &context, QWidget *parent = nullptr);
    QTreeWidget *lines() const { return m_lines; }

public slots:
    void refresh();

signals:
    void openModuleRequested(const QString &moduleId);

private:
    AppContext m_context;
    QTreeWidget *m_lines;
};

} // namespace shopdesk
