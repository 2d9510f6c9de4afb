#pragma once

#include "analytics/analyticsreport.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace hookline::ui {

// The recommendations for the range, each in words with its evidence and a button that opens the
// setting it concerns.
class RecommendationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationsPanel(QWidget *parent = nullptr);

    // `names`: endpoint id → name, for the sentences.
    void setRecommendations(const QList<Recommendation> &recommendations,
                            const QHash<QString, QString> &names);
    int count() const { return int(m_recommendations.size()); }
    // How many are shown before "Show all": the endpoints table below stays within reach.
    static constexpr int kCollapsedCount = 3;
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);

signals:
    void openEndpointSettingRequested(const QString &endpointId,
                                      hookline::Recommendation::Setting setting);

private:
    QList<Recommendation> m_recommendations;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_none = nullptr;
    QList<QWidget *> m_items;
    QPushButton *m_more = nullptr;
    bool m_expanded = false;
};

} // namespace hookline::ui
