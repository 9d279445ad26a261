#include "Terminal.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace shopdesk::Terminal {

namespace {
// Turns echo off for as long as it lives; the only platform-specific code of the CLI.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }

private:
#ifdef Q_OS_WIN
    HANDLE m_handle;
    DWORD m_mode = 0;
#else
    termios m_saved{};
    bool m_active = false;
#endif
};
} // namespace

bool inputIsInteractive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

QString readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return QString();
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString readSecret(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    QString secret;
    {
        EchoOff quiet;
        secret = readLine();
    }
    err << Qt::endl;
    return secret;
}

} // namespace shopdesk::Terminal
