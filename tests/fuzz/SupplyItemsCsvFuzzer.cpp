// libFuzzer harness (issue 13: imports): arbitrary bytes read as an item list and as a supplier
// list (CSV, UTF-8 or GB18030), through the same decoding and parsing as SupplyImport.
#include "domain/SupplyListRows.h"
#include "imports/domain/TextDecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shopdesk;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<CsvRecord> records = CsvTable::parse(TextDecoding::decode(bytes, TextDecoding::Encoding::Auto));
    auto items = SupplyListRows::items(records);
    if (items)
        for (const SupplyItemRow &row : items->rows)
            SupplyListRows::sameCard(row.appliedTo({}, 1), SupplyItem{});
    auto suppliers = SupplyListRows::suppliers(records);
    Q_UNUSED(suppliers);
    return 0;
}
