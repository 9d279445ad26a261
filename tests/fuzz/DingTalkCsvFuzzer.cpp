// libFuzzer harness (issue 6, behaviour 9): arbitrary bytes read as DingTalk raw records (CSV).
#include "domain/DingTalkRecords.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    shopdesk::DingTalkRecords::parseCsv(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
