// libFuzzer harness (issue 6, behaviour 9): arbitrary bytes read as a ZKTime export, in either
// encoding.
#include "domain/ZkTimeExport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    shopdesk::ZkTimeExport::parse(bytes);
    shopdesk::ZkTimeExport::parse(bytes, shopdesk::TextDecoding::Encoding::Gb18030);
    return 0;
}
