#include "charts/recommendationspanel.h"

#include "charts/recommendationtext.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline::ui {

RecommendationsPanel::RecommendationsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recommendationsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Recommendations"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_none = new QLabel(tr("No recommendations for this range: nothing stands out."), this);
    m_none->setObjectName(QStringLiteral("noRecommendations"));
    m_none->setWordWrap(true);
    layout->addWidget(m_none);
    m_list = new QVBoxLayout;
    m_list->setSpacing(6);
    layout->addLayout(m_list);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("moreRecommendations"));
    m_more->setFlat(true);
    m_more->hide();
    connect(m_more, &QPushButton::clicked, this, [this] { setExpanded(!m_expanded); });
    layout->addWidget(m_more, 0, Qt::AlignLeft);
}

void RecommendationsPanel::setExpanded(bool expanded)
{
    m_expanded = expanded;
    const qsizetype total = m_recommendations.size();
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setVisible(i < total && (expanded || i < kCollapsedCount));
    m_more->setVisible(total > kCollapsedCount);
    m_more->setText(expanded ? tr("Show fewer")
                             : tr("Show all %n recommendations", nullptr, int(total)));
}

void RecommendationsPanel::setRecommendations(const QList<Recommendation> &recommendations,
                                              const QHash<QString, QString> &names)
{
    m_recommendations = recommendations;
    m_none->setVisible(recommendations.isEmpty());
    // Rows are kept and refilled: creating widgets for each report made a range switch cost
    // hundreds of milliseconds.
    while (m_items.size() < recommendations.size()) {
        const qsizetype i = m_items.size();
        auto *item = new QFrame(this);
        item->setObjectName(QStringLiteral("recommendation_%1").arg(i));
        item->setFrameShape(QFrame::StyledPanel);
        auto *row = new QHBoxLayout(item);
        // Plain text in two labels: rich text with word wrap is laid out several times per
        // layout pass, which showed in the time of a range switch.
        auto *texts = new QVBoxLayout;
        texts->setSpacing(0);
        auto *title = new QLabel(item);
        title->setObjectName(QStringLiteral("recommendationTitle"));
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        auto *text = new QLabel(item);
        text->setObjectName(QStringLiteral("recommendationText"));
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        texts->addWidget(title);
        texts->addWidget(text);
        row->addLayout(texts, 1);
        auto *open = new QPushButton(tr("Open setting"), item);
        open->setObjectName(QStringLiteral("openSetting"));
        connect(open, &QPushButton::clicked, this, [this, i] {
            if (i < m_recommendations.size())
                emit openEndpointSettingRequested(m_recommendations.at(i).endpointId,
                                                  m_recommendations.at(i).setting);
        });
        row->addWidget(open, 0, Qt::AlignVCenter);
        m_list->addWidget(item);
        m_items << item;
    }
    for (qsizetype i = 0; i < recommendations.size(); ++i) {
        const Recommendation &r = recommendations.at(i);
        QWidget *item = m_items.at(i);
        auto *titleLabel = item->findChild<QLabel *>(QStringLiteral("recommendationTitle"));
        auto *text = item->findChild<QLabel *>(QStringLiteral("recommendationText"));
        auto *open = item->findChild<QPushButton *>(QStringLiteral("openSetting"));
        const QString name = names.value(r.endpointId, r.endpointId);
        const QString title = RecommendationText::title(r, name);
        const QString evidence = RecommendationText::evidence(r);
        titleLabel->setText(title);
        text->setText(evidence);
        text->setAccessibleName(title);
        text->setAccessibleDescription(evidence);
        const QString setting = RecommendationText::settingName(r.setting);
        open->setAccessibleName(tr("Open setting: %1 of %2").arg(setting, name));
        open->setToolTip(tr("Opens %1 of %2").arg(setting, name));
    }
    setExpanded(m_expanded);
}

} // namespace hookline::ui
