#include "wizard/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Set by copy(), so that a later copy by anyone else is told apart from ours.
constexpr QLatin1StringView kOwnFormat("application/x-cvm-purchaser-secret");
} // namespace

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfStillOurs();
}

QMimeData *SecretClipboard::secretMimeData(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    // KDE's Klipper and other Linux clipboard managers skip entries with this hint.
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    // macOS: clipboard history tools honour the concealed type.
    data->setData(u"application/x-nspasteboard-concealed-type"_s, QByteArray());
    // Windows: clipboard history and cloud clipboard leave it out.
    data->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("\x01\x00\x00\x00"));
    data->setData(u"CanIncludeInClipboardHistory"_s, QByteArray(4, '\0'));
    data->setData(u"CanUploadToCloudClipboard"_s, QByteArray(4, '\0'));
    data->setData(kOwnFormat, QByteArrayLiteral("1"));
    return data;
}

void SecretClipboard::copy(const QString &secret)
{
    QGuiApplication::clipboard()->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    m_holding = true;
    m_timer->start(m_clearAfterMs);
}

void SecretClipboard::clearIfStillOurs()
{
    if (!m_holding)
        return;
    m_holding = false;
    m_timer->stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *data = clipboard->mimeData(QClipboard::Clipboard);
    if (data && data->hasFormat(kOwnFormat)) {
        clipboard->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
}
