#pragma once

#include <QStyledItemDelegate>

namespace hookline::ui {

// Gives every row at least a set height: a tree view's rows are as tight as their text, a
// table's as tall as its header sections, and the pages should read alike.
class RowHeightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RowHeightDelegate(int minimumHeight, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_minimumHeight;
};

} // namespace hookline::ui
