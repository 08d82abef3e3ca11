#include "LookupStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

LookupStatus::LookupStatus(QWidget *parent)
    : QWidget(parent), m_busy(new QProgressBar(this)), m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("Retry"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_busy->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retry"));
    layout->addWidget(m_busy);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // the field column's width, as ProblemLabel
    connect(m_retry, &QPushButton::clicked, this, &LookupStatus::retryRequested);
    showLoaded(QString());
}

void LookupStatus::showLoading(const QString &what)
{
    m_busy->show();
    m_retry->hide();
    m_text->setText(what);
}

void LookupStatus::showLoaded(const QString &where)
{
    m_busy->hide();
    m_retry->hide();
    m_text->setText(where);
}

void LookupStatus::showFailed(const QString &reason)
{
    m_busy->hide();
    m_retry->show();
    m_text->setText(reason);
}

QString LookupStatus::text() const
{
    return m_text->text();
}

bool LookupStatus::isFailed() const
{
    return !m_retry->isHidden();
}
