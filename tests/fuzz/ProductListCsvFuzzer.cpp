// libFuzzer harness (issue 16: imports): arbitrary bytes read as a product list (CSV, UTF-8 or
// GB18030), through the same decoding and parsing as ProductImport.
#include "domain/ProductListRows.h"
#include "imports/domain/TextDecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shopdesk;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<CsvRecord> records = CsvTable::parse(TextDecoding::decode(bytes, TextDecoding::Encoding::Auto));
    auto list = ProductListRows::read(records);
    if (list)
        for (const ProductRow &row : list->rows)
            ProductListRows::sameCard(row.appliedTo({}), Product{});
    return 0;
}
