#pragma once

#include "store/storeerror.h"

#include <utility>
#include <variant>

namespace hookline {

// A read's answer or the reason there is none. A busy or lost database is an error the caller
// must see, never an empty list or "not found": `find` returns StoreResult<std::optional<T>>.
template<typename T> class StoreResult
{
public:
    StoreResult(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::in_place_index<0>, std::move(value))
    {}
    StoreResult(StoreError error) // NOLINT(google-explicit-constructor)
        : m_value(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_value); }
    T &value() & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // Only when !ok().
    const StoreError &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, StoreError> m_value;
};

} // namespace hookline
