// libFuzzer harness (issue 17: imports): arbitrary bytes read as a Taobao order report and as a
// Shopify orders export (CSV, UTF-8 or GB18030), through the same decoding and parsing as
// OrderImport.
#include "domain/ChannelOrderRows.h"
#include "imports/domain/TextDecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shopdesk;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<CsvRecord> records = CsvTable::parse(TextDecoding::decode(bytes, TextDecoding::Encoding::Auto));
    for (auto read : {&ChannelOrderRows::taobao, &ChannelOrderRows::shopify})
        if (auto rows = read(records))
            for (const ChannelOrderRow &row : rows->rows)
                OrderRules::problem(row.order);
    return 0;
}
