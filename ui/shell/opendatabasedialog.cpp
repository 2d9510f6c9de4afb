#include "shell/opendatabasedialog.h"

#include "common/errorlabel.h"
#include "store/databaselocation.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline::ui {

OpenDatabaseDialog::OpenDatabaseDialog(const QString &current, const QStringList &recent,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openDatabaseDialog"));
    setWindowTitle(tr("Open database"));

    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("databaseLocation"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(48);
    m_location->addItems(recent);
    m_location->setAccessibleName(tr("Database"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setToolTip(tr("Choose an SQLite database file"));
    auto *field = new QHBoxLayout;
    field->addWidget(m_location, 1);
    field->addWidget(m_browse);

    auto *hint = new QLabel(
        tr("A file (SQLite) or a PostgreSQL server as "
           "<code>postgresql://user@host:5432/database?sslmode=verify-full</code>. A password "
           "never goes into the URI: it comes from ~/.pgpass or the keychain."),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("databaseHint"));

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("locationError"));

    m_passwordRow = new QWidget(this);
    m_password = new QLineEdit(m_passwordRow);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember in keychain"), m_passwordRow);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    auto *passwordForm = new QFormLayout(m_passwordRow);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("&Password:"), m_password);
    passwordForm->addRow(QString(), m_remember);
    m_passwordRow->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenDatabaseDialog::reject);

    auto *label = new QLabel(tr("&Database:"), this);
    label->setBuddy(m_location);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(field);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addWidget(m_passwordRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_location, &QComboBox::editTextChanged, this, [this] {
        // Another location: a password asked for the previous one does not apply.
        m_passwordRow->hide();
        m_password->clear();
        validate();
    });
    connect(m_browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    setLocation(current);
    setMinimumWidth(560);
}

QString OpenDatabaseDialog::location() const
{
    return m_location->currentText().trimmed();
}

void OpenDatabaseDialog::setLocation(const QString &location)
{
    m_location->setEditText(location);
    validate();
}

QString OpenDatabaseDialog::password() const
{
    return m_passwordRow->isHidden() ? QString() : m_password->text();
}

bool OpenDatabaseDialog::rememberPassword() const
{
    return !password().isEmpty() && m_remember->isChecked();
}

bool OpenDatabaseDialog::isPasswordShown() const
{
    return !m_passwordRow->isHidden();
}

QString OpenDatabaseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OpenDatabaseDialog::validate()
{
    m_valid.clear();
    if (location().isEmpty()) {
        m_error->clearError();
        m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
        return;
    }
    QString problem;
    const std::optional<DatabaseLocation> parsed = DatabaseLocation::parse(location(), &problem);
    if (parsed) {
        m_valid = parsed->text();
        m_error->clearError();
    } else {
        m_error->showError(tr("This is not a database location: %1").arg(problem));
    }
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(parsed.has_value());
}

void OpenDatabaseDialog::browse()
{
    // Not the static helper: it would run a nested event loop.
    auto *files = new QFileDialog(this, tr("Choose a database file"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::AnyFile);
    files->setNameFilters({tr("Hookline databases (*.db)"), tr("All files (*)")});
    QString error;
    const auto parsed = DatabaseLocation::parse(location(), &error);
    if (parsed && !parsed->isPostgres())
        files->setDirectory(QFileInfo(parsed->path()).absolutePath());
    connect(files, &QFileDialog::fileSelected, this,
            [this](const QString &file) { setLocation(QDir::toNativeSeparators(file)); });
    files->open();
}

void OpenDatabaseDialog::accept()
{
    validate();
    if (m_valid.isEmpty())
        return;
    setBusy(true);
    emit openRequested(m_valid);
}

void OpenDatabaseDialog::opened()
{
    setBusy(false);
    QDialog::accept();
}

void OpenDatabaseDialog::openFailed(const StoreError &error, bool askPassword)
{
    setBusy(false);
    if (error.code == StoreError::Code::TooNew)
        m_error->showError(tr("This database was written by a newer version of Hookline; "
                              "the current database stays open.\nDetails: %1")
                               .arg(error.message));
    else if (askPassword && !isPasswordShown())
        m_error->showError(tr("The server asks for a password."));
    else
        m_error->showError(tr("This database could not be opened; the current database stays "
                              "open.\nDetails: %1")
                               .arg(error.message));
    if (askPassword) {
        m_passwordRow->show();
        m_password->setFocus();
    }
}

void OpenDatabaseDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!busy);
    m_location->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    setCursor(busy ? Qt::WaitCursor : Qt::ArrowCursor);
}

} // namespace hookline::ui
