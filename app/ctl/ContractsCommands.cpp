// shopdeskctl contracts: search the archive (CON-04), add a scan to a contract (CON-01), read
// the text of the files waiting for it (a PC left on overnight can recognise a pile of scans),
// and print folder or box labels (CON-02), through the same services as the contracts panel.
#include "Arguments.h"
#include "CommandLine.h"
#include "ContractFiles.h"
#include "ContractLabels.h"
#include "ContractRegister.h"
#include "ScanReader.h"
#include "database/data/Database.h"
#include "domain/ContractText.h"
#include "report/DataExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shopdesk {

namespace {
// The contract numbered `number` exactly, or why there is none.
Result<Contract> byNumber(ContractRegister &book, const Actor &actor, const QString &number)
{
    ContractFilter filter;
    filter.text = number.trimmed();
    auto found = book.find(actor, filter);
    if (!found)
        return found.failure();
    for (const Contract &c : *found)
        if (c.number.compare(number.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return fail(CommandLine::tr("There is no contract numbered %1.").arg(number.trimmed()));
}
} // namespace

int CommandLine::contracts(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use =
        tr("Use: contracts search TEXT            number, signed, title, party and where in its files\n"
           "     contracts attach NUMBER FILE --as DOCUMENT   a scan or document, kept as a new version\n"
           "     contracts read-scans              reads the text of every file waiting for it\n"
           "     contracts labels folders|boxes --pdf FILE [--numbers N,N,...]   A4 label sheets");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const QString document = takeValue(args, QStringLiteral("--as"));
    const QString pdf = takeValue(args, QStringLiteral("--pdf"));
    const QString numbers = takeValue(args, QStringLiteral("--numbers"));
    const QHash<QString, int> arity{{QStringLiteral("search"), 1},
                                    {QStringLiteral("attach"), 2},
                                    {QStringLiteral("read-scans"), 0},
                                    {QStringLiteral("labels"), 1}};
    if (!arity.contains(action) || args.size() != arity.value(action))
        return usage(use);
    if ((action == u"attach" && document.isEmpty()) || (action == u"labels" && pdf.isEmpty()))
        return usage(use);
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    Database &db = *session->db;
    const Actor &actor = session->actor;
    ContractRegister book(db, m_clock);
    ContractFiles files(db, m_clock);

    if (action == u"search") {
        ContractFilter filter;
        filter.text = args.first();
        auto found = book.find(actor, filter);
        if (!found)
            return failed(found.error());
        QList<qint64> ids;
        for (const Contract &c : *found)
            ids << c.id;
        auto hits = files.hits(actor, filter.text, ids);
        if (!hits)
            return failed(hits.error());
        QHash<qint64, QString> where;
        for (const TextHit &hit : *hits) {
            const ContractText::LineHit line = ContractText::firstLine(hit.pageText, filter.text);
            where.insert(hit.contractId,
                         tr("%1 v%2, page %3, line %4: %5")
                             .arg(hit.document)
                             .arg(hit.version)
                             .arg(hit.page)
                             .arg(line.line)
                             .arg(line.text));
        }
        for (const Contract &c : *found)
            m_out << QStringList{c.number, c.signedOn.toString(Qt::ISODate), c.title,
                                 c.counterparties.section(u'\n', 0, 0), where.value(c.id)}
                         .join(u'\t')
                  << Qt::endl;
        return Ok;
    }
    if (action == u"attach") {
        auto contract = byNumber(book, actor, args.at(0));
        if (!contract)
            return failed(contract.error());
        const QFileInfo info(args.at(1));
        // Over the limit is said before a large file is read into memory.
        if (const QString tooLarge =
                AttachmentRules::sizeProblem(QDir::toNativeSeparators(info.filePath()), info.size(), files.maxBytes());
            !tooLarge.isEmpty())
            return failed(tooLarge);
        QFile in(info.filePath());
        if (!in.open(QIODevice::ReadOnly))
            return failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(info.filePath()), in.errorString()));
        const QByteArray content = in.readAll();
        if (in.error() != QFile::NoError || content.size() != info.size())
            return failed(
                tr("Cannot read %1 whole: %2").arg(QDir::toNativeSeparators(info.filePath()), in.errorString()));
        auto added = files.attach(actor, contract->id, document, info.fileName(), content);
        if (!added)
            return failed(added.error());
        m_out << tr("%1: %2 version %3 kept; its text is read by `contracts read-scans` or the contracts panel.")
                     .arg(contract->number, added->document)
                     .arg(added->version)
              << Qt::endl;
        return Ok;
    }
    if (action == u"read-scans") {
        int read = 0;
        int failedFiles = 0;
        QSet<qint64> tried;
        for (;;) {
            auto waiting = files.nextWaiting(actor, tried);
            if (!waiting)
                return failed(waiting.error());
            if (!*waiting)
                break;
            const ContractAttachment *next = &**waiting;
            tried.insert(next->id);
            auto content = files.content(actor, next->id);
            if (!content)
                return failed(content.error());
            const QString name =
                QStringLiteral("%1 %2 v%3").arg(next->contractNumber, next->document).arg(next->version);
            auto pages = ScanReader::read(*content, [&](int page, int count) {
                m_err << tr("%1: page %2 of %3").arg(name).arg(page).arg(count) << Qt::endl;
                return true;
            });
            // A scan this PC cannot recognise waits for one that can (no Tesseract here).
            if (!pages && !ScanReader::recognitionInstalled())
                return failed(pages.error());
            if (Status s = files.storeText(actor, next->id, pages); !s)
                return failed(s.error());
            if (pages) {
                ++read;
            } else {
                ++failedFiles;
                m_err << tr("%1: not readable: %2").arg(name, pages.error()) << Qt::endl;
            }
        }
        m_out << tr("%n file(s) read for search", nullptr, read);
        if (failedFiles > 0)
            m_out << tr(", %n not readable", nullptr, failedFiles);
        m_out << Qt::endl;
        return Ok;
    }
    // labels
    const QString kind = args.first();
    Result<QList<PrintedLabel>> labels = fail(QString());
    QString title;
    if (kind == u"folders") {
        QList<qint64> ids;
        for (const QString &number : numbers.split(u',', Qt::SkipEmptyParts)) {
            auto contract = byNumber(book, actor, number);
            if (!contract)
                return failed(contract.error());
            ids << contract->id;
        }
        labels = ContractLabels(db, m_clock).folders(actor, ids);
        title = ContractLabels::folderTitle();
    } else if (kind == u"boxes") {
        auto archives = book.archives(actor);
        if (!archives)
            return failed(archives.error());
        QList<PrintedLabel> all;
        for (const ContractArchive &a : *archives) {
            auto boxes = ContractLabels(db, m_clock).boxes(actor, a.id);
            if (boxes)
                all += *boxes;
        }
        labels = all.isEmpty() ? Result<QList<PrintedLabel>>(fail(tr("No contract says where it is kept.")))
                               : Result<QList<PrintedLabel>>(all);
        title = ContractLabels::boxTitle();
    } else {
        return usage(use);
    }
    if (!labels)
        return failed(labels.error());
    if (Status s = DataExport(db, m_clock)
                       .save(actor, {title, {}, {}}, QStringLiteral("pdf"), pdf, int(labels->size()),
                             [&] { return LabelPainter::writePdf(*labels, LabelSheet::a4x24(), pdf, title); });
        !s)
        return failed(s.error());
    m_out << tr("%n label(s) written to %1", nullptr, int(labels->size())).arg(QDir::toNativeSeparators(pdf))
          << Qt::endl;
    return Ok;
}

} // namespace shopdesk
