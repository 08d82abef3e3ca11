#pragma once

#include <QProxyStyle>

// The application's style, with two of its standard icons read when first
// painted or measured instead of when asked for. QMenuBar asks for its
// extension button's icon and QLineEdit for its clear button's while the
// first window is being built; reading either made Qt open every image
// format plugin before the window could show (issue 9). The extension
// button is only painted when the menus do not fit.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit DeferredIconStyle(const QString &baseStyleKey); // for example QApplication::style()->name()

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
