#pragma once

#include <QLabel>

namespace hookline::ui {

// A problem shown under the field it concerns: word-wrapped, in the palette's error colour,
// hidden while there is nothing to say.
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    void showError(const QString &text);
    void clearError() { showError(QString()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
};

} // namespace hookline::ui
