#pragma once

#include "domain/endpointvalidator.h"

#include <QString>
#include <optional>

namespace hookline {

// One problem with a configuration template, its diff or its apply. Core names the place (a JSON
// path such as "endpoints[3].timeout_s") and a code; the CLI and the UI turn it into words.
struct ConfigError
{
    enum class Code
    {
        InvalidJson,        // not JSON at all (detail: the parser's message and offset)
        NotAnObject,        // the document (or an element that must be one) is not an object
        UnsupportedVersion, // "version" is not 1 (detail: the value)
        Required,           // a required key is missing
        UnknownField,       // a key the format does not know (detail: the key)
        WrongType,          // detail: the expected JSON type (string, integer, number, …)
        InvalidValue,       // a value outside its vocabulary (detail: the value)
        SecretNotAllowed, // a secret in a template (detail: the key); secrets stay in the keychain
        DuplicateName,    // two template endpoints with the same name (detail: the name)
        AmbiguousName,    // several stored endpoints carry this name (detail: the name)
        Invalid,          // the endpoint validator or the destination policy refused (validation)
        Stale,            // the stored configuration changed after the preview; nothing was done
        Store,            // the store refused (detail: its message); nothing was changed
        // A secret header of a new endpoint (or newly secret) with only the placeholder and no
        // value in the environment (detail: the header name); nothing was changed.
        SecretHeaderMissing,
    };

    Code code;
    QString path; // JSON path in the template; empty for the whole document
    QString detail;
    std::optional<EndpointValidator::Error> validation; // Code::Invalid

    friend bool operator==(const ConfigError &, const ConfigError &) = default;
};

} // namespace hookline
