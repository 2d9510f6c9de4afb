#pragma once

#include <QByteArray>

namespace hookline {

// Cryptographically strong random bytes (OpenSSL RAND_bytes) for secrets, tokens and jti.
class RandomBytes
{
public:
    static QByteArray generate(int count);
};

} // namespace hookline
