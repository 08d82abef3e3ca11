// The yardstick for start-up time and peak memory: a QWizard with two empty
// pages, built in the same tree with the same Qt, flags and build type as
// cvm-purchaser, with the same CVM_PURCHASER_EXIT_WHEN_SHOWN hook.
#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <QWizard>
#include <QWizardPage>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.addPage(new QWizardPage);
    wizard.show();
    // The window is shown and the first event loop pass has run: start-up is over.
    if (qEnvironmentVariable("CVM_PURCHASER_EXIT_WHEN_SHOWN") == "1"_L1)
        QTimer::singleShot(0, &app, [] {
            // The start-up benchmark's mark: the window is up and the first event loop pass has run.
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    return app.exec();
}
