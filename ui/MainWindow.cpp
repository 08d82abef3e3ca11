#include "MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

MainWindow::MainWindow(QNetworkAccessManager *network, const ConnectionPanel::Setup &setup, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(setup.sandboxAccount.isComplete() ? tr("CVM Purchaser — Sandbox") : tr("CVM Purchaser"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (setup.sandboxAccount.isComplete()) {
        auto *banner = new QLabel(tr("Sandbox: nothing is bought. Requests go to the simulated cloud built into "
                                     "this application."),
                                  central);
        banner->setObjectName(QStringLiteral("sandboxBanner"));
        banner->setWordWrap(true);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        banner->setMargin(8);
        layout->addWidget(banner);
    }
    auto *panel = new ConnectionPanel(network, setup, central);
    panel->setObjectName(QStringLiteral("connectionPanel"));
    layout->addWidget(panel);
    setCentralWidget(central);
    resize(900, 600);
}
