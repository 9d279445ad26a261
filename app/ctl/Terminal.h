#pragma once

#include <QString>

namespace shopdesk::Terminal {

// Whether standard input is a person at a terminal (prompt) or a pipe (read lines).
bool inputIsInteractive();
// One line from standard input, without its line end; null at end of input.
QString readLine();
// Prompts on standard error and reads a line without echoing it.
QString readSecret(const QString &prompt);

} // namespace shopdesk::Terminal
