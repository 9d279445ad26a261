#pragma once

#include "domain/ReorderRules.h"
#include "ui/Module.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace shopdesk {

// The reorder suggestions (SUP-02): items at or under their reorder point with the quantity to
// order from their average monthly consumption and lead time.
class ReorderPage : public QWidget
{
    Q_OBJECT
public:
    ReorderPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    AppContext m_context;
    QLabel *m_explanation;
    QTableWidget *m_table;
};

} // namespace shopdesk
