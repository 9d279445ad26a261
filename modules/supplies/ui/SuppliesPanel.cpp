#include "SuppliesPanel.h"

#include "ReorderPage.h"
#include "StockPage.h"
#include "SuppliersPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace shopdesk {

SuppliesPanel::SuppliesPanel(const AppContext &context, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_stock = new StockPage(context, m_tabs);
    m_reorder = new ReorderPage(context, m_tabs);
    m_suppliers = new SuppliersPage(context, m_tabs);
    m_tabs->addTab(m_stock, tr("&Stock"));
    m_tabs->addTab(m_reorder, tr("Re&order suggestions"));
    m_tabs->addTab(m_suppliers, tr("Su&ppliers"));
    // What changed on one page shows on the others when they are opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_reorder)
            m_reorder->refresh();
        else if (m_tabs->widget(index) == m_stock)
            m_stock->refresh();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace shopdesk
