<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <location filename="../app/api/ApiClient.cpp" line="+877"/>
        <source>%1 did not finish its answer within %2 s, %n time(s): the server or the network is too slow. Retry later, or raise the timeout (an answer may take five times the timeout).</source>
        <translation>
            <numerusform>%1 did not finish its answer within %2 s, %n time: the server or the network is too slow. Retry later, or raise the timeout (an answer may take five times the timeout).</numerusform>
            <numerusform>%1 did not finish its answer within %2 s, %n times: the server or the network is too slow. Retry later, or raise the timeout (an answer may take five times the timeout).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 sent nothing for %2 s, %n time(s): check the network, or raise the timeout.</source>
        <translation>
            <numerusform>%1 sent nothing for %2 s, %n time: check the network, or raise the timeout.</numerusform>
            <numerusform>%1 sent nothing for %2 s, %n times: check the network, or raise the timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>The connection to %1 failed (%2) after %n attempt(s): check the network and retry.</source>
        <translation>
            <numerusform>The connection to %1 failed (%2) after %n attempt: check the network and retry.</numerusform>
            <numerusform>The connection to %1 failed (%2) after %n attempts: check the network and retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>The server&apos;s answer could not be read, %n time(s): %1 Try again later.</source>
        <translation>
            <numerusform>The server&apos;s answer could not be read, %n time: %1 Try again later.</numerusform>
            <numerusform>The server&apos;s answer could not be read, %n times: %1 Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The API refused this request %n time(s) for its rate limit, after waits of %1 in all: try again later. If another tool uses the same workspace, it may be spending the limit.</source>
        <translation>
            <numerusform>The API refused this request %n time for its rate limit, after waits of %1 in all: try again later. If another tool uses the same workspace, it may be spending the limit.</numerusform>
            <numerusform>The API refused this request %n times for its rate limit, after waits of %1 in all: try again later. If another tool uses the same workspace, it may be spending the limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <location filename="../ui/BoardPage.cpp" line="+396"/>
        <source>%1: %Ln import(s) not refreshed, judged from the store</source>
        <translation>
            <numerusform>%1: %Ln import not refreshed, judged from the store</numerusform>
            <numerusform>%1: %Ln imports not refreshed, judged from the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Checked at %1: %Ln import(s) need attention.</source>
        <translation>
            <numerusform>Checked at %1: %Ln import needs attention.</numerusform>
            <numerusform>Checked at %1: %Ln imports need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln workspace(s)</source>
        <translation>
            <numerusform>%Ln workspace</numerusform>
            <numerusform>%Ln workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need(s) attention</source>
        <comment>imports of the board</comment>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>Span: the board&apos;s, the last %n day(s); new: not seen before it in the stored history</source>
        <translation>
            <numerusform>Span: the board&apos;s, the last %n day; new: not seen before it in the stored history</numerusform>
            <numerusform>Span: the board&apos;s, the last %n days; new: not seen before it in the stored history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%1 / %2 (%Ln file(s))</source>
        <translation>
            <numerusform>%1 / %2 (%Ln file)</numerusform>
            <numerusform>%1 / %2 (%Ln files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Hits %Ln import(s): %1. %2</source>
        <translation>
            <numerusform>Hits %Ln import: %1. %2</numerusform>
            <numerusform>Hits %Ln imports: %1. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CauseTableModel</name>
    <message numerus="yes">
        <location filename="../app/model/CauseTableModel.cpp" line="+108"/>
        <source>Files on %n of %1 days; the most, %2, on %3</source>
        <translation>
            <numerusform>Files on %n of %1 days; the most, %2, on %3</numerusform>
            <numerusform>Files on %n of %1 days; the most, %2, on %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CheckCommand.cpp" line="+145"/>
        <source>%n failed file(s) in the span, at the critical threshold</source>
        <translation>
            <numerusform>%n failed file in the span, at the critical threshold</numerusform>
            <numerusform>%n failed files in the span, at the critical threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed file(s) in the span, at the warning threshold</source>
        <translation>
            <numerusform>%n failed file in the span, at the warning threshold</numerusform>
            <numerusform>%n failed files in the span, at the warning threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%1 of %2 imports in %n workspace(s)</source>
        <translation>
            <numerusform>%1 of %2 imports in %n workspace</numerusform>
            <numerusform>%1 of %2 imports in %n workspaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message numerus="yes">
        <location filename="../app/api/Connection.cpp" line="+190"/>
        <source>%n certificate(s) in it could not be read.</source>
        <translation>
            <numerusform>%n certificate in it could not be read.</numerusform>
            <numerusform>%n certificates in it could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message numerus="yes">
        <location filename="../ui/DesktopNotifier.cpp" line="+113"/>
        <source>%n new failure(s) in %1</source>
        <extracomment>&quot;7 new failures in 3 imports&quot;: the first %n is the failures, %1 the imports&apos; part.</extracomment>
        <translation>
            <numerusform>%n new failure in %1</numerusform>
            <numerusform>%n new failures in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="+267"/>
        <source>importscope: exporting the answer stored at %1 (%n minute(s) ago), without a request.</source>
        <translation>
            <numerusform>importscope: exporting the answer stored at %1 (%n minute ago), without a request.</numerusform>
            <numerusform>importscope: exporting the answer stored at %1 (%n minutes ago), without a request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/ExportDialog.cpp" line="+346"/>
        <source>The %n cause(s) of the Triage tab, in its order: pattern, files, failed rows, imports, workspaces, first and last seen, new, an example and the file IDs.</source>
        <translation>
            <numerusform>The %n cause of the Triage tab, in its order: pattern, files, failed rows, imports, workspaces, first and last seen, new, an example and the file IDs.</numerusform>
            <numerusform>The %n causes of the Triage tab, in its order: pattern, files, failed rows, imports, workspaces, first and last seen, new, an example and the file IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>Exporting %Ln cause(s) to %1…</source>
        <translation>
            <numerusform>Exporting %Ln cause to %1…</numerusform>
            <numerusform>Exporting %Ln causes to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>Exporting %Ln row to %1…</numerusform>
            <numerusform>Exporting %Ln rows to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Exported %Ln cause(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln cause to %1.</numerusform>
            <numerusform>Exported %Ln causes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message numerus="yes">
        <location filename="../ui/FilterForm.cpp" line="+413"/>
        <source>%Ln status(es)</source>
        <translation>
            <numerusform>%Ln status</numerusform>
            <numerusform>%Ln statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryClient</name>
    <message numerus="yes">
        <location filename="../app/api/HistoryClient.cpp" line="+93"/>
        <source>Fetch cancelled: the table holds the %n file(s) received so far.</source>
        <translation>
            <numerusform>Fetch cancelled: the table holds the %n file received so far.</numerusform>
            <numerusform>Fetch cancelled: the table holds the %n files received so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFetch</name>
    <message numerus="yes">
        <location filename="../app/session/HistoryFetch.cpp" line="+397"/>
        <source>the API&apos;s limit of %Ln request(s) a minute</source>
        <translation>
            <numerusform>the API&apos;s limit of %Ln request a minute</numerusform>
            <numerusform>the API&apos;s limit of %Ln requests a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the API&apos;s limit of %Ln request(s) per %1 s</source>
        <translation>
            <numerusform>the API&apos;s limit of %Ln request per %1 s</numerusform>
            <numerusform>the API&apos;s limit of %Ln requests per %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>asking again in %Ln s (attempt %1 of %2): %3</source>
        <translation>
            <numerusform>asking again in %Ln s (attempt %1 of %2): %3</numerusform>
            <numerusform>asking again in %Ln s (attempt %1 of %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>waiting %Ln s: the server says the rate limit is reached</source>
        <translation>
            <numerusform>waiting %Ln s: the server says the rate limit is reached</numerusform>
            <numerusform>waiting %Ln s: the server says the rate limit is reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waiting %Ln s for %1</source>
        <translation>
            <numerusform>waiting %Ln s for %1</numerusform>
            <numerusform>waiting %Ln s for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>about %Ln min left</numerusform>
            <numerusform>about %Ln min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no answer for %Ln s</source>
        <translation>
            <numerusform>no answer for %Ln s</numerusform>
            <numerusform>no answer for %Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRefresh</name>
    <message numerus="yes">
        <location filename="../app/store/HistoryRefresh.cpp" line="+255"/>
        <source>more than %n new files: reading the history again costs little more</source>
        <translation>
            <numerusform>more than %n new file: reading the history again costs little more</numerusform>
            <numerusform>more than %n new files: reading the history again costs little more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableActions</name>
    <message numerus="yes">
        <location filename="../ui/HistoryTableActions.cpp" line="+129"/>
        <source>%Ln row(s) copied with their header, tab-separated</source>
        <translation>
            <numerusform>%Ln row copied with its header, tab-separated</numerusform>
            <numerusform>%Ln rows copied with their header, tab-separated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="+636"/>
        <source>Cancelled here: the table holds the %Ln file(s) received so far.</source>
        <translation>
            <numerusform>Cancelled here: the table holds the %Ln file received so far.</numerusform>
            <numerusform>Cancelled here: the table holds the %Ln files received so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Showing %1 — %Ln file(s) as stored %2 (not refreshed)</source>
        <translation>
            <numerusform>Showing %1 — %Ln file as stored %2 (not refreshed)</numerusform>
            <numerusform>Showing %1 — %Ln files as stored %2 (not refreshed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Showing %1 — cancelled at %2: %Ln file(s), incomplete</source>
        <translation>
            <numerusform>Showing %1 — cancelled at %2: %Ln file, incomplete</numerusform>
            <numerusform>Showing %1 — cancelled at %2: %Ln files, incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Showing %1 — INCOMPLETE: %Ln file(s) received before the failure</source>
        <translation>
            <numerusform>Showing %1 — INCOMPLETE: %Ln file received before the failure</numerusform>
            <numerusform>Showing %1 — INCOMPLETE: %Ln files received before the failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Showing %1 — %Ln file(s) as stored %2; Fetch (F5) refreshes it</source>
        <translation>
            <numerusform>Showing %1 — %Ln file as stored %2; Fetch (F5) refreshes it</numerusform>
            <numerusform>Showing %1 — %Ln files as stored %2; Fetch (F5) refreshes it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing %1 — %Ln file(s), refreshed %2 with %3 request(s)</source>
        <translation>
            <numerusform>Showing %1 — %Ln file, refreshed %2 with %3 request(s)</numerusform>
            <numerusform>Showing %1 — %Ln files, refreshed %2 with %3 request(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 — %Ln file(s), fetched %2</source>
        <translation>
            <numerusform>Showing %1 — %Ln file, fetched %2</numerusform>
            <numerusform>Showing %1 — %Ln files, fetched %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The table is incomplete: %1 of %2 pages arrived, and their %Ln file(s) are kept.</source>
        <translation>
            <numerusform>The table is incomplete: %1 of %2 pages arrived, and its %Ln file is kept.</numerusform>
            <numerusform>The table is incomplete: %1 of %2 pages arrived, and their %Ln files are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>&lt;h3&gt;No fetched file is %1&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Show all %Ln file(s)&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;No fetched file is %1&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Show the %Ln file&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;No fetched file is %1&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Show all %Ln files&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+236"/>
        <source>Showing the %Ln file(s) of cause “%1” (chosen in Triage)</source>
        <translation>
            <numerusform>Showing the %Ln file of cause “%1” (chosen in Triage)</numerusform>
            <numerusform>Showing the %Ln files of cause “%1” (chosen in Triage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHealth</name>
    <message numerus="yes">
        <location filename="../app/model/ImportHealth.cpp" line="+79"/>
        <source>stuck: %n file(s) unfinished for longer than %1</source>
        <translation>
            <numerusform>stuck: %n file unfinished for longer than %1</numerusform>
            <numerusform>stuck: %n files unfinished for longer than %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsClient</name>
    <message numerus="yes">
        <location filename="../app/api/ImportsClient.cpp" line="+10"/>
        <source>Authenticated: the workspace lists %n import(s) (HTTP 200).</source>
        <translation>
            <numerusform>Authenticated: the workspace lists %n import (HTTP 200).</numerusform>
            <numerusform>Authenticated: the workspace lists %n imports (HTTP 200).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/PreferencesDialog.cpp" line="+129"/>
        <source>The stored history of profile &quot;%1&quot; will be forgotten when you press OK: %Ln import(s).</source>
        <translation>
            <numerusform>The stored history of profile &quot;%1&quot; will be forgotten when you press OK: %Ln import.</numerusform>
            <numerusform>The stored history of profile &quot;%1&quot; will be forgotten when you press OK: %Ln imports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 on disk: %Ln import(s) with %2 file(s).</source>
        <translation>
            <numerusform>%1 on disk: %Ln import with %2 file(s).</numerusform>
            <numerusform>%1 on disk: %Ln imports with %2 file(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message numerus="yes">
        <location filename="../app/api/ResponseParser.cpp" line="+311"/>
        <source>The response counts %1 file(s) but carries none.</source>
        <translation>
            <numerusform>The response counts %1 file but carries none.</numerusform>
            <numerusform>The response counts %1 files but carries none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message numerus="yes">
        <location filename="../ui/StatusChips.cpp" line="+103"/>
        <source>Show %1: %Ln file(s)</source>
        <translation>
            <numerusform>Show %1: %Ln file</numerusform>
            <numerusform>Show %1: %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <location filename="../app/common/TimeText.cpp" line="+22"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message numerus="yes">
        <location filename="../ui/TriageView.cpp" line="+421"/>
        <source>%Ln cause(s)</source>
        <translation>
            <numerusform>%Ln cause</numerusform>
            <numerusform>%Ln causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed or partly failed file(s)</source>
        <translation>
            <numerusform>%Ln failed or partly failed file</numerusform>
            <numerusform>%Ln failed or partly failed files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new in this span</source>
        <translation>
            <numerusform>%Ln new in this span</numerusform>
            <numerusform>%Ln new in this span</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message numerus="yes">
        <location filename="../ui/WatchControl.cpp" line="+145"/>
        <source>Refresh the %1 chosen import(s) every %n minute(s), within %2 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>Refresh the chosen imports (%1) every %n minute, within %2 requests a minute per workspace, and notify new failures, stale imports and stuck files</numerusform>
            <numerusform>Refresh the chosen imports (%1) every %n minutes, within %2 requests a minute per workspace, and notify new failures, stale imports and stuck files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Refresh every import of the board every %n minute(s), within %1 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>Refresh every import of the board every %n minute, within %1 requests a minute per workspace, and notify new failures, stale imports and stuck files</numerusform>
            <numerusform>Refresh every import of the board every %n minutes, within %1 requests a minute per workspace, and notify new failures, stale imports and stuck files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Watcher</name>
    <message numerus="yes">
        <location filename="../app/session/Watcher.cpp" line="+165"/>
        <source>Watching %n chosen import(s)</source>
        <translation>
            <numerusform>Watching %n chosen import</numerusform>
            <numerusform>Watching %n chosen imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>Waiting for the request budget of %n request(s) a minute.</source>
        <translation>
            <numerusform>Waiting for the request budget of %n request a minute.</numerusform>
            <numerusform>Waiting for the request budget of %n requests a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Watching %n chosen import(s).</source>
        <translation>
            <numerusform>Watching %n chosen import.</numerusform>
            <numerusform>Watching %n chosen imports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Watching %n import(s).</source>
        <translation>
            <numerusform>Watching %n import.</numerusform>
            <numerusform>Watching %n imports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n import(s) postponed to the next check: the budget is %1 requests a minute.</source>
        <translation>
            <numerusform>%n import postponed to the next check: the budget is %1 requests a minute.</numerusform>
            <numerusform>%n imports postponed to the next check: the budget is %1 requests a minute.</numerusform>
        </translation>
    </message>
</context>
</TS>
