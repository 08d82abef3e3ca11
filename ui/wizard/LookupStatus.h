#pragma once

#include "wizard/WrappedLine.h"

class QProgressBar;
class QPushButton;

// The three states of a list loaded from the API: loading (a busy bar and
// what is loading), loaded (where the list came from), failed (the reason in
// words and Retry). The page stays usable in every state.
class LookupStatus final : public WrappedLine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupStatus)

public:
    explicit LookupStatus(QWidget *parent = nullptr);

    void showLoading(const QString &what);
    void showLoaded(const QString &where);
    void showFailed(const QString &reason);
    QString text() const;
    bool isLoading() const;
    bool isFailed() const;

Q_SIGNALS:
    void retryRequested();

private:
    void setState(bool busy, bool retry, const QString &text);

    QProgressBar *m_busy;
    QPushButton *m_retry;
};
