#include "EmptyListHint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace shopdesk {

EmptyListHint *EmptyListHint::install(QAbstractItemView *view, const QString &text)
{
    return new EmptyListHint(view, text);
}

EmptyListHint::EmptyListHint(QAbstractItemView *view, const QString &text)
    : QObject(view), m_model(view->model()), m_label(new QLabel(text, view->viewport()))
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
    m_label->setVisible(!m_model || m_model->rowCount() == 0);
}

} // namespace shopdesk
