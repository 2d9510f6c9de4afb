#pragma once

#include "domain/endpointvalidator.h"

#include <QString>

namespace hookline::cli {

// English words for the validator's codes, naming the command-line option concerned.
QString optionForField(EndpointValidator::Field field);
QString describe(const EndpointValidator::Error &error);
// The problem alone ("is out of range (allowed: 1–10)"), for callers naming the place themselves.
QString problem(const EndpointValidator::Error &error);
// "rule 2 uses 'in', which needs …" (rules counted from 1, as a user reads them).
QString describe(const FilterRules::Error &error);
// An endpoint's stored paused reason: the engine's codes in words, an admin's text as is.
QString pausedReason(const QString &stored);

} // namespace hookline::cli
