#include "common/fielderrors.h"

#include "common/errorlabel.h"
#include "common/themecolors.h"
#include "common/validationtext.h"

#include <QVBoxLayout>

namespace hookline::ui {

FieldErrors::FieldErrors(QWidget *form)
    : QObject(form)
    , m_form(form)
{}

QWidget *FieldErrors::wrap(Field field, QWidget *input)
{
    auto *box = new QWidget(m_form);
    // Rows keep their natural height; spare room in a column goes below the last row.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *error = new ErrorLabel(box);
    error->setObjectName(QStringLiteral("error_") + EndpointValidator::fieldName(field));
    error->setAccessibleName(tr("%1: problem").arg(ValidationText::fieldLabel(field)));
    layout->addWidget(error);
    m_fields[field] = {input, error};
    return box;
}

void FieldErrors::setInput(Field field, QWidget *input)
{
    m_fields[field].input = input;
}

QWidget *FieldErrors::input(Field field) const
{
    const auto it = m_fields.find(field);
    return it == m_fields.end() ? nullptr : it->second.input;
}

void FieldErrors::show(Field field, const QString &text)
{
    const auto it = m_fields.find(field);
    if (it == m_fields.end() || !it->second.label)
        return;
    QWidget *input = it->second.input;
    it->second.label->showError(text);
    fitHeight(it->second.label);
    input->setAccessibleDescription(text);
    if (text.isEmpty()) {
        input->setStyleSheet(QString());
    } else {
        const QString color = ThemeColors::errorText(m_form->palette()).name();
        input->setStyleSheet(
            QStringLiteral("%1 { border: 1px solid %2; border-radius: 2px; "
                           "padding: 2px; }")
                .arg(QString::fromLatin1(input->metaObject()->className()), color));
    }
}

QStringList FieldErrors::showAll(const std::map<Field, QString> &texts)
{
    for (const auto &[field, entry] : m_fields) {
        const auto it = texts.find(field);
        show(field, it == texts.end() ? QString() : it->second);
    }
    QStringList orphans;
    for (const auto &[field, text] : texts) {
        if (!contains(field))
            orphans << text;
    }
    return orphans;
}

void FieldErrors::fitHeights()
{
    for (const auto &[field, entry] : m_fields) {
        if (entry.label && entry.label->isVisible())
            fitHeight(entry.label);
    }
}

void FieldErrors::fitHeight(ErrorLabel *label)
{
    // The label states the height its text needs at its current width; the form then grows to
    // fit.
    const int width = label->parentWidget()->width();
    label->setMinimumHeight(label->text().isEmpty() || width <= 0 ? 0
                                                                  : label->heightForWidth(width));
}

} // namespace hookline::ui
