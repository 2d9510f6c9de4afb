#include "configmessages.h"

#include "security/secretheaders.h"
#include "validationmessages.h"

namespace hookline::cli {

namespace {
QString invalidValue(const ConfigError &e)
{
    if (e.path == QLatin1String("environment"))
        return QStringLiteral("must be 'live' or 'sandbox', not '%1'").arg(e.detail);
    if (e.path.endsWith(QLatin1String(".method")))
        return QStringLiteral("must be POST, PUT or PATCH, not '%1'").arg(e.detail);
    if (e.path.endsWith(QLatin1String(".scheme")))
        return QStringLiteral("must be jwt or standard, not '%1'").arg(e.detail);
    return QStringLiteral("'%1' is not a valid value").arg(e.detail);
}

QString problem(const ConfigError &e)
{
    using Code = ConfigError::Code;
    switch (e.code) {
    case Code::InvalidJson:
        return QStringLiteral("is not valid JSON: %1").arg(e.detail);
    case Code::NotAnObject:
        return QStringLiteral("must be a JSON object {\"version\": 1, \"environment\": …, "
                              "\"endpoints\": […]}");
    case Code::UnsupportedVersion:
        return QStringLiteral("version %1 is not supported; this hooklinectl reads version 1")
            .arg(e.detail);
    case Code::Required:
        return QStringLiteral("is required");
    case Code::UnknownField:
        return QStringLiteral("is not a template setting (see docs/config-templates.md; names are "
                              "those of 'hooklinectl config export')");
    case Code::WrongType:
        return QStringLiteral("must be of JSON type %1").arg(e.detail);
    case Code::InvalidValue:
        return invalidValue(e);
    case Code::SecretNotAllowed:
        return QStringLiteral("secrets are never read from a template; remove it (tokens and "
                              "whsec_ secrets stay in the keychain: rotate them in the console "
                              "or with 'endpoint rotate-secret')");
    case Code::DuplicateName:
        return QStringLiteral("'%1' is used by an earlier endpoint of the template; names must be "
                              "unique")
            .arg(e.detail);
    case Code::AmbiguousName:
        return QStringLiteral("several stored endpoints are named '%1'; rename all but one "
                              "('hooklinectl endpoint update ID --name …') and import again")
            .arg(e.detail);
    case Code::Invalid:
        return e.validation ? cli::problem(*e.validation) : e.detail;
    case Code::Stale:
        return QStringLiteral("the endpoints changed since the preview; nothing was changed — "
                              "import again to see the new difference");
    case Code::Store:
        return QStringLiteral("the database refused the change, so nothing was changed: %1")
            .arg(e.detail);
    case Code::SecretHeaderMissing:
        return QStringLiteral("the secret header %1 has no stored value to keep; set %2 to its "
                              "value in the environment of 'hooklinectl config import' (or write "
                              "the value into the template) and import again")
            .arg(e.detail, SecretHeaders::variableName(e.detail));
    }
    return e.detail;
}
} // namespace

QString describe(const ConfigError &error)
{
    const QString where = error.path.isEmpty() ? QStringLiteral("template") : error.path;
    return where + QStringLiteral(": ") + problem(error);
}

} // namespace hookline::cli
