#include "wizard/LookupStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

LookupStatus::LookupStatus(QWidget *parent)
    : WrappedLine(parent), m_busy(new QProgressBar(this)), m_retry(new QPushButton(tr("Retry"), this))
{
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_busy->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    m_retry->setObjectName(QStringLiteral("retry"));
    row()->insertWidget(0, m_busy);
    row()->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &LookupStatus::retryRequested);
    showLoaded(QString());
}

void LookupStatus::setState(bool busy, bool retry, const QString &text)
{
    m_busy->setVisible(busy);
    m_retry->setVisible(retry);
    textLabel()->setText(text);
    retell();
}

void LookupStatus::showLoading(const QString &what)
{
    setState(true, false, what);
}

void LookupStatus::showLoaded(const QString &where)
{
    setState(false, false, where);
}

void LookupStatus::showFailed(const QString &reason)
{
    setState(false, true, reason);
}

QString LookupStatus::text() const
{
    return textLabel()->text();
}

bool LookupStatus::isLoading() const
{
    return !m_busy->isHidden();
}

bool LookupStatus::isFailed() const
{
    return !m_retry->isHidden();
}
