<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <location filename="../app/api/ApiClient.cpp" line="+877"/>
        <source>%1 did not finish its answer within %2 s, %n time(s): the server or the network is too slow. Retry later, or raise the timeout (an answer may take five times the timeout).</source>
        <translation>
            <numerusform>%1 hat seine Antwort %n Mal nicht innerhalb von %2 s abgeschlossen: Der Server oder das Netzwerk ist zu langsam. Versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit (eine Antwort darf das Fünffache des Zeitlimits dauern).</numerusform>
            <numerusform>%1 hat seine Antwort %n Mal nicht innerhalb von %2 s abgeschlossen: Der Server oder das Netzwerk ist zu langsam. Versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit (eine Antwort darf das Fünffache des Zeitlimits dauern).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 sent nothing for %2 s, %n time(s): check the network, or raise the timeout.</source>
        <translation>
            <numerusform>%1 hat %n Mal %2 s lang nichts gesendet: Prüfen Sie das Netzwerk oder erhöhen Sie das Zeitlimit.</numerusform>
            <numerusform>%1 hat %n Mal %2 s lang nichts gesendet: Prüfen Sie das Netzwerk oder erhöhen Sie das Zeitlimit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-711"/>
        <source>The secure connection to %1 failed: the server did not complete a TLS handshake (%2). Check that the base URL&apos;s port serves https://.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Der Server hat keinen TLS-Handshake abgeschlossen (%2). Prüfen Sie, ob der Port der Basis-URL https:// bedient.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If your organisation has its own certificate authority, or a proxy that inspects TLS, trust its root certificate for this workspace: --ca-file, or the profile&apos;s extra trusted certificate.</source>
        <translation>Hat Ihre Organisation eine eigene Zertifizierungsstelle oder einen Proxy mit TLS-Inspektion, vertrauen Sie dem jeweiligen Stammzertifikat für diesen Workspace: --ca-file oder das zusätzliche vertrauenswürdige Zertifikat des Profils.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 was refused: its certificate (%2) is self-signed, so no trusted authority vouches for it. %3</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: Das Zertifikat (%2) ist selbstsigniert, daher bürgt keine vertrauenswürdige Stelle dafür. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: the certificate is not trusted, its issuer (%2) is not a trusted authority here. %3</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: Dem Zertifikat wird nicht vertraut, sein Aussteller (%2) ist hier keine vertrauenswürdige Stelle. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secure connection to %1 was refused: its certificate expired on %2. The server&apos;s certificate must be renewed (or this computer&apos;s clock is wrong).</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: Das Zertifikat ist am %2 abgelaufen. Das Zertifikat des Servers muss erneuert werden (oder die Uhr dieses Computers geht falsch).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: its certificate is not valid before %2. Check this computer&apos;s clock and time zone.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: Das Zertifikat ist erst ab %2 gültig. Prüfen Sie Uhrzeit und Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: its certificate is made for %2, not for %1. Check the base URL.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: Das Zertifikat ist für %2 ausgestellt, nicht für %1. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The proxy %1 refused the user name and password it was given (HTTP 407): check the proxy user and its password.</source>
        <translation>Der Proxy %1 hat den angegebenen Benutzernamen und das Passwort abgelehnt (HTTP 407): Prüfen Sie den Proxy-Benutzer und sein Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407): give the proxy user and its password (in the profile, or --proxy http://USER@HOST:PORT with IMPORTSCOPE_PROXY_PASSWORD).</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort (HTTP 407): Geben Sie den Proxy-Benutzer und sein Passwort an (im Profil oder mit --proxy http://USER@HOST:PORT und IMPORTSCOPE_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy %1 refused to connect to %2 (%3): it may not allow this host or port. Check the proxy setting, or ask whoever runs the proxy.</source>
        <translation>Der Proxy %1 hat die Verbindung zu %2 verweigert (%3): Möglicherweise erlaubt er diesen Host oder Port nicht. Prüfen Sie die Proxy-Einstellung oder fragen Sie den Betreiber des Proxys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy %1 refused the connection: it is down, or its port is wrong. Check the proxy setting, or retry later.</source>
        <translation>Der Proxy %1 hat die Verbindung abgelehnt: Er ist nicht erreichbar oder sein Port ist falsch. Prüfen Sie die Proxy-Einstellung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy host %1 was not found: check the proxy setting.</source>
        <translation>Der Proxy-Host %1 wurde nicht gefunden: Prüfen Sie die Proxy-Einstellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy %1 did not answer in time: check the proxy setting, or retry later.</source>
        <translation>Der Proxy %1 hat nicht rechtzeitig geantwortet: Prüfen Sie die Proxy-Einstellung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 closed the connection to %2 before it was set up: check the proxy setting, or retry later.</source>
        <translation>Der Proxy %1 hat die Verbindung zu %2 geschlossen, bevor sie aufgebaut war: Prüfen Sie die Proxy-Einstellung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 did not open the connection to %2 (%3): check the proxy user and its password, and the proxy setting.</source>
        <translation>Der Proxy %1 hat die Verbindung zu %2 nicht geöffnet (%3): Prüfen Sie den Proxy-Benutzer und sein Passwort sowie die Proxy-Einstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 did not open the connection to %2 (%3): check the proxy setting.</source>
        <translation>Der Proxy %1 hat die Verbindung zu %2 nicht geöffnet (%3): Prüfen Sie die Proxy-Einstellung.</translation>
    </message>
    <message>
        <location line="+304"/>
        <location line="+434"/>
        <source>The API asks to wait %1 before the next request, longer than ImportScope waits (%2): try again later.</source>
        <translation>Die API verlangt, vor der nächsten Anfrage %1 zu warten, länger als ImportScope wartet (%2): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The host %1 was not found: check the data centre or base URL, and the network.</source>
        <translation>Der Host %1 wurde nicht gefunden: Prüfen Sie das Rechenzentrum oder die Basis-URL sowie das Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: the server is down or the base URL&apos;s port is wrong. Retry later.</source>
        <translation>%1 hat die Verbindung abgelehnt: Der Server ist nicht erreichbar oder der Port der Basis-URL ist falsch. Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The connection to %1 failed (%2) after %n attempt(s): check the network and retry.</source>
        <translation>
            <numerusform>Die Verbindung zu %1 ist nach %n Versuch fehlgeschlagen (%2): Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Verbindung zu %1 ist nach %n Versuchen fehlgeschlagen (%2): Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 sent a compressed answer (%2) although ImportScope asks for an uncompressed one, and it was dropped unread: a compressed answer can hide gigabytes. Check the base URL, or a proxy between you and the API.</source>
        <translation>%1 hat eine komprimierte Antwort (%2) gesendet, obwohl ImportScope eine unkomprimierte verlangt; sie wurde ungelesen verworfen: Eine komprimierte Antwort kann Gigabytes verbergen. Prüfen Sie die Basis-URL oder einen Proxy zwischen Ihnen und der API.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer from %1 passed %2 MB and was dropped unread: a page of the API is far smaller. Check the base URL.</source>
        <translation>Die Antwort von %1 hat %2 MB überschritten und wurde ungelesen verworfen: Eine Seite der API ist weit kleiner. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nowhere in particular</source>
        <translation>keinem bestimmten Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2, a redirect to %3, which ImportScope never follows (the key would go along): check the base URL.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, einer Weiterleitung zu %3, der ImportScope nie folgt (der Schlüssel würde mitgesendet): Prüfen Sie die Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>The server&apos;s answer could not be read, %n time(s): %1 Try again later.</source>
        <translation>
            <numerusform>Die Antwort des Servers war %n Mal nicht lesbar: %1 Versuchen Sie es später erneut.</numerusform>
            <numerusform>Die Antwort des Servers war %n Mal nicht lesbar: %1 Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The API refused this request %n time(s) for its rate limit, after waits of %1 in all: try again later. If another tool uses the same workspace, it may be spending the limit.</source>
        <translation>
            <numerusform>Die API hat diese Anfrage %n Mal wegen ihres Ratenlimits abgelehnt, nach Wartezeiten von insgesamt %1: Versuchen Sie es später erneut. Verwendet ein anderes Werkzeug denselben Workspace, verbraucht es möglicherweise das Limit.</numerusform>
            <numerusform>Die API hat diese Anfrage %n Mal wegen ihres Ratenlimits abgelehnt, nach Wartezeiten von insgesamt %1: Versuchen Sie es später erneut. Verwendet ein anderes Werkzeug denselben Workspace, verbraucht es möglicherweise das Limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <location filename="../app/cli/BoardCommand.cpp" line="+152"/>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMPORT</source>
        <translation>IMPORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST COMPLETED</source>
        <translation>ZULETZT ABGESCHLOSSEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTIAL</source>
        <translation>TEILWEISE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RATE</source>
        <translation>QUOTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ATTENTION</source>
        <translation>HANDLUNGSBEDARF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from the store, refreshed %1</source>
        <translation>aus dem gespeicherten Verlauf, aktualisiert %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last %1, most in need of attention first.</source>
        <translation>Die letzten %1, Importe mit dem größten Handlungsbedarf zuerst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format muss table, csv oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every import of every chosen workspace at a glance, most in need of attention first: the last completed run, the span&apos;s files, failed and partly failed files, failed rows and failure rate, and why it needs attention (failing, worse-than-usual, stale, stuck; docs/ARCHITECTURE.md).

Without --profile: every saved profile, all at once, each on its own request budget. Each import&apos;s stored history is refreshed first, with as few requests as it needs: none when Import Details shows it unchanged.

Exit codes as for export; a workspace that cannot be reached is said on standard error, and the others are shown (exit 5 when none could be).</source>
        <translation>Jeder Import jedes gewählten Workspaces auf einen Blick, was am meisten Aufmerksamkeit braucht zuerst: der letzte abgeschlossene Lauf, die Dateien des Zeitraums, fehlgeschlagene und teilweise fehlgeschlagene Dateien, fehlgeschlagene Zeilen und Fehlerquote und warum er Aufmerksamkeit braucht (failing, worse-than-usual, stale, stuck; docs/ARCHITECTURE.md).

Ohne --profile: jedes gespeicherte Profil, alle zugleich, jedes mit seinem eigenen Anfragebudget. Der gespeicherte Verlauf jedes Imports wird zuerst aktualisiert, mit so wenigen Anfragen wie nötig: keiner, wenn Import Details ihn unverändert zeigt.

Exit-Codes wie bei export; ein Workspace, der nicht erreichbar ist, wird auf der Standardfehlerausgabe genannt, und die anderen werden gezeigt (Exit 5, wenn keiner erreichbar war).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The span: files scheduled in the last SPAN, as 24h, 7d (default), 30d.</source>
        <translation>Der Zeitraum: Dateien, die in den letzten SPAN geplant wurden, etwa 24h, 7d (Standard), 30d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>In FILE schreiben, atomar (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send no request: show what is stored.</source>
        <translation>Keine Anfrage senden: das Gespeicherte anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on standard error.</source>
        <translation>Keinen Fortschritt auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Interrupted: nothing was written; what was refreshed before stays stored.</source>
        <translation>Unterbrochen: Es wurde nichts geschrieben; was zuvor aktualisiert wurde, bleibt gespeichert.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../ui/BoardPage.cpp" line="+55"/>
        <source>Loo&amp;k back:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board span</source>
        <translation>Zeitraum der Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh all &amp;workspaces</source>
        <translation>Alle &amp;Workspaces aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh every import of every profile, then judge them again</source>
        <translation>Alle Importe aller Profile aktualisieren und dann erneut beurteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run n&amp;ow…</source>
        <translation>&amp;Jetzt ausführen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Triage the board</source>
        <translation>Übersicht nach Ursac&amp;hen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the failure causes of every import over the span, instead of the imports (Ctrl+Shift+G)</source>
        <translation>Statt der Importe die Fehlerursachen aller Importe im Zeitraum zeigen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;causes…</source>
        <translation>Ursachen ex&amp;portieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the board&apos;s causes as CSV or JSON (Ctrl+E)</source>
        <translation>Die Ursachen der Übersicht als CSV oder JSON exportieren (Strg+E)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Board: every import, most in need of attention first</source>
        <translation>Übersicht: alle Importe, die mit dem größten Handlungsbedarf zuerst</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Watch this import</source>
        <translation>Diesen Import &amp;überwachen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watch this import in the background (Watch settings: only the imports I chose)</source>
        <translation>Diesen Import im Hintergrund überwachen (Überwachung einstellen: nur die gewählten Importe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Board row actions</source>
        <translation>Aktionen der Übersichtszeile</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Board causes: the failures of every import, grouped by cause</source>
        <translation>Ursachen der Übersicht: die Fehler aller Importe, nach Ursache gruppiert</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No profile yet: add one, or open the demo workspace, to see its imports here.</source>
        <translation>Noch kein Profil: Legen Sie eines an oder öffnen Sie den Demo-Workspace, um hier seine Importe zu sehen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the keys from the keychain…</source>
        <translation>Schlüssel werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading what is stored for %1…</source>
        <translation>Das für %1 Gespeicherte wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing what is stored; refreshing %1…</source>
        <translation>Das Gespeicherte wird angezeigt; Aktualisierung von %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %Ln import(s) not refreshed, judged from the store</source>
        <translation>
            <numerusform>%1: %Ln Import nicht aktualisiert, anhand des gespeicherten Verlaufs beurteilt</numerusform>
            <numerusform>%1: %Ln Importe nicht aktualisiert, anhand des gespeicherten Verlaufs beurteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Checked at %1: %Ln import(s) need attention.</source>
        <translation>
            <numerusform>Geprüft um %1: %Ln Import hat Handlungsbedarf.</numerusform>
            <numerusform>Geprüft um %1: %Ln Importe haben Handlungsbedarf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>refreshed %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the store, refreshing…</source>
        <translation>aus dem Speicher, wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3 · %4</source>
        <comment>the board&apos;s summary in the status bar: workspaces, imports, attention</comment>
        <translation>%1, %2, %3 · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln workspace(s)</source>
        <translation>
            <numerusform>%Ln Workspace</numerusform>
            <numerusform>%Ln Workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln Import</numerusform>
            <numerusform>%Ln Importe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need(s) attention</source>
        <comment>imports of the board</comment>
        <translation>
            <numerusform>%Ln braucht Aufmerksamkeit</numerusform>
            <numerusform>%Ln brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an import to run it again.</source>
        <translation>Wählen Sie einen Import, um ihn erneut auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/RunNow.cpp" line="+12"/>
        <source>Its schedule is not known: Import Details did not list it in the last refresh.</source>
        <translation>Sein Zeitplan ist unbekannt: Import Details hat ihn bei der letzten Aktualisierung nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only periodic imports can be run again; this one is %1.</source>
        <translation>Nur periodische Imports können erneut ausgeführt werden; dieser ist %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its workspace is not connected: %1</source>
        <translation>Sein Workspace ist nicht verbunden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run the chosen import again now (Trigger File Imports); you confirm first</source>
        <translation>Den gewählten Import jetzt erneut ausführen (Trigger File Imports); Sie bestätigen vorher</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BoardPage.cpp" line="+135"/>
        <source>Span: the board&apos;s, the last %n day(s); new: not seen before it in the stored history</source>
        <translation>
            <numerusform>Zeitraum: der der Übersicht, %n Tag zurück; neu: vorher im gespeicherten Verlauf nicht gesehen</numerusform>
            <numerusform>Zeitraum: der der Übersicht, %n Tage zurück; neu: vorher im gespeicherten Verlauf nicht gesehen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a cause to see which imports it hits; Enter opens the import with its files.</source>
        <translation>Wählen Sie eine Ursache, um zu sehen, welche Importe sie trifft; die Eingabetaste öffnet den Import mit ihren Dateien.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 / %2 (%Ln file(s))</source>
        <translation>
            <numerusform>%1 / %2 (%Ln Datei)</numerusform>
            <numerusform>%1 / %2 (%Ln Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens %1 with this cause&apos;s files.</source>
        <translation>Die Eingabetaste öffnet %1 mit den Dateien dieser Ursache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens %1, the import with most of its files.</source>
        <translation>Die Eingabetaste öffnet %1, den Import mit den meisten ihrer Dateien.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Hits %Ln import(s): %1. %2</source>
        <translation>
            <numerusform>Trifft %Ln Import: %1. %2</numerusform>
            <numerusform>Trifft %Ln Importe: %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No causes to export: no import of the board failed in the span.</source>
        <translation>Keine Ursachen zu exportieren: Kein Import der Übersicht ist im Zeitraum fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>BoardTableModel</name>
    <message>
        <location filename="../app/model/BoardTableModel.cpp" line="+80"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none completed</source>
        <translation>kein Lauf abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 since %2</source>
        <translation> · %1 seit %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot be judged: %1</source>
        <translation>Kann nicht beurteilt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>from the store, refreshed %1</source>
        <translation>aus dem gespeicherten Verlauf, aktualisiert %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot be judged: %1</source>
        <translation>kann nicht beurteilt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [PRODUKTION]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This profile is marked as a production workspace.</source>
        <translation>Dieses Profil ist als Produktions-Workspace markiert.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last completed</source>
        <translation>Zuletzt abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed rows</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
</context>
<context>
    <name>CauseExport</name>
    <message>
        <location filename="../app/export/CauseExport.cpp" line="+193"/>
        <source>Cannot write the causes: the output is not open for writing.</source>
        <translation>Die Ursachen können nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cause in row %1 (internal error).</source>
        <translation>Keine Ursache in Zeile %1 (interner Fehler).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the output</source>
        <translation>Die Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CauseTableModel</name>
    <message>
        <location filename="../app/model/CauseTableModel.cpp" line="+23"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed rows</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Files with this cause on each day, oldest on the left</source>
        <translation>Dateien mit dieser Ursache pro Tag, der älteste Tag links</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No files on a known day</source>
        <translation>Keine Dateien an einem bekannten Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Files on %n of %1 days; the most, %2, on %3</source>
        <translation>
            <numerusform>Dateien an %n von %1 Tagen; die meisten, %2, am %3</numerusform>
            <numerusform>Dateien an %n von %1 Tagen; die meisten, %2, am %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not seen before the span</source>
        <translation>Vor dem Zeitraum nicht gesehen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+78"/>
        <source>%1 takes failed_files=N and failure_rate=PERCENT, comma-separated, not &quot;%2&quot;.</source>
        <translation>%1 nimmt failed_files=N und failure_rate=PERCENT an, durch Kommas getrennt, nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n failed file(s) in the span, at the critical threshold</source>
        <translation>
            <numerusform>%n fehlgeschlagene Datei im Zeitraum, kritische Schwelle erreicht</numerusform>
            <numerusform>%n fehlgeschlagene Dateien im Zeitraum, kritische Schwelle erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed file(s) in the span, at the warning threshold</source>
        <translation>
            <numerusform>%n fehlgeschlagene Datei im Zeitraum, Warnschwelle erreicht</numerusform>
            <numerusform>%n fehlgeschlagene Dateien im Zeitraum, Warnschwelle erreicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (from the store, refreshed %1)</source>
        <translation> (aus dem gespeicherten Verlauf, aktualisiert %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 failing</source>
        <translation>%1 fehlschlagend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 partly failing</source>
        <translation>%1 teilweise fehlschlagend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stale</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stuck</source>
        <translation>%1 hängend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 worse than usual</source>
        <translation>%1 schlechter als üblich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not checked</source>
        <translation>%1 nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %2 imports in %n workspace(s)</source>
        <translation>
            <numerusform>%1 bei %2 Importen in %n Workspace</numerusform>
            <numerusform>%1 bei %2 Importen in %n Workspaces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all healthy</source>
        <translation>alle in Ordnung</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A monitoring plug-in: judge every import (or those named) of the chosen profiles by the attention rules (failing, worse than usual, stale, stuck; docs/ARCHITECTURE.md) over their stored histories, refreshed first with as few requests as they need.

Prints one status line with performance data, then one line per import that needs attention. Exit codes follow the Monitoring Plugins convention, unlike the other commands: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (bad arguments, no key, the API unreachable with nothing stored).</source>
        <translation>Ein Monitoring-Plug-in: beurteilt jeden Import (oder die genannten) der gewählten Profile nach den Regeln für Handlungsbedarf (fehlschlagend, schlechter als üblich, überfällig, hängend; docs/ARCHITECTURE.md) anhand ihrer gespeicherten Verläufe, die zuerst mit so wenigen Anfragen wie nötig aktualisiert werden.

Gibt eine Statuszeile mit Performance-Daten aus, dann eine Zeile je Import mit Handlungsbedarf. Die Exit-Codes folgen, anders als bei den anderen Befehlen, der Konvention der Monitoring Plugins: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (fehlerhafte Argumente, kein Schlüssel, die API nicht erreichbar und nichts gespeichert).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Check only this import; give it again for more.</source>
        <translation>Nur diesen Import prüfen; für weitere erneut angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The span the figures and thresholds cover: 24h (default), 7d, 2w.</source>
        <translation>Der Zeitraum, den Zahlen und Schwellen abdecken: 24h (Standard), 7d, 2w.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING when an import reaches failed_files=N or failure_rate=PERCENT in the span (comma-separated), besides the attention rules.</source>
        <translation>WARNING, wenn ein Import im Zeitraum failed_files=N oder failure_rate=PERCENT erreicht (durch Kommas getrennt), zusätzlich zu den Regeln für Handlungsbedarf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRITICAL likewise.</source>
        <translation>CRITICAL entsprechend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the facts as Prometheus text for node_exporter&apos;s textfile collector to FILE, atomically.</source>
        <translation>Die Fakten außerdem als Prometheus-Text für den textfile collector von node_exporter in FILE schreiben, atomar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds the whole check may take (default 50); what is not refreshed by then is judged from the store, with its age.</source>
        <translation>Sekunden, die die ganze Prüfung dauern darf (Standard 50); was bis dahin nicht aktualisiert ist, wird anhand des gespeicherten Verlaufs beurteilt, mit dessen Alter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS for each workspace (default 50/60).</source>
        <translation>Höchstens N Anfragen pro SECONDS für jeden Workspace (Standard 50/60).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad command line (see standard error and importscope check --help).</source>
        <translation>fehlerhafte Befehlszeile (siehe Standardfehlerausgabe und importscope check --help).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>interrupted before the check ended.</source>
        <translation>unterbrochen, bevor die Prüfung beendet war.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+45"/>
        <source>The API key in %1 is longer than %2 bytes: is it the right file?</source>
        <translation>Der API-Schlüssel in %1 ist länger als %2 Bytes: Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API key in %1 is not valid UTF-8: save it as UTF-8 text.</source>
        <translation>Der API-Schlüssel in %1 ist kein gültiges UTF-8: Speichern Sie ihn als UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key in %1 has an empty first line.</source>
        <translation>Der API-Schlüssel in %1 hat eine leere erste Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key in %1 contains control characters.</source>
        <translation>Der API-Schlüssel in %1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The API key file %1 is not a regular file: save the key in a file.</source>
        <translation>Die API-Schlüsseldatei %1 ist keine reguläre Datei: Speichern Sie den Schlüssel in einer Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>standard input</source>
        <translation>der Standardeingabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key (not shown):</source>
        <translation>API-Schlüssel (wird nicht angezeigt):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;%1&quot; is not a span: give hours, days or weeks, as 24h, 7d or 2w (at most ten years).</source>
        <translation>„%1“ ist kein Zeitraum: Geben Sie Stunden, Tage oder Wochen an, etwa 24h, 7d oder 2w (höchstens zehn Jahre).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Use the saved profile NAME (its key comes from the keychain).</source>
        <translation>Das gespeicherte Profil NAME verwenden (sein Schlüssel kommt aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data centre: 01, 02, 03, 04, 05, 06 or 101.</source>
        <translation>Rechenzentrum: 01, 02, 03, 04, 05, 06 oder 101.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL, scheme://host[:port], instead of --dc.</source>
        <translation>Basis-URL der API, scheme://host[:port], statt --dc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace ID (also called App ID).</source>
        <translation>Workspace-ID (auch App-ID genannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Data API key from the first line of PATH. Otherwise the environment variable MOE_API_KEY, then the profile&apos;s keychain entry. Never give the key on the command line.</source>
        <translation>Den Data-API-Schlüssel aus der ersten Zeile von PATH lesen. Sonst aus der Umgebungsvariablen MOE_API_KEY, danach aus dem Schlüsselbund-Eintrag des Profils. Geben Sie den Schlüssel nie auf der Befehlszeile an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the certificates in the PEM file PATH besides the system&apos;s, for this run only: a private certificate authority, or the root of a proxy that inspects TLS. May be repeated; adds to a profile&apos;s extra trusted certificate.</source>
        <translation>Den Zertifikaten in der PEM-Datei PATH zusätzlich zu denen des Systems vertrauen, nur für diesen Lauf: einer privaten Zertifizierungsstelle oder dem Stammzertifikat eines Proxys mit TLS-Inspektion. Kann wiederholt werden; ergänzt das zusätzliche vertrauenswürdige Zertifikat eines Profils.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reach the API through the HTTP proxy URL, http://[USER@]HOST:PORT (https:// goes through CONNECT). Its password comes from IMPORTSCOPE_PROXY_PASSWORD, or the profile&apos;s keychain entry. Default: the profile&apos;s proxy, else the system&apos;s (https_proxy, no_proxy, the desktop&apos;s settings).</source>
        <translation>Die API über den HTTP-Proxy URL erreichen, http://[USER@]HOST:PORT (https:// läuft über CONNECT). Sein Passwort kommt aus IMPORTSCOPE_PROXY_PASSWORD oder aus dem Schlüsselbund-Eintrag des Profils. Standard: der Proxy des Profils, sonst der des Systems (https_proxy, no_proxy, die Einstellungen des Desktops).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect directly, whatever the profile or the system says.</source>
        <translation>Direkt verbinden, unabhängig davon, was Profil oder System vorgeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seconds without an answer before a request is retried, 0.1 to 3600 (default 30); an answer must also be complete within five times this.</source>
        <translation>Sekunden ohne Antwort, bevor eine Anfrage wiederholt wird, 0.1 bis 3600 (Standard 30); eine Antwort muss außerdem innerhalb des Fünffachen dieser Zeit vollständig sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS for the workspace (default 50/60; N 1 to 100000, SECONDS 0.1 to 3600).</source>
        <translation>Höchstens N Anfragen pro SECONDS für den Workspace (Standard 50/60; N 1 bis 100000, SECONDS 0.1 bis 3600).</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Profile &quot;%1&quot;: the proxy password could not be read: %2</source>
        <translation>Profil „%1“: Das Proxy-Passwort konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give --proxy or --no-proxy, not both.</source>
        <translation>Geben Sie --proxy oder --no-proxy an, nicht beides.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--timeout must be a number of seconds from 0.1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout muss eine Anzahl Sekunden von 0.1 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--profile cannot be combined with --dc, --base-url or --workspace-id.</source>
        <translation>--profile kann nicht mit --dc, --base-url oder --workspace-id kombiniert werden.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cannot read the API key file %1: %2.</source>
        <translation>Die API-Schlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Give exactly one of --profile, --dc or --base-url.</source>
        <translation>Geben Sie genau eine der Optionen --profile, --dc oder --base-url an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--workspace-id is required with --dc or --base-url.</source>
        <translation>--workspace-id ist mit --dc oder --base-url erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No API key: set MOE_API_KEY or use --api-key-file PATH.</source>
        <translation>Kein API-Schlüssel: Setzen Sie MOE_API_KEY oder verwenden Sie --api-key-file PATH.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>--rate-limit must look like 50/60 (requests/seconds), not &quot;%1&quot;.</source>
        <translation>--rate-limit muss die Form 50/60 (Anfragen/Sekunden) haben, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No profile: add one with importscope profile add, or give --base-url and --workspace-id.</source>
        <translation>Kein Profil: Legen Sie eines mit importscope profile add an oder geben Sie --base-url und --workspace-id an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+29"/>
        <source>Usage: importscope completion bash
Prints a bash completion script for importscope&apos;s commands, actions and options (the package installs it).</source>
        <translation>Aufruf: importscope completion bash
Gibt ein Bash-Vervollständigungsskript für die Befehle, Aktionen und Optionen von importscope aus (das Paket installiert es).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: importscope completion bash</source>
        <translation>Aufruf: importscope completion bash</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export an import&apos;s history as CSV or JSON</source>
        <translation>den Verlauf eines Imports als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the workspace&apos;s imports</source>
        <translation>die Importe des Workspace auflisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group failed files by cause</source>
        <translation>fehlgeschlagene Dateien nach Ursache gruppieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every import of every workspace, most in need of attention first</source>
        <translation>alle Importe aller Workspaces, die mit dem größten Handlungsbedarf zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run a periodic import again now (asks first; --yes in scripts)</source>
        <translation>einen periodischen Import jetzt erneut ausführen (fragt zuerst; --yes in Skripten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge imports for a monitoring system (exit 0 OK .. 3 UNKNOWN)</source>
        <translation>Importe für ein Monitoring-System beurteilen (Exit-Code 0 OK .. 3 UNKNOWN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serve the demo workspace on 127.0.0.1</source>
        <translation>den Demo-Workspace auf 127.0.0.1 bereitstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manage credential profiles</source>
        <translation>Profile mit Zugangsdaten verwalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored history</source>
        <translation>der gespeicherte Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script</source>
        <translation>ein Shell-Vervollständigungsskript ausgeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>open the window</source>
        <translation>das Fenster öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window on the embedded demo workspace</source>
        <translation>das Fenster mit dem integrierten Demo-Workspace öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each command takes --help.</source>
        <translation>Jeder Befehl nimmt --help an.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../app/api/Connection.cpp" line="+53"/>
        <source>Unknown data centre &quot;%1&quot;: use one of %2, or give a base URL.</source>
        <translation>Unbekanntes Rechenzentrum „%1“: Verwenden Sie eines von %2 oder geben Sie eine Basis-URL an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a valid base URL: write it as https://host[:port].</source>
        <translation>„%1“ ist keine gültige Basis-URL: Schreiben Sie sie als https://host[:port].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base URL must start with https://, not &quot;%1://&quot;.</source>
        <translation>Die Basis-URL muss mit https:// beginnen, nicht mit „%1://“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must be only scheme://host[:port], without a path, query or user: &quot;%1&quot;.</source>
        <translation>Die Basis-URL darf nur scheme://host[:port] sein, ohne Pfad, Query oder Benutzer: „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain http:// is refused for %1: the API key would travel unencrypted. Use https://.</source>
        <translation>Unverschlüsseltes http:// wird für %1 abgelehnt: Der API-Schlüssel würde unverschlüsselt übertragen. Verwenden Sie https://.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workspace ID is empty.</source>
        <translation>Die Workspace-ID ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace ID cannot contain spaces or &apos;:&apos;, and only printable ASCII characters (letters, digits, - and _).</source>
        <translation>Die Workspace-ID darf weder Leerzeichen noch &apos;:&apos; enthalten und nur aus druckbaren ASCII-Zeichen bestehen (Buchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not a proxy URL: write it as http://host:port or http://user@host:port.</source>
        <translation>„%1“ ist keine Proxy-URL: Schreiben Sie sie als http://host:port oder http://user@host:port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only HTTP proxies are supported (http://host:port), not &quot;%1://&quot;: requests to the API still travel inside TLS through it.</source>
        <translation>Nur HTTP-Proxys werden unterstützt (http://host:port), nicht „%1://“: Anfragen an die API laufen trotzdem per TLS verschlüsselt durch ihn hindurch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy URL &quot;%1&quot; has no port: write it as http://host:port.</source>
        <translation>Die Proxy-URL „%1“ hat keinen Port: Schreiben Sie sie als http://host:port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy URL must not contain a password: it would show in the process list and be saved in files. Give only the user (http://user@host:port); the password comes from the keychain or IMPORTSCOPE_PROXY_PASSWORD.</source>
        <translation>Die Proxy-URL darf kein Passwort enthalten: Es wäre in der Prozessliste sichtbar und würde in Dateien gespeichert. Geben Sie nur den Benutzer an (http://user@host:port); das Passwort kommt aus dem Schlüsselbund oder aus IMPORTSCOPE_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is not a PEM certificate: the text must start with -----BEGIN CERTIFICATE-----.</source>
        <translation>Das ist kein PEM-Zertifikat: Der Text muss mit -----BEGIN CERTIFICATE----- beginnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It holds something other than certificates (%1): give only the certificate.</source>
        <translation>Darin steht etwas anderes als Zertifikate (%1): Geben Sie nur das Zertifikat an.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) in it could not be read.</source>
        <translation>
            <numerusform>%n Zertifikat darin konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Zertifikate darin konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate in it could not be read.</source>
        <translation>Ein Zertifikat darin konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Die Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate file %1 is not a regular file.</source>
        <translation>Die Zertifikatsdatei %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the certificate file %1: %2.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate file %1 is larger than %2 KB: is it the right file?</source>
        <translation>Die Zertifikatsdatei %1 ist größer als %2 KB: Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1: %2</translation>
    </message>
</context>
<context>
    <name>DataCenters</name>
    <message>
        <location line="-200"/>
        <location line="+3"/>
        <source>US</source>
        <translation>USA</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unverified host</source>
        <translation>nicht verifizierter Host</translation>
    </message>
</context>
<context>
    <name>DemoFaultPlan</name>
    <message>
        <location filename="../app/demo/DemoFaults.cpp" line="+84"/>
        <source>fault &quot;%1&quot; is not KIND@N, KIND@N-M, KIND@N- or KIND:PROBABILITY</source>
        <translation>Störung „%1“ hat nicht die Form KIND@N, KIND@N-M, KIND@N- oder KIND:PROBABILITY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown fault kind &quot;%1&quot; (use 500..511, 429, garbage, truncate, reset, stall or shift)</source>
        <translation>unbekannte Störungsart „%1“ (verwenden Sie 500..511, 429, garbage, truncate, reset, stall oder shift)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>probability in &quot;%1&quot; must be above 0 and at most 1</source>
        <translation>die Wahrscheinlichkeit in „%1“ muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request numbers start at 1 in &quot;%1&quot;</source>
        <translation>Anfragenummern beginnen in „%1“ bei 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>range in &quot;%1&quot; ends before it starts</source>
        <translation>der Bereich in „%1“ endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fault probabilities add up to %1, more than 1</source>
        <translation>die Störungswahrscheinlichkeiten ergeben zusammen %1, mehr als 1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fault injection: --faults SPEC, SPEC a comma-separated list of items:
  KIND@N         the N-th request (1-based, counted from the server&apos;s start)
  KIND@N-M       requests N to M          KIND@N-    request N and every later one
  KIND:P         any request, with probability P (0 &lt; P &lt;= 1), drawn from a generator
                 seeded by --seed; the probabilities of all items add up to at most 1
KIND is one of:
  500..511       that status, with the API&apos;s body {&quot;title&quot;: &quot;Server Error&quot;, ...}
  429            &quot;Rate Limits Exceeded&quot;, whatever the real limit says
  garbage        status 200 with a body that is not JSON
  truncate       the real answer with its JSON cut in half (Content-Length matches)
  reset          the connection is reset (TCP RST) without an answer; note that Qt&apos;s
                 QNetworkAccessManager resends once by itself: reset@N-M shows it a reset
  stall          the request is accepted and never answered
  shift          a new file appears at the top of the requested import, then the real
                 answer: later pages shift by one and a file id repeats across pages
Numbered items win over probabilities; among numbered items the first listed wins.
Every request counts, whatever its path or outcome. Faults other than truncate and shift answer
before routing, authentication and the rate limit, and do not count against the limit.
Examples: 500@3   garbage@2-4,reset@7   500:0.1,reset:0.05,shift:0.02
</source>
        <translation>Störungen einspeisen: --faults SPEC, SPEC ist eine kommagetrennte Liste von Einträgen:
  KIND@N         die N-te Anfrage (ab 1 gezählt, seit dem Start des Servers)
  KIND@N-M       Anfragen N bis M          KIND@N-    Anfrage N und jede spätere
  KIND:P         jede Anfrage, mit Wahrscheinlichkeit P (0 &lt; P &lt;= 1), gezogen aus einem mit
                 --seed initialisierten Generator; alle Wahrscheinlichkeiten zusammen höchstens 1
KIND ist eines von:
  500..511       dieser Status, mit dem Body der API {&quot;title&quot;: &quot;Server Error&quot;, ...}
  429            &quot;Rate Limits Exceeded&quot;, unabhängig davon, was das echte Limit sagt
  garbage        Status 200 mit einem Body, der kein JSON ist
  truncate       die echte Antwort, ihr JSON in der Mitte abgeschnitten (Content-Length passt)
  reset          die Verbindung wird ohne Antwort zurückgesetzt (TCP RST); Qts
                 QNetworkAccessManager sendet einmal von selbst erneut: reset@N-M zeigt ihm ein Reset
  stall          die Anfrage wird angenommen und nie beantwortet
  shift          oben im angefragten Import erscheint eine neue Datei, dann die echte Antwort:
                 spätere Seiten verschieben sich um eins, und eine Datei-id wiederholt sich
Nummerierte Einträge haben Vorrang vor Wahrscheinlichkeiten; unter ihnen gilt der zuerst genannte.
Jede Anfrage zählt, gleich welcher Pfad oder welches Ergebnis. Störungen außer truncate und shift
antworten vor Routing, Authentifizierung und Ratenlimit und zählen nicht gegen das Limit.
Beispiele: 500@3   garbage@2-4,reset@7   500:0.1,reset:0.05,shift:0.02
</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/demo/DemoServer.cpp" line="+486"/>
        <source>the demo server is already running at %1</source>
        <translation>der Demo-Server läuft bereits unter %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad fault specification: %1</source>
        <translation>ungültige Störungsangabe: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>DemoServerCommand</name>
    <message>
        <location filename="../app/cli/DemoServerCommand.cpp" line="+26"/>
        <source>%1 (see --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: workspace %2, Data API key %3.</source>
        <translation>%1: Workspace %2, Data-API-Schlüssel %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serves the ImportScope demo workspace: the MoEngage File Imports API (Run History, Import
Details and Trigger) on 127.0.0.1, with seeded data, authentication, the rate limit, latency
and faults.
Prints url=, workspace= and key= lines, then serves until SIGINT or SIGTERM.</source>
        <translation>Stellt den ImportScope-Demo-Workspace bereit: die MoEngage File Imports API (Run History,
Import Details und Trigger) auf 127.0.0.1, mit per Seed erzeugten Daten, Authentifizierung,
dem Ratenlimit, Latenz und Störungen.
Gibt die Zeilen url=, workspace= und key= aus und läuft dann bis SIGINT oder SIGTERM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this help and the fault grammar.</source>
        <translation>Diese Hilfe und die Grammatik der Störungen anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port on 127.0.0.1 (0: any free port).</source>
        <translation>Port auf 127.0.0.1 (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay every answer by N milliseconds.</source>
        <translation>Jede Antwort um N Millisekunden verzögern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS per workspace, then 429 (0/SECONDS: no limit).</source>
        <translation>Höchstens N Anfragen pro SECONDS je Workspace, danach 429 (0/SECONDS: kein Limit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a Retry-After header with 429 answers (the real API does not).</source>
        <translation>Bei 429-Antworten einen Retry-After-Header senden (die echte API tut das nicht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject faults (grammar below).</source>
        <translation>Störungen einspeisen (Grammatik unten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the data and of random faults.</source>
        <translation>Seed der Daten und der zufälligen Störungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data ends just before this UTC day, YYYY-MM-DD (default: tomorrow, so it stays the same all day).</source>
        <translation>Die Daten enden kurz vor diesem UTC-Tag, YYYY-MM-DD (Standard: morgen, damit sie den ganzen Tag gleich bleiben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the API&apos;s open points are read (default: $IMPORTSCOPE_DEMO_READINGS, else date=scheduled,end=second,order=scheduled,pf=none,ratelimit=none,window=sliding): %1.</source>
        <translation>Wie die offenen Punkte der API ausgelegt werden (Standard: $IMPORTSCOPE_DEMO_READINGS, sonst date=scheduled,end=second,order=scheduled,pf=none,ratelimit=none,window=sliding): %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credentials: workspace %1, Data API key %2.</source>
        <translation>Zugangsdaten: Workspace %1, Data-API-Schlüssel %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--latency-ms must be a number of milliseconds from 0 to 600000</source>
        <translation>--latency-ms muss eine Anzahl Millisekunden von 0 bis 600000 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rate must be N/SECONDS, such as 50/60</source>
        <translation>--rate muss die Form N/SECONDS haben, etwa 50/60</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a number from 0 to 4294967295</source>
        <translation>--seed muss eine Zahl von 0 bis 4294967295 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--anchor must be a date written YYYY-MM-DD</source>
        <translation>--anchor muss ein Datum in der Form YYYY-MM-DD sein</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Serving the demo workspace; the window opens &quot;%1&quot; first. Press Ctrl+C to stop.</source>
        <translation>Der Demo-Workspace läuft; das Fenster öffnet zuerst „%1“. Mit Strg+C beenden.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="+80"/>
        <source>A file partly failed in “%1”</source>
        <translation>Eine Datei ist in „%1“ teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file failed in “%1”</source>
        <translation>Eine Datei ist in „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is stale</source>
        <translation>„%1“ ist überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file is stuck in “%1”</source>
        <translation>Eine Datei hängt in „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No run since %1</source>
        <translation>Kein Lauf seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No run for longer than usual</source>
        <translation>Länger als üblich kein Lauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n new failure(s) in %1</source>
        <extracomment>&quot;7 new failures in 3 imports&quot;: the first %n is the failures, %1 the imports&apos; part.</extracomment>
        <translation>
            <numerusform>%n neuer Fehler in %1</numerusform>
            <numerusform>%n neue Fehler in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n Import</numerusform>
            <numerusform>%n Importen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: stale</source>
        <translation>%1: überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/DetailPane.cpp" line="+33"/>
        <source>Select a file to see its details.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File details</source>
        <translation>Dateidetails</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File ID</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Copy the file ID</source>
        <translation>Die Datei-ID kopieren</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Copy file name</source>
        <translation>Dateinamen kopieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy file ID</source>
        <translation>Datei-ID kopieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File ID:</source>
        <translation>Datei-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled:</source>
        <translation>Geplant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Failure rate:</source>
        <translation>Fehlerquote:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auxiliary data</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As the API sent it</source>
        <translation>Wie von der API gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raw JSON of the file</source>
        <translation>Roh-JSON der Datei</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(no file name)</source>
        <translation>(kein Dateiname)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+23"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+44"/>
        <source>Give --import-id ID or --import-name NAME.</source>
        <translation>Geben Sie --import-id ID oder --import-name NAME an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to needs --from.</source>
        <translation>--to erfordert --from.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown --date-format &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekanntes --date-format „%1“: Verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--page must be a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--page muss eine ganze Zahl ab 1 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format muss csv oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bom and --excel-safe apply to CSV only.</source>
        <translation>--bom und --excel-safe gelten nur für CSV.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give --incremental or --cached, not both.</source>
        <translation>Geben Sie --incremental oder --cached an, nicht beides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--incremental and --cached keep whole answers: they take no --page.</source>
        <translation>--incremental und --cached behalten ganze Antworten: Sie nehmen kein --page an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export an import&apos;s file run history as CSV or JSON.

Exit codes: 0 done (also when nothing matches), 1 local failure, 2 bad command line or input (nothing sent), 3 authentication refused, 4 request rejected (e.g. unknown import, page past the last), 5 network or server failure after retries, 130 interrupted.</source>
        <translation>Exportiert den Verlauf der Dateiläufe eines Imports als CSV oder JSON.

Exit-Codes: 0 erledigt (auch wenn nichts passt), 1 lokaler Fehler, 2 fehlerhafte Befehlszeile oder Eingabe (nichts gesendet), 3 Authentifizierung abgelehnt, 4 Anfrage abgewiesen (z. B. unbekannter Import, Seite nach der letzten), 5 Netzwerk- oder Serverfehler nach Wiederholungen, 130 unterbrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import&apos;s ID (wins over --import-name, as in the API).</source>
        <translation>Die ID des Imports (hat Vorrang vor --import-name, wie in der API).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import&apos;s name.</source>
        <translation>Der Name des Imports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files processed from DATE, written in --date-format.</source>
        <translation>Dateien, die ab DATE verarbeitet wurden, geschrieben im --date-format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... until DATE (default: now). Needs --from.</source>
        <translation>... bis DATE (Standard: jetzt). Erfordert --from.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of YYYY-MM-DD (default), YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY, &quot;DD-MM-YYYY hh:mm:ss&quot;, &quot;DD/MM/YYYY hh:mm:ss&quot;, &quot;YYYY-MM-DD hh:mm:ss&quot;, &quot;YYYY/MM/DD hh:mm:ss&quot;.</source>
        <translation>Eines von YYYY-MM-DD (Standard), YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY, &quot;DD-MM-YYYY hh:mm:ss&quot;, &quot;DD/MM/YYYY hh:mm:ss&quot;, &quot;YYYY-MM-DD hh:mm:ss&quot;, &quot;YYYY/MM/DD hh:mm:ss&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only files with these statuses, comma-separated: SUCCESSFUL FAILED PARTIAL_SUCCESS PROCESSING QUEUED WAITING (any case).</source>
        <translation>Nur Dateien mit diesen Status, durch Kommas getrennt: SUCCESSFUL FAILED PARTIAL_SUCCESS PROCESSING QUEUED WAITING (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only page N (50 files a page). Default: every page.</source>
        <translation>Nur Seite N (50 Dateien pro Seite). Standard: alle Seiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically; a pipe or a device such as /dev/stdout is written straight (default: standard output).</source>
        <translation>In FILE schreiben, atomar; eine Pipe oder ein Gerät wie /dev/stdout wird direkt beschrieben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefix &apos; to text cells starting with = + - @ tab or CR (CSV).</source>
        <translation>Textzellen, die mit = + - @ Tab oder CR beginnen, ein &apos; voranstellen (CSV).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a UTF-8 byte-order mark for Excel (CSV).</source>
        <translation>Mit einer UTF-8-Bytereihenfolgemarke für Excel beginnen (CSV).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on standard error.</source>
        <translation>Keinen Fortschritt auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the stored answer with as few requests as possible, then export the whole answer (and keep it stored).</source>
        <translation>Die gespeicherte Antwort mit so wenigen Anfragen wie möglich aktualisieren, dann die ganze Antwort exportieren (und gespeichert lassen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send no request: export the stored answer (exit 4 when nothing is stored).</source>
        <translation>Keine Anfrage senden: die gespeicherte Antwort exportieren (Exit-Code 4, wenn nichts gespeichert ist).</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>importscope: exporting the answer stored at %1 (%n minute(s) ago), without a request.</source>
        <translation>
            <numerusform>importscope: Die am %1 gespeicherte Antwort (vor %n Minute) wird ohne Anfrage exportiert.</numerusform>
            <numerusform>importscope: Die am %1 gespeicherte Antwort (vor %n Minuten) wird ohne Anfrage exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>importscope: waiting for a reader of %1 (Ctrl+C ends it)…</source>
        <translation>importscope: warte auf einen Leser von %1 (Strg+C bricht ab)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interrupted: nothing was exported; the refreshed history had been stored already.</source>
        <translation>Unterbrochen: Es wurde nichts exportiert; der aktualisierte Verlauf war bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrupted: nothing was exported, and the stored history is as it was.</source>
        <translation>Unterbrochen: Es wurde nichts exportiert, und der gespeicherte Verlauf ist unverändert.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Interrupted: nothing was written.</source>
        <translation>Unterbrochen: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+105"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All 15 API fields, in the API&apos;s order</source>
        <translation>Alle 15 API-Felder, in der Reihenfolge der API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API field names (file_name, file_status, …)</source>
        <translation>API-Feldnamen (file_name, file_status, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As displayed (File name, Status, …)</source>
        <translation>Wie angezeigt (Dateiname, Status, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 &amp;byte-order mark (lets Excel detect UTF-8)</source>
        <translation>UTF-8-&amp;Bytereihenfolgemarke (damit Excel UTF-8 erkennt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xcel-safe: prefix &apos; to text cells starting with = + - @</source>
        <translation>E&amp;xcel-sicher: Textzellen, die mit = + - @ beginnen, ein &apos; voranstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spreadsheet would run such a cell as a formula. Only the API&apos;s text fields get the prefix; numbers are never changed.</source>
        <translation>Eine Tabellenkalkulation würde eine solche Zelle als Formel ausführen. Nur die Textfelder der API erhalten das Präfix; Zahlen werden nie verändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes the exported values: a file name such as &quot;+49_customers.csv&quot; is written &quot;&apos;+49_customers.csv&quot; and no longer matches the API. Leave it off for files other programs read. CSV only.</source>
        <translation>Verändert die exportierten Werte: Ein Dateiname wie „+49_customers.csv“ wird als „&apos;+49_customers.csv“ geschrieben und passt nicht mehr zur API. Lassen Sie die Option für Dateien aus, die andere Programme lesen. Nur CSV.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open containing &amp;folder</source>
        <translation>Enthaltenden &amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Export causes</source>
        <translation>Ursachen exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n cause(s) of the Triage tab, in its order: pattern, files, failed rows, imports, workspaces, first and last seen, new, an example and the file IDs.</source>
        <translation>
            <numerusform>Die %n Ursache des Tabs „Triage“, in dessen Reihenfolge: Muster, Dateien, fehlgeschlagene Zeilen, Importe, Workspaces, zuerst und zuletzt gesehen, neu, ein Beispiel und die Datei-IDs.</numerusform>
            <numerusform>Die %n Ursachen des Tabs „Triage“, in dessen Reihenfolge: Muster, Dateien, fehlgeschlagene Zeilen, Importe, Workspaces, zuerst und zuletzt gesehen, neu, ein Beispiel und die Datei-IDs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Causes:</source>
        <translation>Ursachen:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All fetched rows (%1)</source>
        <translation>Alle abgerufenen Zeilen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown, sorted as in the table (%1)</source>
        <translation>Angezeigte Zeilen, sortiert wie in der Tabelle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected rows (%1)</source>
        <translation>Ausgewählte Zeilen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown columns, in the table&apos;s order (%1)</source>
        <translation>Angezeigte Spalten, in der Reihenfolge der Tabelle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown columns, in the table&apos;s order (%1 of the %2 shown)</source>
        <translation>Angezeigte Spalten, in der Reihenfolge der Tabelle (%1 der %2 angezeigten)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is computed by ImportScope, not an API field: it is not exported.</source>
        <translation>%1 wird von ImportScope berechnet und ist kein API-Feld: Es wird nicht exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are computed by ImportScope, not API fields: they are not exported.</source>
        <translation>%1 werden von ImportScope berechnet und sind keine API-Felder: Sie werden nicht exportiert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exporting %Ln cause(s) to %1…</source>
        <translation>
            <numerusform>%Ln Ursache wird nach %1 exportiert…</numerusform>
            <numerusform>%Ln Ursachen werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>%Ln Zeile wird nach %1 exportiert…</numerusform>
            <numerusform>%Ln Zeilen werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Exported %Ln cause(s) to %1.</source>
        <translation>
            <numerusform>%Ln Ursache nach %1 exportiert.</numerusform>
            <numerusform>%Ln Ursachen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled: %1 was left as it was.</source>
        <translation>Export abgebrochen: %1 blieb unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The existing file was left as it was.</source>
        <translation>Die vorhandene Datei blieb unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder or free some space, then export again.</source>
        <translation>Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei und exportieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../app/export/ExportFile.cpp" line="+150"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cannot write %1: it is not a regular file, a pipe or a terminal. Choose a file name.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist weder eine reguläre Datei noch eine Pipe oder ein Terminal. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../app/export/ExportOptions.cpp" line="+40"/>
        <source>Unknown export format: choose CSV or JSON.</source>
        <translation>Unbekanntes Exportformat: Wählen Sie CSV oder JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Das CSV-Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A byte-order mark can only be written to CSV, not to JSON.</source>
        <translation>Eine Bytereihenfolgemarke kann nur in CSV geschrieben werden, nicht in JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one column to export.</source>
        <translation>Wählen Sie mindestens eine Spalte für den Export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown export column (internal error).</source>
        <translation>Unbekannte Exportspalte (interner Fehler).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column %1 is listed twice: list each column once.</source>
        <translation>Die Spalte %1 ist doppelt aufgeführt: Führen Sie jede Spalte nur einmal auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one header label per column (%1 labels for %2 columns).</source>
        <translation>Geben Sie eine Überschrift pro Spalte an (%1 Überschriften für %2 Spalten).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two columns are labelled &quot;%1&quot;: JSON keys must differ.</source>
        <translation>Zwei Spalten heißen „%1“: JSON-Schlüssel müssen sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../app/export/ExportWriter.cpp" line="+69"/>
        <source>the output</source>
        <translation>Die Ausgabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was already started (internal error).</source>
        <translation>Der Export wurde bereits gestartet (interner Fehler).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: it is not open for writing.</source>
        <translation>%1 kann nicht geschrieben werden: nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rows must be written between begin() and finish() (internal error).</source>
        <translation>Zeilen müssen zwischen begin() und finish() geschrieben werden (interner Fehler).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The export was finished before it began, or twice (internal error).</source>
        <translation>Der Export wurde vor seinem Beginn oder zweimal abgeschlossen (interner Fehler).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FileRunTableModel</name>
    <message>
        <location filename="../app/model/FileRunTableModel.cpp" line="+133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure %</source>
        <translation>Fehler-%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aux added</source>
        <translation>Zusatz hinzugef.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aux failed</source>
        <translation>Zusatz fehlgeschl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File ID</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../ui/FilterForm.cpp" line="+115"/>
        <source>&amp;Import name:</source>
        <translation>Import-&amp;Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Import name</source>
        <translation>Import-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick or type an import name</source>
        <translation>Import-Namen wählen oder eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;mport ID:</source>
        <translation>Import-&amp;ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; wins over the name</source>
        <translation>optional; hat Vorrang vor dem Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import ID</source>
        <translation>Import-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When both an ID and a name are given, the API uses the ID and ignores the name.</source>
        <translation>Sind ID und Name angegeben, verwendet die API die ID und ignoriert den Namen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range preset</source>
        <translation>Vorgabe für den Zeitraum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f&amp;rom</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>bi&amp;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date format sent to the API</source>
        <translation>An die API gesendetes Datumsformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format the dates are written in on the wire; all eight mean the same range.</source>
        <translation>Das Format, in dem die Datumsangaben übertragen werden; alle acht bedeuten denselben Zeitraum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>f&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statuses to fetch</source>
        <translation>Abzurufende Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch every file, then show only the problems: FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and any status that is not a success and not still in progress. The API&apos;s filter cannot ask for PARTIAL_FAILURE, so nothing is filtered in the request.</source>
        <translation>Alle Dateien abrufen und dann nur die Probleme anzeigen: FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE und jeden Status, der weder erfolgreich noch in Bearbeitung ist. Der Filter der API kann nicht nach PARTIAL_FAILURE fragen, daher wird in der Anfrage nichts gefiltert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+297"/>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Fetch every page of the import&apos;s history (F5, Ctrl+R)</source>
        <translation>Alle Seiten des Import-Verlaufs abrufen (F5, Strg+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the fetch; rows received so far stay (Esc)</source>
        <translation>Abruf stoppen; bisher empfangene Zeilen bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln status(es)</source>
        <translation>
            <numerusform>%Ln Status</numerusform>
            <numerusform>%Ln Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln Import</numerusform>
            <numerusform>%Ln Importe</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates are the workspace&apos;s wall-clock times in %1.</source>
        <translation>Datumsangaben sind Ortszeiten des Workspace in %1.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The date range ends before it starts: set &quot;to&quot; after &quot;from&quot;.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Setzen Sie „bis“ nach „von“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No status is ticked: tick at least one, or click All.</source>
        <translation>Kein Status ist angehakt: Haken Sie mindestens einen an oder klicken Sie auf „Alle“.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1, %2</source>
        <translation>letzter Lauf %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last run %1</source>
        <translation>letzter Lauf %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1
%2
ID %3</source>
        <translation>%1
%2
ID %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no imports listed</source>
        <translation>keine Importe aufgeführt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refetch</source>
        <translation>Erneut abrufen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates %1 to %2</source>
        <translation>Zeitraum %1 bis %2</translation>
    </message>
</context>
<context>
    <name>HistoryClient</name>
    <message numerus="yes">
        <location filename="../app/api/HistoryClient.cpp" line="+93"/>
        <source>Fetch cancelled: the table holds the %n file(s) received so far.</source>
        <translation>
            <numerusform>Abruf abgebrochen: Die Tabelle enthält die bisher empfangene %n Datei.</numerusform>
            <numerusform>Abruf abgebrochen: Die Tabelle enthält die %n bisher empfangenen Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The import holds more files than one fetch follows (%1 pages of 50): narrow the dates or statuses, or fetch single pages.</source>
        <translation>Der Import enthält mehr Dateien, als ein Abruf verfolgt (%1 Seiten zu 50): Grenzen Sie Zeitraum oder Status ein oder rufen Sie einzelne Seiten ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import kept growing while it was fetched (%1 pages beyond the %2 that page 1 announced): try again later, or narrow the dates.</source>
        <translation>Der Import ist während des Abrufs weiter gewachsen (%1 Seiten über die %2 hinaus, die Seite 1 angekündigt hat): Versuchen Sie es später erneut oder grenzen Sie den Zeitraum ein.</translation>
    </message>
</context>
<context>
    <name>HistoryFetch</name>
    <message>
        <location filename="../app/session/HistoryFetch.cpp" line="+55"/>
        <source>import ID %1</source>
        <translation>Import-ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import “%1”</source>
        <translation>Import „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import “%1” (ID %2)</source>
        <translation>Import „%1“ (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in workspace “%2”</source>
        <translation>%1 im Workspace „%2“</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>What is stored does not reach back as far as this query asks: export it once with --incremental, or without --cached.</source>
        <translation>Das Gespeicherte reicht nicht so weit zurück, wie diese Abfrage verlangt: Exportieren Sie sie einmal mit --incremental oder ohne --cached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is stored for this query yet: export it once without --cached, or with --incremental.</source>
        <translation>Für diese Abfrage ist noch nichts gespeichert: Exportieren Sie sie einmal ohne --cached oder mit --incremental.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Fetch cancelled while the stored history was read.</source>
        <translation>Abruf abgebrochen, während der gespeicherte Verlauf gelesen wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch cancelled before it started.</source>
        <translation>Abruf abgebrochen, bevor er begonnen hat.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>reading the stored history…</source>
        <translation>der gespeicherte Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refreshing the answer stored %1…</source>
        <translation>die %1 gespeicherte Antwort wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page 1…</source>
        <translation>Seite 1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading the key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the API&apos;s limit of %Ln request(s) a minute</source>
        <translation>
            <numerusform>das API-Limit von %Ln Anfrage pro Minute</numerusform>
            <numerusform>das API-Limit von %Ln Anfragen pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the API&apos;s limit of %Ln request(s) per %1 s</source>
        <translation>
            <numerusform>das API-Limit von %Ln Anfrage pro %1 s</numerusform>
            <numerusform>das API-Limit von %Ln Anfragen pro %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>asking again in %Ln s (attempt %1 of %2): %3</source>
        <translation>
            <numerusform>neue Anfrage in %Ln s (Versuch %1 von %2): %3</numerusform>
            <numerusform>neue Anfrage in %Ln s (Versuch %1 von %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>waiting %Ln s: the server says the rate limit is reached</source>
        <translation>
            <numerusform>warte %Ln s: Laut Server ist das Ratenlimit erreicht</numerusform>
            <numerusform>warte %Ln s: Laut Server ist das Ratenlimit erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waiting %Ln s for %1</source>
        <translation>
            <numerusform>warte %Ln s, um %1 einzuhalten</numerusform>
            <numerusform>warte %Ln s, um %1 einzuhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>noch etwa %Ln min</numerusform>
            <numerusform>noch etwa %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no answer for %Ln s</source>
        <translation>
            <numerusform>seit %Ln s keine Antwort</numerusform>
            <numerusform>seit %Ln s keine Antwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <location filename="../app/api/HistoryQuery.cpp" line="+103"/>
        <source>No import given: set the import ID or the import name.</source>
        <translation>Kein Import angegeben: Setzen Sie die Import-ID oder den Import-Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page must be 1 or more, not %1.</source>
        <translation>Die Seite muss 1 oder größer sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start date &quot;%1&quot; does not match the date format %2 (for example %3).</source>
        <translation>Das Startdatum „%1“ passt nicht zum Datumsformat %2 (zum Beispiel %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date &quot;%1&quot; does not match the date format %2 (for example %3).</source>
        <translation>Das Enddatum „%1“ passt nicht zum Datumsformat %2 (zum Beispiel %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End date %1 is before start date %2.</source>
        <translation>Das Enddatum %1 liegt vor dem Startdatum %2.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>import ID %1</source>
        <translation>Import-ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import &quot;%1&quot;</source>
        <translation>Import „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other statuses</source>
        <translation>andere Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1 only</source>
        <translation>nur Seite %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown status &quot;%1&quot;: use one or more of %2.</source>
        <translation>Unbekannter Status „%1“: Verwenden Sie einen oder mehrere von %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No status given: use one or more of SUCCESSFUL, FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE, PROCESSING, QUEUED, WAITING.</source>
        <translation>Kein Status angegeben: Verwenden Sie einen oder mehrere von SUCCESSFUL, FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE, PROCESSING, QUEUED, WAITING.</translation>
    </message>
</context>
<context>
    <name>HistoryRefresh</name>
    <message>
        <location filename="../app/store/HistoryRefresh.cpp" line="+126"/>
        <source>nothing was stored for this import</source>
        <translation>für diesen Import war nichts gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh cancelled: the stored history is unchanged.</source>
        <translation>Aktualisierung abgebrochen: Der gespeicherte Verlauf ist unverändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The refresh lost its network client: try again.</source>
        <translation>Die Aktualisierung hat ihren Netzwerk-Client verloren: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the API sent the same file twice among the newest ones</source>
        <translation>die API hat unter den neuesten Dateien dieselbe Datei zweimal gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>more than %n new files: reading the history again costs little more</source>
        <translation>
            <numerusform>mehr als %n neue Datei: Den Verlauf neu zu lesen kostet kaum mehr</numerusform>
            <numerusform>mehr als %n neue Dateien: Den Verlauf neu zu lesen kostet kaum mehr</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the API sent as new a file that is stored further down</source>
        <translation>die API hat eine Datei als neu gesendet, die weiter unten gespeichert ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history counts %1 files where the stored ones and the new ones make %2: files vanished or appeared deeper in the history</source>
        <translation>der Verlauf zählt %1 Dateien, die gespeicherten und die neuen ergeben zusammen aber %2: Tiefer im Verlauf sind Dateien verschwunden oder hinzugekommen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the unfinished files deep in the history cost as many requests as reading it again</source>
        <translation>die nicht abgeschlossenen Dateien tief im Verlauf kosten so viele Anfragen wie ein erneutes Lesen des Verlaufs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a file deeper in the history is not where its position says (%1): files moved</source>
        <translation>eine Datei tiefer im Verlauf steht nicht dort, wo ihre Position es angibt (%1): Dateien haben sich verschoben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the history holds fewer files than were stored</source>
        <translation>der Verlauf enthält weniger Dateien, als gespeichert waren</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+226"/>
        <source>The API counts %1 files but sent %2: nothing was stored. Try again later.</source>
        <translation>Die API zählt %1 Dateien, hat aber %2 gesendet: Es wurde nichts gespeichert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>the history counts fewer files than are stored</source>
        <translation>der Verlauf zählt weniger Dateien, als gespeichert sind</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the pages below the stored history do not continue it</source>
        <translation>die Seiten unterhalb des gespeicherten Verlaufs setzen ihn nicht fort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pages below the stored history do not continue it: files moved</source>
        <translation>die Seiten unterhalb des gespeicherten Verlaufs setzen ihn nicht fort: Dateien haben sich verschoben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the API sent a stored file again further down</source>
        <translation>die API hat eine gespeicherte Datei weiter unten erneut gesendet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history kept changing while it was read (%1): nothing was stored. Try again in a minute.</source>
        <translation>Der Verlauf hat sich während des Lesens ständig geändert (%1): Es wurde nichts gespeichert. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the history would hold the file %1 twice</source>
        <translation>der Verlauf würde die Datei %1 zweimal enthalten</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>the history kept changing while it was refreshed</source>
        <translation>der Verlauf hat sich während der Aktualisierung ständig geändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+131"/>
        <location line="+94"/>
        <location line="+68"/>
        <source>the history shrank while it was refreshed</source>
        <translation>der Verlauf ist während der Aktualisierung geschrumpft</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>the newest stored file is no longer in the history</source>
        <translation>die neueste gespeicherte Datei ist nicht mehr im Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>files were added or removed among the newest ones</source>
        <translation>unter den neuesten Dateien wurden welche hinzugefügt oder entfernt</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../app/store/HistoryStore.cpp" line="+44"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>another program holds it locked</source>
        <translation>ein anderes Programm hält die Datei gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it can only be read</source>
        <translation>die Datei kann nur gelesen werden</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>its table %1 is missing</source>
        <translation>die Tabelle %1 fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its table %1 has other columns</source>
        <translation>die Tabelle %1 hat andere Spalten</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>The stored history %1 cannot be read and could not be moved aside: it is left as it is and nothing is stored until it is moved or deleted.</source>
        <translation>Der gespeicherte Verlauf %1 kann nicht gelesen und nicht beiseitegelegt werden: Er bleibt, wie er ist, und es wird nichts gespeichert, bis er verschoben oder gelöscht wird.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+2"/>
        <location line="+53"/>
        <source>it has no schema version</source>
        <translation>die Datei hat keine Schemaversion</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>its schema version is %1</source>
        <translation>die Schemaversion ist %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The stored history %1 works without its write-ahead log.</source>
        <translation>Der gespeicherte Verlauf %1 arbeitet ohne sein Write-Ahead-Log.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The stored history %1 can only be read (%2): stored answers are shown, nothing new is stored. Check the file&apos;s and its folder&apos;s permissions, or the disk.</source>
        <translation>Der gespeicherte Verlauf %1 kann nur gelesen werden (%2): Gespeicherte Antworten werden angezeigt, Neues wird nicht gespeichert. Prüfen Sie die Berechtigungen der Datei und ihres Ordners oder den Datenträger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 cannot be opened (%2): nothing is stored. Check the file&apos;s and its folder&apos;s permissions, and the disk.</source>
        <translation>Der gespeicherte Verlauf %1 kann nicht geöffnet werden (%2): Es wird nichts gespeichert. Prüfen Sie die Berechtigungen der Datei und ihres Ordners sowie den Datenträger.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored history %1 cannot be opened (%2): it is left as it is and nothing is stored. Check the file&apos;s permissions and the free space.</source>
        <translation>Der gespeicherte Verlauf %1 kann nicht geöffnet werden (%2): Er bleibt, wie er ist, und es wird nichts gespeichert. Prüfen Sie die Berechtigungen der Datei und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored history %1 is locked by another program (%2): it is left as it is and nothing is stored this time. Close the program that holds it and try again.</source>
        <translation>Der gespeicherte Verlauf %1 ist von einem anderen Programm gesperrt (%2): Er bleibt, wie er ist, und diesmal wird nichts gespeichert. Schließen Sie das Programm, das ihn sperrt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 was written by a newer ImportScope (schema version %2; this one knows up to %3): it is left as it is and this version stores nothing. Use the newer ImportScope, or move the file away.</source>
        <translation>Der gespeicherte Verlauf %1 wurde von einer neueren ImportScope-Version geschrieben (Schemaversion %2; diese kennt bis %3): Er bleibt, wie er ist, und diese Version speichert nichts. Verwenden Sie die neuere ImportScope-Version oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 is not a readable database (%2): it was moved to %3 and the history starts empty.</source>
        <translation>Der gespeicherte Verlauf %1 ist keine lesbare Datenbank (%2): Er wurde nach %3 verschoben, und der Verlauf beginnt leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 is not an ImportScope history (%2): it was moved to %3 and the history starts empty.</source>
        <translation>Der gespeicherte Verlauf %1 ist kein ImportScope-Verlauf (%2): Er wurde nach %3 verschoben, und der Verlauf beginnt leer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+15"/>
        <source>The stored history of %1 could not be read (%2): it is fetched again.</source>
        <translation>Der gespeicherte Verlauf für %1 konnte nicht gelesen werden (%2): Er wird erneut abgerufen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>import ID %1</source>
        <translation>Import-ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import &quot;%1&quot;</source>
        <translation>Import „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <source>the stored history %1 can only be read</source>
        <translation>der gespeicherte Verlauf %1 kann nur gelesen werden</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>The history of %1 was not stored: %2</source>
        <translation>Der Verlauf für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history of %1 could not be stored: the disk is full. The previous one is kept; free some space in %2.</source>
        <translation>Der Verlauf für %1 konnte nicht gespeichert werden: Der Datenträger ist voll. Der vorherige bleibt erhalten; geben Sie in %2 Speicherplatz frei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history of %1 could not be stored: another program holds the stored history locked. The previous one is kept.</source>
        <translation>Der Verlauf für %1 konnte nicht gespeichert werden: Ein anderes Programm hält den gespeicherten Verlauf gesperrt. Der vorherige bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of %1 could not be stored (%2): the previous one is kept. Check the free space and permissions in %3.</source>
        <translation>Der Verlauf für %1 konnte nicht gespeichert werden (%2): Der vorherige bleibt erhalten. Prüfen Sie den freien Speicherplatz und die Berechtigungen in %3.</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+31"/>
        <source>The stored history %1 can only be read: nothing was forgotten.</source>
        <translation>Der gespeicherte Verlauf %1 kann nur gelesen werden: Es wurde nichts vergessen.</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>The stored history cannot be kept: the folder %1 cannot be created. Check its permissions.</source>
        <translation>Der gespeicherte Verlauf kann nicht behalten werden: Der Ordner %1 kann nicht angelegt werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../app/store/StoreFile.cpp" line="+31"/>
        <source>The stored history %1 cannot be examined (%2).</source>
        <translation>Der gespeicherte Verlauf %1 kann nicht untersucht werden (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored history %1 is a symbolic link: ImportScope keeps its history only in a regular file and never follows a link there. Nothing is stored; remove the link to let ImportScope create its own file.</source>
        <translation>Der gespeicherte Verlauf %1 ist ein symbolischer Link: ImportScope hält seinen Verlauf nur in einer regulären Datei und folgt dort nie einem Link. Es wird nichts gespeichert; entfernen Sie den Link, damit ImportScope eine eigene Datei anlegen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored history %1 is not a regular file: nothing is stored. Move it away to let ImportScope create its own file.</source>
        <translation>Der gespeicherte Verlauf %1 ist keine reguläre Datei: Es wird nichts gespeichert. Verschieben Sie ihn an einen anderen Ort, damit ImportScope eine eigene Datei anlegen kann.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The stored history %1 cannot be created (%2). Check the folder&apos;s permissions and free space.</source>
        <translation>Der gespeicherte Verlauf %1 kann nicht angelegt werden (%2). Prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners.</translation>
    </message>
    <message>
        <location filename="../app/store/HistoryStore.cpp" line="+350"/>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>The stored history could not be forgotten (%1).</source>
        <translation>Der gespeicherte Verlauf konnte nicht vergessen werden (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The stored history could not be read (%1).</source>
        <translation>Der gespeicherte Verlauf konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryTableActions</name>
    <message>
        <location filename="../ui/HistoryTableActions.cpp" line="+28"/>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy file &amp;ID</source>
        <translation>Datei-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy row as &amp;JSON</source>
        <translation>Zeile als &amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status &amp;message</source>
        <translation>Status&amp;meldung kopieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy the selected rows with their header as tab-separated text, for a spreadsheet</source>
        <translation>Die ausgewählten Zeilen mit Kopfzeile als tabulatorgetrennten Text kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln row(s) copied with their header, tab-separated</source>
        <translation>
            <numerusform>%Ln Zeile mit Kopfzeile kopiert, tabulatorgetrennt</numerusform>
            <numerusform>%Ln Zeilen mit Kopfzeile kopiert, tabulatorgetrennt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File ID copied</source>
        <translation>Datei-ID kopiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row copied as JSON</source>
        <translation>Zeile als JSON kopiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status message copied</source>
        <translation>Statusmeldung kopiert</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="+108"/>
        <source>Shows only the files whose name, ID or status message contains the text</source>
        <translation>Zeigt nur die Dateien, deren Name, ID oder Statusmeldung den Text enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+919"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="-916"/>
        <location line="+912"/>
        <source>Search files (Ctrl+F)</source>
        <translation>Dateien suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="-893"/>
        <source>Import file run history</source>
        <translation>Verlauf der Import-Dateiläufe</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel fetch</source>
        <translation>Abruf abbrechen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the table to CSV or JSON (Ctrl+E)</source>
        <translation>Die Tabelle als CSV oder JSON exportieren (Strg+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy request as c&amp;URL</source>
        <translation>Anfrage als c&amp;URL kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a curl command that repeats this query; it reads the key from $%1</source>
        <translation>Einen curl-Befehl kopieren, der diese Abfrage wiederholt; er liest den Schlüssel aus $%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the import n&amp;ow…</source>
        <translation>Import &amp;jetzt ausführen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fetch an import&apos;s history to run it again.</source>
        <translation>Rufen Sie den Verlauf eines Imports ab, um ihn erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is still being reached</source>
        <translation>er wird noch erreicht</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>← Back to the board</source>
        <translation>← Zurück zur Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the board, on the import opened from it (Alt+Left)</source>
        <translation>Zurück zur Übersicht, mit dem von dort geöffneten Import ausgewählt (Alt+Links)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading imports…</source>
        <translation>Importe werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports not listed: %1</source>
        <translation>Importe nicht aufgelistet: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key for this session</source>
        <translation>Schlüssel für diese Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain could be reached, so the Data API key of &quot;%1&quot; is not saved.
Enter it to use it until ImportScope closes; it is kept in memory only.</source>
        <translation>Kein Schlüsselbund erreichbar, daher ist der Data-API-Schlüssel von „%1“ nicht gespeichert.
Geben Sie ihn ein, um ihn bis zum Schließen von ImportScope zu verwenden; er wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a profile first, or add one, or open the demo workspace.</source>
        <translation>Wählen Sie zuerst ein Profil, legen Sie eines an oder öffnen Sie den Demo-Workspace.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Cancelled here: the table holds the %Ln file(s) received so far.</source>
        <translation>
            <numerusform>Hier abgebrochen: Die Tabelle enthält die bisher empfangene %Ln Datei.</numerusform>
            <numerusform>Hier abgebrochen: Die Tabelle enthält die %Ln bisher empfangenen Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Showing %1 — stored %2, refreshing…</source>
        <translation>Angezeigt: %1 — %2 gespeichert, wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fetching %1 (the previous fetch stopped)</source>
        <translation>Wird abgerufen: %1 (der vorherige Abruf wurde gestoppt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching %1</source>
        <translation>Wird abgerufen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous fetch stopped: the table holds only the new query.</source>
        <translation>Der vorherige Abruf wurde gestoppt: Die Tabelle enthält nur die neue Abfrage.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Showing %1 — %Ln file(s) as stored %2 (not refreshed)</source>
        <translation>
            <numerusform>Angezeigt: %1 — %Ln Datei, wie %2 gespeichert (nicht aktualisiert)</numerusform>
            <numerusform>Angezeigt: %1 — %Ln Dateien, wie %2 gespeichert (nicht aktualisiert)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the answer stored at %1 (%2). The refresh did not complete: %3</source>
        <translation>Angezeigt wird die am %1 gespeicherte Antwort (%2). Die Aktualisierung wurde nicht abgeschlossen: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Showing %1 — cancelled at %2: %Ln file(s), incomplete</source>
        <translation>
            <numerusform>Angezeigt: %1 — abgebrochen um %2: %Ln Datei, unvollständig</numerusform>
            <numerusform>Angezeigt: %1 — abgebrochen um %2: %Ln Dateien, unvollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Showing %1 — INCOMPLETE: %Ln file(s) received before the failure</source>
        <translation>
            <numerusform>Angezeigt: %1 — UNVOLLSTÄNDIG: %Ln Datei vor dem Fehler empfangen</numerusform>
            <numerusform>Angezeigt: %1 — UNVOLLSTÄNDIG: %Ln Dateien vor dem Fehler empfangen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch failed: %1</source>
        <translation>Abruf fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 — %Ln file(s) as stored %2; Fetch (F5) refreshes it</source>
        <translation>
            <numerusform>Angezeigt: %1 — %Ln Datei, wie %2 gespeichert; Abrufen (F5) aktualisiert sie</numerusform>
            <numerusform>Angezeigt: %1 — %Ln Dateien, wie %2 gespeichert; Abrufen (F5) aktualisiert sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing %1 — %Ln file(s), refreshed %2 with %3 request(s)</source>
        <translation>
            <numerusform>Angezeigt: %1 — %Ln Datei, aktualisiert um %2 mit %3 Anfrage(n)</numerusform>
            <numerusform>Angezeigt: %1 — %Ln Dateien, aktualisiert um %2 mit %3 Anfrage(n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 — %Ln file(s), fetched %2</source>
        <translation>
            <numerusform>Angezeigt: %1 — %Ln Datei, abgerufen um %2</numerusform>
            <numerusform>Angezeigt: %1 — %Ln Dateien, abgerufen um %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The table is incomplete: %1 of %2 pages arrived, and their %Ln file(s) are kept.</source>
        <translation>
            <numerusform>Die Tabelle ist unvollständig: %1 von %2 Seiten sind angekommen, ihre %Ln Datei bleibt erhalten.</numerusform>
            <numerusform>Die Tabelle ist unvollständig: %1 von %2 Seiten sind angekommen, ihre %Ln Dateien bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 files shown · %3 rows · %4 failed rows · failure rate %5</source>
        <translation>%1 von %2 Dateien angezeigt · %3 Zeilen · %4 fehlgeschlagene Zeilen · Fehlerquote %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 files · failure rate %3</source>
        <comment>the status bar&apos;s summary where space is short</comment>
        <translation>%1 von %2 Dateien · Fehlerquote %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;h3&gt;No profile yet&lt;/h3&gt;&lt;p&gt;A profile holds a workspace&apos;s data centre, ID and key.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Add a profile…&lt;/a&gt; &amp;nbsp;or&amp;nbsp; &lt;a href=&quot;demo&quot;&gt;open the demo workspace&lt;/a&gt; to look around.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Profil&lt;/h3&gt;&lt;p&gt;Ein Profil enthält Rechenzentrum, ID und Schlüssel eines Workspace.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Profil anlegen…&lt;/a&gt; &amp;nbsp;oder&amp;nbsp; &lt;a href=&quot;demo&quot;&gt;den Demo-Workspace öffnen&lt;/a&gt;, um sich umzusehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Choose a profile&lt;/h3&gt;&lt;p&gt;Pick one of your saved profiles in the toolbar (Alt+P), &lt;a href=&quot;profiles&quot;&gt;manage profiles…&lt;/a&gt; or &lt;a href=&quot;demo&quot;&gt;open the demo workspace&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Profil wählen&lt;/h3&gt;&lt;p&gt;Wählen Sie eines Ihrer gespeicherten Profile in der Symbolleiste (Alt+O), &lt;a href=&quot;profiles&quot;&gt;verwalten Sie Profile…&lt;/a&gt; oder &lt;a href=&quot;demo&quot;&gt;öffnen Sie den Demo-Workspace&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No files&lt;/h3&gt;&lt;p&gt;The import has no files yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Dateien&lt;/h3&gt;&lt;p&gt;Der Import hat noch keine Dateien.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;No files match&lt;/h3&gt;&lt;p&gt;Nothing matches %1.&lt;/p&gt;&lt;p&gt;Widen the dates or tick more statuses, then fetch again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine passenden Dateien&lt;/h3&gt;&lt;p&gt;Nichts passt zu %1.&lt;/p&gt;&lt;p&gt;Erweitern Sie den Zeitraum oder haken Sie mehr Status an und rufen Sie dann erneut ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;No fetched file matches &quot;%1&quot;&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;clear-search&quot;&gt;Clear the search&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine abgerufene Datei passt zu „%1“&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;clear-search&quot;&gt;Suche leeren&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;h3&gt;No fetched file is %1&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Show all %Ln file(s)&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Keine abgerufene Datei in „%1“&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;%Ln Datei anzeigen&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Keine abgerufene Datei in „%1“&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Alle %Ln Dateien anzeigen&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Ready&lt;/h3&gt;&lt;p&gt;Pick an import and press &lt;b&gt;Fetch&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bereit&lt;/h3&gt;&lt;p&gt;Wählen Sie einen Import und drücken Sie &lt;b&gt;Abrufen&lt;/b&gt; (F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Table, trends, triage and board</source>
        <translation>Tabelle, Trends, Triage und Übersicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show all days</source>
        <translation>Alle Tage anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;able</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tre&amp;nds</source>
        <translation>Tr&amp;ends</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing only the files of %1 (chosen in Trends)</source>
        <translation>Nur die Dateien von %1 werden angezeigt (unter „Trends“ gewählt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to export yet: fetch an import first.</source>
        <translation>Noch nichts zu exportieren: Rufen Sie zuerst einen Import ab.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a profile and an import first: the command repeats a query.</source>
        <translation>Wählen Sie zuerst ein Profil und einen Import: Der Befehl wiederholt eine Abfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied a curl command for page %1 of this query. Set $%2 to the workspace&apos;s Data API key before running it.</source>
        <translation>Ein curl-Befehl für Seite %1 dieser Abfrage wurde kopiert. Setzen Sie vor dem Ausführen $%2 auf den Data-API-Schlüssel des Workspace.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tria&amp;ge</source>
        <translation>Tria&amp;ge</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all files</source>
        <translation>Alle Dateien anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every fetched file again, not only those of the cause chosen in Triage</source>
        <translation>Wieder alle abgerufenen Dateien anzeigen, nicht nur die der unter „Triage“ gewählten Ursache</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Showing the %Ln file(s) of cause “%1” (chosen in Triage)</source>
        <translation>
            <numerusform>Die %Ln Datei der Ursache „%1“ wird angezeigt (unter „Triage“ gewählt)</numerusform>
            <numerusform>Die %Ln Dateien der Ursache „%1“ werden angezeigt (unter „Triage“ gewählt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No causes to export: fetch an import with failed files first.</source>
        <translation>Keine Ursachen zu exportieren: Rufen Sie zuerst einen Import mit fehlgeschlagenen Dateien ab.</translation>
    </message>
</context>
<context>
    <name>ImportHealth</name>
    <message>
        <location filename="../app/model/ImportHealth.cpp" line="+62"/>
        <source>failing: the last completed run %1 at %2</source>
        <translation>fehlschlagend: der letzte abgeschlossene Lauf endete am %2 mit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale: no run since %1, one was due about every %2</source>
        <translation>überfällig: kein Lauf seit %1, erwartet etwa alle %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partly failing: the last completed run was PARTIAL_SUCCESS at %1</source>
        <translation>teilweise fehlschlagend: der letzte abgeschlossene Lauf endete am %1 mit PARTIAL_SUCCESS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worse than usual: %1 % of files failed in the span, %2 % before</source>
        <translation>schlechter als üblich: %1 % der Dateien im Zeitraum fehlgeschlagen, zuvor %2 %</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>stuck: %n file(s) unfinished for longer than %1</source>
        <translation>
            <numerusform>hängend: %n Datei seit mehr als %1 nicht abgeschlossen</numerusform>
            <numerusform>hängend: %n Dateien seit mehr als %1 nicht abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportScan</name>
    <message>
        <location filename="../app/session/ImportScan.cpp" line="+67"/>
        <source>the workspace could not be connected</source>
        <translation>mit dem Workspace konnte keine Verbindung hergestellt werden</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>nothing is stored for it</source>
        <translation>dafür ist nichts gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Details did not answer within %1, and nothing is stored for it</source>
        <translation>Import Details hat nicht innerhalb von %1 geantwortet, und dafür ist nichts gespeichert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 Nothing is stored for it.</source>
        <translation>%1 Dafür ist nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>not refreshed, and nothing is stored for it</source>
        <translation>nicht aktualisiert, und dafür ist nichts gespeichert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no import with this ID in the chosen workspaces (Import Details lists none)</source>
        <translation>kein Import mit dieser ID in den gewählten Workspaces (Import Details nennt keinen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no import by this name in the chosen workspaces (Import Details lists none; names are matched exactly)</source>
        <translation>kein Import mit diesem Namen in den gewählten Workspaces (Import Details nennt keinen; Namen müssen genau übereinstimmen)</translation>
    </message>
</context>
<context>
    <name>ImportsClient</name>
    <message numerus="yes">
        <location filename="../app/api/ImportsClient.cpp" line="+10"/>
        <source>Authenticated: the workspace lists %n import(s) (HTTP 200).</source>
        <translation>
            <numerusform>Authentifiziert: Der Workspace listet %n Import auf (HTTP 200).</numerusform>
            <numerusform>Authentifiziert: Der Workspace listet %n Importe auf (HTTP 200).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong workspace ID or key (HTTP %1).</source>
        <translation>Falsche Workspace-ID oder falscher Schlüssel (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is blocked (HTTP %1).</source>
        <translation>Das Konto ist gesperrt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited (HTTP 429): try again in a minute.</source>
        <translation>Ratenlimit erreicht (HTTP 429): Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS failure: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host unreachable: %1</source>
        <translation>Host nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The workspace&apos;s list of imports kept growing while it was read (%1 pages, page 1 announced %2): try again later.</source>
        <translation>Die Liste der Importe des Workspace ist während des Lesens weiter gewachsen (%1 Seiten, Seite 1 hat %2 angekündigt): Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <location filename="../app/cli/ImportsCommand.cpp" line="+20"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST RUN</source>
        <translation>LETZTER LAUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST RUN AT</source>
        <translation>LETZTER LAUF AM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the workspace&apos;s imports (Import Details API).</source>
        <translation>Listet die Importe des Workspace auf (Import Details API).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation>--format muss table oder json sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+129"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Profile: </source>
        <translation>Pr&amp;ofil: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  PRODUCTION  </source>
        <translation>  PRODUKTION  </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is marked as a production workspace.</source>
        <translation>Dieses Profil ist als Produktions-Workspace markiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Cancel fetch</source>
        <translation>Abruf a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show times in &amp;local time zone</source>
        <translation>Zeiten in &amp;lokaler Zeitzone anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in this computer&apos;s zone instead of the workspace&apos;s</source>
        <translation>Zeiten in der Zeitzone dieses Computers statt in der des Workspace anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details pane</source>
        <translation>Detailberei&amp;ch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the boa&amp;rd</source>
        <translation>&amp;Zurück zur Übersicht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile&amp;s</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Workspace öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImportScope</source>
        <translation>Ü&amp;ber ImportScope</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [PRODUKTION]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · workspace %2</source>
        <translation>%1 · Workspace %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo workspace (built in)</source>
        <translation>Demo-Workspace (integriert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Opened from the board: %1</source>
        <translation>Aus der Übersicht geöffnet: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Tria&amp;ge</source>
        <translation>Tria&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Stat&amp;us board</source>
        <translation>Stat&amp;usübersicht</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>T&amp;able</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre&amp;nds</source>
        <translation>Tr&amp;ends</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>ImportScope</source>
        <translation>ImportScope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — ImportScope</source>
        <translation>%1 — ImportScope</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About ImportScope</source>
        <translation>Über ImportScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ImportScope %1&lt;/h3&gt;&lt;p&gt;Browse, search and export MoEngage import file run history.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;i&gt;ImportScope is an independent tool. It is not affiliated with, endorsed by or supported by MoEngage.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ImportScope %1&lt;/h3&gt;&lt;p&gt;Den Verlauf der MoEngage-Import-Dateiläufe ansehen, durchsuchen und exportieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;&lt;p&gt;&lt;i&gt;ImportScope ist ein unabhängiges Werkzeug. Es ist nicht mit MoEngage verbunden und wird von MoEngage weder empfohlen noch unterstützt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemoryBrake</name>
    <message>
        <location filename="../app/api/MemoryBrake.cpp" line="+53"/>
        <source>%1 sent an endless answer to an authentication challenge (HTTP 401 or 407), which is read whole before any of it can be checked: ImportScope stopped when it had grown by %2 MB, before running out of memory. Check the base URL.</source>
        <translation>%1 hat eine endlose Antwort auf eine Anmeldeaufforderung gesendet (HTTP 401 oder 407), die ganz gelesen wird, bevor etwas davon geprüft werden kann: ImportScope hat angehalten, als es um %2 MB gewachsen war, bevor der Speicher ausging. Prüfen Sie die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/MessageBanner.cpp" line="+15"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;profile…</source>
        <translation>P&amp;rofil öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a profile…</source>
        <translation>Profil an&amp;legen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Demo-Wor&amp;kspace öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the key for this &amp;session…</source>
        <translation>Schlüssel für diese Sitzung ein&amp;geben…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+29"/>
        <source>Preferences - ImportScope</source>
        <translation>Einstellungen - ImportScope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies when ImportScope is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ImportScope.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The environment variable IMPORTSCOPE_LANG=%1 is set and wins over this setting.</source>
        <translation>Die Umgebungsvariable IMPORTSCOPE_LANG=%1 ist gesetzt und hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored history</source>
        <translation>Gespeicherter Verlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget this &amp;profile&apos;s</source>
        <translation>Für dieses &amp;Profil vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget all</source>
        <translation>&amp;Alle vergessen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forget the stored history of profile &quot;%1&quot;? Its imports are then fetched from the API again. Nothing is deleted before you press OK.</source>
        <translation>Den gespeicherten Verlauf des Profils „%1“ vergessen? Seine Importe werden dann erneut von der API abgerufen. Es wird nichts gelöscht, bevor Sie OK drücken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the stored history of every profile? Every import is then fetched from the API again. Nothing is deleted before you press OK.</source>
        <translation>Den gespeicherten Verlauf aller Profile vergessen? Jeder Import wird dann erneut von der API abgerufen. Es wird nichts gelöscht, bevor Sie OK drücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Forget stored history</source>
        <translation>Gespeicherten Verlauf vergessen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Every stored history will be forgotten when you press OK (%1 on disk now).</source>
        <translation>Der gesamte gespeicherte Verlauf wird vergessen, wenn Sie OK drücken (derzeit %1 auf dem Datenträger).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stored history of profile &quot;%1&quot; will be forgotten when you press OK: %Ln import(s).</source>
        <translation>
            <numerusform>Der gespeicherte Verlauf des Profils „%1“ wird vergessen, wenn Sie OK drücken: %Ln Import.</numerusform>
            <numerusform>Der gespeicherte Verlauf des Profils „%1“ wird vergessen, wenn Sie OK drücken: %Ln Importe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 on disk: %Ln import(s) with %2 file(s).</source>
        <translation>
            <numerusform>%1 auf dem Datenträger: %Ln Import mit %2 Datei(en).</numerusform>
            <numerusform>%1 auf dem Datenträger: %Ln Importe mit %2 Datei(en).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oldest refresh: %1.</source>
        <translation>Älteste Aktualisierung: %1.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/profiles/Profile.cpp" line="+27"/>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name cannot contain line breaks or other control characters.</source>
        <translation>Der Profilname darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile named &quot;%1&quot; already exists: choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose either a data centre or a custom base URL, not both.</source>
        <translation>Wählen Sie entweder ein Rechenzentrum oder eine eigene Basis-URL, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a data centre or enter a custom base URL.</source>
        <translation>Wählen Sie ein Rechenzentrum oder geben Sie eine eigene Basis-URL ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the workspace ID (the App ID shown in MoEngage under Settings &gt; APIs).</source>
        <translation>Geben Sie die Workspace-ID ein (die App-ID, die MoEngage unter Settings &gt; APIs anzeigt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as UTC or Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“: Verwenden Sie einen IANA-Namen wie UTC oder Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The extra trusted certificate: %1</source>
        <translation>Das zusätzliche vertrauenswürdige Zertifikat: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The proxy: %1</source>
        <translation>Der Proxy: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile &quot;%1&quot; has no API key: enter it in the profile.</source>
        <translation>Profil „%1“ hat keinen API-Schlüssel: Geben Sie ihn im Profil ein.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="+68"/>
        <source>(see importscope profile --help)</source>
        <translation>(siehe importscope profile --help)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;profile list&quot; takes no arguments (see importscope profile --help).</source>
        <translation>„profile list“ nimmt keine Argumente an (siehe importscope profile --help).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profiles yet: add one with &quot;importscope profile add&quot;.</source>
        <translation>Noch keine Profile: Legen Sie eines mit „importscope profile add“ an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WORKSPACE ID</source>
        <translation>WORKSPACE-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME ZONE</source>
        <translation>ZEITZONE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No API key on standard input: pipe the key in, for example &quot;importscope profile add ... --api-key-stdin &lt; keyfile&quot;.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe: Leiten Sie den Schlüssel per Pipe hinein, zum Beispiel „importscope profile add ... --api-key-stdin &lt; keyfile“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No API key: set MOE_API_KEY or pass --api-key-stdin and pipe the key in.</source>
        <translation>Kein API-Schlüssel: Setzen Sie MOE_API_KEY oder übergeben Sie --api-key-stdin und leiten Sie den Schlüssel per Pipe hinein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is never a command-line value: use --api-key-stdin or the environment variable MOE_API_KEY.</source>
        <translation>Der API-Schlüssel ist nie ein Befehlszeilenwert: Verwenden Sie --api-key-stdin oder die Umgebungsvariable MOE_API_KEY.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give --proxy or --no-proxy, not both.</source>
        <translation>Geben Sie --proxy oder --no-proxy an, nicht beides.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Profile &quot;%1&quot; was saved without its proxy password.</source>
        <translation>Profil „%1“ wurde ohne sein Proxy-Passwort gespeichert.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Data centre.</source>
        <translation>Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL.</source>
        <translation>Eigene Basis-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace ID.</source>
        <translation>Workspace-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the key from standard input.</source>
        <translation>Den Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace time zone.</source>
        <translation>Zeitzone des Workspace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as production.</source>
        <translation>Als Produktion markieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted certificate (PEM).</source>
        <translation>Zusätzliches vertrauenswürdiges Zertifikat (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile&apos;s own HTTP proxy.</source>
        <translation>Der eigene HTTP-Proxy des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect directly.</source>
        <translation>Direkt verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name.</source>
        <translation>Profilname.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>&quot;profile add&quot; needs exactly one NAME (quote a name with spaces); see importscope profile --help.</source>
        <translation>„profile add“ braucht genau einen NAME (Namen mit Leerzeichen in Anführungszeichen setzen); siehe importscope profile --help.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Usage: importscope profile list
       importscope profile add NAME (--dc DC | --base-url URL) --workspace-id ID
                               [--api-key-stdin] [--tz ZONE] [--production]
                               [--ca-file PEM] [--proxy URL | --no-proxy]
       importscope profile remove NAME
       importscope profile test NAME
DC is one of %1. The API key is read from standard input with --api-key-stdin,
otherwise from the environment variable MOE_API_KEY, and kept in the OS keychain;
it is never a command-line value and never printed. --ca-file keeps the PEM file&apos;s
certificates as the profile&apos;s extra trusted certificate; --proxy http://[USER@]HOST:PORT
is the profile&apos;s own proxy (its password, from IMPORTSCOPE_PROXY_PASSWORD, goes to the
keychain), --no-proxy connects directly; by default the system&apos;s proxy is used.
</source>
        <translation>Aufruf: importscope profile list
        importscope profile add NAME (--dc DC | --base-url URL) --workspace-id ID
                                [--api-key-stdin] [--tz ZONE] [--production]
                                [--ca-file PEM] [--proxy URL | --no-proxy]
        importscope profile remove NAME
        importscope profile test NAME
DC ist eines von %1. Der API-Schlüssel wird mit --api-key-stdin von der Standardeingabe gelesen,
sonst aus der Umgebungsvariablen MOE_API_KEY, und im Schlüsselbund des Betriebssystems abgelegt;
er ist nie ein Befehlszeilenwert und wird nie ausgegeben. --ca-file übernimmt die Zertifikate der
PEM-Datei als zusätzliches vertrauenswürdiges Zertifikat des Profils; --proxy http://[USER@]HOST:PORT
ist der eigene Proxy des Profils (sein Passwort aus IMPORTSCOPE_PROXY_PASSWORD kommt in den
Schlüsselbund), --no-proxy verbindet direkt; standardmäßig wird der Proxy des Systems verwendet.
</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Give either --dc or --base-url (exactly one of them).</source>
        <translation>Geben Sie entweder --dc oder --base-url an (genau eines davon).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing --workspace-id.</source>
        <translation>--workspace-id fehlt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Profile &quot;%1&quot; was not saved.</source>
        <translation>Profil „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added profile &quot;%1&quot;; its key is in the keychain.</source>
        <translation>Profil „%1“ hinzugefügt; sein Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;profile remove&quot; needs exactly one NAME; see importscope profile --help.</source>
        <translation>„profile remove“ braucht genau einen NAME; siehe importscope profile --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profile named &quot;%1&quot; (see importscope profile list).</source>
        <translation>Kein Profil namens „%1“ (siehe importscope profile list).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile &quot;%1&quot; was not removed.</source>
        <translation>Profil „%1“ wurde nicht entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed profile &quot;%1&quot; and its key.</source>
        <translation>Profil „%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;profile test&quot; needs exactly one NAME; see importscope profile --help.</source>
        <translation>„profile test“ braucht genau einen NAME; siehe importscope profile --help.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Missing profile command: use list, add, remove or test (see importscope profile --help).</source>
        <translation>Profilbefehl fehlt: Verwenden Sie list, add, remove oder test (siehe importscope profile --help).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown profile command &quot;%1&quot;: use list, add, remove or test.</source>
        <translation>Unbekannter Profilbefehl „%1“: Verwenden Sie list, add, remove oder test.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+9"/>
        <location line="+9"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved connection profiles; production profiles are marked PRODUCTION</source>
        <translation>Gespeicherte Verbindungsprofile; Produktionsprofile sind mit PRODUKTION markiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicat&amp;e</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ProfileDialog.cpp" line="+394"/>
        <location line="+18"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data &amp;centre:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://host[:port]</source>
        <translation>https://host[:port]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workspace ID:</source>
        <translation>&amp;Workspace-ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace ID</source>
        <translation>Workspace-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data API &amp;key:</source>
        <translation>&amp;Data-API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/ProfileDialog.cpp" line="-218"/>
        <source>Data API key</source>
        <translation>Data-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time zone:</source>
        <translation>Zei&amp;tzone:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace time zone</source>
        <translation>Zeitzone des Workspace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Production workspace</source>
        <translation>&amp;Produktions-Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production workspace</source>
        <translation>Produktions-Workspace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production profile</source>
        <translation>Produktionsprofil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extra trusted certi&amp;ficate:</source>
        <translation>Zusätzliches vertrauenswürdiges Zerti&amp;fikat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/ProfileDialog.cpp" line="+59"/>
        <source>Extra trusted certificate</source>
        <translation>Zusätzliches vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an extra trusted certificate</source>
        <translation>Zusätzliches vertrauenswürdiges Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file: your organisation&apos;s certificate authority, or the root certificate of a proxy that inspects TLS. Trusted for this profile only, besides the system&apos;s certificates.</source>
        <translation>Eine PEM-Datei: die Zertifizierungsstelle Ihrer Organisation oder das Stammzertifikat eines Proxys mit TLS-Inspektion. Gilt nur für dieses Profil als vertrauenswürdig, zusätzlich zu den Zertifikaten des Systems.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the extra trusted certificate</source>
        <translation>Zusätzliches vertrauenswürdiges Zertifikat entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://[user@]host:port</source>
        <translation>http://[user@]host:port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prox&amp;y password:</source>
        <translation>Prox&amp;y-Passwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input problem</source>
        <translation>Eingabeproblem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test c&amp;onnection</source>
        <translation>Ver&amp;bindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="-221"/>
        <source>Profiles - ImportScope</source>
        <translation>Profile - ImportScope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom URL...</source>
        <translation>Eigene URL...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system&apos;s settings</source>
        <translation>Einstellungen des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [PRODUKTION]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Im Schlüsselbund; zum Ersetzen neues Passwort eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation>Im Schlüsselbund; zum Ersetzen neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied from the original profile</source>
        <translation>Aus dem Originalprofil übernommen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None: the system&apos;s certificates only.</source>
        <translation>Keines: nur die Zertifikate des Systems.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
issued by %2
valid until %3
SHA-256 %4</source>
        <translation>%1
ausgestellt von %2
gültig bis %3
SHA-256 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the Data API key of the workspace.</source>
        <translation>Geben Sie den Data-API-Schlüssel des Workspace ein.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the profile &quot;%1&quot;? Its API key is removed from the keychain too.</source>
        <translation>Das Profil „%1“ löschen? Sein API-Schlüssel wird ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting...</source>
        <translation>Wird gelöscht...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted &quot;%1&quot; and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

Delete the profile &quot;%2&quot; anyway? Its key may stay in the keychain.</source>
        <translation>%1

Das Profil „%2“ trotzdem löschen? Sein Schlüssel bleibt möglicherweise im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted &quot;%1&quot;; its key could not be removed from the keychain.</source>
        <translation>„%1“ gelöscht; sein Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the original profile&apos;s key from the keychain...</source>
        <translation>Schlüssel des Originalprofils wird aus dem Schlüsselbund gelesen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the key to save the copy.</source>
        <translation>Geben Sie den Schlüssel ein, um die Kopie zu speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Saving the key in the keychain...</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert...</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saved. The key is in the keychain.</source>
        <translation>Gespeichert. Der Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved without the key: it is kept in memory for this session only.</source>
        <translation>Ohne Schlüssel gespeichert: Er wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The new key is in the keychain.</source>
        <translation>Gespeichert. Der neue Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved; the new key is kept in memory for this session only.</source>
        <translation>Gespeichert; der neue Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Use the key for this session only? It is kept in memory, never written, and asked for again next time.</source>
        <translation>%1

Den Schlüssel nur für diese Sitzung verwenden? Er wird im Arbeitsspeicher gehalten, nie geschrieben und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the proxy password in the keychain...</source>
        <translation>Proxy-Passwort wird im Schlüsselbund gespeichert...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy password was not saved.</source>
        <translation>Das Proxy-Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing...</source>
        <translation>Wird getestet...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the key from the keychain...</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen...</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+158"/>
        <source>The settings in %1 were written by a newer ImportScope (format %2): update ImportScope before changing profiles.</source>
        <translation>Die Einstellungen in %1 wurden von einer neueren ImportScope-Version geschrieben (Format %2): Aktualisieren Sie ImportScope, bevor Sie Profile ändern.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not write the settings file %1: check that its folder exists and is writable.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden: Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write the settings file %1: check that it is writable.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden: Prüfen Sie, ob sie beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <location line="+28"/>
        <source>Enter the Data API key of the workspace.</source>
        <translation>Geben Sie den Data-API-Schlüssel des Workspace ein.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The profile &quot;%1&quot; no longer exists: it may have been removed meanwhile.</source>
        <translation>Das Profil „%1“ existiert nicht mehr: Es wurde möglicherweise inzwischen entfernt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That profile no longer exists: it may have been removed meanwhile.</source>
        <translation>Dieses Profil existiert nicht mehr: Es wurde möglicherweise inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../app/api/ResponseParser.cpp" line="+130"/>
        <source>The response is not valid JSON (a raw control character inside a string at byte %1).</source>
        <translation>Die Antwort ist kein gültiges JSON (ein unmaskiertes Steuerzeichen in einer Zeichenkette bei Byte %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response is JSON but not an object.</source>
        <translation>Die Antwort ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The response&apos;s status is &quot;%1&quot;, not &quot;success&quot;.</source>
        <translation>Der status der Antwort ist „%1“, nicht „success“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response describes a schema (&quot;items&quot;) instead of carrying data.</source>
        <translation>Die Antwort beschreibt ein Schema („items“), statt Daten zu enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response&apos;s total_count is missing or not a whole number.</source>
        <translation>Das Feld total_count der Antwort fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response&apos;s offset is not a page number.</source>
        <translation>Das Feld offset der Antwort ist keine Seitennummer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response&apos;s more_files is neither true nor false.</source>
        <translation>Das Feld more_files der Antwort ist weder true noch false.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response&apos;s data is neither a list nor null.</source>
        <translation>Das Feld data der Antwort ist weder eine Liste noch null.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a file entry is not an object</source>
        <translation>ein Dateieintrag ist kein Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a file entry has no id</source>
        <translation>ein Dateieintrag hat keine id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file %1: file_name is not text</source>
        <translation>Datei %1: file_name ist kein Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1: status_msg is not text</source>
        <translation>Datei %1: status_msg ist kein Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file %1: file_status is missing</source>
        <translation>Datei %1: file_status fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file %1: type is not text</source>
        <translation>Datei %1: type ist kein Text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>file %1: %2 is not text</source>
        <translation>Datei %1: %2 ist kein Text</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>file %1: %2 is missing</source>
        <translation>Datei %1: %2 fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1: %2 is not a whole number of 0 or more</source>
        <translation>Datei %1: %2 ist keine ganze Zahl ab 0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The response carries %1 files on one page; a page holds at most %2.</source>
        <translation>Die Antwort enthält %1 Dateien auf einer Seite; eine Seite fasst höchstens %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response is not in the documented shape: %1.</source>
        <translation>Die Antwort hat nicht die dokumentierte Form: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The response counts %1 file(s) but carries none.</source>
        <translation>
            <numerusform>Die Antwort zählt %1 Datei, enthält aber keine.</numerusform>
            <numerusform>Die Antwort zählt %1 Dateien, enthält aber keine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The response lists %1 imports on one page; a page holds at most %2.</source>
        <translation>Die Antwort führt %1 Importe auf einer Seite auf; eine Seite fasst höchstens %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not in the documented shape: an import entry is not an object.</source>
        <translation>Die Antwort hat nicht die dokumentierte Form: Ein Import-Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The response is not in the documented shape: an import&apos;s %1 is not text.</source>
        <translation>Die Antwort hat nicht die dokumentierte Form: %1 eines Imports ist kein Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not in the documented shape: an import has no import_id.</source>
        <translation>Die Antwort hat nicht die dokumentierte Form: Ein Import hat keine import_id.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The response is not in the documented shape: total_files is not a number.</source>
        <translation>Die Antwort hat nicht die dokumentierte Form: total_files ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The API says the MOE-APPKEY header is missing (HTTP 401): set the workspace ID.</source>
        <translation>Laut API fehlt der MOE-APPKEY-Header (HTTP 401): Setzen Sie die Workspace-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API says the workspace ID in MOE-APPKEY does not match the credentials (HTTP 401): check the workspace ID.</source>
        <translation>Laut API passt die Workspace-ID in MOE-APPKEY nicht zu den Zugangsdaten (HTTP 401): Prüfen Sie die Workspace-ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication failed (HTTP 401): check the workspace ID and the Data API key.</source>
        <translation>Authentifizierung fehlgeschlagen (HTTP 401): Prüfen Sie die Workspace-ID und den Data-API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access refused (HTTP 403%1): the account may be blocked; contact MoEngage support.</source>
        <translation>Zugriff verweigert (HTTP 403%1): Das Konto ist möglicherweise gesperrt; wenden Sie sich an den MoEngage-Support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API&apos;s rate limit stayed exceeded (HTTP 429): wait a minute and try again, or use a lower --rate-limit.</source>
        <translation>Das Ratenlimit der API blieb überschritten (HTTP 429): Warten Sie eine Minute und versuchen Sie es erneut, oder verwenden Sie ein niedrigeres --rate-limit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MoEngage server failed (HTTP %1) after several attempts: try again later.</source>
        <translation>Der MoEngage-Server ist nach mehreren Versuchen fehlgeschlagen (HTTP %1): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API found no such import (HTTP 400, &quot;Import Doesn&apos;t Exist&quot;): check the import ID or name, and the page number.</source>
        <translation>Die API hat diesen Import nicht gefunden (HTTP 400, &quot;Import Doesn&apos;t Exist&quot;): Prüfen Sie Import-ID oder -Namen sowie die Seitennummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API refused the dates (HTTP 400, &quot;Invalid Date format&quot;): write them exactly in the chosen format.</source>
        <translation>Die API hat die Datumsangaben abgelehnt (HTTP 400, &quot;Invalid Date format&quot;): Schreiben Sie sie genau im gewählten Format.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API could not process the request (HTTP 400): a status or type may be in the wrong case.</source>
        <translation>Die API konnte die Anfrage nicht verarbeiten (HTTP 400): Ein Status oder Typ ist möglicherweise falsch groß- oder kleingeschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API has no such endpoint (HTTP 404): check the data centre or base URL.</source>
        <translation>Die API hat keinen solchen Endpunkt (HTTP 404): Prüfen Sie das Rechenzentrum oder die Basis-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request&apos;s form (HTTP %1): is the base URL a MoEngage File Imports API?</source>
        <translation>Der Server hat die Form der Anfrage abgelehnt (HTTP %1): Ist die Basis-URL eine MoEngage File Imports API?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API refused the request (HTTP %1%2).</source>
        <translation>Die API hat die Anfrage abgelehnt (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>RowCountsBar</name>
    <message>
        <location filename="../ui/RowCountsBar.cpp" line="+23"/>
        <source>Row counts bar</source>
        <translation>Balken der Zeilenzahlen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 added, %2 updated, %3 skipped, %4 failed</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 übersprungen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/profiles/SecretStore.cpp" line="+44"/>
        <source>The keychain did not answer within %1 s (it may be waiting for an unlock prompt): unlock it and try again, or use the key for this run only.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (er wartet möglicherweise auf eine Entsperrabfrage): Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diesen Lauf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keychain service is running (org.freedesktop.secrets): start gnome-keyring or KWallet, or use the key for this run only.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (org.freedesktop.secrets): Starten Sie gnome-keyring oder KWallet, oder verwenden Sie den Schlüssel nur für diesen Lauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available on this system: use the key for this run only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Verwenden Sie den Schlüssel nur für diesen Lauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked or refused access: unlock it (for example in Seahorse or KWallet Manager) and try again, or use the key for this run only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Entsperren Sie ihn (zum Beispiel in Seahorse oder KWallet Manager) und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diesen Lauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain reported an error without saying which.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet, ohne ihn zu benennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain holds no API key for this profile: enter the key again in the profile (or unlock the keychain if it is locked).</source>
        <translation>Der Schlüsselbund enthält keinen API-Schlüssel für dieses Profil: Geben Sie den Schlüssel im Profil erneut ein (oder entsperren Sie den Schlüsselbund, falls er gesperrt ist).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/session/Session.cpp" line="+131"/>
        <source>Demo workspace</source>
        <translation>Demo-Workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo workspace — %1</source>
        <translation>Demo-Workspace — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No profile named &quot;%1&quot; (see importscope profile list).</source>
        <translation>Kein Profil namens „%1“ (siehe importscope profile list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message>
        <location filename="../ui/StatusChips.cpp" line="+69"/>
        <source>Show only: %1 (no new request)</source>
        <translation>Nur anzeigen: %1 (keine neue Anfrage)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Show %1: %Ln file(s)</source>
        <translation>
            <numerusform>%1 anzeigen: %Ln Datei</numerusform>
            <numerusform>%1 anzeigen: %Ln Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusGroup</name>
    <message>
        <location filename="../app/model/StatusGroup.cpp" line="+38"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every fetched file</source>
        <translation>Alle abgerufenen Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and any status that is not a success and not still in progress</source>
        <translation>FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE und jeder Status, der weder erfolgreich noch in Bearbeitung ist</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <location filename="../app/cli/StoreCommand.cpp" line="+23"/>
        <source>Usage: importscope store info [--profile NAME]
       importscope store forget [--profile NAME]
info shows the stored history&apos;s size, imports, files and oldest refresh;
forget deletes it, for every profile or only for NAME.</source>
        <translation>Aufruf: importscope store info [--profile NAME]
        importscope store forget [--profile NAME]
info zeigt Größe, Importe, Dateien und älteste Aktualisierung des gespeicherten Verlaufs;
forget löscht ihn, für alle Profile oder nur für NAME.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No profile named &quot;%1&quot;: see importscope profile list.</source>
        <translation>Kein Profil namens „%1“: siehe importscope profile list.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Only this profile&apos;s stored history.</source>
        <translation>Nur den gespeicherten Verlauf dieses Profils.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Forgot the stored history of profile &quot;%1&quot;.</source>
        <translation>Der gespeicherte Verlauf des Profils „%1“ wurde vergessen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot the stored history of every profile.</source>
        <translation>Der gespeicherte Verlauf aller Profile wurde vergessen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored history: %1</source>
        <translation>Gespeicherter Verlauf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Größe: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers kept from an older version: %1</source>
        <translation>Von einer älteren Version behaltene Antworten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest refresh: %1 (%2)</source>
        <translation>Älteste Aktualisierung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oldest refresh: none (nothing is stored)</source>
        <translation>Älteste Aktualisierung: keine (nichts gespeichert)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown store command &quot;%1&quot;.
%2</source>
        <translation>Unbekannter store-Befehl „%1“.
%2</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../app/common/TimeText.cpp" line="+20"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/TrendsView.cpp" line="+49"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>In Verarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued or waiting</source>
        <translation>Eingereiht oder wartend</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Show all days</source>
        <translation>Alle Tage anzeigen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;h3&gt;No trends yet&lt;/h3&gt;&lt;p&gt;Fetch an import: its files are summed up here per day.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Trends&lt;/h3&gt;&lt;p&gt;Rufen Sie einen Import ab: Seine Dateien werden hier pro Tag zusammengefasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Files: %1 · days: %2, %3 to %4 · days in %5 by scheduled time</source>
        <translation>Dateien: %1 · Tage: %2, %3 bis %4 · Tage in %5 nach geplanter Zeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · not shown, without a scheduled time: %1</source>
        <translation> · nicht angezeigt, ohne geplante Zeit: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+126"/>
        <source>Files per day</source>
        <translation>Dateien pro Tag</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Partial failure</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial success</source>
        <translation>Teilweise erfolgreich</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Rows per day</source>
        <translation>Zeilen pro Tag</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 of %2 fetched, as the table&apos;s filter shows</source>
        <translation>%1 von %2 abgerufenen, wie der Filter der Tabelle sie zeigt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows per day and failure rate</source>
        <translation>Zeilen pro Tag und Fehlerquote</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed rows</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added rows</source>
        <translation>Hinzugefügte Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated rows</source>
        <translation>Aktualisierte Zeilen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failure rate (failed ÷ total rows)</source>
        <translation>Fehlerquote (fehlgeschlagene ÷ alle Zeilen)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure rate (%)</source>
        <translation>Fehlerquote (%)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Return shows only this day in the table</source>
        <translation>Eingabetaste zeigt nur diesen Tag in der Tabelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No files</source>
        <translation>Keine Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1 (%2)</source>
        <translation>Dateien: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows: %1 total · %2 added · %3 updated · %4 failed</source>
        <translation>Zeilen: %1 gesamt · %2 hinzugefügt · %3 aktualisiert · %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure rate: %1 %</source>
        <translation>Fehlerquote: %1 %</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Click to show only this day in the table</source>
        <translation>Klicken, um nur diesen Tag in der Tabelle anzuzeigen</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>The table shows only %1</source>
        <translation>Die Tabelle zeigt nur %1</translation>
    </message>
</context>
<context>
    <name>TriageCommand</name>
    <message>
        <location filename="../app/cli/TriageCommand.cpp" line="+72"/>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format muss table, csv oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sort must be files or failed-rows, not &quot;%1&quot;.</source>
        <translation>--sort muss files oder failed-rows sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED ROWS</source>
        <translation>FEHLGESCHLAGENE ZEILEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMPORTS</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAUSE</source>
        <translation>URSACHE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: nothing is stored for this workspace yet; run triage once without --cached.</source>
        <translation>%1: Für diesen Workspace ist noch nichts gespeichert; führen Sie triage einmal ohne --cached aus.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Group the failed and partly failed files of one or more imports by cause (the status message with numbers, values, names of files, addresses and times masked), most files first.

--profile may be given again for more workspaces; without --profile or --base-url, every saved profile. Without --import-id or --import-name: every import of those workspaces (with --cached, every import stored for them). The workspaces are read at once, each on its own budget. Each import&apos;s history is refreshed in the stored history first, with as few requests as it needs, so a second run costs a request or two per import.

Exit codes as for export: 0 done (also when nothing failed), 1 local failure, 2 bad command line, 3 authentication refused, 4 request rejected or nothing stored (--cached), 5 network or server failure after retries, 130 interrupted.</source>
        <translation>Gruppiert die fehlgeschlagenen und teilweise fehlgeschlagenen Dateien eines oder mehrerer Importe nach Ursache (die Statusmeldung, mit maskierten Zahlen, Werten, Dateinamen, Adressen und Zeiten), die meisten Dateien zuerst.

--profile kann für weitere Workspaces erneut angegeben werden; ohne --profile oder --base-url: alle gespeicherten Profile. Ohne --import-id oder --import-name: alle Importe dieser Workspaces (mit --cached alle für sie gespeicherten Importe). Die Workspaces werden gleichzeitig gelesen, jeder mit seinem eigenen Budget. Der Verlauf jedes Imports wird zuerst im gespeicherten Verlauf aktualisiert, mit so wenigen Anfragen wie nötig, sodass ein zweiter Lauf ein oder zwei Anfragen je Import kostet.

Exit-Codes wie bei export: 0 erledigt (auch wenn nichts fehlgeschlagen ist), 1 lokaler Fehler, 2 fehlerhafte Befehlszeile, 3 Authentifizierung abgelehnt, 4 Anfrage abgewiesen oder nichts gespeichert (--cached), 5 Netzwerk- oder Serverfehler nach Wiederholungen, 130 unterbrochen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>importscope: %1 / %2 read</source>
        <translation>importscope: %1 / %2 gelesen</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is stored for %1 yet; run triage once without --cached.</source>
        <translation>Für %1 ist noch nichts gespeichert; führen Sie triage einmal ohne --cached aus.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An import&apos;s ID; give it again for more.</source>
        <translation>Die ID eines Imports; für weitere erneut angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An import&apos;s name; give it again for more.</source>
        <translation>Der Name eines Imports; für weitere erneut angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The span: files scheduled in the last SPAN, as 24h, 7d (default) or 400d. A cause seen before the span is not new.</source>
        <translation>Der Zeitraum: Dateien, die in den letzten SPAN geplant wurden, etwa 24h, 7d (Standard) oder 400d. Eine Ursache, die schon vor dem Zeitraum gesehen wurde, ist nicht neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table (default), csv or json. CSV and JSON carry pattern, files, failed_rows, imports, workspaces, first_seen, last_seen, new, example, file_ids.</source>
        <translation>table (Standard), csv oder json. CSV und JSON enthalten pattern, files, failed_rows, imports, workspaces, first_seen, last_seen, new, example, file_ids.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>files (default) or failed-rows: what comes first.</source>
        <translation>files (Standard) oder failed-rows: was zuerst kommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>In FILE schreiben, atomar (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send no request: group what is stored (exit 4 when a named import has nothing stored).</source>
        <translation>Keine Anfrage senden: das Gespeicherte gruppieren (Exit-Code 4, wenn für einen genannten Import nichts gespeichert ist).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress on standard error.</source>
        <translation>Keinen Fortschritt auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Interrupted: nothing was written; what was refreshed before stays stored.</source>
        <translation>Unterbrochen: Es wurde nichts geschrieben; was zuvor aktualisiert wurde, bleibt gespeichert.</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <location filename="../ui/TriagePage.cpp" line="+222"/>
        <source>Span: the date filter, %1 to %2; new: not seen before it in the stored history</source>
        <translation>Zeitraum: der Datumsfilter, %1 bis %2; neu: vorher im gespeicherten Verlauf nicht gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span: the date filter, %1 to %2</source>
        <translation>Zeitraum: der Datumsfilter, %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span: the whole fetched history</source>
        <translation>Zeitraum: der gesamte abgerufene Verlauf</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../ui/TriageView.cpp" line="+181"/>
        <source>Sort &amp;by:</source>
        <translation>So&amp;rtieren nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most files</source>
        <translation>Meiste Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most failed rows</source>
        <translation>Meiste fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort causes by</source>
        <translation>Ursachen sortieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort causes by most files or by most failed rows</source>
        <translation>Ursachen nach den meisten Dateien oder den meisten fehlgeschlagenen Zeilen sortieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failure causes</source>
        <translation>Fehlerursachen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;No failures&lt;/h3&gt;&lt;p&gt;No failed or partly failed file is in what is shown. Causes appear here as files arrive.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Fehler&lt;/h3&gt;&lt;p&gt;Unter den angezeigten Dateien ist keine fehlgeschlagene oder teilweise fehlgeschlagene. Ursachen erscheinen hier, sobald Dateien eintreffen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xample of the selected cause:</source>
        <translation>Beispie&amp;l der ausgewählten Ursache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example message of the selected cause</source>
        <translation>Beispielmeldung der ausgewählten Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a cause to see one of its messages whole.</source>
        <translation>Wählen Sie eine Ursache, um eine ihrer Meldungen vollständig zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>%Ln cause(s)</source>
        <translation>
            <numerusform>%Ln Ursache</numerusform>
            <numerusform>%Ln Ursachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed or partly failed file(s)</source>
        <translation>
            <numerusform>%Ln fehlgeschlagene oder teilweise fehlgeschlagene Datei</numerusform>
            <numerusform>%Ln fehlgeschlagene oder teilweise fehlgeschlagene Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new in this span</source>
        <translation>
            <numerusform>%Ln neu in diesem Zeitraum</numerusform>
            <numerusform>%Ln neu in diesem Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>TriggerClient</name>
    <message>
        <location filename="../app/api/TriggerClient.cpp" line="+51"/>
        <source>Import &quot;%1&quot; was triggered: a new run is queued and appears at the top of its history (QUEUED, then on to its final status).</source>
        <translation>Import „%1“ wurde ausgelöst: Ein neuer Lauf ist eingereiht und erscheint oben in seinem Verlauf (QUEUED, dann weiter bis zu seinem endgültigen Status).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API said: &quot;%1&quot;.</source>
        <translation>Die API meldete: „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answer came in time.</source>
        <translation>es kam nicht rechtzeitig eine Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was lost before the API answered.</source>
        <translation>die Verbindung ist abgebrochen, bevor die API geantwortet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server failed (HTTP %1).</source>
        <translation>der Server hat einen Fehler gemeldet (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer could not be read.</source>
        <translation>die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outcome is unknown: %1 The request may have reached the API, so it was not sent again (the import could run twice). Look at the import&apos;s history in a minute: a new QUEUED or PROCESSING file at the top means it ran.</source>
        <translation>Das Ergebnis ist unbekannt: %1 Die Anfrage hat die API möglicherweise erreicht, daher wurde sie nicht erneut gesendet (der Import könnte sonst zweimal laufen). Sehen Sie in einer Minute im Verlauf des Imports nach: Eine neue Datei mit QUEUED oder PROCESSING ganz oben bedeutet, dass er gelaufen ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not triggered: import &quot;%1&quot; has run in the last 5 minutes, and the API allows one run every 5 minutes. %2</source>
        <translation>Nicht ausgelöst: Import „%1“ ist in den letzten 5 Minuten gelaufen, und die API erlaubt einen Lauf alle 5 Minuten. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not triggered: the API says import &quot;%1&quot; is deleted or expired. %2</source>
        <translation>Nicht ausgelöst: Laut API ist Import „%1“ gelöscht oder abgelaufen. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not triggered: %1</source>
        <translation>Nicht ausgelöst: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the answer does not say &quot;success&quot;</source>
        <translation>die Antwort meldet nicht „success“</translation>
    </message>
</context>
<context>
    <name>TriggerCommand</name>
    <message>
        <location filename="../app/cli/TriggerCommand.cpp" line="+88"/>
        <source>named &quot;%1&quot;</source>
        <translation>namens „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with ID %1</source>
        <translation>mit der ID %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace %1 lists no import %2 (Import Details): nothing was triggered. `importscope imports` lists them.</source>
        <translation>Workspace %1 führt keinen Import %2 (Import Details): Es wurde nichts ausgelöst. `importscope imports` listet die Importe auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import &quot;%1&quot; is a %2 import: only periodic imports can be run again. Nothing was sent.</source>
        <translation>Import „%1“ ist ein %2-Import: Nur periodische Importe können erneut ausgeführt werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import &quot;%1&quot; last ran at %2; the API allows one run every 5 minutes: it can be triggered again at %3 (in %4). Nothing was sent.</source>
        <translation>Letzter Lauf von Import „%1“: %2. Die API erlaubt einen Lauf alle 5 Minuten: Er kann ab %3 erneut ausgelöst werden (in %4). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace %1 is a production workspace. To trigger import &quot;%2&quot;, type its name:</source>
        <translation>Workspace %1 ist ein Produktions-Workspace. Um Import „%2“ auszulösen, geben Sie seinen Namen ein:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name did not match: the import was not triggered.</source>
        <translation>Der Name stimmte nicht überein: Der Import wurde nicht ausgelöst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trigger import %1 in workspace %2? [y/N] </source>
        <translation>Import %1 im Workspace %2 auslösen? [j/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <extracomment>The one-letter answer that confirms &quot;[y/N]&quot; in the user&apos;s language (&quot;j&quot; in German).</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed: the import was not triggered.</source>
        <translation>Nicht bestätigt: Der Import wurde nicht ausgelöst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For example: importscope export --import-id %1 --page 1</source>
        <translation>Zum Beispiel: importscope export --import-id %1 --page 1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New run: %1 (file %2), %3, scheduled at %4.</source>
        <translation>Neuer Lauf: %1 (Datei %2), %3, geplant für %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new run is not in the import&apos;s history yet: look again in a minute.</source>
        <translation>Der neue Lauf ist noch nicht im Verlauf des Imports: Sehen Sie in einer Minute erneut nach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow it with: importscope export --import-id %1 --page 1</source>
        <translation>Verfolgen Sie ihn mit: importscope export --import-id %1 --page 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a periodic import again now (Trigger File Imports API): one request, never retried. Asks first on a terminal; in a script, pass --yes.</source>
        <translation>Führt einen periodischen Import jetzt erneut aus (Trigger File Imports API): eine Anfrage, nie wiederholt. Fragt an einem Terminal zuerst nach; übergeben Sie in einem Skript --yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import&apos;s ID.</source>
        <translation>Die ID des Imports.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import&apos;s name (exactly).</source>
        <translation>Der Name des Imports (exakt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not ask for confirmation (needed when standard input is not a terminal).</source>
        <translation>Nicht nach einer Bestätigung fragen (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give --import-id ID or --import-name NAME.</source>
        <translation>Geben Sie --import-id ID oder --import-name NAME an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard input is not a terminal, so nothing can be confirmed: pass --yes to trigger the import. Nothing was sent.</source>
        <translation>Die Standardeingabe ist kein Terminal, daher kann nichts bestätigt werden: Übergeben Sie --yes, um den Import auszulösen. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <location filename="../ui/TriggerDialog.cpp" line="+31"/>
        <source>Run import now</source>
        <translation>Import jetzt ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run import &quot;%1&quot; now in workspace %2?</source>
        <translation>Import „%1“ jetzt im Workspace %2 ausführen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This starts one run outside the import&apos;s schedule (the schedule stays as it is). The API allows one run every 5 minutes.</source>
        <translation>Dies startet einen Lauf außerhalb des Zeitplans des Imports (der Zeitplan bleibt unverändert). Die API erlaubt einen Lauf alle 5 Minuten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a production workspace. Type the import&apos;s name to confirm:</source>
        <translation>%1 ist ein Produktions-Workspace. Geben Sie zur Bestätigung den Namen des Imports ein:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import name to confirm</source>
        <translation>Importname zur Bestätigung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The import last ran at %1: it can run again at %2 (in %3).</source>
        <translation>Letzter Lauf des Imports: %1. Er kann ab %2 wieder laufen (in %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import last ran at %1.</source>
        <translation>Letzter Lauf des Imports: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>WatchChoice</name>
    <message>
        <location filename="../ui/WatchChoice.cpp" line="+78"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <location filename="../ui/WatchControl.cpp" line="+24"/>
        <source>&amp;Watch imports in the background</source>
        <translation>Imports im Hintergrund über&amp;wachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep watching in the tra&amp;y when closed</source>
        <translation>Beim Schließen im In&amp;fobereich weiter überwachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watc&amp;h settings…</source>
        <translation>Überwac&amp;hung einstellen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How often to check, and how many requests a minute watching may spend</source>
        <translation>Wie oft geprüft wird und wie viele Anfragen pro Minute das Überwachen verbrauchen darf</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Refresh the %1 chosen import(s) every %n minute(s), within %2 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>Die gewählten Importe (%1) jede %n Minute aktualisieren, mit höchstens %2 Anfragen pro Minute und Workspace, und neue Fehler, veraltete Importe und hängende Dateien melden</numerusform>
            <numerusform>Die gewählten Importe (%1) alle %n Minuten aktualisieren, mit höchstens %2 Anfragen pro Minute und Workspace, und neue Fehler, veraltete Importe und hängende Dateien melden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Refresh every import of the board every %n minute(s), within %1 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>Jeden Import der Übersicht alle %n Minute aktualisieren (höchstens %1 Anfragen pro Minute und Workspace) und über neue Fehler, überfällige Imports und hängende Dateien benachrichtigen</numerusform>
            <numerusform>Jeden Import der Übersicht alle %n Minuten aktualisieren (höchstens %1 Anfragen pro Minute und Workspace) und über neue Fehler, überfällige Imports und hängende Dateien benachrichtigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No system tray here: watching runs while the window is open.</source>
        <translation>Hier gibt es keinen Infobereich: Die Überwachung läuft, solange das Fenster offen ist.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Watching: nothing to watch yet. Add a profile or open the demo workspace.</source>
        <translation>Überwachung: noch nichts zu überwachen. Fügen Sie ein Profil hinzu oder öffnen Sie den Demo-Workspace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching: waiting for the board to read its workspaces…</source>
        <translation>Überwachung: wartet, bis die Übersicht ihre Workspaces gelesen hat…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Last check %2.</source>
        <translation>%1 Letzte Prüfung %2.</translation>
    </message>
</context>
<context>
    <name>WatchSettingsDialog</name>
    <message>
        <location filename="../ui/WatchSettingsDialog.cpp" line="+29"/>
        <source>Watch settings - ImportScope</source>
        <translation>Überwachung einstellen - ImportScope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every, in minutes</source>
        <translation>Prüfen alle, in Minuten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests a minute per workspace</source>
        <translation>Anfragen pro Minute und Workspace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check &amp;every:</source>
        <translation>&amp;Prüfen alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend at &amp;most (requests a minute per workspace):</source>
        <translation>&amp;Höchstens verbrauchen (Anfragen pro Minute und Workspace):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Watch the w&amp;hole board</source>
        <translation>Die &amp;ganze Übersicht überwachen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imports chosen for watching</source>
        <translation>Zum Überwachen gewählte Importe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop watching the selected</source>
        <translation>Die Ausgewählten &amp;nicht mehr überwachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose imports on the board: &quot;Watch this import&quot; in a row&apos;s context menu, or Ctrl+Shift+W.</source>
        <translation>Importe wählen Sie in der Übersicht: „Diesen Import überwachen“ im Kontextmenü einer Zeile, oder Strg+Umschalt+W.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 % of the API&apos;s %2 requests a minute per workspace: a fetch in the window meanwhile has the other %3 a minute. A check refreshes each import once; one that needs more than a minute&apos;s budget goes on in the next minute.</source>
        <translation>%1 % der %2 Anfragen pro Minute und Workspace, die die API erlaubt: Ein Abruf im Fenster hat währenddessen die übrigen %3 pro Minute. Eine Prüfung aktualisiert jeden Import einmal; einer, der mehr als das Budget einer Minute braucht, wird in der nächsten Minute fortgesetzt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watch &amp;only the imports I chose (%1)</source>
        <translation>Nur die gewählten Importe über&amp;wachen (%1)</translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message>
        <location filename="../ui/WatchTray.cpp" line="+47"/>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open ImportScope</source>
        <translation>ImportScope öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit ImportScope</source>
        <translation>ImportScope beenden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All watched imports are healthy</source>
        <translation>Alle überwachten Importe sind in Ordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some watched imports need a look</source>
        <translation>Einige überwachte Importe sollten Sie sich ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some watched imports are failing or stale</source>
        <translation>Einige überwachte Importe schlagen fehl oder sind überfällig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last checked %1</source>
        <translation>Zuletzt geprüft um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the first check</source>
        <translation>Wartet auf die erste Prüfung</translation>
    </message>
</context>
<context>
    <name>Watcher</name>
    <message numerus="yes">
        <location filename="../app/session/Watcher.cpp" line="+165"/>
        <source>Watching %n chosen import(s)</source>
        <translation>
            <numerusform>Überwacht %n gewählten Import</numerusform>
            <numerusform>Überwacht %n gewählte Importe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watching the board</source>
        <translation>Überwacht die Übersicht</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not watching.</source>
        <translation>Keine Überwachung aktiv.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+104"/>
        <source>Paused: the computer is offline.</source>
        <translation>Pausiert: Der Computer ist offline.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Waiting for the request budget of %n request(s) a minute.</source>
        <translation>
            <numerusform>Warten auf das Anfragebudget von %n Anfrage pro Minute.</numerusform>
            <numerusform>Warten auf das Anfragebudget von %n Anfragen pro Minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Watching %n chosen import(s).</source>
        <translation>
            <numerusform>Überwacht %n gewählten Import.</numerusform>
            <numerusform>Überwacht %n gewählte Importe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Watching %n import(s).</source>
        <translation>
            <numerusform>%n Import wird überwacht.</numerusform>
            <numerusform>%n Importe werden überwacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n import(s) postponed to the next check: the budget is %1 requests a minute.</source>
        <translation>
            <numerusform>%n Import auf die nächste Prüfung verschoben: Das Budget beträgt %1 Anfragen pro Minute.</numerusform>
            <numerusform>%n Importe auf die nächste Prüfung verschoben: Das Budget beträgt %1 Anfragen pro Minute.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer: checked again in %2.</source>
        <translation>%1 hat nicht geantwortet: erneute Prüfung in %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../app/session/WorkspaceSession.cpp" line="+53"/>
        <source>The demo workspace could not start: %1</source>
        <translation>Der Demo-Workspace konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile is gone: choose another one.</source>
        <translation>Das Profil existiert nicht mehr: Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key of profile &quot;%1&quot; could not be read: %2</source>
        <translation>Der Schlüssel des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+114"/>
        <source>&quot;%1&quot; is a command: it must come first, as in &quot;importscope %1 --help&quot;.</source>
        <translation>„%1“ ist ein Befehl: Er muss am Anfang stehen, wie in „importscope %1 --help“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.
%2</source>
        <translation>Unbekannter Befehl „%1“.
%2</translation>
    </message>
</context>
</TS>
