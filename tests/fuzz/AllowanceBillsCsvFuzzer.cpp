// libFuzzer harness (issue 15: imports): arbitrary bytes read as a month's phone-bill list (CSV,
// UTF-8 or GB18030), through the same decoding and parsing as AllowanceDesk::previewBills.
#include "domain/AllowanceBillList.h"
#include "imports/domain/TextDecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shopdesk;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto list = AllowanceBillRows::read(CsvTable::parse(TextDecoding::decode(bytes, TextDecoding::Encoding::Auto)));
    if (list)
        for (const AllowanceBillRow &row : list->rows)
            if (row.billFen < 0)
                __builtin_trap(); // a negative bill never passes
    return 0;
}
