#include "receiver/receiverwindow.h"

#include "common/securitytext.h"
#include "receiver/receivedrequestmodel.h"
#include "receiver/receivedsignature.h"
#include "receiver/sandboxreceiver.h"
#include "security/endpointsecrets.h"
#include "security/keymanager.h"
#include "store/endpointrepository.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline::ui {

ReceiverWindow::ReceiverWindow(SandboxReceiver *receiver, Store db, SecretStore *secrets,
                               QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_receiver(receiver)
    , m_db(std::move(db))
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("receiverWindow"));
    setWindowTitle(tr("Local test receiver — Sandbox"));
    if (secrets)
        m_endpointSecrets = new EndpointSecrets(secrets, Clock::system(), this);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("receiverState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("receiverStartStop"));
    m_clear = new QPushButton(tr("C&lear list"), this);
    m_clear->setObjectName(QStringLiteral("receiverClear"));

    QGroupBox *behaviour = buildBehaviour();
    QSplitter *splitter = buildRequests();

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_startStop);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(behaviour);
    layout->addWidget(splitter, 1);

    connect(m_clear, &QPushButton::clicked, m_model, &ReceivedRequestModel::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceiverWindow::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReceiverWindow::showDetails);
    for (QSpinBox *box : {m_status, m_delay, m_failureRate})
        connect(box, &QSpinBox::valueChanged, this, &ReceiverWindow::applyBehaviour);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (!m_receiver)
            return;
        if (m_receiver->isRunning())
            m_receiver->stop();
        else
            m_receiver->start();
        updateState();
    });
    if (m_receiver) {
        connect(m_receiver, &SandboxReceiver::requestReceived, this, &ReceiverWindow::showRequest);
        connect(m_receiver, &SandboxReceiver::runningChanged, this, &ReceiverWindow::updateState);
        for (const ReceivedRequest &r : m_receiver->receiver()->requests())
            showRequest(r);
    }
    updateState();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 96, em * 64);
}

QGroupBox *ReceiverWindow::buildBehaviour()
{
    m_status = new QSpinBox(this);
    m_status->setObjectName(QStringLiteral("receiverStatus"));
    m_status->setRange(100, 599);
    m_delay = new QSpinBox(this);
    m_delay->setObjectName(QStringLiteral("receiverDelay"));
    m_delay->setRange(0, 60000);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms"));
    m_failureRate = new QSpinBox(this);
    m_failureRate->setObjectName(QStringLiteral("receiverFailureRate"));
    m_failureRate->setRange(0, 100);
    m_failureRate->setSuffix(tr(" %"));
    m_failureRate->setToolTip(tr("This share of requests is answered with 500 instead. The "
                                 "demo's /flaky path fails at least half of them."));
    if (m_receiver) {
        const ReceiverBehaviour b = m_receiver->behaviour();
        m_status->setValue(b.statusCode);
        m_delay->setValue(b.delayMs);
        m_failureRate->setValue(qRound(b.failureRate * 100));
    }
    auto *behaviour = new QGroupBox(tr("Answer"), this);
    auto *form = new QHBoxLayout(behaviour);
    auto *statusLabel = new QLabel(tr("&Status code:"), behaviour);
    statusLabel->setBuddy(m_status);
    auto *delayLabel = new QLabel(tr("&Delay:"), behaviour);
    delayLabel->setBuddy(m_delay);
    auto *failureLabel = new QLabel(tr("&Failure rate:"), behaviour);
    failureLabel->setBuddy(m_failureRate);
    for (QWidget *w : std::initializer_list<QWidget *>{statusLabel, m_status, delayLabel, m_delay,
                                                       failureLabel, m_failureRate})
        form->addWidget(w);
    form->addStretch(1);
    return behaviour;
}

QSplitter *ReceiverWindow::buildRequests()
{
    m_model = new ReceivedRequestModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("receiverRequests"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReceivedRequestModel::Path,
                                                     QHeaderView::Stretch);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("receiverDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see its signature check, headers and "
                                     "body."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void ReceiverWindow::updateState()
{
    const bool running = m_receiver && m_receiver->isRunning();
    m_startStop->setText(running ? tr("S&top") : tr("S&tart"));
    m_startStop->setEnabled(m_receiver);
    if (running) {
        QString text = tr("Listening on https://127.0.0.1:%1 · its certificate is trusted and "
                          "127.0.0.1 allowlisted for Sandbox only.")
                           .arg(m_receiver->port());
        if (m_receiver->portMoved())
            text += QLatin1Char(' ') + tr("(The usual port was taken; the demo endpoints "
                                          "moved along.)");
        m_state->setText(text);
    } else if (m_receiver && m_receiver->error() != SandboxReceiver::Error::None) {
        m_state->setText(tr("Not running: %1")
                             .arg(m_receiver->error() == SandboxReceiver::Error::Listen
                                      ? tr("no port on 127.0.0.1 could be opened.")
                                      : m_receiver->errorDetail()));
    } else {
        m_state->setText(tr("Stopped. Deliveries to it fail with a connection error."));
    }
}

void ReceiverWindow::applyBehaviour()
{
    if (!m_receiver)
        return;
    ReceiverBehaviour b = m_receiver->behaviour();
    b.statusCode = m_status->value();
    b.delayMs = m_delay->value();
    b.failureRate = m_failureRate->value() / 100.0;
    m_receiver->setBehaviour(b);
}

void ReceiverWindow::showRequest(const ReceivedRequest &request)
{
    m_model->append(request);
    if (!m_view->currentIndex().isValid())
        m_view->selectRow(m_model->rowCount() - 1);
    verify(request);
}

void ReceiverWindow::verify(const ReceivedRequest &request)
{
    const quint64 sequence = request.sequence;
    if (ReceivedSignature::scheme(request) != ReceivedSignature::Scheme::StandardWebhooks) {
        const StoreResult<QJsonObject> jwks =
            KeyManager(Environment::Sandbox, m_db, nullptr).jwks();
        m_model->setVerdict(sequence,
                            ReceivedSignature::verify(request, jwks ? *jwks : QJsonObject(), {}));
        return;
    }
    const QString webhookId = ReceivedSignature::webhookId(request);
    QString endpointId;
    const StoreResult<QList<Endpoint>> endpoints =
        EndpointRepository(m_db).list(Environment::Sandbox);
    for (const Endpoint &e : endpoints ? *endpoints : QList<Endpoint>()) {
        if (e.webhookId == webhookId)
            endpointId = e.id;
    }
    if (endpointId.isEmpty() || !m_endpointSecrets) {
        // No secret to check with: the verifier says the signature does not match any.
        m_model->setVerdict(sequence, ReceivedSignature::verify(request, {}, {}));
        return;
    }
    m_endpointSecrets->webhookSecrets(
        endpointId, [this, request, sequence](const EndpointSecrets::Result &r) {
            m_model->setVerdict(sequence, ReceivedSignature::verify(request, {}, r.values));
        });
}

void ReceiverWindow::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const ReceivedRequest &r = m_model->request(current.row());
    const std::optional<WebhookVerifier::Result> verdict = m_model->verdict(current.row());
    QString text;
    if (!verdict)
        text = tr("Signature: checking…");
    else if (verdict->ok())
        text = verdict->kid.isEmpty() ? tr("Signature: valid")
                                      : tr("Signature: valid (key %1)").arg(verdict->kid);
    else
        text =
            tr("Signature: %1").arg(SecurityText::verifierFailure(verdict->failure)) +
            (verdict->detail.isEmpty() ? QString()
                                       : QLatin1Char('\n') + tr("Detail: %1").arg(verdict->detail));
    text += QStringLiteral("\n\n%1 %2 %3\n")
                .arg(QString::fromLatin1(r.method), QString::fromUtf8(r.target),
                     QString::fromLatin1(r.httpVersion));
    for (const auto &[name, value] : r.headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) +
                QLatin1Char('\n');
    text += QLatin1Char('\n');
    const QJsonDocument json = QJsonDocument::fromJson(r.body);
    text += json.isNull() ? QString::fromUtf8(r.body)
                          : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    m_details->setPlainText(text);
}

QString ReceiverWindow::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace hookline::ui
