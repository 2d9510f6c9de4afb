#include "domain/filterrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace hookline {

namespace {

bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    // QJsonValue keeps integers and doubles apart; a filter on 1 must match 1.0 in the payload.
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

std::optional<QDateTime> timestamp(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    // Dates alone ("2030-01-31") count as midnight UTC, so expiry dates can be compared too.
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: read as UTC, never as this machine's zone
    return t;
}

bool isComparable(const QJsonValue &v)
{
    return v.isDouble() || timestamp(v).has_value();
}

} // namespace

bool FilterRules::isValidPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9_\\-]+(\\[\\d{1,6}\\])*(\\.[A-Za-z0-9_\\-]+(\\[\\d{1,6}\\])*)*$"));
    return re.match(path).hasMatch();
}

QJsonValue FilterRules::lookup(const QJsonObject &data, const QString &path)
{
    if (!isValidPath(path))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current(data);
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = segment.indexOf(QLatin1Char('['));
        const QString name = bracket < 0 ? segment : segment.left(bracket);
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(name);
        if (bracket < 0)
            continue;
        // The path regex guarantees "[N]" groups here.
        for (const QString &index :
             segment.mid(bracket + 1).chopped(1).split(QStringLiteral("]["))) {
            if (!current.isArray())
                return QJsonValue(QJsonValue::Undefined);
            const QJsonArray array = current.toArray();
            const int i = index.toInt();
            if (i >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(i);
        }
    }
    return current;
}

bool FilterRules::ruleMatches(const Rule &rule, const QJsonObject &data)
{
    const QJsonValue field = lookup(data, rule.path);
    const bool present = !field.isUndefined();
    switch (rule.op) {
    case Op::Equals:
        return present && jsonEqual(field, rule.value);
    case Op::NotEquals:
        return !(present && jsonEqual(field, rule.value));
    case Op::In: {
        if (!present)
            return false;
        const QJsonArray options = rule.value.toArray();
        return std::any_of(options.begin(), options.end(),
                           [&](const QJsonValue &v) { return jsonEqual(field, v); });
    }
    case Op::Exists: {
        const bool wanted = rule.value.isBool() ? rule.value.toBool() : true;
        return (present && !field.isNull()) == wanted;
    }
    case Op::Less:
    case Op::Greater: {
        if (!present)
            return false;
        int order = 0;
        if (rule.value.isDouble()) {
            if (!field.isDouble())
                return false;
            const double a = field.toDouble();
            const double b = rule.value.toDouble();
            order = a < b ? -1 : (a > b ? 1 : 0);
        } else {
            const auto a = timestamp(field);
            const auto b = timestamp(rule.value);
            if (!a || !b)
                return false;
            order = *a < *b ? -1 : (*a > *b ? 1 : 0);
        }
        return rule.op == Op::Less ? order < 0 : order > 0;
    }
    }
    return false;
}

bool FilterRules::matches(const QJsonObject &data) const
{
    if (rules.isEmpty())
        return true;
    if (mode == Mode::All)
        return std::all_of(rules.begin(), rules.end(),
                           [&](const Rule &r) { return ruleMatches(r, data); });
    return std::any_of(rules.begin(), rules.end(),
                       [&](const Rule &r) { return ruleMatches(r, data); });
}

QList<FilterRules::Error> FilterRules::validateRule(int index, const Rule &rule)
{
    QList<Error> errors;
    if (rule.path.trimmed().isEmpty())
        errors << Error{index, Code::EmptyPath, {}};
    else if (!isValidPath(rule.path))
        errors << Error{index, Code::InvalidPath, rule.path};
    const bool hasValue = !rule.value.isUndefined();
    switch (rule.op) {
    case Op::Equals:
    case Op::NotEquals:
        if (!hasValue)
            errors << Error{index, Code::MissingValue, {}};
        break;
    case Op::In:
        if (!hasValue)
            errors << Error{index, Code::MissingValue, {}};
        else if (!rule.value.isArray() || rule.value.toArray().isEmpty())
            errors << Error{index, Code::NotAnArray, {}};
        break;
    case Op::Exists:
        if (hasValue && !rule.value.isBool() && !rule.value.isNull())
            errors << Error{index, Code::NotBoolean, {}};
        break;
    case Op::Less:
    case Op::Greater:
        if (!hasValue)
            errors << Error{index, Code::MissingValue, {}};
        else if (!isComparable(rule.value))
            errors << Error{index, Code::NotComparable, {}};
        break;
    }
    return errors;
}

QList<FilterRules::Error> FilterRules::validate() const
{
    QList<Error> errors;
    if (rules.size() > kMaxRules)
        errors << Error{-1, Code::TooManyRules, QString::number(kMaxRules)};
    for (int i = 0; i < rules.size(); ++i)
        errors << validateRule(i, rules.at(i));
    return errors;
}

std::optional<FilterRules> FilterRules::parse(const QByteArray &json, QList<Error> *errors)
{
    QList<Error> found;
    FilterRules out;
    if (json.trimmed().isEmpty())
        return out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QJsonArray rules;
    if (parseError.error != QJsonParseError::NoError) {
        found << Error{
            -1, Code::InvalidJson,
            QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)};
    } else if (doc.isArray()) {
        rules = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue mode = o.value(QLatin1String("mode"));
        if (!mode.isUndefined()) {
            if (auto m = modeFromString(mode.toString()))
                out.mode = *m;
            else
                found << Error{-1, Code::UnknownMode, mode.toVariant().toString()};
        }
        const QJsonValue r = o.value(QLatin1String("rules"));
        if (r.isArray())
            rules = r.toArray();
        else if (!r.isUndefined())
            found << Error{-1, Code::RulesNotArray, {}};
    } else {
        found << Error{-1, Code::InvalidJson, {}};
    }
    if (rules.size() > kMaxRules)
        found << Error{-1, Code::TooManyRules, QString::number(kMaxRules)};
    for (int i = 0; i < rules.size() && i < kMaxRules; ++i) {
        if (!rules.at(i).isObject()) {
            found << Error{i, Code::RuleNotObject, {}};
            continue;
        }
        const QJsonObject o = rules.at(i).toObject();
        Rule rule;
        rule.path = o.value(QLatin1String("path")).toString();
        const QJsonValue opValue = o.value(QLatin1String("op"));
        const std::optional<Op> op = opFromString(opValue.toString());
        rule.value = o.value(QLatin1String("value"));
        if (!op) {
            if (rule.path.trimmed().isEmpty())
                found << Error{i, Code::EmptyPath, {}};
            found << Error{i, Code::UnknownOp, opValue.toVariant().toString()};
            continue;
        }
        rule.op = *op;
        found << validateRule(i, rule);
        out.rules << rule;
    }
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return out;
}

QJsonObject FilterRules::toJson() const
{
    QJsonArray array;
    for (const Rule &r : rules) {
        QJsonObject o{{QStringLiteral("path"), r.path}, {QStringLiteral("op"), toString(r.op)}};
        if (!r.value.isUndefined())
            o.insert(QStringLiteral("value"), r.value);
        array.append(o);
    }
    return QJsonObject{{QStringLiteral("mode"), toString(mode)}, {QStringLiteral("rules"), array}};
}

QByteArray FilterRules::toJsonText() const
{
    if (rules.isEmpty())
        return {};
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString FilterRules::toString(Op op)
{
    switch (op) {
    case Op::Equals:
        return QStringLiteral("=");
    case Op::NotEquals:
        return QStringLiteral("!=");
    case Op::In:
        return QStringLiteral("in");
    case Op::Exists:
        return QStringLiteral("exists");
    case Op::Less:
        return QStringLiteral("<");
    case Op::Greater:
        return QStringLiteral(">");
    }
    return {};
}

std::optional<FilterRules::Op> FilterRules::opFromString(const QString &text)
{
    for (Op op : {Op::Equals, Op::NotEquals, Op::In, Op::Exists, Op::Less, Op::Greater}) {
        if (toString(op) == text)
            return op;
    }
    if (text == QLatin1String("=="))
        return Op::Equals;
    return std::nullopt;
}

QString FilterRules::toString(Mode mode)
{
    return mode == Mode::All ? QStringLiteral("all") : QStringLiteral("any");
}

std::optional<FilterRules::Mode> FilterRules::modeFromString(const QString &text)
{
    if (text == QLatin1String("all"))
        return Mode::All;
    if (text == QLatin1String("any"))
        return Mode::Any;
    return std::nullopt;
}

QString FilterRules::codeName(Code code)
{
    switch (code) {
    case Code::InvalidJson:
        return QStringLiteral("invalid_json");
    case Code::UnknownMode:
        return QStringLiteral("unknown_mode");
    case Code::RulesNotArray:
        return QStringLiteral("rules_not_array");
    case Code::TooManyRules:
        return QStringLiteral("too_many_rules");
    case Code::RuleNotObject:
        return QStringLiteral("rule_not_object");
    case Code::EmptyPath:
        return QStringLiteral("empty_path");
    case Code::InvalidPath:
        return QStringLiteral("invalid_path");
    case Code::UnknownOp:
        return QStringLiteral("unknown_op");
    case Code::MissingValue:
        return QStringLiteral("missing_value");
    case Code::NotAnArray:
        return QStringLiteral("not_an_array");
    case Code::NotComparable:
        return QStringLiteral("not_comparable");
    case Code::NotBoolean:
        return QStringLiteral("not_boolean");
    }
    return {};
}

} // namespace hookline
