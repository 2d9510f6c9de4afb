#pragma once

#include "domain/endpointvalidator.h"

#include <QObject>
#include <QStringList>
#include <map>

class QWidget;

namespace hookline::ui {

class ErrorLabel;

// The "problem under its field" part of a form: each validator field gets an ErrorLabel directly
// under its input, the input is framed in the error colour and describes the problem to screen
// readers. Forms map EndpointValidator errors to their fields through this one place.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    using Field = EndpointValidator::Field;

    explicit FieldErrors(QWidget *form);

    // `input` with the field's error label under it, as one box for a form row.
    QWidget *wrap(Field field, QWidget *input);
    // The widget framed and focused for `field` when it is not the wrapped one (a box of inputs).
    void setInput(Field field, QWidget *input);

    bool contains(Field field) const { return m_fields.count(field) > 0; }
    QWidget *input(Field field) const;
    void show(Field field, const QString &text);
    // Shows `texts` (a field without an entry is cleared) and returns the texts of fields this
    // form has no row for: they still have to reach the user.
    QStringList showAll(const std::map<Field, QString> &texts);
    // Form layouts do not grow a row for a word-wrapped label's height-for-width: call after the
    // form's width changed.
    void fitHeights();

private:
    struct Entry
    {
        QWidget *input = nullptr;
        ErrorLabel *label = nullptr;
    };
    static void fitHeight(ErrorLabel *label);

    QWidget *m_form;
    std::map<Field, Entry> m_fields;
};

} // namespace hookline::ui
