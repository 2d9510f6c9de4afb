#include "receiver/localreceiver.h"
#include "support/testpki.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <memory>

using namespace hookline;
using namespace hookline::test;

namespace {

QSslConfiguration trusting(const QSslCertificate &ca)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(ca);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void generatedCertificateVerifiesByIpAndName_data();
    void generatedCertificateVerifiesByIpAndName();
    void untrustedClientRefuses();
    void servesASuppliedCertificate();
    void recordsRequestsExactly();
    void answersAsConfigured_data();
    void answersAsConfigured();
    void delaysTheAnswer();
    void behaviourChangesAtRunTime();
    void failureRateIsSeededAndDeterministic();
    void failureRateExtremes_data();
    void failureRateExtremes();
    void refusesBodiesOverOneMebibyte_data();
    void refusesBodiesOverOneMebibyte();
    void keepsConnectionsAlive();
    void rawProtocol_data();
    void rawProtocol();
    void requestArrivingInPieces();
    void keepsOnlyTheLastN();
    void keepsAtMostMaxKeptBytes();
    void holdsLittleWhileItDelaysAnAnswer();
    void stopClosesThePort();
    void closesIdleConnections();
    void destroyedWhileAnAnswerIsPending();
    void runsInTheThreadThatCreatesIt();

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                        const QString &verifyName = {});
    bool finish(QNetworkReply *reply, int timeoutMs = 10000);

    std::unique_ptr<LocalReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestReceiver::init()
{
    m_receiver = std::make_unique<LocalReceiver>();
    QVERIFY(m_receiver->start());
    QVERIFY(m_receiver->port() != 0);
    QVERIFY(!m_receiver->caCertificate().isNull());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TestReceiver::cleanup()
{
    m_nam.reset();
    m_receiver.reset();
}

QNetworkReply *TestReceiver::send(const QByteArray &verb, const QString &path,
                                  const QByteArray &body,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers,
                                  const QString &verifyName)
{
    QNetworkRequest request(m_receiver->url(path));
    request.setSslConfiguration(trusting(m_receiver->caCertificate()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!verifyName.isEmpty())
        request.setPeerVerifyName(verifyName);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isNull() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/octet-stream");
    return m_nam->sendCustomRequest(request, verb, body);
}

bool TestReceiver::finish(QNetworkReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(timeoutMs);
}

void TestReceiver::generatedCertificateVerifiesByIpAndName_data()
{
    QTest::addColumn<QString>("verifyName");
    QTest::newRow("127.0.0.1 (IP SAN)") << QString();
    QTest::newRow("localhost (DNS SAN)") << QStringLiteral("localhost");
}

void TestReceiver::generatedCertificateVerifiesByIpAndName()
{
    QFETCH(QString, verifyName);
    std::unique_ptr<QNetworkReply> reply(send("GET", QStringLiteral("/ping"), {}, {}, verifyName));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->sslConfiguration().peerCertificate(), m_receiver->certificate());
    QCOMPARE(m_receiver->caCertificatePem(), m_receiver->caCertificate().toPem());
}

void TestReceiver::untrustedClientRefuses()
{
    // A client that does not trust the receiver's CA must fail, not silently carry on.
    QNetworkRequest request(m_receiver->url(QStringLiteral("/")));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QList<QSslError> seen;
    connect(reply.get(), &QNetworkReply::sslErrors, this,
            [&seen](const QList<QSslError> &errors) { seen += errors; });
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(m_receiver->receivedCount(), quint64(0));
}

void TestReceiver::servesASuppliedCertificate()
{
    TestPki pki;
    const TestCertificate leaf = pki.localhost();
    LocalReceiver receiver;
    receiver.setCertificate(leaf.certificate, leaf.privateKey);
    QVERIFY(receiver.start());
    QVERIFY(receiver.caCertificate().isNull());
    QCOMPARE(receiver.certificate(), leaf.certificate);

    QNetworkRequest request(receiver.url(QStringLiteral("/supplied")));
    request.setSslConfiguration(pki.clientConfiguration());
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->sslConfiguration().peerCertificate(), leaf.certificate);
    QCOMPARE(receiver.requests().size(), 1);
}

void TestReceiver::recordsRequestsExactly()
{
    QSignalSpy received(m_receiver.get(), &LocalReceiver::requestReceived);
    QByteArray body("{\"id\":\"evt_1\",\"raw\":\"\r\n\r\n\"}");
    body.append('\0');
    body.append("\xff\xfe tail", 7);
    const QList<std::pair<QByteArray, QByteArray>> headers{
        {"Content-Type", "application/json"},
        {"X-Webhook-Signature", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"},
        {"X-Idempotency-Key", "dlv_01HX"},
        {"X-Mixed-Case", "  spaced value  "},
    };
    std::unique_ptr<QNetworkReply> reply(send("PATCH", QStringLiteral("/hooks/a"), body, headers));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);

    QCOMPARE(received.size(), 1);
    const auto fromSignal = received.first().first().value<ReceivedRequest>();
    const QList<ReceivedRequest> kept = m_receiver->requests();
    QCOMPARE(kept.size(), 1);
    const ReceivedRequest &r = kept.first();
    QCOMPARE(fromSignal.sequence, r.sequence);
    QCOMPARE(r.sequence, quint64(1));
    QCOMPARE(r.method, QByteArray("PATCH"));
    QCOMPARE(r.target, QByteArray("/hooks/a"));
    QCOMPARE(r.path(), QByteArray("/hooks/a"));
    QCOMPARE(r.httpVersion, QByteArray("HTTP/1.1"));
    QCOMPARE(r.body, body);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("X-WEBHOOK-SIGNATURE"), QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
    QCOMPARE(r.header("x-idempotency-key"), QByteArray("dlv_01HX"));
    QCOMPARE(r.header("x-mixed-case"), QByteArray("spaced value")); // OWS is not part of a value
    QCOMPARE(r.header("Content-Length"), QByteArray::number(body.size()));
    QVERIFY(r.header("X-Absent").isNull());
    QVERIFY(!r.hasHeader("X-Absent"));
    QVERIFY(r.header("Host").startsWith("127.0.0.1:"));
    QCOMPARE(r.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(r.peerPort != 0);
    QCOMPARE(r.responseStatus, 200);
    QVERIFY(qAbs(r.receivedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 10000);
    QCOMPARE(r.receivedAt.timeSpec(), Qt::UTC);
}

void TestReceiver::answersAsConfigured_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QNetworkReply::NetworkError>("error");

    QTest::newRow("200") << 200 << QByteArray("accepted") << QNetworkReply::NoError;
    QTest::newRow("202 empty") << 202 << QByteArray() << QNetworkReply::NoError;
    QTest::newRow("404") << 404 << QByteArray("nope") << QNetworkReply::ContentNotFoundError;
    QTest::newRow("429") << 429 << QByteArray("slow") << QNetworkReply::UnknownContentError;
    QTest::newRow("503") << 503 << QByteArray("down") << QNetworkReply::ServiceUnavailableError;
}

void TestReceiver::answersAsConfigured()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QNetworkReply::NetworkError, error);

    ReceiverBehaviour b;
    b.statusCode = status;
    b.body = body;
    b.contentType = "application/json";
    b.headers = {{"Retry-After", "7"}, {"X-Receiver", "hookline"}};
    m_receiver->setBehaviour(b);
    QCOMPARE(m_receiver->behaviour(), b);

    std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/x"), "{}"));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), error);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->readAll(), body);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("7"));
    QCOMPARE(reply->rawHeader("X-Receiver"), QByteArray("hookline"));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(m_receiver->requests().constFirst().responseStatus, status);
}

void TestReceiver::delaysTheAnswer()
{
    ReceiverBehaviour b;
    b.delayMs = 600;
    m_receiver->setBehaviour(b);
    QSignalSpy received(m_receiver.get(), &LocalReceiver::requestReceived);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/slow"), "{}"));
    // The request is recorded on arrival, well before the delayed answer.
    QVERIFY(received.wait(5000));
    QVERIFY(!reply->isFinished());
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY2(timer.elapsed() >= 580, qPrintable(QString::number(timer.elapsed())));
}

void TestReceiver::behaviourChangesAtRunTime()
{
    std::unique_ptr<QNetworkReply> first(send("POST", QStringLiteral("/a"), "1"));
    QVERIFY(finish(first.get()));
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    ReceiverBehaviour b;
    b.statusCode = 410;
    m_receiver->setBehaviour(b);
    std::unique_ptr<QNetworkReply> second(send("POST", QStringLiteral("/a"), "2"));
    QVERIFY(finish(second.get()));
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 410);
}

void TestReceiver::failureRateIsSeededAndDeterministic()
{
    constexpr int Count = 60;
    auto run = [this] {
        m_receiver->clearRequests();
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < Count; ++i)
            replies.emplace_back(send("POST", QStringLiteral("/flaky"), QByteArray::number(i)));
        for (auto &reply : replies) {
            if (!finish(reply.get()))
                return QList<int>();
        }
        int failedReplies = 0;
        for (auto &reply : replies)
            failedReplies +=
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 500;
        // The outcome is drawn per arrival: read it from the log in arrival order.
        QList<int> statuses;
        for (const ReceivedRequest &r : m_receiver->requests())
            statuses << r.responseStatus;
        if (statuses.count(500) != failedReplies)
            return QList<int>();
        return statuses;
    };

    ReceiverBehaviour b;
    b.failureRate = 0.3;
    b.seed = 42;
    m_receiver->setBehaviour(b);
    const QList<int> first = run();
    QCOMPARE(first.size(), Count);
    m_receiver->setBehaviour(b); // the same seed again: the same sequence
    const QList<int> second = run();
    QCOMPARE(second, first);
    const auto failures = first.count(500);
    QVERIFY2(failures >= 6 && failures <= 30, qPrintable(QString::number(failures)));
    QCOMPARE(first.count(200), Count - failures);

    b.seed = 43;
    m_receiver->setBehaviour(b);
    QVERIFY(run() != first);
}

void TestReceiver::failureRateExtremes_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("0") << 0.0 << 200;
    QTest::newRow("1") << 1.0 << 500;
    QTest::newRow("above 1 clamps") << 7.0 << 500;
}

void TestReceiver::failureRateExtremes()
{
    QFETCH(double, rate);
    QFETCH(int, expectedStatus);
    ReceiverBehaviour b;
    b.failureRate = rate;
    b.statusCode = 200;
    m_receiver->setBehaviour(b);
    for (int i = 0; i < 10; ++i) {
        std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/"), "x"));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 expectedStatus);
    }
}

void TestReceiver::refusesBodiesOverOneMebibyte_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("status");
    QTest::newRow("exactly 1 MiB") << 1024 * 1024 << 200;
    QTest::newRow("1 MiB + 1") << 1024 * 1024 + 1 << 413;
    QTest::newRow("8 MiB") << 8 * 1024 * 1024 << 413;
}

void TestReceiver::refusesBodiesOverOneMebibyte()
{
    QFETCH(int, size);
    QFETCH(int, status);
    const QByteArray body(size, 'b');
    std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/big"), body));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (status == 200) {
        QCOMPARE(m_receiver->requests().size(), 1);
        QCOMPARE(m_receiver->requests().constFirst().body, body);
    } else {
        QCOMPARE(m_receiver->requests().size(), 0); // refused requests are not recorded
    }
}

void TestReceiver::keepsConnectionsAlive()
{
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/k"), "x"));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
    const QList<ReceivedRequest> r = m_receiver->requests();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[1].connectionId, r[0].connectionId);
    QCOMPARE(r[2].connectionId, r[0].connectionId);
    QCOMPARE(m_receiver->openConnections(), 1);
}

void TestReceiver::rawProtocol_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("statusLines"); // in order
    QTest::addColumn<int>("recorded");

    const QByteArray close = "GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
    QTest::newRow("connection close") << close << QByteArrayList{"HTTP/1.1 200 OK"} << 1;
    QTest::newRow("HTTP/1.0 closes")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArrayList{"HTTP/1.1 200 OK"} << 1;
    QTest::newRow("two requests in one write")
        << QByteArray("POST /1 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc" + close)
        << QByteArrayList{"HTTP/1.1 200 OK", "HTTP/1.1 200 OK"} << 2;
    QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n")
                             << QByteArrayList{"HTTP/1.1 400 Bad Request"} << 0;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n")
                                        << QByteArrayList{"HTTP/1.1 400 Bad Request"} << 0;
    QTest::newRow("two lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        << QByteArrayList{"HTTP/1.1 400 Bad Request"} << 0;
    QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\na")
                                   << QByteArrayList{"HTTP/1.1 400 Bad Request"} << 0;
    QTest::newRow("chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n")
        << QByteArrayList{"HTTP/1.1 501 Not Implemented"} << 0;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n")
                              << QByteArrayList{"HTTP/1.1 505 HTTP Version Not Supported"} << 0;
    QTest::newRow("huge header section")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'h') + "\r\n\r\n")
        << QByteArrayList{"HTTP/1.1 431 Request Header Fields Too Large"} << 0;
}

void TestReceiver::rawProtocol()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, statusLines);
    QFETCH(int, recorded);

    QSslSocket socket;
    socket.setSslConfiguration(trusting(m_receiver->caCertificate()));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_receiver->port(),
                                  QStringLiteral("localhost"));
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QVERIFY(encrypted.wait(5000));
    QByteArray out;
    connect(&socket, &QSslSocket::readyRead, this, [&] { out += socket.readAll(); });
    socket.write(input);
    // Every case here ends with the server closing the connection.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    out += socket.readAll();
    QByteArrayList seen;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("HTTP/1.1 "))
            seen << line.trimmed();
    }
    QCOMPARE(seen, statusLines);
    QCOMPARE(m_receiver->requests().size(), recorded);
}

void TestReceiver::requestArrivingInPieces()
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(m_receiver->caCertificate()));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_receiver->port(),
                                  QStringLiteral("localhost"));
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QVERIFY(encrypted.wait(5000));
    QByteArray out;
    connect(&socket, &QSslSocket::readyRead, this, [&] { out += socket.readAll(); });
    // Split inside the request line, inside a header, between CR and LF, and inside the body.
    const QByteArrayList pieces{"PO",
                                "ST /split?q=1 HTTP/1.1\r\nX-Sp",
                                "lit: yes\r\nContent-Le",
                                "ngth: 10\r\n\r",
                                "\n01234",
                                "56789"};
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        QTest::qWait(20);
        if (&piece != &pieces.last())
            QCOMPARE(m_receiver->requests().size(), 0);
    }
    QTRY_COMPARE(m_receiver->requests().size(), 1);
    const ReceivedRequest r = m_receiver->requests().constFirst();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.target, QByteArray("/split?q=1"));
    QCOMPARE(r.path(), QByteArray("/split"));
    QCOMPARE(r.header("x-split"), QByteArray("yes"));
    QCOMPARE(r.body, QByteArray("0123456789"));
    QTRY_VERIFY(out.startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestReceiver::keepsOnlyTheLastN()
{
    m_receiver->setMaxKept(3);
    for (int i = 1; i <= 5; ++i) {
        std::unique_ptr<QNetworkReply> reply(
            send("POST", QStringLiteral("/n"), QByteArray::number(i)));
        QVERIFY(finish(reply.get()));
    }
    const QList<ReceivedRequest> r = m_receiver->requests();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].sequence, quint64(3));
    QCOMPARE(r[2].body, QByteArray("5"));
    QCOMPARE(m_receiver->receivedCount(), quint64(5));
    m_receiver->clearRequests();
    QVERIFY(m_receiver->requests().isEmpty());
}

void TestReceiver::keepsAtMostMaxKeptBytes()
{
    // Five 4 KB requests where about three fit: the oldest go, whatever the count cap says.
    m_receiver->setMaxKeptBytes(3 * 4600);
    for (int i = 1; i <= 5; ++i) {
        std::unique_ptr<QNetworkReply> reply(
            send("POST", QStringLiteral("/b"), QByteArray(4000, char('0' + i))));
        QVERIFY(finish(reply.get()));
    }
    const QList<ReceivedRequest> r = m_receiver->requests();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.last().body, QByteArray(4000, '5'));
    QCOMPARE(r.first().sequence, quint64(3));
    QVERIFY(m_receiver->keptBytes() <= m_receiver->maxKeptBytes());
    qint64 weight = 0;
    for (const ReceivedRequest &request : r)
        weight += request.weight();
    QCOMPARE(m_receiver->keptBytes(), weight);
    m_receiver->clearRequests();
    QCOMPARE(m_receiver->keptBytes(), 0);
}

void TestReceiver::holdsLittleWhileItDelaysAnAnswer()
{
    ReceiverBehaviour b;
    b.delayMs = 1500;
    m_receiver->setBehaviour(b);
    QSslSocket socket;
    socket.setSslConfiguration(trusting(m_receiver->caCertificate()));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_receiver->port(),
                                  QStringLiteral("localhost"));
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QVERIFY(encrypted.wait(5000));
    QByteArray out;
    connect(&socket, &QSslSocket::readyRead, this, [&] { out += socket.readAll(); });
    socket.write("GET /first HTTP/1.1\r\nHost: h\r\n\r\n");
    QTRY_COMPARE(m_receiver->requests().size(), 1);
    // While the first answer waits for its delay, 4 MiB of further requests come in.
    const QByteArray next =
        "POST /next HTTP/1.1\r\nHost: h\r\nContent-Length: 65536\r\n\r\n" + QByteArray(65536, 'p');
    for (int i = 0; i < 64; ++i)
        socket.write(next);
    QTest::qWait(700);
    const qint64 cap = m_receiver->limits().maxHeldBytes;
    QVERIFY2(m_receiver->bufferedBytes() <= 2 * cap + 32 * 1024,
             qPrintable(QString::number(m_receiver->bufferedBytes())));
    QCOMPARE(m_receiver->requests().size(), 1);
    // Once answered, the connection reads on and every request is served in turn.
    b.delayMs = 0;
    m_receiver->setBehaviour(b);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->receivedCount(), quint64(65), 15000);
    QTRY_COMPARE(out.count("HTTP/1.1 200 OK"), 65);
}

void TestReceiver::stopClosesThePort()
{
    QSignalSpy listening(m_receiver.get(), &LocalReceiver::listeningChanged);
    const QUrl url = m_receiver->url(QStringLiteral("/"));
    m_receiver->stop();
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.first().first().toBool(), false);
    QVERIFY(!m_receiver->isListening());

    QNetworkRequest request(url);
    request.setSslConfiguration(trusting(m_receiver->caCertificate()));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
}

void TestReceiver::closesIdleConnections()
{
    LocalReceiver receiver;
    receiver.setIdleTimeout(300);
    QVERIFY(receiver.start());
    QSslSocket socket;
    socket.setSslConfiguration(trusting(receiver.caCertificate()));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), receiver.port(),
                                  QStringLiteral("localhost"));
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QVERIFY(encrypted.wait(5000));
    QTRY_COMPARE(receiver.openConnections(), 1);
    QByteArray out;
    connect(&socket, &QSslSocket::readyRead, this, [&] { out += socket.readAll(); });
    socket.write("GET /once HTTP/1.1\r\nHost: h\r\n\r\n");
    QTRY_VERIFY(out.startsWith("HTTP/1.1 200 OK"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive after answering
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(timer.elapsed() >= 200);
    QTRY_COMPARE(receiver.openConnections(), 0);
}

void TestReceiver::destroyedWhileAnAnswerIsPending()
{
    ReceiverBehaviour b;
    b.delayMs = 200;
    m_receiver->setBehaviour(b);
    QSignalSpy received(m_receiver.get(), &LocalReceiver::requestReceived);
    std::unique_ptr<QNetworkReply> reply(send("POST", QStringLiteral("/late"), "x"));
    QVERIFY(received.wait(5000));
    m_receiver.reset();
    QVERIFY(finish(reply.get()));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QTest::qWait(300); // past the delay: the pending answer must not touch the dead receiver
}

void TestReceiver::runsInTheThreadThatCreatesIt()
{
    // The console may host the receiver off the GUI thread: everything it does happens there,
    // and its signal reaches other threads queued, as a value.
    QThread thread;
    thread.start();
    QObject context;
    context.moveToThread(&thread);
    LocalReceiver *receiver = nullptr;
    QUrl url;
    QSslCertificate ca;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            receiver = new LocalReceiver;
            if (receiver->start()) {
                url = receiver->url(QStringLiteral("/threaded"));
                ca = receiver->caCertificate();
            }
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(receiver);
    QCOMPARE(receiver->thread(), &thread);
    QVERIFY(url.isValid());

    QList<ReceivedRequest> got;
    QThread *signalledIn = nullptr;
    connect(receiver, &LocalReceiver::requestReceived, this, [&](const ReceivedRequest &r) {
        got << r;
        signalledIn = QThread::currentThread();
    });
    QNetworkRequest request(url);
    request.setSslConfiguration(trusting(ca));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    std::unique_ptr<QNetworkReply> reply(m_nam->post(request, QByteArray("threaded")));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QTRY_COMPARE(got.size(), 1);
    QCOMPARE(got.first().body, QByteArray("threaded"));
    QCOMPARE(signalledIn, QThread::currentThread());

    QMetaObject::invokeMethod(
        &context, [&] { delete receiver; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
