#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Qalam {

// What went wrong in a fallible core call. `message` is translated and meant for
// the user (what happened, what was kept, what to do); `detail` carries the
// technical text (SQL error, OS error) for logs and --verbose output.
struct Error
{
    enum class Code {
        InvalidInput, // the caller handed something unusable
        NotFound,     // no such article, revision, author
        Conflict,     // a save based on a stale version
        NotADatabase, // the file is not an SQLite database
        SchemaTooNew, // written by a newer Qalam
        Io,           // file system: unwritable path, missing file
        Database,     // any other SQL failure
        Denied,       // the actor's roles do not allow it (nothing changed)
        Unavailable,  // the database server cannot be reached (try again later)
    };

    Code code = Code::Database;
    QString message;
    QString detail;
};

// A value or an Error; no exceptions cross the layers.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    // A temporary's value is moved out, so `for (x : *store.list())` is safe.
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace Qalam
