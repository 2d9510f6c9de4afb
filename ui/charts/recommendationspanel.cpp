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
}

void RecommendationsPanel::setRecommendations(const QList<Recommendation> &recommendations,
                                              const QHash<QString, QString> &names)
{
    m_recommendations = recommendations;
    qDeleteAll(m_items);
    m_items.clear();
    m_none->setVisible(recommendations.isEmpty());
    for (qsizetype i = 0; i < recommendations.size(); ++i) {
        const Recommendation &r = recommendations.at(i);
        auto *item = new QFrame(this);
        item->setObjectName(QStringLiteral("recommendation_%1").arg(i));
        item->setFrameShape(QFrame::StyledPanel);
        auto *row = new QHBoxLayout(item);
        auto *text = new QLabel(item);
        text->setObjectName(QStringLiteral("recommendationText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        const QString name = names.value(r.endpointId, r.endpointId);
        const QString title = RecommendationText::title(r, name);
        const QString evidence = RecommendationText::evidence(r);
        text->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), evidence.toHtmlEscaped()));
        text->setAccessibleName(title);
        text->setAccessibleDescription(evidence);
        row->addWidget(text, 1);
        auto *open = new QPushButton(tr("Open setting"), item);
        open->setObjectName(QStringLiteral("openSetting"));
        open->setAccessibleName(
            tr("Open setting: %1 of %2").arg(RecommendationText::settingName(r.setting), name));
        open->setToolTip(
            tr("Opens %1 of %2").arg(RecommendationText::settingName(r.setting), name));
        connect(open, &QPushButton::clicked, this,
                [this, r] { emit openEndpointSettingRequested(r.endpointId, r.setting); });
        row->addWidget(open, 0, Qt::AlignVCenter);
        m_list->addWidget(item);
        m_items << item;
    }
}

} // namespace hookline::ui
