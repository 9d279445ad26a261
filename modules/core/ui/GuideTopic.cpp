#include "GuideTopic.h"

#include <QVariant>
#include <QWidget>

namespace shopdesk::GuideTopic {

namespace {
constexpr const char *kProperty = "shopdeskGuideTopic";

int depthBelow(const QWidget *w, const QWidget *root)
{
    int depth = 0;
    for (; w && w != root; w = w->parentWidget())
        ++depth;
    return depth;
}
} // namespace

void set(QWidget *page, const QString &anchor)
{
    page->setProperty(kProperty, anchor);
}

QString shown(const QWidget *root)
{
    if (!root)
        return {};
    QString topic = root->property(kProperty).toString();
    int deepest = 0;
    // A tab widget hides the pages not chosen, so what is visible within the panel is what the
    // user looks at; the innermost named page is the most precise section.
    const auto children = root->findChildren<QWidget *>();
    for (const QWidget *w : children) {
        const QString own = w->property(kProperty).toString();
        if (own.isEmpty() || !w->isVisibleTo(root))
            continue;
        if (const int depth = depthBelow(w, root); depth > deepest) {
            deepest = depth;
            topic = own;
        }
    }
    return topic;
}

} // namespace shopdesk::GuideTopic
