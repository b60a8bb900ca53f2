#pragma once
// Errors as values: a function that can fail returns either its value or an error (qBittorrent's
// nonstd::expected, reduced to what this code base needs; std::expected is C++23).

#include <QString>

#include <utility>
#include <variant>

template <typename E> struct Unexpected
{
    E error;
};

template <typename E> Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return {std::forward<E>(error)};
}

template <typename T, typename E = QString> class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(Unexpected<E> failure) : m_data(std::in_place_index<1>, std::move(failure.error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    // An empty error when there is a value, so diagnostics may ask for it unconditionally.
    const E &error() const
    {
        static const E none{};
        const E *failure = std::get_if<1>(&m_data);
        return failure ? *failure : none;
    }

private:
    std::variant<T, E> m_data;
};
