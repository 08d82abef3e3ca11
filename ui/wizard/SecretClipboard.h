#pragma once

#include <QObject>
#include <QString>

class QMimeData;
class QTimer;

// The one way a secret reaches the clipboard: a password the program generated, copied by a deliberate
// click. As KeePassXC does, the copy is marked as a secret for clipboard managers and history tools
// (x-kde-passwordManagerHint on Linux, the concealed type on macOS, the exclusion formats on Windows),
// and cleared after a while, or when this object goes, unless something else was copied meanwhile.
class SecretClipboard final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClearAfterMs = 30'000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &secret);
    void setClearAfter(int milliseconds) { m_clearAfterMs = milliseconds; }
    int clearAfterMs() const { return m_clearAfterMs; }

    // The data copy() puts on the clipboard, for the platform's clipboard and for tests.
    static QMimeData *secretMimeData(const QString &secret);

Q_SIGNALS:
    void cleared();

private:
    void clearIfStillOurs();

    QTimer *m_timer;
    int m_clearAfterMs = kDefaultClearAfterMs;
    bool m_holding = false;
};
