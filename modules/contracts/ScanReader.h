#pragma once

#include "common/Result.h"
#include "domain/ContractAttachment.h"

#include <QCoreApplication>
#include <QImage>

#include <functional>

namespace shopdesk {

// RULE CON-04: the text of a contract's file, page by page, for search: a PDF's own text where
// it has one, and otherwise what Tesseract recognises on the page's picture, in Simplified
// Chinese and English. Slow (seconds a page): run it away from the window's thread. Needs no
// database, so any thread may run it.
class ScanReader
{
    Q_DECLARE_TR_FUNCTIONS(ScanReader)
public:
    // Told before each page (1-based) of `pages`; returning false stops the reading.
    using Progress = std::function<bool(int page, int pages)>;
    static Result<QList<PageText>> read(const QByteArray &content, const Progress &progress = {});
    // Whether Tesseract and its chi_sim and eng data are there: without them this PC reads only
    // PDFs' own text, and a scan waits for a PC that can read it.
    static bool recognitionInstalled();
    // The text Tesseract recognises on one picture.
    static Result<QString> recognise(const QImage &image);
};

} // namespace shopdesk
