#pragma once

#include <QStringList>

namespace shopdesk {

// A subcommand's options: "--name VALUE" or "--name=VALUE", taken out of the list so that what
// is left is the positional arguments.
QString takeValue(QStringList &args, const QString &name);
bool takeFlag(QStringList &args, const QString &name);

} // namespace shopdesk
