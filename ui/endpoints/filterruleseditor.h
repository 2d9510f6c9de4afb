#pragma once

#include "domain/filterrules.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace hookline::ui {

// The filter rules of an endpoint as a table (field path, operator, value) with all/any. Values
// are typed as JSON where that parses (3, true, ["DE","AT"], "x") and taken as text otherwise, so
// `approved` and `"approved"` mean the same.
class FilterRulesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FilterRulesEditor(QWidget *parent = nullptr);

    FilterRules rules() const;
    void setRules(const FilterRules &rules);
    // Marks the rule a save-time error points at (-1: none).
    void markRule(int index);

    QTableWidget *table() const { return m_table; }
    QComboBox *modeCombo() const { return m_mode; }
    void addRule(const QString &path = {}, FilterRules::Op op = FilterRules::Op::Equals,
                 const QString &value = {});

signals:
    void changed();

private:
    QComboBox *opCombo(int row) const;

    QComboBox *m_mode = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace hookline::ui
