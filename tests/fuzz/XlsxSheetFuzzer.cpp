// libFuzzer harness (issue 6, behaviour 9): arbitrary bytes opened as an .xlsx workbook.
#include "imports/XlsxSheet.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto sheet = shopdesk::XlsxSheet::readFirstSheet(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    Q_UNUSED(sheet);
    return 0;
}
