#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiCall;
class ApiClient;
class PurchaseJournal;
struct ApiResult;

// The instances the program bought that the purchase history does not list: what a lost, emptied or damaged
// history leaves running (and costing) in the cloud. Where the API has tags (3.0), every purchase tags its
// instances with its clientToken (ApiProtocol::kPurchaseTokenTag), and the client's API finds them by that
// tag, region by region, a page of 100 at a time.
class LostInstanceSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostInstanceSearch)

public:
    // The instances of one purchase that the history does not list.
    struct Lost
    {
        QString region;
        QString clientToken;
        QStringList instanceIds;
        QString entryId; // the history's purchase with that clientToken, when it has one
    };

    LostInstanceSearch(ApiClient *client, const PurchaseJournal *journal, QObject *parent = nullptr);

    // Asks each region in turn; finished() once all have answered, or at the first that could not be asked
    // (the connection or the keys, which fail alike everywhere).
    void start(const QStringList &regions);

Q_SIGNALS:
    // failure: why the search stopped early, or empty.
    void finished(const QList<LostInstanceSearch::Lost> &lost, const QString &failure);

private:
    void ask();
    void onAnswer(const ApiResult &result);

    ApiClient *m_client;
    const PurchaseJournal *m_journal;
    QStringList m_regions;
    int m_offset = 0;
    int m_pages = 0;
    QPointer<ApiCall> m_call;
    QList<Lost> m_lost;
};
