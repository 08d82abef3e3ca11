#include "MainWindow.h"

#include "OrderTemplate.h"
#include "PurchaseWizard.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QNetworkAccessManager *network, const WizardContext::Setup &setup, QWidget *parent)
    : QMainWindow(parent), m_context(new WizardContext(network, setup, this)), m_stack(new QStackedWidget(this)),
      m_wizard(new PurchaseWizard(m_context, m_stack))
{
    setWindowTitle(setup.isSandbox() ? tr("CVM Purchaser — Sandbox") : tr("CVM Purchaser"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (setup.isSandbox()) {
        auto *banner = new QLabel(tr("Sandbox: nothing is bought. Requests go to the simulated cloud built into "
                                     "this application."),
                                  central);
        banner->setObjectName(u"sandboxBanner"_s);
        banner->setWordWrap(true);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        banner->setMargin(8);
        layout->addWidget(banner);
    }
    m_wizard->setWindowFlags(Qt::Widget); // a page of this window, not a dialog of its own
    m_stack->addWidget(m_wizard);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open template…"), this, &MainWindow::chooseTemplateToOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save as template…"), this, &MainWindow::chooseTemplateToSave);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    resize(1100, 720);
}

bool MainWindow::openTemplate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open template"),
                             tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    const OrderTemplate::ReadResult read = OrderTemplate::read(file.readAll());
    if (!read.ok()) {
        QStringList lines;
        for (const FieldProblem &p : read.problems)
            lines.append(u"%1: %2"_s.arg(p.field, p.message));
        QMessageBox::warning(this, tr("Open template"),
                             tr("%1 is not a usable template:\n\n%2").arg(path, lines.join(u'\n')));
        return false;
    }
    m_context->draft()->reset(read.order);
    m_wizard->restart();
    return true;
}

bool MainWindow::saveTemplate(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(OrderTemplate::write(m_context->draft()->order())) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Save template"), tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void MainWindow::chooseTemplateToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open template"), QString(),
                                                      tr("Order templates (*.json);;All files (*)"));
    if (!path.isEmpty())
        openTemplate(path);
}

void MainWindow::chooseTemplateToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as template"), QString(),
                                                      tr("Order templates (*.json)"));
    if (!path.isEmpty())
        saveTemplate(path);
}
