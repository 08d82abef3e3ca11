// Issue 15: scrolling the purchases list through a long history never blocks the event loop for more than
// 16 ms. Opens the list over the history given (a history.sqlite) at the window's default size and scrolls
// to the end as a user who drags the scroll bar to the bottom again and again: each step is one scroll and
// the event loop pass that follows it (the list reads its next page, lays it out and paints). Prints
// "rows N steps S longest-ms X median-ms Y"; exits 1 when the list cannot be read to its end.
#include "purchase/PurchaseJournal.h"
#include "status/PurchasesModel.h"
#include "status/PurchasesView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: bench_history_scroll HISTORY.sqlite\n", stderr);
        return 2;
    }
    PurchaseJournal journal(QString::fromLocal8Bit(argv[1]));
    if (!journal.isUsable() || journal.isEmpty()) {
        std::fputs("bench_history_scroll: the history cannot be read, or is empty\n", stderr);
        return 1;
    }
    PurchasesView view(&journal);
    view.resize(1100, 720);
    view.show();
    QCoreApplication::processEvents();
    auto *list = view.findChild<QTreeView *>(u"purchases"_s);
    QScrollBar *bar = list->verticalScrollBar();

    QList<double> steps;
    QElapsedTimer clock;
    const qsizetype purchases = journal.count();
    while (view.model()->rowCount() < purchases && steps.size() < purchases) {
        clock.start();
        bar->setValue(bar->maximum());
        QCoreApplication::processEvents();
        steps.append(double(clock.nsecsElapsed()) / 1e6);
    }
    if (view.model()->rowCount() != purchases) {
        std::fprintf(stderr, "bench_history_scroll: the list showed %d of %lld purchases\n",
                     view.model()->rowCount(), static_cast<long long>(purchases));
        return 1;
    }
    QList<double> sorted = steps;
    std::sort(sorted.begin(), sorted.end());
    std::printf("rows %d steps %lld longest-ms %.2f median-ms %.2f\n", view.model()->rowCount(),
                static_cast<long long>(steps.size()), sorted.isEmpty() ? 0.0 : sorted.constLast(),
                sorted.isEmpty() ? 0.0 : sorted.at(sorted.size() / 2));
    return 0;
}
