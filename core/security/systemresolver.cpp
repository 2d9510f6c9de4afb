#include "security/systemresolver.h"

#include <QHostInfo>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace hookline {

void SystemResolver::lookup(const QString &host, std::chrono::milliseconds timeout,
                            QObject *context, Callback done)
{
    // A child of context: it lives on context's thread and dies with it, which cancels both the
    // lookup callback and the deadline. Whichever of the two fires first wins.
    auto *guard = new QObject(context);
    auto state = std::make_shared<std::pair<int, Callback>>(-1, std::move(done));
    auto finish = [guard, state](const ResolveResult &result) {
        if (!state->second)
            return;
        const Callback cb = std::exchange(state->second, Callback());
        if (state->first >= 0)
            QHostInfo::abortHostLookup(state->first);
        guard->deleteLater();
        cb(result);
    };

    const QHostAddress literal(host);
    if (!literal.isNull()) {
        // QHostInfo would do a reverse lookup for a literal; the policy never asks, but be exact.
        QMetaObject::invokeMethod(
            guard,
            [finish, literal] {
                finish({ResolveResult::Status::Ok, {literal}, {}});
            },
            Qt::QueuedConnection);
        return;
    }

    QTimer::singleShot(timeout, guard, [finish] {
        finish({ResolveResult::Status::Timeout, {}, QStringLiteral("lookup timed out")});
    });
    state->first = QHostInfo::lookupHost(host, guard, [finish, state](const QHostInfo &info) {
        state->first = -1; // finished: nothing to abort
        ResolveResult r;
        switch (info.error()) {
        case QHostInfo::NoError:
            r.status = ResolveResult::Status::Ok;
            r.addresses = info.addresses();
            break;
        case QHostInfo::HostNotFound:
            r.status = ResolveResult::Status::NxDomain;
            break;
        case QHostInfo::UnknownError:
            r.status = ResolveResult::Status::Failure;
            break;
        }
        r.errorText = info.errorString();
        finish(r);
    });
}

} // namespace hookline
