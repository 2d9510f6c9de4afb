#pragma once

#include "domain/endpoint.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace hookline::cli {

class Context;

// The options of `endpoint add` and `endpoint update`.
QList<QCommandLineOption> endpointOptions();
// Applies the options given on the command line to `e`; anything not given stays as it is.
// False with `error` set (never echoing a header value) when an option cannot be read.
bool applyOptions(Context &ctx, Endpoint &e, QString *error);

} // namespace hookline::cli
