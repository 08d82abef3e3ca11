#include "cli/DryRunCommand.h"

#include "cli/Cli.h"
#include "cli/CliReporter.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Retryable answers (rate limit, internal error, transport) get a few more tries, as a purchase does.
constexpr int kMaxAttempts = 3;
constexpr int kRetryDelayMs = 1000;
} // namespace

DryRunCommand::DryRunCommand(const Options &options, CliReporter &reporter, QObject *parent)
    : CliCommand(reporter, parent), m_options(options)
{
    m_reporter.addSecret(m_options.order.password);
}

DryRunCommand::~DryRunCommand() = default;

void DryRunCommand::start()
{
    resolveCredentials(m_options.profile, [this](const Credentials &credentials) {
        m_client = createClient(m_options.endpoint, credentials);
        m_reporter.progress(tr("Dry run: asking %1 to check the order without buying.")
                                .arg(m_options.endpoint.url().toString()));
        check(1);
    });
}

void DryRunCommand::check(int attempt)
{
    ApiCall *call = m_client->send(m_options.order.region, m_client->protocol().dryRun(m_options.order));
    connect(call, &ApiCall::finished, this, [this, attempt](const ApiResult &result) {
        if (result.ok()) {
            askPrice();
            return;
        }
        if (result.isRetryable() && attempt < kMaxAttempts) {
            m_reporter.retry(attempt + 1, result.describe(), kRetryDelayMs);
            QTimer::singleShot(kRetryDelayMs, this, [this, attempt] { check(attempt + 1); });
            return;
        }
        m_reporter.error(result.errorName(), result.describe());
        m_reporter.progress(tr("Nothing was bought."));
        finish(exitStatusFor(result));
    });
}

void DryRunCommand::askPrice()
{
    ApiCall *call =
        m_client->send(m_options.order.region, m_client->protocol().inquiryPrice(m_options.order));
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        const ApiReplies::Price price =
            result.ok() ? m_client->protocol().parsePrice(result.data) : ApiReplies::Price{};
        const bool priced = result.ok() && price.error.isEmpty();
        if (!priced)
            m_reporter.warning(
                tr("the price could not be asked: %1").arg(result.ok() ? price.error : result.describe()));
        m_reporter.dryRunAccepted(m_options.order.goodsNum, priced ? &price : nullptr);
        finish(Cli::Success);
    });
}
