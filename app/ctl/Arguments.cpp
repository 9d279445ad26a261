#include "Arguments.h"

namespace shopdesk {

QString takeValue(QStringList &args, const QString &name)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
        if (args[i].startsWith(name + u'=')) {
            const QString v = args[i].mid(name.size() + 1);
            args.remove(i);
            return v;
        }
    }
    return {};
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace shopdesk
