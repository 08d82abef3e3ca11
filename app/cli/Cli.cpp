#include "cli/Cli.h"

#include "CommandLine.h"
#include "api/Endpoint.h"
#include "api/ServerText.h"
#include "cli/CliReporter.h"
#include "cli/ConvertCommand.h"
#include "cli/CredentialsCommand.h"
#include "cli/DryRunCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/ListCommand.h"
#include "cli/PurchaseCommand.h"
#include "cli/ResumeCommand.h"
#include "cli/StatusCommand.h"
#include "cli/TerminalInput.h"
#include "cli/TerminateCommand.h"
#include "order/Catalog.h"
#include "order/OrderTemplate.h"
#include "order/OrderValidator.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ApiReplies.h"
#include "protocol/ProfileApi.h"
#include "purchase/InstanceTracker.h"
#include "purchase/PurchaseJournal.h"
#include "secrets/CredentialResolver.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/Redaction.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultTimeoutSeconds = 600;

// Options that would put a secret on the command line, where `ps`, shell
// history and CI logs keep it; each is refused with the way that works.
struct SecretOption
{
    QLatin1StringView name;
    bool password; // the instance password; otherwise an API key
};
constexpr SecretOption kSecretOptions[] = {
    {"password"_L1, true},   {"passwd"_L1, true},     {"pass"_L1, true},      {"secret-key"_L1, false},
    {"secretkey"_L1, false}, {"secret-id"_L1, false}, {"secretid"_L1, false}, {"session-token"_L1, false},
};

QCommandLineOption endpointOption()
{
    return QCommandLineOption(u"endpoint"_s, Cli::tr("The API endpoint."), u"URL"_s);
}
QCommandLineOption profileOption()
{
    return QCommandLineOption(u"profile"_s, Cli::tr("The credentials profile."), u"NAME"_s);
}
QCommandLineOption regionOption()
{
    return QCommandLineOption(u"region"_s, Cli::tr("The region of the instances."), u"R"_s);
}
QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s, Cli::tr("JSON events on standard output."));
}
QCommandLineOption timeoutOption()
{
    return QCommandLineOption(u"timeout"_s, Cli::tr("How long to wait."), u"SECONDS"_s);
}
} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString Cli::helpText() const
{
    return tr(
        "Usage: cvm-purchaser-cli COMMAND [OPTIONS]\n"
        "\n"
        "Buy pay-as-you-go Tencent Cloud CVM instances (API 2.0 RunInstancesHour, or API 3.0\n"
        "RunInstances for templates with \"api\": \"3.0\") from order templates, and follow them\n"
        "until they run.\n"
        "\n"
        "Commands:\n"
        "  validate TEMPLATE\n"
        "      Check a template against every rule of the API; prints one line per problem,\n"
        "      \"field: message\", and exits 1 if there is any.\n"
        "  purchase TEMPLATE [--endpoint URL] [--profile NAME] [--password-stdin]\n"
        "                    [--no-wait] [--timeout SECONDS] [--dry-run] [--json]\n"
        "      Validate the order (nothing is sent if it breaks a rule), write it to the purchase\n"
        "      journal with a fresh clientToken, send it, retry only failures that are safe to\n"
        "      retry and always with the same clientToken, then wait until every instance runs,\n"
        "      fails, or the timeout passes.\n"
        "  purchase --replace-failed PURCHASE [--endpoint URL] [--profile NAME]\n"
        "                    [--password-stdin] [--no-wait] [--timeout SECONDS] [--json]\n"
        "      Buy again the failed instances of a past purchase (its client token or one of its\n"
        "      instance ids): the same order for as many instances, as a new purchase with a new\n"
        "      clientToken, at the endpoint the past purchase went to.\n"
        "  status [--region R] [--endpoint URL] [--profile NAME] [--wait] [--timeout SECONDS]\n"
        "         [--json] INSTANCE_ID...\n"
        "      Print the state and addresses of the instances once; with --wait, follow them until\n"
        "      each runs or fails.\n"
        "  terminate [--yes] [--region R] [--endpoint URL] [--profile NAME] [--timeout SECONDS]\n"
        "            [--json] INSTANCE_ID...\n"
        "      API 3.0: destroy the instances after asking on the terminal (more than 10: type\n"
        "      their number), follow them until the cloud lists them no more, and record that in\n"
        "      the purchase history. Instances protected from termination are reported, never\n"
        "      sent. Without a terminal it needs --yes, and otherwise sends nothing (exit 2).\n"
        "  resume [--endpoint URL] [--profile NAME] [--json]\n"
        "      Finish every journaled purchase that has no confirmed instance ids: send the same\n"
        "      order with the same clientToken (the password read back from the keychain where\n"
        "      one was used), then follow its instances. Purchases whose instances have not all\n"
        "      settled are followed too. Only purchases sent to this endpoint are resumed.\n"
        "  history [--search TEXT] [--since DATE] [--state STATE] [--limit N] [--json]\n"
        "      List past purchases, newest first. --search matches an instance id, a name, a\n"
        "      client token or a zone; --since takes YYYY-MM-DD (local time) or an ISO date and\n"
        "      time; --state is unconfirmed, tracking, running, partly-failed, failed or\n"
        "      terminated. With --json one object per line: {\"clientToken\",\"time\",\"api\",\n"
        "      \"region\",\"zone\",\"instanceType\",\"count\",\"state\",\"instanceIds\"}.\n"
        "  list zones|instance-types|images|key-pairs|vpcs|subnets|security-groups|projects\n"
        "       [--region R] [--zone Z] [--vpc VPC_ID] [--endpoint URL] [--profile NAME] [--json]\n"
        "      Ask the cloud what the account has in the region (default: ap-guangzhou, API 2.0:\n"
        "      gz), every page of it, and print one line per item; with --json one object per\n"
        "      line: zones {\"zone\",\"name\",\"state\"}, instance-types {\"instanceType\",\"cpu\",\n"
        "      \"memory\",\"status\",\"price\"} (of the --zone, which it needs), images {\"imageId\",\n"
        "      \"name\",\"os\",\"platform\",\"type\"}, key-pairs {\"keyId\",\"name\"}, vpcs {\"vpcId\",\n"
        "      \"name\",\"cidr\",\"isDefault\"}, subnets {\"subnetId\",\"name\",\"vpcId\",\"zone\",\n"
        "      \"cidr\",\"availableIps\"} (of the --vpc and --zone when given), security-groups\n"
        "      {\"securityGroupId\",\"name\",\"description\",\"isDefault\"}, projects {\"projectId\",\n"
        "      \"name\"}. API 2.0 lists zones, images and key-pairs only (others: exit 2).\n"
        "  export TEMPLATE --format sdk-json|terraform\n"
        "      Hand an API 3.0 order to other tools: sdk-json prints the RunInstances request\n"
        "      body the official SDKs and tccli's --cli-input-json take, terraform a Terraform\n"
        "      tencentcloud_instance resource, with a # comment for what it cannot express.\n"
        "      Neither holds a password or a client token. An invalid template: its problems,\n"
        "      as validate prints them, exit 1; an API 2.0 template: exit 2.\n"
        "  convert TEMPLATE\n"
        "      Print the API 3.0 template equivalent to an API 2.0 one: zone ids as zone names\n"
        "      (100003 as ap-guangzhou-3), CVM.S1 with 1 core and 2 GB as S1.SMALL2, disk types\n"
        "      and bandwidth billing in API 3.0 terms. Where a key has no equivalent, prints one\n"
        "      line per such key, \"key: why\", and exits 1; an invalid template: its problems, as\n"
        "      validate prints them, exit 1; an API 3.0 template: exit 2.\n"
        "  credentials set [--profile NAME] [--api 2.0|3.0]\n"
        "      Read the SecretId and the SecretKey from two lines of standard input (not echoed\n"
        "      on a terminal) and store them in the system keychain.\n"
        "  credentials delete [--profile NAME]\n"
        "      Remove a stored profile and its SecretKey.\n"
        "  credentials list\n"
        "      Print each stored profile's name and SecretId, all but its last 4 characters masked.\n"
        "\n"
        "Options:\n"
        "  --endpoint URL      Where API calls go. Default: $CVM_PURCHASER_ENDPOINT, else\n"
        "                      https://cvm.api.qcloud.com/v2/index.php (API 3.0:\n"
        "                      https://cvm.tencentcloudapi.com/). http:// only for\n"
        "                      127.0.0.1, ::1 and localhost.\n"
        "  --profile NAME      The keychain profile to use, store or delete (default: \"default\").\n"
        "  --password-stdin    Read the instance password from the first line of standard input\n"
        "                      (not echoed on a terminal). A password is never accepted as an\n"
        "                      argument, where other users and the shell history would see it.\n"
        "  --no-wait           Exit as soon as the cloud has confirmed the instance ids.\n"
        "  --dry-run           API 3.0 templates: let the cloud check the order (parameters,\n"
        "                      quota, stock, balance) and tell its hourly price; buys nothing,\n"
        "                      journals nothing. Exits 0 if the cloud would accept it, 3 if not.\n"
        "  --timeout SECONDS   How long to wait for the instances (default 600).\n"
        "  --region R          The region of the instances (gz, sh, bj, hk, ...). Default: the\n"
        "                      region the purchase journal recorded for them. list: the region\n"
        "                      to list (default ap-guangzhou, API 2.0: gz).\n"
        "  --zone Z            list: the zone of the instance types, or of the subnets.\n"
        "  --vpc VPC_ID        list subnets: only the VPC's subnets.\n"
        "  --wait              Follow the instances until each runs or fails.\n"
        "  --yes               terminate: do not ask; the instances are destroyed.\n"
        "  --format FORMAT     export: sdk-json or terraform.\n"
        "  --json              One JSON object per line on standard output, and nothing else;\n"
        "                      the progress for people goes to standard error.\n"
        "  -h, --help          Show this help.\n"
        "  -v, --version       Show the version.\n"
        "\n"
        "Credentials, the first that is set wins: TENCENTCLOUD_SECRET_ID and\n"
        "TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN) in the environment; the\n"
        "profile named by --profile; the profile \"default\".\n"
        "\n"
        "API: a template's \"api\" decides for purchase (and the journal for resume); status\n"
        "uses $CVM_PURCHASER_API (2.0 or 3.0), else the API the journal recorded for the\n"
        "instances, else the profile's API (credentials set --api), else 2.0; list uses\n"
        "$CVM_PURCHASER_API, else the profile's API, else 2.0.\n"
        "\n"
        "Files: the purchase history $XDG_DATA_HOME/cvm-purchaser/history.sqlite; profile names\n"
        "and SecretIds in $XDG_CONFIG_HOME/cvm-purchaser/; SecretKeys and held instance\n"
        "passwords only in the system keychain.\n"
        "\n"
        "JSON events (--json):\n"
        "  {\"event\":\"submitted\",\"clientToken\":\"...\",\"instanceIds\":[\"ins-...\"]}\n"
        "  {\"event\":\"state\",\"instanceId\":\"ins-...\",\"name\":\"...\",\n"
        "   \"status\":\"creating|running|failed|other\",\"lanIp\":\"...\",\"wanIps\":[\"...\"],\n"
        "   \"reason\":\"...\"}  (reason: the cloud's own words, for a failed instance)\n"
        "  terminate: {\"event\":\"state\",\"instanceId\":\"ins-...\",\n"
        "   \"status\":\"terminating|terminated|protected|refused|unknown\",\"reason\":\"...\"}\n"
        "   and {\"event\":\"done\",\"terminated\":[...],\"failed\":[...],\"pending\":[...]}\n"
        "  {\"event\":\"retry\",\"attempt\":2,\"reason\":\"...\"}\n"
        "  {\"event\":\"done\",\"running\":[...],\"failed\":[...],\"pending\":[...]}\n"
        "  {\"event\":\"error\",\"code\":\"...\",\"message\":\"...\"}\n"
        "  {\"event\":\"dryRun\",\"accepted\":true,\"instanceCount\":1,\"instancePrice\":0.6,\n"
        "   \"instanceUnit\":\"HOUR\",\"bandwidthPrice\":0.8,\"bandwidthUnit\":\"GB\"}  (--dry-run)\n"
        "\n"
        "Exit status:\n"
        "  0  success: every instance running (status without --wait: none failed), or\n"
        "     submitted with --no-wait\n"
        "  1  invalid template or order; nothing was sent\n"
        "  2  usage error, or no usable credentials, keychain or journal; nothing was sent\n"
        "  3  refused by the API (authentication, balance, parameters)\n"
        "  4  some instances failed\n"
        "  5  timed out while waiting\n"
        "  6  network failure after the retries (no usable answer from the endpoint)\n"
        "  resume exits with the highest status of the purchases it finished.\n");
}

int Cli::printHelp()
{
    m_out << helpText();
    m_out.flush();
    return Success;
}

int Cli::usageError(const QString &message)
{
    m_err << "cvm-purchaser-cli: " << message << '\n' << tr("Try 'cvm-purchaser-cli --help'.") << '\n';
    m_err.flush();
    return UsageError;
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("a command is required."));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == "-h"_L1 || command == "--help"_L1 || command == "help"_L1)
        return printHelp();
    if (command == "-v"_L1 || command == "--version"_L1) {
        m_out << "cvm-purchaser-cli " << CVM_PURCHASER_VERSION << '\n';
        m_out.flush();
        return Success;
    }
    int refused = Success;
    if (!refuseSecretArguments(arguments, &refused))
        return refused;
    if (command == "validate"_L1)
        return validate(rest);
    if (command == "purchase"_L1)
        return purchase(rest);
    if (command == "status"_L1)
        return status(rest);
    if (command == "terminate"_L1)
        return terminate(rest);
    if (command == "resume"_L1)
        return resume(rest);
    if (command == "credentials"_L1)
        return credentials(rest);
    if (command == "history"_L1)
        return history(rest);
    if (command == "export"_L1)
        return exportOrder(rest);
    if (command == "list"_L1)
        return list(rest);
    if (command == "convert"_L1)
        return convert(rest);
    return usageError(tr("unknown command \"%1\"; the commands are validate, purchase, status, terminate, "
                         "resume, history, list, export, convert and credentials.")
                          .arg(command));
}

bool Cli::refuseSecretArguments(const QStringList &arguments, int *exitStatus)
{
    for (const QString &argument : arguments) {
        if (argument == "--"_L1)
            break;
        if (!argument.startsWith(u'-'))
            continue;
        // "--password", "-password" and "--password=VALUE"; the value itself is never repeated.
        const QString name = argument.mid(argument.startsWith("--"_L1) ? 2 : 1).section(u'=', 0, 0);
        for (const SecretOption &option : kSecretOptions) {
            if (name.compare(option.name, Qt::CaseInsensitive) != 0)
                continue;
            *exitStatus = usageError(
                option.password
                    ? tr("--%1: an instance password is never read from the command line, where `ps` and the "
                         "shell history show it to others. Give it on standard input with --password-stdin, "
                         "e.g. `cvm-purchaser-cli purchase web.json --password-stdin < password-file`.")
                          .arg(option.name)
                    : tr("--%1: credentials are never read from the command line, where `ps` and the shell "
                         "history show them to others. Set TENCENTCLOUD_SECRET_ID and "
                         "TENCENTCLOUD_SECRET_KEY "
                         "in the environment, or store them with `cvm-purchaser-cli credentials set` (reads "
                         "standard input).")
                          .arg(option.name));
            return false;
        }
    }
    return true;
}

bool Cli::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                int *exitStatus)
{
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"cvm-purchaser-cli "_s + command} + arguments)) {
        *exitStatus = usageError(u"%1: %2"_s.arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        // The command's own options, from its parser; Qt names the program by its path on the first line.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'), tr("Usage: cvm-purchaser-cli %1 [options]").arg(command));
        m_out
            << text << '\n'
            << tr("The commands' arguments, the JSON events and the exit statuses: cvm-purchaser-cli --help, "
                  "or man cvm-purchaser-cli.")
            << '\n';
        m_out.flush();
        *exitStatus = Success;
        return false;
    }
    if (const QString problem = CommandLine::valueProblem(parser); !problem.isEmpty()) {
        *exitStatus = usageError(u"%1: %2"_s.arg(command, problem));
        return false;
    }
    return true;
}

bool Cli::resolveConnection(const QCommandLineParser &parser, Endpoint *endpoint, QString *profile, int *exitStatus)
{
    QString error;
    // The API is not known yet (the template or the profile says): the endpoint is read as API 2.0's and
    // each command moves it to its API with Endpoint::withApi, the default URL included.
    const std::optional<QString> flag =
        parser.isSet(u"endpoint"_s) ? std::optional<QString>(parser.value(u"endpoint"_s)) : std::nullopt;
    if (!Endpoint::resolve(flag, endpoint, &error, ApiProtocol::assumed().api())) {
        *exitStatus = usageError(error);
        return false;
    }
    *profile = parser.value(u"profile"_s);
    if (parser.isSet(u"profile"_s)) {
        if (const QString problem = CredentialStore::nameProblem(*profile); !problem.isEmpty()) {
            *exitStatus = usageError(tr("--profile: %1").arg(problem));
            return false;
        }
    }
    return true;
}

int Cli::timeoutMs(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"timeout"_s))
        return kDefaultTimeoutSeconds * 1000;
    bool ok = false;
    const int seconds = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || seconds < 1 || seconds > INT_MAX / 1000) {
        usageError(tr("--timeout: give a whole number of seconds, 1 or more (not \"%1\").")
                       .arg(parser.value(u"timeout"_s)));
        return -1;
    }
    return seconds * 1000;
}

int Cli::exec(CliCommand *command)
{
    std::unique_ptr<CliCommand> owner(command);
    if (!QCoreApplication::instance()) {
        m_err << "cvm-purchaser-cli: internal error: this command needs a QCoreApplication.\n";
        m_err.flush();
        return UsageError;
    }
    QObject::connect(command, &CliCommand::finished, command,
                     [](int exitStatus) { QCoreApplication::exit(exitStatus); });
    QTimer::singleShot(0, command, &CliCommand::start);
    const int exitStatus = QCoreApplication::exec();
    owner.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_out.flush();
    m_err.flush();
    return exitStatus;
}

int Cli::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitStatus = Success;
    if (!parse(parser, u"validate"_s, arguments, &exitStatus))
        return exitStatus;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("validate takes exactly one template file."));

    const QString path = parser.positionalArguments().first();
    const OrderTemplate::ReadResult read = OrderTemplate::readFile(path);
    QList<FieldProblem> problems = read.problems;
    if (read.ok())
        problems = OrderValidator(Catalog::builtIn()).validate(read.order);

    const int errors = printProblems(problems);
    if (errors == 0)
        m_err << tr("%1: the order is valid.").arg(path) << '\n';
    m_out.flush();
    m_err.flush();
    return errors == 0 ? Success : InvalidOrder;
}

int Cli::printProblems(const QList<FieldProblem> &problems)
{
    int errors = 0;
    for (const FieldProblem &p : problems) {
        if (p.isError()) {
            m_out << p.field << ": " << p.message << '\n';
            ++errors;
        } else {
            m_err << tr("warning: %1: %2").arg(p.field, p.message) << '\n';
        }
    }
    return errors;
}

int Cli::exportOrder(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, tr("sdk-json or terraform."), u"FORMAT"_s);
    parser.addOption(format);
    int exitStatus = Success;
    if (!parse(parser, u"export"_s, arguments, &exitStatus))
        return exitStatus;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("export takes exactly one template file."));
    const QString formatName = parser.value(format);
    if (!parser.isSet(format))
        return usageError(tr("export needs --format sdk-json or --format terraform."));
    if (formatName != "sdk-json"_L1 && formatName != "terraform"_L1)
        return usageError(tr("--format: give sdk-json or terraform (not \"%1\").").arg(formatName));

    // An order that would not be bought is not handed off either: the problems, as validate prints them.
    const QString path = parser.positionalArguments().first();
    const OrderTemplate::ReadResult read = OrderTemplate::readFile(path);
    QList<FieldProblem> problems = read.problems;
    if (read.ok())
        problems = OrderValidator(Catalog::builtIn()).validate(read.order);
    const int errors = printProblems(problems);
    if (errors > 0) {
        m_out.flush();
        m_err.flush();
        return InvalidOrder;
    }

    const ApiProtocol &protocol = ApiProtocol::forApi(read.order.api);
    const QJsonObject body = protocol.sdkRequestBody(read.order);
    if (body.isEmpty()) {
        m_err.flush();
        return usageError(tr("%1 is an API %2 template; export takes API 3.0 templates (\"api\": \"3.0\"), "
                             "whose RunInstances request the SDKs and Terraform know.")
                              .arg(path, protocol.name()));
    }
    if (formatName == "sdk-json"_L1)
        m_out << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
    else
        m_out << protocol.terraformResource(read.order);
    m_out.flush();
    m_err.flush();
    return Success;
}

int Cli::convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitStatus = Success;
    if (!parse(parser, u"convert"_s, arguments, &exitStatus))
        return exitStatus;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("convert takes exactly one template file."));
    return ConvertCommand::run(parser.positionalArguments().first(), m_out, m_err);
}

int Cli::purchase(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption endpoint = endpointOption();
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption passwordStdin(u"password-stdin"_s, tr("Read the password from standard input."));
    const QCommandLineOption noWait(u"no-wait"_s, tr("Do not wait for the instances."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Let the cloud check the order; buy nothing."));
    const QCommandLineOption replaceFailed(
        u"replace-failed"_s,
        tr("Buy again, as a new purchase, the instances of a past purchase that failed."), u"PURCHASE"_s);
    const QCommandLineOption json = jsonOption();
    parser.addOptions(
        {endpoint, profile, passwordStdin, noWait, timeoutOption(), dryRun, replaceFailed, json});
    int exitStatus = Success;
    if (!parse(parser, u"purchase"_s, arguments, &exitStatus))
        return exitStatus;
    const bool replacing = parser.isSet(replaceFailed);
    if (replacing && !parser.positionalArguments().isEmpty())
        return usageError(
            tr("purchase --replace-failed takes no template: the order is the past purchase's."));
    if (!replacing && parser.positionalArguments().size() != 1)
        return usageError(tr("purchase takes exactly one template file."));
    PurchaseCommand::Options options;
    options.timeoutMs = timeoutMs(parser);
    if (options.timeoutMs < 0)
        return UsageError;
    if (!resolveConnection(parser, &options.endpoint, &options.profile, &exitStatus))
        return exitStatus;
    options.noWait = parser.isSet(noWait);

    CliReporter reporter(m_out, m_err, parser.isSet(json));
    auto invalid = [&reporter](const QList<FieldProblem> &problems) {
        for (const FieldProblem &p : problems)
            if (p.isError())
                reporter.error(u"InvalidOrder"_s, u"%1: %2"_s.arg(p.field, p.message));
        reporter.progress(tr("The order is invalid; nothing was sent."));
        return InvalidOrder;
    };

    if (replacing) {
        QString boughtAt;
        const int status = replacementOrder(parser.value(replaceFailed), reporter, &options.order, &boughtAt);
        if (status != Success)
            return status;
        // Bought elsewhere, the replacements would land in another cloud than the failed instances.
        const QString here = options.endpoint.withApi(options.order.api).url().toString();
        if (boughtAt != here)
            return usageError(
                tr("--replace-failed: that purchase was sent to %1, not %2; give --endpoint %1 to "
                   "buy its replacements there.")
                    .arg(boughtAt, here));
        if (options.order.keyIds.isEmpty() && !parser.isSet(passwordStdin))
            return usageError(tr("--replace-failed: the purchase logged in with a password, which is never "
                                 "kept; give it again with --password-stdin."));
    } else {
        const OrderTemplate::ReadResult read = OrderTemplate::readFile(parser.positionalArguments().first());
        if (!read.ok())
            return invalid(read.problems);
        options.order = read.order;
    }
    // The template says which API the order is written in; the endpoint follows (its default URL included).
    options.endpoint = options.endpoint.withApi(options.order.api);

    if (parser.isSet(passwordStdin)) {
        std::optional<QString> password;
        bool tooLong = false;
        {
            const TerminalInput::HiddenInput hidden;
            if (hidden.isHiding()) {
                m_err << tr("Instance password: ");
                m_err.flush();
            }
            password = TerminalInput::readLine(&tooLong);
        }
        if (tooLong)
            return usageError(tr("--password-stdin: the first line of standard input is longer than %1 bytes; "
                                 "put only the instance password on it.")
                                  .arg(TerminalInput::kMaxLineBytes));
        if (!password || password->isEmpty())
            return usageError(
                tr("--password-stdin: the first line of standard input is empty; put the instance "
                   "password there, or leave out --password-stdin."));
        options.order.password = *password;
        reporter.addSecret(*password);
    }

    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(options.order);
    if (OrderValidator::hasErrors(problems))
        return invalid(problems);
    for (const FieldProblem &p : problems)
        reporter.warning(u"%1: %2"_s.arg(p.field, p.message));

    if (parser.isSet(dryRun)) {
        if (ApiProtocol::forApi(options.order.api).dryRun(options.order).action.isEmpty())
            return usageError(
                tr("--dry-run: API %1 has no dry run; only API 3.0 templates (\"api\": \"3.0\") "
                   "can be checked by the cloud without buying.")
                    .arg(PurchaseOrder::apiName(options.order.api)));
        return exec(new DryRunCommand({options.endpoint, options.profile, options.order}, reporter));
    }
    return exec(new PurchaseCommand(options, reporter));
}

int Cli::replacementOrder(const QString &purchase, CliReporter &reporter, PurchaseOrder *order,
                          QString *endpoint)
{
    const PurchaseJournal history;
    if (!history.isUsable()) {
        reporter.error(u"History"_s, tr("The purchase history cannot be read: %1").arg(history.lastError()));
        return UsageError;
    }
    std::optional<JournalEntry> entry = history.entryForToken(purchase);
    if (!entry)
        entry = history.entryForInstance(purchase);
    const QString shown = ServerText::shown(purchase);
    auto refuse = [&reporter](const QString &message) {
        reporter.error(u"InvalidOrder"_s, u"--replace-failed: "_s + message);
        reporter.progress(tr("Nothing was sent."));
        return InvalidOrder;
    };
    if (!entry)
        return refuse(
            tr("no purchase in the history has the client token or instance id \"%1\".").arg(shown));
    if (entry->isDamaged())
        return refuse(
            tr("the history's record of purchase %1 cannot be trusted (%2).").arg(shown, entry->damage));
    if (!entry->orderProblems.isEmpty())
        return refuse(tr("the order of purchase %1 cannot be read back: %2")
                          .arg(shown, entry->orderProblems.join(u"; "_s)));
    const qsizetype failed = entry->failedIds().size();
    if (failed == 0)
        return refuse(tr("no instance of purchase %1 failed (%2 bought); there is nothing to replace.")
                          .arg(shown)
                          .arg(entry->instanceIds.size()));
    *order = entry->replacementOrder(int(failed));
    *endpoint = entry->endpoint;
    reporter.progress(
        tr("Replacing %n failed instance(s) of purchase %1 with a new purchase.", nullptr, int(failed))
            .arg(entry->clientToken));
    return Success;
}

int Cli::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption region = regionOption();
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption wait(u"wait"_s, tr("Wait until each instance runs or fails."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({region, endpointOption(), profile, wait, timeoutOption(), json});
    int exitStatus = Success;
    if (!parse(parser, u"status"_s, arguments, &exitStatus))
        return exitStatus;

    const PurchaseJournal journal;
    InstanceTarget target;
    if (!instanceTarget(parser, region, profile, u"status"_s, journal, &target, &exitStatus))
        return exitStatus;
    StatusCommand::Options options;
    options.instanceIds = target.instanceIds;
    options.timeoutMs = target.timeoutMs;
    options.profile = target.profile;
    options.endpoint = target.endpoint;
    options.region = target.place.region;
    options.wait = parser.isSet(wait);
    // An instance the cloud does not list counts as failed ("not found") once it is older than the grace
    // the tracker gives new purchases; instances the journal does not know are taken to be that old.
    const QDateTime graceAgo =
        QDateTime::currentDateTimeUtc().addMSecs(-qint64(InstanceTracker::Options().notListedGraceMs));
    options.since =
        target.place.allKnown && target.place.earliest.isValid() ? target.place.earliest : graceAgo;
    options.history = &journal;

    CliReporter reporter(m_out, m_err, parser.isSet(json));
    return exec(new StatusCommand(options, reporter));
}

bool Cli::instanceTarget(const QCommandLineParser &parser, const QCommandLineOption &region,
                         const QCommandLineOption &profile, const QString &command,
                         const PurchaseJournal &journal, InstanceTarget *target, int *exitStatus,
                         bool checkIds)
{
    *exitStatus = UsageError;
    for (const QString &id : parser.positionalArguments()) {
        if (checkIds && !ApiReplies::isInstanceId(id)) {
            usageError(tr("\"%1\" is not an instance id (ins- and 8 lowercase letters or digits).")
                           .arg(ServerText::shown(id.left(80))));
            return false;
        }
        if (!target->instanceIds.contains(id))
            target->instanceIds.append(id);
    }
    if (target->instanceIds.isEmpty()) {
        usageError(
            tr("%1 needs at least one instance id, e.g. `cvm-purchaser-cli %1 ins-3a8bc1de`.").arg(command));
        return false;
    }
    target->timeoutMs = timeoutMs(parser);
    if (target->timeoutMs < 0)
        return false;
    if (!resolveConnection(parser, &target->endpoint, &target->profile, exitStatus) ||
        !placeInstances(parser, region, profile, target->instanceIds, journal, &target->place, exitStatus))
        return false;
    target->endpoint = target->endpoint.withApi(target->place.api);
    *exitStatus = Success;
    return true;
}

int Cli::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption region(u"region"_s, tr("The region to list."), u"R"_s);
    const QCommandLineOption zone(u"zone"_s, tr("The zone (instance types, subnets)."), u"Z"_s);
    const QCommandLineOption vpc(u"vpc"_s, tr("The VPC (subnets)."), u"VPC_ID"_s);
    const QCommandLineOption endpoint = endpointOption();
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({region, zone, vpc, endpoint, profile, json});
    int exitStatus = Success;
    if (!parse(parser, u"list"_s, arguments, &exitStatus))
        return exitStatus;
    const QString kinds = ListCommand::kindNames().join(u'|');
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("list takes one kind of resource: %1.").arg(kinds));
    const QString kindName = parser.positionalArguments().first();
    const std::optional<ListCommand::Kind> kind = ListCommand::kindFromName(kindName);
    if (!kind)
        return usageError(tr("list: \"%1\" is no kind of resource; give one of %2.")
                              .arg(ServerText::shown(kindName.left(80)), kinds));
    ListCommand::Options options;
    options.kind = *kind;
    const bool zoneApplies = *kind == ListCommand::Kind::InstanceTypes || *kind == ListCommand::Kind::Subnets;
    if (parser.isSet(zone) && !zoneApplies)
        return usageError(tr("--zone applies to list instance-types and list subnets only."));
    if (parser.isSet(vpc) && *kind != ListCommand::Kind::Subnets)
        return usageError(tr("--vpc applies to list subnets only."));
    options.zone = parser.value(zone);
    options.vpcId = parser.value(vpc);
    if (*kind == ListCommand::Kind::InstanceTypes && options.zone.isEmpty())
        return usageError(tr("list instance-types needs --zone: the instance types of one zone, e.g. "
                             "--zone ap-guangzhou-3 (list zones names them)."));
    if (parser.isSet(zone) && (options.zone.isEmpty() || ServerText::hasControls(options.zone)))
        return usageError(tr("--zone: give a zone name such as ap-guangzhou-3 (list zones names them)."));
    if (parser.isSet(vpc) && !ApiReplies::isResourceId(options.vpcId, "vpc"_L1))
        return usageError(tr("--vpc: \"%1\" is not a VPC id (vpc- and 8 lowercase letters or digits).")
                              .arg(ServerText::shown(options.vpcId.left(80))));
    if (!resolveConnection(parser, &options.endpoint, &options.profile, &exitStatus))
        return exitStatus;
    const PurchaseJournal journal;
    InstancePlace place;
    if (!placeInstances(parser, region, profile, {}, journal, &place, &exitStatus))
        return exitStatus;
    if (!ListCommand::exists(*kind, ApiProtocol::forApi(place.api)))
        return usageError(tr("API %1 has no list of %2; it lists zones, images and key-pairs. Use an API 3.0 "
                             "profile (credentials set --api 3.0) or CVM_PURCHASER_API=3.0.")
                              .arg(PurchaseOrder::apiName(place.api), kindName));
    options.endpoint = options.endpoint.withApi(place.api);
    options.region = place.region;

    CliReporter reporter(m_out, m_err, parser.isSet(json));
    return exec(new ListCommand(options, reporter));
}

bool Cli::placeInstances(const QCommandLineParser &parser, const QCommandLineOption &region,
                         const QCommandLineOption &profile, const QStringList &instanceIds,
                         const PurchaseJournal &journal, InstancePlace *place, int *exitStatus)
{
    *exitStatus = UsageError;
    const auto refuse = [this](const QString &message) {
        usageError(message);
        return false;
    };
    // The API: CVM_PURCHASER_API, else the one the journal's purchases of these instances used, else 2.0.
    PurchaseOrder::Api api = ApiProtocol::assumed().api();
    QString apiError;
    if (!Endpoint::apiFromEnvironment(&api, &apiError))
        return refuse(apiError);
    const bool apiFromEnvironment = !qEnvironmentVariableIsEmpty("CVM_PURCHASER_API");
    QSet<PurchaseOrder::Api> journalApis;

    // The journal knows where and when its purchases' instances were bought.
    QSet<QString> journalRegions;
    QDateTime earliest;
    QStringList unknown;
    for (const QString &id : instanceIds) {
        const std::optional<JournalEntry> it = journal.entryForInstance(id); // indexed: the history is not read whole
        if (!it) {
            unknown.append(id);
            continue;
        }
        journalRegions.insert(it->region);
        journalApis.insert(it->order.api);
        if (!earliest.isValid() || it->time < earliest)
            earliest = it->time;
    }
    if (!apiFromEnvironment && unknown.isEmpty() && journalApis.size() == 1) {
        api = *journalApis.cbegin();
    } else if (!apiFromEnvironment && !CredentialResolver::fromEnvironment()) {
        // The profile whose credentials this run uses says which API it speaks.
        api = ProfileApi::read(parser.isSet(profile) ? parser.value(profile)
                                                     : QString::fromLatin1(CredentialStore::kDefaultProfile));
    }
    if (parser.isSet(region)) {
        // The regions as the API names them: "gz" for 2.0, "ap-guangzhou" for 3.0.
        place->region = parser.value(region);
        QStringList names;
        for (const auto &[name, catalogCode] : ApiProtocol::forApi(api).regionNames())
            names.append(name);
        if (!names.contains(place->region))
            return refuse(tr("--region: \"%1\" is not a region of API %2; the regions are %3.")
                              .arg(place->region, PurchaseOrder::apiName(api), names.join(u", "_s)));
    } else if (!unknown.isEmpty()) {
        return refuse(
            tr("--region is needed: the purchase journal does not know %1.").arg(unknown.join(u", "_s)));
    } else if (journalRegions.isEmpty()) {
        place->region = ApiProtocol::forApi(api).wizardOrder().region;
    } else if (journalRegions.size() > 1) {
        QStringList regions = journalRegions.values();
        regions.sort();
        return refuse(tr("these instances are in several regions (%1): ask for each region's instances "
                         "with its own --region.")
                          .arg(regions.join(u", "_s)));
    } else {
        place->region = *journalRegions.cbegin();
    }
    place->api = api;
    place->allKnown = unknown.isEmpty();
    place->earliest = earliest;
    return true;
}

int Cli::terminate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption region = regionOption();
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption yes(u"yes"_s, tr("Terminate without asking."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({yes, region, endpointOption(), profile, timeoutOption(), json});
    int exitStatus = Success;
    if (!parse(parser, u"terminate"_s, arguments, &exitStatus))
        return exitStatus;

    PurchaseJournal journal;
    InstanceTarget target;
    if (!instanceTarget(parser, region, profile, u"terminate"_s, journal, &target, &exitStatus, true))
        return exitStatus;
    if (ApiProtocol::forApi(target.place.api).terminateInstances(target.instanceIds).action.isEmpty())
        return usageError(tr("API %1 cannot terminate instances; terminate them in the console, or buy with "
                             "API 3.0.")
                              .arg(PurchaseOrder::apiName(target.place.api)));
    TerminateCommand::Options options;
    options.instanceIds = target.instanceIds;
    options.timeoutMs = target.timeoutMs;
    options.profile = target.profile;
    options.endpoint = target.endpoint;
    options.region = target.place.region;
    options.history = &journal;

    // Destroying is not undone: a person says so, by typing; a script says --yes.
    if (!parser.isSet(yes)) {
        if (!TerminalInput::stdinIsTerminal())
            return usageError(tr("terminate destroys instances and asks first; without a terminal to ask on, "
                                 "add --yes. Nothing was sent."));
        QStringList purchases;
        for (const QString &id : std::as_const(options.instanceIds)) {
            const std::optional<JournalEntry> entry = journal.entryForInstance(id);
            const QString line =
                entry ? tr("  %1, bought %2 in %3 (%4; purchase %5)")
                            .arg(id, QLocale().toString(entry->time.toLocalTime(), QLocale::ShortFormat),
                                 entry->order.zone, entry->order.instanceType, entry->clientToken)
                      : tr("  %1, not in the purchase history").arg(id);
            purchases.append(line);
        }
        const int count = int(options.instanceIds.size());
        const QString answer = count > 10 ? QString::number(count) : u"yes"_s;
        m_err << tr("Terminate %n instance(s) in %1? They are destroyed with their data and cannot be "
                    "recovered.",
                    nullptr, count)
                     .arg(target.place.region)
              << '\n'
              << purchases.join(u'\n') << '\n'
              << tr("Type %1 to terminate them: ").arg(answer);
        m_err.flush();
        bool tooLong = false;
        const std::optional<QString> typed = TerminalInput::readLine(&tooLong);
        if (!typed || typed->trimmed() != answer) {
            m_err << tr("Nothing was terminated.") << '\n';
            m_err.flush();
            return UsageError;
        }
    }

    CliReporter reporter(m_out, m_err, parser.isSet(json));
    return exec(new TerminateCommand(options, reporter));
}

int Cli::resume(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption endpoint = endpointOption();
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({endpoint, profile, json});
    int exitStatus = Success;
    if (!parse(parser, u"resume"_s, arguments, &exitStatus))
        return exitStatus;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("resume takes no arguments besides its options; it finishes every unfinished "
                             "purchase in the journal."));
    ResumeCommand::Options options;
    if (!resolveConnection(parser, &options.endpoint, &options.profile, &exitStatus))
        return exitStatus;

    CliReporter reporter(m_out, m_err, parser.isSet(json));
    return exec(new ResumeCommand(options, reporter));
}

int Cli::history(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption search(u"search"_s, tr("An instance id, name, client token or zone."), u"TEXT"_s);
    const QCommandLineOption since(u"since"_s, tr("Only purchases submitted since then."), u"DATE"_s);
    const QCommandLineOption state(u"state"_s, tr("Only purchases in this state."), u"STATE"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most this many purchases."), u"N"_s);
    const QCommandLineOption json = jsonOption();
    parser.addOptions({search, since, state, limit, json});
    int exitStatus = Success;
    if (!parse(parser, u"history"_s, arguments, &exitStatus))
        return exitStatus;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("history takes no arguments besides its options; search with --search TEXT."));
    PurchaseJournal::Filter filter;
    filter.search = parser.value(search);
    if (parser.isSet(since)) {
        const QString value = parser.value(since);
        const QDate day = QDate::fromString(value, Qt::ISODate);
        filter.since = day.isValid() ? day.startOfDay() : QDateTime::fromString(value, Qt::ISODate);
        if (!filter.since.isValid())
            return usageError(tr("--since: \"%1\" is not a date; give YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.")
                                  .arg(value));
    }
    if (parser.isSet(state)) {
        filter.state = parser.value(state);
        if (!JournalEntry::historyStates().contains(filter.state))
            return usageError(tr("--state: \"%1\" is not a state; the states are %2.")
                                  .arg(filter.state, JournalEntry::historyStates().join(u", "_s)));
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 1)
            return usageError(tr("--limit: \"%1\" is not a whole number of at least 1.").arg(parser.value(limit)));
    }
    return HistoryCommand::run(filter, parser.isSet(json), m_out, m_err);
}

int Cli::credentials(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption apiOption(u"api"_s, tr("The API the profile speaks: 2.0 or 3.0."), u"VERSION"_s);
    parser.addOptions({profile, apiOption});
    int exitStatus = Success;
    if (!parse(parser, u"credentials"_s, arguments, &exitStatus))
        return exitStatus;
    std::optional<PurchaseOrder::Api> api;
    if (parser.isSet(apiOption)) {
        api = PurchaseOrder::apiFromName(parser.value(apiOption));
        if (!api)
            return usageError(
                tr("--api: \"%1\" is not an API version; use 2.0 or 3.0.").arg(parser.value(apiOption)));
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != "set"_L1 && action != "delete"_L1 && action != "list"_L1))
        return usageError(tr("credentials takes one of set, delete and list."));
    const QString name =
        parser.isSet(profile) ? parser.value(profile) : QString::fromLatin1(CredentialStore::kDefaultProfile);
    if (const QString problem = CredentialStore::nameProblem(name); !problem.isEmpty())
        return usageError(tr("--profile: %1").arg(problem));

    CliReporter reporter(m_out, m_err, false);
    if (action == "list"_L1) {
        if (parser.isSet(profile))
            return usageError(tr("credentials list takes no --profile: it lists every profile."));
        KeychainSecretStore keychain; // not asked: names and SecretIds are in the settings
        const CredentialStore store(&keychain);
        const QList<CredentialStore::Profile> profiles = store.profiles();
        if (profiles.isEmpty())
            m_err
                << tr("No credentials profiles are stored; add one with `cvm-purchaser-cli credentials set`.")
                << '\n';
        for (const CredentialStore::Profile &p : profiles) {
            m_out << p.name << '\t' << Redaction::maskSecretId(p.secretId);
            // API 2.0 profiles print as they always did.
            if (const PurchaseOrder::Api profileApi = ProfileApi::read(p.name);
                profileApi != ApiProtocol::assumed().api())
                m_out << '\t' << tr("API %1").arg(PurchaseOrder::apiName(profileApi));
            m_out << '\n';
        }
        m_out.flush();
        m_err.flush();
        return Success;
    }

    Credentials credentials;
    if (action == "set"_L1) {
        std::optional<QString> secretId;
        std::optional<QString> secretKey;
        bool tooLong = false;
        {
            const TerminalInput::HiddenInput hidden;
            if (hidden.isHiding()) {
                m_err << tr("SecretId: ");
                m_err.flush();
            }
            secretId = TerminalInput::readLine(&tooLong);
            if (secretId && hidden.isHiding()) {
                m_err << tr("SecretKey: ");
                m_err.flush();
            }
            if (secretId)
                secretKey = TerminalInput::readLine(&tooLong);
        }
        if (tooLong)
            return usageError(tr("credentials set: a line of standard input is longer than %1 bytes; the "
                                 "SecretId and the SecretKey are short lines.")
                                  .arg(TerminalInput::kMaxLineBytes));
        if (secretKey)
            reporter.addSecret(secretKey->trimmed());
        if (!secretId || !secretKey || secretId->trimmed().isEmpty() || secretKey->trimmed().isEmpty())
            return usageError(
                tr("credentials set reads two lines from standard input: the SecretId, then the "
                   "SecretKey."));
        credentials.secretId = secretId->trimmed();
        credentials.secretKey = secretKey->trimmed();
    }
    if (api && action != "set"_L1)
        return usageError(tr("--api goes with credentials set only."));
    return exec(new CredentialsCommand(action == "set"_L1 ? CredentialsCommand::Action::Set
                                                          : CredentialsCommand::Action::Delete,
                                       name, credentials, reporter, nullptr, api));
}
