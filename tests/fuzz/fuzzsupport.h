#pragma once

// Shared by the libFuzzer harnesses: a check that aborts (so libFuzzer keeps the input as a crash
// even in a release build, where Q_ASSERT is gone), and a reader for the option bytes a harness
// takes from the front of its input.

#include <QByteArray>
#include <QByteArrayView>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace hookline::fuzz {

// Takes option bytes from the front; whatever is left is the payload. Reading past the end gives
// zeros, so every input is usable.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), qsizetype(size))
    {}

    uint8_t byte()
    {
        if (m_bytes.isEmpty())
            return 0;
        const auto b = uint8_t(m_bytes.front());
        m_bytes = m_bytes.sliced(1);
        return b;
    }
    QByteArrayView rest() const { return m_bytes; }
    // Up to the first `separator` (consumed) or the end.
    QByteArrayView until(char separator)
    {
        const qsizetype at = m_bytes.indexOf(separator);
        const QByteArrayView part = at < 0 ? m_bytes : m_bytes.first(at);
        m_bytes = at < 0 ? QByteArrayView() : m_bytes.sliced(at + 1);
        return part;
    }

private:
    QByteArrayView m_bytes;
};

} // namespace hookline::fuzz
