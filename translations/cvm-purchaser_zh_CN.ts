<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="+58"/>
        <source>About CVM Purchaser</source>
        <translation>关于 CVM Purchaser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CVM Purchaser</source>
        <translation>CVM Purchaser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buys pay-as-you-go (hourly) Tencent Cloud CVM instances through API 3.0 or the legacy API 2.0, and follows them until they run.</source>
        <translation>通过 API 3.0 或旧版 API 2.0 购买按小时计费的腾讯云 CVM 实例，并跟踪实例直到其开始运行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时为 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtKeychain:</source>
        <translation>QtKeychain：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU 通用公共许可证第 3 版或更高版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (for this sandbox run only: deleted when the application closes)</source>
        <translation>%1（仅限本次沙箱运行：应用程序关闭时删除）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase history:</source>
        <translation>购买记录：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: a sandbox run writes no settings</source>
        <translation>无：沙箱运行不写入任何设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings:</source>
        <translation>设置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in memory, for this sandbox run only</source>
        <translation>保存在内存中，仅限本次沙箱运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keychain (Secret Service), never a file</source>
        <translation>系统钥匙串（Secret Service），从不写入文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecretKeys and passwords:</source>
        <translation>SecretKey 和密码：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manual pages:</source>
        <translation>手册页：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide:</source>
        <translation>用户指南：</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="+52"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the credentials and the endpoint the purchase goes to.</source>
        <translation>选择本次购买使用的访问凭据和接入地址。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sandbox demo account (nothing is bought)</source>
        <translation>沙箱演示账号（不会产生任何购买）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)</source>
        <translation>环境变量（TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY）</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Credentials:</source>
        <translation>凭据(&amp;C)：</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Manage credentials…</source>
        <translation>管理凭据(&amp;M)…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;API:</source>
        <translation>API(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation>接入地址(&amp;E)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✔ Connected: the credentials work. Zones in this region: %1.</source>
        <translation>✔ 已连接：凭据有效。此地域的可用区数量：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Profile %1</source>
        <translation>凭据配置 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile %1 (API %2)</source>
        <translation>凭据配置 %1（API %2）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The sandbox serves both APIs.</source>
        <translation>沙箱同时提供两种 API。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile&apos;s API is set with: cvm-purchaser-cli credentials set --api 3.0</source>
        <translation>凭据配置的 API 用以下命令设置：cvm-purchaser-cli credentials set --api 3.0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not set: export TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY before starting CVM Purchaser, or add a profile.</source>
        <translation>未设置：请在启动 CVM Purchaser 之前导出 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY 环境变量，或添加凭据配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the key of profile %1 from the keychain…</source>
        <translation>正在从密钥环读取凭据配置 %1 的密钥…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SecretId %1. The order is written for API %2, so it is sent through API %2 with these keys.</source>
        <translation>SecretId %1。该订单是为 API %2 编写的，因此将使用这些密钥通过 API %2 发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecretId %1. This profile buys through API %2.</source>
        <translation>SecretId %1。该凭据配置通过 API %2 购买。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecretId %1</source>
        <translation>SecretId %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>ApiReplies</name>
    <message>
        <location filename="../src/protocol/ApiReplies.cpp" line="+25"/>
        <source>creation failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shut down</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returning</source>
        <translation>退还中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebooting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>开机中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shutting down</source>
        <translation>关机中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resetting password</source>
        <translation>密码重置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formatting</source>
        <translation>格式化中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making image</source>
        <translation>镜像制作中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting bandwidth</source>
        <translation>带宽设置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reinstalling</source>
        <translation>重装系统中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binding domain</source>
        <translation>域名绑定中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbinding domain</source>
        <translation>域名解绑中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binding load balancer</source>
        <translation>负载均衡绑定中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbinding load balancer</source>
        <translation>负载均衡解绑中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrading</source>
        <translation>升级中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuing key</source>
        <translation>密钥下发中</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the reply&apos;s &quot;%1&quot; cannot be trusted: %2</source>
        <translation>应答中的“%1”不可信：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds no list of instance ids</source>
        <translation>其中没有实例 ID 列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it names %1 instances for an order of %2</source>
        <translation>订购了 %2 台，却列出了 %1 台实例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an instance id</source>
        <translation>%1 不是实例 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an instance id (ins- and 8 letters or digits)</source>
        <translation>“%1”不是实例 ID（应为 ins- 加 8 位字母或数字）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it names %1 twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <location filename="../src/protocol/v3/V3Replies.cpp" line="+23"/>
        <location filename="../src/protocol/v3/V3Values.h" line="+167"/>
        <source>the reply has no usable &quot;%1&quot;</source>
        <translation>应答中没有可用的“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the cloud reports “%1”</source>
        <translation>云端报告“%1”</translation>
    </message>
    <message>
        <location filename="../src/protocol/v2/V2Replies.cpp" line="+161"/>
        <source>the cloud reports “%1” (status %2)</source>
        <translation>云端报告“%1”（状态 %2）</translation>
    </message>
    <message>
        <location filename="../src/protocol/v3/V3Lookups.cpp" line="+56"/>
        <source>item %1 of &quot;%2&quot; has a &quot;%3&quot; of the wrong type</source>
        <translation>“%2”的第 %1 项中“%3”的类型不对</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>item %1 of &quot;%2&quot; is not an object</source>
        <translation>“%2”的第 %1 项不是对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; lists %2 twice</source>
        <translation>“%1”两次列出 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; says there are %2 in all but the reply lists %3</source>
        <translation>“%1”称共有 %2 项，但应答列出了 %3 项</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+135"/>
        <source>item %1 of &quot;%2&quot; has no &quot;%3&quot;</source>
        <translation>“%2”的第 %1 项没有“%3”</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>item %1 of &quot;%2&quot;: &quot;%3&quot; is not an id of the form %4-xxxxxxxx</source>
        <translation>“%2”的第 %1 项：“%3”不是 %4-xxxxxxxx 形式的 ID</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>item %1 of &quot;%2&quot;: its &quot;%3&quot; is not a project id (a whole number, 0 or more)</source>
        <translation>“%2”的第 %1 项：其“%3”不是项目 ID（应为 0 或更大的整数）</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <location filename="../src/api/ApiClient.cpp" line="+65"/>
        <source>the reply is larger than %1 MiB</source>
        <translation>应答大于 %1 MiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the TLS certificate of %1 could not be verified (%2), so the connection was closed before the request was sent. Check the endpoint address; a proxy or network that intercepts HTTPS, or a missing CA certificate on this computer, also cause this.</source>
        <translation>无法验证 %1 的 TLS 证书（%2），因此在发送请求之前已关闭连接。请检查接入点地址；拦截 HTTPS 的代理或网络、或本机缺少 CA 证书也会导致此问题。</translation>
    </message>
    <message>
        <location filename="../src/api/ApiResult.cpp" line="+26"/>
        <source>The request has an invalid parameter.</source>
        <translation>请求中有无效的参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed: check the SecretId and SecretKey.</source>
        <translation>身份验证失败：请检查 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request expired: check that this computer&apos;s clock is correct.</source>
        <translation>请求已过期：请检查本机的时钟是否准确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access denied: this key may not perform this action.</source>
        <translation>访问被拒绝：此密钥无权执行该操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quota is exceeded.</source>
        <translation>超出了配额限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was refused as a replay.</source>
        <translation>请求被视为重放而遭到拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol is not supported.</source>
        <translation>不支持该协议。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A resource does not exist.</source>
        <translation>资源不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>The purchase failed: this configuration is not sold or out of stock.</source>
        <translation>购买失败：该配置未售卖或已售罄。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+22"/>
        <source>The account balance is insufficient: top up, then try again.</source>
        <translation>账户余额不足：请充值后重试。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The operation only partly succeeded.</source>
        <translation>操作仅部分成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is not qualified for this purchase.</source>
        <translation>该账号不具备此次购买的资格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud had an internal error.</source>
        <translation>云端发生了内部错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This API version is not supported.</source>
        <translation>不支持此 API 版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API is temporarily unavailable.</source>
        <translation>API 暂时不可用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>The password does not meet the policy for this operating system.</source>
        <translation>密码不符合该操作系统的密码规则。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The availability zone is not valid for this region.</source>
        <translation>该可用区不属于此地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud had an internal VPC error.</source>
        <translation>云端发生了私有网络（VPC）内部错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud is busy with other purchases.</source>
        <translation>云端正忙于处理其他购买请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cloud refused: too many requests from this account in a short time.</source>
        <translation>云端拒绝：此账号在短时间内的请求过多。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>约 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>约 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer&apos;s clock is wrong: it is %1 behind the cloud&apos;s clock, so the cloud refuses its requests. Correct the date and time (or turn on automatic time), then try again.</source>
        <translation>本机时钟有误：比云端时钟慢%1，因此云端拒绝了本机的请求。请校正日期和时间（或开启自动对时），然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock is wrong: it is %1 ahead of the cloud&apos;s clock, so the cloud refuses its requests. Correct the date and time (or turn on automatic time), then try again.</source>
        <translation>本机时钟有误：比云端时钟快%1，因此云端拒绝了本机的请求。请校正日期和时间（或开启自动对时），然后重试。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+19"/>
        <source>%1 (server: %2)</source>
        <translation>%1（服务器：%2）</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cloud refused the request (code %1).</source>
        <translation>云端拒绝了请求（错误码 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint answered HTTP %1 instead of an API reply.</source>
        <translation>接入地址返回了 HTTP %1，而不是 API 应答。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint could not be reached: %1</source>
        <translation>无法连接接入地址：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint did not answer in time.</source>
        <translation>接入地址未能及时应答。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint&apos;s reply could not be read: %1</source>
        <translation>无法读取接入地址的应答：%1</translation>
    </message>
    <message>
        <location filename="../src/protocol/v2/V2Replies.cpp" line="-53"/>
        <location filename="../src/protocol/v3/V3Protocol.cpp" line="+231"/>
        <source>not JSON (%1)</source>
        <translation>不是 JSON（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the endpoint answered like an API 3.0 endpoint; an API 2.0 order needs an API 2.0 endpoint, such as https://cvm.api.qcloud.com/v2/index.php</source>
        <translation>该接入地址的应答是 API 3.0 的格式；API 2.0 订单需要 API 2.0 接入地址，例如 https://cvm.api.qcloud.com/v2/index.php</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply has no numeric &quot;code&quot;</source>
        <translation>应答中没有数值型的“code”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+233"/>
        <location filename="../app/cli/ConvertCommand.cpp" line="+43"/>
        <source>Try &apos;cvm-purchaser-cli --help&apos;.</source>
        <translation>请尝试“cvm-purchaser-cli --help”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a command is required.</source>
        <translation>需要指定一个命令。</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The API endpoint.</source>
        <translation>API 接入地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials profile.</source>
        <translation>凭据配置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JSON events on standard output.</source>
        <translation>在标准输出上输出 JSON 事件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long to wait.</source>
        <translation>等待时长。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>--%1: an instance password is never read from the command line, where `ps` and the shell history show it to others. Give it on standard input with --password-stdin, e.g. `cvm-purchaser-cli purchase web.json --password-stdin &lt; password-file`.</source>
        <translation>--%1：实例密码绝不从命令行读取，否则 `ps` 和 shell 历史记录会将其暴露给他人。请使用 --password-stdin 通过标准输入提供，例如 `cvm-purchaser-cli purchase web.json --password-stdin &lt; password-file`。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: credentials are never read from the command line, where `ps` and the shell history show them to others. Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the environment, or store them with `cvm-purchaser-cli credentials set` (reads standard input).</source>
        <translation>--%1：凭据绝不从命令行读取，否则 `ps` 和 shell 历史记录会将其暴露给他人。请在环境变量中设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或使用 `cvm-purchaser-cli credentials set`（从标准输入读取）保存它们。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--timeout: give a whole number of seconds, 1 or more (not &quot;%1&quot;).</source>
        <translation>--timeout：请给出不小于 1 的整数秒数（而不是“%1”）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>validate takes exactly one template file.</source>
        <translation>validate 只接受一个模板文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>warning: %1: %2</source>
        <translation>警告：%1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1: the order is valid.</source>
        <translation>%1：订单有效。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Read the password from standard input.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not wait for the instances.</source>
        <translation>不等待实例。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>purchase takes exactly one template file.</source>
        <translation>purchase 只接受一个模板文件。</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>%1 needs at least one instance id, e.g. `cvm-purchaser-cli %1 ins-3a8bc1de`.</source>
        <translation>%1 需要至少一个实例 ID，例如 `cvm-purchaser-cli %1 ins-3a8bc1de`。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>--region: &quot;%1&quot; is not a region of API %2; the regions are %3.</source>
        <translation>--region：“%1”不是 API %2 的地域；可用地域为 %3。</translation>
    </message>
    <message>
        <location line="-444"/>
        <location line="+615"/>
        <source>--profile: %1</source>
        <translation>--profile: %1</translation>
    </message>
    <message>
        <location line="-883"/>
        <source>Usage: cvm-purchaser-cli COMMAND [OPTIONS]

Buy pay-as-you-go Tencent Cloud CVM instances (API 2.0 RunInstancesHour, or API 3.0
RunInstances for templates with &quot;api&quot;: &quot;3.0&quot;) from order templates, and follow them
until they run.

Commands:
  validate TEMPLATE
      Check a template against every rule of the API; prints one line per problem,
      &quot;field: message&quot;, and exits 1 if there is any.
  purchase TEMPLATE [--endpoint URL] [--profile NAME] [--password-stdin]
                    [--no-wait] [--timeout SECONDS] [--dry-run] [--json]
      Validate the order (nothing is sent if it breaks a rule), write it to the purchase
      journal with a fresh clientToken, send it, retry only failures that are safe to
      retry and always with the same clientToken, then wait until every instance runs,
      fails, or the timeout passes.
  purchase --replace-failed PURCHASE [--endpoint URL] [--profile NAME]
                    [--password-stdin] [--no-wait] [--timeout SECONDS] [--json]
      Buy again the failed instances of a past purchase (its client token or one of its
      instance ids): the same order for as many instances, as a new purchase with a new
      clientToken, at the endpoint the past purchase went to.
  status [--region R] [--endpoint URL] [--profile NAME] [--wait] [--timeout SECONDS]
         [--json] INSTANCE_ID...
      Print the state and addresses of the instances once; with --wait, follow them until
      each runs or fails.
  terminate [--yes] [--region R] [--endpoint URL] [--profile NAME] [--timeout SECONDS]
            [--json] INSTANCE_ID...
      API 3.0: destroy the instances after asking on the terminal (more than 10: type
      their number), follow them until the cloud lists them no more, and record that in
      the purchase history. Instances protected from termination are reported, never
      sent. Without a terminal it needs --yes, and otherwise sends nothing (exit 2).
  resume [--endpoint URL] [--profile NAME] [--json]
      Finish every journaled purchase that has no confirmed instance ids: send the same
      order with the same clientToken (the password read back from the keychain where
      one was used), then follow its instances. Purchases whose instances have not all
      settled are followed too. Only purchases sent to this endpoint are resumed.
  history [--search TEXT] [--since DATE] [--state STATE] [--limit N] [--json]
      List past purchases, newest first. --search matches an instance id, a name, a
      client token or a zone; --since takes YYYY-MM-DD (local time) or an ISO date and
      time; --state is unconfirmed, tracking, running, partly-failed, failed or
      terminated. With --json one object per line: {&quot;clientToken&quot;,&quot;time&quot;,&quot;api&quot;,
      &quot;region&quot;,&quot;zone&quot;,&quot;instanceType&quot;,&quot;count&quot;,&quot;state&quot;,&quot;instanceIds&quot;}.
  list zones|instance-types|images|key-pairs|vpcs|subnets|security-groups|projects
       [--region R] [--zone Z] [--vpc VPC_ID] [--endpoint URL] [--profile NAME] [--json]
      Ask the cloud what the account has in the region (default: ap-guangzhou, API 2.0:
      gz), every page of it, and print one line per item; with --json one object per
      line: zones {&quot;zone&quot;,&quot;name&quot;,&quot;state&quot;}, instance-types {&quot;instanceType&quot;,&quot;cpu&quot;,
      &quot;memory&quot;,&quot;status&quot;,&quot;price&quot;} (of the --zone, which it needs), images {&quot;imageId&quot;,
      &quot;name&quot;,&quot;os&quot;,&quot;platform&quot;,&quot;type&quot;}, key-pairs {&quot;keyId&quot;,&quot;name&quot;}, vpcs {&quot;vpcId&quot;,
      &quot;name&quot;,&quot;cidr&quot;,&quot;isDefault&quot;}, subnets {&quot;subnetId&quot;,&quot;name&quot;,&quot;vpcId&quot;,&quot;zone&quot;,
      &quot;cidr&quot;,&quot;availableIps&quot;} (of the --vpc and --zone when given), security-groups
      {&quot;securityGroupId&quot;,&quot;name&quot;,&quot;description&quot;,&quot;isDefault&quot;}, projects {&quot;projectId&quot;,
      &quot;name&quot;}. API 2.0 lists zones, images and key-pairs only (others: exit 2).
  export TEMPLATE --format sdk-json|terraform
      Hand an API 3.0 order to other tools: sdk-json prints the RunInstances request
      body the official SDKs and tccli&apos;s --cli-input-json take, terraform a Terraform
      tencentcloud_instance resource, with a # comment for what it cannot express.
      Neither holds a password or a client token. An invalid template: its problems,
      as validate prints them, exit 1; an API 2.0 template: exit 2.
  convert TEMPLATE
      Print the API 3.0 template equivalent to an API 2.0 one: zone ids as zone names
      (100003 as ap-guangzhou-3), CVM.S1 with 1 core and 2 GB as S1.SMALL2, disk types
      and bandwidth billing in API 3.0 terms. Where a key has no equivalent, prints one
      line per such key, &quot;key: why&quot;, and exits 1; an invalid template: its problems, as
      validate prints them, exit 1; an API 3.0 template: exit 2.
  credentials set [--profile NAME] [--api 2.0|3.0]
      Read the SecretId and the SecretKey from two lines of standard input (not echoed
      on a terminal) and store them in the system keychain.
  credentials delete [--profile NAME]
      Remove a stored profile and its SecretKey.
  credentials list
      Print each stored profile&apos;s name and SecretId, all but its last 4 characters masked.

Options:
  --endpoint URL      Where API calls go. Default: $CVM_PURCHASER_ENDPOINT, else
                      https://cvm.api.qcloud.com/v2/index.php (API 3.0:
                      https://cvm.tencentcloudapi.com/). http:// only for
                      127.0.0.1, ::1 and localhost.
  --profile NAME      The keychain profile to use, store or delete (default: &quot;default&quot;).
  --password-stdin    Read the instance password from the first line of standard input
                      (not echoed on a terminal). A password is never accepted as an
                      argument, where other users and the shell history would see it.
  --no-wait           Exit as soon as the cloud has confirmed the instance ids.
  --dry-run           API 3.0 templates: let the cloud check the order (parameters,
                      quota, stock, balance) and tell its hourly price; buys nothing,
                      journals nothing. Exits 0 if the cloud would accept it, 3 if not.
  --timeout SECONDS   How long to wait for the instances (default 600).
  --region R          The region of the instances (gz, sh, bj, hk, ...). Default: the
                      region the purchase journal recorded for them. list: the region
                      to list (default ap-guangzhou, API 2.0: gz).
  --zone Z            list: the zone of the instance types, or of the subnets.
  --vpc VPC_ID        list subnets: only the VPC&apos;s subnets.
  --wait              Follow the instances until each runs or fails.
  --yes               terminate: do not ask; the instances are destroyed.
  --format FORMAT     export: sdk-json or terraform.
  --json              One JSON object per line on standard output, and nothing else;
                      the progress for people goes to standard error.
  -h, --help          Show this help.
  -v, --version       Show the version.

Credentials, the first that is set wins: TENCENTCLOUD_SECRET_ID and
TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN) in the environment; the
profile named by --profile; the profile &quot;default&quot;.

API: a template&apos;s &quot;api&quot; decides for purchase (and the journal for resume); status
uses $CVM_PURCHASER_API (2.0 or 3.0), else the API the journal recorded for the
instances, else the profile&apos;s API (credentials set --api), else 2.0; list uses
$CVM_PURCHASER_API, else the profile&apos;s API, else 2.0.

Files: the purchase history $XDG_DATA_HOME/cvm-purchaser/history.sqlite; profile names
and SecretIds in $XDG_CONFIG_HOME/cvm-purchaser/; SecretKeys and held instance
passwords only in the system keychain.

JSON events (--json):
  {&quot;event&quot;:&quot;submitted&quot;,&quot;clientToken&quot;:&quot;...&quot;,&quot;instanceIds&quot;:[&quot;ins-...&quot;]}
  {&quot;event&quot;:&quot;state&quot;,&quot;instanceId&quot;:&quot;ins-...&quot;,&quot;name&quot;:&quot;...&quot;,
   &quot;status&quot;:&quot;creating|running|failed|other&quot;,&quot;lanIp&quot;:&quot;...&quot;,&quot;wanIps&quot;:[&quot;...&quot;],
   &quot;reason&quot;:&quot;...&quot;}  (reason: the cloud&apos;s own words, for a failed instance)
  terminate: {&quot;event&quot;:&quot;state&quot;,&quot;instanceId&quot;:&quot;ins-...&quot;,
   &quot;status&quot;:&quot;terminating|terminated|protected|refused|unknown&quot;,&quot;reason&quot;:&quot;...&quot;}
   and {&quot;event&quot;:&quot;done&quot;,&quot;terminated&quot;:[...],&quot;failed&quot;:[...],&quot;pending&quot;:[...]}
  {&quot;event&quot;:&quot;retry&quot;,&quot;attempt&quot;:2,&quot;reason&quot;:&quot;...&quot;}
  {&quot;event&quot;:&quot;done&quot;,&quot;running&quot;:[...],&quot;failed&quot;:[...],&quot;pending&quot;:[...]}
  {&quot;event&quot;:&quot;error&quot;,&quot;code&quot;:&quot;...&quot;,&quot;message&quot;:&quot;...&quot;}
  {&quot;event&quot;:&quot;dryRun&quot;,&quot;accepted&quot;:true,&quot;instanceCount&quot;:1,&quot;instancePrice&quot;:0.6,
   &quot;instanceUnit&quot;:&quot;HOUR&quot;,&quot;bandwidthPrice&quot;:0.8,&quot;bandwidthUnit&quot;:&quot;GB&quot;}  (--dry-run)

Exit status:
  0  success: every instance running (status without --wait: none failed), or
     submitted with --no-wait
  1  invalid template or order; nothing was sent
  2  usage error, or no usable credentials, keychain or journal; nothing was sent
  3  refused by the API (authentication, balance, parameters)
  4  some instances failed
  5  timed out while waiting
  6  network failure after the retries (no usable answer from the endpoint)
  resume exits with the highest status of the purchases it finished.
</source>
        <translation>用法：cvm-purchaser-cli 命令 [选项]

根据订单模板购买按量计费（按小时）的腾讯云 CVM 实例（API 2.0
RunInstancesHour；&quot;api&quot;: &quot;3.0&quot; 的模板使用 API 3.0 RunInstances），并跟踪
实例直到其开始运行。

命令：
  validate TEMPLATE
      按 API 的每条规则检查模板；每个问题输出一行“字段: 说明”，
      有任何问题时以状态 1 退出。
  purchase TEMPLATE [--endpoint URL] [--profile NAME] [--password-stdin]
                    [--no-wait] [--timeout SECONDS] [--dry-run] [--json]
      校验订单（违反任何规则时不发送），以新的 clientToken 将其写入
      购买日志后发送；只重试可以安全重试的失败，且始终使用同一个
      clientToken；然后等待每台实例运行、失败或超时。
  purchase --replace-failed PURCHASE [--endpoint URL] [--profile NAME]
                    [--password-stdin] [--no-wait] [--timeout SECONDS] [--json]
      重新购买以前某次购买中失败的实例（以其 client token 或其中一个实例 ID
      指定）：同一订单、同样台数，作为使用新 clientToken 的新购买，发送到
      原购买所用的接入地址。
  status [--region R] [--endpoint URL] [--profile NAME] [--wait] [--timeout SECONDS]
         [--json] INSTANCE_ID...
      输出一次实例的状态和地址；使用 --wait 时跟踪实例，直到每台
      实例运行或失败。
  terminate [--yes] [--region R] [--endpoint URL] [--profile NAME] [--timeout SECONDS]
            [--json] INSTANCE_ID...
      API 3.0：在终端上确认后销毁实例（超过 10 台时需输入台数），跟踪实例直到
      云端不再列出它们，并将此记入购买历史。开启了销毁保护的实例只报告、不发送。
      没有终端时需要 --yes，否则不发送任何请求（退出状态 2）。
  resume [--endpoint URL] [--profile NAME] [--json]
      完成购买日志中所有尚无已确认实例 ID 的购买：使用同一个
      clientToken 重新发送同一订单（如使用了密码，则从密钥环读回），
      然后跟踪其实例。实例尚未全部有结果的购买也会继续跟踪。
      只恢复发送到此接入地址的购买。
  history [--search TEXT] [--since DATE] [--state STATE] [--limit N] [--json]
      按时间从新到旧列出过去的购买。--search 匹配实例 ID、名称、client token
      或可用区；--since 接受 YYYY-MM-DD（本地时间）或 ISO 日期时间；--state 为
      unconfirmed、tracking、running、partly-failed、failed 或 terminated。
      使用 --json 时每行一个对象：{&quot;clientToken&quot;,&quot;time&quot;,&quot;api&quot;,
      &quot;region&quot;,&quot;zone&quot;,&quot;instanceType&quot;,&quot;count&quot;,&quot;state&quot;,&quot;instanceIds&quot;}。
  list zones|instance-types|images|key-pairs|vpcs|subnets|security-groups|projects
       [--region R] [--zone Z] [--vpc VPC_ID] [--endpoint URL] [--profile NAME] [--json]
      向云端查询账号在该地域拥有的资源（默认地域 ap-guangzhou，API 2.0 为 gz），
      逐页取完，每项输出一行；使用 --json 时每行一个对象：zones {&quot;zone&quot;,&quot;name&quot;,
      &quot;state&quot;}，instance-types {&quot;instanceType&quot;,&quot;cpu&quot;,&quot;memory&quot;,&quot;status&quot;,&quot;price&quot;}
      （--zone 所指可用区的，必须给出 --zone），images {&quot;imageId&quot;,&quot;name&quot;,&quot;os&quot;,
      &quot;platform&quot;,&quot;type&quot;}，key-pairs {&quot;keyId&quot;,&quot;name&quot;}，vpcs {&quot;vpcId&quot;,&quot;name&quot;,
      &quot;cidr&quot;,&quot;isDefault&quot;}，subnets {&quot;subnetId&quot;,&quot;name&quot;,&quot;vpcId&quot;,&quot;zone&quot;,&quot;cidr&quot;,
      &quot;availableIps&quot;}（给出 --vpc 和 --zone 时按其筛选），security-groups
      {&quot;securityGroupId&quot;,&quot;name&quot;,&quot;description&quot;,&quot;isDefault&quot;}，projects
      {&quot;projectId&quot;,&quot;name&quot;}。API 2.0 只能列出 zones、images 和 key-pairs（其他种类：
      退出状态 2）。
  export TEMPLATE --format sdk-json|terraform
      将 API 3.0 订单交给其他工具：sdk-json 输出官方 SDK 和 tccli 的
      --cli-input-json 所接受的 RunInstances 请求体，terraform 输出 Terraform 的
      tencentcloud_instance 资源，其无法表达的设置以 # 注释说明。两者都不含密码
      和 client token。模板无效时按 validate 的格式输出问题，退出状态 1；
      API 2.0 模板：退出状态 2。
  convert TEMPLATE
      输出与 API 2.0 模板等价的 API 3.0 模板：可用区 ID 换成可用区名称
      （100003 换成 ap-guangzhou-3），1 核 2 GB 的 CVM.S1 换成 S1.SMALL2，
      硬盘类型和带宽计费方式换成 API 3.0 的写法。某些键没有对应项时，每个这样的
      键输出一行“键: 原因”，退出状态 1；模板无效时按 validate 的格式输出问题，
      退出状态 1；API 3.0 模板：退出状态 2。
  credentials set [--profile NAME] [--api 2.0|3.0]
      从标准输入的两行读取 SecretId 和 SecretKey（在终端上不回显），
      并将其保存到系统密钥环。
  credentials delete [--profile NAME]
      删除已保存的凭据配置及其 SecretKey。
  credentials list
      输出每个已保存凭据配置的名称和 SecretId（只显示最后 4 个字符）。

选项：
  --endpoint URL      API 调用的目标地址。默认为 $CVM_PURCHASER_ENDPOINT，
                      否则为 https://cvm.api.qcloud.com/v2/index.php（API 3.0：
                      https://cvm.tencentcloudapi.com/）。
                      http:// 仅限 127.0.0.1、::1 和 localhost。
  --profile NAME      要使用、保存或删除的密钥环凭据配置（默认为“default”）。
  --password-stdin    从标准输入的第一行读取实例密码（在终端上不回显）。
                      密码绝不作为命令行参数接受，否则其他用户和 shell
                      历史记录都能看到它。
  --no-wait           云端确认实例 ID 后立即退出。
  --dry-run           仅限 API 3.0 模板：由云端检查订单（参数、配额、库存、
                      余额）并告知每小时价格；不购买，也不写入购买日志。
                      云端会接受时退出状态为 0，否则为 3。
  --timeout SECONDS   等待实例的时长（默认 600 秒）。
  --region R          实例所在的地域（gz、sh、bj、hk……）。默认为购买日志
                      中为这些实例记录的地域。list：要列出的地域（默认
                      ap-guangzhou，API 2.0 为 gz）。
  --zone Z            list：实例规格所在的可用区，或要列出其子网的可用区。
  --vpc VPC_ID        list subnets：只列出该 VPC 的子网。
  --wait              跟踪实例，直到每台实例运行或失败。
  --yes               terminate：不再询问，直接销毁实例。
  --format FORMAT     export：sdk-json 或 terraform。
  --json              在标准输出上每行输出一个 JSON 对象，不输出其他内容；
                      面向用户的进度信息输出到标准错误。
  -h, --help          显示此帮助。
  -v, --version       显示版本。

凭据（按以下顺序，第一个已设置的生效）：环境变量 TENCENTCLOUD_SECRET_ID 和
TENCENTCLOUD_SECRET_KEY（以及 TENCENTCLOUD_SESSION_TOKEN）；--profile 指定的
凭据配置；名为“default”的凭据配置。

API：purchase 由模板的 &quot;api&quot; 决定（resume 由购买日志决定）；status 依次使用
$CVM_PURCHASER_API（2.0 或 3.0）、购买日志为这些实例记录的 API、凭据配置的
API（credentials set --api），否则为 2.0；list 依次使用 $CVM_PURCHASER_API、
凭据配置的 API，否则为 2.0。

文件：购买历史 $XDG_DATA_HOME/cvm-purchaser/history.sqlite；凭据配置名称和
SecretId 位于 $XDG_CONFIG_HOME/cvm-purchaser/；SecretKey 和暂存的实例密码
只保存在系统密钥环中。

JSON 事件（--json）：
  {&quot;event&quot;:&quot;submitted&quot;,&quot;clientToken&quot;:&quot;...&quot;,&quot;instanceIds&quot;:[&quot;ins-...&quot;]}
  {&quot;event&quot;:&quot;state&quot;,&quot;instanceId&quot;:&quot;ins-...&quot;,&quot;name&quot;:&quot;...&quot;,
   &quot;status&quot;:&quot;creating|running|failed|other&quot;,&quot;lanIp&quot;:&quot;...&quot;,&quot;wanIps&quot;:[&quot;...&quot;],
   &quot;reason&quot;:&quot;...&quot;}  （reason：失败实例的云端原话）
  terminate：{&quot;event&quot;:&quot;state&quot;,&quot;instanceId&quot;:&quot;ins-...&quot;,
   &quot;status&quot;:&quot;terminating|terminated|protected|refused|unknown&quot;,&quot;reason&quot;:&quot;...&quot;}
   以及 {&quot;event&quot;:&quot;done&quot;,&quot;terminated&quot;:[...],&quot;failed&quot;:[...],&quot;pending&quot;:[...]}
  {&quot;event&quot;:&quot;retry&quot;,&quot;attempt&quot;:2,&quot;reason&quot;:&quot;...&quot;}
  {&quot;event&quot;:&quot;done&quot;,&quot;running&quot;:[...],&quot;failed&quot;:[...],&quot;pending&quot;:[...]}
  {&quot;event&quot;:&quot;error&quot;,&quot;code&quot;:&quot;...&quot;,&quot;message&quot;:&quot;...&quot;}
  {&quot;event&quot;:&quot;dryRun&quot;,&quot;accepted&quot;:true,&quot;instanceCount&quot;:1,&quot;instancePrice&quot;:0.6,
   &quot;instanceUnit&quot;:&quot;HOUR&quot;,&quot;bandwidthPrice&quot;:0.8,&quot;bandwidthUnit&quot;:&quot;GB&quot;}  (--dry-run)

退出状态：
  0  成功：每台实例均在运行（不带 --wait 的 status：没有失败的实例），或
     使用 --no-wait 时已提交
  1  模板或订单无效；没有发送任何请求
  2  用法错误，或没有可用的凭据、密钥环或购买日志；没有发送任何请求
  3  被 API 拒绝（身份验证、余额、参数）
  4  部分实例失败
  5  等待超时
  6  多次重试后网络仍然故障（接入地址没有给出可用的应答）
  resume 的退出状态为其完成的各笔购买中最高的状态。</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>unknown command &quot;%1&quot;; the commands are validate, purchase, status, terminate, resume, history, list, export, convert and credentials.</source>
        <translation>未知命令“%1”；可用命令为 validate、purchase、status、terminate、resume、history、list、export、convert 和 credentials。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Usage: cvm-purchaser-cli %1 [options]</source>
        <translation>用法：cvm-purchaser-cli %1 [选项]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The commands&apos; arguments, the JSON events and the exit statuses: cvm-purchaser-cli --help, or man cvm-purchaser-cli.</source>
        <translation>各命令的参数、JSON 事件和退出状态：见 cvm-purchaser-cli --help 或 man cvm-purchaser-cli。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>sdk-json or terraform.</source>
        <translation>sdk-json 或 terraform。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export takes exactly one template file.</source>
        <translation>export 只接受一个模板文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export needs --format sdk-json or --format terraform.</source>
        <translation>export 需要 --format sdk-json 或 --format terraform。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format: give sdk-json or terraform (not &quot;%1&quot;).</source>
        <translation>--format：请给出 sdk-json 或 terraform（而不是“%1”）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is an API %2 template; export takes API 3.0 templates (&quot;api&quot;: &quot;3.0&quot;), whose RunInstances request the SDKs and Terraform know.</source>
        <translation>%1 是 API %2 模板；export 只接受 API 3.0 模板（&quot;api&quot;: &quot;3.0&quot;），SDK 和 Terraform 只认识其 RunInstances 请求。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>convert takes exactly one template file.</source>
        <translation>convert 只接受一个模板文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Let the cloud check the order; buy nothing.</source>
        <translation>由云端检查订单；不购买。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buy again, as a new purchase, the instances of a past purchase that failed.</source>
        <translation>将以前某次购买中失败的实例作为新购买重新购买。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>purchase --replace-failed takes no template: the order is the past purchase&apos;s.</source>
        <translation>purchase --replace-failed 不接受模板：订单取自以前的那次购买。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The order is invalid; nothing was sent.</source>
        <translation>订单无效；没有发送任何请求。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--replace-failed: that purchase was sent to %1, not %2; give --endpoint %1 to buy its replacements there.</source>
        <translation>--replace-failed：那次购买发送到了 %1，而不是 %2；请指定 --endpoint %1，在那里购买替换实例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--replace-failed: the purchase logged in with a password, which is never kept; give it again with --password-stdin.</source>
        <translation>--replace-failed：那次购买使用密码登录，而密码从不保存；请用 --password-stdin 再次提供密码。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Instance password: </source>
        <translation>实例密码：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-stdin: the first line of standard input is longer than %1 bytes; put only the instance password on it.</source>
        <translation>--password-stdin：标准输入的第一行超过 %1 字节；请在这一行只放实例密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin: the first line of standard input is empty; put the instance password there, or leave out --password-stdin.</source>
        <translation>--password-stdin：标准输入的第一行为空；请在第一行提供实例密码，或去掉 --password-stdin。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--dry-run: API %1 has no dry run; only API 3.0 templates (&quot;api&quot;: &quot;3.0&quot;) can be checked by the cloud without buying.</source>
        <translation>--dry-run：API %1 不支持预检；只有 API 3.0 模板（&quot;api&quot;: &quot;3.0&quot;）可以由云端检查而不购买。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The purchase history cannot be read: %1</source>
        <translation>无法读取购买历史：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no purchase in the history has the client token or instance id &quot;%1&quot;.</source>
        <translation>购买历史中没有 client token 或实例 ID 为“%1”的购买。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the history&apos;s record of purchase %1 cannot be trusted (%2).</source>
        <translation>购买 %1 在历史中的记录不可信（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order of purchase %1 cannot be read back: %2</source>
        <translation>无法读回购买 %1 的订单：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no instance of purchase %1 failed (%2 bought); there is nothing to replace.</source>
        <translation>购买 %1 的实例均未失败（共购买 %2 台）；没有需要替换的实例。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Replacing %n failed instance(s) of purchase %1 with a new purchase.</source>
        <translation>
            <numerusform>正在以一次新购买替换购买 %1 中失败的 %n 台实例。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-556"/>
        <source>The region of the instances.</source>
        <translation>实例所在的地域。</translation>
    </message>
    <message>
        <location line="+566"/>
        <source>Wait until each instance runs or fails.</source>
        <translation>等待每台实例运行或失败。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The region to list.</source>
        <translation>要列出的地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zone (instance types, subnets).</source>
        <translation>可用区（实例规格、子网）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VPC (subnets).</source>
        <translation>VPC（子网）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list takes one kind of resource: %1.</source>
        <translation>list 需要一种资源：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list: &quot;%1&quot; is no kind of resource; give one of %2.</source>
        <translation>list：“%1”不是一种资源；请给出 %2 之一。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--zone applies to list instance-types and list subnets only.</source>
        <translation>--zone 只适用于 list instance-types 和 list subnets。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--vpc applies to list subnets only.</source>
        <translation>--vpc 只适用于 list subnets。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list instance-types needs --zone: the instance types of one zone, e.g. --zone ap-guangzhou-3 (list zones names them).</source>
        <translation>list instance-types 需要 --zone：列出一个可用区的实例规格，例如 --zone ap-guangzhou-3（list zones 会列出可用区）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--zone: give a zone name such as ap-guangzhou-3 (list zones names them).</source>
        <translation>--zone：请给出可用区名称，例如 ap-guangzhou-3（list zones 会列出可用区）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--vpc: &quot;%1&quot; is not a VPC id (vpc- and 8 lowercase letters or digits).</source>
        <translation>--vpc：“%1”不是 VPC ID（vpc- 加 8 个小写字母或数字）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API %1 has no list of %2; it lists zones, images and key-pairs. Use an API 3.0 profile (credentials set --api 3.0) or CVM_PURCHASER_API=3.0.</source>
        <translation>API %1 无法列出 %2；它只能列出 zones、images 和 key-pairs。请使用 API 3.0 的凭据配置（credentials set --api 3.0）或 CVM_PURCHASER_API=3.0。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--region is needed: the purchase journal does not know %1.</source>
        <translation>需要 --region：购买日志中没有 %1 的记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>these instances are in several regions (%1): ask for each region&apos;s instances with its own --region.</source>
        <translation>这些实例分布在多个地域（%1）：请为每个地域的实例分别使用对应的 --region 查询。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Terminate without asking.</source>
        <translation>不询问，直接销毁。</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>&quot;%1&quot; is not an instance id (ins- and 8 lowercase letters or digits).</source>
        <translation>“%1”不是实例 ID（ins- 加 8 个小写字母或数字）。</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>API %1 cannot terminate instances; terminate them in the console, or buy with API 3.0.</source>
        <translation>API %1 无法销毁实例；请在控制台销毁，或使用 API 3.0 购买。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>terminate destroys instances and asks first; without a terminal to ask on, add --yes. Nothing was sent.</source>
        <translation>terminate 会销毁实例，并会先询问；没有可供询问的终端时，请加上 --yes。没有发送任何请求。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1, bought %2 in %3 (%4; purchase %5)</source>
        <translation>  %1，%2 购于 %3（%4；购买 %5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1, not in the purchase history</source>
        <translation>  %1，不在购买历史中</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Terminate %n instance(s) in %1? They are destroyed with their data and cannot be recovered.</source>
        <translation>
            <numerusform>销毁 %1 中的 %n 台实例？实例及其数据将被销毁，且无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type %1 to terminate them: </source>
        <translation>输入 %1 以销毁这些实例：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was terminated.</source>
        <translation>没有销毁任何实例。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>resume takes no arguments besides its options; it finishes every unfinished purchase in the journal.</source>
        <translation>resume 除选项外不接受参数；它会完成购买日志中所有未完成的购买。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An instance id, name, client token or zone.</source>
        <translation>实例 ID、名称、client token 或可用区。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only purchases submitted since then.</source>
        <translation>只列出此后提交的购买。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only purchases in this state.</source>
        <translation>只列出处于此状态的购买。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many purchases.</source>
        <translation>最多列出这么多笔购买。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>history takes no arguments besides its options; search with --search TEXT.</source>
        <translation>history 除选项外不接受参数；请用 --search TEXT 搜索。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--since: &quot;%1&quot; is not a date; give YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.</source>
        <translation>--since：“%1”不是日期；请给出 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SS。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--state: &quot;%1&quot; is not a state; the states are %2.</source>
        <translation>--state：“%1”不是状态；可用的状态有 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit: &quot;%1&quot; is not a whole number of at least 1.</source>
        <translation>--limit：“%1”不是不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API the profile speaks: 2.0 or 3.0.</source>
        <translation>凭据配置使用的 API：2.0 或 3.0。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--api: &quot;%1&quot; is not an API version; use 2.0 or 3.0.</source>
        <translation>--api：“%1”不是 API 版本；请使用 2.0 或 3.0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentials takes one of set, delete and list.</source>
        <translation>credentials 需要 set、delete 或 list 之一。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>credentials list takes no --profile: it lists every profile.</source>
        <translation>credentials list 不接受 --profile：它会列出所有凭据配置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No credentials profiles are stored; add one with `cvm-purchaser-cli credentials set`.</source>
        <translation>没有已保存的凭据配置；请使用 `cvm-purchaser-cli credentials set` 添加。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SecretId: </source>
        <translation>SecretId：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SecretKey: </source>
        <translation>SecretKey：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>credentials set: a line of standard input is longer than %1 bytes; the SecretId and the SecretKey are short lines.</source>
        <translation>credentials set：标准输入中有一行超过 %1 字节；SecretId 和 SecretKey 都是很短的一行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>credentials set reads two lines from standard input: the SecretId, then the SecretKey.</source>
        <translation>credentials set 从标准输入读取两行：先是 SecretId，然后是 SecretKey。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--api goes with credentials set only.</source>
        <translation>--api 只能与 credentials set 一起使用。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+68"/>
        <source>Asking the cloud for instances bought by CVM Purchaser that the history does not list…</source>
        <translation>正在向云端查询由 CVM Purchaser 购买、但购买记录中没有的实例…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cloud holds no instance bought by CVM Purchaser that the history does not list.</source>
        <translation>云端没有由 CVM Purchaser 购买、但购买记录中没有的实例。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the credentials of profile &quot;%1&quot;: the system keychain is not available (no Secret Service answers on the D-Bus session bus). Start gnome-keyring (or KeePassXC&apos;s Secret Service) in this session, or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY for this run: the environment needs no keychain.</source>
        <translation>无法读取凭据配置“%1”中的凭据：系统密钥环不可用（D-Bus 会话总线上没有 Secret Service 应答）。请在本会话中启动 gnome-keyring（或 KeePassXC 的 Secret Service），或为本次运行设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY：使用环境变量不需要密钥环。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are set, and they come first: --profile %1 is not used. Unset them to use the profile.</source>
        <translation>已设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，它们优先：不使用 --profile %1。如需使用该凭据配置，请取消设置这两个环境变量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: the environment (SecretId %1).</source>
        <translation>凭据：环境变量（SecretId %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials: profile &quot;%1&quot; (SecretId %2).</source>
        <translation>凭据：凭据配置“%1”（SecretId %2）。</translation>
    </message>
</context>
<context>
    <name>CliReporter</name>
    <message>
        <location filename="../app/cli/CliReporter.cpp" line="+91"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Bought %n instance(s) (clientToken %1): %2</source>
        <translation>
            <numerusform>已购买 %n 台实例（clientToken %1）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n instance(s) in %1 bought with clientToken %2 are not in the purchase history: %3. They cost money while they run; follow them with `CVM_PURCHASER_API=3.0 cvm-purchaser-cli status --region %1 --wait %4`.</source>
        <translation>
            <numerusform>%1 中以 clientToken %2 购买的 %n 台实例不在购买记录中：%3。它们运行期间一直计费；可用 `CVM_PURCHASER_API=3.0 cvm-purchaser-cli status --region %1 --wait %4` 跟踪它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Dry run: the cloud checked the order for %n instance(s) and would accept it. Nothing was bought.</source>
        <translation>
            <numerusform>预检：云端已检查购买 %n 台实例的订单，将会接受。没有购买任何实例。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price: %1 per %2 for the instances, plus %3 per %4 for the bandwidth.</source>
        <translation>价格：实例每 %2 %1，另加带宽每 %4 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attempt %1 with the same clientToken in %2 s: %3</source>
        <translation>%2 秒后使用相同的 clientToken 进行第 %1 次尝试：%3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>LAN %1</source>
        <translation>内网 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAN %1</source>
        <translation>公网 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Instances: %1 of %2 running, %3 pending, %4 failed</source>
        <translation>实例：%2 台中 %1 台运行中，%3 台未完成，%4 台失败</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Done: %1 terminated, %2 not terminated, %3 still going.</source>
        <translation>完成：%1 台已销毁，%2 台未销毁，%3 台仍在销毁中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not terminated: %1.</source>
        <translation>未销毁：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still going: %1.</source>
        <translation>仍在销毁中：%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done: %1 running, %2 failed, %3 pending.</source>
        <translation>完成：%1 台运行中，%2 台失败，%3 台未完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed: %1.</source>
        <translation>失败：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending: %1.</source>
        <translation>未完成：%1。</translation>
    </message>
</context>
<context>
    <name>CliTracking</name>
    <message numerus="yes">
        <location filename="../app/cli/CliTracking.cpp" line="+38"/>
        <source>Asking for the state of %n instance(s) in %1.</source>
        <translation>
            <numerusform>正在查询 %1 中 %n 台实例的状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting for %n instance(s) in %1 to run or fail.</source>
        <translation>
            <numerusform>正在等待 %1 中的 %n 台实例运行或失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cloud refused to describe the instances: %1</source>
        <translation>云端拒绝了查询实例的请求：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The instances&apos; status could not be read: %1</source>
        <translation>无法读取实例状态：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The instances&apos; status could not be read, trying again shortly: %1</source>
        <translation>无法读取实例状态，稍后重试：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>The instances&apos; status could not be read in %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后仍无法读取实例状态：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n instance(s) failed: %1</source>
        <translation>
            <numerusform>%n 台实例失败：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped waiting after %n second(s); still pending: %1</source>
        <translation>
            <numerusform>等待 %n 秒后已停止；仍未完成：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudQueries</name>
    <message>
        <location filename="../src/api/CloudQueries.cpp" line="+84"/>
        <source>the total changed from %1 to %2 between pages</source>
        <translation>翻页之间总数从 %1 变成了 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pages list more than the %1 the reply says there are</source>
        <translation>各页列出的项多于应答所称的 %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a page came back empty after %1 of the %2 the reply says there are</source>
        <translation>在应答所称的 %2 项中取得 %1 项后，返回了空页</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+18"/>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 出现了不止一次；请只给出一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has an empty value; give a value or leave the flag out (an empty value never means the default).</source>
        <translation>%1 的值为空；请给出一个值，或省略该选项（空值绝不表示默认值）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value, but is followed by the option &quot;%2&quot;.</source>
        <translation>%1 需要一个值，但其后紧跟的是选项“%2”。</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="-17"/>
        <source>warning: %1: %2</source>
        <translation>警告：%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is an API %2 template already; convert takes API 2.0 templates.</source>
        <translation>%1 已经是 API %2 模板；convert 只接受 API 2.0 模板。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no API 3.0 equivalent; nothing was converted.</source>
        <translation>%1 没有等价的 API 3.0 模板；未转换任何内容。</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <location filename="../src/secrets/CredentialResolver.cpp" line="+24"/>
        <source>no credentials: set TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or run `cvm-purchaser-cli credentials set`</source>
        <translation>没有凭据：请设置 TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY，或运行 `cvm-purchaser-cli credentials set`</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not: set TENCENTCLOUD_SECRET_KEY too, or unset TENCENTCLOUD_SECRET_ID to use a stored profile</source>
        <translation>已设置 TENCENTCLOUD_SECRET_ID，但未设置 TENCENTCLOUD_SECRET_KEY：请同时设置 TENCENTCLOUD_SECRET_KEY，或取消设置 TENCENTCLOUD_SECRET_ID 以使用已保存的凭据配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not: set TENCENTCLOUD_SECRET_ID too, or unset TENCENTCLOUD_SECRET_KEY to use a stored profile</source>
        <translation>已设置 TENCENTCLOUD_SECRET_KEY，但未设置 TENCENTCLOUD_SECRET_ID：请同时设置 TENCENTCLOUD_SECRET_ID，或取消设置 TENCENTCLOUD_SECRET_KEY 以使用已保存的凭据配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TENCENTCLOUD_SESSION_TOKEN is set without TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY: set all three, or unset TENCENTCLOUD_SESSION_TOKEN</source>
        <translation>已设置 TENCENTCLOUD_SESSION_TOKEN，但未设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY：请三者都设置，或取消设置 TENCENTCLOUD_SESSION_TOKEN</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--profile: %1</source>
        <translation>--profile: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no credentials profile named &quot;%1&quot;: run `cvm-purchaser-cli credentials set --profile %1`, or choose one that `cvm-purchaser-cli credentials list` shows</source>
        <translation>没有名为“%1”的凭据配置：请运行 `cvm-purchaser-cli credentials set --profile %1`，或选择 `cvm-purchaser-cli credentials list` 列出的配置</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the credentials of profile &quot;%1&quot;: %2</source>
        <translation>无法读取凭据配置“%1”中的凭据：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session-only credentials work without it: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY for this run, or enter them in the Credentials dialog, where they are kept in memory until the program ends.</source>
        <translation>没有它也可以使用仅限本次会话的凭据：为本次运行设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或在“凭据”对话框中输入，凭据将保存在内存中，直到程序结束。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../src/secrets/CredentialStore.cpp" line="+118"/>
        <source>Enter a profile name.</source>
        <translation>请输入凭据配置名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name has at most %1 characters.</source>
        <translation>凭据配置名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot begin or end with a space.</source>
        <translation>凭据配置名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name can only contain printable characters.</source>
        <translation>凭据配置名称只能包含可打印字符。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The profile list could not be written to %1: check that the folder exists and can be written.</source>
        <translation>无法将凭据配置列表写入 %1：请检查该文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The SecretKey of profile “%1” is not in the system keychain: enter the profile&apos;s credentials again.</source>
        <translation>凭据配置“%1”的 SecretKey 不在系统密钥环中：请重新输入该配置的凭据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system keychain is not available.</source>
        <translation>系统密钥环不可用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain refused access.</source>
        <translation>系统密钥环拒绝了访问。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain reported an error.</source>
        <translation>系统密钥环报告了错误。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>Enter the SecretId.</source>
        <translation>请输入 SecretId。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Enter the SecretKey.</source>
        <translation>请输入 SecretKey。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+17"/>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的凭据配置。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The keychain entry of profile “%1” cannot be read: enter the profile&apos;s credentials again.</source>
        <translation>无法读取凭据配置“%1”在密钥环中的条目：请重新输入该配置的凭据。</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="+30"/>
        <source>the system keychain is not available: no Secret Service answers on the D-Bus session bus (over SSH or in a container there often is none). Start gnome-keyring (or KeePassXC&apos;s Secret Service) in this session and try again, or skip the keychain: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the environment, which every command reads first.</source>
        <translation>系统密钥环不可用：D-Bus 会话总线上没有 Secret Service 应答（通过 SSH 登录或在容器中时通常没有）。请在本会话中启动 gnome-keyring（或 KeePassXC 的 Secret Service）后重试，或者不使用密钥环：在环境变量中设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，每个命令都会首先读取它们。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the credentials were not stored: %1</source>
        <translation>凭据未保存：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored profile &quot;%1&quot; (SecretId %2); its SecretKey is in the system keychain.</source>
        <translation>已保存凭据配置“%1”（SecretId %2）；其 SecretKey 位于系统密钥环中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile &quot;%1&quot; is stored, but its API could not be written to the settings.</source>
        <translation>凭据配置“%1”已保存，但其 API 无法写入设置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile &quot;%1&quot; speaks API %2.</source>
        <translation>凭据配置“%1”使用 API %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no credentials profile named &quot;%1&quot;; `cvm-purchaser-cli credentials list` shows the stored ones.</source>
        <translation>没有名为“%1”的凭据配置；`cvm-purchaser-cli credentials list` 可列出已保存的凭据配置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>profile &quot;%1&quot; was not deleted: %2</source>
        <translation>凭据配置“%1”未删除：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted profile &quot;%1&quot; and its SecretKey.</source>
        <translation>已删除凭据配置“%1”及其 SecretKey。</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentials/CredentialsDialog.ui" line="+6"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each profile keeps its SecretId in the settings and its SecretKey in the system keychain, nowhere else.</source>
        <translation>每个凭据配置的 SecretId 保存在设置中，SecretKey 保存在系统密钥环中，此外不保存在任何地方。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Profiles:</source>
        <translation>凭据配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profiles</source>
        <translation>凭据配置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a profile</source>
        <translation>添加凭据配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected profile</source>
        <translation>编辑所选的凭据配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected profile</source>
        <translation>删除所选的凭据配置</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Yes, delete it</source>
        <translation>是，删除(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, delete the profile</source>
        <translation>是，删除该凭据配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep pro&amp;file</source>
        <translation>保留凭据配置(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the profile</source>
        <translation>保留该凭据配置</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region for the test</source>
        <translation>用于测试的地域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test the selected profile</source>
        <translation>测试所选的凭据配置</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/credentials/CredentialsDialog.cpp" line="+214"/>
        <source>Profile</source>
        <translation>凭据配置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name</source>
        <translation>凭据配置名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Session token:</source>
        <translation>会话令牌(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session token</source>
        <translation>会话令牌</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/credentials/CredentialsDialog.cpp" line="-38"/>
        <location line="+24"/>
        <source>Optional, for temporary credentials</source>
        <translation>可选，用于临时凭据</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save profile</source>
        <translation>保存凭据配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status icon</source>
        <translation>状态图标</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep for this run &amp;only</source>
        <translation>仅在本次运行中保留(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the profile in memory for this run only</source>
        <translation>仅在本次运行期间将凭据配置保存在内存中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a system keychain, the profile can be held in memory until CVM Purchaser quits. Nothing is written to disk.</source>
        <translation>没有系统密钥环时，凭据配置可以保存在内存中，直到 CVM Purchaser 退出。不会向磁盘写入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/credentials/CredentialsDialog.cpp" line="-115"/>
        <source>The system keychain is not available, so profiles are kept for this session only: they are held in memory and forgotten when CVM Purchaser quits. Nothing is written to disk.</source>
        <translation>系统密钥环不可用，因此凭据配置仅在本次会话中保留：它们保存在内存中，CVM Purchaser 退出时即被清除。不会向磁盘写入任何内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+181"/>
        <source>Saving profile “%1”…</source>
        <translation>正在保存凭据配置“%1”…</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Profile “%1” is kept in memory for this run only.</source>
        <translation>凭据配置“%1”仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — SecretId %2, with a session token</source>
        <translation>%1 — SecretId %2，带会话令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — SecretId %2</source>
        <translation>%1 — SecretId %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New profile</source>
        <translation>新建凭据配置</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit profile “%1”</source>
        <translation>编辑凭据配置“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to keep the stored key</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept with the stored key; replaced when you enter a new key</source>
        <translation>随已保存的密钥保留；输入新密钥时将被替换</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A profile named “%1” exists already: select it and choose Edit to change it.</source>
        <translation>名为“%1”的凭据配置已存在：请选中它，然后选择“编辑”进行修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SecretId has no spaces.</source>
        <translation>SecretId 中不能有空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SecretKey has no spaces.</source>
        <translation>SecretKey 中不能有空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the SecretKey too: the session token is stored together with it.</source>
        <translation>请同时输入 SecretKey：会话令牌与它一起保存。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saving profile “%1” in the system keychain…</source>
        <translation>正在将凭据配置“%1”保存到系统密钥环…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Profile “%1” saved for this session only.</source>
        <translation>凭据配置“%1”已保存，仅限本次会话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile “%1” saved: its SecretKey is in the system keychain.</source>
        <translation>凭据配置“%1”已保存：其 SecretKey 位于系统密钥环中。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete profile “%1”?</source>
        <translation>删除凭据配置“%1”？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete profile “%1”? Its SecretKey is removed from the system keychain; this cannot be undone.</source>
        <translation>删除凭据配置“%1”？其 SecretKey 将从系统密钥环中移除，此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting profile “%1”…</source>
        <translation>正在删除凭据配置“%1”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile “%1” deleted.</source>
        <translation>凭据配置“%1”已删除。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing profile “%1”: reading it from the system keychain…</source>
        <translation>正在测试凭据配置“%1”：正在从系统密钥环读取…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Testing profile “%1”: asking %2 for the zones of %3…</source>
        <translation>正在测试凭据配置“%1”：正在向 %2 查询 %3 的可用区…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile “%1” does not work: %2</source>
        <translation>凭据配置“%1”不可用：%2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The endpoint&apos;s reply could not be read: %1</source>
        <translation>无法读取接入地址的应答：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile “%1” works: the cloud lists %2 availability zones in %3.</source>
        <translation>凭据配置“%1”可用：云端列出了 %3 的 %2 个可用区。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
</context>
<context>
    <name>DryRunCommand</name>
    <message>
        <location filename="../app/cli/DryRunCommand.cpp" line="+28"/>
        <source>Dry run: asking %1 to check the order without buying.</source>
        <translation>预检：正在请 %1 检查订单，不会购买。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was bought.</source>
        <translation>没有购买任何实例。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the price could not be asked: %1</source>
        <translation>无法询价：%1</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="+40"/>
        <source>CVM_PURCHASER_API: &quot;%1&quot; is not an API version; use 2.0 or 3.0.</source>
        <translation>CVM_PURCHASER_API：“%1”不是 API 版本；请使用 2.0 或 3.0。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the URL carries a user name or password (&quot;user:password@&quot;); an endpoint never does: credentials come from the keychain or the environment.</source>
        <translation>该 URL 带有用户名或密码（“user:password@”）；接入地址绝不包含这些：凭据来自密钥环或环境变量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a URL; give one like https://cvm.api.qcloud.com/v2/index.php.</source>
        <translation>“%1”不是 URL；请提供类似 https://cvm.api.qcloud.com/v2/index.php 的地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; uses http:// on a host that is not this machine; only loopback endpoints (127.0.0.1, ::1, localhost) may use http://, every other endpoint must use https://.</source>
        <translation>“%1”对非本机的主机使用了 http://；只有环回地址（127.0.0.1、::1、localhost）可以使用 http://，其他接入地址都必须使用 https://。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>“%1”不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--endpoint: the value is empty; give a URL, or leave the flag out for the default.</source>
        <translation>--endpoint：值为空；请给出一个 URL，或省略该选项以使用默认地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--endpoint: %1</source>
        <translation>--endpoint: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CVM_PURCHASER_ENDPOINT: %1</source>
        <translation>CVM_PURCHASER_ENDPOINT: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/wizard/ExportDialog.cpp" line="+28"/>
        <source>Export the order</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SDK / tccli request (JSON)</source>
        <translation>SDK / tccli 请求（JSON）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform resource</source>
        <translation>Terraform 资源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported order</source>
        <translation>导出的订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neither export holds the password or a client token: add your own where you use it.</source>
        <translation>两种导出都不含密码和 client token：请在使用时自行添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the exported order</source>
        <translation>保存导出的订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform files (*.tf)</source>
        <translation>Terraform 文件 (*.tf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✘ Could not save %1: %2</source>
        <translation>✘ 无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>FeeBar</name>
    <message>
        <location filename="../ui/wizard/FeeBar.cpp" line="+22"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask the cloud &amp;again</source>
        <translation>再次询价(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the order is not complete yet.</source>
        <translation>订单尚未填写完整。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Price unavailable: %1</source>
        <translation>暂无价格：%1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No price can be asked for yet: %1</source>
        <translation>暂时无法询价：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the cloud for the price…</source>
        <translation>正在向云端询价…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asking the cloud for the price of this order.</source>
        <translation>正在向云端询问此订单的价格。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cloud could not give the price of this order:
%1</source>
        <translation>云端无法给出此订单的价格：
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price ≈ %1 · %2 · %3</source>
        <translation>价格 ≈ %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>≈ %1 until %2</source>
        <translation>到 %2 为止约 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price ≈ %1 · %2</source>
        <translation>价格 ≈ %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until they are destroyed automatically: %1</source>
        <translation>到自动销毁为止：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated price of %1:</source>
        <translation>%1的预估价格：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances with their disks: %1 (%2 each)</source>
        <translation>实例（含磁盘）：%1（每台 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, plus traffic at %2</source>
        <translation>%1，另加流量费 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic: %1, for each GB sent out; not in the figures below</source>
        <translation>流量：%1，按每 GB 出流量计费；不含在下方金额中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bandwidth: %1</source>
        <translation>带宽：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In all: %1, %2, %3</source>
        <translation>合计：%1，%2，%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An estimate: the cloud bills what is used.</source>
        <translation>此为预估：云端按实际用量计费。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/wizard/Format.cpp" line="+19"/>
        <source>%Ln core(s)</source>
        <translation>
            <numerusform>%Ln 核</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln 台实例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¥%1/hour</source>
        <translation>¥%1/小时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>¥%1/day</source>
        <translation>¥%1/天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¥%1/30 days</source>
        <translation>¥%1/30天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¥%1/GB</source>
        <translation>¥%1/GB</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+17"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>purchase %1 (clientToken %2) is damaged and is never sent again: %3</source>
        <translation>购买 %1（clientToken %2）已损坏，永远不会再次发送：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No purchase in the history matches.</source>
        <translation>购买历史中没有匹配的购买。</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <location filename="../ui/wizard/ImagePage.cpp" line="+23"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system image the instances start from.</source>
        <translation>实例启动所用的操作系统镜像。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Public images</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private images</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace images</source>
        <translation>镜像市场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared images</source>
        <translation>共享镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name or id</source>
        <translation>按名称或 ID 筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>img-xxxxxxxx</source>
        <translation>img-xxxxxxxx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image &amp;type:</source>
        <translation>镜像类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ima&amp;ges:</source>
        <translation>镜像(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image &amp;id:</source>
        <translation>镜像 ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operating system:</source>
        <translation>操作系统(&amp;O)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cloud has no images of this type for you.</source>
        <translation>云端没有可供您使用的此类镜像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images from the cloud.</source>
        <translation>镜像列表来自云端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the images: %1 You can type an image id below.</source>
        <translation>无法加载镜像：%1 您可以在下方直接输入镜像 ID。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The operating system follows from the chosen image.</source>
        <translation>操作系统由所选镜像决定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image %1 runs Windows: choose Windows as the operating system, or another image.</source>
        <translation>镜像 %1 是 Windows 系统：请将操作系统选为 Windows，或选择其他镜像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image %1 runs Linux: choose Linux as the operating system, or another image.</source>
        <translation>镜像 %1 是 Linux 系统：请将操作系统选为 Linux，或选择其他镜像。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading private images from the cloud…</source>
        <translation>正在从云端加载自定义镜像…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading marketplace images from the cloud…</source>
        <translation>正在从云端加载镜像市场中的镜像…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading shared images from the cloud…</source>
        <translation>正在从云端加载共享镜像…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading public images from the cloud…</source>
        <translation>正在从云端加载公共镜像…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <location filename="../ui/wizard/InstancePage.cpp" line="+54"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>The instance type, then its CPU cores and memory. Only combinations sold for the type can be chosen.</source>
        <translation>先选择实例机型，再选择 CPU 核数和内存。只能选择该机型在售的组合。</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>CPU and memory</source>
        <translation>CPU 和内存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type</source>
        <translation>机型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Availability</source>
        <translation>供货情况</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance &amp;type:</source>
        <translation>实例机型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance t&amp;ype:</source>
        <translation>实例机型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU and &amp;memory:</source>
        <translation>CPU 和内存(&amp;M)：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The order&apos;s type</source>
        <translation>订单中的机型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the instance types: %1</source>
        <translation>无法加载实例机型：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in list — the cloud could not be reached: %1</source>
        <translation>内置列表——无法连接云端：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance types sold in %1, from the cloud.</source>
        <translation>%1 在售的实例机型，来自云端。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading the instance types of %1 from the cloud…</source>
        <translation>正在从云端加载 %1 的实例机型…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sold out in this zone.</source>
        <translation>该可用区已售罄。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold out: %1</source>
        <translation>已售罄：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown: built-in list</source>
        <translation>未知：内置列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is sold out in %2: %3 Choose another type.</source>
        <translation>%1 在 %2 已售罄：%3 请选择其他机型。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The instance type: each comes with its CPU cores and memory. Types sold out in the zone are shown greyed out, with the reason.</source>
        <translation>选择实例机型：每种机型都有固定的 CPU 核数和内存。该可用区已售罄的机型显示为灰色，并注明原因。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not offer %2 with %3; the nearest it offers, %4 with %5, is chosen instead.</source>
        <translation>%1 不提供 %2 %3 的配置；已改选其最接近的在售配置：%4 %5。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cores \ GB</source>
        <translation>核数 \ GB</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with %2 of memory</source>
        <translation>%1，%2 内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sold: %1 with %2 offers %3 GB.</source>
        <translation>不在售：%1 的 %2 配置只提供 %3 GB 内存。</translation>
    </message>
</context>
<context>
    <name>InstanceStatusModel</name>
    <message>
        <location filename="../src/purchase/InstanceStatusModel.cpp" line="+115"/>
        <source>No instances</source>
        <translation>没有实例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 running</source>
        <translation>%1/%2 台运行中</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 台失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n creating</source>
        <translation>
            <numerusform>%n 台创建中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in another state</source>
        <translation>
            <numerusform>%n 台处于其他状态</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <comment>separator between the parts of the status summary</comment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LAN IP</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
</context>
<context>
    <name>InstanceTermination</name>
    <message>
        <location filename="../src/purchase/InstanceTermination.cpp" line="+45"/>
        <source>terminating</source>
        <translation>正在销毁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>terminated</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected from termination, not terminated</source>
        <translation>开启了销毁保护，未销毁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not terminated</source>
        <translation>未销毁</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known whether terminated</source>
        <translation>不确定是否已销毁</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n instance(s) terminated.</source>
        <translation>
            <numerusform>已销毁 %n 台实例。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not terminated: %1.</source>
        <translation>未销毁：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n still terminating when the wait ended; they go on their own.</source>
        <translation>
            <numerusform>等待结束时仍有 %n 台正在销毁；它们会自行完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still terminating.</source>
        <translation>
            <numerusform>仍有 %n 台正在销毁。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>API %1 cannot terminate instances; API 3.0 can.</source>
        <translation>API %1 无法销毁实例；API 3.0 可以。</translation>
    </message>
</context>
<context>
    <name>InstanceTracker</name>
    <message>
        <location filename="../src/purchase/InstanceTracker.cpp" line="+60"/>
        <source>waiting for the cloud to list it</source>
        <translation>等待云端列出该实例</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>no longer listed by the cloud</source>
        <translation>云端已不再列出该实例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not found: the cloud does not list this instance</source>
        <translation>未找到：云端没有列出此实例</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <location filename="../src/purchase/PurchaseJournal.cpp" line="+155"/>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being tracked</source>
        <translation>正在跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>已被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../src/secrets/KeychainSecretStore.cpp" line="+117"/>
        <source>Nothing is stored in the system keychain under this name.</source>
        <translation>系统密钥环中没有以此名称保存的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain is not available: no Secret Service is running on the session bus. Install and start gnome-keyring (or KeePassXC&apos;s Secret Service), or use session-only credentials for this run.</source>
        <translation>系统密钥环不可用：会话总线上没有运行 Secret Service。请安装并启动 gnome-keyring（或 KeePassXC 的 Secret Service），或在本次运行中使用仅限会话的凭据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain is not available. Use session-only credentials for this run.</source>
        <translation>系统密钥环不可用。请在本次运行中使用仅限会话的凭据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain refused access: it is locked, or the request was declined. Unlock the keychain (your login keyring) and try again.</source>
        <translation>系统密钥环拒绝了访问：它已锁定，或请求被拒绝。请解锁密钥环（您的登录密钥环）后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain reported an error. Try again; if it persists, check that the keyring service is running.</source>
        <translation>系统密钥环报告了错误。请重试；如果问题持续，请检查密钥环服务是否正在运行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The keychain said: %2</source>
        <comment>a sentence, then the keychain&apos;s detail</comment>
        <translation>%1密钥环的说明：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>The system keychain did not answer within %n second(s): no Secret Service is working on the session bus. Check that gnome-keyring (or KeePassXC&apos;s Secret Service) runs and that your home folder is writable.</source>
        <translation>
            <numerusform>系统密钥环在 %n 秒内没有应答：会话总线上没有正常工作的 Secret Service。请检查 gnome-keyring（或 KeePassXC 的 Secret Service）是否在运行，以及主目录是否可写。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegacyJournal</name>
    <message>
        <location filename="../src/purchase/LegacyJournal.cpp" line="+50"/>
        <source>it has no &quot;type&quot; or no &quot;entry&quot;.</source>
        <translation>它没有 &quot;type&quot; 或 &quot;entry&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 was already submitted.</source>
        <translation>条目 %1 已经提交过。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the submit record of entry %1 lacks its clientToken, endpoint, order or hasPassword.</source>
        <translation>条目 %1 的提交记录缺少 clientToken、endpoint、order 或 hasPassword。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it names entry %1, which was never submitted.</source>
        <translation>它指向从未提交过的条目 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the ids record of entry %1 has no instance ids.</source>
        <translation>条目 %1 的 ids 记录中没有实例 ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 already has other instance ids.</source>
        <translation>条目 %1 已有其他实例 ID。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>instance &quot;%1&quot; is not one of entry %2&apos;s.</source>
        <translation>实例“%1”不属于条目 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settled record of %1 has no known state.</source>
        <translation>%1 的 settled 记录没有已知状态。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the refused record of entry %1 names no error.</source>
        <translation>条目 %1 的 refused 记录没有写明错误。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the record type &quot;%1&quot; is unknown.</source>
        <translation>记录类型“%1”未知。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line %1 of the old purchase journal is incomplete (the file ends in the middle of it: the program stopped while writing it, or the file was cut short) and was not taken over.</source>
        <translation>旧购买日志的第 %1 行不完整（文件在这一行中间结束：程序在写入时停止，或文件被截短），未被接收。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 of the old purchase journal is not a journal record and was not taken over.</source>
        <translation>旧购买日志的第 %1 行不是日志记录，未被接收。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1 of the old purchase journal was not taken over: %2</source>
        <translation>旧购买日志的第 %1 行未被接收：%2</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+214"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/hour</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the cloud lists none in %1.</source>
        <translation>云端在 %1 中没有列出任何项。</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/LocationPage.cpp" line="+25"/>
        <source>Location</source>
        <translation>地域与可用区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the instances run. A zone is a data centre within the region.</source>
        <translation>实例所在的位置。可用区是地域内的一个数据中心。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other zone:</source>
        <translation>其他可用区(&amp;O)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Zones from the cloud.</source>
        <translation>可用区列表来自云端。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>such as %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not load the zones: %1</source>
        <translation>无法加载可用区：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in list — the cloud could not be reached: %1</source>
        <translation>内置列表——无法连接云端：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading the zones of %1 from the cloud…</source>
        <translation>正在从云端加载 %1 的可用区…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This zone sells nothing at the moment.</source>
        <translation>该可用区目前不售卖任何实例。</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/wizard/LoginPage.cpp" line="+31"/>
        <source>Met: %1</source>
        <translation>已满足：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met: %1</source>
        <translation>未满足：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set a &amp;password</source>
        <translation>设置密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an SSH &amp;key</source>
        <translation>使用 SSH 密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the cloud &amp;generate a password and send it by site message</source>
        <translation>由云端自动生成密码并通过站内信发送(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gene&amp;rate</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Login</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you will log in to the new instances.</source>
        <translation>您将如何登录新实例。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cop&amp;y password</source>
        <translation>复制密码(&amp;Y)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put the generated password on the clipboard for 30 seconds</source>
        <translation>将生成的密码放到剪贴板上 30 秒</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows instances cannot log in with an SSH key.</source>
        <translation>Windows 实例不能使用 SSH 密钥登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm:</source>
        <translation>确认密码(&amp;O)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key pa&amp;ir:</source>
        <translation>SSH 密钥(&amp;I)：</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Copied. The clipboard is cleared in %n second(s) unless you copy something else, and clipboard managers are asked not to keep it.</source>
        <translation>
            <numerusform>已复制。除非您复制了其他内容，剪贴板将在 %n 秒后清空；剪贴板管理器会被告知不要保存它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password was removed from the clipboard.</source>
        <translation>密码已从剪贴板中清除。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This account has no key pairs in the region.</source>
        <translation>此账号在该地域没有 SSH 密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key pairs from the cloud.</source>
        <translation>SSH 密钥列表来自云端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the key pairs: %1</source>
        <translation>无法加载 SSH 密钥：%1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 · from the order</source>
        <translation>%1 · 来自订单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading key pairs from the cloud…</source>
        <translation>正在从云端加载 SSH 密钥…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 to %2 characters</source>
        <translation>%1 至 %2 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least three of: lower-case letters, upper-case letters, digits, special characters</source>
        <translation>至少包含小写字母、大写字母、数字、特殊字符中的三类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least two of: lower-case letters, upper-case letters, digits, special characters</source>
        <translation>至少包含小写字母、大写字母、数字、特殊字符中的两类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least two of: letters, digits, special characters</source>
        <translation>至少包含字母、数字、特殊字符中的两类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only letters, digits and %1</source>
        <translation>只能包含字母、数字和 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a key pair in the list, or another way to log in.</source>
        <translation>请在列表中选择一个 SSH 密钥，或选择其他登录方式。</translation>
    </message>
</context>
<context>
    <name>LookupStatus</name>
    <message>
        <location filename="../ui/wizard/LookupStatus.cpp" line="+9"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>LostInstanceSearch</name>
    <message>
        <location filename="../src/purchase/LostInstanceSearch.cpp" line="+46"/>
        <source>%1 could not be searched: %2</source>
        <translation>无法在 %1 中查找：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+74"/>
        <source>CVM Purchaser — Sandbox</source>
        <translation>CVM Purchaser — 沙箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+512"/>
        <source>CVM Purchaser</source>
        <translation>CVM Purchaser</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Sandbox: nothing is bought. Requests go to the simulated cloud built into this application.</source>
        <translation>沙箱：不会购买任何东西。请求将发送到本应用内置的模拟云。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Why?</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open as API &amp;3.0</source>
        <translation>以 API 3.0 打开(&amp;3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep API &amp;2.0</source>
        <translation>保留 API 2.0(&amp;2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New purchase…</source>
        <translation>新建购买(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purchases</source>
        <translation>购买记录(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Credentials…</source>
        <translation>凭据(&amp;C)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open template…</source>
        <translation>打开模板(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as template…</source>
        <translation>另存为模板(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+100"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About CVM Purchaser</source>
        <translation>关于 CVM Purchaser(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The order is being sent to the cloud. If you quit now, the purchase is safe: it is never bought twice, and at the next start the purchases list shows it, where Resume finds out what the cloud did.</source>
        <translation>订单正在发送到云端。现在退出也不会影响这次购买：同一订单绝不会重复购买；下次启动时，购买列表中会显示它，点击“恢复”即可查明云端的处理结果。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n instance(s) are still being created. If you quit now, the cloud goes on creating them and tracking resumes at the next start.</source>
        <translation>
            <numerusform>仍有 %n 台实例正在创建。现在退出的话，云端会继续创建它们，下次启动时将恢复跟踪。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The choices you made in this order will be lost.</source>
        <translation>您在此订单中所做的选择将会丢失。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quit CVM Purchaser?</source>
        <translation>退出 CVM Purchaser？</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Sending the order to the cloud…</source>
        <translation>正在向云端发送订单…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer yet (%1). Trying again in %2 s (attempt %3), with the same client token so nothing is bought twice.</source>
        <translation>尚未收到应答（%1）。将在 %2 秒后重试（第 %3 次尝试），并使用相同的客户端令牌，因此不会重复购买。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending the order again with the same client token…</source>
        <translation>正在使用相同的客户端令牌重新发送订单…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the order to the journal…</source>
        <translation>正在将订单写入购买日志…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume purchase</source>
        <translation>恢复购买</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dismiss purchase</source>
        <translation>忽略购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this purchase? Do this only if you know the cloud did not buy it; otherwise resume it.</source>
        <translation>忽略此购买？仅在确定云端没有购买时才这样做；否则请恢复它。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The last check failed (%1); checking again shortly.</source>
        <translation>上次查询失败（%1）；稍后将再次查询。</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n %1 instance(s) in %2</source>
        <translation>
            <numerusform>%2的 %n 台 %1 实例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cloud destroys these instances automatically at %1.</source>
        <translation>云端将在 %1 自动销毁这些实例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud was set to destroy these instances at %1.</source>
        <translation>这些实例已设定由云端在 %1 销毁。</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Terminate %n instance(s) of the purchase of %1 (%2 in %3)? They are destroyed with their data and cannot be recovered.</source>
        <translation>
            <numerusform>销毁 %1 购买的 %n 台实例（%3 的 %2）？实例及其数据将被销毁，且无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Terminate instances</source>
        <translation>销毁实例</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type %1 to terminate them:</source>
        <translation>输入 %1 以销毁这些实例：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminate</source>
        <translation>销毁</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Terminating %n instance(s)…</source>
        <translation>
            <numerusform>正在销毁 %n 台实例…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was terminated: %1</source>
        <translation>没有销毁任何实例：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+76"/>
        <source>Open template</source>
        <translation>打开模板</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 is not a usable template:

%2</source>
        <translation>%1 不是可用的模板：

%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This order is for API 2.0. Open its API 3.0 equivalent? The zone, the instance type, the disks and the bandwidth billing are written in API 3.0 terms; %1 itself stays as it is.</source>
        <translation>此订单使用 API 2.0。要打开与其等价的 API 3.0 订单吗？可用区、实例规格、云硬盘和带宽计费方式将按 API 3.0 的写法给出；%1 文件本身保持不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order is for API 2.0. Open its API 3.0 equivalent? Having no API 3.0 equivalent, these settings would be left out: %1.</source>
        <translation>此订单使用 API 2.0。要打开与其等价的 API 3.0 订单吗？以下设置在 API 3.0 中没有对应项，将被略去：%1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The order is now its API 3.0 equivalent; %1 itself is unchanged.</source>
        <translation>订单已换成等价的 API 3.0 订单；%1 文件本身未改动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is now its API 3.0 equivalent; %1 itself is unchanged. Type the password again.</source>
        <translation>订单已换成等价的 API 3.0 订单；%1 文件本身未改动。请重新输入密码。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved the order as the template %1. A template never holds the password.</source>
        <translation>订单已保存为模板 %1。模板从不保存密码。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order templates (*.json);;All files (*)</source>
        <translation>订单模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order templates (*.json)</source>
        <translation>订单模板 (*.json)</translation>
    </message>
</context>
<context>
    <name>NamesPreview</name>
    <message>
        <location filename="../ui/wizard/NamesPreview.cpp" line="+43"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 … and %2 more</source>
        <translation>%1 … 等，另有 %2 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(named by the cloud)</source>
        <translation>（由云端命名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2, host name %3</source>
        <translation>%1. %2，主机名 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Names of the %n instance(s)</source>
        <translation>
            <numerusform>%n 台实例的名称</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance names</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The names the cloud gives the instances of this order:</source>
        <translation>云端将为此订单的实例取以下名称：</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../ui/wizard/NetworkPage.cpp" line="+53"/>
        <source>Bas&amp;ic network</source>
        <translation>基础网络(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virtual private cloud (VPC)</source>
        <translation>私有网络 VPC(&amp;V)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Assign a &amp;public IP</source>
        <translation>分配公网 IP(&amp;P)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the instances connect, and how public bandwidth is billed.</source>
        <translation>实例如何联网，以及公网带宽如何计费。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>API 2.0 cannot list the account&apos;s VPCs and subnets: type their ids.</source>
        <translation>API 2.0 无法列出账号的私有网络和子网：请输入它们的 ID。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>sg-xxxxxxxx, sg-yyyyyyyy</source>
        <translation>sg-xxxxxxxx, sg-yyyyyyyy</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Network type</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vpc-xxxxxxxx</source>
        <translation>vpc-xxxxxxxx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subnet-xxxxxxxx</source>
        <translation>subnet-xxxxxxxx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Mbps</source>
        <translation> Mbps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VP&amp;C:</source>
        <translation>私有网络(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPC i&amp;d:</source>
        <translation>VPC ID(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubnet:</source>
        <translation>子网(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subne&amp;t id:</source>
        <translation>子网 ID(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security &amp;groups:</source>
        <translation>安全组(&amp;G)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security group id&amp;s:</source>
        <translation>安全组 ID(&amp;S)：</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Loading the account&apos;s VPCs…</source>
        <translation>正在加载账号的私有网络…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a zone to list the VPC&apos;s subnets there.</source>
        <translation>请选择可用区，以列出私有网络在该可用区的子网。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a VPC to list its subnets.</source>
        <translation>请选择私有网络，以列出其子网。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the VPC&apos;s subnets in the zone…</source>
        <translation>正在加载私有网络在该可用区的子网…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the account&apos;s security groups…</source>
        <translation>正在加载账号的安全组…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default VPC (none chosen)</source>
        <translation>默认私有网络（未选择）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · %3 (default)</source>
        <translation>%1 · %2 · %3（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>%1 (typed, not listed)</source>
        <translation>%1（手动输入，不在列表中）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Choose a VPC first</source>
        <translation>请先选择私有网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a subnet</source>
        <translation>请选择子网</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 · %2 · %3 · %n free address(es)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n 个可用 IP</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 · full: no free address</source>
        <translation>%1 · %2 · %3 · 已满：没有可用 IP 地址</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The VPC %1 has no subnet %2 in the zone %3: choose one of its subnets there, or another zone.</source>
        <translation>私有网络 %1 在可用区 %3 中没有子网 %2：请选择它在该可用区的子网，或选择其他可用区。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2 (default)</source>
        <translation>%1 · %2（默认）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None chosen: the project&apos;s default security group is bound.</source>
        <translation>未选择：将绑定项目的默认安全组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 chosen</source>
        <translation>已选择 %1 个，最多 %2 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An instance joins at most %1 security groups: uncheck one before choosing %2.</source>
        <translation>一台实例最多加入 %1 个安全组：请先取消勾选一个，再选择 %2。</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Bandwidth bi&amp;lling:</source>
        <translation>带宽计费(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band&amp;width (0 to %1 Mbps):</source>
        <translation>带宽（0 至 %1 Mbps）(&amp;W)：</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The account has no VPC in this region.</source>
        <translation>账号在此地域没有私有网络。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s VPCs in this region.</source>
        <translation>账号在此地域的私有网络。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the VPCs: %1 You can type a VPC id below.</source>
        <translation>无法加载私有网络：%1 您可以在下方输入私有网络 ID。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The VPC has no subnet in the order&apos;s zone.</source>
        <translation>该私有网络在订单的可用区中没有子网。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VPC&apos;s subnets in the order&apos;s zone.</source>
        <translation>该私有网络在订单可用区中的子网。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the subnets: %1 You can type a subnet id below.</source>
        <translation>无法加载子网：%1 您可以在下方输入子网 ID。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account has no security group in this region.</source>
        <translation>账号在此地域没有安全组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s security groups in this region.</source>
        <translation>账号在此地域的安全组。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the security groups: %1 You can type their ids below.</source>
        <translation>无法加载安全组：%1 您可以在下方输入安全组 ID。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A public IP needs bandwidth above 0 Mbps.</source>
        <translation>公网 IP 需要大于 0 Mbps 的带宽。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No public IP: a public IP needs bandwidth above 0 Mbps.</source>
        <translation>不分配公网 IP：公网 IP 需要大于 0 Mbps 的带宽。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the VPC id and the subnet id, or choose the basic network.</source>
        <translation>请填写私有网络 ID 和子网 ID，或选择基础网络。</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <location filename="../src/settings/NetworkSettings.cpp" line="+66"/>
        <source>Proxy host: give the proxy&apos;s host name or IP address, e.g. proxy.example.com.</source>
        <translation>代理主机：请填写代理的主机名或 IP 地址，例如 proxy.example.com。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy host: &quot;%1&quot; is not a host name or IP address; give the name alone, without a scheme, path, user or port.</source>
        <translation>代理主机：“%1”不是主机名或 IP 地址；只填写名称，不要包含协议、路径、用户或端口。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy port: give a whole number from 1 to 65535.</source>
        <translation>代理端口：请填写 1 到 65535 之间的整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy user name: it may not contain &quot;:&quot; or begin or end with a space.</source>
        <translation>代理用户名：不能包含“:”，也不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The proxy password could not be read from the system keychain, so the proxy is used without it: %1</source>
        <translation>无法从系统密钥环读取代理密码，因此将不带密码使用代理：%1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../ui/wizard/OptionsPage.cpp" line="+51"/>
        <source>Cloud &amp;security agent</source>
        <translation>云安全组件(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud m&amp;onitoring agent</source>
        <translation>云监控组件(&amp;O)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many instances, what they are called, and the agents they run.</source>
        <translation>购买数量、实例名称，以及实例上运行的组件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Default project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance na&amp;me:</source>
        <translation>实例名称(&amp;M)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only API 3.0 orders set host names and number names with {R:x} patterns.</source>
        <translation>只有 API 3.0 订单可以设置主机名，并用 {R:x} 模式为名称编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hos&amp;t name:</source>
        <translation>主机名(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;ll names…</source>
        <translation>全部名称(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every instance&apos;s name and host name, in a window of its own</source>
        <translation>在单独的窗口中列出每台实例的名称和主机名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names given:</source>
        <translation>生成的名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project id:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Destroy the instances automatically</source>
        <translation>定时自动销毁实例(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only API 3.0 destroys instances on schedule.</source>
        <translation>只有 API 3.0 支持定时销毁实例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule:</source>
        <translation>定时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy &amp;at:</source>
        <translation>销毁时间(&amp;A)：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Quantity (1 to %1):</source>
        <translation>数量（1 至 %1）(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>named by the cloud</source>
        <translation>由云端命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances: %1</source>
        <translation>实例：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host names: %1</source>
        <translation>主机名：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by the cloud</source>
        <translation>由云端决定</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n name(s)</source>
        <translation>
            <numerusform>全部 %n 个名称</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows: 2 to 15 letters, digits and &quot;-&quot;, not all digits; {R:x} or {R:x,F:y} numbers them.</source>
        <translation>Windows：2 到 15 个字母、数字和“-”，不能全为数字；{R:x} 或 {R:x,F:y} 为其编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linux: 2 to 60 letters, digits, &quot;-&quot; and &quot;.&quot;, neither first nor last nor twice in a row; {R:x}, {R:x,F:y} and {IP} make each its own.</source>
        <translation>Linux：2 到 60 个字母、数字、“-”和“.”，“-”和“.”不能在首尾，也不能连续出现；{R:x}、{R:x,F:y} 和 {IP} 让每台实例各有其名。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Optional, up to %n character(s)</source>
        <translation>
            <numerusform>可选，最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional, as the system names itself</source>
        <translation>可选，即操作系统内的计算机名</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Agents:</source>
        <translation>组件：</translation>
    </message>
</context>
<context>
    <name>OrderConversion</name>
    <message>
        <location filename="../src/order/OrderConversion.cpp" line="+42"/>
        <source>%1 has no API 3.0 equivalent: %2</source>
        <translation>%1 在 API 3.0 中没有对应项：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region &quot;%1&quot;</source>
        <translation>地域“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not in the built-in list of regions, so its API 3.0 name is unknown.</source>
        <translation>它不在内置地域列表中，因此不知道它在 API 3.0 中的名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not in the built-in list of zones of %1, so its API 3.0 name is unknown.</source>
        <translation>它不在 %1 的内置可用区列表中，因此不知道它在 API 3.0 中的名称。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (CPU %2, memory %3 GB)</source>
        <translation>%1（CPU %2 核，内存 %3 GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in catalog sells no such combination, so no API 3.0 type name can be given.</source>
        <translation>内置目录中没有这种配置，因此无法给出 API 3.0 机型名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disk type %1</source>
        <translation>硬盘类型 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API 3.0 knows the disk types 1 to 4 of API 2.0 only.</source>
        <translation>API 3.0 只对应 API 2.0 的硬盘类型 1 到 4。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bandwidth billing &quot;%1&quot;</source>
        <translation>带宽计费方式“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API 3.0 bills bandwidth by the hour or by traffic only.</source>
        <translation>API 3.0 只支持按小时带宽计费或按流量计费。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A public network gateway (isVpcGateway 1)</source>
        <translation>公网网关（isVpcGateway 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RunInstances cannot make an instance its VPC&apos;s gateway. Set isVpcGateway to 0 to convert the order, then route the VPC through the instance in the VPC console once it runs.</source>
        <translation>RunInstances 无法把实例设为其私有网络的网关。请将 isVpcGateway 设为 0 再转换订单，实例运行后再在私有网络控制台中将路由指向该实例。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name &quot;%1&quot;</source>
        <translation>名称“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API 3.0 reads {R:…} in a name as a number pattern, so the instances would be named differently. Rename them without braces to convert the order.</source>
        <translation>API 3.0 会把名称中的 {R:…} 当作编号模式，实例的名称会因此不同。请改用不含花括号的名称后再转换订单。</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <location filename="../src/order/OrderDraft.cpp" line="+99"/>
        <source>The SSH key was taken off the order: Windows instances log in with a password.</source>
        <translation>已从订单中移除 SSH 密钥：Windows 实例使用密码登录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system disk is back to %1 GB, its size before the operating system changed.</source>
        <translation>系统盘已恢复为 %1 GB，即更换操作系统之前的大小。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system disk changed from %1 GB to %2 GB, the nearest size a Windows system disk can have.</source>
        <translation>系统盘已从 %1 GB 改为 %2 GB，这是 Windows 系统盘可用的最接近的大小。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system disk changed from %1 GB to %2 GB, the nearest size a Linux system disk can have.</source>
        <translation>系统盘已从 %1 GB 改为 %2 GB，这是 Linux 系统盘可用的最接近的大小。</translation>
    </message>
</context>
<context>
    <name>OrderTemplate</name>
    <message>
        <location filename="../src/order/OrderTemplate.cpp" line="+42"/>
        <source>%1 is not a regular file; a template is a JSON file.</source>
        <translation>%1 不是普通文件；模板是一个 JSON 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>%1 is larger than %2 KiB; a template is a small JSON file.</source>
        <translation>%1 大于 %2 KiB；模板是一个很小的 JSON 文件。</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template is not valid JSON: %1 at byte %2.</source>
        <translation>模板不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template is a JSON object.</source>
        <translation>模板必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &quot;schema&quot; key is missing; a CVM Purchaser template has &quot;schema&quot;: 1.</source>
        <translation>缺少“schema”键；CVM Purchaser 模板应包含 &quot;schema&quot;: 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only template schema 1 is understood.</source>
        <translation>只支持 schema 为 1 的模板。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;api&quot; must be &quot;2.0&quot; (or left out) or &quot;3.0&quot;.</source>
        <translation>&quot;api&quot; 必须为 &quot;2.0&quot;（或省略）或 &quot;3.0&quot;。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A template never holds a password or credentials; remove &quot;%1&quot; and give it when you purchase.</source>
        <translation>模板中不能包含密码或凭据；请删除“%1”，在购买时再提供。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A template holds no client token: every purchase from it gets a fresh one, or a replay would return the old instances instead of buying.</source>
        <translation>模板中不能包含客户端令牌：用它进行的每次购买都会生成新的令牌，否则重放请求只会返回之前的实例，而不会购买。</translation>
    </message>
    <message>
        <location filename="../src/protocol/v2/V2Protocol.cpp" line="+235"/>
        <source>osFamily must be &quot;linux&quot; or &quot;windows&quot;.</source>
        <translation>osFamily 必须是 &quot;linux&quot; 或 &quot;windows&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a template key.</source>
        <translation>“%1”不是模板的键。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
</context>
<context>
    <name>OrderValidator</name>
    <message>
        <location filename="../src/order/OrderValidator.cpp" line="+23"/>
        <source>NUL</source>
        <translation>空字符（NUL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carriage return</source>
        <translation>回车符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escape</source>
        <translation>转义符（ESC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-break space</source>
        <translation>不换行空格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full-width space</source>
        <translation>全角空格</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 holds a %2 character; only printable text on one line is allowed.</source>
        <translation>%1 中含有%2；只允许单行的可打印文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A VPC id looks like vpc-2zez8cp4: &quot;vpc-&quot; then 8 lower-case letters and digits.</source>
        <translation>私有网络 ID 的格式如 vpc-2zez8cp4：“vpc-”后接 8 个小写字母或数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A subnet id looks like subnet-8fh2xa1k: &quot;subnet-&quot; then 8 lower-case letters and digits.</source>
        <translation>子网 ID 的格式如 subnet-8fh2xa1k：“subnet-”后接 8 个小写字母或数字。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="+28"/>
        <source>Use the &amp;system proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Manual proxy</source>
        <translation>手动设置代理(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a sandbox run, which writes no settings: the preferences are shown but cannot be changed here. Start CVM Purchaser without --sandbox to change them.</source>
        <translation>当前为沙箱运行，不会写入任何设置：此处仅显示首选项，不能修改。要修改，请不带 --sandbox 启动 CVM Purchaser。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when CVM Purchaser is started again.</source>
        <translation>新的语言将在重新启动 CVM Purchaser 后生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network proxy</source>
        <translation>网络代理</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 8080</source>
        <translation>例如 8080</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keychain, never in the settings file. Leave empty to keep the stored password.</source>
        <translation>保存在系统密钥环中，从不写入设置文件。留空则保留已存储的密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The preferences could not be written to %1.</source>
        <translation>无法将首选项写入 %1。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The settings were saved, but the proxy password could not be stored in the system keychain: %1</source>
        <translation>设置已保存，但代理密码无法存入系统密钥环：%1</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <location filename="../ui/wizard/ProblemLabel.cpp" line="+40"/>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <location filename="../ui/wizard/ProjectChoice.cpp" line="+18"/>
        <source>API 2.0 cannot list the account&apos;s projects: type the project id below.</source>
        <translation>API 2.0 无法列出账号的项目：请在下方输入项目 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The account has no project besides the default.</source>
        <translation>除默认项目外，账号没有其他项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s projects.</source>
        <translation>账号的项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the projects: %1 You can type a project id below.</source>
        <translation>无法加载项目：%1 您可以在下方输入项目 ID。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading the account&apos;s projects…</source>
        <translation>正在加载账号的项目…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (typed, not listed)</source>
        <translation>%1（手动输入，不在列表中）</translation>
    </message>
</context>
<context>
    <name>PurchaseCommand</name>
    <message>
        <location filename="../app/cli/PurchaseCommand.cpp" line="+46"/>
        <source>the instance password is held in memory for this run only, because the system keychain cannot hold it: if the run is interrupted before the cloud confirms the purchase, `cvm-purchaser-cli resume` cannot send it again. The keychain said: %1</source>
        <translation>实例密码仅在本次运行期间保存在内存中，因为系统密钥环无法暂存它：如果本次运行在云端确认购买之前中断，`cvm-purchaser-cli resume` 将无法重新发送该购买。密钥环返回的信息：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Journaled as purchase %1 with clientToken %2; sending %4 for %n instance(s) to %3. If this run is interrupted, `cvm-purchaser-cli resume` finishes it with the same clientToken.</source>
        <translation>
            <numerusform>已记入购买日志：购买 %1，clientToken %2；正在向 %3 发送购买 %n 台实例的 %4 请求。如果本次运行中断，`cvm-purchaser-cli resume` 会使用相同的 clientToken 完成它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nothing was sent: %1</source>
        <translation>没有发送任何请求：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not waiting (--no-wait). Follow them with: cvm-purchaser-cli status --wait %1</source>
        <translation>不等待（--no-wait）。可使用以下命令跟踪：cvm-purchaser-cli status --wait %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the cloud may have bought the instances without the answer arriving. Run `cvm-purchaser-cli resume` to ask again with the same clientToken %1: it never buys twice.</source>
        <translation>云端可能已经购买了实例，但应答未能送达。请运行 `cvm-purchaser-cli resume`，以相同的 clientToken %1 再次询问：它绝不会重复购买。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request never left this computer, so nothing was bought; the purchase is closed, and `cvm-purchaser-cli resume` does not send it again.</source>
        <translation>请求从未离开本机，因此没有购买任何东西；该购买已关闭，`cvm-purchaser-cli resume` 不会再次发送它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was bought.</source>
        <translation>没有购买任何实例。</translation>
    </message>
</context>
<context>
    <name>PurchaseJournal</name>
    <message>
        <location filename="../src/purchase/PurchaseJournal.cpp" line="-62"/>
        <source>its clientToken &quot;%1&quot; is not 1 to 64 printable ASCII characters</source>
        <translation>其 clientToken“%1”不是 1 到 64 个可打印 ASCII 字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its checksum does not match its order, clientToken, endpoint and API: the record was changed outside CVM Purchaser</source>
        <translation>其校验和与订单、clientToken、端点和 API 不符：该记录在 CVM Purchaser 之外被修改过</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The folder %1 for the purchase history cannot be created.</source>
        <translation>无法创建购买历史所在的文件夹 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The purchase history %1 is %2 bytes long, not a whole number of pages: it was cut short.</source>
        <translation>购买历史 %1 长 %2 字节，不是整数个页：它被截短了。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The purchase history %1 cannot be opened: %2</source>
        <translation>无法打开购买历史 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The purchase history %1 cannot be set up: %2</source>
        <translation>无法设置购买历史 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The purchase history %1 cannot be used.</source>
        <translation>无法使用购买历史 %1。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the file ends in the middle of a page</source>
        <translation>文件在一页的中间结束</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The purchase history %1 is damaged (%2). A copy was kept as %3; nothing is read from or written to the history until it is repaired or moved away, so no purchase can be resumed from it.</source>
        <translation>购买历史 %1 已损坏（%2）。已将其副本保存为 %3；在修复或移走之前，不会从该历史读取或向其写入任何内容，因此无法从中恢复任何购买。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The purchase history %1 is damaged (%2), and a copy of it could not be kept; nothing is read from or written to it, so no purchase can be resumed from it.</source>
        <translation>购买历史 %1 已损坏（%2），且无法保存其副本；不会从中读取或向其写入任何内容，因此无法从中恢复任何购买。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The purchase history %1 cannot be read: %2</source>
        <translation>无法读取购买历史 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The purchase history %1 was written by a newer CVM Purchaser (schema %2; this one knows up to %3). It is left as it is.</source>
        <translation>购买历史 %1 由更新版本的 CVM Purchaser 写入（结构版本 %2；本程序只认识到 %3）。它保持原样。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>migrated</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The purchase history %1 cannot be %2: %3</source>
        <translation>购买历史 %1 无法%2：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The purchase history %1 has %n purchase(s); it had %2 when it was last used: it was emptied, cut short or replaced by an older copy. Purchases that were waiting for their instance ids may be lost with it: look in the cloud console for instances nobody tracks.</source>
        <translation>
            <numerusform>购买历史 %1 中有 %n 笔购买；上次使用时有 %2 笔：它被清空、截短或被旧副本替换。正在等待实例 ID 的购买可能随之丢失：请在云控制台中查找无人跟踪的实例。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The old purchase journal %1 cannot be read, so it was not taken over: %2</source>
        <translation>无法读取旧购买日志 %1，因此未接收：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>The old purchase journal %1 could not be taken over: %2</source>
        <translation>无法接收旧购买日志 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The purchase journal %1 was taken over into the purchase history %2 (%n purchase(s)); the old file is kept as %3.</source>
        <translation>
            <numerusform>购买日志 %1 已接收到购买历史 %2 中（%n 笔购买）；旧文件保存为 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The purchase journal %1 was taken over into the purchase history %2 (%n purchase(s)), but could not be renamed; it stays where it is.</source>
        <translation>
            <numerusform>购买日志 %1 已接收到购买历史 %2 中（%n 笔购买），但无法重命名；它保留在原处。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+36"/>
        <location line="+363"/>
        <location line="+89"/>
        <location line="+40"/>
        <location line="+29"/>
        <location line="+42"/>
        <source>written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>its order is for API %1 but it is recorded under API %2</source>
        <translation>其订单属于 API %1，却记录在 API %2 下</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>A purchase is recorded with its clientToken; this order has none.</source>
        <translation>购买需连同其 clientToken 一起记录；此订单没有 clientToken。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clientToken %1 already belongs to a recorded purchase.</source>
        <translation>clientToken %1 已属于一笔已记录的购买。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The purchase history already has an entry %1.</source>
        <translation>购买历史中已有条目 %1。</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>The purchase history %1 cannot be written: %2</source>
        <translation>无法写入购买历史 %1：%2</translation>
    </message>
    <message>
        <location line="+600"/>
        <location line="+119"/>
        <location line="+25"/>
        <source>The purchase history has no entry %1.</source>
        <translation>购买历史中没有条目 %1。</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Entry %1 already has other instance ids.</source>
        <translation>条目 %1 已有其他实例 ID。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The purchase history has no instance %1 in entry %2.</source>
        <translation>购买历史的条目 %2 中没有实例 %1。</translation>
    </message>
</context>
<context>
    <name>PurchaseRun</name>
    <message>
        <location filename="../src/purchase/PurchaseRun.cpp" line="+121"/>
        <source>The purchase journal has no entry %1.</source>
        <translation>购买日志中没有条目 %1。</translation>
    </message>
</context>
<context>
    <name>PurchaseSubmission</name>
    <message>
        <location filename="../src/purchase/PurchaseSubmission.cpp" line="+104"/>
        <source>The clientToken %1 already belongs to a journaled purchase: resume that one instead.</source>
        <translation>clientToken %1 已属于购买日志中的一笔购买：请改为恢复那笔购买。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The order is written for API %1, and the endpoint %2 is used with API %3: nothing was sent.</source>
        <translation>订单是为 API %1 编写的，而接入地址 %2 使用 API %3：没有发送任何请求。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The instance password has nowhere to be kept for a resume after a crash, so nothing was sent.</source>
        <translation>实例密码无处保存，程序崩溃后将无法恢复购买，因此没有发送任何请求。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The instance password could not be kept in the keychain for a resume after a crash, so nothing was sent: %1</source>
        <translation>无法将实例密码保存到密钥环以便程序崩溃后恢复购买，因此没有发送任何请求：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 is an endpoint of API %2, and the order is written for API %3. Give an endpoint of API %3, or write the order for API %2.</source>
        <translation>%1 是 API %2 的接入地址，而订单是按 API %3 编写的。请提供 API %3 的接入地址，或按 API %2 编写订单。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The purchase could not be written to the purchase history: %1</source>
        <translation>无法将此次购买写入购买记录：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The purchase journal has no entry %1.</source>
        <translation>购买日志中没有条目 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of purchase %1 is damaged (%2), so it is not sent again: what it would buy is no longer known for sure.</source>
        <translation>购买 %1 的记录已损坏（%2），因此不会再次发送：已无法确定它会购买什么。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purchase %1 is %2: only an unfinished purchase is sent again.</source>
        <translation>购买 %1 的状态为 %2：只有未完成的购买才会重新发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journaled order of purchase %1 cannot be read back: %2</source>
        <translation>无法读回购买日志中购买 %1 的订单：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Purchase %1 was sent to %2; it is only resent there, not to %3.</source>
        <translation>购买 %1 曾发送到 %2；只会重新发送到该地址，而不会发送到 %3。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Purchase %1 used a password, and there is no keychain to read it back from.</source>
        <translation>购买 %1 使用了密码，但没有可供读回密码的密钥环。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password of purchase %1 is no longer in the keychain, so it cannot be sent again as it was; dismiss it and buy anew.</source>
        <translation>购买 %1 的密码已不在密钥环中，因此无法按原样重新发送；请忽略它并重新购买。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of purchase %1 could not be read from the keychain: %2</source>
        <translation>无法从密钥环读取购买 %1 的密码：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>no confirmation within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内未得到确认</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cloud confirmed instances %1, but the purchase history could not record them: %2. The purchase stays unconfirmed there: once the history can be written again, resume asks the cloud with the same clientToken %3 and gets these instances back.</source>
        <translation>云端已确认实例 %1，但购买历史无法记录它们：%2。该购买在历史中仍为未确认：待历史可以再次写入后，恢复会使用同一个 clientToken %3 向云端询问并取回这些实例。</translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message>
        <location filename="../ui/wizard/PurchaseWizard.cpp" line="+56"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>there are no credentials to ask the cloud with.</source>
        <translation>没有可用于询价的凭据。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>&amp;Purchase %n instance(s)</source>
        <translation>
            <numerusform>购买 %n 台实例(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Discard this order?</source>
        <translation>放弃此订单？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The choices you made in this order will be lost.</source>
        <translation>您在此订单中所做的选择将会丢失。</translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <location filename="../ui/status/PurchasesModel.cpp" line="+17"/>
        <source>damaged, never sent again: %1</source>
        <translation>已损坏，不会再次发送：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused by the cloud, nothing bought</source>
        <translation>被云端拒绝，未购买任何实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not confirmed: resume to find out</source>
        <translation>未确认：请恢复以查明结果</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>done: %n running</source>
        <translation>
            <numerusform>已结束：%n 台运行中</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>bought, being tracked</source>
        <translation>已购买，正在跟踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bought, not tracked now: open it to check again</source>
        <translation>已购买，当前未在跟踪：打开它以再次检查</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>terminated: all %n instance(s)</source>
        <translation>
            <numerusform>已销毁：全部 %n 台实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>failed: none of %n instance(s) runs</source>
        <translation>
            <numerusform>失败：%n 台实例均未运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly failed: %1 running, %2 failed</source>
        <translation>部分失败：%1 台运行中，%2 台失败</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1; %n terminated since</source>
        <translation>
            <numerusform>%1；其后已销毁 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; destroyed automatically at %2</source>
        <translation>%1；将于 %2 自动销毁</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ordered</source>
        <translation>已下单 %1 台</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>clientToken %1</source>
        <translation>clientToken %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>PurchasesView</name>
    <message>
        <location filename="../ui/status/PurchasesView.cpp" line="+25"/>
        <source>No purchases yet. Every purchase you make is listed here with how it ended; start one with New purchase.</source>
        <translation>还没有购买记录。您的每次购买都会连同其结果列在这里；点击“新建购买”开始一次购买。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Terminate…</source>
        <translation>销毁(&amp;T)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Destroy the purchase&apos;s instances that are left, after asking</source>
        <translation>确认后销毁此次购买中剩余的实例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search instance id, name, client token or zone</source>
        <translation>搜索实例 ID、名称、client token 或可用区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search purchases</source>
        <translation>搜索购买</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being tracked</source>
        <translation>跟踪中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted since</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Any zone</source>
        <translation>任意可用区</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;New purchase…</source>
        <translation>新建购买(&amp;N)…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The application stopped, or the network failed, before the cloud answered, so instances may or may not have been bought. Resume sends the same order with the same client token: the cloud returns what it already bought instead of buying again. Dismiss only if you know it did not go through.</source>
        <translation>应用程序在云端应答之前停止了，或网络发生了故障，因此实例可能已经购买，也可能没有。“恢复”会使用相同的客户端令牌重新发送同一订单：云端会返回已购买的实例，而不会重复购买。只有在确定购买没有成功时才选择“忽略”。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n purchase(s) was/were sent but never confirmed.</source>
        <translation>
            <numerusform>有 %n 笔购买已发送，但始终未得到确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="+57"/>
        <source>purchase %1 is damaged and is not sent again: %2. What can still be read: clientToken %3, submitted %4 to %5, %6 × %7 in %8. Look in the cloud for its instances before buying it again.</source>
        <translation>购买 %1 已损坏，不会再次发送：%2。仍可读取的内容：clientToken %3，于 %4 提交到 %5，%6 × %7，位于 %8。再次购买之前，请先在云端查找它的实例。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>purchase %1 (clientToken %2) was sent to %3, not to %4; finish it with `cvm-purchaser-cli resume --endpoint %3`.</source>
        <translation>购买 %1（clientToken %2）曾发送到 %3，而不是 %4；请使用 `cvm-purchaser-cli resume --endpoint %3` 完成它。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to resume: no purchase sent to %1 is waiting for its instance ids or for its instances to settle.</source>
        <translation>没有需要恢复的购买：发送到 %1 的购买中，没有正在等待实例 ID 或等待实例结果的购买。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n purchase(s) to finish at %1.</source>
        <translation>
            <numerusform>在 %1 有 %n 笔购买需要完成。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Following purchase %1 (clientToken %2).</source>
        <translation>正在跟踪购买 %1（clientToken %2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Purchase %1 is %2 now; nothing to do.</source>
        <translation>购买 %1 现在的状态为 %2；无需处理。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sending purchase %1 again with its clientToken %2 to %3: the cloud answers with the instances it bought for it, or buys them once.</source>
        <translation>正在以其 clientToken %2 向 %3 重新发送购买 %1：云端会返回为它购买的实例，或者只购买一次。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nothing was sent: %1</source>
        <translation>没有发送任何请求：%1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/wizard/ReviewPage.cpp" line="+95"/>
        <location line="+59"/>
        <source>Show &amp;request</source>
        <translation>显示请求(&amp;R)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Review</source>
        <translation>核对订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the order. Nothing is bought until you press the purchase button.</source>
        <translation>请核对订单。在您按下购买按钮之前，不会购买任何东西。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check with the &amp;cloud</source>
        <translation>让云端检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends the order as a dry run: the cloud checks everything it would check before buying, and buys nothing.</source>
        <translation>以预检方式发送订单：云端执行购买前的全部检查，但不购买任何实例。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hide &amp;request</source>
        <translation>隐藏请求(&amp;R)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the cloud to check the order; nothing is bought…</source>
        <translation>正在请云端检查订单，不会购买任何实例…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This API cannot check an order without buying it.</source>
        <translation>此 API 不支持在不购买的情况下检查订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ The cloud would accept this order. Nothing was bought.</source>
        <translation>✔ 云端将会接受此订单。没有购买任何实例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ The cloud would refuse this order: %1 Nothing was bought.</source>
        <translation>✘ 云端将会拒绝此订单：%1 没有购买任何实例。</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The price of this order is not known yet.</source>
        <translation>此订单的价格尚未得知。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order as a request for the official SDKs and tccli, or as a Terraform resource, to copy or save; without the password</source>
        <translation>将订单导出为官方 SDK 和 tccli 的请求或 Terraform 资源，可复制或保存；不含密码</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>password (set)</source>
        <translation>密码（已设置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH key %1</source>
        <translation>SSH 密钥 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password generated by the cloud, sent by site message</source>
        <translation>由云端生成密码，通过站内信发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>地域与可用区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>机型</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+8"/>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk type</source>
        <translation>硬盘类型</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+44"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 (kept after the instance)</source>
        <translation>%1（实例销毁后保留）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+58"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 once base64-encoded</source>
        <translation>base64 编码后 %1，上限 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup</source>
        <translation>标签与启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start-up script</source>
        <translation>启动脚本</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VPC %1, subnet %2</source>
        <translation>私有网络 %1，子网 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic network</source>
        <translation>基础网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>default project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Agents</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>security %1, monitoring %2</source>
        <translation>安全组件%1，监控组件%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroyed</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatically at %1</source>
        <translation>于 %1 自动销毁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only when you destroy them</source>
        <translation>仅在您手动销毁时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; protected from termination through the API</source>
        <translation>；已开启实例销毁保护</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The price could not be estimated: %1</source>
        <translation>无法估算价格：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Estimated price: %1 in all&lt;/b&gt; (%2 at %3 each), plus traffic at %4. An estimate: the cloud bills what is used.</source>
        <translation>&lt;b&gt;预估价格：共 %1&lt;/b&gt;（%2，每台 %3），另加流量费 %4。仅为预估：云端按实际用量计费。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Estimated price: %1 in all&lt;/b&gt; (%2 at %3 each, bandwidth %4). An estimate: the cloud bills what is used.</source>
        <translation>&lt;b&gt;预估价格：共 %1&lt;/b&gt;（%2，每台 %3，带宽 %4）。仅为预估：云端按实际用量计费。</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <location filename="../app/SandboxProcess.cpp" line="+30"/>
        <source>cvm-sandbox did not say which port it listens on within %1 seconds.</source>
        <translation>cvm-sandbox 在 %1 秒内没有说明它监听的端口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cvm-sandbox could not be started: %1</source>
        <translation>无法启动 cvm-sandbox：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it crashed</source>
        <translation>它崩溃了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cvm-sandbox ended before it was listening (%1).</source>
        <translation>cvm-sandbox 在开始监听之前就结束了（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cvm-sandbox ended (%1); the sandbox no longer answers.</source>
        <translation>cvm-sandbox 已结束（%1）；沙箱不再响应。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cvm-sandbox did not say which port it listens on.</source>
        <translation>cvm-sandbox 没有说明它监听的端口。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cvm-sandbox said &quot;%1&quot; instead of which port it listens on.</source>
        <translation>cvm-sandbox 输出了“%1”，而不是它监听的端口。</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../ui/status/StatusView.cpp" line="+64"/>
        <source>Copy &amp;IP addresses</source>
        <translation>复制 IP 地址(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy &amp;replacements for failed…</source>
        <translation>为失败的实例购买替代实例(&amp;R)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New purchase…</source>
        <translation>新建购买(&amp;N)…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>All &amp;purchases</source>
        <translation>全部购买记录(&amp;P)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Copy I&amp;Ds</source>
        <translation>复制实例 ID(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Terminate…</source>
        <translation>销毁(&amp;T)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Destroys the selected instances, or all of this purchase&apos;s when none is selected, after asking. Pay-as-you-go instances cost money until then.</source>
        <translation>询问后销毁所选实例；未选择时销毁此次购买的全部实例。按量计费实例在销毁前一直计费。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Instances settled</source>
        <translation>已有结果的实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the instance IDs of the selected rows, or of every row when none is selected, one per line (Ctrl+C in the table).</source>
        <translation>复制所选行的实例 ID（未选择时复制所有行），每行一个（在表格中按 Ctrl+C 亦可）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the LAN and public IP addresses of the selected rows, or of every row when none is selected, one instance per line.</source>
        <translation>复制所选行的内网和公网 IP 地址（未选择时复制所有行），每台实例一行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy instance IDs</source>
        <translation>复制实例 ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export instances</source>
        <translation>导出实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 running, %2 failed</source>
        <translation>%1 台运行中，%2 台失败</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 settled</source>
        <translation>%1/%2 已有结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The table could not be exported to %1: %2</source>
        <translation>无法将表格导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../ui/wizard/StoragePage.cpp" line="+33"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>The disk type applies to both the system disk and the data disk.</source>
        <translation>硬盘类型同时适用于系统盘和数据盘。</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+2"/>
        <location line="+154"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API 2.0 buys one data disk per instance, of the disk type above. Several data disks, each of its own type, need an API 3.0 order.</source>
        <translation>API 2.0 每台实例只能购买一块数据盘，类型与上面的硬盘类型相同。要购买多块各自类型的数据盘，请使用 API 3.0 订单。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add data dis&amp;k</source>
        <translation>添加数据盘(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Disk type:</source>
        <translation>硬盘类型(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System disk:</source>
        <translation>系统盘(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ata disk:</source>
        <translation>数据盘(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ata disks:</source>
        <translation>数据盘(&amp;A)：</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete with the instance</source>
        <translation>随实例销毁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data disk %1 type</source>
        <translation>数据盘 %1 的类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data disk %1 size</source>
        <translation>数据盘 %1 的容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete data disk %1 with the instance</source>
        <translation>数据盘 %1 随实例销毁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove data disk %1</source>
        <translation>移除数据盘 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 to %2 GB in steps of %3</source>
        <translation>%1 到 %2 GB，步长 %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No data disks. Each is %1; up to %2, at most one of them local.</source>
        <translation>暂无数据盘。每块 %1；最多 %2 块，其中本地盘最多一块。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 data disks. Each is %3; at most one of them local.</source>
        <translation>已有 %1 块数据盘，最多 %2 块。每块 %3；其中本地盘最多一块。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An instance has at most %1 data disks.</source>
        <translation>一台实例最多有 %1 块数据盘。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The system disk&apos;s type and size, and the data disks, each of its own type.</source>
        <translation>系统盘的类型和容量，以及各自类型的数据盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System disk type</source>
        <translation>系统盘类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk type</source>
        <translation>硬盘类型</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <location filename="../ui/wizard/TagsPage.cpp" line="+66"/>
        <source>Setup</source>
        <translation>标签与启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to find the instances by, a script they run when they first start, and protection from termination.</source>
        <translation>用于查找实例的标签、实例首次启动时运行的脚本，以及实例销毁保护。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only API 3.0 orders take tags, a start-up script and protection from termination; this order is written for API 2.0.</source>
        <translation>只有 API 3.0 订单支持标签、启动脚本和实例销毁保护；此订单是为 API 2.0 编写的。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add tag</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve tag</source>
        <translation>删除标签(&amp;V)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#!/bin/bash
…</source>
        <translation>#!/bin/bash
…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load from file…</source>
        <translation>从文件载入(&amp;L)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Protect from termination through the API</source>
        <translation>开启实例销毁保护(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While on, the cloud refuses to destroy them through the API (this program included) until the protection is turned off.</source>
        <translation>开启后，云端拒绝通过 API（包括本程序）销毁这些实例，直到关闭该保护。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start-up &amp;script:</source>
        <translation>启动脚本(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protection:</source>
        <translation>保护：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load the start-up script</source>
        <translation>载入启动脚本</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The tag key &quot;%1&quot; is given twice; an instance has each key once.</source>
        <translation>标签键“%1”出现了两次；每台实例的每个标签键只能有一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 tags. A key has 1 to %3 characters and does not start with qcloud, tencent or project; a value has up to %4.</source>
        <translation>已有 %1 个标签，最多 %2 个。标签键为 1 到 %3 个字符，且不能以 qcloud、tencent 或 project 开头；标签值最多 %4 个字符。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too big for a start-up script (%2).</source>
        <translation>%1 太大，不能作为启动脚本（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not UTF-8 text: a start-up script is text.</source>
        <translation>%1 不是 UTF-8 文本：启动脚本必须是文本。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None. Up to %1 once base64-encoded.</source>
        <translation>无。base64 编码后最多 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 once base64-encoded.</source>
        <translation>base64 编码后 %1，上限 %2。</translation>
    </message>
</context>
<context>
    <name>TrackingSummary</name>
    <message numerus="yes">
        <location filename="../src/purchase/InstanceStatus.cpp" line="+55"/>
        <source>All %n instance(s) are running.</source>
        <translation>
            <numerusform>全部 %n 台实例均已运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 instances are running; failed: %3.</source>
        <translation>%2 台实例中有 %1 台正在运行；失败：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped waiting: %1 of %2 instances are running; still pending: %3.</source>
        <translation>已停止等待：%2 台实例中有 %1 台正在运行；仍未完成：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Failed: %1.</source>
        <translation>失败：%1。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Tracking was cancelled: %1 of %2 instances are running.</source>
        <translation>跟踪已取消：%2 台实例中有 %1 台正在运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not settled: %1.</source>
        <translation>尚无结果：%1。</translation>
    </message>
</context>
<context>
    <name>V2Protocol</name>
    <message>
        <location filename="../src/protocol/v2/V2Protocol.cpp" line="-167"/>
        <source>Not offered with %1.</source>
        <translation>%1 不提供此类型。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Windows system disks are fixed at 50 GB, free of charge.</source>
        <translation>Windows 系统盘固定为 50 GB，免费。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>20 to 50 GB in steps of 10; the first 20 GB are free.</source>
        <translation>20 至 50 GB，以 10 GB 为步长；前 20 GB 免费。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None, or %1 to %2 GB in steps of 10.</source>
        <translation>无，或 %1 至 %2 GB，以 10 GB 为步长。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By bandwidth, per hour</source>
        <translation>按带宽计费（按小时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By traffic</source>
        <translation>按使用流量计费</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use as the VPC&apos;s public network &amp;gateway</source>
        <translation>用作 VPC 的公网网关(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A gateway needs a VPC and a public IP.</source>
        <translation>公网网关需要私有网络和公网 IP。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(Timestamp, Nonce, SecretId, SignatureMethod and Signature are added when it is sent.)</source>
        <translation>（Timestamp、Nonce、SecretId、SignatureMethod 和 Signature 在发送时添加。）</translation>
    </message>
    <message>
        <location filename="../src/protocol/v2/V2Rules.cpp" line="+54"/>
        <source>%1 must be 0 (off) or 1 (on).</source>
        <translation>%1 必须为 0（关闭）或 1（开启）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Region &quot;%1&quot; is unknown; choose one of %2.</source>
        <translation>未知地域“%1”；请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A zone id is a number such as 100003 (&quot;%1&quot; is not one).</source>
        <translation>可用区 ID 是数字，例如 100003（“%1”不是）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an availability zone.</source>
        <translation>请选择可用区。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zone %1 is not in region %2 (%3); its zones start with %4.</source>
        <translation>可用区 %1 不在地域 %2（%3）中；该地域的可用区 ID 以 %4 开头。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Instance type &quot;%1&quot; is not sold; choose one of %2.</source>
        <translation>实例机型“%1”未售卖；请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the number of CPU cores.</source>
        <translation>请选择 CPU 核数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offers %2 cores.</source>
        <translation>%1 提供 %2 核。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the memory size in GB.</source>
        <translation>请选择内存大小（GB）。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n core(s) of %1 offer(s) %2 GB.</source>
        <translation>
            <numerusform>%1 的 %n 核配置提供 %2 GB 内存。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An image id looks like img-31tjrtph: &quot;img-&quot; then lower-case letters and digits.</source>
        <translation>镜像 ID 形如 img-31tjrtph：以“img-”开头，后接小写字母和数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image type must be 1 (private), 2 (public), 3 (marketplace) or 4 (shared).</source>
        <translation>镜像类型必须为 1（自定义）、2（公共）、3（镜像市场）或 4（共享）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk type must be 1 (local disk), 2 (cloud block storage), 3 (local SSD) or 4 (SSD cloud disk).</source>
        <translation>硬盘类型必须为 1（本地硬盘）、2（普通云硬盘）、3（本地 SSD 硬盘）或 4（SSD 云硬盘）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not offered with %2; choose disk type %3.</source>
        <translation>%2 不提供“%1”；请选择硬盘类型 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API 2.0 buys one data disk at most.</source>
        <translation>API 2.0 最多购买一块数据盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data disk size must be 0 (no data disk) or a multiple of 10 GB.</source>
        <translation>数据盘大小必须为 0（无数据盘）或 10 GB 的倍数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A %1 data disk must be 0 (none) or %2 to %3 GB.</source>
        <translation>“%1”数据盘的大小必须为 0（无）或 %2 至 %3 GB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows system disks are fixed at 50 GB.</source>
        <translation>Windows 系统盘固定为 50 GB。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Linux system disk is 20, 30, 40 or 50 GB.</source>
        <translation>Linux 系统盘为 20、30、40 或 50 GB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bandwidth billing must be PayByHour or PayByTraffic.</source>
        <translation>带宽计费方式必须为 PayByHour 或 PayByTraffic。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth must be 0 to %1 Mbps.</source>
        <translation>带宽必须为 0 至 %1 Mbps。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With 0 Mbps of bandwidth no public IP is assigned; the API&apos;s default bandwidth is 0.</source>
        <translation>带宽为 0 Mbps 时不分配公网 IP；API 的默认带宽为 0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A VPC needs a subnet id too.</source>
        <translation>使用私有网络时还需要子网 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A subnet needs its VPC id too.</source>
        <translation>使用子网时还需要其所属的 VPC ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A public network gateway needs a VPC and a public IP (bandwidth above 0 Mbps).</source>
        <translation>公网网关需要私有网络和公网 IP（带宽大于 0 Mbps）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password contains characters that are not allowed: %1. Use letters, digits and %2</source>
        <translation>密码包含不允许的字符：%1。请使用字母、数字和 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A Windows password has 12 to 16 characters.</source>
        <translation>Windows 密码长度为 12 至 16 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Linux password has 8 to 16 characters.</source>
        <translation>Linux 密码长度为 8 至 16 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Windows password mixes at least three of: lower-case letters, upper-case letters, digits and special characters.</source>
        <translation>Windows 密码至少包含小写字母、大写字母、数字和特殊字符中的三类。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Linux password mixes at least two of: letters, digits and special characters.</source>
        <translation>Linux 密码至少包含字母、数字和特殊字符中的两类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API 2.0 logs in with one SSH key at most.</source>
        <translation>API 2.0 最多使用一个 SSH 密钥登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows instances cannot log in with an SSH key; use a password.</source>
        <translation>Windows 实例不能使用 SSH 密钥登录；请使用密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose either a password or an SSH key, not both.</source>
        <translation>请在密码和 SSH 密钥中选择其一，不能同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key id looks like skey-3glfot13: &quot;skey-&quot; then lower-case letters and digits.</source>
        <translation>密钥 ID 形如 skey-3glfot13：以“skey-”开头，后接小写字母和数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project id must be 0 (default project) or a positive number.</source>
        <translation>项目 ID 必须为 0（默认项目）或正整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity must be 1 to 100 instances.</source>
        <translation>购买数量必须为 1 至 100 台。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An instance name has at most 60 characters (this one has %1).</source>
        <translation>实例名称最多 60 个字符（当前为 %1 个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client token has at most 64 printable ASCII characters.</source>
        <translation>客户端令牌最多包含 64 个可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <location filename="../src/protocol/v2/V2Protocol.h" line="+16"/>
        <source>API 2.0 (RunInstancesHour, legacy)</source>
        <translation>API 2.0（RunInstancesHour，旧版）</translation>
    </message>
</context>
<context>
    <name>V3Protocol</name>
    <message>
        <location filename="../src/protocol/v3/V3Protocol.cpp" line="-115"/>
        <source>Premium cloud disk (CLOUD_PREMIUM)</source>
        <translation>高性能云硬盘（CLOUD_PREMIUM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSD cloud disk (CLOUD_SSD)</source>
        <translation>SSD 云硬盘（CLOUD_SSD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced SSD cloud disk (CLOUD_BSSD)</source>
        <translation>通用型 SSD 云硬盘（CLOUD_BSSD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced SSD cloud disk (CLOUD_HSSD)</source>
        <translation>增强型 SSD 云硬盘（CLOUD_HSSD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic cloud disk (CLOUD_BASIC)</source>
        <translation>普通云硬盘（CLOUD_BASIC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local disk (LOCAL_BASIC)</source>
        <translation>本地硬盘（LOCAL_BASIC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local SSD disk (LOCAL_SSD)</source>
        <translation>本地 SSD 硬盘（LOCAL_SSD）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By traffic, per hour (TRAFFIC_POSTPAID_BY_HOUR)</source>
        <translation>按使用流量计费，按小时（TRAFFIC_POSTPAID_BY_HOUR）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By bandwidth, per hour (BANDWIDTH_POSTPAID_BY_HOUR)</source>
        <translation>按带宽计费，按小时（BANDWIDTH_POSTPAID_BY_HOUR）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared bandwidth package (BANDWIDTH_PACKAGE)</source>
        <translation>共享带宽包（BANDWIDTH_PACKAGE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth paid in advance (BANDWIDTH_PREPAID)</source>
        <translation>预付费带宽（BANDWIDTH_PREPAID）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2 GB.</source>
        <translation>%1 至 %2 GB。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None, or %1 to %2 GB in steps of %3.</source>
        <translation>无，或 %1 至 %2 GB，以 %3 GB 为步长。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the endpoint answered like an API 2.0 endpoint; an API 3.0 order needs an API 3.0 endpoint, such as https://cvm.tencentcloudapi.com/</source>
        <translation>该接入地址的应答是 API 2.0 的格式；API 3.0 订单需要 API 3.0 接入地址，例如 https://cvm.tencentcloudapi.com/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply has no &quot;Response&quot; object</source>
        <translation>应答中没有 &quot;Response&quot; 对象</translation>
    </message>
    <message>
        <location filename="../src/protocol/v3/V3Rules.cpp" line="+32"/>
        <source>A Windows host name has no dots, so it cannot hold {IP}.</source>
        <translation>Windows 主机名不能含点号，因此不能使用 {IP}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A Windows host name holds letters, digits and &quot;-&quot; only.</source>
        <translation>Windows 主机名只能由字母、数字和“-”组成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Linux host name holds letters, digits, &quot;-&quot; and &quot;.&quot; only.</source>
        <translation>Linux 主机名只能由字母、数字、“-”和“.”组成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A %1 host name has 2 to %2 characters (&quot;%3&quot; makes one of %4).</source>
        <translation>%1 主机名长度为 2 至 %2 个字符（“%3”生成的主机名有 %4 个字符）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A host name neither starts nor ends with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>主机名不能以“.”或“-”开头或结尾。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;.&quot; and &quot;-&quot; never come twice in a row in a host name.</source>
        <translation>主机名中的“.”和“-”不能连续使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Windows host name is not all digits.</source>
        <translation>Windows 主机名不能全是数字。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An instance has at most %1 tags (this order has %2).</source>
        <translation>一台实例最多绑定 %1 个标签（当前订单有 %2 个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With %1 tags the instances have no room for the purchase&apos;s own tag (%2), so if the cloud&apos;s answer to the purchase is lost they cannot be found by it; %3 tags leave room.</source>
        <translation>有 %1 个标签时，实例已没有空间容纳本次购买自己的标签（%2）；如果云端对购买的应答丢失，将无法凭该标签找到这些实例。%3 个标签可留出空间。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A tag key has 1 to %1 characters.</source>
        <translation>标签键长度为 1 至 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of tag &quot;%1&quot; has more than %2 characters.</source>
        <translation>标签“%1”的值超过了 %2 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag &quot;%1&quot; holds a control character; only printable text is allowed.</source>
        <translation>标签“%1”含有控制字符；只允许可打印文本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A tag key does not start with %1 (&quot;%2&quot; does).</source>
        <translation>标签键不能以 %1 开头（“%2”以其开头）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag key &quot;%1&quot; is the program&apos;s own: it tags every purchase with it.</source>
        <translation>标签键“%1”由本程序专用：它为每次购买都打上此标签。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>terminateAt is a time like 2026-12-08T18:00:00+08:00 (&quot;%1&quot; is not one).</source>
        <translation>terminateAt 须为形如 2026-12-08T18:00:00+08:00 的时间（“%1”不是）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>terminateAt needs a time zone, such as +08:00 or Z (&quot;%1&quot; has none).</source>
        <translation>terminateAt 须带时区，如 +08:00 或 Z（“%1”没有时区）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>terminateAt must be at least 5 minutes from now (%1 is not).</source>
        <translation>terminateAt 须至少在 5 分钟之后（%1 不是）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a region, such as ap-guangzhou.</source>
        <translation>请选择地域，例如 ap-guangzhou。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region &quot;%1&quot; is not an API 3.0 region; choose one of %2.</source>
        <translation>地域“%1”不是 API 3.0 地域；请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an availability zone.</source>
        <translation>请选择可用区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An availability zone looks like ap-guangzhou-3: the region, a hyphen, a number.</source>
        <translation>可用区的格式如 ap-guangzhou-3：地域、连字符、数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Zone %1 is not in region %2.</source>
        <translation>可用区 %1 不在地域 %2 中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an instance type, such as S5.MEDIUM4.</source>
        <translation>请选择实例机型，例如 S5.MEDIUM4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API 3.0 instance type looks like S5.MEDIUM4: the family, a dot, the size and the memory in GB.</source>
        <translation>API 3.0 实例机型的格式如 S5.MEDIUM4：机型系列、点号、规格和以 GB 计的内存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An image id looks like img-31tjrtph: &quot;img-&quot; then lower-case letters and digits.</source>
        <translation>镜像 ID 形如 img-31tjrtph：以“img-”开头，后接小写字母和数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system disk type must be one of %1.</source>
        <translation>系统盘类型必须是 %1 之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Windows system disk has 50 to 1024 GB.</source>
        <translation>Windows 系统盘为 50 至 1024 GB。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Linux system disk has 20 to 1024 GB.</source>
        <translation>Linux 系统盘为 20 至 1024 GB。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An instance has at most %1 data disks.</source>
        <translation>一台实例最多有 %1 块数据盘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An instance has at most one local data disk (%1).</source>
        <translation>一台实例最多挂载一块本地数据盘（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A data disk type must be one of %1.</source>
        <translation>数据盘类型必须是 %1 之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A data disk has 10 to 32000 GB, in steps of 10 GB.</source>
        <translation>数据盘为 10 至 32000 GB，以 10 GB 为步长。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet charging must be one of %1.</source>
        <translation>网络计费方式必须是 %1 之一。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth must be 0 to %1 Mbps.</source>
        <translation>带宽必须为 0 至 %1 Mbps。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publicIp must be true or false.</source>
        <translation>publicIp 必须为 true 或 false。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With 0 Mbps of bandwidth no public IP is assigned; the API&apos;s default bandwidth is 0.</source>
        <translation>带宽为 0 Mbps 时不分配公网 IP；API 的默认带宽为 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VPC needs a subnet id too.</source>
        <translation>使用私有网络时还需要子网 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A subnet needs its VPC id too.</source>
        <translation>使用子网时还需要其所属的 VPC ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An instance joins at most %1 security groups (this order names %2).</source>
        <translation>一台实例最多加入 %1 个安全组（此订单指定了 %2 个）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A security group id looks like sg-5tjt7v3n: &quot;sg-&quot; then lower-case letters and digits.</source>
        <translation>安全组 ID 的格式如 sg-5tjt7v3n：“sg-”后接小写字母和数字。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password contains characters that are not allowed: %1. Use letters, digits and %2</source>
        <translation>密码包含不允许的字符：%1。请使用字母、数字和 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Windows password has 12 to 30 characters.</source>
        <translation>Windows 密码长度为 12 至 30 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Linux password has 8 to 30 characters.</source>
        <translation>Linux 密码长度为 8 至 30 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Windows password mixes at least three of: lower-case letters, upper-case letters, digits and special characters.</source>
        <translation>Windows 密码至少包含小写字母、大写字母、数字和特殊字符中的三类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Linux password mixes at least two of: lower-case letters, upper-case letters, digits and special characters.</source>
        <translation>Linux 密码至少包含小写字母、大写字母、数字和特殊字符中的两类。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows instances cannot log in with an SSH key; use a password.</source>
        <translation>Windows 实例不能使用 SSH 密钥登录；请使用密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose either a password or an SSH key, not both.</source>
        <translation>请在密码和 SSH 密钥中选择其一，不能同时使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RunInstances takes one SSH key per purchase (this order names %1).</source>
        <translation>RunInstances 每次购买只接受一个 SSH 密钥（此订单指定了 %1 个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key id looks like skey-3glfot13: &quot;skey-&quot; then lower-case letters and digits.</source>
        <translation>密钥 ID 形如 skey-3glfot13：以“skey-”开头，后接小写字母和数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project id must be 0 (default project) or a positive number.</source>
        <translation>项目 ID 必须为 0（默认项目）或正整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy 1 to %1 instances at a time.</source>
        <translation>每次购买 1 至 %1 台实例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An instance name has at most %1 characters, patterns included (this one has %2).</source>
        <translation>实例名称最多 %1 个字符（含模式串），当前为 %2 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The start-up script (userData) takes at most 16 KiB once base64-encoded (this one takes %1 bytes).</source>
        <translation>启动脚本（userData）经 base64 编码后最多 16 KiB（当前为 %1 字节）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A client token has at most 64 printable ASCII characters.</source>
        <translation>客户端令牌最多包含 64 个可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <location filename="../src/protocol/v3/V3Template.cpp" line="+28"/>
        <source>%1 must be an object like {&quot;type&quot;: &quot;CLOUD_PREMIUM&quot;, &quot;size&quot;: 50}.</source>
        <translation>%1 必须是形如 {&quot;type&quot;: &quot;CLOUD_PREMIUM&quot;, &quot;size&quot;: 50} 的对象。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a list of strings.</source>
        <translation>%1 必须是字符串列表。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+58"/>
        <source>%1 must be true or false.</source>
        <translation>%1 必须为 true 或 false。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1: deleteWithInstance must be true or false.</source>
        <translation>%1：deleteWithInstance 必须为 true 或 false。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a list of disks.</source>
        <translation>%1 必须是云硬盘列表。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be an object of texts, like {&quot;team&quot;: &quot;ops&quot;}.</source>
        <translation>%1 必须是值为文本的对象，例如 {&quot;team&quot;: &quot;ops&quot;}。</translation>
    </message>
    <message>
        <location filename="../src/protocol/v3/V3Requests.cpp" line="+91"/>
        <source>(The timestamp, the version and the TC3-HMAC-SHA256 signature are added when it is sent.)</source>
        <translation>（时间戳、版本和 TC3-HMAC-SHA256 签名在发送时添加。）</translation>
    </message>
    <message>
        <location filename="../src/protocol/v3/V3Protocol.h" line="+31"/>
        <source>API 3.0 (RunInstances)</source>
        <translation>API 3.0（RunInstances）</translation>
    </message>
</context>
<context>
    <name>WizardSidePanel</name>
    <message>
        <location filename="../ui/wizard/WizardSidePanel.cpp" line="+88"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;步骤&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Your order&lt;/b&gt;</source>
        <translation>&lt;b&gt;您的订单&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 of %2, %3, current</source>
        <translation>第 %1 步，共 %2 步，%3，当前步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (needs attention)</source>
        <translation>%1（需要处理）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 of %2, %3, needs attention</source>
        <translation>第 %1 步，共 %2 步，%3，需要处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2, %3, done</source>
        <translation>第 %1 步，共 %2 步，%3，已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2, %3, not reached yet</source>
        <translation>第 %1 步，共 %2 步，%3，尚未到达</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+164"/>
        <source>Buy pay-as-you-go Tencent Cloud CVM instances.</source>
        <translation>购买按量计费（按小时）的腾讯云 CVM 实例。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Use the built-in simulated cloud: nothing is bought.</source>
        <translation>使用内置的模拟云：不会购买任何东西。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API endpoint URL.</source>
        <translation>API 接入地址 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the wizard filled from an order template.</source>
        <translation>打开向导，并用订单模板预先填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keychain credential profile to use (default: &quot;default&quot;).</source>
        <translation>要使用的密钥环凭据配置（默认为“default”）。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the sandbox needs the cvm-sandbox program in %1.</source>
        <translation>沙箱需要 %1 中的 cvm-sandbox 程序。</translation>
    </message>
</context>
</TS>
