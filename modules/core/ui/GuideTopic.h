#pragma once

#include <QString>

class QWidget;

namespace shopdesk::GuideTopic {

// Issue 19: every page has a help link to its section of the user guide (docs/guide). A page
// names its section by the anchor the guide puts before it (`<a id="roster"></a>`); the same
// anchors are in both languages' guides, so a page names one, not a heading's words.
void set(QWidget *page, const QString &anchor);

// The section of what `root` shows now: the topic of the innermost page with one that is visible
// within `root` (the chosen tab, and the chosen tab inside it), else of `root` itself; empty: none.
QString shown(const QWidget *root);

} // namespace shopdesk::GuideTopic
