#pragma once

#include "ui/Module.h"

#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace shopdesk {

// RULE CON-04: reads the text of every contract file still waiting for it, one file at a time,
// on a thread of its own (Tesseract takes seconds a page), and keeps it for search. Files added
// on any PC are picked up; a file that cannot be read is marked with the reason.
class ScanReading : public QObject
{
    Q_OBJECT
public:
    ScanReading(const AppContext &context, QObject *parent = nullptr);
    ~ScanReading() override; // stops after the page being read
    // Starts on the waiting files unless already at work.
    void start();
    bool busy() const { return m_thread != nullptr; }

signals:
    // Before each page: "2026-CG-0003 正本扫描件 v2", page `page` of `pages`.
    void progress(const QString &file, int page, int pages);
    void fileRead(qint64 contractId);
    void finished(); // nothing is waiting now, or what waits could not be read

private:
    void next();
    AppContext m_context;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QSet<qint64> m_tried; // this run's: never twice, so a file that cannot be kept is no loop
};

} // namespace shopdesk
