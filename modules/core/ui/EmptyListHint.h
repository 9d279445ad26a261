#pragma once

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QLineEdit;

namespace shopdesk {

// Issue 19, the first day: a list with no rows says what to do first ("No orders here yet: import
// a channel's export..."), in grey in the middle of the list, and goes away with the first row.
class EmptyListHint : public QObject
{
    Q_OBJECT
public:
    // Shows `text` on `view` whenever its model (set before) has no rows; owned by the view. With
    // `filter`, a list whose rows the filter's text hides (or leaves out) says so instead, lest an
    // empty list look like an empty register.
    static EmptyListHint *install(QAbstractItemView *view, const QString &text, QLineEdit *filter = nullptr);
    QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyListHint(QAbstractItemView *view, const QString &text, QLineEdit *filter);
    void update();
    bool anyRowShown() const;
    QString m_text;
    // Both may go first while the list is being destroyed: the view itself is not touched again.
    QPointer<QAbstractItemModel> m_model;
    QPointer<QLabel> m_label;
    QPointer<QLineEdit> m_filter;
};

} // namespace shopdesk
