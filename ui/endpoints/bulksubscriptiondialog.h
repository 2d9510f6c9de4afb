#pragma once

#include "domain/endpoint.h"
#include "store/store.h"

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace hookline::ui {

class ErrorLabel;

// Adds and removes subscription patterns on several endpoints at once. The table previews every
// endpoint's patterns before and after; Apply writes all of them in one transaction or none.
class BulkSubscriptionDialog : public QDialog
{
    Q_OBJECT
public:
    BulkSubscriptionDialog(Store db, const QList<Endpoint> &endpoints, QWidget *parent = nullptr);

    QLineEdit *addEdit() const { return m_add; }
    QLineEdit *removeEdit() const { return m_remove; }
    QTableWidget *preview() const { return m_preview; }
    void accept() override;

private:
    void updatePreview();

    Store m_db;
    QStringList m_ids;
    QLineEdit *m_add = nullptr;
    QLineEdit *m_remove = nullptr;
    ErrorLabel *m_addError = nullptr;
    ErrorLabel *m_problem = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_debounce;
};

} // namespace hookline::ui
