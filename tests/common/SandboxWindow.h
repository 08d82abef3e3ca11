#pragma once
// The application's main window on an in-process sandbox, with a journal of its own and secrets held in
// memory: where the GUI tests start. Tests that use it link cvmui and cvmsandbox.
#include "MainWindow.h"
#include "order/OrderDraft.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "wizard/PurchaseWizard.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class SandboxWindow
{
public:
    struct Options
    {
        QSize size;          // resized to it before showing, unless empty
        bool active = false; // waits until the window is active (keyboard tests), not only exposed
        bool api3 = false;   // the sandbox's API 3.0 address offered too
    };

    // Call from init(): a failure there skips the test function.
    void open(const Options &options)
    {
        sandbox = std::make_unique<SandboxServer>(SandboxServer::Options{});
        QVERIFY(sandbox->listen() != 0);
        WizardContext::Setup setup;
        QString error;
        QVERIFY2(Endpoint::fromUrl(sandbox->endpointUrl().toString(), &setup.endpoint, &error,
                                   PurchaseOrder::Api::V2),
                 qPrintable(error));
        setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                QString::fromLatin1(SandboxServer::kDemoSecretKey), {}};
        if (options.api3)
            setup.sandbox = sandbox->endpointUrlV3();
        data = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<PurchaseJournal>(data->filePath(QStringLiteral("history.sqlite")));
        window = std::make_unique<MainWindow>(&network, setup, journal.get(), &secrets);
        if (!options.size.isEmpty())
            window->resize(options.size);
        window->show();
        if (options.active) {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
        } else {
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }
    }

    // Call from cleanup(): the window first, the sandbox last.
    void close()
    {
        window.reset();
        journal.reset();
        data.reset();
        sandbox.reset();
    }

    PurchaseWizard *wizard() const { return window->wizard(); }
    const PurchaseOrder &order() const { return window->context()->draft()->order(); }
    // The widget called name on the wizard's current page; a missing one ends the test run.
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = wizard()->currentPage()->findChild<T *>(name);
        if (!widget)
            qFatal("no %s on page %d", qPrintable(name), wizard()->currentId());
        return widget;
    }

    QNetworkAccessManager network;
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<QTemporaryDir> data;
    std::unique_ptr<PurchaseJournal> journal;
    MemorySecretStore secrets;
    std::unique_ptr<MainWindow> window;
};
