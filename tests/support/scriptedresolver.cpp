#include "support/scriptedresolver.h"

#include <QObject>
#include <QTimer>

namespace hookline::test {

ResolveResult ScriptedResolver::addresses(const QStringList &addressList)
{
    ResolveResult r;
    r.status = ResolveResult::Status::Ok;
    for (const QString &a : addressList)
        r.addresses << QHostAddress(a);
    return r;
}

ResolveResult ScriptedResolver::nxdomain()
{
    return {ResolveResult::Status::NxDomain, {}, QStringLiteral("scripted NXDOMAIN")};
}

ResolveResult ScriptedResolver::failure()
{
    return {ResolveResult::Status::Failure, {}, QStringLiteral("scripted SERVFAIL")};
}

ResolveResult ScriptedResolver::timeout()
{
    return {ResolveResult::Status::Timeout, {}, QStringLiteral("scripted timeout")};
}

void ScriptedResolver::script(const QString &host, const QList<ResolveResult> &answers)
{
    m_answers.insert(host, answers);
}

void ScriptedResolver::script(const QString &host, const QStringList &addressList)
{
    script(host, QList<ResolveResult>{addresses(addressList)});
}

void ScriptedResolver::lookup(const QString &host, std::chrono::milliseconds timeout,
                              QObject *context, Callback done)
{
    const int n = m_counts.value(host);
    m_counts.insert(host, n + 1);
    m_log << host;
    const QList<ResolveResult> answers = m_answers.value(host);
    const ResolveResult answer =
        answers.isEmpty() ? nxdomain() : answers.at(std::min<qsizetype>(n, answers.size() - 1));
    const auto delay =
        answer.status == ResolveResult::Status::Timeout ? timeout : std::chrono::milliseconds(0);
    QTimer::singleShot(delay, context, [answer, done = std::move(done)] { done(answer); });
}

} // namespace hookline::test
