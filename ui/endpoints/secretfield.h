#pragma once

#include <QMessageBox>
#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hookline::ui {

// One endpoint secret in the detail pane: hidden until revealed after a confirmation, copied on
// request, rotated after a confirmation. The pane supplies the keychain calls and the words; this
// widget keeps the reveal/hide state so a secret never outlives the endpoint it belongs to.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    struct Answer
    {
        QString value;  // the secret to show; empty: nothing to show
        QString status; // shown under the buttons
        bool error = false;
    };
    using Reply = std::function<void(const Answer &)>;
    using Action = std::function<void(const QString &endpointId, Reply reply)>;

    struct Texts
    {
        QString label;
        QString accessibleName;
        QString revealTitle;
        QString revealQuestion; // %1: the endpoint's name
        QString revealInformation;
        QString rotateTitle;
        QString rotateQuestion; // %1: the endpoint's name
        QString rotateInformation;
    };

    // `key` names the children: "<key>Field", "reveal<Key>Button", "rotate<Key>Confirmation", …
    SecretField(const QString &key, const Texts &texts, QWidget *parent = nullptr);

    void setActions(Action reveal, Action rotate);
    // Without a secret store the buttons are off and `why` says so.
    void setAvailable(bool available, const QString &why = QString());
    // Another endpoint forgets what was shown; the same one keeps it.
    void setEndpoint(const QString &id, const QString &name);
    // Asks for confirmation, then reveals / rotates.
    void reveal();
    void rotate();
    // For texts that depend on the moment, e.g. the end of an overlap; call from
    // aboutToConfirmRotation().
    void setRotateInformation(const QString &text) { m_texts.rotateInformation = text; }

    // Under the buttons, until another endpoint is shown.
    void setStatus(const QString &text, bool error);

    QLineEdit *field() const { return m_field; }
    QLabel *status() const { return m_status; }

signals:
    // Right before the rotation's confirmation is shown.
    void aboutToConfirmRotation();
    void rotated();

private:
    // Asks before acting, without a nested event loop; `verb` names the box and its button.
    void confirm(QMessageBox::Icon icon, const QString &verb, const QString &title,
                 const QString &question, const QString &information, const QString &action,
                 QMessageBox::ButtonRole role, std::function<void()> onConfirmed);
    void show(const Answer &answer);
    void hide();
    void setBusy(bool busy);

    QString m_key;
    Texts m_texts;
    Action m_reveal;
    Action m_rotate;
    bool m_available = false;
    QString m_endpointId;
    QString m_endpointName;
    QLineEdit *m_field = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hookline::ui
