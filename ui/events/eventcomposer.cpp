#include "events/eventcomposer.h"

#include "common/displaytext.h"
#include "common/validationtext.h"
#include "domain/subscription.h"
#include "events/eventcatalog.h"
#include "events/eventpublisher.h"
#include "events/eventtext.h"
#include "events/samplegenerator.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
constexpr int kValidateDelayMs = 300;
constexpr int kPollMs = 1000;
constexpr int kMaxPolls = 120; // two minutes of live status; the log has the rest
constexpr int kLineRole = Qt::UserRole + 1;
} // namespace

EventComposer::EventComposer(Store db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    QWidget *left = buildPayloadSide();
    QWidget *right = buildTargetSide();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 440});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &EventComposer::pollDeliveries);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateDescription();
        generateSample(quint64(m_seed->value()));
    });
    updateDescription();
    generateSample(1);
}

QWidget *EventComposer::buildPayloadSide()
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("eventType"));
    m_type->setAccessibleName(tr("Event type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    EventCatalog catalog;
    catalog.loadCustomTypes(SettingsRepository(m_db));
    for (const QString &type : catalog.types()) {
        m_type->addItem(type, type);
        const QString description = EventText::description(type);
        m_type->setItemData(m_type->count() - 1, description, Qt::ToolTipRole);
    }
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("typeDescription"));
    m_description->setWordWrap(true);

    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed always generates the same sample"));
    auto *generate = new QPushButton(tr("&Generate sample"), this);
    generate->setObjectName(QStringLiteral("generateSample"));
    connect(generate, &QPushButton::clicked, this,
            [this] { generateSample(quint64(m_seed->value())); });

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(new QLabel(tr("Seed:"), this));
    typeRow->addWidget(m_seed);
    typeRow->addWidget(generate);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editor->setAccessibleName(tr("Event data (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("payloadProblems"));
    m_problems->setAccessibleName(tr("Problems in the event data"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 6);
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(kLineRole).toInt();
        if (line <= 0)
            return;
        QTextCursor cursor(m_editor->document()->findBlockByNumber(line - 1));
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
    });

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(kValidateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &EventComposer::validateNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_valid = false;
        updateFireEnabled();
        m_validateTimer.start();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(typeRow);
    leftLayout->addWidget(m_description);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(new QLabel(tr("Problems:"), left));
    leftLayout->addWidget(m_problems);
    return left;
}

QWidget *EventComposer::buildTargetSide()
{
    m_allTargets = new QRadioButton(tr("All subscribed endpoints"), this);
    m_allTargets->setObjectName(QStringLiteral("targetAll"));
    m_chosenTargets = new QRadioButton(tr("Chosen endpoints"), this);
    m_chosenTargets->setToolTip(
        tr("The event reaches exactly the endpoints you tick, whatever they subscribe to"));
    m_chosenTargets->setObjectName(QStringLiteral("targetChosen"));
    m_allTargets->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_allTargets);
    group->addButton(m_chosenTargets);
    m_targets = new QListWidget(this);
    m_targets->setObjectName(QStringLiteral("targetEndpoints"));
    m_targets->setAccessibleName(tr("Endpoints"));
    connect(m_allTargets, &QRadioButton::toggled, this, [this] { updateTargets(); });
    connect(m_targets, &QListWidget::itemChanged, this, [this] { updateFireEnabled(); });

    m_fire = new QAction(tr("&Fire event"), this);
    m_fire->setObjectName(QStringLiteral("fireEvent"));
    m_fire->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_fire->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_fire->setToolTip(tr("Fire the event (Ctrl+Return here, Ctrl+T anywhere)"));
    addAction(m_fire);
    connect(m_fire, &QAction::triggered, this, &EventComposer::fire);
    m_fireButton = new QPushButton(tr("&Fire event"), this);
    m_fireButton->setObjectName(QStringLiteral("fireButton"));
    m_fireButton->setToolTip(m_fire->toolTip());
    connect(m_fireButton, &QPushButton::clicked, m_fire, &QAction::trigger);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("fireResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines: the id alone is long, and a wrapped label in a splitter otherwise gets one.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 2 + 4);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_status = new QTableWidget(0, 4, this);
    m_status->setObjectName(QStringLiteral("deliveryStatus"));
    m_status->setHorizontalHeaderLabels(
        {tr("Endpoint"), tr("Status"), tr("Attempts"), tr("Last outcome")});
    m_status->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status->verticalHeader()->hide();
    m_status->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Send to:"), right));
    rightLayout->addWidget(m_allTargets);
    rightLayout->addWidget(m_chosenTargets);
    rightLayout->addWidget(m_targets, 1);
    rightLayout->addWidget(m_fireButton);
    rightLayout->addWidget(m_result);
    rightLayout->addWidget(m_status, 1);
    return right;
}

void EventComposer::setEnvironment(Environment environment)
{
    m_environment = environment;
    reloadEndpoints();
}

void EventComposer::reloadEndpoints()
{
    QStringList checked;
    for (int i = 0; i < m_targets->count(); ++i) {
        if (m_targets->item(i)->checkState() == Qt::Checked)
            checked << m_targets->item(i)->data(Qt::UserRole).toString();
    }
    const QSignalBlocker blocker(m_targets);
    m_targets->clear();
    const StoreResult<QList<Endpoint>> endpoints = EndpointRepository(m_db).list(m_environment);
    for (const Endpoint &e : endpoints ? *endpoints : QList<Endpoint>()) {
        if (e.state == EndpointState::Disabled)
            continue;
        auto *item = new QListWidgetItem(m_targets);
        item->setData(Qt::UserRole, e.id);
        item->setData(Qt::UserRole + 1, e.eventPatterns);
        item->setData(Qt::UserRole + 2, QString::fromUtf8(e.filterRules.toJsonText()));
        item->setData(Qt::UserRole + 3, e.name);
        item->setCheckState(checked.contains(e.id) ? Qt::Checked : Qt::Unchecked);
    }
    updateTargets();
}

void EventComposer::setType(const QString &type)
{
    m_type->setCurrentIndex(m_type->findData(type));
}

void EventComposer::generateSample(quint64 seed)
{
    const QString type = m_type->currentData().toString();
    const std::optional<QJsonObject> sample = SampleGenerator::generate(type, seed);
    {
        const QSignalBlocker blocker(m_seed);
        m_seed->setValue(int(seed));
    }
    m_editor->setPlainText(
        sample ? QString::fromUtf8(QJsonDocument(*sample).toJson(QJsonDocument::Indented))
               : QStringLiteral("{\n}\n"));
    validateNow();
}

void EventComposer::chooseEndpoints(const QStringList &ids)
{
    m_chosenTargets->setChecked(true);
    for (int i = 0; i < m_targets->count(); ++i) {
        QListWidgetItem *item = m_targets->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    updateFireEnabled();
}

void EventComposer::updateDescription()
{
    const QString type = m_type->currentData().toString();
    const QString description = EventText::description(type);
    m_description->setText(description.isEmpty() ? tr("A custom event type.") : description);
    updateTargets();
}

void EventComposer::updateTargets()
{
    const QString type = m_type->currentData().toString();
    const QJsonObject data = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
    const QSignalBlocker blocker(m_targets);
    int matching = 0;
    for (int i = 0; i < m_targets->count(); ++i) {
        QListWidgetItem *item = m_targets->item(i);
        const QString name = item->data(Qt::UserRole + 3).toString();
        const bool subscribed =
            Subscription::matchesAny(item->data(Qt::UserRole + 1).toStringList(), type);
        const FilterRules filter =
            FilterRules::parse(item->data(Qt::UserRole + 2).toString().toUtf8(), nullptr)
                .value_or(FilterRules{});
        const bool passes = filter.matches(data);
        if (subscribed && passes)
            ++matching;
        item->setText(!subscribed ? tr("%1 — not subscribed to this type").arg(name)
                      : !passes   ? tr("%1 — its filter rules skip this data").arg(name)
                                  : tr("%1 — subscribed").arg(name));
        item->setToolTip(item->text());
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_chosenTargets->isChecked())
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
    }
    m_allTargets->setText(tr("All subscribed endpoints (%n)", nullptr, matching));
    m_targets->setEnabled(m_chosenTargets->isChecked() || m_targets->count() > 0);
    updateFireEnabled();
}

void EventComposer::updateFireEnabled()
{
    bool anyChosen = false;
    for (int i = 0; i < m_targets->count(); ++i)
        anyChosen = anyChosen || m_targets->item(i)->checkState() == Qt::Checked;
    const bool enabled = m_valid && (m_allTargets->isChecked() || anyChosen);
    m_fire->setEnabled(enabled);
    m_fireButton->setEnabled(enabled);
}

void EventComposer::markLine(int line)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (line > 0) {
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(Qt::red);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(m_editor->document()->findBlockByNumber(line - 1));
        s.cursor.select(QTextCursor::LineUnderCursor);
        selections << s;
    }
    m_editor->setExtraSelections(selections);
}

void EventComposer::validateNow()
{
    m_validateTimer.stop();
    m_problems->clear();
    const QByteArray text = m_editor->toPlainText().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    int firstLine = 0;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = parseError.error != QJsonParseError::NoError
                             ? int(text.left(parseError.offset).count('\n')) + 1
                             : 1;
        auto *item = new QListWidgetItem(
            parseError.error != QJsonParseError::NoError
                ? tr("Line %1: not valid JSON (%2)").arg(line).arg(parseError.errorString())
                : tr("Line %1: the data must be a JSON object { … }").arg(line),
            m_problems);
        item->setData(kLineRole, line);
        firstLine = line;
    } else {
        EventPublisher::Request request;
        request.environment = m_environment;
        request.type = m_type->currentData().toString();
        request.payload = text;
        const EventPublisher::Result r = EventPublisher(m_db).check(request);
        for (const SchemaViolation &v : r.violations) {
            // The line of the field the path ends in, when the text names it.
            const QString key = v.path.section(QLatin1Char('/'), -1);
            int line = 0;
            if (!key.isEmpty()) {
                const qsizetype at =
                    m_editor->toPlainText().indexOf(QLatin1Char('"') + key + QLatin1String("\":"));
                if (at >= 0)
                    line = int(m_editor->toPlainText().left(at).count(QLatin1Char('\n'))) + 1;
            }
            const QString where = v.path.isEmpty() ? QStringLiteral("/") : v.path;
            auto *item = new QListWidgetItem(
                line > 0
                    ? tr("Line %1: %2 — %3").arg(line).arg(where, EventText::violation(v.reason))
                    : tr("%1 — %2").arg(where, EventText::violation(v.reason)),
                m_problems);
            item->setData(kLineRole, line);
            item->setData(Qt::UserRole + 2, v.path);
            if (!firstLine)
                firstLine = line;
        }
        if (r.code != EventPublisher::Code::Ok && r.violations.isEmpty())
            new QListWidgetItem(tr("This event type cannot be sent."), m_problems);
    }
    m_valid = m_problems->count() == 0;
    if (m_valid)
        new QListWidgetItem(tr("No problems: the data matches the type's schema."), m_problems);
    markLine(firstLine);
    updateTargets();
}

void EventComposer::fire()
{
    validateNow();
    if (!m_valid)
        return;
    EventPublisher::Request request;
    request.environment = m_environment;
    request.type = m_type->currentData().toString();
    request.payload = m_editor->toPlainText().toUtf8();
    request.source = EventSource::Console;
    if (m_chosenTargets->isChecked()) {
        for (int i = 0; i < m_targets->count(); ++i) {
            if (m_targets->item(i)->checkState() == Qt::Checked)
                request.endpointIds << m_targets->item(i)->data(Qt::UserRole).toString();
        }
    }
    const EventPublisher::Result r = EventPublisher(m_db).publish(request);
    if (!r.ok()) {
        m_result->setText(r.storeError ? ValidationText::storeError(*r.storeError)
                                       : tr("The event was not sent: an endpoint changed "
                                            "meanwhile. Check the list and fire again."));
        reloadEndpoints();
        return;
    }
    m_lastEventId = r.event.id;
    m_result->setText(
        r.deliveries.isEmpty()
            ? tr("Event %1 stored; no endpoint is subscribed to it.").arg(r.event.id)
            : tr("Event %1 fired to %n endpoint(s).", nullptr, int(r.deliveries.size()))
                  .arg(r.event.id));
    m_polls = 0;
    pollDeliveries();
    m_pollTimer.start();
    emit eventFired(r.event.id);
}

void EventComposer::pollDeliveries()
{
    const auto read = DeliveryRepository(m_db).forEvent(m_lastEventId);
    if (!read)
        return; // a busy store may answer at the next poll
    const QList<Delivery> &deliveries = *read;
    QHash<QString, QString> names;
    for (int i = 0; i < m_targets->count(); ++i)
        names.insert(m_targets->item(i)->data(Qt::UserRole).toString(),
                     m_targets->item(i)->data(Qt::UserRole + 3).toString());
    m_status->setRowCount(int(deliveries.size()));
    bool allFinal = true;
    for (int row = 0; row < deliveries.size(); ++row) {
        const Delivery &d = deliveries.at(row);
        allFinal = allFinal && isFinal(d.status);
        const QStringList cells{
            names.value(d.endpointId, d.endpointId), EventText::deliveryStatus(d.status),
            QString::number(d.attemptCount),
            d.lastOutcome ? DisplayText::result(*d.lastOutcome, d.lastHttpStatus) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = m_status->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_status->setItem(row, c, item);
            }
            item->setText(cells.at(c));
        }
    }
    if (allFinal || ++m_polls >= kMaxPolls)
        m_pollTimer.stop();
}

} // namespace hookline::ui
