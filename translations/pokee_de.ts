<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the server (%1). Check the address and your connection, then try again.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfen Sie die Adresse und Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server stopped answering. Check your connection, then try again.</source>
        <translation>Der Server antwortet nicht mehr. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server stopped answering (%1). Check your connection, then try again.</source>
        <translation>Der Server antwortet nicht mehr (%1). Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1: %2). Check the key in the profile settings.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (HTTP %1: %2). Prüfen Sie den Schlüssel in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>The account has no credit left (HTTP 402: %1). Top it up, then try again.</source>
        <translation>Das Konto hat kein Guthaben mehr (HTTP 402: %1). Laden Sie es auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server does not know this item any more (HTTP 404: %1). It may have expired or been deleted.</source>
        <translation>Der Server kennt dieses Element nicht mehr (HTTP 404: %1). Vielleicht ist es abgelaufen oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>This session is busy with another turn (HTTP 409). Wait for it to finish or attach to it.</source>
        <translation>Diese Sitzung ist mit einer anderen Gesprächsrunde beschäftigt (HTTP 409). Warten Sie, bis sie fertig ist, oder verfolgen Sie sie.</translation>
    </message>
    <message>
        <source>The server rejected the request as inconsistent (HTTP 422: %1). This is a bug in Pokee Desktop; please report it.</source>
        <translation>Der Server hat die Anfrage als widersprüchlich abgelehnt (HTTP 422: %1). Das ist ein Fehler in Pokee Desktop; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a moment, then try again.</source>
        <translation>Zu viele Anfragen (HTTP 429). Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1: %2).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1: %2). Try again in a moment.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP %1: %2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The agent stopped with an error: %1. Send the message again to retry.</source>
        <translation>Der Agent ist mit einem Fehler abgebrochen: %1. Senden Sie die Nachricht erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1 (HTTP %2, &quot;%3&quot;).</source>
        <translation>Der Server hat eine Antwort gesendet, die Pokee Desktop nicht verarbeiten kann: %1 (HTTP %2, „%3“).</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1 (&quot;%2&quot;).</source>
        <translation>Der Server hat eine Antwort gesendet, die Pokee Desktop nicht verarbeiten kann: %1 („%2“).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). The server asks to wait %1.</source>
        <translation>Zu viele Anfragen (HTTP 429). Der Server bittet darum, %1 zu warten.</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1 (HTTP %2).</source>
        <translation>Der Server hat eine Antwort gesendet, die Pokee Desktop nicht verarbeiten kann: %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The server sent an answer Pokee Desktop cannot use: %1.</source>
        <translation>Der Server hat eine Antwort gesendet, die Pokee Desktop nicht verarbeiten kann: %1.</translation>
    </message>
    <message>
        <source>The connection to the server broke off (%1). Try again; what was already received is kept.</source>
        <translation>Die Verbindung zum Server ist abgebrochen (%1). Versuchen Sie es erneut; bereits Empfangenes bleibt erhalten.</translation>
    </message>
    <message>
        <source>The session stayed busy with another turn; your message was not sent. Send it again once that turn has ended.</source>
        <translation>Die Sitzung war weiterhin mit einer anderen Gesprächsrunde beschäftigt; Ihre Nachricht wurde nicht gesendet. Senden Sie sie erneut, sobald diese Gesprächsrunde beendet ist.</translation>
    </message>
    <message>
        <source>The session stayed busy with another turn (%1); your message was not sent. Send it again once that turn has ended.</source>
        <translation>Die Sitzung war weiterhin mit einer anderen Gesprächsrunde beschäftigt (%1); Ihre Nachricht wurde nicht gesendet. Senden Sie sie erneut, sobald diese Gesprächsrunde beendet ist.</translation>
    </message>
    <message>
        <source>This session is busy with another turn (HTTP 409: %1). Wait for it to finish or follow it.</source>
        <translation>Diese Sitzung ist mit einer anderen Gesprächsrunde beschäftigt (HTTP 409: %1). Warten Sie, bis sie fertig ist, oder verfolgen Sie sie.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>it is compressed to inflate far past any real answer (a compression bomb), so it was not read</source>
        <translation>sie würde sich beim Entpacken weit über jede echte Antwort hinaus aufblähen (eine Kompressionsbombe) und wurde daher nicht gelesen</translation>
    </message>
    <message>
        <source>its headers are too large or malformed to be read</source>
        <translation>ihre Header sind zu groß oder fehlerhaft und können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BlockDocument</name>
    <message>
        <source>answered</source>
        <extracomment>The state of a tool call the app answers, after &quot;Your tool X was called —&quot;</extracomment>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>answered with an error</source>
        <translation>mit einem Fehler beantwortet</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>wartet auf Sie</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Heading of the user&apos;s own message in the transcript</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>running…</source>
        <extracomment>The state of a tool the agent runs, after &quot;Tool X —&quot;: running, waiting, failed or done</extracomment>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>waiting for its result</source>
        <translation>wartet auf das Ergebnis</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>tool state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>done</source>
        <comment>tool state</comment>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>Heading: the arguments the agent passed to the tool</extracomment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>tool output heading</comment>
        <extracomment>Heading: what the tool returned (an error, or its result)</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>tool output heading</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Your tool %1 was called</source>
        <translation>Ihr Tool %1 wurde aufgerufen</translation>
    </message>
    <message>
        <source>Open in the tool-call inbox</source>
        <translation>Im Posteingang für Tool-Aufrufe öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Completed · %1 tokens (%2 in, %3 out)</source>
        <extracomment>The turn&apos;s usage: total tokens (the plural form follows it), tokens in and out</extracomment>
        <translation>
            <numerusform>Abgeschlossen · %1 Token (%2 Eingabe, %3 Ausgabe)</numerusform>
            <numerusform>Abgeschlossen · %1 Tokens (%2 Eingabe, %3 Ausgabe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled — the partial answer above is kept and not billed.</source>
        <translation>Abgebrochen – die Teilantwort oben bleibt erhalten und wird nicht berechnet.</translation>
    </message>
    <message>
        <source>The turn failed: %1</source>
        <translation>Die Gesprächsrunde ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>An event this version does not know (%1):</source>
        <translation>Ein Ereignis, das diese Version nicht kennt (%1):</translation>
    </message>
    <message>
        <source>not answered — the turn ended without it</source>
        <translation>nicht beantwortet – die Gesprächsrunde endete ohne Antwort</translation>
    </message>
    <message>
        <source>not answered — the turn was cancelled</source>
        <extracomment>After &quot;Your tool X was called —&quot;: the user cancelled the turn before answering</extracomment>
        <translation>nicht beantwortet – die Gesprächsrunde wurde abgebrochen</translation>
    </message>
    <message>
        <source>cancelled before its result</source>
        <translation>vor dem Ergebnis abgebrochen</translation>
    </message>
    <message>
        <source>no result: the turn ended</source>
        <translation>kein Ergebnis: Gesprächsrunde beendet</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Commands:</source>
        <extracomment>Heading of the command table of pokee help</extracomment>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>pokee help COMMAND, or pokee COMMAND --help: that command&apos;s arguments and options.</source>
        <extracomment>Keep pokee help COMMAND and pokee COMMAND --help as they are: they are commands.</extracomment>
        <translation>pokee help COMMAND oder pokee COMMAND --help: Argumente und Optionen dieses Befehls.</translation>
    </message>
    <message>
        <source>Server and key: --api URL (key from POKEE_KEY), else --profile NAME, else POKEE_API +
POKEE_KEY when both are set, else the default profile (its key in the system keychain).
A key is never taken from the command line.
</source>
        <extracomment>Keep --api, --profile, POKEE_API and POKEE_KEY as they are.</extracomment>
        <translation>Server und Schlüssel: --api URL (Schlüssel aus POKEE_KEY), sonst --profile NAME, sonst POKEE_API +
POKEE_KEY, wenn beide gesetzt sind, sonst das Standardprofil (Schlüssel im Schlüsselbund des Systems).
Ein Schlüssel wird nie von der Befehlszeile übernommen.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 completed, 3 cancelled, 4 the turn ended in message.error,
2 usage error, 1 any other failure.
</source>
        <extracomment>Keep message.error as it is: it is the name of an event.</extracomment>
        <translation>Exit-Codes: 0 abgeschlossen, 3 abgebrochen, 4 die Gesprächsrunde endete mit message.error,
2 Aufruffehler, 1 jeder andere Fehler.
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>The first line of a help: %1 is how a command line is written (pokee get SID PATH), kept in English</extracomment>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Command-line client for the Pokee Enterprise API.</source>
        <translation>Befehlszeilen-Client für die Pokee Enterprise API.</translation>
    </message>
    <message>
        <source>Global options (every command takes them):</source>
        <translation>Globale Optionen (für jeden Befehl):</translation>
    </message>
    <message>
        <source>Options:</source>
        <extracomment>Heading of a command&apos;s options in pokee help COMMAND</extracomment>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>pokee: unknown command or wrong arguments.</source>
        <translation>pokee: unbekannter Befehl oder falsche Argumente.</translation>
    </message>
    <message>
        <source>pokee: there is no command “%1”; pokee help lists them.</source>
        <extracomment>%1 is what the user typed as a command name</extracomment>
        <translation>pokee: Es gibt keinen Befehl „%1“; pokee help listet alle auf.</translation>
    </message>
    <message>
        <source>Every command also takes the global options (--api, --profile, --json, --journal); pokee help describes them.</source>
        <extracomment>Keep the option names and pokee help as they are.</extracomment>
        <translation>Jeder Befehl akzeptiert außerdem die globalen Optionen (--api, --profile, --json, --journal); pokee help beschreibt sie.</translation>
    </message>
</context>
<context>
    <name>CliInbox</name>
    <message>
        <source>pokee: this command needs a journal: use a profile (pokee profiles add), or --journal FILE</source>
        <translation>pokee: Dieser Befehl benötigt ein Journal: Verwenden Sie ein Profil (pokee profiles add) oder --journal FILE</translation>
    </message>
    <message>
        <source>No tool calls are waiting.</source>
        <translation>Es warten keine Tool-Aufrufe.</translation>
    </message>
    <message>
        <source>Answer one with: pokee tool-result SID CALL_ID OUTPUT</source>
        <extracomment>Keep the command as it is; SID, CALL_ID and OUTPUT are what the user fills in.</extracomment>
        <translation>Beantworten Sie einen mit: pokee tool-result SID CALL_ID OUTPUT</translation>
    </message>
    <message>
        <source>pokee: %1 --all-profiles reads each profile&apos;s own journal; it does not take --journal.</source>
        <extracomment>%1 is the command (inbox, search)</extracomment>
        <translation>pokee: %1 --all-profiles liest das Journal jedes einzelnen Profils; --journal ist dabei nicht möglich.</translation>
    </message>
    <message>
        <source>pokee: %1 --journal FILE needs the profile its turns were written for: --profile NAME, --api URL, or POKEE_API and POKEE_KEY.</source>
        <extracomment>%1 is the command (inbox, search)</extracomment>
        <translation>pokee: %1 --journal FILE benötigt das Profil, für das die Gesprächsrunden darin aufgezeichnet wurden: --profile NAME, --api URL oder POKEE_API und POKEE_KEY.</translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>pokee: %1 is not valid UTF-8 (near byte %2); nothing was sent. Convert it to UTF-8 first.</source>
        <extracomment>%1 names the argument (the message, an output), %2 is a byte offset</extracomment>
        <translation>pokee: %1 ist kein gültiges UTF-8 (bei Byte %2); es wurde nichts gesendet. Wandeln Sie es zuerst in UTF-8 um.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>pokee: cannot read %1: %2</source>
        <translation>pokee: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>pokee: %1 holds more than %2 MiB; nothing was sent.</source>
        <translation>pokee: %1 enthält mehr als %2 MiB; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>pokee: --after takes a whole number</source>
        <translation>pokee: --after erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>pokee: --interval takes a number of seconds (at least 0.1)</source>
        <translation>pokee: --interval erwartet eine Anzahl Sekunden (mindestens 0.1)</translation>
    </message>
    <message>
        <source>pokee: --key is not accepted: a command line is visible to every user of the machine. Set POKEE_KEY, or add a profile (pokee profiles add NAME --url URL reads the key from standard input).</source>
        <translation>pokee: --key ist nicht zulässig: Eine Befehlszeile ist für alle Benutzer des Rechners sichtbar. Setzen Sie POKEE_KEY oder legen Sie ein Profil an (pokee profiles add NAME --url URL liest den Schlüssel von der Standardeingabe).</translation>
    </message>
    <message>
        <source>pokee: profiles add takes the address as --url; its key comes from standard input.</source>
        <translation>pokee: profiles add erwartet die Adresse als --url; der Schlüssel kommt von der Standardeingabe.</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>pokee help lists the commands and their options.</source>
        <translation>pokee help listet die Befehle und ihre Optionen auf.</translation>
    </message>
    <message>
        <source>pokee: %1 does not take %2; see pokee help %1</source>
        <extracomment>%1 is a command (get, sessions create), %2 an option (--ephemeral)</extracomment>
        <translation>pokee: %1 kennt die Option %2 nicht; siehe pokee help %1</translation>
    </message>
    <message>
        <source>pokee: --limit takes a whole number above 0</source>
        <translation>pokee: --limit erwartet eine ganze Zahl über 0</translation>
    </message>
</context>
<context>
    <name>CliMcp</name>
    <message>
        <source>pokee: %1 has not been run before (or its definition changed). It would run, with your rights:</source>
        <translation>pokee: %1 wurde noch nie gestartet (oder seine Definition hat sich geändert). Es würde mit Ihren Rechten ausgeführt:</translation>
    </message>
    <message>
        <source>pokee: not run. Run it again with --yes to approve this command line.</source>
        <translation>pokee: nicht gestartet. Rufen Sie es erneut mit --yes auf, um diese Befehlszeile freizugeben.</translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation>Starten? [y/N] </translation>
    </message>
    <message>
        <source>pokee: not run.</source>
        <translation>pokee: nicht gestartet.</translation>
    </message>
    <message>
        <source>pokee: %1&apos;s %2 is not in the keychain; give it with: pokee mcp secret %1 %2</source>
        <translation>pokee: %2 von %1 ist nicht im Schlüsselbund; hinterlegen Sie den Wert mit: pokee mcp secret %1 %2</translation>
    </message>
    <message>
        <source>No MCP servers. Add one with pokee mcp add NAME -- COMMAND ARGS…, or pokee mcp import claude.</source>
        <translation>Keine MCP-Server vorhanden. Fügen Sie einen mit pokee mcp add NAME -- BEFEHL ARGUMENTE… oder mit pokee mcp import claude hinzu.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>noch nicht freigegeben</translation>
    </message>
    <message>
        <source>pokee: %1: %2</source>
        <translation>pokee: %1: %2</translation>
    </message>
    <message>
        <source>pokee: the keychain did not take %1&apos;s %2: %3. Nothing was imported.</source>
        <translation>pokee: Der Schlüsselbund hat %2 von %1 nicht angenommen: %3. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>pokee: %n secret value(s) went to the keychain, not into %1.</source>
        <translation>
            <numerusform>pokee: %n geheimer Wert wurde im Schlüsselbund gespeichert, nicht in %1.</numerusform>
            <numerusform>pokee: %n geheime Werte wurden im Schlüsselbund gespeichert, nicht in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works: %2 %3, MCP %4, %n tool(s)</source>
        <translation>
            <numerusform>%1 funktioniert: %2 %3, MCP %4, %n Tool</numerusform>
            <numerusform>%1 funktioniert: %2 %3, MCP %4, %n Tools</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>kann Daten ändern oder löschen</translation>
    </message>
    <message>
        <source>changes things</source>
        <translation>nimmt Änderungen vor</translation>
    </message>
    <message>
        <source>pokee: mcp add NAME -- COMMAND ARGS…, or mcp add NAME --url URL</source>
        <translation>pokee: mcp add NAME -- BEFEHL ARGUMENTE… oder mcp add NAME --url URL</translation>
    </message>
    <message>
        <source>Added %1. pokee mcp test %1 starts it (after asking).</source>
        <translation>%1 hinzugefügt. pokee mcp test %1 startet ihn (nach Rückfrage).</translation>
    </message>
    <message>
        <source>pokee: there is no MCP server named “%1” (see pokee mcp list)</source>
        <translation>pokee: Es gibt keinen MCP-Server namens „%1“ (siehe pokee mcp list)</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets.</source>
        <translation>%1 und seine geheimen Werte wurden entfernt.</translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%1 für %2: </translation>
    </message>
    <message>
        <source>pokee: no value came on standard input</source>
        <translation>pokee: Über die Standardeingabe kam kein Wert.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is in the keychain.</source>
        <translation>%2 von %1 liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>pokee: see pokee help mcp</source>
        <translation>pokee: siehe pokee help mcp</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Some tools changed since the last import (CHANGED above). Use them in new sessions? [y/N] </source>
        <translation>Einige Tools haben sich seit dem letzten Import geändert (oben GEÄNDERT). In neuen Sitzungen verwenden? [y/N] </translation>
    </message>
    <message>
        <source>pokee: nothing imported; the library keeps the tools as they were (--yes takes the changes).</source>
        <translation>pokee: nichts importiert; die Bibliothek behält die Tools, wie sie waren (--yes übernimmt die Änderungen).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) of %1 into %2.</source>
        <translation>
            <numerusform>%n Tool von %1 in %2 importiert.</numerusform>
            <numerusform>%n Tools von %1 in %2 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <source>pokee: --where is prompts, answers or tools, not %1.</source>
        <translation>pokee: --where muss prompts, answers oder tools sein, nicht %1.</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n older turn(s) of %1 first…</source>
        <translation>
            <numerusform>%n ältere Gesprächsrunde von %1 wird zuerst indiziert…</numerusform>
            <numerusform>%n ältere Gesprächsrunden von %1 werden zuerst indiziert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>Keine Treffer für %1.</translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>pokee: cannot read %1: %2</source>
        <translation>pokee: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>pokee: the tool library does not read; mend or remove %1.</source>
        <translation>pokee: Die Tool-Bibliothek ist nicht lesbar; reparieren oder entfernen Sie %1.</translation>
    </message>
    <message>
        <source>The tool library is empty: pokee tools import FILE adds tools.</source>
        <translation>Die Tool-Bibliothek ist leer: pokee tools import FILE fügt Tools hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) into %1.</source>
        <translation>
            <numerusform>%n Tool in %1 importiert.</numerusform>
            <numerusform>%n Tools in %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) into %1 (replaced: %2).</source>
        <extracomment>%2 lists the names of the tools the import replaced</extracomment>
        <translation>
            <numerusform>%n Tool in %1 importiert (ersetzt: %2).</numerusform>
            <numerusform>%n Tools in %1 importiert (ersetzt: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: cannot write %1: %2</source>
        <translation>pokee: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tool(s) to %1.</source>
        <translation>
            <numerusform>%n Tool nach %1 exportiert.</numerusform>
            <numerusform>%n Tools nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: the tool library has no tool named %1.</source>
        <translation>pokee: Die Tool-Bibliothek enthält kein Tool namens %1.</translation>
    </message>
    <message>
        <source>Removed %1 from the tool library.</source>
        <translation>%1 wurde aus der Tool-Bibliothek entfernt.</translation>
    </message>
    <message>
        <source>pokee: give --tools FILE or --library NAMES, not both.</source>
        <translation>pokee: Geben Sie --tools FILE oder --library NAMES an, nicht beides.</translation>
    </message>
    <message>
        <source>pokee: the tool library has no %1 (pokee tools list shows what it has).</source>
        <extracomment>%1 lists the tool names asked for that the library does not have</extracomment>
        <translation>pokee: Nicht in der Tool-Bibliothek: %1 (pokee tools list zeigt, was sie enthält).</translation>
    </message>
    <message>
        <source>  [MCP: %1/%2, %3]</source>
        <translation>  [MCP: %1/%2, %3]</translation>
    </message>
    <message>
        <source>pokee: the approval is ask, session or always, not %1.</source>
        <translation>pokee: Die Freigabe muss ask, session oder always sein, nicht %1.</translation>
    </message>
    <message>
        <source>%1 asks before every call runs on its MCP server.</source>
        <translation>%1 fragt vor jedem Aufruf auf seinem MCP-Server nach.</translation>
    </message>
    <message>
        <source>%1 asks once in each session, then runs on its MCP server.</source>
        <translation>%1 fragt einmal pro Sitzung nach und läuft dann auf seinem MCP-Server.</translation>
    </message>
    <message>
        <source>%1 runs on its MCP server without asking.</source>
        <translation>%1 läuft ohne Rückfrage auf seinem MCP-Server.</translation>
    </message>
    <message>
        <source>  CHANGED on the server: pokee tools import --mcp %1 shows it</source>
        <translation>  auf dem Server GEÄNDERT: pokee tools import --mcp %1 zeigt die Änderungen</translation>
    </message>
</context>
<context>
    <name>CliVerbs</name>
    <message>
        <source>Base URL of the API (default: $POKEE_API).</source>
        <extracomment>Help of the pokee command line. Keep option names (--path), literal values and command names (send, profiles list) as they are.</extracomment>
        <translation>Basis-URL der API (Standard: $POKEE_API).</translation>
    </message>
    <message>
        <source>Use this saved profile (see profiles list).</source>
        <translation>Dieses gespeicherte Profil verwenden (siehe profiles list).</translation>
    </message>
    <message>
        <source>Print NDJSON, one object per line.</source>
        <translation>NDJSON ausgeben, ein Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>SQLite journal for send, resume and transcript.</source>
        <translation>SQLite-Journal für send, resume und transcript.</translation>
    </message>
    <message>
        <source>Not accepted: set POKEE_KEY, or add a profile (its key read from standard input).</source>
        <translation>Nicht zulässig: Setzen Sie POKEE_KEY oder legen Sie ein Profil an (der Schlüssel wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Show this overview, or with a command (pokee get --help), that command&apos;s help.</source>
        <translation>Diese Übersicht anzeigen oder, mit einem Befehl (pokee get --help), die Hilfe zu diesem Befehl.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Start after this sequence number.</source>
        <translation>Nach dieser Sequenznummer beginnen.</translation>
    </message>
    <message>
        <source>Print each event exactly as parsed: {&quot;id&quot;, &quot;event&quot;, &quot;data&quot;}.</source>
        <extracomment>{&quot;id&quot;, &quot;event&quot;, &quot;data&quot;} are JSON field names: keep them as they are.</extracomment>
        <translation>Jedes Ereignis genau so ausgeben, wie es gelesen wurde: {&quot;id&quot;, &quot;event&quot;, &quot;data&quot;}.</translation>
    </message>
    <message>
        <source>Stop at the end of the first connection.</source>
        <translation>Nach der ersten Verbindung beenden.</translation>
    </message>
    <message>
        <source>The output is an error.</source>
        <translation>Die Ausgabe ist ein Fehler.</translation>
    </message>
    <message>
        <source>Read the text from this file instead of the argument (or give - as the argument for standard input).</source>
        <translation>Den Text aus dieser Datei statt aus dem Argument lesen (oder - als Argument für die Standardeingabe).</translation>
    </message>
    <message>
        <source>A folder of the workspace (default: the workspace itself).</source>
        <translation>Ein Ordner im Arbeitsbereich (Standard: der Arbeitsbereich selbst).</translation>
    </message>
    <message>
        <source>The file to write, or for get also the folder to save into.</source>
        <translation>Die zu schreibende Datei, bei get auch der Ordner, in den gespeichert wird.</translation>
    </message>
    <message>
        <source>The whole folder (--path, or the workspace), recursively.</source>
        <translation>Den ganzen Ordner (--path oder den Arbeitsbereich) rekursiv.</translation>
    </message>
    <message>
        <source>Start over instead of going on from a cut download&apos;s part file.</source>
        <translation>Neu beginnen, statt einen abgebrochenen Download aus seiner Teildatei fortzusetzen.</translation>
    </message>
    <message>
        <source>Only sessions idle this long (30m, 1h, 2d).</source>
        <translation>Nur Sitzungen, die mindestens so lange inaktiv sind (30m, 1h, 2d).</translation>
    </message>
    <message>
        <source>Show what would go, delete nothing.</source>
        <translation>Nur anzeigen, was gelöscht würde; nichts löschen.</translation>
    </message>
    <message>
        <source>Not persistent (destroyed 5 minutes after its last answer).</source>
        <translation>Nicht dauerhaft (wird 5 Minuten nach der letzten Antwort gelöscht).</translation>
    </message>
    <message>
        <source>Lifetime: seconds (3600) or 30m, 1h, 2d.</source>
        <translation>Lebensdauer: Sekunden (3600) oder 30m, 1h, 2d.</translation>
    </message>
    <message>
        <source>A JSON file with the tools array.</source>
        <translation>Eine JSON-Datei mit dem Tool-Array.</translation>
    </message>
    <message>
        <source>Tools from the tool library, by name (a,b) or all.</source>
        <translation>Tools aus der Tool-Bibliothek, nach Namen (a,b) oder all.</translation>
    </message>
    <message>
        <source>auto, none, required, or a JSON object.</source>
        <extracomment>auto, none and required are values of the option: keep them in English.</extracomment>
        <translation>auto, none, required oder ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Answer the tool calls by this rules file, until the final answer.</source>
        <translation>Tool-Aufrufe bis zur endgültigen Antwort anhand dieser Regeldatei beantworten.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 3).</source>
        <translation>Sekunden zwischen zwei Abfragen (Standard: 3).</translation>
    </message>
    <message>
        <source>The server&apos;s base URL.</source>
        <translation>Die Basis-URL des Servers.</translation>
    </message>
    <message>
        <source>system (default), none, or HOST:PORT.</source>
        <extracomment>system and none are values of the option: keep them in English.</extracomment>
        <translation>system (Standard), none oder HOST:PORT.</translation>
    </message>
    <message>
        <source>An extra CA certificate (PEM or DER) to trust.</source>
        <translation>Ein zusätzliches vertrauenswürdiges CA-Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>The nested (Chat Completions) shape.</source>
        <translation>Die verschachtelte Form (Chat Completions).</translation>
    </message>
    <message>
        <source>Save a server; its key is read from standard input</source>
        <extracomment>One line of the command table of pokee help, beside the command it describes.</extracomment>
        <translation>Einen Server speichern; der Schlüssel wird von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <source>The saved profiles and where their keys are</source>
        <translation>Die gespeicherten Profile und wo ihre Schlüssel liegen</translation>
    </message>
    <message>
        <source>Forget a saved profile and its key</source>
        <translation>Ein gespeichertes Profil und seinen Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Check that the server accepts the key</source>
        <translation>Prüfen, ob der Server den Schlüssel annimmt</translation>
    </message>
    <message>
        <source>The profile used when none is named</source>
        <translation>Das Profil, das verwendet wird, wenn keines angegeben ist</translation>
    </message>
    <message>
        <source>Sessions of this profile and of the server</source>
        <translation>Sitzungen dieses Profils und des Servers</translation>
    </message>
    <message>
        <source>Create a session and print its id</source>
        <translation>Eine Sitzung anlegen und ihre ID ausgeben</translation>
    </message>
    <message>
        <source>A session, from the server and the journal</source>
        <translation>Eine Sitzung, laut Server und Journal</translation>
    </message>
    <message>
        <source>Delete a session on the server</source>
        <translation>Eine Sitzung auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete idle sessions (after a preview)</source>
        <translation>Inaktive Sitzungen löschen (nach Vorschau)</translation>
    </message>
    <message>
        <source>Print a session&apos;s metadata until it is idle</source>
        <translation>Die Metadaten einer Sitzung ausgeben, bis sie inaktiv ist</translation>
    </message>
    <message>
        <source>Send a message and follow the answer</source>
        <translation>Eine Nachricht senden und die Antwort verfolgen</translation>
    </message>
    <message>
        <source>Print a turn&apos;s events, resuming after a cut</source>
        <translation>Die Ereignisse einer Gesprächsrunde ausgeben und nach einem Abbruch fortsetzen</translation>
    </message>
    <message>
        <source>Cancel a running turn</source>
        <translation>Eine laufende Gesprächsrunde abbrechen</translation>
    </message>
    <message>
        <source>Answer a tool call</source>
        <translation>Einen Tool-Aufruf beantworten</translation>
    </message>
    <message>
        <source>A workspace folder: name, size, modified</source>
        <translation>Ein Ordner im Arbeitsbereich: Name, Größe, Änderungsdatum</translation>
    </message>
    <message>
        <source>Download a file, never overwriting one</source>
        <translation>Eine Datei herunterladen, ohne vorhandene Dateien zu überschreiben</translation>
    </message>
    <message>
        <source>A whole folder, recursively, under DIR</source>
        <translation>Einen ganzen Ordner rekursiv nach DIR herunterladen</translation>
    </message>
    <message>
        <source>Check a rules file (errors: line and column)</source>
        <translation>Eine Regeldatei prüfen (Fehler mit Zeile und Spalte)</translation>
    </message>
    <message>
        <source>What the rules answered for this profile</source>
        <translation>Die Antworten der Regeln für dieses Profil</translation>
    </message>
    <message>
        <source>The tool library, shared with the app</source>
        <translation>Die Tool-Bibliothek (gemeinsam mit der App)</translation>
    </message>
    <message>
        <source>Add or replace tools (either OpenAI shape)</source>
        <translation>Tools hinzufügen oder ersetzen (in einer der beiden OpenAI-Formen)</translation>
    </message>
    <message>
        <source>The library as JSON, flat or nested shape</source>
        <translation>Die Bibliothek als JSON, flach oder verschachtelt</translation>
    </message>
    <message>
        <source>Remove a tool from the library</source>
        <translation>Ein Tool aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>A stateless answer (/v1/responses)</source>
        <translation>Eine zustandslose Antwort (/v1/responses)</translation>
    </message>
    <message>
        <source>Finish the turns a killed run left open</source>
        <translation>Die Gesprächsrunden abschließen, die ein abgebrochener Aufruf offen gelassen hat</translation>
    </message>
    <message>
        <source>Print a session&apos;s journaled events</source>
        <translation>Die Ereignisse einer Sitzung aus dem Journal ausgeben</translation>
    </message>
    <message>
        <source>This overview, or a command&apos;s options</source>
        <translation>Diese Übersicht oder die Optionen eines Befehls</translation>
    </message>
    <message>
        <source>Every saved profile&apos;s journal, and the environment&apos;s when POKEE_API and POKEE_KEY are set.</source>
        <extracomment>POKEE_API and POKEE_KEY are environment variables: keep them as they are.</extracomment>
        <translation>Das Journal jedes gespeicherten Profils und das der Umgebung, wenn POKEE_API und POKEE_KEY gesetzt sind.</translation>
    </message>
    <message>
        <source>Go on watching for each session&apos;s next turn, until Ctrl+C.</source>
        <translation>Weiter auf die nächste Gesprächsrunde jeder Sitzung warten (bis Strg+C).</translation>
    </message>
    <message>
        <source>Follow several sessions&apos; running turns at once</source>
        <translation>Die laufenden Gesprächsrunden mehrerer Sitzungen gleichzeitig verfolgen</translation>
    </message>
    <message>
        <source>Tool calls waiting for an answer, and the time left</source>
        <translation>Tool-Aufrufe, die auf eine Antwort warten, und die verbleibende Zeit</translation>
    </message>
    <message>
        <source>Approve the server&apos;s command line (still printed) without asking.</source>
        <translation>Die Befehlszeile des Servers (weiterhin ausgegeben) ohne Rückfrage freigeben.</translation>
    </message>
    <message>
        <source>Your MCP servers, and whether each was approved to run</source>
        <translation>Ihre MCP-Server und ob jeder zum Start freigegeben ist</translation>
    </message>
    <message>
        <source>Add (or change) an MCP server</source>
        <translation>Einen MCP-Server hinzufügen (oder ändern)</translation>
    </message>
    <message>
        <source>Import servers as Claude Desktop, Cursor or VS Code has them; secrets go to the keychain</source>
        <translation>Server aus Claude Desktop, Cursor oder VS Code importieren; geheime Werte kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Forget an MCP server and its secrets</source>
        <translation>Einen MCP-Server und seine geheimen Werte entfernen</translation>
    </message>
    <message>
        <source>Put a server&apos;s secret (read from standard input) in the keychain</source>
        <translation>Einen geheimen Wert eines Servers (von der Standardeingabe gelesen) im Schlüsselbund ablegen</translation>
    </message>
    <message>
        <source>Start a server (after approving its command line) and say what it offers</source>
        <translation>Einen Server starten (nach Freigabe seiner Befehlszeile) und anzeigen, was er anbietet</translation>
    </message>
    <message>
        <source>A server&apos;s tools, with their (untrusted) hints</source>
        <translation>Die Tools eines Servers mit ihren (nicht vertrauenswürdigen) Hinweisen</translation>
    </message>
    <message>
        <source>The MCP server whose tools to import (see pokee mcp list).</source>
        <translation>Der MCP-Server, dessen Tools importiert werden (siehe pokee mcp list).</translation>
    </message>
    <message>
        <source>Add or update an MCP server&apos;s tools; a changed one is shown and asked about</source>
        <translation>Die Tools eines MCP-Servers hinzufügen oder aktualisieren; bei geänderten Tools wird nachgefragt</translation>
    </message>
    <message>
        <source>Whether an MCP tool asks before every call, once per session, or never</source>
        <translation>Ob ein MCP-Tool vor jedem Aufruf, einmal pro Sitzung oder nie nachfragt</translation>
    </message>
    <message>
        <source>Only this session.</source>
        <translation>Nur diese Sitzung.</translation>
    </message>
    <message>
        <source>Only in prompts, answers (with thinking) or tools (calls and results).</source>
        <extracomment>prompts, answers and tools are values of the option: keep them in English.</extracomment>
        <translation>Nur in prompts (Eingaben), answers (Antworten mit Denkprozess) oder tools (Aufrufe und Ergebnisse).</translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation>Höchstens so viele Ergebnisse (Standard: 20).</translation>
    </message>
    <message>
        <source>Find words in every session&apos;s turns, offline (&quot;a phrase&quot;, prefix*)</source>
        <translation>Wörter in den Gesprächsrunden aller Sitzungen suchen, offline (&quot;genaue Wortgruppe&quot;, Präfix*)</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <source>The server&apos;s answer is not a list of files.</source>
        <translation>Die Antwort des Servers ist keine Dateiliste.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 Check that the disk has space and the file is writable.</source>
        <extracomment>%1 is a sentence that says what the local journal could not do, such as &quot;The local journal could not save a session (disk I/O error).&quot;</extracomment>
        <translation>%1 Prüfen Sie, ob auf dem Datenträger genug Platz ist und die Datei beschreibbar ist.</translation>
    </message>
    <message>
        <source>The local journal could not be updated (%1).</source>
        <translation>Das lokale Journal konnte nicht aktualisiert werden (%1).</translation>
    </message>
    <message>
        <source>The local journal could not be opened at %1 (%2).</source>
        <translation>Das lokale Journal konnte nicht unter %1 geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The local journal could not be read by this version of Pokee Desktop (%1).</source>
        <translation>Das lokale Journal kann von dieser Version von Pokee Desktop nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The local journal could not start a transaction (%1).</source>
        <translation>Das lokale Journal konnte keine Transaktion starten (%1).</translation>
    </message>
    <message>
        <source>The local journal could not save a session (%1).</source>
        <translation>Das lokale Journal konnte eine Sitzung nicht speichern (%1).</translation>
    </message>
    <message>
        <source>The local journal could not rename a session (%1).</source>
        <translation>Das lokale Journal konnte eine Sitzung nicht umbenennen (%1).</translation>
    </message>
    <message>
        <source>The local journal could not save a session&apos;s state (%1).</source>
        <translation>Das lokale Journal konnte den Zustand einer Sitzung nicht speichern (%1).</translation>
    </message>
    <message>
        <source>The local journal could not mark a session read (%1).</source>
        <translation>Das lokale Journal konnte eine Sitzung nicht als gelesen markieren (%1).</translation>
    </message>
    <message>
        <source>The local journal could not forget a session (%1).</source>
        <translation>Das lokale Journal konnte eine Sitzung nicht entfernen (%1).</translation>
    </message>
    <message>
        <source>The local journal could not record the new turn (%1).</source>
        <translation>Das lokale Journal konnte die neue Gesprächsrunde nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>The local journal could not record the response id (%1).</source>
        <translation>Das lokale Journal konnte die Antwort-ID nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>The local journal could not record the turn&apos;s state (%1).</source>
        <translation>Das lokale Journal konnte den Zustand der Gesprächsrunde nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>The local journal could not close the turn (%1).</source>
        <translation>Das lokale Journal konnte die Gesprächsrunde nicht abschließen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The local journal could not store %n event(s) (%1).</source>
        <translation>
            <numerusform>Das lokale Journal konnte %n Ereignis nicht speichern (%1).</numerusform>
            <numerusform>Das lokale Journal konnte %n Ereignisse nicht speichern (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The local journal could not record the turn&apos;s progress (%1).</source>
        <translation>Das lokale Journal konnte den Fortschritt der Gesprächsrunde nicht aufzeichnen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The local journal could not commit %n event(s) (%1).</source>
        <translation>
            <numerusform>Das lokale Journal konnte %n Ereignis nicht festschreiben (%1).</numerusform>
            <numerusform>Das lokale Journal konnte %n Ereignisse nicht festschreiben (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The local journal could not save a turn&apos;s display events (%1).</source>
        <translation>Das lokale Journal konnte die Anzeigeereignisse einer Gesprächsrunde nicht speichern (%1).</translation>
    </message>
    <message>
        <source>There is no journal at %1. Check the path.</source>
        <translation>Unter %1 gibt es kein Journal. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The local journal at %1 could not be read (%2).</source>
        <translation>Das lokale Journal unter %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The journal at %1 was written by an older version of Pokee Desktop and is read-only here: open it once where it can be written, to bring it up to date.</source>
        <translation>Das Journal unter %1 stammt von einer älteren Version von Pokee Desktop und ist hier schreibgeschützt: Öffnen Sie es einmal mit Schreibzugriff, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 The file is not a Pokee journal or is damaged: move it away and a new one is started (the server keeps the sessions).</source>
        <extracomment>%1 is a sentence that says what the local journal could not do and why</extracomment>
        <translation>%1 Die Datei ist kein Pokee-Journal oder ist beschädigt: Verschieben Sie sie, dann wird ein neues angelegt (der Server behält die Sitzungen).</translation>
    </message>
    <message>
        <source>%1 Another Pokee program kept the journal busy for too long; try again.</source>
        <translation>%1 Ein anderes Pokee-Programm hat das Journal zu lange belegt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 Update Pokee Desktop to use it.</source>
        <translation>%1 Aktualisieren Sie Pokee Desktop, um es zu verwenden.</translation>
    </message>
    <message>
        <source>The local journal&apos;s search index could not be opened (%1).</source>
        <translation>Der Suchindex des lokalen Journals konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The local journal could not index older turns (%1).</source>
        <translation>Das lokale Journal konnte ältere Gesprächsrunden nicht indizieren (%1).</translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain holds no key for the profile “%1”.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für das Profil „%1“.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Start your desktop&apos;s keyring (GNOME Keyring, KWallet) or use the key for this run only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring, KWallet) oder verwenden Sie den Schlüssel nur für diesen Start.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again, or use the key for this run only.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut oder verwenden Sie den Schlüssel nur für diesen Start.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>%1: the %2 %3 is asked for when the server is used (VS Code&apos;s ${input:…}): give it with pokee mcp secret %1 %3, or in Tools → MCP servers</source>
        <translation>%1: %2 %3 wird bei Verwendung des Servers abgefragt (${input:…} von VS Code): Geben Sie den Wert mit pokee mcp secret %1 %3 an oder unter Extras → MCP-Server</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>no servers in it: expected &quot;mcpServers&quot; (Claude Desktop, Cursor, Cline) or &quot;servers&quot; (VS Code)</source>
        <translation>enthält keine Server: erwartet wird &quot;mcpServers&quot; (Claude Desktop, Cursor, Cline) oder &quot;servers&quot; (VS Code)</translation>
    </message>
    <message>
        <source>“%1” is named “%2” here (letters, digits, _ and - only)</source>
        <translation>„%1“ heißt hier „%2“ (nur Buchstaben, Ziffern, _ und -)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>der Header</translation>
    </message>
    <message>
        <source>%1: neither a command nor a url; not imported</source>
        <translation>%1: weder ein Befehl noch eine URL; nicht importiert</translation>
    </message>
    <message>
        <source>%1: its command line or address asks for an ${input:…}, which only VS Code can fill in; edit it here</source>
        <translation>%1: seine Befehlszeile oder Adresse verlangt ein ${input:…}, das nur VS Code ausfüllen kann; bearbeiten Sie sie hier</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>die Variable</translation>
    </message>
    <message>
        <source>%1: its envFile (%2) is not read; add its variables here</source>
        <translation>%1: Die envFile-Datei (%2) wird nicht gelesen; fügen Sie die Variablen daraus hier hinzu</translation>
    </message>
    <message>
        <source>%1: its autoApprove list is not carried over: approvals here are asked once per tool</source>
        <translation>%1: seine autoApprove-Liste wird nicht übernommen: Freigaben werden hier einmal pro Tool erfragt</translation>
    </message>
    <message>
        <source>give the command that starts the server, or its http(s) address</source>
        <translation>geben Sie den Befehl an, der den Server startet, oder seine http(s)-Adresse</translation>
    </message>
    <message>
        <source>line %1 of the headers is not “Name: value”</source>
        <translation>Zeile %1 der Header ist nicht „Name: Wert“</translation>
    </message>
    <message>
        <source>line %1 of the variables is not “NAME=VALUE”</source>
        <translation>Zeile %1 der Variablen ist nicht „NAME=WERT“</translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 ist keine gültige Adresse</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>“%1” cannot name a server: use letters, digits, _ and - (at most 32), as it prefixes its tools&apos; names</source>
        <translation>„%1“ ist als Servername ungeeignet: Verwenden Sie Buchstaben, Ziffern, _ und - (höchstens 32 Zeichen), denn der Name wird den Namen seiner Tools vorangestellt</translation>
    </message>
</context>
<context>
    <name>McpServerStore</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); fix or remove it</source>
        <translation>%1 ist kein gültiges JSON (%2); korrigieren oder entfernen Sie die Datei</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>McpToolImport</name>
    <message>
        <source>%1&apos;s “%2” is “%3” for the agent</source>
        <translation>„%2“ von %1 heißt für den Agenten „%3“</translation>
    </message>
    <message>
        <source>%1 changed, so it asks before running again</source>
        <translation>%1 hat sich geändert und fragt daher vor der Ausführung wieder nach</translation>
    </message>
</context>
<context>
    <name>ProfileRuntime</name>
    <message>
        <source>The rules in %1 are not used: %2</source>
        <translation>Die Regeln in %1 werden nicht verwendet: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>“%1” is not a server address: write it like https://api.example.com.</source>
        <translation>„%1“ ist keine Serveradresse: Geben Sie sie in der Form https://api.example.com an.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a server on this machine).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the key is asked for separately.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg: Der Schlüssel wird gesondert abgefragt.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in profile; choose another.</source>
        <translation>„%1“ ist der Name eines integrierten Profils; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port between 1 and 65535.</source>
        <translation>Ein manueller Proxy benötigt einen Host und einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The profile could not be written to %1.</source>
        <translation>Das Profil konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” was the default profile; the local demo is the default now.</source>
        <translation>„%1“ war das Standardprofil; jetzt ist die lokale Demo der Standard.</translation>
    </message>
    <message>
        <source>“%1” was the default profile; “%2” (%3) is the default now, and it sends the key unencrypted (http). Choose the default yourself if that is not what you want.</source>
        <translation>„%1“ war das Standardprofil; jetzt ist „%2“ (%3) der Standard, und es sendet den Schlüssel unverschlüsselt (http). Legen Sie das Standardprofil selbst fest, wenn Sie das nicht möchten.</translation>
    </message>
    <message>
        <source>“%1” was the default profile; “%2” (%3) is the default now. Choose another if that is not what you want.</source>
        <translation>„%1“ war das Standardprofil; jetzt ist „%2“ (%3) der Standard. Wählen Sie ein anderes, wenn Sie das nicht möchten.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>the message is empty (or only white space); nothing was sent.</source>
        <translation>die Nachricht ist leer (oder enthält nur Leerzeichen); es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ResourceId</name>
    <message>
        <source>the %1 id is empty.</source>
        <extracomment>%1 is the kind of id: session, response, tool call</extracomment>
        <translation>die %1-ID ist leer.</translation>
    </message>
    <message>
        <source>the %1 id “%2” is not an id: a URL would resolve it to another address of the API.</source>
        <extracomment>%1 is the kind of id (session, response, tool call), %2 the id (. or ..)</extracomment>
        <translation>die %1-ID „%2“ ist keine ID: Eine URL würde sie zu einer anderen Adresse der API auflösen.</translation>
    </message>
    <message>
        <source>the request&apos;s address %1 has an empty, “.” or “..” part and would reach another address of the API.</source>
        <translation>die Adresse der Anfrage %1 enthält einen leeren Teil oder „.“ bzw. „..“ und würde eine andere Adresse der API erreichen.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>a rules file is {&quot;rules&quot;: [...]}</source>
        <translation>Eine Regeldatei hat die Form {&quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1: each rule is a JSON object</source>
        <translation>%1: Jede Regel ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: &quot;tool&quot; names a tool, or &quot;*&quot; for any</source>
        <translation>%1: &quot;tool&quot; benennt ein Tool oder &quot;*&quot; für alle</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON pointer (like /location or /items/0)</source>
        <translation>%1: „%2“ ist kein JSON-Pointer (wie /location oder /items/0)</translation>
    </message>
    <message>
        <source>%1: the regex does not compile: %2</source>
        <translation>%1: Der reguläre Ausdruck ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1: a reply rule needs a &quot;template&quot; string</source>
        <translation>%1: Eine reply-Regel benötigt eine Zeichenkette &quot;template&quot;</translation>
    </message>
    <message>
        <source>%1: a command rule needs a &quot;program&quot; (run directly, without a shell)</source>
        <translation>%1: Eine command-Regel benötigt ein &quot;program&quot; (direkt ausgeführt, ohne Shell)</translation>
    </message>
    <message>
        <source>%1: &quot;args&quot; is a list of strings</source>
        <translation>%1: &quot;args&quot; ist eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>%1: &quot;timeout_s&quot; is between 1 and 3600 seconds</source>
        <translation>%1: &quot;timeout_s&quot; liegt zwischen 1 und 3600 Sekunden</translation>
    </message>
    <message>
        <source>%1: an mcp rule needs a &quot;server&quot; (see pokee mcp list)</source>
        <translation>%1: Eine mcp-Regel benötigt einen &quot;server&quot; (siehe pokee mcp list)</translation>
    </message>
    <message>
        <source>%1: &quot;action&quot; is reply, command, mcp or ask (got &quot;%2&quot;)</source>
        <translation>%1: &quot;action&quot; muss reply, command, mcp oder ask sein (erhalten: „%2“)</translation>
    </message>
</context>
<context>
    <name>SafeLocalName</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a link in the download folder: nothing is written through it.</source>
        <translation>%1 ist eine Verknüpfung im Download-Ordner: Darüber wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a file where a folder is needed.</source>
        <translation>%1 ist eine Datei, an dieser Stelle wird aber ein Ordner benötigt.</translation>
    </message>
    <message>
        <source>%1 would be outside the download folder: not written.</source>
        <translation>%1 läge außerhalb des Download-Ordners und wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>turn %1 could not be indexed</source>
        <translation>Gesprächsrunde %1 konnte nicht indiziert werden</translation>
    </message>
    <message>
        <source>The search could not be run (%1).</source>
        <translation>Die Suche konnte nicht ausgeführt werden (%1).</translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <source>A quote is not closed: close it, or remove it.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen: Schließen oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Type a word to find.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
</context>
<context>
    <name>SessionProgress</name>
    <message>
        <source>just now</source>
        <extracomment>When a session was last active, shown in a narrow list: keep it short</extracomment>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes (abbreviated units)</extracomment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Minutes since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Hours since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Days since a session was last active (abbreviated: the list is narrow)</extracomment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A duration in seconds (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in hours (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>A duration in days (abbreviated unit)</extracomment>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolChoice</name>
    <message>
        <source>“%1” is not a tool choice (%2): use auto, none, required, or {&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: &quot;NAME&quot;}.</source>
        <extracomment>%1 is what the user wrote, %2 why it is not a tool choice. Keep auto, none, required and the JSON as they are.</extracomment>
        <translation>„%1“ ist keine Tool-Auswahl (%2): Verwenden Sie auto, none, required oder {&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: &quot;NAME&quot;}.</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it needs &quot;type&quot;: &quot;function&quot; and a &quot;name&quot;</source>
        <translation>erforderlich sind &quot;type&quot;: &quot;function&quot; und ein &quot;name&quot;</translation>
    </message>
</context>
<context>
    <name>ToolLibrary</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ToolSet</name>
    <message>
        <source>tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>%1: each tool is a JSON object</source>
        <translation>%1: Jedes Tool ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: only &quot;type&quot;: &quot;function&quot; tools are supported</source>
        <translation>%1: Nur Tools mit &quot;type&quot;: &quot;function&quot; werden unterstützt</translation>
    </message>
    <message>
        <source>%1: a name is 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos; (got &quot;%2&quot;)</source>
        <translation>%1: Ein Name besteht aus 1 bis 64 Buchstaben, Ziffern, _ oder - (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1: Der Name „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: &quot;parameters&quot; is a JSON Schema object</source>
        <translation>%1: &quot;parameters&quot; ist ein JSON-Schema-Objekt</translation>
    </message>
    <message>
        <source>%1: the parameters&apos; schema must have &quot;type&quot;: &quot;object&quot;</source>
        <translation>%1: Das Schema der Parameter muss &quot;type&quot;: &quot;object&quot; haben</translation>
    </message>
    <message>
        <source>expected an array of tools, or an object with a &quot;tools&quot; array</source>
        <translation>Erwartet wird ein Array von Tools oder ein Objekt mit einem Array &quot;tools&quot;</translation>
    </message>
</context>
<context>
    <name>TranscriptExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>tool call state</comment>
        <extracomment>The state of a call to one of the user&apos;s tools in an exported transcript</extracomment>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>tool call state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>tool call state</comment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>tool call state</comment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Headings of an exported transcript: the user&apos;s message, then the agent&apos;s answer</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>Denkprozess:</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <extracomment>%1 is the name of a tool the agent ran</extracomment>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <extracomment>What a tool returned, in an exported transcript: an error or its result</extracomment>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Your tool %1</source>
        <extracomment>%1 is the name of one of the user&apos;s own tools, which the agent called</extracomment>
        <translation>Ihr Tool %1</translation>
    </message>
    <message numerus="yes">
        <source>Completed, %Ln token(s).</source>
        <translation>
            <numerusform>Abgeschlossen, %Ln Token.</numerusform>
            <numerusform>Abgeschlossen, %Ln Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unknown event %1:</source>
        <extracomment>%1 is the event&apos;s type, such as `tool_use.start`</extracomment>
        <translation>Unbekanntes Ereignis %1:</translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message numerus="yes">
        <source>%n turn(s) · %1 in · %2 out · %3 tokens</source>
        <translation>
            <numerusform>%n Gesprächsrunde · %1 Eingabe · %2 Ausgabe · %3 Tokens</numerusform>
            <numerusform>%n Gesprächsrunden · %1 Eingabe · %2 Ausgabe · %3 Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for the Pokee Enterprise API. Opens the &quot;Environment&quot; profile when POKEE_API and POKEE_KEY are both set, else the profile used last (its key in the system keychain), else the bundled local emulator (&quot;Local demo&quot;).</source>
        <translation>Desktop-Client für die Pokee Enterprise API. Öffnet das Profil „Environment“, wenn POKEE_API und POKEE_KEY beide gesetzt sind, sonst das zuletzt verwendete Profil (mit seinem Schlüssel aus dem Schlüsselbund des Systems), sonst den mitgelieferten lokalen Emulator („Local demo“).</translation>
    </message>
    <message>
        <source>Path of the pokee-emulator to start for the local demo.</source>
        <translation>Pfad zum pokee-emulator, der für die lokale Demo gestartet wird.</translation>
    </message>
    <message>
        <source>Open this profile.</source>
        <translation>Dieses Profil öffnen.</translation>
    </message>
    <message>
        <source>Start another window even when Pokee Desktop is already running.</source>
        <translation>Ein weiteres Fenster starten, auch wenn Pokee Desktop bereits läuft.</translation>
    </message>
    <message>
        <source>Pokee Desktop is already running: its window was raised.
</source>
        <translation>Pokee Desktop läuft bereits: Sein Fenster wurde in den Vordergrund geholt.
</translation>
    </message>
    <message>
        <source>Pokee Desktop</source>
        <translation>Pokee Desktop</translation>
    </message>
    <message>
        <source>Pokee Desktop is already running but does not answer; wait for it, or end it and start again.
</source>
        <translation>Pokee Desktop läuft bereits, antwortet aber nicht. Warten Sie ab oder beenden Sie es und starten Sie es neu.
</translation>
    </message>
</context>
<context>
    <name>pokee::ApiCall</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, more than any answer of this API</source>
        <translation>die Antwort ist größer als %1 MiB und damit größer als jede Antwort dieser API</translation>
    </message>
    <message numerus="yes">
        <source>less than 1 KiB of the answer in %n second(s)</source>
        <translation>
            <numerusform>weniger als 1 KiB der Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>weniger als 1 KiB der Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ApiClient</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port between 1 and 65535.</source>
        <translation>Ein manueller Proxy benötigt einen Host und einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>the server names this file with a path that climbs out of its workspace (%1), so it is not requested</source>
        <translation>der Server gibt für diese Datei einen Pfad an, der aus dem Arbeitsbereich hinausführt (%1); sie wird daher nicht angefordert</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzungs</translation>
    </message>
    <message>
        <source>%1 · not contacted yet</source>
        <translation>%1 · noch nicht verbunden</translation>
    </message>
    <message>
        <source>%1 · reachable</source>
        <translation>%1 · erreichbar</translation>
    </message>
    <message>
        <source>%1 · unreachable</source>
        <translation>%1 · nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 · key refused</source>
        <translation>%1 · Schlüssel abgelehnt</translation>
    </message>
</context>
<context>
    <name>pokee::ConnectionTest</name>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms but refused the key: check it and enter it again.</source>
        <translation>%1 hat in %2 ms geantwortet, aber den Schlüssel abgelehnt: Prüfen Sie ihn und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms with an error: %3</source>
        <translation>%1 hat in %2 ms mit einem Fehler geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 is reachable and accepted the key (%2 ms).</source>
        <translation>%1 ist erreichbar und hat den Schlüssel angenommen (%2 ms).</translation>
    </message>
    <message>
        <source>The address ends in /v1, but Pokee adds /v1 to every call itself: remove /v1 from the address (%1).</source>
        <translation>Die Adresse endet auf /v1, Pokee hängt /v1 aber selbst an jeden Aufruf an: Entfernen Sie /v1 aus der Adresse (%1).</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms, but not as the Pokee API does: %3 Check the address.</source>
        <translation>%1 hat in %2 ms geantwortet, aber nicht so, wie die Pokee-API antwortet: %3 Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms, but not as the Pokee API does (HTTP 404 without the API&apos;s error document). Check the address.</source>
        <translation>%1 hat in %2 ms geantwortet, aber nicht so, wie die Pokee-API antwortet (HTTP 404 ohne das Fehlerdokument der API). Prüfen Sie die Adresse.</translation>
    </message>
</context>
<context>
    <name>pokee::DemoServer</name>
    <message>
        <source>The local emulator is still starting.</source>
        <translation>Der lokale Emulator startet noch.</translation>
    </message>
    <message>
        <source>The local emulator did not start in time.</source>
        <translation>Der lokale Emulator ist nicht rechtzeitig gestartet.</translation>
    </message>
</context>
<context>
    <name>pokee::DownloadModel</name>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Cancelled; Retry goes on where it stopped.</source>
        <translation>Abgebrochen; „Wiederholen“ setzt den Download an dieser Stelle fort.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state: queued, waiting for its turn</extracomment>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Starting</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state: its request is on the way</extracomment>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state</extracomment>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>download state</comment>
        <extracomment>A download&apos;s state: the file is in the folder (as %1 when that name was taken)</extracomment>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 Retry goes on from %2.</source>
        <extracomment>%1 says why the download failed; %2 is how much of the file is kept, such as 1.2 MB</extracomment>
        <translation>%1 „Wiederholen“ setzt den Download bei %2 fort.</translation>
    </message>
</context>
<context>
    <name>pokee::EventLogModel</name>
    <message>
        <source>Seq</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: the event&apos;s sequence number (short)</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: when the event arrived</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: the event&apos;s type, such as text.delta</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>event column</comment>
        <extracomment>Column header of the event inspector: the event&apos;s JSON payload</extracomment>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>pokee::FileDownload</name>
    <message>
        <source>%1 is not a plain file in the download folder: nothing is written to it</source>
        <translation>%1 ist keine normale Datei im Download-Ordner: Es wird nichts hineingeschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the server sent the wrong part of the file</source>
        <translation>der Server hat den falschen Teil der Datei gesendet</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 instead of the file</source>
        <translation>der Server hat mit HTTP %1 statt mit der Datei geantwortet</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>the download ended after %1 of %2 byte(s)</source>
        <extracomment>%1 and %2 are byte counts, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>der Download endete nach %1 von %2 Byte</numerusform>
            <numerusform>der Download endete nach %1 von %2 Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file on disk has %1 of %2 byte(s)</source>
        <extracomment>%1 and %2 are byte counts, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>die Datei auf dem Datenträger hat %1 von %2 Byte</numerusform>
            <numerusform>die Datei auf dem Datenträger hat %1 von %2 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the file changed on the server while it was downloaded</source>
        <translation>die Datei hat sich während des Downloads auf dem Server geändert</translation>
    </message>
</context>
<context>
    <name>pokee::FileListModel</name>
    <message>
        <source>%1 (saved as %2)</source>
        <extracomment>A file whose server name is not safe here: the server&apos;s name, then the local name it is saved as</extracomment>
        <translation>%1 (gespeichert als %2)</translation>
    </message>
    <message>
        <source>The server calls it “%1”; it is saved as “%2”, a name that stays in the folder you chose.</source>
        <translation>Auf dem Server heißt sie „%1“; sie wird als „%2“ gespeichert, damit sie in dem von Ihnen gewählten Ordner bleibt.</translation>
    </message>
    <message>
        <source>%1 Try Refresh; if it stays, the server is not answering as the API says.</source>
        <translation>%1 Versuchen Sie „Aktualisieren“; bleibt der Fehler bestehen, antwortet der Server nicht so, wie die API es vorsieht.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>file list column</comment>
        <extracomment>Column header of the workspace file list: the file&apos;s name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>file list column</comment>
        <extracomment>Column header of the workspace file list: the file&apos;s size</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <comment>file list column</comment>
        <extracomment>Column header of the workspace file list: when the file was last changed</extracomment>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>pokee::FolderWalker</name>
    <message>
        <source>Could not list %1: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Could not list the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n entries: the folder is larger than a download takes.</source>
        <translation>
            <numerusform>Nach %n Eintrag angehalten: Der Ordner ist größer, als ein Download umfassen kann.</numerusform>
            <numerusform>Nach %n Einträgen angehalten: Der Ordner ist größer, als ein Download umfassen kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %n folders deep: %1 goes deeper.</source>
        <translation>
            <numerusform>Bei %n Ordnerebene angehalten: %1 reicht tiefer.</numerusform>
            <numerusform>Bei %n Ordnerebenen angehalten: %1 reicht tiefer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::LocalEmulator</name>
    <message>
        <source>Could not start the local emulator (%1): %2</source>
        <translation>Der lokale Emulator konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The local emulator exited with code %1 before it was ready.</source>
        <translation>Der lokale Emulator wurde mit Code %1 beendet, bevor er bereit war.</translation>
    </message>
    <message>
        <source>The local emulator printed no address; it said &quot;%1&quot;.</source>
        <translation>Der lokale Emulator hat keine Adresse ausgegeben; seine Ausgabe war „%1“.</translation>
    </message>
    <message>
        <source>The local emulator stopped (it crashed or was killed).</source>
        <translation>Der lokale Emulator wurde beendet (abgestürzt oder abgebrochen).</translation>
    </message>
    <message>
        <source>The local emulator stopped with exit code %1.</source>
        <translation>Der lokale Emulator wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>Could not open a local port for the emulator: %1</source>
        <translation>Für den lokalen Emulator konnte kein Port geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>pokee::McpRouter</name>
    <message>
        <source>There is no MCP server named “%1”.</source>
        <translation>Es gibt keinen MCP-Server namens „%1“.</translation>
    </message>
    <message>
        <source>The MCP server %1 is disabled.</source>
        <translation>Der MCP-Server %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>The MCP server %1 has not been approved to run (its command line must be approved first: pokee mcp test %1, or Tools → MCP servers).</source>
        <translation>Der MCP-Server %1 ist nicht zum Start freigegeben (seine Befehlszeile muss zuerst freigegeben werden: pokee mcp test %1 oder Extras → MCP-Server).</translation>
    </message>
    <message>
        <source>The MCP server %1 stopped (%2); it is started again in %3 s.</source>
        <translation>Der MCP-Server %1 wurde beendet (%2); er wird in %3 s neu gestartet.</translation>
    </message>
    <message>
        <source>The arguments are not a JSON object, so the MCP server %1 was not asked.</source>
        <translation>Die Argumente sind kein JSON-Objekt, daher wurde der MCP-Server %1 nicht aufgerufen.</translation>
    </message>
    <message>
        <source>answered by MCP server %1 (%2) in %3 ms%4</source>
        <translation>vom MCP-Server %1 (%2) in %3 ms beantwortet%4</translation>
    </message>
    <message>
        <source>, as an error</source>
        <translation>, als Fehler</translation>
    </message>
    <message>
        <source>The MCP server %1 could not answer %2: %3</source>
        <translation>Der MCP-Server %1 konnte %2 nicht beantworten: %3</translation>
    </message>
    <message>
        <source>says it only reads</source>
        <translation>liest nach eigener Angabe nur</translation>
    </message>
    <message>
        <source>may change or delete things</source>
        <translation>kann Daten ändern oder löschen</translation>
    </message>
    <message>
        <source>changes things, but says it deletes nothing</source>
        <translation>nimmt Änderungen vor, löscht nach eigener Angabe aber nichts</translation>
    </message>
    <message>
        <source>says repeating it changes nothing more</source>
        <translation>ändert bei Wiederholung nach eigener Angabe nichts weiter</translation>
    </message>
    <message>
        <source>may reach beyond your computer</source>
        <translation>kann über Ihren Rechner hinaus zugreifen</translation>
    </message>
    <message>
        <source>says it stays within its own data</source>
        <translation>bleibt nach eigener Angabe bei seinen eigenen Daten</translation>
    </message>
    <message>
        <source>The tool library does not read (%1); mend or remove %2.</source>
        <translation>Die Tool-Bibliothek ist nicht lesbar (%1); reparieren oder entfernen Sie %2.</translation>
    </message>
    <message>
        <source>%1 is not a tool imported from an MCP server, so it has no approval to set.</source>
        <translation>%1 ist kein von einem MCP-Server importiertes Tool; daher lässt sich keine Freigabe festlegen.</translation>
    </message>
    <message>
        <source>There is no tool named %1 in the tool library.</source>
        <translation>In der Tool-Bibliothek gibt es kein Tool namens %1.</translation>
    </message>
</context>
<context>
    <name>pokee::PendingToolCallModel</name>
    <message>
        <source>The turn ended before this call was answered.</source>
        <translation>Die Gesprächsrunde endete, bevor dieser Aufruf beantwortet wurde.</translation>
    </message>
    <message>
        <source>Handed to the playground, which sends it with the next request.</source>
        <translation>An die Testumgebung übergeben; sie sendet die Antwort mit der nächsten Anfrage.</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>the agent got an error instead</source>
        <translation>der Agent hat stattdessen einen Fehler erhalten</translation>
    </message>
    <message>
        <source>Answered elsewhere: the agent has the result.</source>
        <translation>An anderer Stelle beantwortet: Der Agent hat das Ergebnis.</translation>
    </message>
    <message>
        <source>The turn ended before this call was answered: %1</source>
        <translation>Die Gesprächsrunde endete, bevor dieser Aufruf beantwortet wurde: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <comment>answer sent</comment>
        <extracomment>The answer to a tool call reached the server</extracomment>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>The turn was cancelled before this call was answered.</source>
        <translation>Die Gesprächsrunde wurde abgebrochen, bevor dieser Aufruf beantwortet wurde.</translation>
    </message>
    <message>
        <source>Not answered: the turn ended without it.</source>
        <translation>Nicht beantwortet: Die Gesprächsrunde endete ohne Antwort.</translation>
    </message>
    <message>
        <source>Not answered: the turn ended without it (%1).</source>
        <translation>Nicht beantwortet: Die Gesprächsrunde endete ohne Antwort (%1).</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>The state of a tool call in the inbox: its answer time ran out</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <extracomment>The time left to answer a tool call: minutes:seconds</extracomment>
        <translation>noch %1:%2</translation>
    </message>
</context>
<context>
    <name>pokee::ResponsesLoop</name>
    <message>
        <source>The endpoint refused the request as malformed (HTTP 400: %1): check the input items, the tools and tool_choice; streaming is not supported.</source>
        <translation>Der Endpunkt hat die Anfrage als fehlerhaft abgelehnt (HTTP 400: %1): Prüfen Sie die Eingabeelemente, die Tools und tool_choice; Streaming wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The account has run out of credits (HTTP 402): top it up, then send again.</source>
        <translation>Das Konto hat kein Guthaben mehr (HTTP 402): Laden Sie es auf und senden Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429): the server asks to wait %n second(s) before sending again.</source>
        <translation>
            <numerusform>Zu viele Anfragen (HTTP 429): Der Server bittet, vor dem erneuten Senden %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen (HTTP 429): Der Server bittet, vor dem erneuten Senden %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): wait a moment, then send again.</source>
        <translation>Zu viele Anfragen (HTTP 429): Warten Sie einen Moment und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The model behind the endpoint failed (HTTP 502: %1): nothing was lost; send again in a moment.</source>
        <translation>Das Modell hinter dem Endpunkt ist ausgefallen (HTTP 502: %1): Es ging nichts verloren; senden Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The model took too long to answer (HTTP 504): send again, perhaps with a shorter input or a lower max_output_tokens.</source>
        <translation>Das Modell hat zu lange für die Antwort gebraucht (HTTP 504): Senden Sie erneut, vielleicht mit einer kürzeren Eingabe oder einem niedrigeren Wert für max_output_tokens.</translation>
    </message>
    <message>
        <source>stateless /v1/responses: drafted for approval: %1</source>
        <translation>/v1/responses (zustandslos): Entwurf zur Freigabe: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>stateless /v1/responses: %1</source>
        <translation>/v1/responses (zustandslos): %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls: the model keeps calling tools.</source>
        <translation>
            <numerusform>Nach %n Runde von Tool-Aufrufen angehalten: Das Modell ruft immer weiter Tools auf.</numerusform>
            <numerusform>Nach %n Runden von Tool-Aufrufen angehalten: Das Modell ruft immer weiter Tools auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::RuleDispatcher</name>
    <message>
        <source>A rule is answering.</source>
        <translation>Eine Regel antwortet.</translation>
    </message>
    <message>
        <source>Answered by a rule: %1</source>
        <translation>Von einer Regel beantwortet: %1</translation>
    </message>
    <message>
        <source>the turn was cancelled</source>
        <translation>die Gesprächsrunde wurde abgebrochen</translation>
    </message>
    <message>
        <source>“%1” is not an approval: ask, session or always.</source>
        <translation>„%1“ ist keine gültige Freigabe (ask, session oder always).</translation>
    </message>
    <message>
        <source>Too little time is left for %1 to run it; answer by hand or deny it.</source>
        <translation>Es bleibt zu wenig Zeit, um ihn mit %1 auszuführen; antworten Sie manuell oder lehnen Sie ab.</translation>
    </message>
    <message>
        <source>Running on the MCP server %1…</source>
        <translation>Läuft auf dem MCP-Server %1…</translation>
    </message>
    <message>
        <source>No MCP server answers %1 any more (its rule or import was removed).</source>
        <translation>Kein MCP-Server beantwortet %1 mehr (seine Regel oder sein Import wurde entfernt).</translation>
    </message>
    <message>
        <source>The MCP server %1 answers it once you approve.</source>
        <translation>Der MCP-Server %1 beantwortet ihn, sobald Sie ihn freigeben.</translation>
    </message>
    <message>
        <source>Ready to send, as an error (%1): read or edit it, then Send.</source>
        <translation>Bereit zum Senden als Fehler (%1): Prüfen oder bearbeiten Sie die Antwort und klicken Sie dann auf „Senden“.</translation>
    </message>
    <message>
        <source>Ready to send (%1): read or edit it, then Send.</source>
        <translation>Bereit zum Senden (%1): Prüfen oder bearbeiten Sie die Antwort und klicken Sie dann auf „Senden“.</translation>
    </message>
</context>
<context>
    <name>pokee::RuleEngine</name>
    <message>
        <source>drafted for approval: %1</source>
        <translation>Entwurf zur Freigabe: %1</translation>
    </message>
    <message>
        <source>The call %1 had expired or was already answered.</source>
        <translation>Der Aufruf %1 war abgelaufen oder bereits beantwortet.</translation>
    </message>
    <message>
        <source>%1 → mcp %2 (imported from it)</source>
        <translation>%1 → mcp %2 (von dort importiert)</translation>
    </message>
    <message>
        <source>MCP servers are not available here, so %1 could not be asked.</source>
        <translation>MCP-Server sind hier nicht verfügbar, daher konnte %1 nicht aufgerufen werden.</translation>
    </message>
    <message>
        <source>%1 → mcp %2, approved by the user</source>
        <translation>%1 → mcp %2, vom Benutzer freigegeben</translation>
    </message>
</context>
<context>
    <name>pokee::RuleRunner</name>
    <message>
        <source>reply rule</source>
        <translation>reply-Regel</translation>
    </message>
    <message>
        <source>an ask rule answers nothing by itself</source>
        <translation>eine ask-Regel beantwortet selbst nichts</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with %2</source>
        <translation>%1 wurde mit %2 beendet</translation>
    </message>
    <message>
        <source>%1 exited with 0; its output was cut at 1 MiB</source>
        <translation>%1 wurde mit 0 beendet; seine Ausgabe wurde bei 1 MiB abgeschnitten</translation>
    </message>
    <message>
        <source>%1 exited with 0</source>
        <translation>%1 wurde mit 0 beendet</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out after %n s</source>
        <extracomment>%1 is the rule&apos;s program; %n the seconds it was given (abbreviated unit)</extracomment>
        <translation>
            <numerusform>Zeitüberschreitung: %1 nach %n Sek. abgebrochen</numerusform>
            <numerusform>Zeitüberschreitung: %1 nach %n Sek. abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::SessionController</name>
    <message>
        <source>The server created no session: its answer had no id.</source>
        <translation>Der Server hat keine Sitzung angelegt: Seine Antwort enthielt keine ID.</translation>
    </message>
    <message>
        <source>Could not create a session. %1</source>
        <translation>Es konnte keine Sitzung angelegt werden. %1</translation>
    </message>
    <message>
        <source>(a turn started elsewhere)</source>
        <translation>(eine anderswo gestartete Gesprächsrunde)</translation>
    </message>
    <message>
        <source>Open a session first.</source>
        <translation>Öffnen Sie zuerst eine Sitzung.</translation>
    </message>
</context>
<context>
    <name>pokee::SessionDirectory</name>
    <message>
        <source>The session list could not be refreshed: %1</source>
        <translation>Die Sitzungsliste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The session %1 could not be refreshed: %2</source>
        <translation>Die Sitzung %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>(a turn started elsewhere)</source>
        <translation>(eine anderswo gestartete Gesprächsrunde)</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>Die Sitzung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Clean-up failed: %1</source>
        <translation>Aufräumen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n idle session(s) deleted.</source>
        <translation>
            <numerusform>%n inaktive Sitzung gelöscht.</numerusform>
            <numerusform>%n inaktive Sitzungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean-up done; the list is being refreshed.</source>
        <translation>Aufräumen abgeschlossen; die Liste wird aktualisiert.</translation>
    </message>
</context>
<context>
    <name>pokee::SessionListModel</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Session %1, created %2</source>
        <translation>Sitzung %1, erstellt am %2</translation>
    </message>
</context>
<context>
    <name>pokee::SessionTranscripts</name>
    <message>
        <source>The session&apos;s state could not be fetched: %1</source>
        <translation>Der Zustand der Sitzung konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The session is still busy on the server (metadata: %1).</source>
        <translation>Die Sitzung ist auf dem Server noch beschäftigt (Metadaten: %1).</translation>
    </message>
    <message>
        <source>The session is idle on the server (metadata: %1).</source>
        <translation>Die Sitzung ist auf dem Server inaktiv (Metadaten: %1).</translation>
    </message>
</context>
<context>
    <name>pokee::ToolResultSender</name>
    <message>
        <source>Probably delivered: the connection failed while sending, and the server now says the call is answered.</source>
        <translation>Wahrscheinlich zugestellt: Die Verbindung brach beim Senden ab, und der Server meldet den Aufruf jetzt als beantwortet.</translation>
    </message>
    <message>
        <source>The call was already answered or its 300 seconds ran out; the agent has moved on.</source>
        <translation>Der Aufruf war bereits beantwortet oder seine 300 Sekunden waren abgelaufen; der Agent hat weitergemacht.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <comment>answer sent</comment>
        <translation>Gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n tries: %1</source>
        <translation>
            <numerusform>Nach %n Versuch nicht gesendet: %1</numerusform>
            <numerusform>Nach %n Versuchen nicht gesendet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::TurnManager</name>
    <message>
        <source>nothing to resume</source>
        <translation>nichts zum Fortsetzen</translation>
    </message>
    <message>
        <source>Resuming the turn left open by the last run, after event %1.</source>
        <translation>Die beim letzten Programmlauf offen gebliebene Gesprächsrunde wird nach Ereignis %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Re-sending the message whose answer never arrived (same Idempotency-Key).</source>
        <translation>Die Nachricht, deren Antwort nie ankam, wird erneut gesendet (gleicher Idempotency-Key).</translation>
    </message>
    <message>
        <source>Cancel did not reach the server (%1). The turn goes on; press Cancel to try again.</source>
        <translation>Der Abbruch hat den Server nicht erreicht (%1). Die Gesprächsrunde läuft weiter; klicken Sie erneut auf „Abbrechen“, um es noch einmal zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>That resumed connection delivered %n event(s).</source>
        <translation>
            <numerusform>Diese fortgesetzte Verbindung hat %n Ereignis geliefert.</numerusform>
            <numerusform>Diese fortgesetzte Verbindung hat %n Ereignisse geliefert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost (%1); attempt %2 of %3 in %4.</source>
        <translation>Verbindung verloren (%1); Versuch %2 von %3 in %4.</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost (%1) — reconnecting in %2, attempt %3 of %4; dropped %n time(s) so far, nothing lost.</source>
        <translation>
            <numerusform>Verbindung verloren (%1) – neuer Verbindungsversuch in %2, Versuch %3 von %4; bisher %n Abbruch, nichts verloren.</numerusform>
            <numerusform>Verbindung verloren (%1) – neuer Verbindungsversuch in %2, Versuch %3 von %4; bisher %n Abbrüche, nichts verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed after event %1.</source>
        <translation>Nach Ereignis %1 fortgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Connection dropped %n time(s), resumed each time, nothing lost.</source>
        <translation>
            <numerusform>%n Verbindungsabbruch, danach fortgesetzt, nichts verloren.</numerusform>
            <numerusform>%n Verbindungsabbrüche, jedes Mal fortgesetzt, nichts verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: the local journal could not be written (%1). Nothing is lost: the turn goes on from event %2 once it can be written again; next try in %n s.</source>
        <translation>
            <numerusform>Pausiert: Das lokale Journal konnte nicht geschrieben werden (%1). Es geht nichts verloren: Die Gesprächsrunde wird ab Ereignis %2 fortgesetzt, sobald das Journal wieder beschreibbar ist; nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Pausiert: Das lokale Journal konnte nicht geschrieben werden (%1). Es geht nichts verloren: Die Gesprächsrunde wird ab Ereignis %2 fortgesetzt, sobald das Journal wieder beschreibbar ist; nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation>Aufgegeben: %1</translation>
    </message>
    <message>
        <source>The journal is writable again; the turn goes on.</source>
        <translation>Das Journal ist wieder beschreibbar; die Gesprächsrunde geht weiter.</translation>
    </message>
    <message>
        <source>The journal could not be written for a while; the turn went on once it could, nothing lost.</source>
        <translation>Das Journal konnte eine Zeit lang nicht geschrieben werden; die Gesprächsrunde ging danach weiter, nichts verloren.</translation>
    </message>
    <message numerus="yes">
        <source>The last resumed connection delivered %n event(s).</source>
        <translation>
            <numerusform>Die letzte fortgesetzte Verbindung hat %n Ereignis geliefert.</numerusform>
            <numerusform>Die letzte fortgesetzte Verbindung hat %n Ereignisse geliefert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost for good after %n drop(s) (%1). What was received is kept.</source>
        <translation>
            <numerusform>Verbindung nach %n Abbruch endgültig verloren (%1). Das bisher Empfangene bleibt erhalten.</numerusform>
            <numerusform>Verbindung nach %n Abbrüchen endgültig verloren (%1). Das bisher Empfangene bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer has this turn&apos;s events (it expired); what was received is kept.</source>
        <translation>Der Server hat die Ereignisse dieser Gesprächsrunde nicht mehr (sie sind abgelaufen); das bisher Empfangene bleibt erhalten.</translation>
    </message>
    <message>
        <source>The turn left open by the last run had already ended (%1 is in the journal); closed it as %2.</source>
        <translation>Die beim letzten Programmlauf offen gebliebene Gesprächsrunde war bereits beendet (%1 steht im Journal); sie wurde als %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>The retried message was answered 409: the session is busy with another turn. Your message is sent once it ends (checking again in %1).</source>
        <translation>Die erneut gesendete Nachricht wurde mit 409 beantwortet: Die Sitzung ist mit einer anderen Gesprächsrunde beschäftigt. Ihre Nachricht wird gesendet, sobald diese beendet ist (nächste Prüfung in %1).</translation>
    </message>
    <message>
        <source>The retried message was answered 409: the session is busy with another turn (%1). Your message is sent once it ends (checking again in %2).</source>
        <translation>Die erneut gesendete Nachricht wurde mit 409 beantwortet: Die Sitzung ist mit einer anderen Gesprächsrunde beschäftigt (%1). Ihre Nachricht wird gesendet, sobald diese beendet ist (nächste Prüfung in %2).</translation>
    </message>
    <message>
        <source>Following the turn from its first event.</source>
        <translation>Die Gesprächsrunde wird ab ihrem ersten Ereignis verfolgt.</translation>
    </message>
</context>
<context>
    <name>pokee::TurnStream</name>
    <message>
        <source>an event or line exceeded %1 MiB</source>
        <translation>ein Ereignis oder eine Zeile war größer als %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde lang keine Daten</numerusform>
            <numerusform>%n Sekunden lang keine Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection ended before the turn did</source>
        <translation>die Verbindung endete vor der Gesprächsrunde</translation>
    </message>
    <message>
        <source>expected an event stream but got &quot;%1&quot;</source>
        <translation>Ereignisstrom erwartet, aber „%1“ erhalten</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzungs</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>the turn has ended on the server, but its last event (%1) did not come back</source>
        <translation>die Gesprächsrunde ist auf dem Server beendet, aber ihr letztes Ereignis (%1) ist nicht angekommen</translation>
    </message>
    <message>
        <source>the turn has ended on the server, but it sent none of its events</source>
        <translation>die Gesprächsrunde ist auf dem Server beendet, hat aber keines ihrer Ereignisse gesendet</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliCommands</name>
    <message>
        <source>[rule] %1 %2(%3) -&gt; %4 (error)</source>
        <extracomment>A tool call a rule answered: call id, tool name(arguments) -&gt; the answer</extracomment>
        <translation>[Regel] %1 %2(%3) -&gt; %4 (Fehler)</translation>
    </message>
    <message>
        <source>[rule] %1 %2(%3) -&gt; %4</source>
        <translation>[Regel] %1 %2(%3) -&gt; %4</translation>
    </message>
    <message numerus="yes">
        <source>pokee: no rule answers %n of the calls; answer them in the app&apos;s playground, or add a rule.</source>
        <translation>
            <numerusform>pokee: %n Aufruf wird von keiner Regel beantwortet; beantworten Sie ihn in der Testumgebung der App oder fügen Sie eine Regel hinzu.</numerusform>
            <numerusform>pokee: %n Aufrufe werden von keiner Regel beantwortet; beantworten Sie sie in der Testumgebung der App oder fügen Sie eine Regel hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: cannot read %1: %2</source>
        <translation>pokee: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1. %2 [disabled]</source>
        <extracomment>A disabled rule in the list of pokee rules check: its number, then what it does</extracomment>
        <translation>%1. %2 [deaktiviert]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule(s), all valid; the first enabled match wins, no match asks.</source>
        <translation>
            <numerusform>%1: %n Regel, gültig; die erste aktivierte passende Regel gilt, ohne Treffer wird nachgefragt.</numerusform>
            <numerusform>%1: %n Regeln, alle gültig; die erste aktivierte passende Regel gilt, ohne Treffer wird nachgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  [error]</source>
        <extracomment>pokee rules audit: the rule&apos;s answer (%1) was sent as an error</extracomment>
        <translation>%1  [Fehler]</translation>
    </message>
    <message>
        <source>ok (HTTP %1)</source>
        <extracomment>The request succeeded; %1 is the HTTP status code</extracomment>
        <translation>OK (HTTP %1)</translation>
    </message>
    <message>
        <source>pokee: this command needs a journal: use a profile (pokee profiles add), or --journal FILE</source>
        <translation>pokee: Dieser Befehl benötigt ein Journal: Verwenden Sie ein Profil (pokee profiles add) oder --journal FILE</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzungs</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliFiles</name>
    <message>
        <source>(saved as %1)</source>
        <translation>(gespeichert als %1)</translation>
    </message>
    <message>
        <source>%1 exists: this download is saved as %2.</source>
        <translation>%1 ist bereits vorhanden: Dieser Download wird als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to download: the folder is empty.</source>
        <translation>Nichts zum Herunterladen: Der Ordner ist leer.</translation>
    </message>
    <message>
        <source>pokee: not saved: %1</source>
        <translation>pokee: nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>saved %1 (%2 existed)</source>
        <translation>%1 gespeichert (%2 war bereits vorhanden)</translation>
    </message>
    <message>
        <source>%1  %2 of %3 (%4%)</source>
        <extracomment>The progress line of pokee get: file name, bytes received of the total (percent)</extracomment>
        <translation>%1  %2 von %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A download speed: %1 is a size such as 1.2 MB</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>The time a download still needs, such as &quot;3 min left&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliProfiles</name>
    <message>
        <source>pokee: --api needs POKEE_KEY set, and a valid URL.</source>
        <translation>pokee: --api erfordert eine gültige URL und eine gesetzte Variable POKEE_KEY.</translation>
    </message>
    <message>
        <source>pokee: no server to talk to. Add a profile (pokee profiles add NAME --url URL, the key on standard input) or set POKEE_API and POKEE_KEY.</source>
        <translation>pokee: Kein Server festgelegt. Legen Sie ein Profil an (pokee profiles add NAME --url URL, den Schlüssel über die Standardeingabe) oder setzen Sie POKEE_API und POKEE_KEY.</translation>
    </message>
    <message>
        <source>pokee: there is no profile named “%1” (see pokee profiles list).</source>
        <translation>pokee: Es gibt kein Profil namens „%1“ (siehe pokee profiles list).</translation>
    </message>
    <message>
        <source>pokee: the “%1” profile lives inside the app; start `pokee-emulator` and use POKEE_API and POKEE_KEY to script it.</source>
        <translation>pokee: Das Profil „%1“ existiert nur in der App; starten Sie `pokee-emulator` und verwenden Sie POKEE_API und POKEE_KEY, um ihn per Skript anzusprechen.</translation>
    </message>
    <message>
        <source>pokee: %1 Store it again with: pokee profiles add &quot;%2&quot; --url %3</source>
        <extracomment>%1 is a sentence from the keychain saying why the key could not be read</extracomment>
        <translation>pokee: %1 Speichern Sie ihn erneut mit: pokee profiles add &quot;%2&quot; --url %3</translation>
    </message>
    <message>
        <source>pokee: the profile “%1” has no usable address.</source>
        <translation>pokee: Das Profil „%1“ hat keine verwendbare Adresse.</translation>
    </message>
    <message>
        <source>pokee: --proxy takes system, none or HOST:PORT</source>
        <extracomment>system and none are values of --proxy: keep them in English</extracomment>
        <translation>pokee: --proxy erwartet system, none oder HOST:PORT</translation>
    </message>
    <message>
        <source>pokee: profiles add needs --url URL (the key comes on standard input)</source>
        <translation>pokee: profiles add erfordert --url URL (der Schlüssel kommt über die Standardeingabe)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <extracomment>The prompt for the key of the profile %1, on a terminal</extracomment>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>pokee: no key came on standard input; nothing was saved.</source>
        <translation>pokee: Über die Standardeingabe kam kein Schlüssel; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>pokee: warning: %1 is plain http:// to another machine; the key will cross the network unencrypted. Use https:// if the server offers it.</source>
        <translation>pokee: Warnung: %1 verwendet unverschlüsseltes http:// zu einem anderen Rechner; der Schlüssel wird unverschlüsselt über das Netzwerk übertragen. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>pokee: %1 The profile was not saved: the key is kept nowhere else.</source>
        <extracomment>%1 is a sentence from the keychain saying why the key could not be stored</extracomment>
        <translation>pokee: %1 Das Profil wurde nicht gespeichert: Der Schlüssel wird nirgendwo sonst aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved profile “%1” (%2); its key is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert (%2); sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>in keychain</source>
        <extracomment>pokee profiles list: the profile&apos;s key is in the system keychain</extracomment>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>key</comment>
        <extracomment>pokee profiles list: the keychain holds no key for the profile</extracomment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>generated per run</source>
        <extracomment>pokee profiles list: the bundled emulator&apos;s key is made anew on each run</extracomment>
        <translation>bei jedem Start neu erzeugt</translation>
    </message>
    <message>
        <source>%1%2  %3  [%4; key %5]</source>
        <extracomment>pokee profiles list: default mark, name, address, then [kind of profile; where its key is]. Keep the kind (saved, environment, local-demo) as it is.</extracomment>
        <translation>%1%2  %3  [%4; Schlüssel %5]</translation>
    </message>
    <message>
        <source>(bundled emulator)</source>
        <translation>(mitgelieferter Emulator)</translation>
    </message>
    <message>
        <source>pokee: there is no saved profile named “%1”.</source>
        <translation>pokee: Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>pokee: %1 The profile was kept, so that its key is not orphaned.</source>
        <extracomment>%1 is a sentence from the keychain saying why the key could not be removed</extracomment>
        <translation>pokee: %1 Das Profil wurde behalten, damit sein Schlüssel nicht verwaist.</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its key. Its journal stays at %2.</source>
        <translation>Profil „%1“ und sein Schlüssel wurden entfernt. Sein Journal bleibt unter %2.</translation>
    </message>
    <message>
        <source>Choose with: pokee profiles default NAME</source>
        <translation>Auswählen mit: pokee profiles default NAME</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliSessions</name>
    <message>
        <source>pokee: sessions clean needs --older-than AGE (30m, 1h, 2d; 0s for every idle session); add --dry-run to see what would go</source>
        <translation>pokee: sessions clean erfordert --older-than AGE (30m, 1h, 2d; 0s für alle inaktiven Sitzungen); mit --dry-run sehen Sie, was gelöscht würde</translation>
    </message>
    <message>
        <source>pokee: --older-than takes a number with s, m, h or d (30m, 1h, 2d)</source>
        <extracomment>s, m, h and d are the units --older-than reads (seconds, minutes, hours, days): keep them</extracomment>
        <translation>pokee: --older-than erwartet eine Zahl mit s, m, h oder d (30m, 1h, 2d)</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>session state</comment>
        <extracomment>The state column of pokee sessions list (ended on the server, busy with a turn, or idle)</extracomment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>session state</comment>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <source>idle</source>
        <comment>session state</comment>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>persistent</source>
        <comment>session kept after each answer</comment>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>The time before the server destroys the session, such as &quot;3 h 20 min left&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>(this server does not list sessions: these are the ones this profile knows)</source>
        <translation>(dieser Server listet keine Sitzungen auf: Dies sind die Sitzungen, die dieses Profil kennt)</translation>
    </message>
    <message>
        <source>The server no longer knows this session; its transcript is kept here.</source>
        <translation>Der Server kennt diese Sitzung nicht mehr; ihr Verlauf bleibt hier erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>local: title “%1”, %n turn(s) journaled, usage %2</source>
        <translation>
            <numerusform>lokal: Titel „%1“, %n Gesprächsrunde im Journal, Verbrauch %2</numerusform>
            <numerusform>lokal: Titel „%1“, %n Gesprächsrunden im Journal, Verbrauch %2</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation>%1 würde gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n idle session(s) older than %1 would be deleted (dry run: nothing was).</source>
        <translation>
            <numerusform>%n inaktive Sitzung älter als %1 würde gelöscht (Probelauf: nichts gelöscht).</numerusform>
            <numerusform>%n inaktive Sitzungen älter als %1 würden gelöscht (Probelauf: nichts gelöscht).</numerusform>
        </translation>
    </message>
    <message>
        <source>pokee: the server no longer knows session %1.</source>
        <translation>pokee: Der Server kennt die Sitzung %1 nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is idle.</source>
        <extracomment>pokee wait: %1 is the session id</extracomment>
        <translation>%1 ist inaktiv.</translation>
    </message>
    <message>
        <source>pokee: the server does not know session %1.</source>
        <translation>pokee: Der Server kennt die Sitzung %1 nicht.</translation>
    </message>
    <message>
        <source>pokee: --ttl takes a lifetime above zero: seconds (3600), or a number with s, m, h or d (30m, 1h, 2d); “%1” is not one</source>
        <extracomment>s, m, h and d are the units --ttl reads (seconds, minutes, hours, days): keep them</extracomment>
        <translation>pokee: --ttl erwartet eine Lebensdauer über null: Sekunden (3600) oder eine Zahl mit s, m, h oder d (30m, 1h, 2d); „%1“ ist keine</translation>
    </message>
    <message>
        <source>pokee: the server has no session %1 (never created here, already deleted, or expired); nothing was deleted.</source>
        <extracomment>pokee sessions delete of a session the server does not have; %1 is its id</extracomment>
        <translation>pokee: Der Server hat keine Sitzung %1 (hier nie angelegt, bereits gelöscht oder abgelaufen); es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliTurn</name>
    <message>
        <source>[tool %1] %2</source>
        <translation>[Tool %1] %2</translation>
    </message>
    <message>
        <source>[tool call %1] %2(%3) — a rule answers it</source>
        <translation>[Tool-Aufruf %1] %2(%3) – eine Regel beantwortet ihn</translation>
    </message>
    <message>
        <source>[tool call %1] %2(%3) — answer with: pokee tool-result %4 %1 OUTPUT</source>
        <translation>[Tool-Aufruf %1] %2(%3) – beantworten mit: pokee tool-result %4 %1 OUTPUT</translation>
    </message>
    <message>
        <source>[done] usage: %1</source>
        <translation>[fertig] Verbrauch: %1</translation>
    </message>
    <message>
        <source>[cancelled]</source>
        <translation>[abgebrochen]</translation>
    </message>
    <message>
        <source>[error] %1</source>
        <translation>[Fehler] %1</translation>
    </message>
    <message>
        <source>[rule] drafted for approval %1: %2 — send it with: pokee tool-result %3 %1 OUTPUT</source>
        <translation>[Regel] Entwurf zur Freigabe für %1: %2 – senden mit: pokee tool-result %3 %1 OUTPUT</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>The session is busy with another turn.</source>
        <translation>Die Sitzung ist mit einer anderen Gesprächsrunde beschäftigt.</translation>
    </message>
    <message>
        <source>The session is busy with response %1; follow it with: pokee events %2 %1</source>
        <translation>Die Sitzung ist mit Antwort %1 beschäftigt; verfolgen Sie sie mit: pokee events %2 %1</translation>
    </message>
    <message>
        <source>No open turns in the journal.</source>
        <translation>Keine offenen Gesprächsrunden im Journal.</translation>
    </message>
    <message>
        <source>connection lost (%1), reconnecting in %2 ms, attempt %3</source>
        <translation>Verbindung verloren (%1), neuer Verbindungsversuch in %2 ms, Versuch %3</translation>
    </message>
    <message>
        <source>The journal has no turns of session %1.</source>
        <translation>Das Journal enthält keine Gesprächsrunden der Sitzung %1.</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>[rule] answered %1 (as an error): %2</source>
        <extracomment>A rule answered the tool call %1; %2 says how (such as &quot;reply rule&quot;)</extracomment>
        <translation>[Regel] %1 beantwortet (als Fehler): %2</translation>
    </message>
    <message>
        <source>[rule] answered %1: %2</source>
        <translation>[Regel] %1 beantwortet: %2</translation>
    </message>
</context>
<context>
    <name>pokee::cli::CliWatch</name>
    <message>
        <source>pokee: the server does not know session %1.</source>
        <translation>pokee: Der Server kennt die Sitzung %1 nicht.</translation>
    </message>
    <message>
        <source>busy, but the server does not say with which turn, so it cannot be followed; pokee wait %1 polls it until it is idle.</source>
        <translation>beschäftigt, aber der Server teilt nicht mit, mit welcher Gesprächsrunde; sie kann daher nicht verfolgt werden. pokee wait %1 fragt die Sitzung ab, bis sie inaktiv ist.</translation>
    </message>
    <message>
        <source>idle; waiting for its next turn.</source>
        <translation>inaktiv; es wird auf die nächste Gesprächsrunde gewartet.</translation>
    </message>
    <message>
        <source>idle: no turn to watch.</source>
        <translation>inaktiv: keine Gesprächsrunde zum Verfolgen.</translation>
    </message>
    <message>
        <source>(a turn started elsewhere)</source>
        <translation>(eine anderswo gestartete Gesprächsrunde)</translation>
    </message>
    <message>
        <source>response %1 has ended already; pokee transcript %2 shows it.</source>
        <translation>Antwort %1 ist bereits beendet; pokee transcript %2 zeigt sie.</translation>
    </message>
    <message>
        <source>following response %1</source>
        <translation>Antwort %1 wird verfolgt</translation>
    </message>
</context>
<context>
    <name>pokee::mcp::HttpTransport</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>an answer larger than %1 MB</source>
        <translation>eine Antwort größer als %1 MB</translation>
    </message>
    <message>
        <source>%1 ended the MCP session (HTTP 404); it is connected again at the next call.</source>
        <translation>%1 hat die MCP-Sitzung beendet (HTTP 404); beim nächsten Aufruf wird die Verbindung neu aufgebaut.</translation>
    </message>
    <message>
        <source>%1 asked for its messages to be sent to another address (%2); refused.</source>
        <translation>%1 hat verlangt, seine Nachrichten an eine andere Adresse (%2) zu senden; abgelehnt.</translation>
    </message>
    <message>
        <source>an event larger than %1 MB</source>
        <translation>ein Ereignis größer als %1 MB</translation>
    </message>
    <message>
        <source>%1 does not take Streamable HTTP (HTTP %2); trying the older HTTP+SSE transport.</source>
        <translation>%1 unterstützt kein Streamable HTTP (HTTP %2); der ältere HTTP+SSE-Transport wird versucht.</translation>
    </message>
    <message>
        <source>%1 closed its event stream.</source>
        <translation>%1 hat seinen Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>%1 keeps no stream for its own news (HTTP 405): a change of its tools is seen at the next start.</source>
        <translation>%1 bietet keinen Strom für eigene Meldungen (HTTP 405): Änderungen an seinen Tools werden erst beim nächsten Start erkannt.</translation>
    </message>
    <message>
        <source>The stream of %1&apos;s news stopped: %2</source>
        <translation>Der Meldungsstrom von %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (HTTP %2): check the server&apos;s headers; a token kept in the keychain is changed with pokee mcp secret.</source>
        <translation>%1 hat die Verbindung abgelehnt (HTTP %2): Prüfen Sie die Header des Servers; ein Token im Schlüsselbund ändern Sie mit pokee mcp secret.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>pokee::mcp::McpClient</name>
    <message>
        <source>(the server sent %1)</source>
        <translation>(der Server hat %1 gesendet)</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server did not complete the MCP handshake: %1</source>
        <translation>Der Server hat den MCP-Handshake nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”, which Pokee Desktop does not (it speaks %2).</source>
        <translation>Der Server verwendet die MCP-Version „%1“, die Pokee Desktop nicht unterstützt (unterstützt: %2).</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The server gave no answer in time (%1).</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <source>(not a JSON-RPC message, skipped: %1: %2)</source>
        <translation>(keine JSON-RPC-Nachricht, übersprungen: %1: %2)</translation>
    </message>
    <message>
        <source>The server answered with an error: %1 (JSON-RPC %2)</source>
        <translation>Der Server hat mit einem Fehler geantwortet: %1 (JSON-RPC %2)</translation>
    </message>
    <message>
        <source>The server stopped before it answered: %1.</source>
        <translation>Der Server wurde beendet, bevor er geantwortet hat: %1.</translation>
    </message>
    <message>
        <source>The server stopped during the MCP handshake: %1.</source>
        <translation>Der Server wurde während des MCP-Handshakes beendet: %1.</translation>
    </message>
</context>
<context>
    <name>pokee::mcp::McpServerCheck</name>
    <message>
        <source>(%1 is not in the keychain: the server starts without it)</source>
        <translation>(%1 ist nicht im Schlüsselbund: Der Server startet ohne diesen Wert)</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, MCP %3, %n tool(s)</source>
        <translation>
            <numerusform>%1 %2, MCP %3, %n Tool</numerusform>
            <numerusform>%1 %2, MCP %3, %n Tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::mcp::StdioTransport</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>a line longer than %1 MB, skipped</source>
        <translation>eine Zeile länger als %1 MB, übersprungen</translation>
    </message>
    <message>
        <source>the server crashed</source>
        <translation>der Server ist abgestürzt</translation>
    </message>
    <message>
        <source>the server exited with code %1</source>
        <translation>der Server wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>the server was stopped</source>
        <translation>der Server wurde angehalten</translation>
    </message>
    <message>
        <source> (its last words: %1)</source>
        <translation> (seine letzte Ausgabe: %1)</translation>
    </message>
    <message>
        <source>%1 was not found: it is on neither the PATH the app has nor your login shell&apos;s (%2); give its full path</source>
        <translation>%1 wurde nicht gefunden: es liegt weder im PATH der App noch in dem Ihrer Login-Shell (%2); geben Sie den vollständigen Pfad an</translation>
    </message>
</context>
<context>
    <name>pokee::ui::AboutDialog</name>
    <message>
        <source>About Pokee Desktop</source>
        <translation>Über Pokee Desktop</translation>
    </message>
    <message>
        <source>Pokee Desktop icon</source>
        <translation>Pokee-Desktop-Symbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pokee Desktop %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pokee Desktop %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A native desktop client for the Pokee Enterprise API: watch agent turns stream in and resume them after any drop, answer tool calls by hand or by rule, and download what the agent wrote.</source>
        <translation>Ein nativer Desktop-Client für die Pokee Enterprise API: Verfolgen Sie die Gesprächsrunden des Agenten live und setzen Sie sie nach jedem Verbindungsabbruch fort, beantworten Sie Tool-Aufrufe von Hand oder per Regel und laden Sie herunter, was der Agent geschrieben hat.</translation>
    </message>
    <message>
        <source>Application id: %1</source>
        <translation>Anwendungs-ID: %1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>through Qt SQL</source>
        <translation>über Qt SQL</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erstellt mit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Running on %1 (%2)</source>
        <translation>Läuft auf %1 (%2)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>pokee::ui::BusyBanner</name>
    <message>
        <source>Follow the turn that is running in this session</source>
        <translation>Die Gesprächsrunde verfolgen, die in dieser Sitzung läuft</translation>
    </message>
    <message>
        <source>Check until the session is free, then let you send</source>
        <translation>Warten, bis die Sitzung frei ist, und dann das Senden erlauben</translation>
    </message>
    <message>
        <source>This session is busy with another turn. Attach to follow it, or wait until it is done.</source>
        <translation>Diese Sitzung ist mit einer anderen Gesprächsrunde beschäftigt. Verfolgen Sie sie oder warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>The server did not say which turn is running</source>
        <translation>Der Server hat nicht mitgeteilt, welche Gesprächsrunde läuft</translation>
    </message>
    <message>
        <source>Waiting for the running turn to finish…</source>
        <translation>Warten auf das Ende der laufenden Gesprächsrunde…</translation>
    </message>
    <message>
        <source>The session is free again: send your message.</source>
        <translation>Die Sitzung ist wieder frei: Senden Sie Ihre Nachricht.</translation>
    </message>
    <message>
        <source>Attach</source>
        <comment>verb</comment>
        <extracomment>A button: follow the turn that is already running in this session</extracomment>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Wait</source>
        <comment>verb</comment>
        <extracomment>A button: wait until the session is free</extracomment>
        <translation>Warten</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Jump to latest ↓</source>
        <translation>Zur neuesten Nachricht ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow it</source>
        <translation>Zur neuesten Nachricht scrollen und ihr folgen</translation>
    </message>
    <message>
        <source>Send a message to start.</source>
        <translation>Senden Sie eine Nachricht, um zu beginnen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <extracomment>Spoken by a screen reader when Tab reaches a link in a message; %1 is its text</extracomment>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Copy code button</source>
        <extracomment>Spoken by a screen reader when Tab reaches a code block&apos;s copy button</extracomment>
        <translation>Schaltfläche „Code kopieren“</translation>
    </message>
    <message>
        <source>Expand: %1</source>
        <extracomment>Spoken by a screen reader when Tab reaches a fold toggle; %1 is its line, e.g. &quot;Thinking&quot;</extracomment>
        <translation>Ausklappen: %1</translation>
    </message>
    <message>
        <source>Collapse: %1</source>
        <translation>Einklappen: %1</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Accessible name of the user&apos;s own message in the conversation</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <extracomment>Accessible name of an answer in the conversation</extracomment>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool call %1 — %2</source>
        <extracomment>Accessible name of a call of one of the user&apos;s tools: %1 its name, %2 its state</extracomment>
        <translation>Tool-Aufruf %1 – %2</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Accessible name of a turn that failed</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>Accessible name of a notice in the conversation (connection lost, …)</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <extracomment>Accessible name of an event this version does not know</extracomment>
        <translation>Unbekanntes Ereignis</translation>
    </message>
    <message>
        <source>Tool call</source>
        <extracomment>Accessible description of a tool block</extracomment>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>Accessible description of the model&apos;s folded reasoning</extracomment>
        <translation>Denkprozess</translation>
    </message>
</context>
<context>
    <name>pokee::ui::CleanUpDialog</name>
    <message>
        <source>Clean up sessions</source>
        <translation>Sitzungen aufräumen</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Choices after &quot;Delete idle sessions older than:&quot;</extracomment>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>any age (every idle session)</source>
        <translation>beliebig alt (alle inaktiven Sitzungen)</translation>
    </message>
    <message>
        <source>Delete idle sessions older than:</source>
        <translation>Inaktive Sitzungen löschen, die älter sind als:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 — idle %2</source>
        <translation>%1 – zuletzt aktiv %2</translation>
    </message>
    <message>
        <source>No idle session is that old. Nothing would be deleted.</source>
        <translation>Keine inaktive Sitzung ist so alt. Es würde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) and their workspace files will be deleted on the server. The server decides by its own clock: a session used elsewhere meanwhile stays.</source>
        <translation>
            <numerusform>%n Sitzung und ihre Dateien im Arbeitsbereich werden auf dem Server gelöscht. Der Server entscheidet nach seiner eigenen Uhr: Eine Sitzung, die inzwischen anderswo verwendet wurde, bleibt bestehen.</numerusform>
            <numerusform>%n Sitzungen und ihre Dateien im Arbeitsbereich werden auf dem Server gelöscht. Der Server entscheidet nach seiner eigenen Uhr: Eine Sitzung, die inzwischen anderswo verwendet wurde, bleibt bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Sessions to delete</source>
        <translation>Zu löschende Sitzungen</translation>
    </message>
</context>
<context>
    <name>pokee::ui::CommandPalette</name>
    <message>
        <source>The command palette is missing from this installation (pokee-commandbar); reinstall Pokee Desktop to get it back. The menus hold every action.</source>
        <translation>Die Befehlspalette fehlt in dieser Installation (pokee-commandbar); installieren Sie Pokee Desktop neu, um sie wiederherzustellen. Die Menüs enthalten alle Aktionen.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Session file</source>
        <translation>Sitzungsdatei</translation>
    </message>
    <message>
        <source>Waiting call</source>
        <translation>Wartender Tool-Aufruf</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <extracomment>A tool call waiting for an answer, in the command palette: &quot;get_weather in “Trip plans”&quot;</extracomment>
        <translation>%1 in „%2“</translation>
    </message>
    <message>
        <source>%1 in “%2” (%3)</source>
        <extracomment>…and in another profile&apos;s session: &quot;get_weather in “Trip plans” (Work)&quot;</extracomment>
        <translation>%1 in „%2“ (%3)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>pokee::ui::Composer</name>
    <message>
        <source>Message the agent — Enter to send, Shift+Enter for a new line</source>
        <translation>Nachricht an den Agenten – Enter zum Senden, Umschalt+Enter für eine neue Zeile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>A button: stop the running turn, or send the message</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running turn (Esc)</source>
        <translation>Laufende Gesprächsrunde abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>noun</comment>
        <extracomment>Accessible name of the field where the user writes to the agent</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>verb</comment>
        <extracomment>A button: send the message to the agent</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Not sent: a turn is still running in this session. Your message stays here; send it when the turn ends, or cancel the turn (Esc).</source>
        <translation>Nicht gesendet: In dieser Sitzung läuft noch eine Gesprächsrunde. Ihre Nachricht bleibt hier; senden Sie sie, sobald die Gesprächsrunde beendet ist, oder brechen Sie die Gesprächsrunde ab (Esc).</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ConversationPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All in Conversation</source>
        <translation>&amp;Alles in der Unterhaltung auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON (raw events)…</source>
        <translation>Als &amp;JSON exportieren (Rohereignisse)…</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>Zur &amp;neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>This session ended on the server: its transcript is kept here, read-only.</source>
        <translation>Diese Sitzung wurde auf dem Server beendet: Ihr Verlauf bleibt hier schreibgeschützt erhalten.</translation>
    </message>
    <message>
        <source>Open a session first, then export it.</source>
        <translation>Öffnen Sie zuerst eine Sitzung und exportieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
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
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ConversationSplit</name>
    <message>
        <source>New session — %1</source>
        <translation>Neue Sitzung – %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Active conversation</source>
        <translation>Aktive Unterhaltung</translation>
    </message>
</context>
<context>
    <name>pokee::ui::DesktopNotifier</name>
    <message>
        <source>“%1” is done</source>
        <translation>„%1“ ist fertig</translation>
    </message>
    <message>
        <source>The agent finished its answer.</source>
        <translation>Der Agent hat seine Antwort abgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” failed</source>
        <translation>„%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The turn ended with an error.</source>
        <translation>Die Gesprächsrunde endete mit einem Fehler.</translation>
    </message>
    <message>
        <source>“%1” has stopped working</source>
        <translation>„%1“ ist nicht mehr aktiv</translation>
    </message>
    <message>
        <source>The session is idle again: open it to see how its turn ended.</source>
        <translation>Die Sitzung ist wieder inaktiv: Öffnen Sie sie, um zu sehen, wie ihre Gesprächsrunde endete.</translation>
    </message>
    <message>
        <source>The session is idle again (%1): open it to see how its turn ended.</source>
        <translation>Die Sitzung ist wieder inaktiv (%1): Öffnen Sie sie, um zu sehen, wie ihre Gesprächsrunde endete.</translation>
    </message>
    <message>
        <source>In “%1”.</source>
        <translation>In „%1“.</translation>
    </message>
    <message>
        <source>In “%1” of %2.</source>
        <translation>In „%1“ von %2.</translation>
    </message>
    <message>
        <source>%1 is waiting for your answer</source>
        <translation>%1 wartet auf Ihre Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n tool call(s) wait in the inbox.</source>
        <translation>
            <numerusform>%1 %n Tool-Aufruf wartet im Posteingang.</numerusform>
            <numerusform>%1 %n Tool-Aufrufe warten im Posteingang.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Answer it in the tool-call inbox.</source>
        <translation>%1 Beantworten Sie ihn im Posteingang für Tool-Aufrufe.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::DesktopShell</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the API key for “%1” (%2).</source>
        <translation>Geben Sie den API-Schlüssel für „%1“ ein (%2).</translation>
    </message>
    <message>
        <source>Using the new key for this run; update POKEE_KEY for the next.</source>
        <translation>Der neue Schlüssel gilt für diesen Start; aktualisieren Sie POKEE_KEY für den nächsten Start.</translation>
    </message>
    <message>
        <source>No key was given for “%1”.</source>
        <translation>Für „%1“ wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http:// to another machine; the key crosses the network unencrypted.</source>
        <translation>Warnung: %1 verwendet unverschlüsseltes http:// zu einem anderen Rechner; der Schlüssel wird unverschlüsselt über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>%1 refused the key of “%2” (HTTP 401). Enter the key again:</source>
        <translation>%1 hat den Schlüssel für „%2“ abgelehnt (HTTP 401). Geben Sie den Schlüssel erneut ein:</translation>
    </message>
    <message>
        <source>no key in the keychain</source>
        <translation>kein Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Indexing older sessions for search: %1 %</source>
        <translation>Ältere Sitzungen werden für die Suche indiziert: %1 %</translation>
    </message>
    <message>
        <source>Older sessions are indexed: Edit → Find in All Sessions finds their words.</source>
        <translation>Ältere Sitzungen sind indiziert: Bearbeiten → In allen Sitzungen suchen durchsucht jetzt auch diese.</translation>
    </message>
    <message>
        <source>%1 Restart Pokee Desktop to start the local demo again.</source>
        <translation>%1 Starten Sie Pokee Desktop neu, um die lokale Demo wieder zu starten.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::DownloadDelegate</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>A download&apos;s progress: the size received of the file&apos;s size, such as &quot;1.2 MB of 3.4 MB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s “%2”)</source>
        <extracomment>A download saved under another name: the local name, then the name the server gave it</extracomment>
        <translation>%1 (auf dem Server „%2“)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A download speed: %1 is a size such as 1.2 MB</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>The time a download still needs, such as &quot;3 min left&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>pokee::ui::EventInspector</name>
    <message>
        <source>Event inspector</source>
        <translation>Ereignisinspektor</translation>
    </message>
    <message>
        <source>The headers of the turn&apos;s last connection, and what the connection went through, appear here.</source>
        <translation>Hier erscheinen die Header der letzten Verbindung der Gesprächsrunde und der Verlauf dieser Verbindung.</translation>
    </message>
    <message>
        <source>Copy as JSON lines</source>
        <translation>Als JSON-Zeilen kopieren</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>Events of the turn</source>
        <translation>Ereignisse der Gesprächsrunde</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
</context>
<context>
    <name>pokee::ui::FilesController</name>
    <message>
        <source>“%1” is downloaded</source>
        <translation>„%1“ wurde heruntergeladen</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>“%1” was not downloaded</source>
        <translation>„%1“ wurde nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) · %1%</source>
        <translation>
            <numerusform>%n Datei wird heruntergeladen · %1 %</numerusform>
            <numerusform>%n Dateien werden heruntergeladen · %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird heruntergeladen</numerusform>
            <numerusform>%n Dateien werden heruntergeladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pokee::ui::FilesDock</name>
    <message>
        <source>
Download it to drag it out.</source>
        <translation>
Laden Sie die Datei herunter, um sie herauszuziehen.</translation>
    </message>
    <message>
        <source>modified %1</source>
        <extracomment>%1 is the date and time the file was last changed</extracomment>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>saved as “%1”</source>
        <translation>gespeichert als „%1“</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Workspace files</source>
        <translation>Dateien im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Wählen Sie eine Datei für die Vorschau aus.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download all</source>
        <translation>Alle herunterladen</translation>
    </message>
    <message>
        <source>This folder and every folder in it</source>
        <translation>Dieser Ordner und alle Ordner darin</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>This image could not be read.</source>
        <translation>Dieses Bild konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>%n Datei in der Warteschlange.</numerusform>
            <numerusform>%n Dateien in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued; %1</source>
        <translation>
            <numerusform>%n Datei in der Warteschlange; %1</numerusform>
            <numerusform>%n Dateien in der Warteschlange; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <extracomment>The top of the session&apos;s workspace, first step of the folder path</extracomment>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A folder: open it with a double click or Enter.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ein Ordner: Öffnen Sie ihn per Doppelklick oder mit Enter.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>

[… the preview shows the first %1; download the file for the rest]</source>
        <translation>

[… die Vorschau zeigt die ersten %1; laden Sie die Datei herunter, um den Rest zu sehen]</translation>
    </message>
    <message>
        <source>Decoding the image…</source>
        <translation>Bild wird dekodiert…</translation>
    </message>
    <message>
        <source>No preview for this kind of file: download it, then Open.</source>
        <translation>Für diesen Dateityp gibt es keine Vorschau: Laden Sie die Datei herunter und klicken Sie dann auf „Öffnen“.</translation>
    </message>
    <message>
        <source>Listing every folder…</source>
        <translation>Alle Ordner werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <extracomment>The exact size of a file; %1 is the number of bytes, written as the language writes numbers</extracomment>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <extracomment>A button: open the downloaded file with its application</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Dateivorschau</translation>
    </message>
    <message>
        <source>No session is open</source>
        <translation>Keine Sitzung geöffnet</translation>
    </message>
    <message>
        <source>Open a session or start one: the files its agent writes appear here, to preview and download.</source>
        <translation>Öffnen oder beginnen Sie eine Sitzung: Die Dateien, die ihr Agent schreibt, erscheinen hier zur Vorschau und zum Herunterladen.</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>Noch keine Dateien</translation>
    </message>
    <message>
        <source>The files this session&apos;s agent writes appear here, to preview and download. The list is refreshed when a turn ends.</source>
        <translation>Die Dateien, die der Agent dieser Sitzung schreibt, erscheinen hier zur Vorschau und zum Herunterladen. Die Liste wird am Ende jeder Gesprächsrunde aktualisiert.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::FindInSessionsDialog</name>
    <message>
        <source>your prompt</source>
        <extracomment>Where a search found its words: in the user&apos;s prompt</extracomment>
        <translation>Ihr Prompt</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>the thinking</source>
        <translation>der Denkprozess</translation>
    </message>
    <message>
        <source>a tool call</source>
        <translation>ein Tool-Aufruf</translation>
    </message>
    <message>
        <source>a tool result</source>
        <translation>ein Tool-Ergebnis</translation>
    </message>
    <message>
        <source>Every open &amp;profile</source>
        <translation>Alle geöffneten &amp;Profile</translation>
    </message>
    <message>
        <source>Find in All Sessions</source>
        <translation>In allen Sitzungen suchen</translation>
    </message>
    <message>
        <source>Words to find — &quot;a phrase&quot;, or the start of a word*</source>
        <translation>Suchbegriffe – &quot;genaue Wortgruppe&quot; oder Wortanfang*</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>In prompts</source>
        <translation>In Prompts</translation>
    </message>
    <message>
        <source>In answers</source>
        <translation>In Antworten</translation>
    </message>
    <message>
        <source>In tool calls and results</source>
        <translation>In Tool-Aufrufen und -Ergebnissen</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Suchbereich</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or look in every open profile.</source>
        <translation>Nichts gefunden. Prüfen Sie die Schreibweise oder suchen Sie in allen geöffneten Profilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found; Enter opens one.</source>
        <translation>
            <numerusform>%n Stelle gefunden; Enter öffnet sie.</numerusform>
            <numerusform>%n Stellen gefunden; Enter öffnet eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>When it was said</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Beste Treffer zuerst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
</context>
<context>
    <name>pokee::ui::JsonEditor</name>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
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
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>It is stored in the system keychain, never in a file.</source>
        <translation>Er wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::KeychainFallbackBox</name>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Use the key for this run only</source>
        <translation>Schlüssel nur für diesen Start verwenden</translation>
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
        <translation>Tool-Aufruf %1 wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>%1 in “%2” is waiting for your answer.</source>
        <translation>%1 in „%2“ wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>A rule answered %1 (%2).</source>
        <translation>Eine Regel hat %1 beantwortet (%2).</translation>
    </message>
    <message>
        <source>A rule drafted an answer to %1: approve it in the tool-call inbox.</source>
        <translation>Eine Regel hat eine Antwort auf %1 entworfen: Geben Sie sie im Posteingang für Tool-Aufrufe frei.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Files and downloads</source>
        <translation>&amp;Dateien und Downloads</translation>
    </message>
    <message>
        <source>Tool-call &amp;Inbox</source>
        <translation>&amp;Posteingang für Tool-Aufrufe</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&amp;About Pokee Desktop</source>
        <translation>Ü&amp;ber Pokee Desktop</translation>
    </message>
    <message>
        <source>%1 in “%2” of %3 is waiting for your answer.</source>
        <translation>%1 in „%2“ von %3 wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>&amp;Split Conversation</source>
        <translation>Unterhaltung &amp;teilen</translation>
    </message>
    <message>
        <source>The conversation could not be split.</source>
        <translation>Die Unterhaltung konnte nicht geteilt werden.</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Open a session first, then open it in a window of its own.</source>
        <translation>Öffnen Sie zuerst eine Sitzung, dann können Sie sie in einem eigenen Fenster öffnen.</translation>
    </message>
    <message>
        <source>Inbox in Its Own &amp;Window</source>
        <translation>Posteingang in eigenem &amp;Fenster</translation>
    </message>
    <message>
        <source>Files and Downloads in Their Own W&amp;indow</source>
        <translation>Dateien und Downloads in eigenem F&amp;enster</translation>
    </message>
    <message>
        <source>Find in All &amp;Sessions…</source>
        <translation>In a&amp;llen Sitzungen suchen…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>“%1” is no longer listed in this session&apos;s files.</source>
        <translation>„%1“ ist nicht mehr unter den Dateien dieser Sitzung aufgeführt.</translation>
    </message>
    <message>
        <source>The welcome note is put away; Help → Welcome shows it again.</source>
        <translation>Der Willkommenshinweis ist ausgeblendet; Hilfe → Willkommen zeigt ihn wieder an.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpCallPanel</name>
    <message>
        <source>Approve and Run</source>
        <extracomment>A button in the inbox: let the user&apos;s MCP server run this tool call</extracomment>
        <translation>Freigeben und ausführen</translation>
    </message>
    <message>
        <source>Let me read the answer before it is sent</source>
        <translation>Antwort vor dem Senden anzeigen</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Ask once per session</source>
        <translation>Einmal pro Sitzung fragen</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>What happens to the next calls of this tool (kept in the tool library)</source>
        <translation>Was mit den nächsten Aufrufen dieses Tools geschieht (in der Tool-Bibliothek gespeichert)</translation>
    </message>
    <message>
        <source>Approval of this tool</source>
        <translation>Freigabe dieses Tools</translation>
    </message>
    <message>
        <source>The MCP server runs the call now; its answer goes to the agent</source>
        <translation>Der MCP-Server führt den Aufruf jetzt aus; seine Antwort geht an den Agenten</translation>
    </message>
    <message>
        <source>The server&apos;s answer waits in the answer box, to read or edit, until you send it</source>
        <translation>Die Antwort des Servers bleibt im Antwortfeld, wo Sie sie prüfen oder bearbeiten können, bis Sie sie senden</translation>
    </message>
    <message>
        <source>Progress of the MCP server</source>
        <translation>Fortschritt des MCP-Servers</translation>
    </message>
    <message>
        <source>Runs &lt;b&gt;%1&lt;/b&gt; on your MCP server &lt;b&gt;%2&lt;/b&gt;. The tool says: %3.</source>
        <translation>Führt &lt;b&gt;%1&lt;/b&gt; auf Ihrem MCP-Server &lt;b&gt;%2&lt;/b&gt; aus. Angaben des Tools: %3.</translation>
    </message>
    <message>
        <source>What a tool says of itself is shown, never trusted: a tool that does not say it is harmless is taken to change things.</source>
        <translation>Die Selbstauskunft eines Tools wird angezeigt, aber nie als vertrauenswürdig eingestuft: Ein Tool, das sich nicht als harmlos ausweist, wird so behandelt, als ändere es Daten.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpConsentDialog</name>
    <message>
        <source>Run the MCP server %1?</source>
        <translation>Den MCP-Server %1 starten?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has not run on this computer before, or its definition changed. It would run this command, &lt;b&gt;with your rights&lt;/b&gt;: it can read and change what you can.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde auf diesem Rechner noch nie ausgeführt oder seine Definition hat sich geändert. Er würde den folgenden Befehl &lt;b&gt;mit Ihren Rechten&lt;/b&gt; ausführen: Er kann alles lesen und ändern, was Sie lesen und ändern können.</translation>
    </message>
    <message>
        <source>The command line, in full</source>
        <translation>Die vollständige Befehlszeile</translation>
    </message>
    <message>
        <source>&amp;Run It</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>You are asked again if its command, arguments or variables change.</source>
        <translation>Sie werden erneut gefragt, wenn sich Befehl, Argumente oder Variablen ändern.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpServerForm</name>
    <message>
        <source>Runs a &amp;command on this computer</source>
        <translation>Führt einen &amp;Befehl auf diesem Rechner aus</translation>
    </message>
    <message>
        <source>Is reached at an &amp;address (HTTP)</source>
        <translation>Ist unter einer &amp;Adresse erreichbar (HTTP)</translation>
    </message>
    <message>
        <source>Add an MCP Server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <translation>Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <source>One argument per line, as it is (no quoting)</source>
        <translation>Ein Argument pro Zeile, wörtlich (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>A value whose name looks secret (…_KEY, …TOKEN, Authorization, …) is kept in the system keychain, never in the servers&apos; file.</source>
        <translation>Werte, deren Name auf ein Geheimnis hindeutet (…_KEY, …TOKEN, Authorization, …), werden im Schlüsselbund des Systems gespeichert, nie in der Serverdatei.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>A&amp;rgumente:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Arbeits&amp;ordner:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>mcp server</comment>
        <extracomment>The button that adds the server typed in the form</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>npx, uvx, or the program&apos;s path</source>
        <translation>npx, uvx oder Programmpfad</translation>
    </message>
    <message>
        <source>https://example.com/mcp</source>
        <translation>https://example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variablen:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>NAME=value, one per line</source>
        <translation>NAME=Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>Name: Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>That is an address: choose “Is reached at an address”.</source>
        <translation>Das ist eine Adresse: Wählen Sie „Ist unter einer Adresse erreichbar“.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::McpServersDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>MCP Servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>The server&apos;s log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>From Claude Desktop</source>
        <translation>Aus Claude Desktop</translation>
    </message>
    <message>
        <source>From Cursor</source>
        <translation>Aus Cursor</translation>
    </message>
    <message>
        <source>From VS Code</source>
        <translation>Aus VS Code</translation>
    </message>
    <message>
        <source>From a File…</source>
        <translation>Aus einer Datei…</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Log (the server&apos;s standard error and what it said):</source>
        <translation>Protokoll (Standardfehlerausgabe und Meldungen des Servers):</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets.</source>
        <translation>%1 und seine geheimen Werte wurden entfernt.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>noch nicht freigegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No MCP servers yet: Import… reads them from Claude Desktop, Cursor, VS Code or a file.</source>
        <translation>Noch keine MCP-Server: „Importieren…“ übernimmt sie aus Claude Desktop, Cursor, VS Code oder einer Datei.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The keychain did not take %1&apos;s %2: %3</source>
        <translation>Der Schlüsselbund hat %2 von %1 nicht angenommen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s); their secrets went to the keychain.</source>
        <translation>
            <numerusform>%n Server importiert; geheime Werte wurden im Schlüsselbund gespeichert.</numerusform>
            <numerusform>%n Server importiert; geheime Werte wurden im Schlüsselbund gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>%1 works: %2</source>
        <translation>%1 funktioniert: %2</translation>
    </message>
    <message>
        <source>%1 does not work: %2</source>
        <translation>%1 funktioniert nicht: %2</translation>
    </message>
    <message>
        <source>Changed since the last import (new sessions get the new definitions): %1</source>
        <translation>Seit dem letzten Import geändert (neue Sitzungen erhalten die neuen Definitionen): %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tool(s) of %1 into the tool library.</source>
        <translation>
            <numerusform>%n Tool von %1 in die Tool-Bibliothek importiert.</numerusform>
            <numerusform>%n Tools von %1 in die Tool-Bibliothek importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Tools into the &amp;Library</source>
        <translation>Tools in die &amp;Bibliothek importieren</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>A server typed in: a command, or an address</source>
        <translation>Server manuell eingeben: Befehl oder Adresse</translation>
    </message>
    <message>
        <source>Added %1. Test starts it, after showing you its command line.</source>
        <translation>%1 hinzugefügt. „Testen“ zeigt Ihnen seine Befehlszeile und startet ihn dann.</translation>
    </message>
    <message>
        <source>Added %1; its secrets went to the keychain. Test starts it, after showing you its command line.</source>
        <translation>%1 hinzugefügt; geheime Werte wurden im Schlüsselbund gespeichert. „Testen“ zeigt Ihnen seine Befehlszeile und startet ihn dann.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::NewSessionDialog</name>
    <message>
        <source>Keep the session after each answer (persistent)</source>
        <translation>Sitzung nach jeder Antwort behalten (dauerhaft)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Choices of a persistent session&apos;s lifetime</extracomment>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>The unit after the number of hours in a spin box (abbreviated; keep the space before it if your language has one)</extracomment>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Lebensdauer:</translation>
    </message>
    <message>
        <source>Custom lifetime:</source>
        <translation>Benutzerdefinierte Lebensdauer:</translation>
    </message>
    <message>
        <source>A session that is not persistent is destroyed by the server 5 minutes after its last answer, with its workspace files.</source>
        <translation>Eine nicht dauerhafte Sitzung wird vom Server 5 Minuten nach ihrer letzten Antwort gelöscht, samt ihren Dateien im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Tools the agent may call</source>
        <translation>Tools, die der Agent aufrufen darf</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tools: none. A session&apos;s tools are fixed once it exists; define your own in Tools → Tool library to hand them to new sessions.</source>
        <translation>Tools: keine. Die Tools einer Sitzung stehen fest, sobald sie angelegt ist; legen Sie unter Extras → Tool-Bibliothek eigene Tools an, um sie neuen Sitzungen zur Verfügung zu stellen.</translation>
    </message>
    <message>
        <source>Tools the agent may call (answered in the tool-call inbox or by your rules). A session&apos;s tools are fixed once it exists.</source>
        <translation>Tools, die der Agent aufrufen darf (sie werden im Posteingang für Tool-Aufrufe oder durch Ihre Regeln beantwortet). Die Tools einer Sitzung stehen fest, sobald sie angelegt ist.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>pokee::ui::OpenSessionSync</name>
    <message>
        <source>Session %1 deleted.</source>
        <translation>Sitzung %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::PendingCallsButton</name>
    <message>
        <source>Tool calls waiting for your answer</source>
        <translation>Tool-Aufrufe, die auf Ihre Antwort warten</translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s) waiting</source>
        <translation>
            <numerusform>%n Tool-Aufruf wartet</numerusform>
            <numerusform>%n Tool-Aufrufe warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in „%2“</translation>
    </message>
    <message>
        <source>%1 in “%2” (%3)</source>
        <translation>%1 in „%2“ (%3)</translation>
    </message>
</context>
<context>
    <name>pokee::ui::PlaygroundWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stateless playground — POST /v1/responses</source>
        <translation>Zustandslose Testumgebung – POST /v1/responses</translation>
    </message>
    <message>
        <source>A prompt, or a JSON array of Responses items. Ctrl+Enter sends.</source>
        <translation>Ein Prompt oder ein JSON-Array von Responses-Elementen. Strg+Enter sendet.</translation>
    </message>
    <message>
        <source>Optional system prompt</source>
        <translation>Optionaler System-Prompt</translation>
    </message>
    <message>
        <source>the tenant&apos;s default</source>
        <translation>Standard des Mandanten</translation>
    </message>
    <message>
        <source>Tools from the library</source>
        <translation>Tools aus der Bibliothek</translation>
    </message>
    <message>
        <source>flat (Responses)</source>
        <translation>flach (Responses)</translation>
    </message>
    <message>
        <source>nested (Chat Completions)</source>
        <translation>verschachtelt (Chat Completions)</translation>
    </message>
    <message>
        <source>auto, none, required, or function:NAME to force one tool</source>
        <translation>auto, none, required oder function:NAME, um ein bestimmtes Tool zu erzwingen</translation>
    </message>
    <message>
        <source>default (4096)</source>
        <translation>Standard (4096)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>stop sequences, separated by |</source>
        <translation>Stoppsequenzen, getrennt durch |</translation>
    </message>
    <message>
        <source>metadata is a JSON object</source>
        <translation>Metadaten als JSON-Objekt</translation>
    </message>
    <message>
        <source>Request and response history as JSON</source>
        <translation>Anfrage- und Antwortverlauf als JSON</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>Tools:</translation>
    </message>
    <message>
        <source>Tool shape:</source>
        <translation>Tool-Form:</translation>
    </message>
    <message>
        <source>tool_choice:</source>
        <translation>tool_choice:</translation>
    </message>
    <message>
        <source>max_output_tokens:</source>
        <translation>max_output_tokens:</translation>
    </message>
    <message>
        <source>temperature:</source>
        <translation>temperature:</translation>
    </message>
    <message>
        <source>top_p:</source>
        <translation>top_p:</translation>
    </message>
    <message>
        <source>stop:</source>
        <translation>stop:</translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation>metadata:</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>Copy history as JSON</source>
        <translation>Verlauf als JSON kopieren</translation>
    </message>
    <message>
        <source>History (JSON)</source>
        <translation>Verlauf (JSON)</translation>
    </message>
    <message>
        <source>The playground was closed.</source>
        <translation>Die Testumgebung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Type an input first.</source>
        <translation>Geben Sie zuerst eine Eingabe ein.</translation>
    </message>
    <message>
        <source>The input starts like an array of items but does not read: %1</source>
        <translation>Die Eingabe beginnt wie ein Array von Elementen, ist aber nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>The metadata does not read: %1</source>
        <translation>Die Metadaten sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>**You:** %1

</source>
        <extracomment>Markdown (keep the **…**): the user&apos;s input in the playground&apos;s transcript</extracomment>
        <translation>**Sie:** %1

</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n Element)</numerusform>
            <numerusform>(%n Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>Beantwortet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The playground&apos;s request was cancelled.</source>
        <translation>Die Anfrage der Testumgebung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled: the request in flight was abandoned and nothing more is sent.</source>
        <translation>Abgebrochen: Die laufende Anfrage wurde verworfen, und es wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>**Function call** `%1` (%2):

</source>
        <translation>**Funktionsaufruf** `%1` (%2):

</translation>
    </message>
    <message>
        <source>*An output item of type %1, shown in the history.*

</source>
        <translation>*Ein Ausgabeelement vom Typ %1, im Verlauf angezeigt.*

</translation>
    </message>
    <message>
        <source>*%1 input and %2 output tokens.*

</source>
        <extracomment>Markdown (keep the *…*): the tokens the request used</extracomment>
        <translation>*%1 Eingabe- und %2 Ausgabe-Tokens.*

</translation>
    </message>
    <message>
        <source>Answered; answering its function calls…</source>
        <translation>Beantwortet; die Funktionsaufrufe darin werden beantwortet…</translation>
    </message>
    <message numerus="yes">
        <source>%n function call(s) wait for your answer in the tool-call inbox.</source>
        <translation>
            <numerusform>%n Funktionsaufruf wartet im Posteingang für Tool-Aufrufe auf Ihre Antwort.</numerusform>
            <numerusform>%n Funktionsaufrufe warten im Posteingang für Tool-Aufrufe auf Ihre Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>&gt; %1 answered by you:

</source>
        <translation>&gt; %1 von Ihnen beantwortet:

</translation>
    </message>
    <message numerus="yes">
        <source>%n more function call(s) wait in the inbox.</source>
        <translation>
            <numerusform>%n weiterer Funktionsaufruf wartet im Posteingang.</numerusform>
            <numerusform>%n weitere Funktionsaufrufe warten im Posteingang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the answers…</source>
        <translation>Die Antworten werden gesendet…</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>verb</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Input</source>
        <comment>request input</comment>
        <extracomment>Accessible name of the field with the request&apos;s input</extracomment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>model answer</comment>
        <extracomment>The model&apos;s answer (accessible name and tab title)</extracomment>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>&gt; %1 answered by a rule (as an error):

</source>
        <extracomment>Markdown: a rule answered the function call %1 (the &quot;&gt; &quot; quotes it)</extracomment>
        <translation>&gt; %1 von einer Regel beantwortet (als Fehler):

</translation>
    </message>
    <message>
        <source>&gt; %1 answered by a rule:

</source>
        <translation>&gt; %1 von einer Regel beantwortet:

</translation>
    </message>
    <message>
        <source>**Agent:** %1

</source>
        <extracomment>Markdown (keep the **…**): the model&apos;s answer in the playground&apos;s transcript</extracomment>
        <translation>**Agent:** %1

</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The account and server in use</source>
        <translation>Verwendetes Konto und verwendeter Server</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A profile in the switcher with what keeps it from being followed: &quot;Home — key refused&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ProfilesDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Dieses Profil verwenden</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation>keines: die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Extra CA certificate:</source>
        <translation>Zusätzliches CA-Zertifikat:</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in a file.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>stored in the keychain; type a new one to replace it</source>
        <translation>im Schlüsselbund gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>⚠ Plain http:// to another machine: the key and every answer cross the network unencrypted. Use https:// if the server offers it.</source>
        <translation>⚠ Unverschlüsseltes http:// zu einem anderen Rechner: Der Schlüssel und alle Antworten werden unverschlüsselt über das Netzwerk übertragen. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>Paste the profile&apos;s API key first.</source>
        <translation>Fügen Sie zuerst den API-Schlüssel des Profils ein.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its key from the keychain? Its local journal (transcripts) stays on this computer.</source>
        <translation>Das Profil „%1“ und seinen Schlüssel aus dem Schlüsselbund entfernen? Sein lokales Journal (die Verläufe) bleibt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>verb</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
</context>
<context>
    <name>pokee::ui::RulesDialog</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Regeln – die erste passende gilt</translation>
    </message>
    <message>
        <source>The rules file</source>
        <translation>Die Regeldatei</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %n rule(s). The first enabled match wins; a call no rule matches is asked about.</source>
        <translation>
            <numerusform>Gültig: %n Regel. Die erste aktivierte passende Regel gilt; passt keine, wird nachgefragt.</numerusform>
            <numerusform>Gültig: %n Regeln. Die erste aktivierte passende Regel gilt; passt keine, wird nachgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>A button: delete the selected rule</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Tick a rule to enable it.</source>
        <translation>Setzen Sie das Häkchen bei einer Regel, um sie zu aktivieren.</translation>
    </message>
    <message>
        <source>Every answer a rule gave, newest last. Kept in %1.</source>
        <translation>Alle Antworten der Regeln, die neueste zuletzt. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The rules do not read yet: %1</source>
        <translation>Die Regeln sind noch nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>sent as error</source>
        <extracomment>The audit log&apos;s Result column: the rule&apos;s answer was sent to the agent (as an error)</extracomment>
        <translation>als Fehler gesendet</translation>
    </message>
    <message>
        <source>(stateless)</source>
        <translation>(zustandslos)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The rule that answered: its number in the list, then what it does</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <extracomment>%1 is how the answer went, %2 the exit status of the rule&apos;s command</extracomment>
        <translation>%1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>When</source>
        <comment>audit column</comment>
        <extracomment>Column headers of the rules&apos; audit log: when the rule answered, the session, the tool called, the call&apos;s arguments, the rule that answered, what it answered, and how the answer went</extracomment>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>audit column</comment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Tool</source>
        <comment>audit column</comment>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Arguments</source>
        <comment>audit column</comment>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Rule</source>
        <comment>audit column</comment>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>audit column</comment>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>audit column</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>answer sent</comment>
        <translation>gesendet</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SearchBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 blocks · %n match(es)</source>
        <translation>
            <numerusform>Block %1 von %2 · %n Treffer</numerusform>
            <numerusform>Block %1 von %2 · %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionDelegate</name>
    <message>
        <source>Ended on the server · transcript kept here</source>
        <translation>Auf dem Server beendet · Verlauf hier gespeichert</translation>
    </message>
    <message>
        <source>Idle · %1</source>
        <extracomment>A session&apos;s state in the list, with when it was last active (such as &quot;5 min ago&quot;)</extracomment>
        <translation>Inaktiv · %1</translation>
    </message>
    <message>
        <source>expiring</source>
        <extracomment>A short badge: the server is about to destroy the session</extracomment>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Short badges: the time before the server destroys the session, such as &quot;3 h left&quot; or &quot;gone in 5 min&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>gone in %1</source>
        <translation>Löschung in %1</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>session state</comment>
        <extracomment>A session&apos;s state in the list: a turn is running in it</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>How far the session&apos;s work is, as the agent reports it: %1 is a number from 0 to 100</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>session state</comment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>persistent</source>
        <comment>session kept after each answer</comment>
        <extracomment>A short badge: the server keeps the session after each answer</extracomment>
        <translation>dauerhaft</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionDetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Export usage as CSV…</source>
        <translation>Verbrauch als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Verbrauch exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Usage exported to %1.</source>
        <translation>Verbrauch nach %1 exportiert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No session selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Sitzung ausgewählt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>Labels of the session details (a two-column table: label, value)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>The session&apos;s state: ended on the server, running a turn, or idle</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>ended on the server</source>
        <translation>auf dem Server beendet</translation>
    </message>
    <message>
        <source>Persistent</source>
        <extracomment>Whether the server keeps the session after each answer: yes, no or unknown</extracomment>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <extracomment>When the server destroys the session: &quot;in 3 h (date and time)&quot;</extracomment>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Usage of this session</source>
        <translation>Verbrauch dieser Sitzung</translation>
    </message>
    <message>
        <source>Usage of this profile</source>
        <translation>Verbrauch dieses Profils</translation>
    </message>
    <message>
        <source>running</source>
        <comment>session state</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>idle</source>
        <comment>session state</comment>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionDialogs</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Rename session…</source>
        <translation>Sitzung &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <source>C&amp;lean up sessions…</source>
        <translation>Sitzungen &amp;aufräumen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh session list</source>
        <translation>Sitzungsliste a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete “%1” on the server?</source>
        <translation>„%1“ auf dem Server löschen?</translation>
    </message>
    <message>
        <source>Its workspace files go too, and its transcript is removed from this computer. A running turn is stopped. This cannot be undone.</source>
        <translation>Die Dateien im Arbeitsbereich werden ebenfalls gelöscht, und der Verlauf wird von diesem Rechner entfernt. Eine laufende Gesprächsrunde wird abgebrochen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Sitzung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer?</source>
        <translation>„%1“ von diesem Rechner entfernen?</translation>
    </message>
    <message>
        <source>The server has ended it already; its transcript kept here is deleted. Export it first (File → Export) to keep a copy.</source>
        <translation>Der Server hat die Sitzung bereits beendet; der hier gespeicherte Verlauf wird gelöscht. Exportieren Sie ihn vorher über das Menü „Datei“, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionView</name>
    <message>
        <source>This session was deleted.</source>
        <translation>Diese Sitzung wurde gelöscht.</translation>
    </message>
    <message>
        <source>New session — %1</source>
        <extracomment>A view of no session yet: its first prompt creates one</extracomment>
        <translation>Neue Sitzung – %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A session&apos;s title and its profile, in a view&apos;s header or a window&apos;s title bar</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionWindow</name>
    <message>
        <source>%1 — Pokee Desktop</source>
        <extracomment>A session&apos;s own window: the session and its profile, then the app</extracomment>
        <translation>%1 – Pokee Desktop</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SessionsPanel</name>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Clean up…</source>
        <translation>Aufräumen…</translation>
    </message>
    <message>
        <source>Delete idle sessions older than a chosen age</source>
        <translation>Inaktive Sitzungen ab einem bestimmten Alter löschen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Recent first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Nach Titel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Remove from this computer…</source>
        <translation>Von diesem Rechner entfernen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Middle-click, or drag a session out of the window, to open it in a window of its own</source>
        <translation>Klicken Sie mit der mittleren Maustaste auf eine Sitzung oder ziehen Sie sie aus dem Fenster, um sie in einem eigenen Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Beside</source>
        <translation>&amp;Daneben öffnen</translation>
    </message>
    <message>
        <source>Search sessions by title, id or text</source>
        <translation>Sitzungen nach Titel, ID oder Text durchsuchen</translation>
    </message>
</context>
<context>
    <name>pokee::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Pokee Desktop.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von Pokee Desktop verwendet.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>S&amp;ystemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Li&amp;ght</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>When a turn &amp;finishes in the background</source>
        <translation>Wenn eine Gesprächsrunde im Hintergrund &amp;abgeschlossen wird</translation>
    </message>
    <message>
        <source>When a turn f&amp;ails in the background</source>
        <translation>Wenn eine Gesprächsrunde im Hintergrund f&amp;ehlschlägt</translation>
    </message>
    <message>
        <source>When a &amp;tool call waits for my answer</source>
        <translation>Wenn ein &amp;Tool-Aufruf auf eine Antwort wartet</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Next or previous block in the conversation</source>
        <translation>Nächster oder vorheriger Block in der Unterhaltung</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Pfeil nach unten, Pfeil nach oben</translation>
    </message>
    <message>
        <source>Next link, copy button or fold toggle of the block</source>
        <translation>Nächster Link, nächste Schaltfläche „Kopieren“ oder nächster Ein-/Ausklapp-Schalter im Block</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Open the link, copy the code, or fold</source>
        <translation>Link öffnen, Code kopieren oder ein-/ausklappen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Fold or unfold the thinking or tool block</source>
        <translation>Denkprozess- oder Tool-Block ein- oder ausklappen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Enter</translation>
    </message>
    <message>
        <source>Cancel the running turn (from the message field)</source>
        <translation>Laufende Gesprächsrunde abbrechen (im Nachrichtenfeld)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Send the tool-call answer</source>
        <translation>Antwort auf den Tool-Aufruf senden</translation>
    </message>
    <message>
        <source>Next or previous tool call in the inbox</source>
        <translation>Nächster oder vorheriger Tool-Aufruf im Posteingang</translation>
    </message>
    <message>
        <source>Alt+Down, Alt+Up</source>
        <translation>Alt+Pfeil nach unten, Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <source>Next or previous search match</source>
        <translation>Nächster oder vorheriger Suchtreffer</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Umschalt+Enter</translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>In the conversation and the inbox</source>
        <translation>In der Unterhaltung und im Posteingang</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ToolInbox</name>
    <message>
        <source>expired</source>
        <extracomment>The state of a tool call in the inbox: its answer time ran out</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>drafted by a rule</source>
        <translation>von einer Regel entworfen</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>The state of a tool call in the inbox: its answer is on the way</extracomment>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>playground</source>
        <extracomment>A tool call from the stateless playground (no session)</extracomment>
        <translation>Testumgebung</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Tool-Aufrufe</translation>
    </message>
    <message>
        <source>Send as error</source>
        <translation>Als Fehler senden</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Clear answered</source>
        <translation>Beantwortete entfernen</translation>
    </message>
    <message>
        <source>Tool calls waiting for an answer</source>
        <translation>Tool-Aufrufe, die auf eine Antwort warten</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The tool&apos;s output: JSON or plain text. Ctrl+Enter sends.</source>
        <translation>Die Ausgabe des Tools: JSON oder reiner Text. Strg+Enter sendet.</translation>
    </message>
    <message>
        <source>Valid JSON: sent as it is.</source>
        <translation>Gültiges JSON: wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>Plain text (not JSON: %1): sent as text.</source>
        <translation>Reiner Text (kein JSON: %1): wird als Text gesendet.</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Antwort senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Send it with is_error: the agent sees that the tool failed</source>
        <translation>Mit is_error senden: Der Agent sieht, dass das Tool fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Forget the calls that were sent or expired</source>
        <translation>Gesendete und abgelaufene Aufrufe aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Arrows move between calls; Alt+Up and Alt+Down do it from the answer</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen den Aufrufen, im Antwortfeld mit Alt+Pfeil nach oben und Alt+Pfeil nach unten</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why (the agent reads this):</source>
        <translation>Begründung (für den Agenten sichtbar):</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Nicht erlaubt.</translation>
    </message>
    <message>
        <source>Tool calls (%1)</source>
        <translation>Tool-Aufrufe (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the playground · arrived %2 · no deadline</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in der Testumgebung · eingegangen um %2 · keine Frist</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in “%2” · arrived %3 · &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in „%2“ · eingegangen um %3 · &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No tool call is waiting.</source>
        <translation>Es warten keine Tool-Aufrufe.</translation>
    </message>
    <message>
        <source>(not valid JSON, shown as sent: %1)
%2</source>
        <translation>(kein gültiges JSON, Anzeige wie gesendet: %1)
%2</translation>
    </message>
    <message>
        <source>Sending JSON…</source>
        <translation>JSON wird gesendet…</translation>
    </message>
    <message>
        <source>Sending as plain text…</source>
        <translation>Wird als reiner Text gesendet…</translation>
    </message>
    <message>
        <source>Denied by the user: %1</source>
        <translation>Vom Benutzer abgelehnt: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: the answer could not be sent</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: the answer was sent</extracomment>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: it waits for the user&apos;s answer</extracomment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>verb</comment>
        <extracomment>A button: send the answer to the agent</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>tool call state</comment>
        <extracomment>The state of a tool call in the inbox: its turn was cancelled before it was answered</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not answered: the turn ended</source>
        <extracomment>The state of a tool call in the inbox: its turn ended (with an error) before it was answered</extracomment>
        <translation>nicht beantwortet: Gesprächsrunde beendet</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
    <message>
        <source>%1” of “%2</source>
        <extracomment>A session and the profile it belongs to, in the inbox&apos;s header</extracomment>
        <translation>%1“ von „%2</translation>
    </message>
    <message>
        <source>No tool call is waiting</source>
        <translation>Kein Tool-Aufruf wartet</translation>
    </message>
    <message>
        <source>When the agent hands a tool call to you, it appears here: what it asks, and a box for your answer. Rules and your MCP servers (in the Tools menu) can answer calls for you.</source>
        <translation>Wenn der Agent Ihnen einen Tool-Aufruf übergibt, erscheint er hier: was er verlangt, und ein Feld für Ihre Antwort. Regeln und Ihre MCP-Server (Menü „Extras“) können Aufrufe für Sie beantworten.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ToolLibraryDialog</name>
    <message>
        <source>a tool is one JSON object: {&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: …}</source>
        <translation>Ein Tool ist ein JSON-Objekt: {&quot;type&quot;: &quot;function&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>A button: delete the selected tool from the library</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Tool library</source>
        <translation>Tool-Bibliothek</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>The selected tool as JSON</source>
        <translation>Das ausgewählte Tool als JSON</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <source>The tool library in %1 does not read, so it starts empty here: %2
Saving replaces that file.</source>
        <translation>Die Tool-Bibliothek in %1 ist nicht lesbar und wird hier daher leer geöffnet: %2
Beim Speichern wird diese Datei ersetzt.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Flat shape (Responses API)…</source>
        <translation>Flache Form (Responses API)…</translation>
    </message>
    <message>
        <source>Nested shape (Chat Completions)…</source>
        <translation>Verschachtelte Form (Chat Completions)…</translation>
    </message>
    <message>
        <source>Name, description and parameters (a JSON Schema object). A session&apos;s tools are fixed when it is created: pick them in File → New session.</source>
        <translation>Name, Beschreibung und Parameter (ein JSON-Schema-Objekt). Die Tools einer Sitzung werden beim Erstellen festgelegt: Wählen Sie sie unter Datei → Neue Sitzung aus.</translation>
    </message>
    <message>
        <source>Not valid: another tool is called %1.</source>
        <translation>Ungültig: Ein anderes Tool heißt bereits %1.</translation>
    </message>
    <message>
        <source>What the tool does, for the agent.</source>
        <translation>Was das Tool tut (Beschreibung für den Agenten).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import tools</source>
        <translation>Tools importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export tools</source>
        <translation>Tools exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>New</source>
        <comment>new tool</comment>
        <extracomment>A button: add a new tool to the library</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 — from %2, CHANGED on the server: MCP Servers → Import Tools shows the change</source>
        <extracomment>A tool of the library whose MCP server now describes it differently</extracomment>
        <translation>%1 – von %2, auf dem Server GEÄNDERT: MCP-Server → Tools importieren zeigt die Änderung</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 – von %2</translation>
    </message>
</context>
<context>
    <name>pokee::ui::ToolWindows</name>
    <message>
        <source>Tool &amp;library…</source>
        <translation>Tool-&amp;Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Rules and audit log…</source>
        <translation>&amp;Regeln und Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Stateless &amp;playground…</source>
        <translation>Zustandslose &amp;Testumgebung…</translation>
    </message>
    <message>
        <source>The tool library is not offered: %1</source>
        <translation>Die Tool-Bibliothek ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Tool library saved: new sessions and the playground offer its tools.</source>
        <translation>Tool-Bibliothek gespeichert: Neue Sitzungen und die Testumgebung bieten ihre Tools an.</translation>
    </message>
    <message>
        <source>This profile keeps no rules file.</source>
        <translation>Dieses Profil hat keine Regeldatei.</translation>
    </message>
    <message>
        <source>Rules saved: they answer the next tool calls.</source>
        <translation>Regeln gespeichert: Sie gelten ab dem nächsten Tool-Aufruf.</translation>
    </message>
    <message>
        <source>&amp;MCP servers…</source>
        <translation>&amp;MCP-Server…</translation>
    </message>
</context>
<context>
    <name>pokee::ui::TurnStatusLine</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Wird empfangen…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Paused: the journal cannot be written</source>
        <translation>Pausiert: Das Journal kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>The answer is complete.</source>
        <translation>Die Antwort ist vollständig.</translation>
    </message>
    <message>
        <source>The turn was cancelled.</source>
        <translation>Die Gesprächsrunde wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The turn ended with an error.</source>
        <translation>Die Gesprächsrunde endete mit einem Fehler.</translation>
    </message>
</context>
<context>
    <name>pokee::ui::WelcomePanel</name>
    <message>
        <source>&amp;Add a real endpoint…</source>
        <translation>Echten Endpunkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Got &amp;it</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Pokee Desktop&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Pokee Desktop&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are on the &lt;b&gt;local demo&lt;/b&gt;: a Pokee emulator running on this computer, started with the app. Its agent answers with made-up text, calls tools and writes files, so you can try everything — streaming, cancelling, the tool-call inbox, downloads — without an account. Nothing leaves this computer, and the demo&apos;s sessions are gone when the app closes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie nutzen die &lt;b&gt;lokale Demo&lt;/b&gt;: einen Pokee-Emulator, der auf diesem Rechner läuft und mit der App gestartet wurde. Sein Agent antwortet mit erfundenem Text, ruft Tools auf und schreibt Dateien, sodass Sie alles ausprobieren können – Streaming, Abbrechen, den Posteingang für Tool-Aufrufe, Downloads – ganz ohne Konto. Nichts verlässt diesen Rechner, und die Sitzungen der Demo verschwinden, wenn die App geschlossen wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are connected to a Pokee endpoint. Your sessions are listed on the left; a new message starts a session, and every answer is kept on this computer as it arrives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie sind mit einem Pokee-Endpunkt verbunden. Ihre Sitzungen werden links aufgeführt; mit einer neuen Nachricht beginnen Sie eine Sitzung, und jede Antwort wird auf diesem Rechner gespeichert, sobald sie eintrifft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;To use your Pokee account&lt;/b&gt;: choose &lt;i&gt;Add a real endpoint…&lt;/i&gt; (or File → Profiles…), enter the API address and your key. The key is kept in the system keychain, never in a file. Profiles switch from the list at the top left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So nutzen Sie Ihr Pokee-Konto&lt;/b&gt;: Wählen Sie &lt;i&gt;Echten Endpunkt hinzufügen…&lt;/i&gt; (oder Datei → Profile…) und geben Sie die API-Adresse und Ihren Schlüssel ein. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Profile wechseln Sie über die Liste oben links.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
