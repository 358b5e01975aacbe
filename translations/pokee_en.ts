<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockDocument</name>
    <message numerus="yes">
        <source>Completed · %1 tokens (%2 in, %3 out)</source>
        <extracomment>The turn&apos;s usage: total tokens (the plural form follows it), tokens in and out</extracomment>
        <translation>
            <numerusform>Completed · %1 token (%2 in, %3 out)</numerusform>
            <numerusform>Completed · %1 tokens (%2 in, %3 out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMcp</name>
    <message numerus="yes">
        <source>pokee: %n secret value(s) went to the keychain, not into %1.</source>
        <translation>
            <numerusform>pokee: %n secret value went to the keychain, not into %1.</numerusform>
            <numerusform>pokee: %n secret values went to the keychain, not into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works: %2 %3, MCP %4, %n tool(s)</source>
        <translation>
            <numerusform>%1 works: %2 %3, MCP %4, %n tool</numerusform>
            <numerusform>%1 works: %2 %3, MCP %4, %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) of %1 into %2.</source>
        <translation>
            <numerusform>Imported %n tool of %1 into %2.</numerusform>
            <numerusform>Imported %n tools of %1 into %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message numerus="yes">
        <source>Indexing %n older turn(s) of %1 first…</source>
        <translation>
            <numerusform>Indexing %n older turn of %1 first…</numerusform>
            <numerusform>Indexing %n older turns of %1 first…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message numerus="yes">
        <source>Imported %n tool(s) into %1.</source>
        <translation>
            <numerusform>Imported %n tool into %1.</numerusform>
            <numerusform>Imported %n tools into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) into %1 (replaced: %2).</source>
        <extracomment>%2 lists the names of the tools the import replaced</extracomment>
        <translation>
            <numerusform>Imported %n tool into %1 (replaced: %2).</numerusform>
            <numerusform>Imported %n tools into %1 (replaced: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tool(s) to %1.</source>
        <translation>
            <numerusform>Exported %n tool to %1.</numerusform>
            <numerusform>Exported %n tools to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <source>The local journal could not store %n event(s) (%1).</source>
        <translation>
            <numerusform>The local journal could not store %n event (%1).</numerusform>
            <numerusform>The local journal could not store %n events (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local journal could not commit %n event(s) (%1).</source>
        <translation>
            <numerusform>The local journal could not commit %n event (%1).</numerusform>
            <numerusform>The local journal could not commit %n events (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionProgress</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Minutes since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Hours since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Days since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A duration in seconds (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in hours (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>A duration in days (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptExport</name>
    <message numerus="yes">
        <source>Completed, %Ln token(s).</source>
        <translation>
            <numerusform>Completed, %Ln token.</numerusform>
            <numerusform>Completed, %Ln tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message numerus="yes">
        <source>%n turn(s) · %1 in · %2 out · %3 tokens</source>
        <translation>
            <numerusform>%n turn · %1 in · %2 out · %3 tokens</numerusform>
            <numerusform>%n turns · %1 in · %2 out · %3 tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ApiCall</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>less than 1 KiB of the answer in %n second(s)</source>
        <translation>
            <numerusform>less than 1 KiB of the answer in %n second</numerusform>
            <numerusform>less than 1 KiB of the answer in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::FileDownload</name>
    <message numerus="yes">
        <source>the download ended after %1 of %2 byte(s)</source>
        <extracomment>%1 and %2 are byte counts, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>the download ended after %1 of %2 byte</numerusform>
            <numerusform>the download ended after %1 of %2 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file on disk has %1 of %2 byte(s)</source>
        <extracomment>%1 and %2 are byte counts, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>the file on disk has %1 of %2 byte</numerusform>
            <numerusform>the file on disk has %1 of %2 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::FolderWalker</name>
    <message numerus="yes">
        <source>Stopped after %n entries: the folder is larger than a download takes.</source>
        <translation>
            <numerusform>Stopped after %n entry: the folder is larger than a download takes.</numerusform>
            <numerusform>Stopped after %n entries: the folder is larger than a download takes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %n folders deep: %1 goes deeper.</source>
        <translation>
            <numerusform>Stopped at %n folder deep: %1 goes deeper.</numerusform>
            <numerusform>Stopped at %n folders deep: %1 goes deeper.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ResponsesLoop</name>
    <message numerus="yes">
        <source>Too many requests (HTTP 429): the server asks to wait %n second(s) before sending again.</source>
        <translation>
            <numerusform>Too many requests (HTTP 429): the server asks to wait %n second before sending again.</numerusform>
            <numerusform>Too many requests (HTTP 429): the server asks to wait %n seconds before sending again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls: the model keeps calling tools.</source>
        <translation>
            <numerusform>Stopped after %n round of tool calls: the model keeps calling tools.</numerusform>
            <numerusform>Stopped after %n rounds of tool calls: the model keeps calling tools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::RuleRunner</name>
    <message numerus="yes">
        <source>%1 timed out after %n s</source>
        <extracomment>%1 is the rule&apos;s program; %n the seconds it was given (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%1 timed out after %n s</numerusform>
            <numerusform>%1 timed out after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::SessionDirectory</name>
    <message numerus="yes">
        <source>%n idle session(s) deleted.</source>
        <translation>
            <numerusform>%n idle session deleted.</numerusform>
            <numerusform>%n idle sessions deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ToolResultSender</name>
    <message numerus="yes">
        <source>Not sent after %n tries: %1</source>
        <translation>
            <numerusform>Not sent after %n try: %1</numerusform>
            <numerusform>Not sent after %n tries: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::TurnManager</name>
    <message numerus="yes">
        <source>That resumed connection delivered %n event(s).</source>
        <translation>
            <numerusform>That resumed connection delivered %n event.</numerusform>
            <numerusform>That resumed connection delivered %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost (%1) — reconnecting in %2, attempt %3 of %4; dropped %n time(s) so far, nothing lost.</source>
        <translation>
            <numerusform>Connection lost (%1) — reconnecting in %2, attempt %3 of %4; dropped %n time so far, nothing lost.</numerusform>
            <numerusform>Connection lost (%1) — reconnecting in %2, attempt %3 of %4; dropped %n times so far, nothing lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection dropped %n time(s), resumed each time, nothing lost.</source>
        <translation>
            <numerusform>Connection dropped %n time, resumed each time, nothing lost.</numerusform>
            <numerusform>Connection dropped %n times, resumed each time, nothing lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: the local journal could not be written (%1). Nothing is lost: the turn goes on from event %2 once it can be written again; next try in %n s.</source>
        <translation>
            <numerusform>Paused: the local journal could not be written (%1). Nothing is lost: the turn goes on from event %2 once it can be written again; next try in %n s.</numerusform>
            <numerusform>Paused: the local journal could not be written (%1). Nothing is lost: the turn goes on from event %2 once it can be written again; next try in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last resumed connection delivered %n event(s).</source>
        <translation>
            <numerusform>The last resumed connection delivered %n event.</numerusform>
            <numerusform>The last resumed connection delivered %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost for good after %n drop(s) (%1). What was received is kept.</source>
        <translation>
            <numerusform>Connection lost for good after %n drop (%1). What was received is kept.</numerusform>
            <numerusform>Connection lost for good after %n drops (%1). What was received is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::TurnStream</name>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>no data for %n second</numerusform>
            <numerusform>no data for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliCommands</name>
    <message numerus="yes">
        <source>pokee: no rule answers %n of the calls; answer them in the app&apos;s playground, or add a rule.</source>
        <translation>
            <numerusform>pokee: no rule answers %n of the calls; answer them in the app's playground, or add a rule.</numerusform>
            <numerusform>pokee: no rule answers %n of the calls; answer them in the app's playground, or add a rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule(s), all valid; the first enabled match wins, no match asks.</source>
        <translation>
            <numerusform>%1: %n rule, all valid; the first enabled match wins, no match asks.</numerusform>
            <numerusform>%1: %n rules, all valid; the first enabled match wins, no match asks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliSessions</name>
    <message numerus="yes">
        <source>local: title “%1”, %n turn(s) journaled, usage %2</source>
        <translation>
            <numerusform>local: title “%1”, %n turn journaled, usage %2</numerusform>
            <numerusform>local: title “%1”, %n turns journaled, usage %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle session(s) older than %1 would be deleted (dry run: nothing was).</source>
        <translation>
            <numerusform>%n idle session older than %1 would be deleted (dry run: nothing was).</numerusform>
            <numerusform>%n idle sessions older than %1 would be deleted (dry run: nothing was).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::mcp::McpServerCheck</name>
    <message numerus="yes">
        <source>%1 %2, MCP %3, %n tool(s)</source>
        <translation>
            <numerusform>%1 %2, MCP %3, %n tool</numerusform>
            <numerusform>%1 %2, MCP %3, %n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::CleanUpDialog</name>
    <message numerus="yes">
        <source>%n session(s) and their workspace files will be deleted on the server. The server decides by its own clock: a session used elsewhere meanwhile stays.</source>
        <translation>
            <numerusform>%n session and their workspace files will be deleted on the server. The server decides by its own clock: a session used elsewhere meanwhile stays.</numerusform>
            <numerusform>%n sessions and their workspace files will be deleted on the server. The server decides by its own clock: a session used elsewhere meanwhile stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::DesktopNotifier</name>
    <message numerus="yes">
        <source>%1 %n tool call(s) wait in the inbox.</source>
        <translation>
            <numerusform>%1 %n tool call waits in the inbox.</numerusform>
            <numerusform>%1 %n tool calls wait in the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::FilesController</name>
    <message numerus="yes">
        <source>Downloading %n file(s) · %1%</source>
        <translation>
            <numerusform>Downloading %n file · %1%</numerusform>
            <numerusform>Downloading %n files · %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)</source>
        <translation>
            <numerusform>Downloading %n file</numerusform>
            <numerusform>Downloading %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::FilesDock</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>%n file queued.</numerusform>
            <numerusform>%n files queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued; %1</source>
        <translation>
            <numerusform>%n file queued; %1</numerusform>
            <numerusform>%n files queued; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <extracomment>The exact size of a file; %1 is the number of bytes, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::FindInSessionsDialog</name>
    <message numerus="yes">
        <source>%n place(s) found; Enter opens one.</source>
        <translation>
            <numerusform>%n place found; Enter opens one.</numerusform>
            <numerusform>%n places found; Enter opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpServersDialog</name>
    <message numerus="yes">
        <source>Imported %n server(s); their secrets went to the keychain.</source>
        <translation>
            <numerusform>Imported %n server; their secrets went to the keychain.</numerusform>
            <numerusform>Imported %n servers; their secrets went to the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) of %1 into the tool library.</source>
        <translation>
            <numerusform>Imported %n tool of %1 into the tool library.</numerusform>
            <numerusform>Imported %n tools of %1 into the tool library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::PendingCallsButton</name>
    <message numerus="yes">
        <source>%n tool call(s) waiting</source>
        <translation>
            <numerusform>%n tool call waiting</numerusform>
            <numerusform>%n tool calls waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::PlaygroundWindow</name>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n item)</numerusform>
            <numerusform>(%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function call(s) wait for your answer in the tool-call inbox.</source>
        <translation>
            <numerusform>%n function call waits for your answer in the tool-call inbox.</numerusform>
            <numerusform>%n function calls wait for your answer in the tool-call inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more function call(s) wait in the inbox.</source>
        <translation>
            <numerusform>%n more function call waits in the inbox.</numerusform>
            <numerusform>%n more function calls wait in the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::RulesDialog</name>
    <message numerus="yes">
        <source>Valid: %n rule(s). The first enabled match wins; a call no rule matches is asked about.</source>
        <translation>
            <numerusform>Valid: %n rule. The first enabled match wins; a call no rule matches is asked about.</numerusform>
            <numerusform>Valid: %n rules. The first enabled match wins; a call no rule matches is asked about.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::SearchBar</name>
    <message numerus="yes">
        <source>%1 of %2 blocks · %n match(es)</source>
        <translation>
            <numerusform>%1 of %2 blocks · %n match</numerusform>
            <numerusform>%1 of %2 blocks · %n matches</numerusform>
        </translation>
    </message>
</context>
</TS>
