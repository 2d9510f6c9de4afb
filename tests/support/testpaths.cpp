#include "support/testpaths.h"

namespace hookline::test {

QString sourceDir()
{
    return QStringLiteral(HOOKLINE_SOURCE_DIR);
}

QString hooklinectlPath()
{
    return QStringLiteral(HOOKLINECTL_PATH);
}

} // namespace hookline::test
