#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace shopdesk::test {

// With SHOPDESK_SCREENSHOT_DIR set, saves the widget as a PNG to look at.
inline void snap(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QCoreApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Runs `fill` on the next modal dialog of type T as soon as it opens.
template<typename T>
void whenDialogOpens(std::function<void(T *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [fill] { whenDialogOpens<T>(fill); });
            return;
        }
        fill(dialog);
    });
}

} // namespace shopdesk::test
