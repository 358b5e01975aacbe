<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the server (%1). Check the address and your connection, then try again.</source>
        <translation>无法连接服务器（%1）。请检查地址和网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The server stopped answering. Check your connection, then try again.</source>
        <translation>服务器已停止响应。请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The server stopped answering (%1). Check your connection, then try again.</source>
        <translation>服务器已停止响应（%1）。请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1: %2). Check the key in the profile settings.</source>
        <translation>服务器拒绝了 API 密钥（HTTP %1: %2）。请在配置文件设置中检查密钥。</translation>
    </message>
    <message>
        <source>The account has no credit left (HTTP 402: %1). Top it up, then try again.</source>
        <translation>账户额度已用完（HTTP 402: %1）。请充值后重试。</translation>
    </message>
    <message>
        <source>The server does not know this item any more (HTTP 404: %1). It may have expired or been deleted.</source>
        <translation>服务器上已没有此项（HTTP 404: %1），可能已过期或被删除。</translation>
    </message>
    <message>
        <source>This session is busy with another turn (HTTP 409). Wait for it to finish or attach to it.</source>
        <translation>此会话正在进行另一个轮次（HTTP 409）。请等待其完成，或接入该轮次。</translation>
    </message>
    <message>
        <source>The server rejected the request as inconsistent (HTTP 422: %1). This is a bug in Pokee Desktop; please report it.</source>
        <translation>服务器认为请求内容不一致，拒绝了该请求（HTTP 422: %1）。这是 Pokee Desktop 的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a moment, then try again.</source>
        <translation>请求过多（HTTP 429）。请稍候再试。</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1: %2).</source>
        <translation>服务器拒绝了请求（HTTP %1: %2）。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1: %2). Try again in a moment.</source>
        <translation>服务器出错（HTTP %1: %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>The agent stopped with an error: %1. Send the message again to retry.</source>
        <translation>智能体因错误而停止：%1。重新发送消息即可重试。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1 (HTTP %2, &quot;%3&quot;).</source>
        <translation>服务器返回了 Pokee Desktop 无法处理的响应：%1（HTTP %2，“%3”）。</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1 (&quot;%2&quot;).</source>
        <translation>服务器返回了 Pokee Desktop 无法处理的响应：%1（“%2”）。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). The server asks to wait %1.</source>
        <translation>请求过多（HTTP 429）。服务器要求等待 %1。</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1 (HTTP %2).</source>
        <translation>服务器返回了 Pokee Desktop 无法处理的响应：%1（HTTP %2）。</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1.</source>
        <translation>服务器返回了 Pokee Desktop 无法处理的响应：%1。</translation>
    </message>
    <message>
        <source>The connection to the server broke off (%1). Try again; what was already received is kept.</source>
        <translation>与服务器的连接已中断（%1）。请重试，已收到的内容会保留。</translation>
    </message>
    <message>
        <source>The session stayed busy with another turn; your message was not sent. Send it again once that turn has ended.</source>
        <translation>此会话一直在进行另一个轮次，您的消息未发送。请在该轮次结束后重新发送。</translation>
    </message>
    <message>
        <source>The session stayed busy with another turn (%1); your message was not sent. Send it again once that turn has ended.</source>
        <translation>此会话一直在进行另一个轮次（%1），您的消息未发送。请在该轮次结束后重新发送。</translation>
    </message>
    <message>
        <source>This session is busy with another turn (HTTP 409: %1). Wait for it to finish or follow it.</source>
        <translation>此会话正在进行另一个轮次（HTTP 409: %1）。请等待其结束，或跟踪该轮次。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>it is compressed to inflate far past any real answer (a compression bomb), so it was not read</source>
        <translation>该响应经过压缩，解压后体积远超任何正常响应（压缩炸弹），因此未读取</translation>
    </message>
    <message>
        <source>its headers are too large or malformed to be read</source>
        <translation>其响应头过大或格式错误，无法读取</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>无法写入审计日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>BlockDocument</name>
    <message>
        <source>answered</source>
        <extracomment>The state of a tool call the app answers, after &quot;Your tool X was called —&quot;</extracomment>
        <translation>已回复</translation>
    </message>
    <message>
        <source>answered with an error</source>
        <translation>已回复（错误）</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>等待您回复</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Heading of the user&apos;s own message in the transcript</extracomment>
        <translation>您</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>running…</source>
        <extracomment>The state of a tool the agent runs, after &quot;Tool X —&quot;: running, waiting, failed or done</extracomment>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>waiting for its result</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>tool state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool state</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>工具 %1</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>Heading: the arguments the agent passed to the tool</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>tool output heading</comment>
        <extracomment>Heading: what the tool returned (an error, or its result)</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>tool output heading</comment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Your tool %1 was called</source>
        <translation>智能体调用了您的工具 %1</translation>
    </message>
    <message>
        <source>Open in the tool-call inbox</source>
        <translation>在工具调用收件箱中打开</translation>
    </message>
    <message numerus="yes">
        <source>Completed · %1 tokens (%2 in, %3 out)</source>
        <extracomment>The turn&apos;s usage: total tokens (the plural form follows it), tokens in and out</extracomment>
        <translation>
            <numerusform>已完成 · %1 个 token（输入 %2，输出 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled — the partial answer above is kept and not billed.</source>
        <translation>已取消——上方已收到的部分回复会保留，且不计费。</translation>
    </message>
    <message>
        <source>The turn failed: %1</source>
        <translation>此轮次失败：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>An event this version does not know (%1):</source>
        <translation>此版本无法识别的事件（%1）：</translation>
    </message>
    <message>
        <source>not answered — the turn ended without it</source>
        <translation>未回复——此轮次已结束</translation>
    </message>
    <message>
        <source>not answered — the turn was cancelled</source>
        <extracomment>After &quot;Your tool X was called —&quot;: the user cancelled the turn before answering</extracomment>
        <translation>未回复——此轮次已取消</translation>
    </message>
    <message>
        <source>cancelled before its result</source>
        <translation>已取消，未得到结果</translation>
    </message>
    <message>
        <source>no result: the turn ended</source>
        <translation>无结果：此轮次已结束</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Commands:</source>
        <extracomment>Heading of the command table of pokee help</extracomment>
        <translation>命令：</translation>
    </message>
    <message>
        <source>pokee help COMMAND, or pokee COMMAND --help: that command&apos;s arguments and options.</source>
        <extracomment>Keep pokee help COMMAND and pokee COMMAND --help as they are: they are commands.</extracomment>
        <translation>pokee help COMMAND 或 pokee COMMAND --help：该命令的参数和选项。</translation>
    </message>
    <message>
        <source>Server and key: --api URL (key from POKEE_KEY), else --profile NAME, else POKEE_API +
POKEE_KEY when both are set, else the default profile (its key in the system keychain).
A key is never taken from the command line.
</source>
        <extracomment>Keep --api, --profile, POKEE_API and POKEE_KEY as they are.</extracomment>
        <translation>服务器和密钥：--api URL（密钥取自 POKEE_KEY），否则 --profile NAME，否则在 POKEE_API 和
POKEE_KEY 均已设置时使用二者，否则使用默认配置文件（其密钥存于系统钥匙串）。
绝不从命令行读取密钥。
</translation>
    </message>
    <message>
        <source>Exit codes: 0 completed, 3 cancelled, 4 the turn ended in message.error,
2 usage error, 1 any other failure.
</source>
        <extracomment>Keep message.error as it is: it is the name of an event.</extracomment>
        <translation>退出码：0 已完成，3 已取消，4 轮次以 message.error 结束，
2 用法错误，1 其他失败。
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>The first line of a help: %1 is how a command line is written (pokee get SID PATH), kept in English</extracomment>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Command-line client for the Pokee Enterprise API.</source>
        <translation>Pokee Enterprise API 的命令行客户端。</translation>
    </message>
    <message>
        <source>Global options (every command takes them):</source>
        <translation>全局选项（所有命令均可使用）：</translation>
    </message>
    <message>
        <source>Options:</source>
        <extracomment>Heading of a command&apos;s options in pokee help COMMAND</extracomment>
        <translation>选项：</translation>
    </message>
    <message>
        <source>pokee: unknown command or wrong arguments.</source>
        <translation>pokee: 未知命令或参数错误。</translation>
    </message>
    <message>
        <source>pokee: there is no command “%1”; pokee help lists them.</source>
        <extracomment>%1 is what the user typed as a command name</extracomment>
        <translation>pokee: 没有名为“%1”的命令；运行 pokee help 可列出所有命令。</translation>
    </message>
    <message>
        <source>Every command also takes the global options (--api, --profile, --json, --journal); pokee help describes them.</source>
        <extracomment>Keep the option names and pokee help as they are.</extracomment>
        <translation>每个命令还接受全局选项（--api、--profile、--json、--journal），详见 pokee help。</translation>
    </message>
</context>
<context>
    <name>CliInbox</name>
    <message>
        <source>pokee: this command needs a journal: use a profile (pokee profiles add), or --journal FILE</source>
        <translation>pokee: 此命令需要本地日志：请使用配置文件（pokee profiles add）或 --journal FILE</translation>
    </message>
    <message>
        <source>No tool calls are waiting.</source>
        <translation>没有等待回复的工具调用。</translation>
    </message>
    <message>
        <source>Answer one with: pokee tool-result SID CALL_ID OUTPUT</source>
        <extracomment>Keep the command as it is; SID, CALL_ID and OUTPUT are what the user fills in.</extracomment>
        <translation>回复方式：pokee tool-result SID CALL_ID OUTPUT</translation>
    </message>
    <message>
        <source>pokee: %1 --all-profiles reads each profile&apos;s own journal; it does not take --journal.</source>
        <extracomment>%1 is the command (inbox, search)</extracomment>
        <translation>pokee: %1 --all-profiles 会读取各配置文件自己的日志，不接受 --journal。</translation>
    </message>
    <message>
        <source>pokee: %1 --journal FILE needs the profile its turns were written for: --profile NAME, --api URL, or POKEE_API and POKEE_KEY.</source>
        <extracomment>%1 is the command (inbox, search)</extracomment>
        <translation>pokee: %1 --journal FILE 需要指定该日志中轮次所属的配置文件：--profile NAME、--api URL，或 POKEE_API 和 POKEE_KEY。</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>pokee: %1 is not valid UTF-8 (near byte %2); nothing was sent. Convert it to UTF-8 first.</source>
        <extracomment>%1 names the argument (the message, an output), %2 is a byte offset</extracomment>
        <translation>pokee: %1 不是有效的 UTF-8（约在第 %2 字节处）；未发送任何内容。请先转换为 UTF-8。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>pokee: cannot read %1: %2</source>
        <translation>pokee: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>pokee: %1 holds more than %2 MiB; nothing was sent.</source>
        <translation>pokee: %1 超过 %2 MiB；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>pokee: --after takes a whole number</source>
        <translation>pokee: --after 需要一个整数</translation>
    </message>
    <message>
        <source>pokee: --interval takes a number of seconds (at least 0.1)</source>
        <translation>pokee: --interval 需要以秒为单位的数值（至少 0.1）</translation>
    </message>
    <message>
        <source>pokee: --key is not accepted: a command line is visible to every user of the machine. Set POKEE_KEY, or add a profile (pokee profiles add NAME --url URL reads the key from standard input).</source>
        <translation>pokee: 不接受 --key：命令行对本机的所有用户可见。请设置 POKEE_KEY，或添加配置文件（pokee profiles add NAME --url URL 会从标准输入读取密钥）。</translation>
    </message>
    <message>
        <source>pokee: profiles add takes the address as --url; its key comes from standard input.</source>
        <translation>pokee: profiles add 通过 --url 指定地址；密钥从标准输入读取。</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>pokee help lists the commands and their options.</source>
        <translation>运行 pokee help 可列出所有命令及其选项。</translation>
    </message>
    <message>
        <source>pokee: %1 does not take %2; see pokee help %1</source>
        <extracomment>%1 is a command (get, sessions create), %2 an option (--ephemeral)</extracomment>
        <translation>pokee: %1 不接受 %2；参见 pokee help %1</translation>
    </message>
    <message>
        <source>pokee: --limit takes a whole number above 0</source>
        <translation>pokee: --limit 需要一个大于 0 的整数</translation>
    </message>
</context>
<context>
    <name>CliMcp</name>
    <message>
        <source>pokee: %1 has not been run before (or its definition changed). It would run, with your rights:</source>
        <translation>pokee: %1 此前从未运行过（或其定义已更改）。它将以您的权限运行：</translation>
    </message>
    <message>
        <source>pokee: not run. Run it again with --yes to approve this command line.</source>
        <translation>pokee: 未运行。如要批准此命令行，请加上 --yes 重新运行。</translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation>是否运行？[y/N] </translation>
    </message>
    <message>
        <source>pokee: not run.</source>
        <translation>pokee: 未运行。</translation>
    </message>
    <message>
        <source>pokee: %1&apos;s %2 is not in the keychain; give it with: pokee mcp secret %1 %2</source>
        <translation>pokee: 钥匙串中没有 %1 的 %2；请用以下命令提供：pokee mcp secret %1 %2</translation>
    </message>
    <message>
        <source>No MCP servers. Add one with pokee mcp add NAME -- COMMAND ARGS…, or pokee mcp import claude.</source>
        <translation>没有 MCP 服务器。请用 pokee mcp add NAME -- COMMAND ARGS… 或 pokee mcp import claude 添加。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>尚未批准</translation>
    </message>
    <message>
        <source>pokee: %1: %2</source>
        <translation>pokee: %1：%2</translation>
    </message>
    <message>
        <source>pokee: the keychain did not take %1&apos;s %2: %3. Nothing was imported.</source>
        <translation>pokee: 无法将 %1 的 %2 存入钥匙串：%3。未导入任何内容。</translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>pokee: %n secret value(s) went to the keychain, not into %1.</source>
        <translation>
            <numerusform>pokee: %n 个机密值已存入钥匙串，而非 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works: %2 %3, MCP %4, %n tool(s)</source>
        <translation>
            <numerusform>%1 可用：%2 %3，MCP %4，%n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>可能更改或删除内容</translation>
    </message>
    <message>
        <source>changes things</source>
        <translation>会更改内容</translation>
    </message>
    <message>
        <source>pokee: mcp add NAME -- COMMAND ARGS…, or mcp add NAME --url URL</source>
        <translation>pokee: mcp add NAME -- COMMAND ARGS…，或 mcp add NAME --url URL</translation>
    </message>
    <message>
        <source>Added %1. pokee mcp test %1 starts it (after asking).</source>
        <translation>已添加 %1。运行 pokee mcp test %1 可启动它（启动前会先询问）。</translation>
    </message>
    <message>
        <source>pokee: there is no MCP server named “%1” (see pokee mcp list)</source>
        <translation>pokee: 没有名为“%1”的 MCP 服务器（参见 pokee mcp list）</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets.</source>
        <translation>已移除 %1 及其机密。</translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%2 的 %1：</translation>
    </message>
    <message>
        <source>pokee: no value came on standard input</source>
        <translation>pokee: 标准输入中没有值</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is in the keychain.</source>
        <translation>%1 的 %2 已存入钥匙串。</translation>
    </message>
    <message>
        <source>pokee: see pokee help mcp</source>
        <translation>pokee: 参见 pokee help mcp</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Some tools changed since the last import (CHANGED above). Use them in new sessions? [y/N] </source>
        <translation>自上次导入以来，部分工具已更改（见上方“已更改”）。是否在新会话中使用这些工具？[y/N] </translation>
    </message>
    <message>
        <source>pokee: nothing imported; the library keeps the tools as they were (--yes takes the changes).</source>
        <translation>pokee: 未导入任何内容，工具库中的工具保持不变（使用 --yes 可接受更改）。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) of %1 into %2.</source>
        <translation>
            <numerusform>已将 %1 的 %n 个工具导入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <source>pokee: --where is prompts, answers or tools, not %1.</source>
        <translation>pokee: --where 只能是 prompts、answers 或 tools，而不是 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n older turn(s) of %1 first…</source>
        <translation>
            <numerusform>正在先为 %1 中 %n 个较早的轮次建立索引…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>未找到与 %1 相关的内容。</translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>pokee: cannot read %1: %2</source>
        <translation>pokee: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>pokee: the tool library does not read; mend or remove %1.</source>
        <translation>pokee: 无法读取工具库；请修复或移除 %1。</translation>
    </message>
    <message>
        <source>The tool library is empty: pokee tools import FILE adds tools.</source>
        <translation>工具库为空。可使用 pokee tools import FILE 添加工具。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) into %1.</source>
        <translation>
            <numerusform>已将 %n 个工具导入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) into %1 (replaced: %2).</source>
        <extracomment>%2 lists the names of the tools the import replaced</extracomment>
        <translation>
            <numerusform>已将 %n 个工具导入 %1（已替换：%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: cannot write %1: %2</source>
        <translation>pokee: 无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tool(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个工具导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: the tool library has no tool named %1.</source>
        <translation>pokee: 工具库中没有名为 %1 的工具。</translation>
    </message>
    <message>
        <source>Removed %1 from the tool library.</source>
        <translation>已从工具库中移除 %1。</translation>
    </message>
    <message>
        <source>pokee: give --tools FILE or --library NAMES, not both.</source>
        <translation>pokee: --tools FILE 和 --library NAMES 只能指定其一。</translation>
    </message>
    <message>
        <source>pokee: the tool library has no %1 (pokee tools list shows what it has).</source>
        <extracomment>%1 lists the tool names asked for that the library does not have</extracomment>
        <translation>pokee: 工具库中没有 %1（pokee tools list 可列出已有的工具）。</translation>
    </message>
    <message>
        <source>  [MCP: %1/%2, %3]</source>
        <translation>  [MCP：%1/%2，%3]</translation>
    </message>
    <message>
        <source>pokee: the approval is ask, session or always, not %1.</source>
        <translation>pokee: 批准方式只能是 ask、session 或 always，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 asks before every call runs on its MCP server.</source>
        <translation>%1 每次在其 MCP 服务器上运行前都会先询问。</translation>
    </message>
    <message>
        <source>%1 asks once in each session, then runs on its MCP server.</source>
        <translation>%1 在每个会话中只询问一次，之后直接在其 MCP 服务器上运行。</translation>
    </message>
    <message>
        <source>%1 runs on its MCP server without asking.</source>
        <translation>%1 直接在其 MCP 服务器上运行，不询问。</translation>
    </message>
    <message>
        <source>  CHANGED on the server: pokee tools import --mcp %1 shows it</source>
        <translation>  服务器上已更改：pokee tools import --mcp %1 可查看</translation>
    </message>
</context>
<context>
    <name>CliVerbs</name>
    <message>
        <source>Base URL of the API (default: $POKEE_API).</source>
        <extracomment>Help of the pokee command line. Keep option names (--path), literal values and command names (send, profiles list) as they are.</extracomment>
        <translation>API 的基础 URL（默认：$POKEE_API）。</translation>
    </message>
    <message>
        <source>Use this saved profile (see profiles list).</source>
        <translation>使用指定的已保存配置文件（参见 profiles list）。</translation>
    </message>
    <message>
        <source>Print NDJSON, one object per line.</source>
        <translation>输出 NDJSON，每行一个对象。</translation>
    </message>
    <message>
        <source>SQLite journal for send, resume and transcript.</source>
        <translation>SQLite 本地日志，供 send、resume 和 transcript 使用。</translation>
    </message>
    <message>
        <source>Not accepted: set POKEE_KEY, or add a profile (its key read from standard input).</source>
        <translation>不接受此选项：请设置 POKEE_KEY，或添加配置文件（其密钥从标准输入读取）。</translation>
    </message>
    <message>
        <source>Show this overview, or with a command (pokee get --help), that command&apos;s help.</source>
        <translation>显示本概览；与命令一起使用时（pokee get --help）显示该命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Start after this sequence number.</source>
        <translation>从此序号之后开始。</translation>
    </message>
    <message>
        <source>Print each event exactly as parsed: {&quot;id&quot;, &quot;event&quot;, &quot;data&quot;}.</source>
        <extracomment>{&quot;id&quot;, &quot;event&quot;, &quot;data&quot;} are JSON field names: keep them as they are.</extracomment>
        <translation>按解析结果原样输出每个事件：{&quot;id&quot;, &quot;event&quot;, &quot;data&quot;}。</translation>
    </message>
    <message>
        <source>Stop at the end of the first connection.</source>
        <translation>在第一个连接结束时停止。</translation>
    </message>
    <message>
        <source>The output is an error.</source>
        <translation>将输出标记为错误。</translation>
    </message>
    <message>
        <source>Read the text from this file instead of the argument (or give - as the argument for standard input).</source>
        <translation>从此文件读取文本，而非从参数读取（也可将参数设为 - 以读取标准输入）。</translation>
    </message>
    <message>
        <source>A folder of the workspace (default: the workspace itself).</source>
        <translation>工作区中的文件夹（默认：工作区本身）。</translation>
    </message>
    <message>
        <source>The file to write, or for get also the folder to save into.</source>
        <translation>要写入的文件；用于 get 时也可以是目标文件夹。</translation>
    </message>
    <message>
        <source>The whole folder (--path, or the workspace), recursively.</source>
        <translation>递归下载整个文件夹（--path 指定的文件夹或工作区）。</translation>
    </message>
    <message>
        <source>Start over instead of going on from a cut download&apos;s part file.</source>
        <translation>重新开始下载，而不是从中断时留下的部分文件继续。</translation>
    </message>
    <message>
        <source>Only sessions idle this long (30m, 1h, 2d).</source>
        <translation>仅限空闲超过此时长的会话（30m、1h、2d）。</translation>
    </message>
    <message>
        <source>Show what would go, delete nothing.</source>
        <translation>只显示将删除的内容，不实际删除。</translation>
    </message>
    <message>
        <source>Not persistent (destroyed 5 minutes after its last answer).</source>
        <translation>非持久会话（最后一次回复 5 分钟后销毁）。</translation>
    </message>
    <message>
        <source>Lifetime: seconds (3600) or 30m, 1h, 2d.</source>
        <translation>生存期：秒数（3600）或 30m、1h、2d。</translation>
    </message>
    <message>
        <source>A JSON file with the tools array.</source>
        <translation>包含 tools 数组的 JSON 文件。</translation>
    </message>
    <message>
        <source>Tools from the tool library, by name (a,b) or all.</source>
        <translation>工具库中的工具，按名称（a,b）指定或用 all 表示全部。</translation>
    </message>
    <message>
        <source>auto, none, required, or a JSON object.</source>
        <extracomment>auto, none and required are values of the option: keep them in English.</extracomment>
        <translation>auto、none、required 或一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Answer the tool calls by this rules file, until the final answer.</source>
        <translation>按此规则文件回复工具调用，直至得出最终回复。</translation>
    </message>
    <message>
        <source>Seconds between polls (default 3).</source>
        <translation>轮询间隔秒数（默认 3）。</translation>
    </message>
    <message>
        <source>The server&apos;s base URL.</source>
        <translation>服务器的基础 URL。</translation>
    </message>
    <message>
        <source>system (default), none, or HOST:PORT.</source>
        <extracomment>system and none are values of the option: keep them in English.</extracomment>
        <translation>system（默认）、none 或 HOST:PORT。</translation>
    </message>
    <message>
        <source>An extra CA certificate (PEM or DER) to trust.</source>
        <translation>额外信任的 CA 证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>The nested (Chat Completions) shape.</source>
        <translation>使用嵌套（Chat Completions）格式。</translation>
    </message>
    <message>
        <source>Save a server; its key is read from standard input</source>
        <extracomment>One line of the command table of pokee help, beside the command it describes.</extracomment>
        <translation>保存服务器；密钥从标准输入读取</translation>
    </message>
    <message>
        <source>The saved profiles and where their keys are</source>
        <translation>已保存的配置文件及其密钥的存放位置</translation>
    </message>
    <message>
        <source>Forget a saved profile and its key</source>
        <translation>删除已保存的配置文件及其密钥</translation>
    </message>
    <message>
        <source>Check that the server accepts the key</source>
        <translation>检查服务器是否接受密钥</translation>
    </message>
    <message>
        <source>The profile used when none is named</source>
        <translation>未指定配置文件时使用的配置文件</translation>
    </message>
    <message>
        <source>Sessions of this profile and of the server</source>
        <translation>此配置文件和服务器上的会话</translation>
    </message>
    <message>
        <source>Create a session and print its id</source>
        <translation>创建会话并输出其 ID</translation>
    </message>
    <message>
        <source>A session, from the server and the journal</source>
        <translation>会话在服务器和本地日志中的信息</translation>
    </message>
    <message>
        <source>Delete a session on the server</source>
        <translation>删除服务器上的会话</translation>
    </message>
    <message>
        <source>Delete idle sessions (after a preview)</source>
        <translation>删除空闲会话（先预览）</translation>
    </message>
    <message>
        <source>Print a session&apos;s metadata until it is idle</source>
        <translation>输出会话元数据，直到会话空闲</translation>
    </message>
    <message>
        <source>Send a message and follow the answer</source>
        <translation>发送消息并跟踪回复</translation>
    </message>
    <message>
        <source>Print a turn&apos;s events, resuming after a cut</source>
        <translation>输出某个轮次的事件，断线后从中断处继续</translation>
    </message>
    <message>
        <source>Cancel a running turn</source>
        <translation>取消正在进行的轮次</translation>
    </message>
    <message>
        <source>Answer a tool call</source>
        <translation>回复工具调用</translation>
    </message>
    <message>
        <source>A workspace folder: name, size, modified</source>
        <translation>工作区文件夹：名称、大小、修改时间</translation>
    </message>
    <message>
        <source>Download a file, never overwriting one</source>
        <translation>下载文件（不覆盖已有文件）</translation>
    </message>
    <message>
        <source>A whole folder, recursively, under DIR</source>
        <translation>递归下载整个文件夹到 DIR</translation>
    </message>
    <message>
        <source>Check a rules file (errors: line and column)</source>
        <translation>检查规则文件（指出错误所在的行和列）</translation>
    </message>
    <message>
        <source>What the rules answered for this profile</source>
        <translation>规则为此配置文件给出的回复</translation>
    </message>
    <message>
        <source>The tool library, shared with the app</source>
        <translation>工具库（与应用共用）</translation>
    </message>
    <message>
        <source>Add or replace tools (either OpenAI shape)</source>
        <translation>添加或替换工具（两种 OpenAI 格式均可）</translation>
    </message>
    <message>
        <source>The library as JSON, flat or nested shape</source>
        <translation>以 JSON 输出工具库，平铺或嵌套格式</translation>
    </message>
    <message>
        <source>Remove a tool from the library</source>
        <translation>从工具库中移除工具</translation>
    </message>
    <message>
        <source>A stateless answer (/v1/responses)</source>
        <translation>无状态回复（/v1/responses）</translation>
    </message>
    <message>
        <source>Finish the turns a killed run left open</source>
        <translation>结束被强制终止的运行遗留的未完成轮次</translation>
    </message>
    <message>
        <source>Print a session&apos;s journaled events</source>
        <translation>输出本地日志中记录的会话事件</translation>
    </message>
    <message>
        <source>This overview, or a command&apos;s options</source>
        <translation>本概览，或某个命令的选项</translation>
    </message>
    <message>
        <source>Every saved profile&apos;s journal, and the environment&apos;s when POKEE_API and POKEE_KEY are set.</source>
        <extracomment>POKEE_API and POKEE_KEY are environment variables: keep them as they are.</extracomment>
        <translation>每个已保存配置文件的本地日志；设置了 POKEE_API 和 POKEE_KEY 时，还包括“环境变量”配置文件的本地日志。</translation>
    </message>
    <message>
        <source>Go on watching for each session&apos;s next turn, until Ctrl+C.</source>
        <translation>继续等待每个会话的下一个轮次，直到按下 Ctrl+C。</translation>
    </message>
    <message>
        <source>Follow several sessions&apos; running turns at once</source>
        <translation>同时跟踪多个会话中正在进行的轮次</translation>
    </message>
    <message>
        <source>Tool calls waiting for an answer, and the time left</source>
        <translation>等待回复的工具调用及剩余时间</translation>
    </message>
    <message>
        <source>Approve the server&apos;s command line (still printed) without asking.</source>
        <translation>不经询问直接批准服务器的命令行（命令行仍会输出）。</translation>
    </message>
    <message>
        <source>Your MCP servers, and whether each was approved to run</source>
        <translation>您的 MCP 服务器及其是否已获准运行</translation>
    </message>
    <message>
        <source>Add (or change) an MCP server</source>
        <translation>添加（或更改）MCP 服务器</translation>
    </message>
    <message>
        <source>Import servers as Claude Desktop, Cursor or VS Code has them; secrets go to the keychain</source>
        <translation>按 Claude Desktop、Cursor 或 VS Code 中的配置导入服务器；机密存入钥匙串</translation>
    </message>
    <message>
        <source>Forget an MCP server and its secrets</source>
        <translation>移除 MCP 服务器及其机密</translation>
    </message>
    <message>
        <source>Put a server&apos;s secret (read from standard input) in the keychain</source>
        <translation>将服务器的机密（从标准输入读取）存入钥匙串</translation>
    </message>
    <message>
        <source>Start a server (after approving its command line) and say what it offers</source>
        <translation>启动服务器（需先批准其命令行）并列出其提供的功能</translation>
    </message>
    <message>
        <source>A server&apos;s tools, with their (untrusted) hints</source>
        <translation>服务器的工具及其（不可信的）提示</translation>
    </message>
    <message>
        <source>The MCP server whose tools to import (see pokee mcp list).</source>
        <translation>要导入其工具的 MCP 服务器（参见 pokee mcp list）。</translation>
    </message>
    <message>
        <source>Add or update an MCP server&apos;s tools; a changed one is shown and asked about</source>
        <translation>添加或更新 MCP 服务器的工具；已更改的工具会先显示并询问您</translation>
    </message>
    <message>
        <source>Whether an MCP tool asks before every call, once per session, or never</source>
        <translation>MCP 工具是每次调用前询问、每个会话询问一次，还是从不询问</translation>
    </message>
    <message>
        <source>Only this session.</source>
        <translation>仅此会话。</translation>
    </message>
    <message>
        <source>Only in prompts, answers (with thinking) or tools (calls and results).</source>
        <extracomment>prompts, answers and tools are values of the option: keep them in English.</extracomment>
        <translation>仅在 prompts（提示词）、answers（回复，含思考过程）或 tools（工具调用和结果）中查找。</translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation>最多返回的结果数（默认 20）。</translation>
    </message>
    <message>
        <source>Find words in every session&apos;s turns, offline (&quot;a phrase&quot;, prefix*)</source>
        <translation>离线查找所有会话轮次中的词语（&quot;短语&quot;、前缀*）</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <source>The server&apos;s answer is not a list of files.</source>
        <translation>服务器的响应不是文件列表。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 Check that the disk has space and the file is writable.</source>
        <extracomment>%1 is a sentence that says what the local journal could not do, such as &quot;The local journal could not save a session (disk I/O error).&quot;</extracomment>
        <translation>%1请检查磁盘空间是否充足、文件是否可写。</translation>
    </message>
    <message>
        <source>The local journal could not be updated (%1).</source>
        <translation>无法更新本地日志（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not be opened at %1 (%2).</source>
        <translation>无法打开位于 %1 的本地日志（%2）。</translation>
    </message>
    <message>
        <source>The local journal could not be read by this version of Pokee Desktop (%1).</source>
        <translation>此版本的 Pokee Desktop 无法读取本地日志（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not start a transaction (%1).</source>
        <translation>本地日志无法开始事务（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not save a session (%1).</source>
        <translation>本地日志无法保存会话（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not rename a session (%1).</source>
        <translation>本地日志无法重命名会话（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not save a session&apos;s state (%1).</source>
        <translation>本地日志无法保存会话状态（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not mark a session read (%1).</source>
        <translation>本地日志无法将会话标记为已读（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not forget a session (%1).</source>
        <translation>本地日志无法移除会话（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not record the new turn (%1).</source>
        <translation>本地日志无法记录新轮次（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not record the response id (%1).</source>
        <translation>本地日志无法记录响应 ID（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not record the turn&apos;s state (%1).</source>
        <translation>本地日志无法记录轮次状态（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not close the turn (%1).</source>
        <translation>本地日志无法关闭轮次（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>The local journal could not store %n event(s) (%1).</source>
        <translation>
            <numerusform>本地日志无法存储 %n 个事件（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The local journal could not record the turn&apos;s progress (%1).</source>
        <translation>本地日志无法记录轮次进度（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>The local journal could not commit %n event(s) (%1).</source>
        <translation>
            <numerusform>本地日志无法提交 %n 个事件（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The local journal could not save a turn&apos;s display events (%1).</source>
        <translation>本地日志无法保存轮次的显示事件（%1）。</translation>
    </message>
    <message>
        <source>There is no journal at %1. Check the path.</source>
        <translation>%1 处没有本地日志。请检查路径。</translation>
    </message>
    <message>
        <source>The local journal at %1 could not be read (%2).</source>
        <translation>无法读取 %1 处的本地日志（%2）。</translation>
    </message>
    <message>
        <source>The journal at %1 was written by an older version of Pokee Desktop and is read-only here: open it once where it can be written, to bring it up to date.</source>
        <translation>%1 处的本地日志由旧版 Pokee Desktop 写入，在此只能以只读方式使用。请在可写入该文件的环境中打开一次，以完成升级。</translation>
    </message>
    <message>
        <source>%1 The file is not a Pokee journal or is damaged: move it away and a new one is started (the server keeps the sessions).</source>
        <extracomment>%1 is a sentence that says what the local journal could not do and why</extracomment>
        <translation>%1该文件不是 Pokee 本地日志，或已损坏。请将其移走，程序会新建一个日志（会话仍保存在服务器上）。</translation>
    </message>
    <message>
        <source>%1 Another Pokee program kept the journal busy for too long; try again.</source>
        <translation>%1另一个 Pokee 程序长时间占用本地日志，请重试。</translation>
    </message>
    <message>
        <source>%1 Update Pokee Desktop to use it.</source>
        <translation>%1请更新 Pokee Desktop 后再使用。</translation>
    </message>
    <message>
        <source>The local journal&apos;s search index could not be opened (%1).</source>
        <translation>无法打开本地日志的搜索索引（%1）。</translation>
    </message>
    <message>
        <source>The local journal could not index older turns (%1).</source>
        <translation>本地日志无法为较早的轮次建立索引（%1）。</translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain holds no key for the profile “%1”.</source>
        <translation>系统钥匙串中没有配置文件“%1”的密钥。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Start your desktop&apos;s keyring (GNOME Keyring, KWallet) or use the key for this run only.</source>
        <translation>系统钥匙串不可用（%1）。请启动桌面的密钥环（GNOME Keyring、KWallet），或仅在本次运行中使用该密钥。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again, or use the key for this run only.</source>
        <translation>系统钥匙串拒绝访问（%1）。请解锁后重试，或仅在本次运行中使用该密钥。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>%1: the %2 %3 is asked for when the server is used (VS Code&apos;s ${input:…}): give it with pokee mcp secret %1 %3, or in Tools → MCP servers</source>
        <translation>%1：%2 %3 需在使用服务器时输入（VS Code 的 ${input:…}）：请用 pokee mcp secret %1 %3 提供，或在“工具 → MCP 服务器”中提供</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>不是 JSON 对象（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>no servers in it: expected &quot;mcpServers&quot; (Claude Desktop, Cursor, Cline) or &quot;servers&quot; (VS Code)</source>
        <translation>其中没有服务器：应为 &quot;mcpServers&quot;（Claude Desktop、Cursor、Cline）或 &quot;servers&quot;（VS Code）</translation>
    </message>
    <message>
        <source>“%1” is named “%2” here (letters, digits, _ and - only)</source>
        <translation>“%1”在此处改名为“%2”（仅限字母、数字、_ 和 -）</translation>
    </message>
    <message>
        <source>header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>%1: neither a command nor a url; not imported</source>
        <translation>%1：既没有命令也没有 URL，未导入</translation>
    </message>
    <message>
        <source>%1: its command line or address asks for an ${input:…}, which only VS Code can fill in; edit it here</source>
        <translation>%1：其命令行或地址需要 ${input:…}，该值只有 VS Code 能填写；请在此处编辑</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>%1: its envFile (%2) is not read; add its variables here</source>
        <translation>%1：不会读取其 envFile（%2），请在此处添加相应变量</translation>
    </message>
    <message>
        <source>%1: its autoApprove list is not carried over: approvals here are asked once per tool</source>
        <translation>%1：其 autoApprove 列表不会沿用：此处会为每个工具单独询问一次是否批准</translation>
    </message>
    <message>
        <source>give the command that starts the server, or its http(s) address</source>
        <translation>请给出启动服务器的命令，或其 http(s) 地址</translation>
    </message>
    <message>
        <source>line %1 of the headers is not “Name: value”</source>
        <translation>请求头第 %1 行不是“Name: value”格式</translation>
    </message>
    <message>
        <source>line %1 of the variables is not “NAME=VALUE”</source>
        <translation>变量第 %1 行不是“NAME=VALUE”格式</translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 不是有效的地址</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>“%1” cannot name a server: use letters, digits, _ and - (at most 32), as it prefixes its tools&apos; names</source>
        <translation>“%1”不能作为服务器名称：请使用字母、数字、_ 和 -（最多 32 个），因为它会作为其工具名称的前缀</translation>
    </message>
</context>
<context>
    <name>McpServerStore</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); fix or remove it</source>
        <translation>%1 不是有效的 JSON（%2）；请修复或删除它</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>McpToolImport</name>
    <message>
        <source>%1&apos;s “%2” is “%3” for the agent</source>
        <translation>%1 的“%2”在智能体中名为“%3”</translation>
    </message>
    <message>
        <source>%1 changed, so it asks before running again</source>
        <translation>%1 已更改，因此再次运行前会询问</translation>
    </message>
</context>
<context>
    <name>ProfileRuntime</name>
    <message>
        <source>The rules in %1 are not used: %2</source>
        <translation>未使用 %1 中的规则：%2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>“%1” is not a server address: write it like https://api.example.com.</source>
        <translation>“%1”不是服务器地址：请写成 https://api.example.com 这样的形式。</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a server on this machine).</source>
        <translation>地址必须以 https:// 开头（本机上的服务器可用 http://）。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the key is asked for separately.</source>
        <translation>请勿在地址中包含用户名和密码：密钥需单独输入。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in profile; choose another.</source>
        <translation>“%1”是内置配置文件的名称，请另选一个。</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port between 1 and 65535.</source>
        <translation>手动代理需要主机名和端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>The profile could not be written to %1.</source>
        <translation>无法将配置文件写入 %1。</translation>
    </message>
    <message>
        <source>“%1” was the default profile; the local demo is the default now.</source>
        <translation>“%1”原为默认配置文件；现在本地演示为默认配置文件。</translation>
    </message>
    <message>
        <source>“%1” was the default profile; “%2” (%3) is the default now, and it sends the key unencrypted (http). Choose the default yourself if that is not what you want.</source>
        <translation>“%1”原为默认配置文件；现在“%2”（%3）为默认配置文件，它以未加密方式（http）发送密钥。如果这不是您想要的，请自行选择默认配置文件。</translation>
    </message>
    <message>
        <source>“%1” was the default profile; “%2” (%3) is the default now. Choose another if that is not what you want.</source>
        <translation>“%1”原为默认配置文件；现在“%2”（%3）为默认配置文件。如果这不是您想要的，请另选一个。</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>the message is empty (or only white space); nothing was sent.</source>
        <translation>消息为空（或只有空白）；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>ResourceId</name>
    <message>
        <source>the %1 id is empty.</source>
        <extracomment>%1 is the kind of id: session, response, tool call</extracomment>
        <translation>%1 ID 为空。</translation>
    </message>
    <message>
        <source>the %1 id “%2” is not an id: a URL would resolve it to another address of the API.</source>
        <extracomment>%1 is the kind of id (session, response, tool call), %2 the id (. or ..)</extracomment>
        <translation>%1 ID“%2”不是有效的 ID：URL 会把它解析为 API 的另一个地址。</translation>
    </message>
    <message>
        <source>the request&apos;s address %1 has an empty, “.” or “..” part and would reach another address of the API.</source>
        <translation>请求的地址 %1 包含空段、“.”或“..”段，会访问到 API 的其他地址。</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>a rules file is {&quot;rules&quot;: [...]}</source>
        <translation>规则文件的格式为 {&quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1: each rule is a JSON object</source>
        <translation>%1：每条规则都必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: &quot;tool&quot; names a tool, or &quot;*&quot; for any</source>
        <translation>%1：&quot;tool&quot; 指定工具名称，或用 &quot;*&quot; 表示任意工具</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON pointer (like /location or /items/0)</source>
        <translation>%1：“%2”不是 JSON 指针（应类似 /location 或 /items/0）</translation>
    </message>
    <message>
        <source>%1: the regex does not compile: %2</source>
        <translation>%1：正则表达式无法编译：%2</translation>
    </message>
    <message>
        <source>%1: a reply rule needs a &quot;template&quot; string</source>
        <translation>%1：reply 规则需要 &quot;template&quot; 字符串</translation>
    </message>
    <message>
        <source>%1: a command rule needs a &quot;program&quot; (run directly, without a shell)</source>
        <translation>%1：command 规则需要 &quot;program&quot;（直接运行，不经过 shell）</translation>
    </message>
    <message>
        <source>%1: &quot;args&quot; is a list of strings</source>
        <translation>%1：&quot;args&quot; 必须是字符串列表</translation>
    </message>
    <message>
        <source>%1: &quot;timeout_s&quot; is between 1 and 3600 seconds</source>
        <translation>%1：&quot;timeout_s&quot; 必须在 1 到 3600 秒之间</translation>
    </message>
    <message>
        <source>%1: an mcp rule needs a &quot;server&quot; (see pokee mcp list)</source>
        <translation>%1：mcp 规则需要一个 &quot;server&quot;（参见 pokee mcp list）</translation>
    </message>
    <message>
        <source>%1: &quot;action&quot; is reply, command, mcp or ask (got &quot;%2&quot;)</source>
        <translation>%1：&quot;action&quot; 应为 reply、command、mcp 或 ask（实际为“%2”）</translation>
    </message>
</context>
<context>
    <name>SafeLocalName</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a link in the download folder: nothing is written through it.</source>
        <translation>%1 是下载文件夹中的链接：不会通过它写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is a file where a folder is needed.</source>
        <translation>%1 是文件，但此处需要文件夹。</translation>
    </message>
    <message>
        <source>%1 would be outside the download folder: not written.</source>
        <translation>%1 会位于下载文件夹之外，因此未写入。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>turn %1 could not be indexed</source>
        <translation>无法为轮次 %1 建立索引</translation>
    </message>
    <message>
        <source>The search could not be run (%1).</source>
        <translation>无法执行搜索（%1）。</translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <source>A quote is not closed: close it, or remove it.</source>
        <translation>引号未闭合：请补全或删除该引号。</translation>
    </message>
    <message>
        <source>Type a word to find.</source>
        <translation>请输入要查找的词。</translation>
    </message>
</context>
<context>
    <name>SessionProgress</name>
    <message>
        <source>just now</source>
        <extracomment>When a session was last active, shown in a narrow list: keep it short</extracomment>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes (abbreviated units)</extracomment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Minutes since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Hours since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Days since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A duration in seconds (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in hours (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>A duration in days (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolChoice</name>
    <message>
        <source>“%1” is not a tool choice (%2): use auto, none, required, or {&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: &quot;NAME&quot;}.</source>
        <extracomment>%1 is what the user wrote, %2 why it is not a tool choice. Keep auto, none, required and the JSON as they are.</extracomment>
        <translation>“%1”不是有效的工具选择（%2）：请使用 auto、none、required 或 {&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: &quot;NAME&quot;}。</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>it needs &quot;type&quot;: &quot;function&quot; and a &quot;name&quot;</source>
        <translation>需要 &quot;type&quot;: &quot;function&quot; 和 &quot;name&quot;</translation>
    </message>
</context>
<context>
    <name>ToolLibrary</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ToolSet</name>
    <message>
        <source>tool %1</source>
        <translation>工具 %1</translation>
    </message>
    <message>
        <source>%1: each tool is a JSON object</source>
        <translation>%1：每个工具都必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: only &quot;type&quot;: &quot;function&quot; tools are supported</source>
        <translation>%1：仅支持 &quot;type&quot;: &quot;function&quot; 类型的工具</translation>
    </message>
    <message>
        <source>%1: a name is 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos; (got &quot;%2&quot;)</source>
        <translation>%1：名称须由 1 到 64 个字母、数字、&apos;_&apos; 或 &apos;-&apos; 组成（实际为“%2”）</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1：名称“%2”出现了两次</translation>
    </message>
    <message>
        <source>%1: &quot;parameters&quot; is a JSON Schema object</source>
        <translation>%1：&quot;parameters&quot; 必须是 JSON Schema 对象</translation>
    </message>
    <message>
        <source>%1: the parameters&apos; schema must have &quot;type&quot;: &quot;object&quot;</source>
        <translation>%1：参数的 schema 必须包含 &quot;type&quot;: &quot;object&quot;</translation>
    </message>
    <message>
        <source>expected an array of tools, or an object with a &quot;tools&quot; array</source>
        <translation>应为工具数组，或包含 &quot;tools&quot; 数组的对象</translation>
    </message>
</context>
<context>
    <name>TranscriptExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>tool call state</comment>
        <extracomment>The state of a call to one of the user&apos;s tools in an exported transcript</extracomment>
        <translation>已回复</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>tool call state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>tool call state</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>tool call state</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Headings of an exported transcript: the user&apos;s message, then the agent&apos;s answer</extracomment>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>思考过程：</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <extracomment>%1 is the name of a tool the agent ran</extracomment>
        <translation>工具 %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <extracomment>What a tool returned, in an exported transcript: an error or its result</extracomment>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Your tool %1</source>
        <extracomment>%1 is the name of one of the user&apos;s own tools, which the agent called</extracomment>
        <translation>您的工具 %1</translation>
    </message>
    <message numerus="yes">
        <source>Completed, %Ln token(s).</source>
        <translation>
            <numerusform>已完成，%Ln 个 token。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Unknown event %1:</source>
        <extracomment>%1 is the event&apos;s type, such as `tool_use.start`</extracomment>
        <translation>未知事件 %1：</translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message numerus="yes">
        <source>%n turn(s) · %1 in · %2 out · %3 tokens</source>
        <translation>
            <numerusform>%n 个轮次 · 输入 %1 · 输出 %2 · 共 %3 个 token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for the Pokee Enterprise API. Opens the &quot;Environment&quot; profile when POKEE_API and POKEE_KEY are both set, else the profile used last (its key in the system keychain), else the bundled local emulator (&quot;Local demo&quot;).</source>
        <translation>Pokee Enterprise API 的桌面客户端。如果同时设置了 POKEE_API 和 POKEE_KEY，则打开“环境变量”配置文件；否则打开上次使用的配置文件（其密钥存于系统钥匙串）；如果都没有，则使用内置的本地模拟器（“本地演示”）。</translation>
    </message>
    <message>
        <source>Path of the pokee-emulator to start for the local demo.</source>
        <translation>本地演示所用 pokee-emulator 的路径。</translation>
    </message>
    <message>
        <source>Open this profile.</source>
        <translation>打开此配置文件。</translation>
    </message>
    <message>
        <source>Start another window even when Pokee Desktop is already running.</source>
        <translation>即使 Pokee Desktop 已在运行，也另开一个窗口。</translation>
    </message>
    <message>
        <source>Pokee Desktop is already running: its window was raised.
</source>
        <translation>Pokee Desktop 已在运行：已将其窗口置于前台。
</translation>
    </message>
    <message>
        <source>Pokee Desktop</source>
        <translation>Pokee Desktop</translation>
    </message>
    <message>
        <source>Pokee Desktop is already running but does not answer; wait for it, or end it and start again.
</source>
        <translation>Pokee Desktop 已在运行，但没有响应。请稍候，或结束它后重新启动。
</translation>
    </message>
</context>
<context>
    <name>pokee::ApiCall</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内无响应</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>响应不是 JSON</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, more than any answer of this API</source>
        <translation>响应超过 %1 MiB，远大于此 API 的任何正常响应</translation>
    </message>
    <message numerus="yes">
        <source>less than 1 KiB of the answer in %n second(s)</source>
        <translation>
            <numerusform>%n 秒内收到的响应不足 1 KiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ApiClient</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 中没有证书（应为 PEM 或 DER 格式）。</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port between 1 and 65535.</source>
        <translation>手动代理需要主机名和端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>the server names this file with a path that climbs out of its workspace (%1), so it is not requested</source>
        <translation>服务器为此文件指定的路径超出了其工作区（%1），因此不会请求该文件</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>%1 · not contacted yet</source>
        <translation>%1 · 尚未连接</translation>
    </message>
    <message>
        <source>%1 · reachable</source>
        <translation>%1 · 可连接</translation>
    </message>
    <message>
        <source>%1 · unreachable</source>
        <translation>%1 · 无法连接</translation>
    </message>
    <message>
        <source>%1 · key refused</source>
        <translation>%1 · 密钥被拒绝</translation>
    </message>
</context>
<context>
    <name>pokee::ConnectionTest</name>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>%1 无法连接：%2</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms but refused the key: check it and enter it again.</source>
        <translation>%1 在 %2 毫秒内响应，但拒绝了密钥：请检查后重新输入。</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms with an error: %3</source>
        <translation>%1 在 %2 毫秒内响应，但返回错误：%3</translation>
    </message>
    <message>
        <source>%1 is reachable and accepted the key (%2 ms).</source>
        <translation>%1 可连接，且已接受密钥（%2 毫秒）。</translation>
    </message>
    <message>
        <source>The address ends in /v1, but Pokee adds /v1 to every call itself: remove /v1 from the address (%1).</source>
        <translation>地址以 /v1 结尾，但 Pokee 会自行为每个调用加上 /v1：请从地址中删去 /v1（%1）。</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms, but not as the Pokee API does: %3 Check the address.</source>
        <translation>%1 在 %2 毫秒内作出响应，但响应不符合 Pokee API 的格式：%3请检查地址。</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms, but not as the Pokee API does (HTTP 404 without the API&apos;s error document). Check the address.</source>
        <translation>%1 在 %2 毫秒内作出响应，但响应不符合 Pokee API 的格式（HTTP 404，且没有 API 的错误文档）。请检查地址。</translation>
    </message>
</context>
<context>
    <name>pokee::DemoServer</name>
    <message>
        <source>The local emulator is still starting.</source>
        <translation>本地模拟器仍在启动中。</translation>
    </message>
    <message>
        <source>The local emulator did not start in time.</source>
        <translation>本地模拟器未能及时启动。</translation>
    </message>
</context>
<context>
    <name>pokee::DownloadModel</name>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Cancelled; Retry goes on where it stopped.</source>
        <translation>已取消；点击“重试”可从中断处继续。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state: queued, waiting for its turn</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Starting</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state: its request is on the way</extracomment>
        <translation>正在请求</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state</extracomment>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state: the file is in the folder (as %1 when that name was taken)</extracomment>
        <translation>已保存</translation>
    </message>
    <message>
        <source>%1 Retry goes on from %2.</source>
        <extracomment>%1 says why the download failed; %2 is how much of the file is kept, such as 1.2 MB</extracomment>
        <translation>%1点击“重试”可从 %2 处继续。</translation>
    </message>
</context>
<context>
    <name>pokee::EventLogModel</name>
    <message>
        <source>Seq</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: the event&apos;s sequence number (short)</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: when the event arrived</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: the event&apos;s type, such as text.delta</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: the event&apos;s JSON payload</extracomment>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>pokee::FileDownload</name>
    <message>
        <source>%1 is not a plain file in the download folder: nothing is written to it</source>
        <translation>%1 不是下载文件夹中的普通文件：不会向其写入任何内容</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the server sent the wrong part of the file</source>
        <translation>服务器发送的文件片段有误</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 instead of the file</source>
        <translation>服务器返回了 HTTP %1，而不是文件</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>the download ended after %1 of %2 byte(s)</source>
        <extracomment>%1 and %2 are byte counts, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>下载在收到 %1 / %2 字节后中断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file on disk has %1 of %2 byte(s)</source>
        <extracomment>%1 and %2 are byte counts, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>磁盘上的文件只有 %1 / %2 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>the file changed on the server while it was downloaded</source>
        <translation>下载期间服务器上的文件发生了变化</translation>
    </message>
</context>
<context>
    <name>pokee::FileListModel</name>
    <message>
        <source>%1 (saved as %2)</source>
        <extracomment>A file whose server name is not safe here: the server&apos;s name, then the local name it is saved as</extracomment>
        <translation>%1（保存为 %2）</translation>
    </message>
    <message>
        <source>The server calls it “%1”; it is saved as “%2”, a name that stays in the folder you chose.</source>
        <translation>服务器上的名称为“%1”；本地保存为“%2”，以确保文件留在您选择的文件夹内。</translation>
    </message>
    <message>
        <source>%1 Try Refresh; if it stays, the server is not answering as the API says.</source>
        <translation>%1请尝试刷新；如果问题依旧，说明服务器的响应不符合 API 规范。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>file list column</comment>
        <extracomment>Column header of the workspace file list: the file&apos;s name</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>file list column</comment>
        <extracomment>Column header of the workspace file list: the file&apos;s size</extracomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <comment>file list column</comment>
        <extracomment>Column header of the workspace file list: when the file was last changed</extracomment>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>pokee::FolderWalker</name>
    <message>
        <source>Could not list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <source>Could not list the workspace: %1</source>
        <translation>无法列出工作区：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n entries: the folder is larger than a download takes.</source>
        <translation>
            <numerusform>已在 %n 个条目后停止：该文件夹超出了单次下载的上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %n folders deep: %1 goes deeper.</source>
        <translation>
            <numerusform>已在第 %n 层文件夹处停止：%1 的层级更深。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::LocalEmulator</name>
    <message>
        <source>Could not start the local emulator (%1): %2</source>
        <translation>无法启动本地模拟器（%1）：%2</translation>
    </message>
    <message>
        <source>The local emulator exited with code %1 before it was ready.</source>
        <translation>本地模拟器在就绪前就已退出，退出码为 %1。</translation>
    </message>
    <message>
        <source>The local emulator printed no address; it said &quot;%1&quot;.</source>
        <translation>本地模拟器没有输出地址；它输出的是“%1”。</translation>
    </message>
    <message>
        <source>The local emulator stopped (it crashed or was killed).</source>
        <translation>本地模拟器已停止（崩溃或被终止）。</translation>
    </message>
    <message>
        <source>The local emulator stopped with exit code %1.</source>
        <translation>本地模拟器已停止，退出码为 %1。</translation>
    </message>
    <message>
        <source>Could not open a local port for the emulator: %1</source>
        <translation>无法为本地模拟器打开本地端口：%1</translation>
    </message>
</context>
<context>
    <name>pokee::McpRouter</name>
    <message>
        <source>There is no MCP server named “%1”.</source>
        <translation>没有名为“%1”的 MCP 服务器。</translation>
    </message>
    <message>
        <source>The MCP server %1 is disabled.</source>
        <translation>MCP 服务器 %1 已禁用。</translation>
    </message>
    <message>
        <source>The MCP server %1 has not been approved to run (its command line must be approved first: pokee mcp test %1, or Tools → MCP servers).</source>
        <translation>MCP 服务器 %1 尚未获准运行（须先批准其命令行：运行 pokee mcp test %1，或使用“工具 → MCP 服务器”）。</translation>
    </message>
    <message>
        <source>The MCP server %1 stopped (%2); it is started again in %3 s.</source>
        <translation>MCP 服务器 %1 已停止（%2）；将在 %3 秒后重新启动。</translation>
    </message>
    <message>
        <source>The arguments are not a JSON object, so the MCP server %1 was not asked.</source>
        <translation>参数不是 JSON 对象，因此未发送给 MCP 服务器 %1。</translation>
    </message>
    <message>
        <source>answered by MCP server %1 (%2) in %3 ms%4</source>
        <translation>由 MCP 服务器 %1（%2）在 %3 毫秒内回复%4</translation>
    </message>
    <message>
        <source>, as an error</source>
        <translation>，以错误形式</translation>
    </message>
    <message>
        <source>The MCP server %1 could not answer %2: %3</source>
        <translation>MCP 服务器 %1 无法回复 %2：%3</translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation>声称只读</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>可能更改或删除内容</translation>
    </message>
    <message>
        <source>changes things, but says it deletes nothing</source>
        <translation>会更改内容，但声称不删除任何内容</translation>
    </message>
    <message>
        <source>says repeating it changes nothing more</source>
        <translation>声称重复执行不会产生额外更改</translation>
    </message>
    <message>
        <source>may reach beyond your computer</source>
        <translation>可能访问您计算机之外的资源</translation>
    </message>
    <message>
        <source>says it stays within its own data</source>
        <translation>声称仅操作自身数据</translation>
    </message>
    <message>
        <source>The tool library does not read (%1); mend or remove %2.</source>
        <translation>工具库无法读取（%1）；请修复或删除 %2。</translation>
    </message>
    <message>
        <source>%1 is not a tool imported from an MCP server, so it has no approval to set.</source>
        <translation>%1 不是从 MCP 服务器导入的工具，因此没有可设置的批准方式。</translation>
    </message>
    <message>
        <source>There is no tool named %1 in the tool library.</source>
        <translation>工具库中没有名为 %1 的工具。</translation>
    </message>
</context>
<context>
    <name>pokee::PendingToolCallModel</name>
    <message>
        <source>The turn ended before this call was answered.</source>
        <translation>此调用尚未回复，轮次就已结束。</translation>
    </message>
    <message>
        <source>Handed to the playground, which sends it with the next request.</source>
        <translation>已交给试验场，将随下一个请求一起发送。</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>未回复：%1</translation>
    </message>
    <message>
        <source>the agent got an error instead</source>
        <translation>智能体收到的是错误</translation>
    </message>
    <message>
        <source>Answered elsewhere: the agent has the result.</source>
        <translation>已在别处回复：智能体已获得结果。</translation>
    </message>
    <message>
        <source>The turn ended before this call was answered: %1</source>
        <translation>此调用尚未回复，轮次就已结束：%1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <comment>answer sent</comment>
        <extracomment>The answer to a tool call reached the server</extracomment>
        <translation>已发送。</translation>
    </message>
    <message>
        <source>The turn was cancelled before this call was answered.</source>
        <translation>此调用尚未回复，轮次就已取消。</translation>
    </message>
    <message>
        <source>Not answered: the turn ended without it.</source>
        <translation>未回复：此轮次已结束。</translation>
    </message>
    <message>
        <source>Not answered: the turn ended without it (%1).</source>
        <translation>未回复：此轮次已结束（%1）。</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>The state of a tool call in the inbox: its answer time ran out</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <extracomment>The time left to answer a tool call: minutes:seconds</extracomment>
        <translation>剩余 %1:%2</translation>
    </message>
</context>
<context>
    <name>pokee::ResponsesLoop</name>
    <message>
        <source>The endpoint refused the request as malformed (HTTP 400: %1): check the input items, the tools and tool_choice; streaming is not supported.</source>
        <translation>端点认为请求格式错误，拒绝了该请求（HTTP 400: %1）：请检查输入项、工具和 tool_choice；此端点不支持流式传输。</translation>
    </message>
    <message>
        <source>The account has run out of credits (HTTP 402): top it up, then send again.</source>
        <translation>账户额度已用完（HTTP 402）：请充值后重新发送。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429): the server asks to wait %n second(s) before sending again.</source>
        <translation>
            <numerusform>请求过多（HTTP 429）：服务器要求等待 %n 秒后再发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): wait a moment, then send again.</source>
        <translation>请求过多（HTTP 429）：请稍候再发送。</translation>
    </message>
    <message>
        <source>The model behind the endpoint failed (HTTP 502: %1): nothing was lost; send again in a moment.</source>
        <translation>端点后端的模型出错（HTTP 502: %1）：没有丢失任何内容，请稍后重新发送。</translation>
    </message>
    <message>
        <source>The model took too long to answer (HTTP 504): send again, perhaps with a shorter input or a lower max_output_tokens.</source>
        <translation>模型响应超时（HTTP 504）：请重新发送，或缩短输入、调低 max_output_tokens。</translation>
    </message>
    <message>
        <source>stateless /v1/responses: drafted for approval: %1</source>
        <translation>无状态 /v1/responses：已起草，待批准：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>stateless /v1/responses: %1</source>
        <translation>无状态 /v1/responses：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls: the model keeps calling tools.</source>
        <translation>
            <numerusform>已在 %n 轮工具调用后停止：模型一直在调用工具。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::RuleDispatcher</name>
    <message>
        <source>A rule is answering.</source>
        <translation>规则正在回复。</translation>
    </message>
    <message>
        <source>Answered by a rule: %1</source>
        <translation>已由规则回复：%1</translation>
    </message>
    <message>
        <source>the turn was cancelled</source>
        <translation>该轮次已取消</translation>
    </message>
    <message>
        <source>“%1” is not an approval: ask, session or always.</source>
        <translation>“%1”不是有效的批准方式：ask、session 或 always。</translation>
    </message>
    <message>
        <source>Too little time is left for %1 to run it; answer by hand or deny it.</source>
        <translation>剩余时间不足，%1 无法运行；请手动回复或拒绝。</translation>
    </message>
    <message>
        <source>Running on the MCP server %1…</source>
        <translation>正在 MCP 服务器 %1 上运行…</translation>
    </message>
    <message>
        <source>No MCP server answers %1 any more (its rule or import was removed).</source>
        <translation>已没有 MCP 服务器回复 %1（相应的规则或导入已被删除）。</translation>
    </message>
    <message>
        <source>The MCP server %1 answers it once you approve.</source>
        <translation>您批准后，将由 MCP 服务器 %1 回复。</translation>
    </message>
    <message>
        <source>Ready to send, as an error (%1): read or edit it, then Send.</source>
        <translation>已准备好以错误形式发送（%1）：请查看或编辑，然后点击“发送”。</translation>
    </message>
    <message>
        <source>Ready to send (%1): read or edit it, then Send.</source>
        <translation>已准备好发送（%1）：请查看或编辑，然后点击“发送”。</translation>
    </message>
</context>
<context>
    <name>pokee::RuleEngine</name>
    <message>
        <source>drafted for approval: %1</source>
        <translation>已起草，待批准：%1</translation>
    </message>
    <message>
        <source>The call %1 had expired or was already answered.</source>
        <translation>调用 %1 已过期或已回复。</translation>
    </message>
    <message>
        <source>%1 → mcp %2 (imported from it)</source>
        <translation>%1 → mcp %2（从其导入）</translation>
    </message>
    <message>
        <source>MCP servers are not available here, so %1 could not be asked.</source>
        <translation>此处无法使用 MCP 服务器，因此无法询问 %1。</translation>
    </message>
    <message>
        <source>%1 → mcp %2, approved by the user</source>
        <translation>%1 → mcp %2，已由用户批准</translation>
    </message>
</context>
<context>
    <name>pokee::RuleRunner</name>
    <message>
        <source>reply rule</source>
        <translation>reply 规则</translation>
    </message>
    <message>
        <source>an ask rule answers nothing by itself</source>
        <translation>ask 规则本身不会给出任何回复</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 已崩溃</translation>
    </message>
    <message>
        <source>%1 exited with %2</source>
        <translation>%1 已退出，退出码为 %2</translation>
    </message>
    <message>
        <source>%1 exited with 0; its output was cut at 1 MiB</source>
        <translation>%1 已退出，退出码为 0；其输出在 1 MiB 处被截断</translation>
    </message>
    <message>
        <source>%1 exited with 0</source>
        <translation>%1 已退出，退出码为 0</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out after %n s</source>
        <extracomment>%1 is the rule&apos;s program; %n the seconds it was given (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%1 在 %n 秒后超时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::SessionController</name>
    <message>
        <source>The server created no session: its answer had no id.</source>
        <translation>服务器未创建会话：其响应中没有 ID。</translation>
    </message>
    <message>
        <source>Could not create a session. %1</source>
        <translation>无法创建会话。%1</translation>
    </message>
    <message>
        <source>(a turn started elsewhere)</source>
        <translation>（在别处启动的轮次）</translation>
    </message>
    <message>
        <source>Open a session first.</source>
        <translation>请先打开一个会话。</translation>
    </message>
</context>
<context>
    <name>pokee::SessionDirectory</name>
    <message>
        <source>The session list could not be refreshed: %1</source>
        <translation>无法刷新会话列表：%1</translation>
    </message>
    <message>
        <source>The session %1 could not be refreshed: %2</source>
        <translation>无法刷新会话 %1：%2</translation>
    </message>
    <message>
        <source>(a turn started elsewhere)</source>
        <translation>（在别处启动的轮次）</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>无法删除会话：%1</translation>
    </message>
    <message>
        <source>Clean-up failed: %1</source>
        <translation>清理失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n idle session(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个空闲会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean-up done; the list is being refreshed.</source>
        <translation>清理完成，正在刷新列表。</translation>
    </message>
</context>
<context>
    <name>pokee::SessionListModel</name>
    <message>
        <source>New session</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>Session %1, created %2</source>
        <translation>会话 %1，创建于 %2</translation>
    </message>
</context>
<context>
    <name>pokee::SessionTranscripts</name>
    <message>
        <source>The session&apos;s state could not be fetched: %1</source>
        <translation>无法获取会话状态：%1</translation>
    </message>
    <message>
        <source>The session is still busy on the server (metadata: %1).</source>
        <translation>会话在服务器上仍处于忙碌状态（元数据：%1）。</translation>
    </message>
    <message>
        <source>The session is idle on the server (metadata: %1).</source>
        <translation>会话在服务器上处于空闲状态（元数据：%1）。</translation>
    </message>
</context>
<context>
    <name>pokee::ToolResultSender</name>
    <message>
        <source>Probably delivered: the connection failed while sending, and the server now says the call is answered.</source>
        <translation>可能已送达：发送时连接中断，而服务器现在显示该调用已回复。</translation>
    </message>
    <message>
        <source>The call was already answered or its 300 seconds ran out; the agent has moved on.</source>
        <translation>该调用已回复，或已超过 300 秒时限；智能体已继续执行。</translation>
    </message>
    <message>
        <source>Sent.</source>
        <comment>answer sent</comment>
        <translation>已发送。</translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n tries: %1</source>
        <translation>
            <numerusform>尝试 %n 次后仍未发送：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::TurnManager</name>
    <message>
        <source>nothing to resume</source>
        <translation>没有可恢复的内容</translation>
    </message>
    <message>
        <source>Resuming the turn left open by the last run, after event %1.</source>
        <translation>正在恢复上次运行遗留的未完成轮次，从事件 %1 之后继续。</translation>
    </message>
    <message>
        <source>Re-sending the message whose answer never arrived (same Idempotency-Key).</source>
        <translation>正在重新发送未收到回复的消息（使用相同的 Idempotency-Key）。</translation>
    </message>
    <message>
        <source>Cancel did not reach the server (%1). The turn goes on; press Cancel to try again.</source>
        <translation>取消请求未送达服务器（%1）。此轮次仍在继续；可再次点击“取消”重试。</translation>
    </message>
    <message numerus="yes">
        <source>That resumed connection delivered %n event(s).</source>
        <translation>
            <numerusform>本次恢复的连接收到了 %n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost (%1); attempt %2 of %3 in %4.</source>
        <translation>连接中断（%1）；将在 %4后进行第 %2 次尝试（共 %3 次）。</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost (%1) — reconnecting in %2, attempt %3 of %4; dropped %n time(s) so far, nothing lost.</source>
        <translation>
            <numerusform>连接中断（%1）——%2后重新连接，第 %3 次尝试（共 %4 次）；目前已断开 %n 次，没有丢失任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed after event %1.</source>
        <translation>已从事件 %1 之后恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Connection dropped %n time(s), resumed each time, nothing lost.</source>
        <translation>
            <numerusform>连接断开 %n 次，每次均已恢复，没有丢失任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: the local journal could not be written (%1). Nothing is lost: the turn goes on from event %2 once it can be written again; next try in %n s.</source>
        <translation>
            <numerusform>已暂停：无法写入本地日志（%1）。没有丢失任何内容：一旦可以写入，此轮次将从事件 %2 继续；%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation>已放弃：%1</translation>
    </message>
    <message>
        <source>The journal is writable again; the turn goes on.</source>
        <translation>本地日志已恢复可写，此轮次继续进行。</translation>
    </message>
    <message>
        <source>The journal could not be written for a while; the turn went on once it could, nothing lost.</source>
        <translation>本地日志曾有一段时间无法写入；恢复可写后此轮次已继续，没有丢失任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The last resumed connection delivered %n event(s).</source>
        <translation>
            <numerusform>上次恢复的连接收到了 %n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost for good after %n drop(s) (%1). What was received is kept.</source>
        <translation>
            <numerusform>连接断开 %n 次后彻底中断（%1）。已收到的内容均已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer has this turn&apos;s events (it expired); what was received is kept.</source>
        <translation>服务器已不再保留此轮次的事件（已过期）；已收到的内容均已保留。</translation>
    </message>
    <message>
        <source>The turn left open by the last run had already ended (%1 is in the journal); closed it as %2.</source>
        <translation>上次运行遗留的未完成轮次其实已经结束（本地日志中有 %1）；已将其标记为 %2 并关闭。</translation>
    </message>
    <message>
        <source>The retried message was answered 409: the session is busy with another turn. Your message is sent once it ends (checking again in %1).</source>
        <translation>重试的消息返回 409：此会话正在进行另一个轮次。该轮次结束后将发送您的消息（%1后再次检查）。</translation>
    </message>
    <message>
        <source>The retried message was answered 409: the session is busy with another turn (%1). Your message is sent once it ends (checking again in %2).</source>
        <translation>重试的消息返回 409：此会话正在进行另一个轮次（%1）。该轮次结束后将发送您的消息（%2后再次检查）。</translation>
    </message>
    <message>
        <source>Following the turn from its first event.</source>
        <translation>从第一个事件开始跟踪此轮次。</translation>
    </message>
</context>
<context>
    <name>pokee::TurnStream</name>
    <message>
        <source>an event or line exceeded %1 MiB</source>
        <translation>某个事件或行超过了 %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有收到数据</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection ended before the turn did</source>
        <translation>连接在此轮次结束前就已断开</translation>
    </message>
    <message>
        <source>expected an event stream but got &quot;%1&quot;</source>
        <translation>应为事件流，但收到的是“%1”</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>the turn has ended on the server, but its last event (%1) did not come back</source>
        <translation>此轮次已在服务器上结束，但其最后一个事件（%1）没有返回</translation>
    </message>
    <message>
        <source>the turn has ended on the server, but it sent none of its events</source>
        <translation>此轮次已在服务器上结束，但未发送任何事件</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliCommands</name>
    <message>
        <source>[rule] %1 %2(%3) -&gt; %4 (error)</source>
        <extracomment>A tool call a rule answered: call id, tool name(arguments) -&gt; the answer</extracomment>
        <translation>[规则] %1 %2(%3) -&gt; %4（错误）</translation>
    </message>
    <message>
        <source>[rule] %1 %2(%3) -&gt; %4</source>
        <translation>[规则] %1 %2(%3) -&gt; %4</translation>
    </message>
    <message numerus="yes">
        <source>pokee: no rule answers %n of the calls; answer them in the app&apos;s playground, or add a rule.</source>
        <translation>
            <numerusform>pokee: 有 %n 个调用没有规则可以回复；请在应用的试验场中回复，或添加规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: cannot read %1: %2</source>
        <translation>pokee: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1. %2 [disabled]</source>
        <extracomment>A disabled rule in the list of pokee rules check: its number, then what it does</extracomment>
        <translation>%1. %2 [已禁用]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule(s), all valid; the first enabled match wins, no match asks.</source>
        <translation>
            <numerusform>%1：%n 条规则，全部有效；第一条匹配的已启用规则生效，无匹配时询问。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  [error]</source>
        <extracomment>pokee rules audit: the rule&apos;s answer (%1) was sent as an error</extracomment>
        <translation>%1  [错误]</translation>
    </message>
    <message>
        <source>ok (HTTP %1)</source>
        <extracomment>The request succeeded; %1 is the HTTP status code</extracomment>
        <translation>成功（HTTP %1）</translation>
    </message>
    <message>
        <source>pokee: this command needs a journal: use a profile (pokee profiles add), or --journal FILE</source>
        <translation>pokee: 此命令需要本地日志：请使用配置文件（pokee profiles add）或 --journal FILE</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>工具调用</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliFiles</name>
    <message>
        <source>(saved as %1)</source>
        <translation>（保存为 %1）</translation>
    </message>
    <message>
        <source>%1 exists: this download is saved as %2.</source>
        <translation>%1 已存在：本次下载保存为 %2。</translation>
    </message>
    <message>
        <source>Nothing to download: the folder is empty.</source>
        <translation>没有可下载的内容：文件夹为空。</translation>
    </message>
    <message>
        <source>pokee: not saved: %1</source>
        <translation>pokee: 未保存：%1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>saved %1 (%2 existed)</source>
        <translation>已保存 %1（%2 已存在）</translation>
    </message>
    <message>
        <source>%1  %2 of %3 (%4%)</source>
        <extracomment>The progress line of pokee get: file name, bytes received of the total (percent)</extracomment>
        <translation>%1  %2 / %3（%4%）</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A download speed: %1 is a size such as 1.2 MB</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>The time a download still needs, such as &quot;3 min left&quot;</extracomment>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliProfiles</name>
    <message>
        <source>pokee: --api needs POKEE_KEY set, and a valid URL.</source>
        <translation>pokee: --api 需要设置 POKEE_KEY，并提供有效的 URL。</translation>
    </message>
    <message>
        <source>pokee: no server to talk to. Add a profile (pokee profiles add NAME --url URL, the key on standard input) or set POKEE_API and POKEE_KEY.</source>
        <translation>pokee: 没有可连接的服务器。请添加配置文件（pokee profiles add NAME --url URL，密钥从标准输入传入），或设置 POKEE_API 和 POKEE_KEY。</translation>
    </message>
    <message>
        <source>pokee: there is no profile named “%1” (see pokee profiles list).</source>
        <translation>pokee: 没有名为“%1”的配置文件（参见 pokee profiles list）。</translation>
    </message>
    <message>
        <source>pokee: the “%1” profile lives inside the app; start `pokee-emulator` and use POKEE_API and POKEE_KEY to script it.</source>
        <translation>pokee: “%1”配置文件只存在于应用内部；如需编写脚本，请启动 `pokee-emulator` 并使用 POKEE_API 和 POKEE_KEY。</translation>
    </message>
    <message>
        <source>pokee: %1 Store it again with: pokee profiles add &quot;%2&quot; --url %3</source>
        <extracomment>%1 is a sentence from the keychain saying why the key could not be read</extracomment>
        <translation>pokee: %1请用以下命令重新保存：pokee profiles add &apos;%2&apos; --url %3</translation>
    </message>
    <message>
        <source>pokee: the profile “%1” has no usable address.</source>
        <translation>pokee: 配置文件“%1”没有可用的地址。</translation>
    </message>
    <message>
        <source>pokee: --proxy takes system, none or HOST:PORT</source>
        <extracomment>system and none are values of --proxy: keep them in English</extracomment>
        <translation>pokee: --proxy 的取值为 system、none 或 HOST:PORT</translation>
    </message>
    <message>
        <source>pokee: profiles add needs --url URL (the key comes on standard input)</source>
        <translation>pokee: profiles add 需要 --url URL（密钥从标准输入传入）</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <extracomment>The prompt for the key of the profile %1, on a terminal</extracomment>
        <translation>%1 的 API 密钥： </translation>
    </message>
    <message>
        <source>pokee: no key came on standard input; nothing was saved.</source>
        <translation>pokee: 标准输入中没有密钥；未保存任何内容。</translation>
    </message>
    <message>
        <source>pokee: warning: %1 is plain http:// to another machine; the key will cross the network unencrypted. Use https:// if the server offers it.</source>
        <translation>pokee: 警告：%1 是指向其他计算机的明文 http:// 地址，密钥将以未加密方式在网络上传输。如果服务器支持 https://，请改用该地址。</translation>
    </message>
    <message>
        <source>pokee: %1 The profile was not saved: the key is kept nowhere else.</source>
        <extracomment>%1 is a sentence from the keychain saying why the key could not be stored</extracomment>
        <translation>pokee: %1配置文件未保存：密钥不会存放在其他任何地方。</translation>
    </message>
    <message>
        <source>Saved profile “%1” (%2); its key is in the system keychain.</source>
        <translation>已保存配置文件“%1”（%2）；其密钥存于系统钥匙串。</translation>
    </message>
    <message>
        <source>in keychain</source>
        <extracomment>pokee profiles list: the profile&apos;s key is in the system keychain</extracomment>
        <translation>在钥匙串中</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>key</comment>
        <extracomment>pokee profiles list: the keychain holds no key for the profile</extracomment>
        <translation>缺失</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>generated per run</source>
        <extracomment>pokee profiles list: the bundled emulator&apos;s key is made anew on each run</extracomment>
        <translation>每次运行时生成</translation>
    </message>
    <message>
        <source>%1%2  %3  [%4; key %5]</source>
        <extracomment>pokee profiles list: default mark, name, address, then [kind of profile; where its key is]. Keep the kind (saved, environment, local-demo) as it is.</extracomment>
        <translation>%1%2  %3  [%4；密钥：%5]</translation>
    </message>
    <message>
        <source>(bundled emulator)</source>
        <translation>（内置模拟器）</translation>
    </message>
    <message>
        <source>pokee: there is no saved profile named “%1”.</source>
        <translation>pokee: 没有名为“%1”的已保存配置文件。</translation>
    </message>
    <message>
        <source>pokee: %1 The profile was kept, so that its key is not orphaned.</source>
        <extracomment>%1 is a sentence from the keychain saying why the key could not be removed</extracomment>
        <translation>pokee: %1已保留该配置文件，以免其密钥在钥匙串中成为孤立项。</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its key. Its journal stays at %2.</source>
        <translation>已移除配置文件“%1”及其密钥。其本地日志仍保留在 %2。</translation>
    </message>
    <message>
        <source>Choose with: pokee profiles default NAME</source>
        <translation>可用以下命令选择：pokee profiles default NAME</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliSessions</name>
    <message>
        <source>pokee: sessions clean needs --older-than AGE (30m, 1h, 2d; 0s for every idle session); add --dry-run to see what would go</source>
        <translation>pokee: sessions clean 需要 --older-than AGE（30m、1h、2d；0s 表示所有空闲会话）；加上 --dry-run 可查看将删除的内容</translation>
    </message>
    <message>
        <source>pokee: --older-than takes a number with s, m, h or d (30m, 1h, 2d)</source>
        <extracomment>s, m, h and d are the units --older-than reads (seconds, minutes, hours, days): keep them</extracomment>
        <translation>pokee: --older-than 需要一个带 s、m、h 或 d 单位的数字（30m、1h、2d）</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>session state</comment>
        <extracomment>The state column of pokee sessions list (ended on the server, busy with a turn, or idle)</extracomment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>session state</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>idle</source>
        <comment>session state</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <source>persistent</source>
        <comment>session kept after each answer</comment>
        <translation>持久</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>The time before the server destroys the session, such as &quot;3 h 20 min left&quot;</extracomment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>(this server does not list sessions: these are the ones this profile knows)</source>
        <translation>（此服务器不提供会话列表：以下是此配置文件已知的会话）</translation>
    </message>
    <message>
        <source>The server no longer knows this session; its transcript is kept here.</source>
        <translation>服务器已不再保留此会话；其对话记录保留在本地。</translation>
    </message>
    <message numerus="yes">
        <source>local: title “%1”, %n turn(s) journaled, usage %2</source>
        <translation>
            <numerusform>本地：标题“%1”，已记录 %n 个轮次，用量 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation>将删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n idle session(s) older than %1 would be deleted (dry run: nothing was).</source>
        <translation>
            <numerusform>将删除 %n 个空闲超过 %1 的会话（试运行：未删除任何会话）。</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: the server no longer knows session %1.</source>
        <translation>pokee: 服务器已不再保留会话 %1。</translation>
    </message>
    <message>
        <source>%1 is idle.</source>
        <extracomment>pokee wait: %1 is the session id</extracomment>
        <translation>%1 已空闲。</translation>
    </message>
    <message>
        <source>pokee: the server does not know session %1.</source>
        <translation>pokee: 服务器上不存在会话 %1。</translation>
    </message>
    <message>
        <source>pokee: --ttl takes a lifetime above zero: seconds (3600), or a number with s, m, h or d (30m, 1h, 2d); “%1” is not one</source>
        <extracomment>s, m, h and d are the units --ttl reads (seconds, minutes, hours, days): keep them</extracomment>
        <translation>pokee: --ttl 需要大于零的生存期：秒数（3600），或带 s、m、h 或 d 的数字（30m、1h、2d）；“%1”不符合要求</translation>
    </message>
    <message>
        <source>pokee: the server has no session %1 (never created here, already deleted, or expired); nothing was deleted.</source>
        <extracomment>pokee sessions delete of a session the server does not have; %1 is its id</extracomment>
        <translation>pokee: 服务器上没有会话 %1（从未在此创建、已被删除或已过期）；未删除任何内容。</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliTurn</name>
    <message>
        <source>[tool %1] %2</source>
        <translation>[工具 %1] %2</translation>
    </message>
    <message>
        <source>[tool call %1] %2(%3) — a rule answers it</source>
        <translation>[工具调用 %1] %2(%3)——由规则回复</translation>
    </message>
    <message>
        <source>[tool call %1] %2(%3) — answer with: pokee tool-result %4 %1 OUTPUT</source>
        <translation>[工具调用 %1] %2(%3)——回复方式：pokee tool-result %4 %1 OUTPUT</translation>
    </message>
    <message>
        <source>[done] usage: %1</source>
        <translation>[完成] 用量：%1</translation>
    </message>
    <message>
        <source>[cancelled]</source>
        <translation>[已取消]</translation>
    </message>
    <message>
        <source>[error] %1</source>
        <translation>[错误] %1</translation>
    </message>
    <message>
        <source>[rule] drafted for approval %1: %2 — send it with: pokee tool-result %3 %1 OUTPUT</source>
        <translation>[规则] 已为 %1 起草回复，待批准：%2——发送方式：pokee tool-result %3 %1 OUTPUT</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>响应 %1</translation>
    </message>
    <message>
        <source>The session is busy with another turn.</source>
        <translation>此会话正在进行另一个轮次。</translation>
    </message>
    <message>
        <source>The session is busy with response %1; follow it with: pokee events %2 %1</source>
        <translation>此会话正在处理响应 %1；可用以下命令跟踪：pokee events %2 %1</translation>
    </message>
    <message>
        <source>No open turns in the journal.</source>
        <translation>本地日志中没有未完成的轮次。</translation>
    </message>
    <message>
        <source>connection lost (%1), reconnecting in %2 ms, attempt %3</source>
        <translation>连接中断（%1），%2 毫秒后重新连接，第 %3 次尝试</translation>
    </message>
    <message>
        <source>The journal has no turns of session %1.</source>
        <translation>本地日志中没有会话 %1 的轮次。</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>[rule] answered %1 (as an error): %2</source>
        <extracomment>A rule answered the tool call %1; %2 says how (such as &quot;reply rule&quot;)</extracomment>
        <translation>[规则] 已回复 %1（以错误形式）：%2</translation>
    </message>
    <message>
        <source>[rule] answered %1: %2</source>
        <translation>[规则] 已回复 %1：%2</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliWatch</name>
    <message>
        <source>pokee: the server does not know session %1.</source>
        <translation>pokee: 服务器上不存在会话 %1。</translation>
    </message>
    <message>
        <source>busy, but the server does not say with which turn, so it cannot be followed; pokee wait %1 polls it until it is idle.</source>
        <translation>忙碌中，但服务器未说明是哪个轮次，因此无法跟踪；pokee wait %1 会轮询该会话，直到其空闲。</translation>
    </message>
    <message>
        <source>idle; waiting for its next turn.</source>
        <translation>空闲；正在等待下一个轮次。</translation>
    </message>
    <message>
        <source>idle: no turn to watch.</source>
        <translation>空闲：没有可跟踪的轮次。</translation>
    </message>
    <message>
        <source>(a turn started elsewhere)</source>
        <translation>（在别处启动的轮次）</translation>
    </message>
    <message>
        <source>response %1 has ended already; pokee transcript %2 shows it.</source>
        <translation>响应 %1 已经结束；可用 pokee transcript %2 查看其内容。</translation>
    </message>
    <message>
        <source>following response %1</source>
        <translation>正在跟踪响应 %1</translation>
    </message>
</context>
<context>
    <name>pokee::mcp::HttpTransport</name>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>an answer larger than %1 MB</source>
        <translation>大于 %1 MB 的响应</translation>
    </message>
    <message>
        <source>%1 ended the MCP session (HTTP 404); it is connected again at the next call.</source>
        <translation>%1 结束了 MCP 会话（HTTP 404）；下次调用时将重新连接。</translation>
    </message>
    <message>
        <source>%1 asked for its messages to be sent to another address (%2); refused.</source>
        <translation>%1 要求将其消息发送到另一个地址（%2）；已拒绝。</translation>
    </message>
    <message>
        <source>an event larger than %1 MB</source>
        <translation>大于 %1 MB 的事件</translation>
    </message>
    <message>
        <source>%1 does not take Streamable HTTP (HTTP %2); trying the older HTTP+SSE transport.</source>
        <translation>%1 不支持 Streamable HTTP（HTTP %2）；正在尝试较旧的 HTTP+SSE 传输。</translation>
    </message>
    <message>
        <source>%1 closed its event stream.</source>
        <translation>%1 关闭了其事件流。</translation>
    </message>
    <message>
        <source>%1 keeps no stream for its own news (HTTP 405): a change of its tools is seen at the next start.</source>
        <translation>%1 不提供自身通知的事件流（HTTP 405）：其工具的变更要到下次启动时才能获知。</translation>
    </message>
    <message>
        <source>The stream of %1&apos;s news stopped: %2</source>
        <translation>%1 的通知流已停止：%2</translation>
    </message>
    <message>
        <source>%1 refused the connection (HTTP %2): check the server&apos;s headers; a token kept in the keychain is changed with pokee mcp secret.</source>
        <translation>%1 拒绝了连接（HTTP %2）：请检查服务器的请求头；钥匙串中的令牌可用 pokee mcp secret 更改。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回了 HTTP %2：%3</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>pokee::mcp::McpClient</name>
    <message>
        <source>(the server sent %1)</source>
        <translation>（服务器发送了 %1）</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>与服务器的连接已关闭。</translation>
    </message>
    <message>
        <source>The server did not complete the MCP handshake: %1</source>
        <translation>服务器未完成 MCP 握手：%1</translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”, which Pokee Desktop does not (it speaks %2).</source>
        <translation>服务器使用的 MCP 版本为“%1”，Pokee Desktop 不支持该版本（支持的版本为 %2）。</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>服务器未运行。</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>The server gave no answer in time (%1).</source>
        <translation>服务器未及时响应（%1）。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已取消：%1。</translation>
    </message>
    <message>
        <source>(not a JSON-RPC message, skipped: %1: %2)</source>
        <translation>（不是 JSON-RPC 消息，已跳过：%1：%2）</translation>
    </message>
    <message>
        <source>The server answered with an error: %1 (JSON-RPC %2)</source>
        <translation>服务器返回错误：%1（JSON-RPC %2）</translation>
    </message>
    <message>
        <source>The server stopped before it answered: %1.</source>
        <translation>服务器在响应前已停止：%1。</translation>
    </message>
    <message>
        <source>The server stopped during the MCP handshake: %1.</source>
        <translation>服务器在 MCP 握手期间停止：%1。</translation>
    </message>
</context>
<context>
    <name>pokee::mcp::McpServerCheck</name>
    <message>
        <source>(%1 is not in the keychain: the server starts without it)</source>
        <translation>（钥匙串中没有 %1：服务器将在缺少该值的情况下启动）</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, MCP %3, %n tool(s)</source>
        <translation>
            <numerusform>%1 %2，MCP %3，%n 个工具</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::mcp::StdioTransport</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>a line longer than %1 MB, skipped</source>
        <translation>某行超过 %1 MB，已跳过</translation>
    </message>
    <message>
        <source>the server crashed</source>
        <translation>服务器已崩溃</translation>
    </message>
    <message>
        <source>the server exited with code %1</source>
        <translation>服务器已退出，退出码为 %1</translation>
    </message>
    <message>
        <source>the server was stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source> (its last words: %1)</source>
        <translation>（最后输出：%1）</translation>
    </message>
    <message>
        <source>%1 was not found: it is on neither the PATH the app has nor your login shell&apos;s (%2); give its full path</source>
        <translation>找不到 %1：它既不在应用的 PATH 中，也不在您的登录 shell 的 PATH 中（%2）；请提供其完整路径</translation>
    </message>
</context>
<context>
    <name>pokee::ui::AboutDialog</name>
    <message>
        <source>About Pokee Desktop</source>
        <translation>关于 Pokee Desktop</translation>
    </message>
    <message>
        <source>Pokee Desktop icon</source>
        <translation>Pokee Desktop 图标</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pokee Desktop %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pokee Desktop %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A native desktop client for the Pokee Enterprise API: watch agent turns stream in and resume them after any drop, answer tool calls by hand or by rule, and download what the agent wrote.</source>
        <translation>Pokee Enterprise API 的原生桌面客户端：实时查看智能体轮次的流式输出，任何中断后都能恢复；手动或按规则回复工具调用；下载智能体生成的文件。</translation>
    </message>
    <message>
        <source>Application id: %1</source>
        <translation>应用程序 ID：%1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时使用 %2）</translation>
    </message>
    <message>
        <source>through Qt SQL</source>
        <translation>通过 Qt SQL</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation>&lt;b&gt;基于以下组件构建&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Running on %1 (%2)</source>
        <translation>运行于 %1（%2）</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>pokee::ui::BusyBanner</name>
    <message>
        <source>Follow the turn that is running in this session</source>
        <translation>跟踪此会话中正在运行的轮次</translation>
    </message>
    <message>
        <source>Check until the session is free, then let you send</source>
        <translation>持续检查，会话空闲后即可发送</translation>
    </message>
    <message>
        <source>This session is busy with another turn. Attach to follow it, or wait until it is done.</source>
        <translation>此会话正在进行另一个轮次。您可以接入并跟踪该轮次，或等待其完成。</translation>
    </message>
    <message>
        <source>The server did not say which turn is running</source>
        <translation>服务器未说明正在运行的是哪个轮次</translation>
    </message>
    <message>
        <source>Waiting for the running turn to finish…</source>
        <translation>正在等待当前轮次完成…</translation>
    </message>
    <message>
        <source>The session is free again: send your message.</source>
        <translation>会话已空闲：现在可以发送消息了。</translation>
    </message>
    <message>
        <source>Attach</source>
        <comment>verb</comment>
        <extracomment>A button: follow the turn that is already running in this session</extracomment>
        <translation>接入</translation>
    </message>
    <message>
        <source>Wait</source>
        <comment>verb</comment>
        <extracomment>A button: wait until the session is free</extracomment>
        <translation>等待</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Jump to latest ↓</source>
        <translation>跳到最新 ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow it</source>
        <translation>滚动到最新消息并自动跟随</translation>
    </message>
    <message>
        <source>Send a message to start.</source>
        <translation>发送一条消息即可开始。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <extracomment>Spoken by a screen reader when Tab reaches a link in a message; %1 is its text</extracomment>
        <translation>链接：%1</translation>
    </message>
    <message>
        <source>Copy code button</source>
        <extracomment>Spoken by a screen reader when Tab reaches a code block&apos;s copy button</extracomment>
        <translation>复制代码按钮</translation>
    </message>
    <message>
        <source>Expand: %1</source>
        <extracomment>Spoken by a screen reader when Tab reaches a fold toggle; %1 is its line, e.g. &quot;Thinking&quot;</extracomment>
        <translation>展开：%1</translation>
    </message>
    <message>
        <source>Collapse: %1</source>
        <translation>折叠：%1</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Accessible name of the user&apos;s own message in the conversation</extracomment>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <extracomment>Accessible name of an answer in the conversation</extracomment>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool call %1 — %2</source>
        <extracomment>Accessible name of a call of one of the user&apos;s tools: %1 its name, %2 its state</extracomment>
        <translation>工具调用 %1 — %2</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Accessible name of a turn that failed</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>Accessible name of a notice in the conversation (connection lost, …)</extracomment>
        <translation>提示</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <extracomment>Accessible name of an event this version does not know</extracomment>
        <translation>未知事件</translation>
    </message>
    <message>
        <source>Tool call</source>
        <extracomment>Accessible description of a tool block</extracomment>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>Accessible description of the model&apos;s folded reasoning</extracomment>
        <translation>思考过程</translation>
    </message>
</context>
<context>
    <name>pokee::ui::CleanUpDialog</name>
    <message>
        <source>Clean up sessions</source>
        <translation>清理会话</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Choices after &quot;Delete idle sessions older than:&quot;</extracomment>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>any age (every idle session)</source>
        <translation>任意时长（所有空闲会话）</translation>
    </message>
    <message>
        <source>Delete idle sessions older than:</source>
        <translation>删除空闲时间超过以下时长的会话：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 — idle %2</source>
        <translation>%1 — 已空闲 %2</translation>
    </message>
    <message>
        <source>No idle session is that old. Nothing would be deleted.</source>
        <translation>没有空闲这么久的会话，不会删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) and their workspace files will be deleted on the server. The server decides by its own clock: a session used elsewhere meanwhile stays.</source>
        <translation>
            <numerusform>将在服务器上删除 %n 个会话及其工作区文件。服务器以其自身时钟为准：在此期间于其他地方使用过的会话将保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Sessions to delete</source>
        <translation>要删除的会话</translation>
    </message>
</context>
<context>
    <name>pokee::ui::CommandPalette</name>
    <message>
        <source>The command palette is missing from this installation (pokee-commandbar); reinstall Pokee Desktop to get it back. The menus hold every action.</source>
        <translation>此安装中缺少命令面板（pokee-commandbar）；请重新安装 Pokee Desktop 以恢复它。所有操作都可在菜单中找到。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Session file</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <source>Waiting call</source>
        <translation>等待中的工具调用</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <extracomment>A tool call waiting for an answer, in the command palette: &quot;get_weather in “Trip plans”&quot;</extracomment>
        <translation>“%2”中的 %1</translation>
    </message>
    <message>
        <source>%1 in “%2” (%3)</source>
        <extracomment>…and in another profile&apos;s session: &quot;get_weather in “Trip plans” (Work)&quot;</extracomment>
        <translation>“%2”中的 %1（%3）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
</context>
<context>
    <name>pokee::ui::Composer</name>
    <message>
        <source>Message the agent — Enter to send, Shift+Enter for a new line</source>
        <translation>向智能体发送消息——按 Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>A button: stop the running turn, or send the message</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running turn (Esc)</source>
        <translation>取消正在运行的轮次（Esc）</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>noun</comment>
        <extracomment>Accessible name of the field where the user writes to the agent</extracomment>
        <translation>消息</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>verb</comment>
        <extracomment>A button: send the message to the agent</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Not sent: a turn is still running in this session. Your message stays here; send it when the turn ends, or cancel the turn (Esc).</source>
        <translation>未发送：此会话中仍有轮次在进行。您的消息会保留在此；请在该轮次结束后发送，或取消该轮次（Esc）。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ConversationPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All in Conversation</source>
        <translation>全选对话内容(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON (raw events)…</source>
        <translation>导出为 JSON（原始事件）(&amp;J)…</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>跳到最新(&amp;L)</translation>
    </message>
    <message>
        <source>This session ended on the server: its transcript is kept here, read-only.</source>
        <translation>此会话已在服务器上结束：其对话记录以只读方式保留在本地。</translation>
    </message>
    <message>
        <source>Open a session first, then export it.</source>
        <translation>请先打开一个会话，再导出。</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ConversationSplit</name>
    <message>
        <source>New session — %1</source>
        <translation>新会话 — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Active conversation</source>
        <translation>活动对话</translation>
    </message>
</context>
<context>
    <name>pokee::ui::DesktopNotifier</name>
    <message>
        <source>“%1” is done</source>
        <translation>“%1”已完成</translation>
    </message>
    <message>
        <source>The agent finished its answer.</source>
        <translation>智能体已完成回复。</translation>
    </message>
    <message>
        <source>“%1” failed</source>
        <translation>“%1”失败</translation>
    </message>
    <message>
        <source>The turn ended with an error.</source>
        <translation>此轮次因出错而结束。</translation>
    </message>
    <message>
        <source>“%1” has stopped working</source>
        <translation>“%1”已停止运行</translation>
    </message>
    <message>
        <source>The session is idle again: open it to see how its turn ended.</source>
        <translation>会话已恢复空闲：打开会话即可查看该轮次的结束情况。</translation>
    </message>
    <message>
        <source>The session is idle again (%1): open it to see how its turn ended.</source>
        <translation>会话已恢复空闲（%1）：打开会话即可查看该轮次的结束情况。</translation>
    </message>
    <message>
        <source>In “%1”.</source>
        <translation>位于“%1”。</translation>
    </message>
    <message>
        <source>In “%1” of %2.</source>
        <translation>位于 %2 的“%1”。</translation>
    </message>
    <message>
        <source>%1 is waiting for your answer</source>
        <translation>%1 正在等待您的回复</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n tool call(s) wait in the inbox.</source>
        <translation>
            <numerusform>%1工具调用收件箱中有 %n 个调用正在等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Answer it in the tool-call inbox.</source>
        <translation>%1请在工具调用收件箱中回复。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::DesktopShell</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Enter the API key for “%1” (%2).</source>
        <translation>请输入“%1”（%2）的 API 密钥。</translation>
    </message>
    <message>
        <source>Using the new key for this run; update POKEE_KEY for the next.</source>
        <translation>本次运行将使用新密钥；下次运行前请更新 POKEE_KEY。</translation>
    </message>
    <message>
        <source>No key was given for “%1”.</source>
        <translation>未提供“%1”的密钥。</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http:// to another machine; the key crosses the network unencrypted.</source>
        <translation>警告：%1 是指向其他计算机的明文 http:// 地址，密钥将以未加密方式在网络上传输。</translation>
    </message>
    <message>
        <source>%1 refused the key of “%2” (HTTP 401). Enter the key again:</source>
        <translation>%1 拒绝了“%2”的密钥（HTTP 401）。请重新输入密钥：</translation>
    </message>
    <message>
        <source>no key in the keychain</source>
        <translation>钥匙串中没有密钥</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <source>Indexing older sessions for search: %1 %</source>
        <translation>正在为较早的会话建立搜索索引：%1%</translation>
    </message>
    <message>
        <source>Older sessions are indexed: Edit → Find in All Sessions finds their words.</source>
        <translation>较早的会话已建立索引：使用“编辑 → 在所有会话中查找”即可搜索其中的内容。</translation>
    </message>
    <message>
        <source>%1 Restart Pokee Desktop to start the local demo again.</source>
        <translation>%1 重新启动 Pokee Desktop 即可再次启动本地演示。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::DownloadDelegate</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>A download&apos;s progress: the size received of the file&apos;s size, such as &quot;1.2 MB of 3.4 MB&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s “%2”)</source>
        <extracomment>A download saved under another name: the local name, then the name the server gave it</extracomment>
        <translation>%1（服务器上的名称为“%2”）</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A download speed: %1 is a size such as 1.2 MB</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>The time a download still needs, such as &quot;3 min left&quot;</extracomment>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>pokee::ui::EventInspector</name>
    <message>
        <source>Event inspector</source>
        <translation>事件检查器</translation>
    </message>
    <message>
        <source>The headers of the turn&apos;s last connection, and what the connection went through, appear here.</source>
        <translation>此处显示此轮次最后一次连接的请求头和响应头，以及连接过程的记录。</translation>
    </message>
    <message>
        <source>Copy as JSON lines</source>
        <translation>复制为 JSON Lines</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>连接日志</translation>
    </message>
    <message>
        <source>Events of the turn</source>
        <translation>此轮次的事件</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
</context>
<context>
    <name>pokee::ui::FilesController</name>
    <message>
        <source>“%1” is downloaded</source>
        <translation>“%1”已下载</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <source>“%1” was not downloaded</source>
        <translation>“%1”下载失败</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) · %1%</source>
        <translation>
            <numerusform>正在下载 %n 个文件 · %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)</source>
        <translation>
            <numerusform>正在下载 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::FilesDock</name>
    <message>
        <source>
Download it to drag it out.</source>
        <translation>
下载后即可拖出。</translation>
    </message>
    <message>
        <source>modified %1</source>
        <extracomment>%1 is the date and time the file was last changed</extracomment>
        <translation>修改于 %1</translation>
    </message>
    <message>
        <source>saved as “%1”</source>
        <translation>保存为“%1”</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Workspace files</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>选择一个文件即可预览。</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载列表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download all</source>
        <translation>全部下载</translation>
    </message>
    <message>
        <source>This folder and every folder in it</source>
        <translation>此文件夹及其所有子文件夹</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>此文件夹为空。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>正在获取列表…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>This image could not be read.</source>
        <translation>无法读取此图像。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>已将 %n 个文件加入队列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued; %1</source>
        <translation>
            <numerusform>已将 %n 个文件加入队列；%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <extracomment>The top of the session&apos;s workspace, first step of the folder path</extracomment>
        <translation>工作区</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A folder: open it with a double click or Enter.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;文件夹：双击或按 Enter 打开。</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>

[… the preview shows the first %1; download the file for the rest]</source>
        <translation>

[… 预览仅显示前 %1；其余内容请下载文件查看]</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>正在解码图像…</translation>
    </message>
    <message>
        <source>No preview for this kind of file: download it, then Open.</source>
        <translation>无法预览此类文件：请先下载，然后点击“打开”。</translation>
    </message>
    <message>
        <source>Listing every folder…</source>
        <translation>正在列出所有文件夹…</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <extracomment>The exact size of a file; %1 is the number of bytes, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <extracomment>A button: open the downloaded file with its application</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>文件预览</translation>
    </message>
    <message>
        <source>No session is open</source>
        <translation>未打开会话</translation>
    </message>
    <message>
        <source>Open a session or start one: the files its agent writes appear here, to preview and download.</source>
        <translation>请打开或新建一个会话：其智能体写入的文件会显示在这里，可供预览和下载。</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>暂无文件</translation>
    </message>
    <message>
        <source>The files this session&apos;s agent writes appear here, to preview and download. The list is refreshed when a turn ends.</source>
        <translation>此会话的智能体写入的文件会显示在这里，可供预览和下载。每个轮次结束时，列表会自动刷新。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::FindInSessionsDialog</name>
    <message>
        <source>your prompt</source>
        <extracomment>Where a search found its words: in the user&apos;s prompt</extracomment>
        <translation>您的提示词</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>the thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>a tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>a tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>Every open &amp;profile</source>
        <translation>所有打开的配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>Find in All Sessions</source>
        <translation>在所有会话中查找</translation>
    </message>
    <message>
        <source>Words to find — &quot;a phrase&quot;, or the start of a word*</source>
        <translation>要查找的词语——&quot;短语&quot;，或词的开头*</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>要查找的词语</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有位置</translation>
    </message>
    <message>
        <source>In prompts</source>
        <translation>在提示词中</translation>
    </message>
    <message>
        <source>In answers</source>
        <translation>在回复中</translation>
    </message>
    <message>
        <source>In tool calls and results</source>
        <translation>在工具调用和结果中</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>查找位置</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or look in every open profile.</source>
        <translation>未找到结果。请检查拼写，或在所有打开的配置文件中查找。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found; Enter opens one.</source>
        <translation>
            <numerusform>找到 %n 处；按 Enter 可打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>过去一周</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>过去一个月</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>过去一年</translation>
    </message>
    <message>
        <source>When it was said</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>最佳匹配优先</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
</context>
<context>
    <name>pokee::ui::JsonEditor</name>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON 有效。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>pokee::ui::KeyPromptDialog</name>
    <message>
        <source>API key for %1</source>
        <translation>%1 的 API 密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>It is stored in the system keychain, never in a file.</source>
        <translation>密钥存储在系统钥匙串中，绝不会写入文件。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::KeychainFallbackBox</name>
    <message>
        <source>Keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>Use the key for this run only</source>
        <translation>仅在本次运行中使用该密钥</translation>
    </message>
</context>
<context>
    <name>pokee::ui::MainWindow</name>
    <message>
        <source>Pokee Desktop</source>
        <translation>Pokee Desktop</translation>
    </message>
    <message>
        <source>Tool call %1 is waiting for your answer.</source>
        <translation>工具调用 %1 正在等待您回复。</translation>
    </message>
    <message>
        <source>%1 in “%2” is waiting for your answer.</source>
        <translation>“%2”中的 %1 正在等待您回复。</translation>
    </message>
    <message>
        <source>A rule answered %1 (%2).</source>
        <translation>规则已回复 %1（%2）。</translation>
    </message>
    <message>
        <source>A rule drafted an answer to %1: approve it in the tool-call inbox.</source>
        <translation>规则已为 %1 起草回复：请在工具调用收件箱中批准。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Files and downloads</source>
        <translation>文件和下载(&amp;F)</translation>
    </message>
    <message>
        <source>Tool-call &amp;Inbox</source>
        <translation>工具调用收件箱(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Pokee Desktop</source>
        <translation>关于 Pokee Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>%1 in “%2” of %3 is waiting for your answer.</source>
        <translation>%3 的“%2”中的 %1 正在等待您回复。</translation>
    </message>
    <message>
        <source>&amp;Split Conversation</source>
        <translation>拆分对话(&amp;S)</translation>
    </message>
    <message>
        <source>The conversation could not be split.</source>
        <translation>无法拆分对话。</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>在新窗口中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Open a session first, then open it in a window of its own.</source>
        <translation>请先打开一个会话，然后再在单独的窗口中打开它。</translation>
    </message>
    <message>
        <source>Inbox in Its Own &amp;Window</source>
        <translation>在单独窗口中显示收件箱(&amp;W)</translation>
    </message>
    <message>
        <source>Files and Downloads in Their Own W&amp;indow</source>
        <translation>在单独窗口中显示文件和下载(&amp;I)</translation>
    </message>
    <message>
        <source>Find in All &amp;Sessions…</source>
        <translation>在所有会话中查找(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>“%1” is no longer listed in this session&apos;s files.</source>
        <translation>“%1”已不在此会话的文件列表中。</translation>
    </message>
    <message>
        <source>The welcome note is put away; Help → Welcome shows it again.</source>
        <translation>欢迎说明已收起；可通过“帮助 → 欢迎”再次显示。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpCallPanel</name>
    <message>
        <source>Approve and Run</source>
        <extracomment>A button in the inbox: let the user&apos;s MCP server run this tool call</extracomment>
        <translation>批准并运行</translation>
    </message>
    <message>
        <source>Let me read the answer before it is sent</source>
        <translation>发送前先让我查看回复</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>每次都询问</translation>
    </message>
    <message>
        <source>Ask once per session</source>
        <translation>每个会话询问一次</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>What happens to the next calls of this tool (kept in the tool library)</source>
        <translation>此工具后续调用的处理方式（保存在工具库中）</translation>
    </message>
    <message>
        <source>Approval of this tool</source>
        <translation>此工具的批准方式</translation>
    </message>
    <message>
        <source>The MCP server runs the call now; its answer goes to the agent</source>
        <translation>MCP 服务器立即运行此调用，并将结果回复给智能体</translation>
    </message>
    <message>
        <source>The server&apos;s answer waits in the answer box, to read or edit, until you send it</source>
        <translation>服务器的回复会先放在回复框中，供您查看或编辑后再发送</translation>
    </message>
    <message>
        <source>Progress of the MCP server</source>
        <translation>MCP 服务器的进度</translation>
    </message>
    <message>
        <source>Runs &lt;b&gt;%1&lt;/b&gt; on your MCP server &lt;b&gt;%2&lt;/b&gt;. The tool says: %3.</source>
        <translation>在您的 MCP 服务器 &lt;b&gt;%2&lt;/b&gt; 上运行 &lt;b&gt;%1&lt;/b&gt;。该工具声称：%3。</translation>
    </message>
    <message>
        <source>What a tool says of itself is shown, never trusted: a tool that does not say it is harmless is taken to change things.</source>
        <translation>工具对自身的描述仅作显示，不会被采信：未声明自身无害的工具一律视为会更改内容。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>已完成 %1</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpConsentDialog</name>
    <message>
        <source>Run the MCP server %1?</source>
        <translation>要运行 MCP 服务器 %1 吗？</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has not run on this computer before, or its definition changed. It would run this command, &lt;b&gt;with your rights&lt;/b&gt;: it can read and change what you can.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 此前未在此计算机上运行过，或其定义已更改。它将&lt;b&gt;以您的权限&lt;/b&gt;运行以下命令：凡是您能读取和更改的内容，它都能读取和更改。</translation>
    </message>
    <message>
        <source>The command line, in full</source>
        <translation>完整的命令行</translation>
    </message>
    <message>
        <source>&amp;Run It</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>You are asked again if its command, arguments or variables change.</source>
        <translation>如果其命令、参数或变量发生变化，将再次询问您。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpServerForm</name>
    <message>
        <source>Runs a &amp;command on this computer</source>
        <translation>在此计算机上运行命令(&amp;C)</translation>
    </message>
    <message>
        <source>Is reached at an &amp;address (HTTP)</source>
        <translation>通过 HTTP 地址访问(&amp;A)</translation>
    </message>
    <message>
        <source>Add an MCP Server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <translation>字母、数字、_ 和 -</translation>
    </message>
    <message>
        <source>One argument per line, as it is (no quoting)</source>
        <translation>每行一个参数，按原样填写（无需引号）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>A value whose name looks secret (…_KEY, …TOKEN, Authorization, …) is kept in the system keychain, never in the servers&apos; file.</source>
        <translation>名称看似机密的值（…_KEY、…TOKEN、Authorization 等）会保存在系统钥匙串中，绝不会写入 MCP 服务器列表文件。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>工作文件夹(&amp;W)：</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>mcp server</comment>
        <extracomment>The button that adds the server typed in the form</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>命令(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>npx, uvx, or the program&apos;s path</source>
        <translation>npx、uvx 或程序路径</translation>
    </message>
    <message>
        <source>https://example.com/mcp</source>
        <translation>https://example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>变量(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>NAME=value, one per line</source>
        <translation>NAME=值，每行一个</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>Name: 值，每行一个</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>That is an address: choose “Is reached at an address”.</source>
        <translation>这是一个地址：请选择“通过 HTTP 地址访问”。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpServersDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>已启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>MCP Servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>The server&apos;s log</source>
        <translation>服务器日志</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>From Claude Desktop</source>
        <translation>从 Claude Desktop</translation>
    </message>
    <message>
        <source>From Cursor</source>
        <translation>从 Cursor</translation>
    </message>
    <message>
        <source>From VS Code</source>
        <translation>从 VS Code</translation>
    </message>
    <message>
        <source>From a File…</source>
        <translation>从文件…</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>导入 MCP 服务器</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Log (the server&apos;s standard error and what it said):</source>
        <translation>日志（服务器的标准错误输出及其消息）：</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets.</source>
        <translation>已移除 %1 及其机密。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>尚未批准</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No MCP servers yet: Import… reads them from Claude Desktop, Cursor, VS Code or a file.</source>
        <translation>尚无 MCP 服务器：可通过“导入…”从 Claude Desktop、Cursor、VS Code 或文件中导入。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The keychain did not take %1&apos;s %2: %3</source>
        <translation>无法将 %1 的 %2 存入钥匙串：%3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s); their secrets went to the keychain.</source>
        <translation>
            <numerusform>已导入 %n 个服务器；其机密已存入钥匙串。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>%1 works: %2</source>
        <translation>%1 可用：%2</translation>
    </message>
    <message>
        <source>%1 does not work: %2</source>
        <translation>%1 不可用：%2</translation>
    </message>
    <message>
        <source>Changed since the last import (new sessions get the new definitions): %1</source>
        <translation>自上次导入以来已更改（新会话将使用新定义）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) of %1 into the tool library.</source>
        <translation>
            <numerusform>已将 %1 的 %n 个工具导入工具库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Tools into the &amp;Library</source>
        <translation>将工具导入工具库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>A server typed in: a command, or an address</source>
        <translation>手动输入服务器：命令或地址</translation>
    </message>
    <message>
        <source>Added %1. Test starts it, after showing you its command line.</source>
        <translation>已添加 %1。点击“测试”将先显示其命令行，然后启动该服务器。</translation>
    </message>
    <message>
        <source>Added %1; its secrets went to the keychain. Test starts it, after showing you its command line.</source>
        <translation>已添加 %1，其机密已存入钥匙串。点击“测试”将先显示其命令行，然后启动该服务器。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::NewSessionDialog</name>
    <message>
        <source>Keep the session after each answer (persistent)</source>
        <translation>每次回复后保留会话（持久）</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Choices of a persistent session&apos;s lifetime</extracomment>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>The unit after the number of hours in a spin box (abbreviated; keep the space before it if your language has one)</extracomment>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>生存期：</translation>
    </message>
    <message>
        <source>Custom lifetime:</source>
        <translation>自定义生存期：</translation>
    </message>
    <message>
        <source>A session that is not persistent is destroyed by the server 5 minutes after its last answer, with its workspace files.</source>
        <translation>非持久会话会在最后一次回复 5 分钟后由服务器销毁，其工作区文件也会一并删除。</translation>
    </message>
    <message>
        <source>Tools the agent may call</source>
        <translation>智能体可调用的工具</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tools: none. A session&apos;s tools are fixed once it exists; define your own in Tools → Tool library to hand them to new sessions.</source>
        <translation>工具：无。会话的工具在创建后即固定；请在“工具 → 工具库”中定义自己的工具，以便提供给新会话。</translation>
    </message>
    <message>
        <source>Tools the agent may call (answered in the tool-call inbox or by your rules). A session&apos;s tools are fixed once it exists.</source>
        <translation>智能体可调用的工具（在工具调用收件箱中回复，或由您的规则回复）。会话的工具在创建后即固定。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>pokee::ui::OpenSessionSync</name>
    <message>
        <source>Session %1 deleted.</source>
        <translation>会话 %1 已删除。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::PendingCallsButton</name>
    <message>
        <source>Tool calls waiting for your answer</source>
        <translation>等待您回复的工具调用</translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s) waiting</source>
        <translation>
            <numerusform>%n 个工具调用等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>“%2”中的 %1</translation>
    </message>
    <message>
        <source>%1 in “%2” (%3)</source>
        <translation>“%2”中的 %1（%3）</translation>
    </message>
</context>
<context>
    <name>pokee::ui::PlaygroundWindow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stateless playground — POST /v1/responses</source>
        <translation>无状态试验场 — POST /v1/responses</translation>
    </message>
    <message>
        <source>A prompt, or a JSON array of Responses items. Ctrl+Enter sends.</source>
        <translation>提示词，或 Responses 项的 JSON 数组。按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Optional system prompt</source>
        <translation>可选的系统提示词</translation>
    </message>
    <message>
        <source>the tenant&apos;s default</source>
        <translation>租户默认值</translation>
    </message>
    <message>
        <source>Tools from the library</source>
        <translation>来自工具库的工具</translation>
    </message>
    <message>
        <source>flat (Responses)</source>
        <translation>平铺（Responses）</translation>
    </message>
    <message>
        <source>nested (Chat Completions)</source>
        <translation>嵌套（Chat Completions）</translation>
    </message>
    <message>
        <source>auto, none, required, or function:NAME to force one tool</source>
        <translation>auto、none、required，或用 function:NAME 强制调用某个工具</translation>
    </message>
    <message>
        <source>default (4096)</source>
        <translation>默认（4096）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>stop sequences, separated by |</source>
        <translation>停止序列，用 | 分隔</translation>
    </message>
    <message>
        <source>metadata is a JSON object</source>
        <translation>metadata 须为 JSON 对象</translation>
    </message>
    <message>
        <source>Request and response history as JSON</source>
        <translation>JSON 格式的请求和响应历史</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>工具：</translation>
    </message>
    <message>
        <source>Tool shape:</source>
        <translation>工具格式：</translation>
    </message>
    <message>
        <source>tool_choice:</source>
        <translation>tool_choice：</translation>
    </message>
    <message>
        <source>max_output_tokens:</source>
        <translation>max_output_tokens：</translation>
    </message>
    <message>
        <source>temperature:</source>
        <translation>temperature：</translation>
    </message>
    <message>
        <source>top_p:</source>
        <translation>top_p：</translation>
    </message>
    <message>
        <source>stop:</source>
        <translation>stop：</translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation>metadata：</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Copy history as JSON</source>
        <translation>将历史复制为 JSON</translation>
    </message>
    <message>
        <source>History (JSON)</source>
        <translation>历史（JSON）</translation>
    </message>
    <message>
        <source>The playground was closed.</source>
        <translation>试验场已关闭。</translation>
    </message>
    <message>
        <source>Type an input first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <source>The input starts like an array of items but does not read: %1</source>
        <translation>输入内容看起来像项数组，但无法解析：%1</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>不是数组</translation>
    </message>
    <message>
        <source>The metadata does not read: %1</source>
        <translation>无法解析 metadata：%1</translation>
    </message>
    <message>
        <source>**You:** %1

</source>
        <extracomment>Markdown (keep the **…**): the user&apos;s input in the playground&apos;s transcript</extracomment>
        <translation>**您：** %1

</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>已回复。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The playground&apos;s request was cancelled.</source>
        <translation>试验场的请求已取消。</translation>
    </message>
    <message>
        <source>Cancelled: the request in flight was abandoned and nothing more is sent.</source>
        <translation>已取消：已放弃进行中的请求，不会再发送任何内容。</translation>
    </message>
    <message>
        <source>**Function call** `%1` (%2):

</source>
        <translation>**函数调用** `%1`（%2）：

</translation>
    </message>
    <message>
        <source>*An output item of type %1, shown in the history.*

</source>
        <translation>*类型为 %1 的输出项，详见历史记录。*

</translation>
    </message>
    <message>
        <source>*%1 input and %2 output tokens.*

</source>
        <extracomment>Markdown (keep the *…*): the tokens the request used</extracomment>
        <translation>*输入 %1 个 token，输出 %2 个 token。*

</translation>
    </message>
    <message>
        <source>Answered; answering its function calls…</source>
        <translation>已回复；正在回复其中的函数调用…</translation>
    </message>
    <message numerus="yes">
        <source>%n function call(s) wait for your answer in the tool-call inbox.</source>
        <translation>
            <numerusform>%n 个函数调用正在工具调用收件箱中等待您回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>&gt; %1 answered by you:

</source>
        <translation>&gt; %1 由您回复：

</translation>
    </message>
    <message numerus="yes">
        <source>%n more function call(s) wait in the inbox.</source>
        <translation>
            <numerusform>工具调用收件箱中还有 %n 个函数调用在等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the answers…</source>
        <translation>正在发送回复…</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>verb</comment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Input</source>
        <comment>request input</comment>
        <extracomment>Accessible name of the field with the request&apos;s input</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>model answer</comment>
        <extracomment>The model&apos;s answer (accessible name and tab title)</extracomment>
        <translation>输出</translation>
    </message>
    <message>
        <source>&gt; %1 answered by a rule (as an error):

</source>
        <extracomment>Markdown: a rule answered the function call %1 (the &quot;&gt; &quot; quotes it)</extracomment>
        <translation>&gt; %1 由规则回复（以错误形式）：

</translation>
    </message>
    <message>
        <source>&gt; %1 answered by a rule:

</source>
        <translation>&gt; %1 由规则回复：

</translation>
    </message>
    <message>
        <source>**Agent:** %1

</source>
        <extracomment>Markdown (keep the **…**): the model&apos;s answer in the playground&apos;s transcript</extracomment>
        <translation>**智能体：** %1

</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>The account and server in use</source>
        <translation>当前使用的账户和服务器</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>本地演示</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>管理配置文件…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A profile in the switcher with what keeps it from being followed: &quot;Home — key refused&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ProfilesDialog</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>使用此配置文件</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动代理</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation>无：使用系统信任的证书</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Extra CA certificate:</source>
        <translation>额外的 CA 证书：</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in a file.</source>
        <translation>密钥保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>stored in the keychain; type a new one to replace it</source>
        <translation>已存于钥匙串；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>⚠ Plain http:// to another machine: the key and every answer cross the network unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ 这是指向其他计算机的明文 http:// 地址：密钥和所有响应都将以未加密方式在网络上传输。如果服务器支持 https://，请改用该地址。</translation>
    </message>
    <message>
        <source>Paste the profile&apos;s API key first.</source>
        <translation>请先粘贴此配置文件的 API 密钥。</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>已存在名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除配置文件</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its key from the keychain? Its local journal (transcripts) stays on this computer.</source>
        <translation>要移除配置文件“%1”并从钥匙串中删除其密钥吗？其本地日志（对话记录）仍会保留在本机。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>verb</comment>
        <translation>保存</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
</context>
<context>
    <name>pokee::ui::RulesDialog</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>规则（首条匹配的规则生效）</translation>
    </message>
    <message>
        <source>The rules file</source>
        <translation>规则文件</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %n rule(s). The first enabled match wins; a call no rule matches is asked about.</source>
        <translation>
            <numerusform>有效：%n 条规则。第一条匹配的已启用规则生效；没有规则匹配的调用会交由您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>A button: delete the selected rule</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Tick a rule to enable it.</source>
        <translation>勾选规则即可启用。</translation>
    </message>
    <message>
        <source>Every answer a rule gave, newest last. Kept in %1.</source>
        <translation>规则给出的所有回复，按时间排列，最新的在最后。保存于 %1。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The rules do not read yet: %1</source>
        <translation>规则暂时无法解析：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>sent as error</source>
        <extracomment>The audit log&apos;s Result column: the rule&apos;s answer was sent to the agent (as an error)</extracomment>
        <translation>以错误形式发送</translation>
    </message>
    <message>
        <source>(stateless)</source>
        <translation>（无状态）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The rule that answered: its number in the list, then what it does</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <extracomment>%1 is how the answer went, %2 the exit status of the rule&apos;s command</extracomment>
        <translation>%1（退出码 %2）</translation>
    </message>
    <message>
        <source>When</source>
        <comment>audit column</comment>
        <extracomment>Column headers of the rules&apos; audit log: when the rule answered, the session, the tool called, the call&apos;s arguments, the rule that answered, what it answered, and how the answer went</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>audit column</comment>
        <translation>会话</translation>
    </message>
    <message>
        <source>Tool</source>
        <comment>audit column</comment>
        <translation>工具</translation>
    </message>
    <message>
        <source>Arguments</source>
        <comment>audit column</comment>
        <translation>参数</translation>
    </message>
    <message>
        <source>Rule</source>
        <comment>audit column</comment>
        <translation>规则</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>audit column</comment>
        <translation>输出</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>audit column</comment>
        <translation>结果</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>answer sent</comment>
        <translation>已发送</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SearchBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 blocks · %n match(es)</source>
        <translation>
            <numerusform>第 %1/%2 块 · %n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>在对话中查找</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionDelegate</name>
    <message>
        <source>Ended on the server · transcript kept here</source>
        <translation>已在服务器上结束 · 对话记录保留在本地</translation>
    </message>
    <message>
        <source>Idle · %1</source>
        <extracomment>A session&apos;s state in the list, with when it was last active (such as &quot;5 min ago&quot;)</extracomment>
        <translation>空闲 · %1</translation>
    </message>
    <message>
        <source>expiring</source>
        <extracomment>A short badge: the server is about to destroy the session</extracomment>
        <translation>即将销毁</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Short badges: the time before the server destroys the session, such as &quot;3 h left&quot; or &quot;gone in 5 min&quot;</extracomment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>gone in %1</source>
        <translation>%1后销毁</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>session state</comment>
        <extracomment>A session&apos;s state in the list: a turn is running in it</extracomment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>How far the session&apos;s work is, as the agent reports it: %1 is a number from 0 to 100</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>session state</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <source>persistent</source>
        <comment>session kept after each answer</comment>
        <extracomment>A short badge: the server keeps the session after each answer</extracomment>
        <translation>持久</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionDetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>会话详细信息</translation>
    </message>
    <message>
        <source>Export usage as CSV…</source>
        <translation>将用量导出为 CSV…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>导出用量</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Usage exported to %1.</source>
        <translation>用量已导出到 %1。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No session selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未选择会话。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>Labels of the session details (a two-column table: label, value)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>The session&apos;s state: ended on the server, running a turn, or idle</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>ended on the server</source>
        <translation>已在服务器上结束</translation>
    </message>
    <message>
        <source>Persistent</source>
        <extracomment>Whether the server keeps the session after each answer: yes, no or unknown</extracomment>
        <translation>持久</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>生存期</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <extracomment>When the server destroys the session: &quot;in 3 h (date and time)&quot;</extracomment>
        <translation>销毁时间</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>%1后（%2）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>上次活动</translation>
    </message>
    <message>
        <source>Usage of this session</source>
        <translation>此会话的用量</translation>
    </message>
    <message>
        <source>Usage of this profile</source>
        <translation>此配置文件的用量</translation>
    </message>
    <message>
        <source>running</source>
        <comment>session state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>idle</source>
        <comment>session state</comment>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionDialogs</name>
    <message>
        <source>&amp;New session…</source>
        <translation>新建会话(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename session…</source>
        <translation>重命名会话(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>删除会话(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;lean up sessions…</source>
        <translation>清理会话(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh session list</source>
        <translation>刷新会话列表(&amp;F)</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>重命名会话</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <source>Delete “%1” on the server?</source>
        <translation>要在服务器上删除“%1”吗？</translation>
    </message>
    <message>
        <source>Its workspace files go too, and its transcript is removed from this computer. A running turn is stopped. This cannot be undone.</source>
        <translation>其工作区文件将一并删除，本机上的对话记录也会移除；正在运行的轮次将停止。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>移除会话</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer?</source>
        <translation>要从本机移除“%1”吗？</translation>
    </message>
    <message>
        <source>The server has ended it already; its transcript kept here is deleted. Export it first (File → Export) to keep a copy.</source>
        <translation>服务器已结束该会话，本地保留的对话记录将被删除。如需保留副本，请先通过“文件 → 导出”将其导出。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionView</name>
    <message>
        <source>This session was deleted.</source>
        <translation>此会话已删除。</translation>
    </message>
    <message>
        <source>New session — %1</source>
        <extracomment>A view of no session yet: its first prompt creates one</extracomment>
        <translation>新会话 — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A session&apos;s title and its profile, in a view&apos;s header or a window&apos;s title bar</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionWindow</name>
    <message>
        <source>%1 — Pokee Desktop</source>
        <extracomment>A session&apos;s own window: the session and its profile, then the app</extracomment>
        <translation>%1 — Pokee Desktop</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionsPanel</name>
    <message>
        <source>New session…</source>
        <translation>新建会话…</translation>
    </message>
    <message>
        <source>Clean up…</source>
        <translation>清理…</translation>
    </message>
    <message>
        <source>Delete idle sessions older than a chosen age</source>
        <translation>删除空闲超过指定时长的会话</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Recent first</source>
        <translation>最近优先</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Remove from this computer…</source>
        <translation>从本机移除…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Middle-click, or drag a session out of the window, to open it in a window of its own</source>
        <translation>中键单击，或将会话拖出窗口，即可在单独的窗口中打开它</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>在新窗口中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Open &amp;Beside</source>
        <translation>在旁边打开(&amp;B)</translation>
    </message>
    <message>
        <source>Search sessions by title, id or text</source>
        <translation>按标题、ID 或文本搜索会话</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Pokee Desktop.</source>
        <translation>新语言将在下次启动 Pokee Desktop 时生效。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Li&amp;ght</source>
        <translation>浅色(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>When a turn &amp;finishes in the background</source>
        <translation>轮次在后台完成时(&amp;F)</translation>
    </message>
    <message>
        <source>When a turn f&amp;ails in the background</source>
        <translation>轮次在后台失败时(&amp;A)</translation>
    </message>
    <message>
        <source>When a &amp;tool call waits for my answer</source>
        <translation>工具调用等待我回复时(&amp;T)</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Next or previous block in the conversation</source>
        <translation>对话中的下一个或上一个块</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>下/上方向键</translation>
    </message>
    <message>
        <source>Next link, copy button or fold toggle of the block</source>
        <translation>块中的下一个链接、复制按钮或折叠开关</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Open the link, copy the code, or fold</source>
        <translation>打开链接、复制代码或折叠</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Fold or unfold the thinking or tool block</source>
        <translation>折叠或展开思考过程或工具块</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>在消息中换行</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Cancel the running turn (from the message field)</source>
        <translation>取消正在运行的轮次（在消息输入框中）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Send the tool-call answer</source>
        <translation>发送工具调用的回复</translation>
    </message>
    <message>
        <source>Next or previous tool call in the inbox</source>
        <translation>工具调用收件箱中的下一个或上一个调用</translation>
    </message>
    <message>
        <source>Alt+Down, Alt+Up</source>
        <translation>Alt+下/上方向键</translation>
    </message>
    <message>
        <source>Next or previous search match</source>
        <translation>下一个或上一个搜索匹配项</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter、Shift+Enter</translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation>关闭搜索栏</translation>
    </message>
    <message>
        <source>In the conversation and the inbox</source>
        <translation>在对话和工具调用收件箱中</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ToolInbox</name>
    <message>
        <source>expired</source>
        <extracomment>The state of a tool call in the inbox: its answer time ran out</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>drafted by a rule</source>
        <translation>规则已起草</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>The state of a tool call in the inbox: its answer is on the way</extracomment>
        <translation>发送中</translation>
    </message>
    <message>
        <source>playground</source>
        <extracomment>A tool call from the stateless playground (no session)</extracomment>
        <translation>试验场</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>Send as error</source>
        <translation>以错误形式发送</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Clear answered</source>
        <translation>清除已回复</translation>
    </message>
    <message>
        <source>Tool calls waiting for an answer</source>
        <translation>等待回复的工具调用</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>The tool&apos;s output: JSON or plain text. Ctrl+Enter sends.</source>
        <translation>工具的输出：JSON 或纯文本。按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Valid JSON: sent as it is.</source>
        <translation>JSON 有效：将原样发送。</translation>
    </message>
    <message>
        <source>Plain text (not JSON: %1): sent as text.</source>
        <translation>纯文本（非 JSON：%1）：将以文本形式发送。</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>发送回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send it with is_error: the agent sees that the tool failed</source>
        <translation>以 is_error 发送：智能体会得知工具执行失败</translation>
    </message>
    <message>
        <source>Forget the calls that were sent or expired</source>
        <translation>移除已发送或已过期的调用</translation>
    </message>
    <message>
        <source>Arrows move between calls; Alt+Up and Alt+Down do it from the answer</source>
        <translation>用方向键在调用之间切换；在回复框中可用 Alt+上/下方向键</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Why (the agent reads this):</source>
        <translation>原因（智能体会看到）：</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>不允许。</translation>
    </message>
    <message>
        <source>Tool calls (%1)</source>
        <translation>工具调用（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the playground · arrived %2 · no deadline</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 来自试验场 · %2 到达 · 无截止时间</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in “%2” · arrived %3 · &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 来自“%2” · %3 到达 · &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No tool call is waiting.</source>
        <translation>没有等待中的工具调用。</translation>
    </message>
    <message>
        <source>(not valid JSON, shown as sent: %1)
%2</source>
        <translation>（不是有效的 JSON，按发送时的原样显示：%1）
%2</translation>
    </message>
    <message>
        <source>Sending JSON…</source>
        <translation>正在发送 JSON…</translation>
    </message>
    <message>
        <source>Sending as plain text…</source>
        <translation>正在以纯文本发送…</translation>
    </message>
    <message>
        <source>Denied by the user: %1</source>
        <translation>用户已拒绝：%1</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: the answer could not be sent</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: the answer was sent</extracomment>
        <translation>已发送</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: it waits for the user&apos;s answer</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>verb</comment>
        <extracomment>A button: send the answer to the agent</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: its turn was cancelled before it was answered</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not answered: the turn ended</source>
        <extracomment>The state of a tool call in the inbox: its turn ended (with an error) before it was answered</extracomment>
        <translation>未回复：此轮次已结束</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1（配置文件 %2）</translation>
    </message>
    <message>
        <source>%1” of “%2</source>
        <extracomment>A session and the profile it belongs to, in the inbox&apos;s header</extracomment>
        <translation>%2”的“%1</translation>
    </message>
    <message>
        <source>No tool call is waiting</source>
        <translation>没有等待中的工具调用</translation>
    </message>
    <message>
        <source>When the agent hands a tool call to you, it appears here: what it asks, and a box for your answer. Rules and your MCP servers (in the Tools menu) can answer calls for you.</source>
        <translation>智能体将工具调用交给您时，它会显示在这里：上方是调用内容，下方是您填写回复的地方。规则和您的 MCP 服务器（位于“工具”菜单）可以代您回复。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ToolLibraryDialog</name>
    <message>
        <source>a tool is one JSON object: {&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: …}</source>
        <translation>每个工具是一个 JSON 对象：{&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>A button: delete the selected tool from the library</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Tool library</source>
        <translation>工具库</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>The selected tool as JSON</source>
        <translation>所选工具的 JSON</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>The tool library in %1 does not read, so it starts empty here: %2
Saving replaces that file.</source>
        <translation>无法解析 %1 中的工具库，因此此处以空库开始：%2
保存时将替换该文件。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Flat shape (Responses API)…</source>
        <translation>平铺格式（Responses API）…</translation>
    </message>
    <message>
        <source>Nested shape (Chat Completions)…</source>
        <translation>嵌套格式（Chat Completions）…</translation>
    </message>
    <message>
        <source>Name, description and parameters (a JSON Schema object). A session&apos;s tools are fixed when it is created: pick them in File → New session.</source>
        <translation>名称、描述和参数（一个 JSON Schema 对象）。会话的工具在创建时即固定：请在“文件 → 新建会话”中选择。</translation>
    </message>
    <message>
        <source>Not valid: another tool is called %1.</source>
        <translation>无效：已有另一个名为 %1 的工具。</translation>
    </message>
    <message>
        <source>What the tool does, for the agent.</source>
        <translation>工具的用途说明，供智能体参考。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Import tools</source>
        <translation>导入工具</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export tools</source>
        <translation>导出工具</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>New</source>
        <comment>new tool</comment>
        <extracomment>A button: add a new tool to the library</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <source>%1 — from %2, CHANGED on the server: MCP Servers → Import Tools shows the change</source>
        <extracomment>A tool of the library whose MCP server now describes it differently</extracomment>
        <translation>%1 — 来自 %2，服务器上已更改：可在“MCP 服务器 → 将工具导入工具库”中查看更改</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — 来自 %2</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ToolWindows</name>
    <message>
        <source>Tool &amp;library…</source>
        <translation>工具库(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Rules and audit log…</source>
        <translation>规则和审计日志(&amp;R)…</translation>
    </message>
    <message>
        <source>Stateless &amp;playground…</source>
        <translation>无状态试验场(&amp;P)…</translation>
    </message>
    <message>
        <source>The tool library is not offered: %1</source>
        <translation>工具库不可用：%1</translation>
    </message>
    <message>
        <source>Tool library saved: new sessions and the playground offer its tools.</source>
        <translation>工具库已保存：新会话和试验场将提供其中的工具。</translation>
    </message>
    <message>
        <source>This profile keeps no rules file.</source>
        <translation>此配置文件没有规则文件。</translation>
    </message>
    <message>
        <source>Rules saved: they answer the next tool calls.</source>
        <translation>规则已保存，将用于回复后续的工具调用。</translation>
    </message>
    <message>
        <source>&amp;MCP servers…</source>
        <translation>MCP 服务器(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>pokee::ui::TurnStatusLine</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>正在接收…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Paused: the journal cannot be written</source>
        <translation>已暂停：无法写入本地日志</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>The answer is complete.</source>
        <translation>回复已完成。</translation>
    </message>
    <message>
        <source>The turn was cancelled.</source>
        <translation>此轮次已取消。</translation>
    </message>
    <message>
        <source>The turn ended with an error.</source>
        <translation>此轮次因出错而结束。</translation>
    </message>
</context>
<context>
    <name>pokee::ui::WelcomePanel</name>
    <message>
        <source>&amp;Add a real endpoint…</source>
        <translation>添加真实端点(&amp;A)…</translation>
    </message>
    <message>
        <source>Got &amp;it</source>
        <translation>知道了(&amp;I)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Pokee Desktop&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 Pokee Desktop&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are on the &lt;b&gt;local demo&lt;/b&gt;: a Pokee emulator running on this computer, started with the app. Its agent answers with made-up text, calls tools and writes files, so you can try everything — streaming, cancelling, the tool-call inbox, downloads — without an account. Nothing leaves this computer, and the demo&apos;s sessions are gone when the app closes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前使用的是&lt;b&gt;本地演示&lt;/b&gt;：一个随应用启动、在本机运行的 Pokee 模拟器。它的智能体会用虚构的文本回复、调用工具并写入文件，因此无需账户即可试用全部功能——流式传输、取消、工具调用收件箱、下载。所有数据都不会离开本机，演示会话会在应用关闭时消失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are connected to a Pokee endpoint. Your sessions are listed on the left; a new message starts a session, and every answer is kept on this computer as it arrives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已连接到 Pokee 端点。左侧列出了您的会话；发送新消息即可开始新会话，每条回复一到达就会保存在本机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;To use your Pokee account&lt;/b&gt;: choose &lt;i&gt;Add a real endpoint…&lt;/i&gt; (or File → Profiles…), enter the API address and your key. The key is kept in the system keychain, never in a file. Profiles switch from the list at the top left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;要使用您的 Pokee 账户&lt;/b&gt;：选择&lt;i&gt;添加真实端点…&lt;/i&gt;（或“文件 → 配置文件…”），输入 API 地址和密钥。密钥保存在系统钥匙串中，绝不会写入文件。可在左上角的列表中切换配置文件。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
