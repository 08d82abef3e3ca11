#pragma once

#include "WizardContext.h"

#include <QMainWindow>

class PurchaseWizard;
class QNetworkAccessManager;
class QStackedWidget;

// The application window: a banner when nothing is bought, the purchase
// wizard, and the templates menu.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QNetworkAccessManager *network, const WizardContext::Setup &setup, QWidget *parent = nullptr);

    // Fills the wizard from a template file; false (with the reasons shown) when it is refused.
    bool openTemplate(const QString &path);
    bool saveTemplate(const QString &path);
    PurchaseWizard *wizard() const { return m_wizard; }
    WizardContext *context() const { return m_context; }

private:
    void chooseTemplateToOpen();
    void chooseTemplateToSave();

    WizardContext *m_context;
    QStackedWidget *m_stack;
    PurchaseWizard *m_wizard;
};
