#pragma once

#include "store/storeresult.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>
#include <functional>
#include <optional>

namespace hookline::ui {

// Rows read page by page by keyset, newest first: each page starts after the last row read, so a
// log of millions never loads at once and a page costs the same at any depth.
template<typename Row> struct KeysetRows
{
    QList<Row> rows;
    bool atEnd = false; // the last page read was short: nothing older to read
};

// What every keyset-paged model shares, over its Qt model class: reads that record their failure,
// appending the next page of a list under a parent index, and the guard that keeps a view from
// asking for more while a change is announced. A table has one list (KeysetTableModel below), the
// dead-letter tree one per group.
template<typename Row, typename QtModel> class KeysetModel : public QtModel
{
public:
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

protected:
    // Reads the page after `after` (nullptr: the first page), at most `limit` rows.
    using PageReader = std::function<StoreResult<QList<Row>>(const Row *after, int limit)>;

    explicit KeysetModel(int pageSize, QObject *parent)
        : QtModel(parent)
        , m_pageSize(qMax(1, pageSize))
    {}

    // Each model says a failed read its own way (a signal, a kept error, a log line).
    virtual void reportReadFailure(const StoreError &error) = 0;
    virtual void reportReadSuccess() {}

    // What was read, or nullopt after reporting the error. After a failure, paging waits for the
    // next successful read (a reload or refresh), not the next scroll.
    template<typename T> std::optional<T> checked(StoreResult<T> read)
    {
        m_pagingStopped = !read;
        if (!read) {
            reportReadFailure(read.error());
            return std::nullopt;
        }
        reportReadSuccess();
        return std::move(read).value();
    }

    bool canPage(const KeysetRows<Row> &list) const
    {
        return !m_announcing && !m_pagingStopped && !list.atEnd;
    }

    // Appends the page after the last row of `list`, whose rows sit under `parent`.
    void appendNextPage(const QModelIndex &parent, KeysetRows<Row> &list, const PageReader &read)
    {
        if (!canPage(list))
            return;
        const auto guard = announce();
        const std::optional<QList<Row>> page =
            checked(read(list.rows.isEmpty() ? nullptr : &list.rows.constLast(), m_pageSize));
        if (!page)
            return;
        list.atEnd = page->size() < m_pageSize;
        if (page->isEmpty())
            return;
        const int first = int(list.rows.size());
        this->beginInsertRows(parent, first, first + int(page->size()) - 1);
        list.rows.append(*page);
        this->endInsertRows();
    }

    // Held while the model announces a change: views (and QAbstractItemModelTester) asking for
    // more from inside that signal are told there is nothing now and ask again from the event
    // loop, so changes never nest and no page is read twice.
    [[nodiscard]] QScopedValueRollback<bool> announce()
    {
        return QScopedValueRollback<bool>(m_announcing, true);
    }
    bool announcing() const { return m_announcing; }

private:
    int m_pageSize;
    bool m_announcing = false;
    bool m_pagingStopped = false;
};

// A flat table paged by keyset: the model keeps only its columns and its query (fetchPage).
// reload() starts again from the first page; refreshing from an empty table inserts the first
// page without a reset, so a live log keeps its selection once rows exist.
template<typename Row> class KeysetTableModel : public KeysetModel<Row, QAbstractTableModel>
{
    using Base = KeysetModel<Row, QAbstractTableModel>;

public:
    // Reset to the first page. A failed read shows no rows: they belonged to another filter.
    void reload()
    {
        const auto guard = this->announce();
        std::optional<QList<Row>> page = readFirstPage();
        this->beginResetModel();
        m_list.rows = std::move(page).value_or(QList<Row>());
        m_list.atEnd = m_list.rows.size() < this->pageSize();
        this->endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_list.rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && this->canPage(m_list);
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!parent.isValid())
            this->appendNextPage(parent, m_list, [this](const Row *after, int limit) {
                return fetchPage(after, limit);
            });
    }

protected:
    explicit KeysetTableModel(int pageSize, QObject *parent)
        : Base(pageSize, parent)
    {
        m_list.atEnd = true; // nothing to page through before the first reload
    }

    // The model's query: the page after `after` (nullptr: the first page), newest first.
    virtual StoreResult<QList<Row>> fetchPage(const Row *after, int limit) const = 0;

    const QList<Row> &rows() const { return m_list.rows; }
    // For a refresh that edits rows in place; it announces its own inserts and removals.
    QList<Row> &mutableRows() { return m_list.rows; }

    std::optional<QList<Row>> readFirstPage() { return readAfter(nullptr); }
    std::optional<QList<Row>> readAfter(const Row *after)
    {
        return this->checked(fetchPage(after, this->pageSize()));
    }

    // Refresh of an empty table: the first page, inserted; returns how many rows arrived. A failed
    // read keeps the table as it is (the next refresh tries again).
    int insertFirstPage()
    {
        const std::optional<QList<Row>> page = readFirstPage();
        if (!page || page->isEmpty())
            return 0;
        const auto guard = this->announce();
        this->beginInsertRows({}, 0, int(page->size()) - 1);
        m_list.rows = *page;
        m_list.atEnd = page->size() < this->pageSize();
        this->endInsertRows();
        return int(page->size());
    }

    // Rows newer than the first one, put in front without touching the rest.
    void prependRows(const QList<Row> &fresh)
    {
        if (fresh.isEmpty())
            return;
        const auto guard = this->announce();
        this->beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_list.rows = fresh + m_list.rows;
        this->endInsertRows();
    }

private:
    KeysetRows<Row> m_list;
};

} // namespace hookline::ui
