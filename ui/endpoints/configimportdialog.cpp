#include "endpoints/configimportdialog.h"

#include "common/consoleicon.h"
#include "common/displaytext.h"
#include "common/themecolors.h"
#include "common/validationtext.h"
#include "config/configapply.h"
#include "config/configtemplate.h"
#include "security/endpointsecrets.h"
#include "security/secretheaderchanges.h"
#include "security/secretstore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
enum StackPage
{
    HintPage,
    ErrorPage,
    DiffPage
};

using Kind = ConfigDiff::Kind;

QColor kindColor(Kind kind, const QPalette &palette)
{
    const bool dark = ThemeColors::isDark(palette);
    switch (kind) {
    case Kind::Create:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7b, 0x34);
    case Kind::Update:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x57, 0xb6);
    case Kind::Delete:
        return ThemeColors::errorText(palette);
    case Kind::Unchanged:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}
} // namespace

ConfigImportDialog::ConfigImportDialog(Store db, Environment shownEnvironment, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_shownEnvironment(shownEnvironment)
{
    setObjectName(QStringLiteral("configImportDialog"));
    setWindowTitle(tr("Import configuration"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("templateFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No template chosen"));
    m_file->setAccessibleName(tr("Template file"));
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseTemplateButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Template:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->hide();

    buildPages();

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("applyTemplateButton"));
    m_apply->setEnabled(false);
    // Wide enough for either label, so switching to the delete variant never clips it.
    const QFontMetrics metrics = m_apply->fontMetrics();
    m_apply->setMinimumWidth(m_apply->sizeHint().width() +
                             metrics.horizontalAdvance(tr("&Apply and delete…")) -
                             metrics.horizontalAdvance(m_apply->text()));
    m_apply->setToolTip(tr("Make every change shown, in one transaction: all or nothing"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ConfigImportDialog::chooseFile);
    connect(m_apply, &QPushButton::clicked, this, &ConfigImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(880, 560);
}

void ConfigImportDialog::buildPages()
{
    m_hint = new QLabel(tr("Choose a configuration template (JSON). You will see what it would "
                           "create, update and delete before anything is changed."),
                        this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    // A wrapping label, not a table: the messages say what to do and must be read in full (an
    // item view elides them), and people copy the paths into their editor.
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("importErrors"));
    m_errorLabel->setAccessibleName(tr("Problems in the template"));
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setMargin(6);
    m_errorView = new QScrollArea(this);
    m_errorView->setWidgetResizable(true);
    m_errorView->setWidget(m_errorLabel);

    m_diffTree = new QTreeWidget(this);
    m_diffTree->setObjectName(QStringLiteral("importDiff"));
    m_diffTree->setAccessibleName(tr("Changes the template makes"));
    m_diffTree->setColumnCount(4);
    m_diffTree->setHeaderLabels(
        {tr("Endpoint / setting"), tr("Change"), tr("Now"), tr("After import")});
    // Lists (events, headers) wrap at their commas; URLs, which cannot, lose their middle.
    m_diffTree->setWordWrap(true);
    m_diffTree->setTextElideMode(Qt::ElideMiddle);
    m_diffTree->setAlternatingRowColors(true);
    m_diffTree->header()->setStretchLastSection(true);
    m_diffTree->header()->resizeSection(NameColumn, 220);
    m_diffTree->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    m_diffTree->header()->resizeSection(CurrentColumn, 230);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_errorView);
    m_stack->addWidget(m_diffTree);
}

void ConfigImportDialog::setSecretStore(SecretStore *store)
{
    m_store = store;
    delete m_secrets;
    // A child: its pending callbacks end with the dialog.
    m_secrets = store ? new EndpointSecrets(store, Clock::system(), this) : nullptr;
}

void ConfigImportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import configuration"));
    dialog->setObjectName(QStringLiteral("templateFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Configuration templates (*.json)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ConfigImportDialog::loadFile);
    dialog->open();
}

void ConfigImportDialog::loadFile(const QString &path)
{
    QFile f(path);
    m_file->setText(QDir::toNativeSeparators(path));
    if (!f.open(QIODevice::ReadOnly)) {
        m_json.clear();
        m_diff.reset();
        m_result->hide();
        m_summary->setText(tr("The file cannot be read: %1").arg(f.errorString()));
        m_notes->hide();
        m_apply->setEnabled(false);
        m_stack->setCurrentIndex(HintPage);
        return;
    }
    loadTemplate(f.readAll(), QDir::toNativeSeparators(path));
}

void ConfigImportDialog::loadTemplate(const QByteArray &json, const QString &sourceName)
{
    m_file->setText(sourceName);
    m_json = json;
    m_result->hide();
    m_result->setPalette(palette());
    preview();
}

void ConfigImportDialog::preview()
{
    m_diff.reset();
    QList<ConfigError> errors;
    const ConfigTemplate configTemplate = ConfigTemplate::parse(m_json, &errors);
    if (!errors.isEmpty()) {
        showErrors(errors, tr("This template cannot be imported — fix the problems below in the "
                              "file and choose it again. Nothing was changed."));
        return;
    }
    ConfigDiff diff = ConfigDiff::compute(m_db, configTemplate);
    if (!diff.ok()) {
        showErrors(diff.errors(), tr("This template cannot be imported — fix the problems below "
                                     "in the file and choose it again. Nothing was changed."));
        return;
    }
    m_diff = std::move(diff);
    showDiff();
}

void ConfigImportDialog::showErrors(const QList<ConfigError> &errors, const QString &heading)
{
    m_summary->setText(heading);
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_summary->setPalette(p);
    m_notes->hide();
    m_shownErrors.clear();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const QString color = ThemeColors::errorText(palette()).name();
    for (const ConfigError &e : errors) {
        const QString where = e.path.isEmpty() ? tr("whole file") : e.path;
        const QString what = errorText(e);
        m_shownErrors << qMakePair(where, what);
        html += QStringLiteral("<tr><td style=\"color:%1; white-space:nowrap\"><b>%2</b></td>"
                               "<td>%3</td></tr>")
                    .arg(color, where.toHtmlEscaped(), what.toHtmlEscaped());
    }
    m_errorLabel->setText(html + QStringLiteral("</table>"));
    m_stack->setCurrentIndex(ErrorPage);
    m_apply->setText(tr("&Apply"));
    m_apply->setEnabled(false);
}

void ConfigImportDialog::showDiff()
{
    const ConfigDiff &diff = *m_diff;
    m_summary->setPalette(palette());
    const int creates = diff.count(Kind::Create);
    const int updates = diff.count(Kind::Update);
    const int deletes = diff.count(Kind::Delete);
    const int unchanged = diff.count(Kind::Unchanged);
    m_summary->setText(tr("%1: %2 to create · %3 to update · %4 to delete · %5 unchanged")
                           .arg(DisplayText::environment(diff.environment()))
                           .arg(creates)
                           .arg(updates)
                           .arg(deletes)
                           .arg(unchanged));

    QStringList notes;
    const QString error = ThemeColors::errorText(palette()).name();
    if (diff.environment() != m_shownEnvironment)
        notes << QStringLiteral("<b>%1</b>")
                     .arg(tr("This template is for %1, not for %2 shown now: applying it changes "
                             "the endpoints of %1.")
                              .arg(DisplayText::environment(diff.environment()),
                                   DisplayText::environment(m_shownEnvironment))
                              .toHtmlEscaped());
    if (deletes > 0) {
        QStringList names;
        for (const ConfigDiff::Item &item : diff.items())
            if (item.kind == Kind::Delete)
                names << item.name;
        notes << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                     .arg(error, tr("The template says \"prune\": true — endpoints not in it will "
                                    "be DELETED with their deliveries: %1")
                                     .arg(names.join(QStringLiteral(", ")))
                                     .toHtmlEscaped());
    }
    if (!diff.keptNames().isEmpty())
        notes << tr("Not in the template, so they stay as they are: %1 (a template with "
                    "\"prune\": true would delete them).")
                     .arg(diff.keptNames().join(QStringLiteral(", ")))
                     .toHtmlEscaped();
    if (!diff.hasChanges())
        notes << tr("The template matches the stored configuration — there is nothing to apply.")
                     .toHtmlEscaped();
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_notes->setVisible(!notes.isEmpty());

    m_diffTree->clear();
    const auto builtIn = ConfigTemplate::fieldValues(Endpoint{});
    for (const ConfigDiff::Item &item : diff.items()) {
        auto *top = new QTreeWidgetItem(m_diffTree);
        top->setText(NameColumn, item.name);
        top->setData(NameColumn, Qt::UserRole, int(item.kind));
        const QColor color = kindColor(item.kind, palette());
        QString kindText;
        switch (item.kind) {
        case Kind::Create:
            kindText = tr("Create");
            top->setIcon(NameColumn, consoleIcon("add"));
            break;
        case Kind::Update:
            kindText = tr("Update");
            top->setIcon(NameColumn, consoleIcon("edit"));
            break;
        case Kind::Delete:
            kindText = tr("Delete");
            top->setIcon(NameColumn, consoleIcon("delete"));
            break;
        case Kind::Unchanged:
            kindText = tr("Unchanged");
            break;
        }
        top->setText(ChangeColumn, kindText);
        top->setForeground(ChangeColumn, color);
        QFont f = top->font(NameColumn);
        f.setBold(item.kind != Kind::Unchanged);
        top->setFont(NameColumn, f);
        top->setFont(ChangeColumn, f);
        if (item.kind == Kind::Delete) {
            top->setForeground(NameColumn, color);
        }
        if (!item.endpointId.isEmpty())
            top->setToolTip(NameColumn, item.endpointId);

        for (qsizetype i = 0; i < item.changes.size(); ++i) {
            const ConfigDiff::FieldChange &c = item.changes.at(i);
            // A new endpoint lists what the template sets; the built-in rest would only be noise.
            if (item.kind == Kind::Create && c.field != QLatin1String("url") &&
                i < builtIn.size() && builtIn.at(i).second == c.after)
                continue;
            auto *child = new QTreeWidgetItem(top);
            child->setText(NameColumn, fieldLabel(c.field));
            child->setToolTip(NameColumn, c.field);
            const auto text = [](const QJsonValue &v) -> QString {
                if (v.isNull() || v.isUndefined())
                    return QStringLiteral("—");
                if (v.isString())
                    return v.toString().isEmpty() ? QStringLiteral("—") : v.toString();
                if (v.isDouble())
                    return QLocale().toString(v.toDouble());
                if (v.isArray()) {
                    QStringList parts;
                    for (const QJsonValue &e : v.toArray()) {
                        if (e.isObject())
                            parts << e.toObject().value(QStringLiteral("name")).toString() +
                                         QStringLiteral(": ") +
                                         e.toObject().value(QStringLiteral("value")).toString();
                        else if (e.isString())
                            parts << e.toString();
                        else
                            parts << QLocale().toString(e.toDouble());
                    }
                    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
                }
                return v.toVariant().toString();
            };
            if (item.kind != Kind::Create)
                child->setText(CurrentColumn, text(c.before));
            if (item.kind != Kind::Delete)
                child->setText(NewColumn, text(c.after));
            child->setToolTip(CurrentColumn, child->text(CurrentColumn));
            child->setToolTip(NewColumn, child->text(NewColumn));
            if (item.kind == Kind::Update)
                child->setForeground(NewColumn, color);
        }
        if (item.kind == Kind::Delete && !item.changes.isEmpty())
            top->setText(CurrentColumn, item.target.url.toDisplayString());
        top->setToolTip(CurrentColumn, top->text(CurrentColumn));
        top->setExpanded(item.kind == Kind::Update || item.kind == Kind::Create);
    }
    m_stack->setCurrentIndex(DiffPage);
    m_apply->setEnabled(diff.hasChanges());
    m_apply->setText(deletes > 0 ? tr("&Apply and delete…") : tr("&Apply"));
}

void ConfigImportDialog::apply()
{
    if (!m_diff || !m_diff->hasChanges())
        return;
    QStringList deletedNames;
    for (const ConfigDiff::Item &item : m_diff->items())
        if (item.kind == Kind::Delete)
            deletedNames << item.name;
    if (deletedNames.isEmpty()) {
        applyNow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete endpoints"),
                                tr("Applying this template deletes these endpoints in %1: %2")
                                    .arg(DisplayText::environment(m_diff->environment()),
                                         deletedNames.join(QStringLiteral(", "))),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmTemplateDeletes"));
    box->setInformativeText(tr("Their deliveries and attempts are deleted with them. This cannot "
                               "be undone."));
    QPushButton *confirm = box->addButton(tr("Delete and apply"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmTemplateDeletesButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() == confirm)
            applyNow();
    });
    box->open();
}

void ConfigImportDialog::applyNow()
{
    const ConfigApply::Result result = ConfigApply::apply(m_db, *m_diff);
    if (!result.ok()) {
        showErrors(result.errors, tr("The template was not applied — nothing was changed."));
        if (std::any_of(result.errors.begin(), result.errors.end(),
                        [](const ConfigError &e) { return e.code == ConfigError::Code::Stale; })) {
            // Show what the template would do now, so the user can apply that instead.
            preview();
            m_result->setText(tr("The endpoints changed since the preview, so nothing was "
                                 "applied. Check the updated preview and apply again."));
            m_result->show();
        }
        return;
    }
    emit applied();
    preview();
    m_result->setText(tr("Applied in one transaction: %1 created, %2 updated, %3 deleted.")
                          .arg(result.created)
                          .arg(result.updated)
                          .arg(result.deleted));
    m_result->setPalette(palette());
    m_result->show();
    storeSecretHeaders(result.saved, result.before);
}

void ConfigImportDialog::storeSecretHeaders(const QList<Endpoint> &saved,
                                            const QList<Endpoint> &before)
{
    const QList<SecretHeaderChanges> changes = SecretHeaderChanges::between(saved, before);
    if (changes.isEmpty())
        return;
    QHash<QString, QString> names;
    for (const Endpoint &e : saved)
        names.insert(e.id, e.name);
    if (!m_secrets || !m_store) {
        for (const SecretHeaderChanges &c : changes)
            showSecretFailure(names.value(c.endpointId), c,
                              tr("the keychain is not available here"));
        return;
    }
    m_secrets->storeHeaderChanges(changes, [this, names](const EndpointSecrets::Result &r,
                                                         const SecretHeaderChanges &failed) {
        if (!r.ok())
            showSecretFailure(names.value(failed.endpointId), failed,
                              r.detail.isEmpty() ? tr("the keychain is not available here")
                                                 : r.detail);
        // What was stored before a failure counts too: the engine reads it again.
        emit secretsStored();
    });
}

void ConfigImportDialog::showSecretFailure(const QString &endpointName,
                                           const SecretHeaderChanges &failed, const QString &why)
{
    // The endpoint is saved; say which value is missing and where to enter it, never the value.
    QString message;
    if (failed.writes.isEmpty()) {
        message = tr("The keychain did not remove the values of the secret headers %1 that %2 "
                     "no longer has: %3.")
                      .arg(failed.removals.join(QStringLiteral(", ")), endpointName, why);
    } else {
        QStringList headers;
        for (const HttpHeader &h : failed.writes)
            headers << h.name;
        message = tr("%1 is saved, but the keychain did not take the value of %2 (%3), so its "
                     "deliveries wait. Enter the value in the endpoint's form.")
                      .arg(endpointName, headers.join(QStringLiteral(", ")), why);
    }
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_result->setPalette(p);
    m_result->setText(m_result->text() + QLatin1Char('\n') + message);
    m_result->show();
}

QString ConfigImportDialog::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("url"), QT_TR_NOOP("URL")},
        {QStringLiteral("method"), QT_TR_NOOP("Method")},
        {QStringLiteral("events"), QT_TR_NOOP("Events")},
        {QStringLiteral("headers"), QT_TR_NOOP("Custom headers")},
        {QStringLiteral("auth_header"), QT_TR_NOOP("Auth header")},
        {QStringLiteral("scheme"), QT_TR_NOOP("Signing scheme")},
        {QStringLiteral("timeout_s"), QT_TR_NOOP("Timeout (s)")},
        {QStringLiteral("retry.max_retries"), QT_TR_NOOP("Max retries")},
        {QStringLiteral("retry.intervals_s"), QT_TR_NOOP("Retry intervals (s)")},
        {QStringLiteral("retry.jitter_percent"), QT_TR_NOOP("Jitter (%)")},
        {QStringLiteral("auto_pause.consecutive_failures"),
         QT_TR_NOOP("Auto-pause: consecutive failures")},
        {QStringLiteral("auto_pause.timeout_percent"), QT_TR_NOOP("Auto-pause: timeouts (%)")},
        {QStringLiteral("max_in_flight"), QT_TR_NOOP("Max in flight")},
        {QStringLiteral("rate_limit"), QT_TR_NOOP("Rate limit (/s)")},
        {QStringLiteral("failover_url"), QT_TR_NOOP("Failover URL")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString ConfigImportDialog::errorText(const ConfigError &e)
{
    using Code = ConfigError::Code;
    switch (e.code) {
    case Code::InvalidJson:
        return tr("This is not valid JSON: %1.").arg(e.detail);
    case Code::NotAnObject:
        return tr("A template is a JSON object with \"version\", \"environment\" and "
                  "\"endpoints\".");
    case Code::UnsupportedVersion:
        return tr("Version %1 is not supported — this Hookline reads version 1.").arg(e.detail);
    case Code::Required:
        return tr("This is required — add it.");
    case Code::UnknownField:
        return tr("“%1” is not a template setting — check the spelling; the names are those of an "
                  "exported configuration.")
            .arg(e.detail);
    case Code::WrongType:
        return tr("This must be of JSON type %1.").arg(e.detail);
    case Code::InvalidValue:
        if (e.path == QLatin1String("environment"))
            return tr("“%1” is not an environment — use live or sandbox.").arg(e.detail);
        if (e.path.endsWith(QLatin1String(".method")))
            return tr("“%1” is not a method — use POST, PUT or PATCH.").arg(e.detail);
        if (e.path.endsWith(QLatin1String(".scheme")))
            return tr("“%1” is not a signing scheme — use jwt or standard.").arg(e.detail);
        return tr("“%1” is not a valid value.").arg(e.detail);
    case Code::SecretNotAllowed:
        return tr("Secrets are never read from a template — remove “%1”. Set tokens in the "
                  "endpoint's form; they stay in the keychain.")
            .arg(e.detail);
    case Code::DuplicateName:
        return tr("“%1” is already used by an earlier endpoint of the template — names must be "
                  "unique.")
            .arg(e.detail);
    case Code::AmbiguousName:
        return tr("Several stored endpoints are named “%1” — rename all but one, then import "
                  "again.")
            .arg(e.detail);
    case Code::Invalid:
        return e.validation ? ValidationText::message(*e.validation) : e.detail;
    case Code::Stale:
        return tr("The endpoints changed since the preview — nothing was applied.");
    case Code::Store:
        return tr("The database refused the change, so nothing was changed. Details: %1")
            .arg(e.detail);
    case Code::SecretHeaderMissing:
        return tr("The secret header “%1” has no stored value to keep — write its value into the "
                  "template, or set it in the endpoint's form after the import.")
            .arg(e.detail);
    }
    return e.detail;
}

} // namespace hookline::ui
