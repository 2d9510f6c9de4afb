#include "security/randombytes.h"

#include <openssl/rand.h>

namespace hookline {

QByteArray RandomBytes::generate(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("RAND_bytes failed: no entropy for secrets");
    return out;
}

} // namespace hookline
