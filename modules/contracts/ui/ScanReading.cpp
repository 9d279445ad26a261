#include "ScanReading.h"

#include "ContractFiles.h"
#include "ScanReader.h"

#include <QThread>

namespace shopdesk {

ScanReading::ScanReading(const AppContext &context, QObject *parent) : QObject(parent), m_context(context) {}

ScanReading::~ScanReading()
{
    *m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ScanReading::start()
{
    if (busy() || m_context.readOnly())
        return;
    m_tried.clear(); // asked again: what could not be kept last time is tried once more
    next();
}

void ScanReading::next()
{
    ContractFiles files(*m_context.database, *m_context.clock);
    auto waiting = files.nextWaiting(m_context.actor, m_tried);
    if (!waiting || !*waiting) {
        emit finished();
        return;
    }
    const ContractAttachment *file = &**waiting;
    m_tried.insert(file->id);
    auto content = files.content(m_context.actor, file->id);
    if (!content) {
        next();
        return;
    }
    const QString name = QStringLiteral("%1 %2 v%3").arg(file->contractNumber, file->document).arg(file->version);
    const qint64 id = file->id;
    const qint64 contractId = file->contractId;
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    m_thread = QThread::create([this, stop, name, id, contractId, bytes = *content] {
        const auto read = ScanReader::read(bytes, [this, stop, name](int page, int pages) {
            if (*stop)
                return false;
            QMetaObject::invokeMethod(
                this, [this, name, page, pages] { emit progress(name, page, pages); }, Qt::QueuedConnection);
            return true;
        });
        if (*stop)
            return; // the window is closing: the file waits for the next session
        QMetaObject::invokeMethod(
            this,
            [this, id, contractId, read] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                // A scan this PC cannot recognise (no Tesseract here) waits for one that can.
                const bool thisPcCannot = !read && !ScanReader::recognitionInstalled();
                if (!thisPcCannot
                    && ContractFiles(*m_context.database, *m_context.clock).storeText(m_context.actor, id, read))
                    emit fileRead(contractId);
                next();
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace shopdesk
