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
    // RULE SUP-02: the selected suggestions (all when none is selected) become one purchase
    // request; returns its id, 0 when none was made.
    qint64 requestSelected();

signals:
    void requested(qint64 purchaseRequestId);

private:
    AppContext m_context;
    QLabel *m_explanation;
    QTableWidget *m_table;
    QList<ReorderSuggestion> m_suggestions;
};

} // namespace shopdesk
