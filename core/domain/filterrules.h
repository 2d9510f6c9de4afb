#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace hookline {

// An endpoint's optional filter on the event's payload (`data`), applied after its subscriptions:
// an event is delivered only when the rules hold (all of them, or any one). Stored as JSON in
// endpoints.filter_rules:
//   {"mode": "all", "rules": [{"path": "verification.status", "op": "=", "value": "approved"}]}
//
// Paths are dotted field names relative to `data`, with array indices in brackets
// (`document.fraud_indicators[0].code`). Semantics, chosen so a rule never throws:
//   =, !=   JSON equality (numbers compare by value: 1 equals 1.0); `!=` is exactly "not =", so a
//           missing field satisfies `!=`.
//   in      the value is a non-empty array; the field equals one of its elements.
//   exists  the field is present and not null; `"value": false` asks for the opposite. The value
//           is optional (default true; null counts as none).
//   <, >    the value is a number (the field must be a number) or an ISO 8601 date/time (the
//           field must be one too; compared as instants). A field of another type never matches.
// Every operator except `exists` (and `!=`) is false on a missing field.
class FilterRules
{
public:
    static constexpr int kMaxRules = 50;

    enum class Mode
    {
        All,
        Any
    };
    enum class Op
    {
        Equals,
        NotEquals,
        In,
        Exists,
        Less,
        Greater
    };
    struct Rule
    {
        QString path;
        Op op = Op::Equals;
        QJsonValue value = QJsonValue(QJsonValue::Undefined); // Undefined: no value given
        friend bool operator==(const Rule &, const Rule &) = default;
    };

    // What is wrong, with the index of the rule (-1: the filter as a whole).
    enum class Code
    {
        InvalidJson,   // not JSON, or neither an object nor an array (detail: parser message)
        UnknownMode,   // mode other than all|any (detail: the mode)
        RulesNotArray, // "rules" is not an array
        TooManyRules,  // more than kMaxRules (detail: the limit)
        RuleNotObject, // a rule that is not an object
        EmptyPath,     // no path
        InvalidPath,   // not `name(.name|[N])*` (detail: the path)
        UnknownOp,     // op not one of = != in exists < > (detail: the op)
        MissingValue,  // =, !=, in, <, > without a value
        NotAnArray,    // in with a value that is not a non-empty array
        NotComparable, // < or > with a value that is neither a number nor an ISO 8601 date/time
        NotBoolean,    // exists with a value that is not true/false
    };
    struct Error
    {
        int rule = -1;
        Code code;
        QString detail;
        friend bool operator==(const Error &, const Error &) = default;
    };

    Mode mode = Mode::All;
    QList<Rule> rules;

    bool isEmpty() const { return rules.isEmpty(); }
    // True when the payload passes (an empty filter passes everything).
    bool matches(const QJsonObject &data) const;
    // Checks of a value built in code (the UI's table); parse() reports the same codes.
    QList<Error> validate() const;

    // Reads the stored/typed JSON: an object {mode, rules} or a bare array of rules (mode all).
    // Empty text is an empty filter. Returns nothing when errors were found.
    static std::optional<FilterRules> parse(const QByteArray &json, QList<Error> *errors);
    QJsonObject toJson() const;
    QByteArray toJsonText() const; // compact; empty for an empty filter

    static QString toString(Op op); // "=", "!=", "in", "exists", "<", ">"
    static std::optional<Op> opFromString(const QString &text);
    static QString toString(Mode mode); // "all" | "any"
    static std::optional<Mode> modeFromString(const QString &text);
    static QString codeName(Code code); // stable machine name: "missing_value", …
    static bool isValidPath(const QString &path);
    // The field at `path` in `data`; Undefined when missing.
    static QJsonValue lookup(const QJsonObject &data, const QString &path);

    friend bool operator==(const FilterRules &, const FilterRules &) = default;

private:
    static bool ruleMatches(const Rule &rule, const QJsonObject &data);
    static QList<Error> validateRule(int index, const Rule &rule);
};

} // namespace hookline
