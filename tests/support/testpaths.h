#pragma once

#include <QString>

namespace hookline::test {

// Where this checkout and its build are. Only testpaths.cpp is compiled with the paths, so every
// other test object is the same in any checkout and a second clone reuses them from ccache.
QString sourceDir();       // the repository's root
QString hooklinectlPath(); // the hooklinectl binary of this build

} // namespace hookline::test
