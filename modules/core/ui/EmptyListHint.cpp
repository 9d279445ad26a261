#include "EmptyListHint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace shopdesk {

EmptyListHint *EmptyListHint::install(QAbstractItemView *view, const QString &text, QLineEdit *filter)
{
    return new EmptyListHint(view, text, filter);
}

EmptyListHint::EmptyListHint(QAbstractItemView *view, const QString &text, QLineEdit *filter)
    : QObject(view), m_text(text), m_model(view->model()), m_label(new QLabel(text, view->viewport())), m_filter(filter)
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setObjectName(QStringLiteral("emptyListHint"));
    view->viewport()->installEventFilter(this);
    // The model may be reset or refilled at any time: each change looks again.
    if (m_model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, &EmptyListHint::update);
        connect(m_model, &QAbstractItemModel::modelReset, this, &EmptyListHint::update);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &EmptyListHint::update);
    }
    // Queued: the page hides its rows on the same signal, and may connect after this.
    if (m_filter)
        connect(m_filter, &QLineEdit::textChanged, this, &EmptyListHint::update, Qt::QueuedConnection);
    update();
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (m_label && watched == m_label->parentWidget()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        update();
    return QObject::eventFilter(watched, event);
}

void EmptyListHint::update()
{
    if (!m_label)
        return;
    m_label->setGeometry(m_label->parentWidget()->rect().adjusted(24, 24, -24, -24));
    const QString filtered = m_filter ? m_filter->text().trimmed() : QString();
    m_label->setText(filtered.isEmpty()
                         ? m_text
                         : tr("No row matches \u201c%1\u201d. Clear the filter to see them all.").arg(filtered));
    m_label->setVisible(!anyRowShown());
}

// The label's viewport goes first when the list is destroyed, so while the label lives the view
// (this hint's parent) is whole.
bool EmptyListHint::anyRowShown() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const auto *table = qobject_cast<const QTableView *>(parent());
    if (!table || !m_filter)
        return rows > 0;
    for (int r = 0; r < rows; ++r)
        if (!table->isRowHidden(r))
            return true;
    return false;
}

} // namespace shopdesk
