#include "PageParts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>

namespace shopdesk {

QDateEdit *monthPicker(QWidget *page, const QDate &month)
{
    auto *edit = new QDateEdit(page);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(true);
    edit->setDate(QDate(month.year(), month.month(), 1));
    edit->setAccessibleName(QCoreApplication::translate("PageParts", "Month"));
    return edit;
}

QLineEdit *filterLine(QWidget *page, const QString &placeholder)
{
    auto *line = new QLineEdit(page);
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    auto *find = new QAction(page);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(find, &QAction::triggered, line, [line] { line->setFocus(); });
    page->addAction(find);
    return line;
}

} // namespace shopdesk
