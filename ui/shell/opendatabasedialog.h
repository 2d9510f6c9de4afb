#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace hookline {
struct StoreError;
}

namespace hookline::ui {

class ErrorLabel;

// File › Open database…: one field for an SQLite file (Browse…) or a postgresql:// URI, with the
// recently used ones in its list. What is typed is checked as it is typed (DatabaseLocation), and
// Open asks for the database through openRequested(); whoever opens it answers with opened() or
// openFailed(), so the dialog stays open, with the reason next to the field, when it cannot be
// opened. A server that wants a password gets a password field.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    OpenDatabaseDialog(const QString &current, const QStringList &recent,
                       QWidget *parent = nullptr);

    // What is in the field, trimmed.
    QString location() const;
    void setLocation(const QString &location);
    // Empty unless the password field is shown and filled.
    QString password() const;
    bool rememberPassword() const;
    bool isPasswordShown() const;
    // The inline error, empty when there is none.
    QString errorText() const;

    // The location was opened: the dialog closes.
    void opened();
    // It was not: the reason goes next to the field and the dialog stays open. With
    // `askPassword` the password field appears.
    void openFailed(const StoreError &error, bool askPassword);

    void accept() override;

signals:
    // Open was pressed on a valid location (DatabaseLocation::text(), never with a password).
    void openRequested(const QString &location);

private:
    void validate();
    void browse();
    void setBusy(bool busy);

    QComboBox *m_location = nullptr;
    QPushButton *m_browse = nullptr;
    ErrorLabel *m_error = nullptr;
    QWidget *m_passwordRow = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_valid; // the canonical text of what is typed; empty when it is not valid
};

} // namespace hookline::ui
