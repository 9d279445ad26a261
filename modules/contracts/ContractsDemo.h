#pragma once

#include "common/Result.h"

namespace shopdesk {

class Clock;
class Database;

// The contract archive of `shopdeskctl demo`: five contract types, the office's archive kept by
// the office clerk (user "clerk", given the contracts scope), and `perMonth` contracts signed in
// each of the last 13 months with the company's usual partners, the older ones completed and a few
// terminated. Reproducible from the seed. Returns how many contracts were registered.
namespace ContractsDemo {
Result<int> create(Database &db, const Clock &clock, quint32 seed, int perMonth = 10);
// The signed originals of the newest `count` contracts as the office's PDFs (typed, with a text
// layer), their text read for search (CON-01, CON-04). Draws with fonts: needs a QGuiApplication.
// Returns how many files were kept.
Result<int> addOriginals(Database &db, const Clock &clock, int count = 24);
} // namespace ContractsDemo

} // namespace shopdesk
