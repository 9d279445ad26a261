#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace shopdesk {

// An error a person can read: already translated, says what and where. `conflict` marks a
// save refused because someone else saved the same record first (issue 6, behaviour 2), so the
// UI can offer to reload instead of only showing the message.
struct Error
{
    QString message;
    bool conflict = false;
    // Another PC held the file past the busy timeout: Database::write tries the whole
    // transaction again instead of giving up.
    bool busy = false;
    // A company server refused the login's password (issue 20, step 12): counted as a wrong
    // password by ServerLogin::open().
    bool refusedPassword = false;
};

// Errors are values (STYLE 6): a service returns Result<T>, the UI shows the message.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    // A temporary hands its value over: `for (x : *service.list())` then owns what it loops over.
    T operator*() && { return std::move(value()); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    QString error() const { return ok() ? QString() : std::get<Error>(m_data).message; }
    // The error whole, to hand up as it is: `return stored.failure();` keeps `busy`, so that
    // Database::write still retries, and `conflict` (issue 11: one error path).
    Error failure() const { return ok() ? Error{} : std::get<Error>(m_data); }
    bool isConflict() const { return !ok() && std::get<Error>(m_data).conflict; }
    bool isBusy() const { return !ok() && std::get<Error>(m_data).busy; }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

inline Error fail(const QString &message)
{
    return Error{message};
}

inline Error conflict(const QString &message)
{
    return Error{message, true};
}

} // namespace shopdesk
