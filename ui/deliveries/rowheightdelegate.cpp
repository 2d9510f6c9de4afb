#include "deliveries/rowheightdelegate.h"

namespace hookline::ui {

RowHeightDelegate::RowHeightDelegate(int minimumHeight, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_minimumHeight(minimumHeight)
{}

QSize RowHeightDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), m_minimumHeight));
    return size;
}

} // namespace hookline::ui
