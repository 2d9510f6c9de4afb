#pragma once

#include "domain/environment.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace hookline::ui {

// One section of the Settings page: a heading, a sentence saying what it is for, and its content.
// Sections that are per environment follow the console's environment switch.
class SettingsSection : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsSection(QWidget *parent = nullptr);

    virtual void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }
    // Reads what is stored again (another process may have changed it).
    virtual void reload() {}

protected:
    void setHeading(const QString &title, const QString &description);
    QVBoxLayout *content() const { return m_content; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QVBoxLayout *m_content = nullptr;
    Environment m_environment = Environment::Sandbox;
};

} // namespace hookline::ui
