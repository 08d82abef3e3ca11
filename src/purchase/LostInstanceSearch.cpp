#include "purchase/LostInstanceSearch.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "purchase/PurchaseJournal.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// A page of 100 at a time; a cloud that keeps saying there is more is not followed past this.
constexpr int kMaxPages = 100;
} // namespace

LostInstanceSearch::LostInstanceSearch(ApiClient *client, const PurchaseJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal)
{
}

void LostInstanceSearch::start(const QStringList &regions)
{
    m_regions = regions;
    m_lost.clear();
    m_offset = 0;
    m_pages = 0;
    ask();
}

void LostInstanceSearch::ask()
{
    if (m_regions.isEmpty()) {
        Q_EMIT finished(m_lost, {});
        return;
    }
    m_call = m_client->send(m_regions.constFirst(), m_client->protocol().describeTaggedInstances(m_offset));
    connect(m_call, &ApiCall::finished, this, &LostInstanceSearch::onAnswer);
}

void LostInstanceSearch::onAnswer(const ApiResult &result)
{
    const QString region = m_regions.constFirst();
    ApiResult read = result;
    const ApiReplies::DescribeInstances page = m_client->protocol().readDescribeInstances(&read);
    if (!read.ok()) {
        Q_EMIT finished(m_lost, tr("%1 could not be searched: %2").arg(region, read.describe()));
        return;
    }
    static const QRegularExpression instanceId(u"^ins-[0-9a-z]{8}$"_s);
    for (const ApiReplies::Instance &instance : std::as_const(page.instances)) {
        // Only what is well formed is trusted: an id the cloud gives in another shape, or a tag that cannot
        // be a clientToken, is not one of ours.
        if (!instanceId.match(instance.instanceId).hasMatch() ||
            !PurchaseJournal::isWellFormedToken(instance.purchaseToken) ||
            m_journal->entryForInstance(instance.instanceId))
            continue;
        auto same = std::find_if(m_lost.begin(), m_lost.end(), [&](const Lost &l) {
            return l.region == region && l.clientToken == instance.purchaseToken;
        });
        if (same == m_lost.end()) {
            const std::optional<JournalEntry> entry = m_journal->entryForToken(instance.purchaseToken);
            same = m_lost.insert(m_lost.end(),
                                 Lost{region, instance.purchaseToken, {}, entry ? entry->id : QString()});
        }
        if (!same->instanceIds.contains(instance.instanceId))
            same->instanceIds.append(instance.instanceId);
    }
    m_offset += 100;
    if (!page.instances.isEmpty() && m_offset < page.totalCount && ++m_pages < kMaxPages) {
        ask();
        return;
    }
    m_regions.removeFirst();
    m_offset = 0;
    m_pages = 0;
    ask();
}
