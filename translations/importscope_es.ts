<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <location filename="../app/api/ApiClient.cpp" line="+877"/>
        <source>%1 did not finish its answer within %2 s, %n time(s): the server or the network is too slow. Retry later, or raise the timeout (an answer may take five times the timeout).</source>
        <translation>
            <numerusform>%1 no terminó su respuesta en %2 s, %n vez: el servidor o la red son demasiado lentos. Vuelva a intentarlo más tarde o aumente el tiempo de espera (una respuesta puede tardar cinco veces el tiempo de espera).</numerusform>
            <numerusform>%1 no terminó su respuesta en %2 s, %n veces: el servidor o la red son demasiado lentos. Vuelva a intentarlo más tarde o aumente el tiempo de espera (una respuesta puede tardar cinco veces el tiempo de espera).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 sent nothing for %2 s, %n time(s): check the network, or raise the timeout.</source>
        <translation>
            <numerusform>%1 no envió nada durante %2 s, %n vez: compruebe la red o aumente el tiempo de espera.</numerusform>
            <numerusform>%1 no envió nada durante %2 s, %n veces: compruebe la red o aumente el tiempo de espera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-711"/>
        <source>The secure connection to %1 failed: the server did not complete a TLS handshake (%2). Check that the base URL&apos;s port serves https://.</source>
        <translation>La conexión segura con %1 falló: el servidor no completó la negociación TLS (%2). Compruebe que el puerto de la URL base sirve https://.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If your organisation has its own certificate authority, or a proxy that inspects TLS, trust its root certificate for this workspace: --ca-file, or the profile&apos;s extra trusted certificate.</source>
        <translation>Si su organización tiene su propia autoridad de certificación, o un proxy que inspecciona TLS, confíe en su certificado raíz para este espacio de trabajo: --ca-file o el certificado de confianza adicional del perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 was refused: its certificate (%2) is self-signed, so no trusted authority vouches for it. %3</source>
        <translation>Se rechazó la conexión segura con %1: su certificado (%2) es autofirmado, así que ninguna autoridad de confianza lo avala. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: the certificate is not trusted, its issuer (%2) is not a trusted authority here. %3</source>
        <translation>Se rechazó la conexión segura con %1: el certificado no es de confianza, porque su emisor (%2) no es una autoridad de confianza en este equipo. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secure connection to %1 was refused: its certificate expired on %2. The server&apos;s certificate must be renewed (or this computer&apos;s clock is wrong).</source>
        <translation>Se rechazó la conexión segura con %1: su certificado caducó el %2. Hay que renovar el certificado del servidor (o el reloj de este equipo no está en hora).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: its certificate is not valid before %2. Check this computer&apos;s clock and time zone.</source>
        <translation>Se rechazó la conexión segura con %1: su certificado no es válido antes del %2. Compruebe el reloj y la zona horaria de este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: its certificate is made for %2, not for %1. Check the base URL.</source>
        <translation>Se rechazó la conexión segura con %1: su certificado está emitido para %2, no para %1. Compruebe la URL base.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>Se rechazó la conexión segura con %1: %2.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The proxy %1 refused the user name and password it was given (HTTP 407): check the proxy user and its password.</source>
        <translation>El proxy %1 rechazó el nombre de usuario y la contraseña que recibió (HTTP 407): compruebe el usuario del proxy y su contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407): give the proxy user and its password (in the profile, or --proxy http://USER@HOST:PORT with IMPORTSCOPE_PROXY_PASSWORD).</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña (HTTP 407): indique el usuario del proxy y su contraseña (en el perfil, o con --proxy http://USER@HOST:PORT e IMPORTSCOPE_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy %1 refused to connect to %2 (%3): it may not allow this host or port. Check the proxy setting, or ask whoever runs the proxy.</source>
        <translation>El proxy %1 se negó a conectar con %2 (%3): puede que no permita este host o este puerto. Compruebe la configuración del proxy o consulte a quien administre el proxy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy %1 refused the connection: it is down, or its port is wrong. Check the proxy setting, or retry later.</source>
        <translation>El proxy %1 rechazó la conexión: no está disponible o su puerto es incorrecto. Compruebe la configuración del proxy o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy host %1 was not found: check the proxy setting.</source>
        <translation>No se encontró el host del proxy %1: compruebe la configuración del proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy %1 did not answer in time: check the proxy setting, or retry later.</source>
        <translation>El proxy %1 no respondió a tiempo: compruebe la configuración del proxy o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 closed the connection to %2 before it was set up: check the proxy setting, or retry later.</source>
        <translation>El proxy %1 cerró la conexión con %2 antes de establecerla: compruebe la configuración del proxy o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 did not open the connection to %2 (%3): check the proxy user and its password, and the proxy setting.</source>
        <translation>El proxy %1 no abrió la conexión con %2 (%3): compruebe el usuario del proxy y su contraseña, y la configuración del proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 did not open the connection to %2 (%3): check the proxy setting.</source>
        <translation>El proxy %1 no abrió la conexión con %2 (%3): compruebe la configuración del proxy.</translation>
    </message>
    <message>
        <location line="+304"/>
        <location line="+434"/>
        <source>The API asks to wait %1 before the next request, longer than ImportScope waits (%2): try again later.</source>
        <translation>La API pide esperar %1 antes de la siguiente solicitud, más de lo que espera ImportScope (%2): vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The host %1 was not found: check the data centre or base URL, and the network.</source>
        <translation>No se encontró el host %1: compruebe el centro de datos o la URL base, y la red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: the server is down or the base URL&apos;s port is wrong. Retry later.</source>
        <translation>%1 rechazó la conexión: el servidor no está disponible o el puerto de la URL base es incorrecto. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The connection to %1 failed (%2) after %n attempt(s): check the network and retry.</source>
        <translation>
            <numerusform>La conexión con %1 falló (%2) tras %n intento: compruebe la red y vuelva a intentarlo.</numerusform>
            <numerusform>La conexión con %1 falló (%2) tras %n intentos: compruebe la red y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 sent a compressed answer (%2) although ImportScope asks for an uncompressed one, and it was dropped unread: a compressed answer can hide gigabytes. Check the base URL, or a proxy between you and the API.</source>
        <translation>%1 envió una respuesta comprimida (%2) aunque ImportScope pide una sin comprimir, y se descartó sin leerla: una respuesta comprimida puede ocultar gigabytes. Compruebe la URL base o un proxy entre usted y la API.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer from %1 passed %2 MB and was dropped unread: a page of the API is far smaller. Check the base URL.</source>
        <translation>La respuesta de %1 superó los %2 MB y se descartó sin leerla: una página de la API es mucho más pequeña. Compruebe la URL base.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nowhere in particular</source>
        <translation>ningún destino concreto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2, a redirect to %3, which ImportScope never follows (the key would go along): check the base URL.</source>
        <translation>%1 respondió HTTP %2, una redirección a %3, que ImportScope nunca sigue (la clave viajaría con ella): compruebe la URL base.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>The server&apos;s answer could not be read, %n time(s): %1 Try again later.</source>
        <translation>
            <numerusform>La respuesta del servidor no se pudo leer %n vez: %1 Vuelva a intentarlo más tarde.</numerusform>
            <numerusform>La respuesta del servidor no se pudo leer %n veces: %1 Vuelva a intentarlo más tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The API refused this request %n time(s) for its rate limit, after waits of %1 in all: try again later. If another tool uses the same workspace, it may be spending the limit.</source>
        <translation>
            <numerusform>La API rechazó esta solicitud %n vez por su límite de frecuencia, tras esperas de %1 en total: vuelva a intentarlo más tarde. Si otra herramienta usa el mismo espacio de trabajo, puede que esté agotando el límite.</numerusform>
            <numerusform>La API rechazó esta solicitud %n veces por su límite de frecuencia, tras esperas de %1 en total: vuelva a intentarlo más tarde. Si otra herramienta usa el mismo espacio de trabajo, puede que esté agotando el límite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <location filename="../app/cli/BoardCommand.cpp" line="+152"/>
        <source>WORKSPACE</source>
        <translation>ESPACIO DE TRABAJO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMPORT</source>
        <translation>IMPORTACIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST COMPLETED</source>
        <translation>ÚLTIMA COMPLETADA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILES</source>
        <translation>ARCHIVOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FALLIDOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTIAL</source>
        <translation>PARCIALES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RATE</source>
        <translation>TASA DE FALLOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ATTENTION</source>
        <translation>ATENCIÓN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from the store, refreshed %1</source>
        <translation>según lo guardado, actualizado %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last %1, most in need of attention first.</source>
        <translation>Periodo de %1; primero, las importaciones que más atención necesitan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format debe ser table, csv o json, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every import of every chosen workspace at a glance, most in need of attention first: the last completed run, the span&apos;s files, failed and partly failed files, failed rows and failure rate, and why it needs attention (failing, worse-than-usual, stale, stuck; docs/ARCHITECTURE.md).

Without --profile: every saved profile, all at once, each on its own request budget. Each import&apos;s stored history is refreshed first, with as few requests as it needs: none when Import Details shows it unchanged.

Exit codes as for export; a workspace that cannot be reached is said on standard error, and the others are shown (exit 5 when none could be).</source>
        <translation>Cada importación de cada espacio de trabajo elegido de un vistazo, primero las que más atención necesitan: la última ejecución completada, los archivos del periodo, los archivos fallidos y parcialmente fallidos, las filas fallidas y la tasa de fallos, y por qué necesita atención (failing, worse-than-usual, stale, stuck; docs/ARCHITECTURE.md).

Sin --profile: cada perfil guardado, todos a la vez, cada uno con su propio presupuesto de solicitudes. El historial guardado de cada importación se actualiza primero, con tan pocas solicitudes como necesite: ninguna cuando Import Details la muestra sin cambios.

Códigos de salida como en export; un espacio de trabajo al que no se puede llegar se indica en la salida de error estándar y se muestran los demás (salida 5 cuando no se pudo llegar a ninguno).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The span: files scheduled in the last SPAN, as 24h, 7d (default), 30d.</source>
        <translation>El periodo: archivos programados en el último SPAN, como 24h, 7d (predeterminado), 30d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>Escribir en FILE de forma atómica (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send no request: show what is stored.</source>
        <translation>No enviar ninguna solicitud: mostrar lo guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on standard error.</source>
        <translation>No mostrar el progreso en la salida de error estándar.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Interrupted: nothing was written; what was refreshed before stays stored.</source>
        <translation>Interrumpido: no se escribió nada; lo que ya se había actualizado sigue guardado.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../ui/BoardPage.cpp" line="+55"/>
        <source>Loo&amp;k back:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board span</source>
        <translation>Periodo del tablero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh all &amp;workspaces</source>
        <translation>Actuali&amp;zar todos los espacios de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh every import of every profile, then judge them again</source>
        <translation>Actualizar todas las importaciones de todos los perfiles y volver a evaluarlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run n&amp;ow…</source>
        <translation>Ejec&amp;utar ahora…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Triage the board</source>
        <translation>&amp;Causas del tablero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the failure causes of every import over the span, instead of the imports (Ctrl+Shift+G)</source>
        <translation>Mostrar las causas de fallo de todas las importaciones del periodo en lugar de las importaciones (Ctrl+Mayús+G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;causes…</source>
        <translation>E&amp;xportar causas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the board&apos;s causes as CSV or JSON (Ctrl+E)</source>
        <translation>Exportar las causas del tablero como CSV o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Board: every import, most in need of attention first</source>
        <translation>Tablero: todas las importaciones, primero las que más atención necesitan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Watch this import</source>
        <translation>&amp;Vigilar esta importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watch this import in the background (Watch settings: only the imports I chose)</source>
        <translation>Vigilar esta importación en segundo plano (Ajustes de vigilancia: solo las importaciones elegidas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Board row actions</source>
        <translation>Acciones de la fila del tablero</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Board causes: the failures of every import, grouped by cause</source>
        <translation>Causas del tablero: los fallos de todas las importaciones, agrupados por causa</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No profile yet: add one, or open the demo workspace, to see its imports here.</source>
        <translation>Aún no hay ningún perfil: añada uno, o abra el espacio de trabajo de demostración, para ver aquí sus importaciones.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the keys from the keychain…</source>
        <translation>Leyendo las claves del llavero…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading what is stored for %1…</source>
        <translation>Leyendo lo guardado para %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing what is stored; refreshing %1…</source>
        <translation>Se muestra lo guardado; actualizando %1…</translation>
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
            <numerusform>%1: %Ln importación sin actualizar, evaluada según lo guardado</numerusform>
            <numerusform>%1: %Ln importaciones sin actualizar, evaluadas según lo guardado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Checked at %1: %Ln import(s) need attention.</source>
        <translation>
            <numerusform>Comprobado a las %1: %Ln importación necesita atención.</numerusform>
            <numerusform>Comprobado a las %1: %Ln importaciones necesitan atención.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>refreshed %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the store, refreshing…</source>
        <translation>desde el almacén, actualizando…</translation>
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
            <numerusform>%Ln espacio de trabajo</numerusform>
            <numerusform>%Ln espacios de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln importación</numerusform>
            <numerusform>%Ln importaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need(s) attention</source>
        <comment>imports of the board</comment>
        <translation>
            <numerusform>%Ln necesita atención</numerusform>
            <numerusform>%Ln necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an import to run it again.</source>
        <translation>Elija una importación para volver a ejecutarla.</translation>
    </message>
    <message>
        <location filename="../ui/RunNow.cpp" line="+12"/>
        <source>Its schedule is not known: Import Details did not list it in the last refresh.</source>
        <translation>Se desconoce su programación: Import Details no la incluyó en la última actualización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only periodic imports can be run again; this one is %1.</source>
        <translation>Solo se pueden volver a ejecutar las importaciones periódicas; esta es de tipo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its workspace is not connected: %1</source>
        <translation>Su espacio de trabajo no está conectado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run the chosen import again now (Trigger File Imports); you confirm first</source>
        <translation>Volver a ejecutar ahora la importación elegida (Trigger File Imports); antes se pide confirmación</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BoardPage.cpp" line="+135"/>
        <source>Span: the board&apos;s, the last %n day(s); new: not seen before it in the stored history</source>
        <translation>
            <numerusform>Periodo: el del tablero, %n día hacia atrás; nueva: no vista antes en el historial guardado</numerusform>
            <numerusform>Periodo: el del tablero, %n días hacia atrás; nueva: no vista antes en el historial guardado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a cause to see which imports it hits; Enter opens the import with its files.</source>
        <translation>Elija una causa para ver a qué importaciones afecta; Intro abre la importación con sus archivos.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 / %2 (%Ln file(s))</source>
        <translation>
            <numerusform>%1 / %2 (%Ln archivo)</numerusform>
            <numerusform>%1 / %2 (%Ln archivos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens %1 with this cause&apos;s files.</source>
        <translation>Intro abre %1 con los archivos de esta causa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens %1, the import with most of its files.</source>
        <translation>Intro abre %1, la importación con más archivos de esta causa.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Hits %Ln import(s): %1. %2</source>
        <translation>
            <numerusform>Afecta a %Ln importación: %1. %2</numerusform>
            <numerusform>Afecta a %Ln importaciones: %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No causes to export: no import of the board failed in the span.</source>
        <translation>No hay causas que exportar: ninguna importación del tablero falló en el periodo.</translation>
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
        <translation>ninguna completada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 since %2</source>
        <translation> · %1 desde el %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot be judged: %1</source>
        <translation>No se puede evaluar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>from the store, refreshed %1</source>
        <translation>según lo guardado, actualizado %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot be judged: %1</source>
        <translation>no se puede evaluar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [PRODUCCIÓN]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This profile is marked as a production workspace.</source>
        <translation>Este perfil está marcado como espacio de trabajo de producción.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last completed</source>
        <translation>Última completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>Parcialmente fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed rows</source>
        <translation>Filas fallidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure rate</source>
        <translation>Tasa de fallos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
</context>
<context>
    <name>CauseExport</name>
    <message>
        <location filename="../app/export/CauseExport.cpp" line="+193"/>
        <source>Cannot write the causes: the output is not open for writing.</source>
        <translation>No se pueden escribir las causas: la salida no está abierta para escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cause in row %1 (internal error).</source>
        <translation>No hay ninguna causa en la fila %1 (error interno).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>CauseTableModel</name>
    <message>
        <location filename="../app/model/CauseTableModel.cpp" line="+23"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed rows</source>
        <translation>Filas fallidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>Primera aparición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Última aparición</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Files with this cause on each day, oldest on the left</source>
        <translation>Archivos con esta causa cada día; el día más antiguo, a la izquierda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No files on a known day</source>
        <translation>Ningún archivo tiene un día conocido</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Files on %n of %1 days; the most, %2, on %3</source>
        <translation>
            <numerusform>Archivos en %n de %1 días; el máximo, %2, el %3</numerusform>
            <numerusform>Archivos en %n de %1 días; el máximo, %2, el %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not seen before the span</source>
        <translation>No aparecía antes del periodo</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+78"/>
        <source>%1 takes failed_files=N and failure_rate=PERCENT, comma-separated, not &quot;%2&quot;.</source>
        <translation>%1 admite failed_files=N y failure_rate=PERCENT, separados por comas, no &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n failed file(s) in the span, at the critical threshold</source>
        <translation>
            <numerusform>%n archivo fallido en el periodo: alcanza el umbral crítico</numerusform>
            <numerusform>%n archivos fallidos en el periodo: alcanzan el umbral crítico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed file(s) in the span, at the warning threshold</source>
        <translation>
            <numerusform>%n archivo fallido en el periodo: alcanza el umbral de advertencia</numerusform>
            <numerusform>%n archivos fallidos en el periodo: alcanzan el umbral de advertencia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (from the store, refreshed %1)</source>
        <translation> (según lo guardado, actualizado %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 failing</source>
        <translation>%1 con fallos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 partly failing</source>
        <translation>%1 con fallos parciales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stale</source>
        <translation>%1 con retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stuck</source>
        <translation>%1 con archivos atascados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 worse than usual</source>
        <translation>%1 peor de lo habitual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not checked</source>
        <translation>%1 sin comprobar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %2 imports in %n workspace(s)</source>
        <translation>
            <numerusform>%2 importaciones en %n espacio de trabajo: %1</numerusform>
            <numerusform>%2 importaciones en %n espacios de trabajo: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all healthy</source>
        <translation>todas en buen estado</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A monitoring plug-in: judge every import (or those named) of the chosen profiles by the attention rules (failing, worse than usual, stale, stuck; docs/ARCHITECTURE.md) over their stored histories, refreshed first with as few requests as they need.

Prints one status line with performance data, then one line per import that needs attention. Exit codes follow the Monitoring Plugins convention, unlike the other commands: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (bad arguments, no key, the API unreachable with nothing stored).</source>
        <translation>Un plugin de monitorización: evalúa todas las importaciones (o las indicadas) de los perfiles elegidos según las reglas de atención (con fallos, peor de lo habitual, con retraso, con archivos atascados; docs/ARCHITECTURE.md) sobre sus historiales guardados, que antes se actualizan con tan pocas solicitudes como necesiten.

Imprime una línea de estado con datos de rendimiento y después una línea por cada importación que necesita atención. A diferencia de los demás comandos, los códigos de salida siguen la convención de Monitoring Plugins: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (argumentos incorrectos, ninguna clave, la API inaccesible sin nada guardado).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Check only this import; give it again for more.</source>
        <translation>Comprobar solo esta importación; repítalo para indicar más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The span the figures and thresholds cover: 24h (default), 7d, 2w.</source>
        <translation>El periodo que abarcan las cifras y los umbrales: 24h (predeterminado), 7d, 2w.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING when an import reaches failed_files=N or failure_rate=PERCENT in the span (comma-separated), besides the attention rules.</source>
        <translation>WARNING cuando una importación alcanza failed_files=N o failure_rate=PERCENT en el periodo (separados por comas), además de las reglas de atención.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRITICAL likewise.</source>
        <translation>CRITICAL, del mismo modo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the facts as Prometheus text for node_exporter&apos;s textfile collector to FILE, atomically.</source>
        <translation>Escribir además los datos como texto de Prometheus para el textfile collector de node_exporter en FILE, de forma atómica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds the whole check may take (default 50); what is not refreshed by then is judged from the store, with its age.</source>
        <translation>Segundos que puede durar toda la comprobación (predeterminado: 50); lo que no se haya actualizado para entonces se evalúa según lo guardado, indicando su antigüedad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS for each workspace (default 50/60).</source>
        <translation>Como máximo N solicitudes cada SECONDS para cada espacio de trabajo (predeterminado: 50/60).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad command line (see standard error and importscope check --help).</source>
        <translation>línea de comandos incorrecta (consulte la salida de error estándar e importscope check --help).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>interrupted before the check ended.</source>
        <translation>interrumpido antes de que terminara la comprobación.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+45"/>
        <source>The API key in %1 is longer than %2 bytes: is it the right file?</source>
        <translation>La clave de API de %1 ocupa más de %2 bytes: ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API key in %1 is not valid UTF-8: save it as UTF-8 text.</source>
        <translation>La clave de API de %1 no es UTF-8 válido: guárdela como texto UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key in %1 has an empty first line.</source>
        <translation>La clave de API de %1 tiene la primera línea vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key in %1 contains control characters.</source>
        <translation>La clave de API de %1 contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The API key file %1 is not a regular file: save the key in a file.</source>
        <translation>El archivo de clave de API %1 no es un archivo normal: guarde la clave en un archivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key (not shown):</source>
        <translation>Clave de API (no se muestra):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;%1&quot; is not a span: give hours, days or weeks, as 24h, 7d or 2w (at most ten years).</source>
        <translation>&quot;%1&quot; no es un periodo: indique horas, días o semanas, como 24h, 7d o 2w (como máximo diez años).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Use the saved profile NAME (its key comes from the keychain).</source>
        <translation>Usar el perfil guardado NAME (su clave se obtiene del llavero).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data centre: 01, 02, 03, 04, 05, 06 or 101.</source>
        <translation>Centro de datos: 01, 02, 03, 04, 05, 06 o 101.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL, scheme://host[:port], instead of --dc.</source>
        <translation>URL base de la API, scheme://host[:port], en lugar de --dc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace ID (also called App ID).</source>
        <translation>ID del espacio de trabajo (también llamado App ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Data API key from the first line of PATH. Otherwise the environment variable MOE_API_KEY, then the profile&apos;s keychain entry. Never give the key on the command line.</source>
        <translation>Leer la clave de la Data API de la primera línea de PATH. Si no, de la variable de entorno MOE_API_KEY y, después, de la entrada del llavero del perfil. No indique nunca la clave en la línea de comandos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the certificates in the PEM file PATH besides the system&apos;s, for this run only: a private certificate authority, or the root of a proxy that inspects TLS. May be repeated; adds to a profile&apos;s extra trusted certificate.</source>
        <translation>Confiar en los certificados del archivo PEM PATH además de en los del sistema, solo para esta ejecución: una autoridad de certificación privada o la raíz de un proxy que inspecciona TLS. Se puede repetir; se suma al certificado de confianza adicional del perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reach the API through the HTTP proxy URL, http://[USER@]HOST:PORT (https:// goes through CONNECT). Its password comes from IMPORTSCOPE_PROXY_PASSWORD, or the profile&apos;s keychain entry. Default: the profile&apos;s proxy, else the system&apos;s (https_proxy, no_proxy, the desktop&apos;s settings).</source>
        <translation>Acceder a la API a través del proxy HTTP con la URL http://[USER@]HOST:PORT (https:// pasa por CONNECT). Su contraseña se obtiene de IMPORTSCOPE_PROXY_PASSWORD o de la entrada del llavero del perfil. Predeterminado: el proxy del perfil; si no, el del sistema (https_proxy, no_proxy, la configuración del escritorio).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect directly, whatever the profile or the system says.</source>
        <translation>Conectar directamente, diga lo que diga el perfil o el sistema.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seconds without an answer before a request is retried, 0.1 to 3600 (default 30); an answer must also be complete within five times this.</source>
        <translation>Segundos sin respuesta antes de reintentar una solicitud, de 0.1 a 3600 (predeterminado: 30); además, una respuesta debe completarse en cinco veces ese tiempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS for the workspace (default 50/60; N 1 to 100000, SECONDS 0.1 to 3600).</source>
        <translation>Como máximo N solicitudes cada SECONDS para el espacio de trabajo (predeterminado: 50/60; N de 1 a 100000, SECONDS de 0.1 a 3600).</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Profile &quot;%1&quot;: the proxy password could not be read: %2</source>
        <translation>Perfil &quot;%1&quot;: no se pudo leer la contraseña del proxy: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give --proxy or --no-proxy, not both.</source>
        <translation>Indique --proxy o --no-proxy, no ambos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--timeout must be a number of seconds from 0.1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout debe ser un número de segundos de 0.1 a 3600, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--profile cannot be combined with --dc, --base-url or --workspace-id.</source>
        <translation>--profile no se puede combinar con --dc, --base-url ni --workspace-id.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cannot read the API key file %1: %2.</source>
        <translation>No se puede leer el archivo de clave de API %1: %2.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Give exactly one of --profile, --dc or --base-url.</source>
        <translation>Indique exactamente una de --profile, --dc o --base-url.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--workspace-id is required with --dc or --base-url.</source>
        <translation>--workspace-id es obligatorio con --dc o --base-url.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No API key: set MOE_API_KEY or use --api-key-file PATH.</source>
        <translation>No hay clave de API: defina MOE_API_KEY o use --api-key-file PATH.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>--rate-limit must look like 50/60 (requests/seconds), not &quot;%1&quot;.</source>
        <translation>--rate-limit debe tener la forma 50/60 (solicitudes/segundos), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No profile: add one with importscope profile add, or give --base-url and --workspace-id.</source>
        <translation>No hay ningún perfil: añada uno con importscope profile add o indique --base-url y --workspace-id.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+29"/>
        <source>Usage: importscope completion bash
Prints a bash completion script for importscope&apos;s commands, actions and options (the package installs it).</source>
        <translation>Uso: importscope completion bash
Imprime un script de autocompletado de bash para los comandos, las acciones y las opciones de importscope (el paquete lo instala).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: importscope completion bash</source>
        <translation>Uso: importscope completion bash</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export an import&apos;s history as CSV or JSON</source>
        <translation>exporta el historial de una importación como CSV o JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the workspace&apos;s imports</source>
        <translation>enumera las importaciones del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group failed files by cause</source>
        <translation>agrupa los archivos fallidos por causa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every import of every workspace, most in need of attention first</source>
        <translation>todas las importaciones de todos los espacios de trabajo, primero las que más atención necesitan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run a periodic import again now (asks first; --yes in scripts)</source>
        <translation>vuelve a ejecutar ahora una importación periódica (pregunta antes; --yes en scripts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge imports for a monitoring system (exit 0 OK .. 3 UNKNOWN)</source>
        <translation>evalúa las importaciones para un sistema de monitorización (código de salida 0 OK .. 3 UNKNOWN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serve the demo workspace on 127.0.0.1</source>
        <translation>sirve el espacio de trabajo de demostración en 127.0.0.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manage credential profiles</source>
        <translation>gestiona los perfiles de credenciales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored history</source>
        <translation>el historial guardado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script</source>
        <translation>imprime un script de autocompletado para el shell</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>open the window</source>
        <translation>abre la ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window on the embedded demo workspace</source>
        <translation>abre la ventana con el espacio de trabajo de demostración integrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each command takes --help.</source>
        <translation>Cada comando admite --help.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../app/api/Connection.cpp" line="+53"/>
        <source>Unknown data centre &quot;%1&quot;: use one of %2, or give a base URL.</source>
        <translation>Centro de datos desconocido &quot;%1&quot;: use uno de %2 o indique una URL base.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a valid base URL: write it as https://host[:port].</source>
        <translation>&quot;%1&quot; no es una URL base válida: escríbala como https://host[:port].</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base URL must start with https://, not &quot;%1://&quot;.</source>
        <translation>La URL base debe empezar por https://, no por &quot;%1://&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must be only scheme://host[:port], without a path, query or user: &quot;%1&quot;.</source>
        <translation>La URL base debe ser solo scheme://host[:port], sin ruta, consulta ni usuario: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain http:// is refused for %1: the API key would travel unencrypted. Use https://.</source>
        <translation>Se rechaza http:// sin cifrar para %1: la clave de API viajaría sin cifrar. Use https://.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workspace ID is empty.</source>
        <translation>El ID del espacio de trabajo está vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace ID cannot contain spaces or &apos;:&apos;, and only printable ASCII characters (letters, digits, - and _).</source>
        <translation>El ID del espacio de trabajo no puede contener espacios ni &apos;:&apos;, y solo admite caracteres ASCII imprimibles (letras, dígitos, - y _).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not a proxy URL: write it as http://host:port or http://user@host:port.</source>
        <translation>&quot;%1&quot; no es una URL de proxy: escríbala como http://host:port o http://user@host:port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only HTTP proxies are supported (http://host:port), not &quot;%1://&quot;: requests to the API still travel inside TLS through it.</source>
        <translation>Solo se admiten proxies HTTP (http://host:port), no &quot;%1://&quot;: las solicitudes a la API siguen viajando dentro de TLS a través de él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy URL &quot;%1&quot; has no port: write it as http://host:port.</source>
        <translation>La URL del proxy &quot;%1&quot; no tiene puerto: escríbala como http://host:port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy URL must not contain a password: it would show in the process list and be saved in files. Give only the user (http://user@host:port); the password comes from the keychain or IMPORTSCOPE_PROXY_PASSWORD.</source>
        <translation>La URL del proxy no debe contener una contraseña: se vería en la lista de procesos y se guardaría en archivos. Indique solo el usuario (http://user@host:port); la contraseña se obtiene del llavero o de IMPORTSCOPE_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is not a PEM certificate: the text must start with -----BEGIN CERTIFICATE-----.</source>
        <translation>No es un certificado PEM: el texto debe empezar por -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It holds something other than certificates (%1): give only the certificate.</source>
        <translation>Contiene algo distinto de certificados (%1): indique solo el certificado.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) in it could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n certificado que contiene.</numerusform>
            <numerusform>No se pudieron leer %n certificados que contiene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate in it could not be read.</source>
        <translation>No se pudo leer uno de los certificados que contiene.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>El archivo de certificado %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate file %1 is not a regular file.</source>
        <translation>El archivo de certificado %1 no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the certificate file %1: %2.</source>
        <translation>No se puede leer el archivo de certificado %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate file %1 is larger than %2 KB: is it the right file?</source>
        <translation>El archivo de certificado %1 ocupa más de %2 KB: ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate file %1: %2</source>
        <translation>Archivo de certificado %1: %2</translation>
    </message>
</context>
<context>
    <name>DataCenters</name>
    <message>
        <location line="-200"/>
        <location line="+3"/>
        <source>US</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unverified host</source>
        <translation>host no verificado</translation>
    </message>
</context>
<context>
    <name>DemoFaultPlan</name>
    <message>
        <location filename="../app/demo/DemoFaults.cpp" line="+84"/>
        <source>fault &quot;%1&quot; is not KIND@N, KIND@N-M, KIND@N- or KIND:PROBABILITY</source>
        <translation>el fallo &quot;%1&quot; no tiene la forma KIND@N, KIND@N-M, KIND@N- o KIND:PROBABILITY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown fault kind &quot;%1&quot; (use 500..511, 429, garbage, truncate, reset, stall or shift)</source>
        <translation>tipo de fallo desconocido &quot;%1&quot; (use 500..511, 429, garbage, truncate, reset, stall o shift)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>probability in &quot;%1&quot; must be above 0 and at most 1</source>
        <translation>la probabilidad en &quot;%1&quot; debe ser mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request numbers start at 1 in &quot;%1&quot;</source>
        <translation>los números de solicitud empiezan en 1 en &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>range in &quot;%1&quot; ends before it starts</source>
        <translation>el intervalo en &quot;%1&quot; termina antes de empezar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fault probabilities add up to %1, more than 1</source>
        <translation>las probabilidades de fallo suman %1, más de 1</translation>
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
        <translation>Inyección de fallos: --faults SPEC, donde SPEC es una lista de elementos separados por comas:
  KIND@N         la solicitud N (desde 1, contando desde el arranque del servidor)
  KIND@N-M       las solicitudes N a M    KIND@N-    la solicitud N y todas las posteriores
  KIND:P         cualquier solicitud, con probabilidad P (0 &lt; P &lt;= 1), obtenida de un generador
                 inicializado con --seed; las probabilidades de todos los elementos suman como máximo 1
KIND es uno de:
  500..511       ese estado, con el cuerpo de la API {&quot;title&quot;: &quot;Server Error&quot;, ...}
  429            &quot;Rate Limits Exceeded&quot;, diga lo que diga el límite real
  garbage        estado 200 con un cuerpo que no es JSON
  truncate       la respuesta real con su JSON cortado por la mitad (Content-Length coincide)
  reset          la conexión se restablece (TCP RST) sin respuesta; tenga en cuenta que
                 QNetworkAccessManager de Qt reenvía una vez por su cuenta: reset@N-M le muestra un reset
  stall          la solicitud se acepta y nunca se responde
  shift          aparece un archivo nuevo al principio de la importación solicitada y luego la respuesta
                 real: las páginas siguientes se desplazan una posición y un id de archivo se repite
Los elementos numerados prevalecen sobre las probabilidades; entre ellos gana el primero de la lista.
Cuenta cada solicitud, sea cual sea su ruta o resultado. Los fallos distintos de truncate y shift responden
antes del enrutamiento, la autenticación y el límite de frecuencia, y no cuentan para el límite.
Ejemplos: 500@3   garbage@2-4,reset@7   500:0.1,reset:0.05,shift:0.02
</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/demo/DemoServer.cpp" line="+486"/>
        <source>the demo server is already running at %1</source>
        <translation>el servidor de demostración ya se está ejecutando en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad fault specification: %1</source>
        <translation>especificación de fallos incorrecta: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoServerCommand</name>
    <message>
        <location filename="../app/cli/DemoServerCommand.cpp" line="+26"/>
        <source>%1 (see --help)</source>
        <translation>%1 (consulte --help)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: workspace %2, Data API key %3.</source>
        <translation>%1: espacio de trabajo %2, clave de la Data API %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serves the ImportScope demo workspace: the MoEngage File Imports API (Run History, Import
Details and Trigger) on 127.0.0.1, with seeded data, authentication, the rate limit, latency
and faults.
Prints url=, workspace= and key= lines, then serves until SIGINT or SIGTERM.</source>
        <translation>Sirve el espacio de trabajo de demostración de ImportScope: la API File Imports de MoEngage
(Run History, Import Details y Trigger) en 127.0.0.1, con datos generados a partir de una
semilla, autenticación, el límite de frecuencia, latencia y fallos.
Imprime las líneas url=, workspace= y key=, y después sirve hasta recibir SIGINT o SIGTERM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this help and the fault grammar.</source>
        <translation>Mostrar esta ayuda y la gramática de los fallos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port on 127.0.0.1 (0: any free port).</source>
        <translation>Puerto en 127.0.0.1 (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay every answer by N milliseconds.</source>
        <translation>Retrasar cada respuesta N milisegundos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS per workspace, then 429 (0/SECONDS: no limit).</source>
        <translation>Como máximo N solicitudes cada SECONDS por espacio de trabajo; después, 429 (0/SECONDS: sin límite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a Retry-After header with 429 answers (the real API does not).</source>
        <translation>Enviar una cabecera Retry-After con las respuestas 429 (la API real no lo hace).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject faults (grammar below).</source>
        <translation>Inyectar fallos (gramática más abajo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the data and of random faults.</source>
        <translation>Semilla de los datos y de los fallos aleatorios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data ends just before this UTC day, YYYY-MM-DD (default: tomorrow, so it stays the same all day).</source>
        <translation>Los datos terminan justo antes de este día UTC, YYYY-MM-DD (predeterminado: mañana, para que no cambien en todo el día).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the API&apos;s open points are read (default: $IMPORTSCOPE_DEMO_READINGS, else date=scheduled,end=second,order=scheduled,pf=none,ratelimit=none,window=sliding): %1.</source>
        <translation>Cómo se interpretan los puntos que la documentación de la API deja abiertos (predeterminado: $IMPORTSCOPE_DEMO_READINGS; si no, date=scheduled,end=second,order=scheduled,pf=none,ratelimit=none,window=sliding): %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credentials: workspace %1, Data API key %2.</source>
        <translation>Credenciales: espacio de trabajo %1, clave de la Data API %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port debe ser un número de 0 a 65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--latency-ms must be a number of milliseconds from 0 to 600000</source>
        <translation>--latency-ms debe ser un número de milisegundos de 0 a 600000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rate must be N/SECONDS, such as 50/60</source>
        <translation>--rate debe tener la forma N/SECONDS, por ejemplo 50/60</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a number from 0 to 4294967295</source>
        <translation>--seed debe ser un número de 0 a 4294967295</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--anchor must be a date written YYYY-MM-DD</source>
        <translation>--anchor debe ser una fecha escrita como YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Serving the demo workspace; the window opens &quot;%1&quot; first. Press Ctrl+C to stop.</source>
        <translation>Sirviendo el espacio de trabajo de demostración; la ventana abre primero &quot;%1&quot;. Pulse Ctrl+C para detenerlo.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="+80"/>
        <source>A file partly failed in “%1”</source>
        <translation>Un archivo falló parcialmente en “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file failed in “%1”</source>
        <translation>Un archivo falló en “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is stale</source>
        <translation>“%1” va con retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file is stuck in “%1”</source>
        <translation>Hay un archivo atascado en “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No run since %1</source>
        <translation>Ninguna ejecución desde el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No run for longer than usual</source>
        <translation>Ninguna ejecución desde hace más tiempo de lo habitual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n new failure(s) in %1</source>
        <extracomment>&quot;7 new failures in 3 imports&quot;: the first %n is the failures, %1 the imports&apos; part.</extracomment>
        <translation>
            <numerusform>%n fallo nuevo en %1</numerusform>
            <numerusform>%n fallos nuevos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n importación</numerusform>
            <numerusform>%n importaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: stale</source>
        <translation>%1: con retraso</translation>
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
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/DetailPane.cpp" line="+33"/>
        <source>Select a file to see its details.</source>
        <translation>Seleccione un archivo para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File details</source>
        <translation>Detalles del archivo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File ID</source>
        <translation>ID del archivo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Copy the file ID</source>
        <translation>Copiar el ID del archivo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Copy file name</source>
        <translation>Copiar nombre de archivo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy file ID</source>
        <translation>Copiar ID del archivo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File ID:</source>
        <translation>ID del archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled:</source>
        <translation>Programado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed:</source>
        <translation>Completado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Added:</source>
        <translation>Añadidas:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Updated:</source>
        <translation>Actualizadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Failed:</source>
        <translation>Fallidas:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Failure rate:</source>
        <translation>Tasa de fallos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auxiliary data</source>
        <translation>Datos auxiliares</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As the API sent it</source>
        <translation>Tal como lo envió la API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raw JSON of the file</source>
        <translation>JSON sin procesar del archivo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(no file name)</source>
        <translation>(sin nombre de archivo)</translation>
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
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
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
        <translation>Indique --import-id ID o --import-name NAME.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to needs --from.</source>
        <translation>--to requiere --from.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown --date-format &quot;%1&quot;: use one of %2.</source>
        <translation>--date-format desconocido &quot;%1&quot;: use uno de %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--page must be a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--page debe ser un número entero igual o mayor que 1, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format debe ser csv o json, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bom and --excel-safe apply to CSV only.</source>
        <translation>--bom y --excel-safe solo se aplican a CSV.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give --incremental or --cached, not both.</source>
        <translation>Indique --incremental o --cached, no ambos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--incremental and --cached keep whole answers: they take no --page.</source>
        <translation>--incremental y --cached conservan respuestas completas: no admiten --page.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export an import&apos;s file run history as CSV or JSON.

Exit codes: 0 done (also when nothing matches), 1 local failure, 2 bad command line or input (nothing sent), 3 authentication refused, 4 request rejected (e.g. unknown import, page past the last), 5 network or server failure after retries, 130 interrupted.</source>
        <translation>Exporta el historial de ejecuciones de archivos de una importación como CSV o JSON.

Códigos de salida: 0 hecho (también si nada coincide), 1 fallo local, 2 línea de comandos o entrada incorrecta (no se envía nada), 3 autenticación rechazada, 4 solicitud rechazada (p. ej., importación desconocida o página posterior a la última), 5 fallo de red o del servidor tras los reintentos, 130 interrumpido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import&apos;s ID (wins over --import-name, as in the API).</source>
        <translation>El ID de la importación (prevalece sobre --import-name, como en la API).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import&apos;s name.</source>
        <translation>El nombre de la importación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files processed from DATE, written in --date-format.</source>
        <translation>Archivos procesados desde DATE, escrita en el --date-format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... until DATE (default: now). Needs --from.</source>
        <translation>... hasta DATE (predeterminado: ahora). Requiere --from.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of YYYY-MM-DD (default), YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY, &quot;DD-MM-YYYY hh:mm:ss&quot;, &quot;DD/MM/YYYY hh:mm:ss&quot;, &quot;YYYY-MM-DD hh:mm:ss&quot;, &quot;YYYY/MM/DD hh:mm:ss&quot;.</source>
        <translation>Uno de YYYY-MM-DD (predeterminado), YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY, &quot;DD-MM-YYYY hh:mm:ss&quot;, &quot;DD/MM/YYYY hh:mm:ss&quot;, &quot;YYYY-MM-DD hh:mm:ss&quot;, &quot;YYYY/MM/DD hh:mm:ss&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only files with these statuses, comma-separated: SUCCESSFUL FAILED PARTIAL_SUCCESS PROCESSING QUEUED WAITING (any case).</source>
        <translation>Solo archivos con estos estados, separados por comas: SUCCESSFUL FAILED PARTIAL_SUCCESS PROCESSING QUEUED WAITING (en mayúsculas o minúsculas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only page N (50 files a page). Default: every page.</source>
        <translation>Solo la página N (50 archivos por página). Predeterminado: todas las páginas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv (default) or json.</source>
        <translation>csv (predeterminado) o json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically; a pipe or a device such as /dev/stdout is written straight (default: standard output).</source>
        <translation>Escribir en FILE de forma atómica; una tubería o un dispositivo como /dev/stdout se escribe directamente (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefix &apos; to text cells starting with = + - @ tab or CR (CSV).</source>
        <translation>Anteponer &apos; a las celdas de texto que empiezan por = + - @ tabulador o CR (CSV).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a UTF-8 byte-order mark for Excel (CSV).</source>
        <translation>Empezar con una marca de orden de bytes UTF-8 para Excel (CSV).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on standard error.</source>
        <translation>No mostrar el progreso en la salida de error estándar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the stored answer with as few requests as possible, then export the whole answer (and keep it stored).</source>
        <translation>Actualizar la respuesta guardada con las menos solicitudes posibles y exportar después la respuesta completa (que sigue guardada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send no request: export the stored answer (exit 4 when nothing is stored).</source>
        <translation>No enviar ninguna solicitud: exportar la respuesta guardada (código de salida 4 si no hay nada guardado).</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>importscope: exporting the answer stored at %1 (%n minute(s) ago), without a request.</source>
        <translation>
            <numerusform>importscope: exportando la respuesta guardada el %1 (hace %n minuto), sin ninguna solicitud.</numerusform>
            <numerusform>importscope: exportando la respuesta guardada el %1 (hace %n minutos), sin ninguna solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>importscope: waiting for a reader of %1 (Ctrl+C ends it)…</source>
        <translation>importscope: esperando a un lector de %1 (Ctrl+C termina la espera)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interrupted: nothing was exported; the refreshed history had been stored already.</source>
        <translation>Interrumpido: no se exportó nada; el historial actualizado ya se había guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrupted: nothing was exported, and the stored history is as it was.</source>
        <translation>Interrumpido: no se exportó nada y el historial guardado sigue como estaba.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Interrupted: nothing was written.</source>
        <translation>Interrumpido: no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+105"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All 15 API fields, in the API&apos;s order</source>
        <translation>Los 15 campos de la API, en el orden de la API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API field names (file_name, file_status, …)</source>
        <translation>Nombres de campo de la API (file_name, file_status, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As displayed (File name, Status, …)</source>
        <translation>Como se muestran (Nombre de archivo, Estado, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header:</source>
        <translation>Encabezado:</translation>
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
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 &amp;byte-order mark (lets Excel detect UTF-8)</source>
        <translation>&amp;Marca de orden de bytes UTF-8 (para que Excel detecte UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xcel-safe: prefix &apos; to text cells starting with = + - @</source>
        <translation>Segura para E&amp;xcel: anteponer &apos; a las celdas de texto que empiezan por = + - @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spreadsheet would run such a cell as a formula. Only the API&apos;s text fields get the prefix; numbers are never changed.</source>
        <translation>Una hoja de cálculo ejecutaría esa celda como fórmula. Solo los campos de texto de la API reciben el prefijo; los números nunca se modifican.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes the exported values: a file name such as &quot;+49_customers.csv&quot; is written &quot;&apos;+49_customers.csv&quot; and no longer matches the API. Leave it off for files other programs read. CSV only.</source>
        <translation>Cambia los valores exportados: un nombre de archivo como &quot;+49_customers.csv&quot; se escribe &quot;&apos;+49_customers.csv&quot; y ya no coincide con la API. No active esta opción para archivos que lean otros programas. Solo CSV.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open containing &amp;folder</source>
        <translation>Abrir la car&amp;peta contenedora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Export causes</source>
        <translation>Exportar causas</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n cause(s) of the Triage tab, in its order: pattern, files, failed rows, imports, workspaces, first and last seen, new, an example and the file IDs.</source>
        <translation>
            <numerusform>La %n causa de la pestaña Triaje, en su orden: patrón, archivos, filas fallidas, importaciones, espacios de trabajo, primera y última aparición, nueva, un ejemplo y los ID de los archivos.</numerusform>
            <numerusform>Las %n causas de la pestaña Triaje, en su orden: patrón, archivos, filas fallidas, importaciones, espacios de trabajo, primera y última aparición, nueva, un ejemplo y los ID de los archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Causes:</source>
        <translation>Causas:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All fetched rows (%1)</source>
        <translation>Todas las filas obtenidas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown, sorted as in the table (%1)</source>
        <translation>Filas mostradas, ordenadas como en la tabla (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected rows (%1)</source>
        <translation>Filas seleccionadas (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown columns, in the table&apos;s order (%1)</source>
        <translation>Columnas mostradas, en el orden de la tabla (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown columns, in the table&apos;s order (%1 of the %2 shown)</source>
        <translation>Columnas mostradas, en el orden de la tabla (%1 de las %2 mostradas)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is computed by ImportScope, not an API field: it is not exported.</source>
        <translation>%1 lo calcula ImportScope y no es un campo de la API: no se exporta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are computed by ImportScope, not API fields: they are not exported.</source>
        <translation>%1 los calcula ImportScope y no son campos de la API: no se exportan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar la exportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exporting %Ln cause(s) to %1…</source>
        <translation>
            <numerusform>Exportando %Ln causa a %1…</numerusform>
            <numerusform>Exportando %Ln causas a %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>Exportando %Ln fila a %1…</numerusform>
            <numerusform>Exportando %Ln filas a %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Exported %Ln cause(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln causa a %1.</numerusform>
            <numerusform>Se exportaron %Ln causas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled: %1 was left as it was.</source>
        <translation>Exportación cancelada: %1 no se modificó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The existing file was left as it was.</source>
        <translation>El archivo existente no se modificó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder or free some space, then export again.</source>
        <translation>Elija otra carpeta o libere espacio y vuelva a exportar.</translation>
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
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cannot write %1: it is not a regular file, a pipe or a terminal. Choose a file name.</source>
        <translation>No se puede escribir en %1: no es un archivo normal, una tubería ni un terminal. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../app/export/ExportOptions.cpp" line="+40"/>
        <source>Unknown export format: choose CSV or JSON.</source>
        <translation>Formato de exportación desconocido: elija CSV o JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <translation>El delimitador CSV debe ser una coma, un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A byte-order mark can only be written to CSV, not to JSON.</source>
        <translation>Una marca de orden de bytes solo se puede escribir en CSV, no en JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one column to export.</source>
        <translation>Elija al menos una columna para exportar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown export column (internal error).</source>
        <translation>Columna de exportación desconocida (error interno).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column %1 is listed twice: list each column once.</source>
        <translation>La columna %1 aparece dos veces: incluya cada columna una sola vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one header label per column (%1 labels for %2 columns).</source>
        <translation>Indique una etiqueta de encabezado por columna (%1 etiquetas para %2 columnas).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two columns are labelled &quot;%1&quot;: JSON keys must differ.</source>
        <translation>Dos columnas tienen la etiqueta &quot;%1&quot;: las claves JSON deben ser distintas.</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../app/export/ExportWriter.cpp" line="+69"/>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was already started (internal error).</source>
        <translation>La exportación ya se había iniciado (error interno).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: it is not open for writing.</source>
        <translation>No se puede escribir en %1: no está abierto para escritura.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rows must be written between begin() and finish() (internal error).</source>
        <translation>Las filas deben escribirse entre begin() y finish() (error interno).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The export was finished before it began, or twice (internal error).</source>
        <translation>La exportación se finalizó antes de empezar, o dos veces (error interno).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>FileRunTableModel</name>
    <message>
        <location filename="../app/model/FileRunTableModel.cpp" line="+133"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure %</source>
        <translation>% de fallos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aux added</source>
        <translation>Aux. añadidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aux failed</source>
        <translation>Aux. fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File ID</source>
        <translation>ID del archivo</translation>
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
        <translation>sin valor</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../ui/FilterForm.cpp" line="+115"/>
        <source>&amp;Import name:</source>
        <translation>&amp;Nombre de la importación:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Import name</source>
        <translation>Nombre de la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick or type an import name</source>
        <translation>Elija o escriba el nombre de una importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;mport ID:</source>
        <translation>&amp;ID de la importación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; wins over the name</source>
        <translation>opcional; prevalece sobre el nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import ID</source>
        <translation>ID de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When both an ID and a name are given, the API uses the ID and ignores the name.</source>
        <translation>Si se indican un ID y un nombre, la API usa el ID e ignora el nombre.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Dates:</source>
        <translation>Fe&amp;chas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range preset</source>
        <translation>Intervalo de fechas predefinido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f&amp;rom</source>
        <translation>&amp;desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date format sent to the API</source>
        <translation>Formato de fecha enviado a la API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format the dates are written in on the wire; all eight mean the same range.</source>
        <translation>El formato en que se envían las fechas; los ocho significan el mismo intervalo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>f&amp;ormat</source>
        <translation>f&amp;ormato</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statuses to fetch</source>
        <translation>Estados que obtener</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch every file, then show only the problems: FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and any status that is not a success and not still in progress. The API&apos;s filter cannot ask for PARTIAL_FAILURE, so nothing is filtered in the request.</source>
        <translation>Obtener todos los archivos y mostrar después solo los problemas: FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE y cualquier estado que no sea un éxito ni siga en curso. El filtro de la API no puede pedir PARTIAL_FAILURE, así que la solicitud no filtra nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+297"/>
        <source>Fetch</source>
        <translation>Obtener</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Fetch every page of the import&apos;s history (F5, Ctrl+R)</source>
        <translation>Obtener todas las páginas del historial de la importación (F5, Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the fetch; rows received so far stay (Esc)</source>
        <translation>Detener la obtención; se conservan las filas recibidas hasta ahora (Esc)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status</source>
        <translation>Ningún estado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln status(es)</source>
        <translation>
            <numerusform>%Ln estado</numerusform>
            <numerusform>%Ln estados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln importación</numerusform>
            <numerusform>%Ln importaciones</numerusform>
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
        <translation>Las fechas son horas locales del espacio de trabajo en %1.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The date range ends before it starts: set &quot;to&quot; after &quot;from&quot;.</source>
        <translation>El intervalo de fechas termina antes de empezar: ponga &quot;hasta&quot; después de &quot;desde&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No status is ticked: tick at least one, or click All.</source>
        <translation>No hay ningún estado marcado: marque al menos uno o haga clic en Todos.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1, %2</source>
        <translation>última ejecución %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last run %1</source>
        <translation>última ejecución %1</translation>
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
        <translation>no hay importaciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refetch</source>
        <translation>Volver a obtener</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates %1 to %2</source>
        <translation>fechas del %1 al %2</translation>
    </message>
</context>
<context>
    <name>HistoryClient</name>
    <message numerus="yes">
        <location filename="../app/api/HistoryClient.cpp" line="+93"/>
        <source>Fetch cancelled: the table holds the %n file(s) received so far.</source>
        <translation>
            <numerusform>Obtención cancelada: la tabla contiene el %n archivo recibido hasta ahora.</numerusform>
            <numerusform>Obtención cancelada: la tabla contiene los %n archivos recibidos hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The import holds more files than one fetch follows (%1 pages of 50): narrow the dates or statuses, or fetch single pages.</source>
        <translation>La importación contiene más archivos de los que abarca una obtención (%1 páginas de 50): acote las fechas o los estados, u obtenga páginas sueltas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import kept growing while it was fetched (%1 pages beyond the %2 that page 1 announced): try again later, or narrow the dates.</source>
        <translation>La importación siguió creciendo mientras se obtenía (%1 páginas más de las %2 que anunció la página 1): vuelva a intentarlo más tarde o acote las fechas.</translation>
    </message>
</context>
<context>
    <name>HistoryFetch</name>
    <message>
        <location filename="../app/session/HistoryFetch.cpp" line="+55"/>
        <source>import ID %1</source>
        <translation>ID de importación %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import “%1”</source>
        <translation>importación “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import “%1” (ID %2)</source>
        <translation>importación “%1” (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in workspace “%2”</source>
        <translation>%1 en el espacio de trabajo “%2”</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>What is stored does not reach back as far as this query asks: export it once with --incremental, or without --cached.</source>
        <translation>Lo guardado no llega tan atrás como pide esta consulta: expórtela una vez con --incremental, o sin --cached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is stored for this query yet: export it once without --cached, or with --incremental.</source>
        <translation>Aún no hay nada guardado para esta consulta: expórtela una vez sin --cached, o con --incremental.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Fetch cancelled while the stored history was read.</source>
        <translation>Obtención cancelada mientras se leía el historial guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch cancelled before it started.</source>
        <translation>Obtención cancelada antes de empezar.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>reading the stored history…</source>
        <translation>leyendo el historial guardado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refreshing the answer stored %1…</source>
        <translation>actualizando la respuesta guardada %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page 1…</source>
        <translation>página 1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading the key…</source>
        <translation>leyendo la clave…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the API&apos;s limit of %Ln request(s) a minute</source>
        <translation>
            <numerusform>el límite de la API de %Ln solicitud por minuto</numerusform>
            <numerusform>el límite de la API de %Ln solicitudes por minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the API&apos;s limit of %Ln request(s) per %1 s</source>
        <translation>
            <numerusform>el límite de la API de %Ln solicitud cada %1 s</numerusform>
            <numerusform>el límite de la API de %Ln solicitudes cada %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>asking again in %Ln s (attempt %1 of %2): %3</source>
        <translation>
            <numerusform>se vuelve a pedir en %Ln s (intento %1 de %2): %3</numerusform>
            <numerusform>se vuelve a pedir en %Ln s (intento %1 de %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>waiting %Ln s: the server says the rate limit is reached</source>
        <translation>
            <numerusform>esperando %Ln s: el servidor indica que se alcanzó el límite de frecuencia</numerusform>
            <numerusform>esperando %Ln s: el servidor indica que se alcanzó el límite de frecuencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waiting %Ln s for %1</source>
        <translation>
            <numerusform>esperando %Ln s para respetar %1</numerusform>
            <numerusform>esperando %Ln s para respetar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>queda aproximadamente %Ln min</numerusform>
            <numerusform>quedan aproximadamente %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no answer for %Ln s</source>
        <translation>
            <numerusform>sin respuesta desde hace %Ln s</numerusform>
            <numerusform>sin respuesta desde hace %Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <location filename="../app/api/HistoryQuery.cpp" line="+103"/>
        <source>No import given: set the import ID or the import name.</source>
        <translation>No se indicó ninguna importación: defina el ID o el nombre de la importación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page must be 1 or more, not %1.</source>
        <translation>La página debe ser 1 o más, no %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start date &quot;%1&quot; does not match the date format %2 (for example %3).</source>
        <translation>La fecha de inicio &quot;%1&quot; no coincide con el formato de fecha %2 (por ejemplo, %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date &quot;%1&quot; does not match the date format %2 (for example %3).</source>
        <translation>La fecha de fin &quot;%1&quot; no coincide con el formato de fecha %2 (por ejemplo, %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End date %1 is before start date %2.</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>import ID %1</source>
        <translation>ID de importación %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import &quot;%1&quot;</source>
        <translation>importación &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other statuses</source>
        <translation>otros estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1 only</source>
        <translation>solo la página %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown status &quot;%1&quot;: use one or more of %2.</source>
        <translation>Estado desconocido &quot;%1&quot;: use uno o varios de %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No status given: use one or more of SUCCESSFUL, FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE, PROCESSING, QUEUED, WAITING.</source>
        <translation>No se indicó ningún estado: use uno o varios de SUCCESSFUL, FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE, PROCESSING, QUEUED, WAITING.</translation>
    </message>
</context>
<context>
    <name>HistoryRefresh</name>
    <message>
        <location filename="../app/store/HistoryRefresh.cpp" line="+126"/>
        <source>nothing was stored for this import</source>
        <translation>no había nada guardado para esta importación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh cancelled: the stored history is unchanged.</source>
        <translation>Actualización cancelada: el historial guardado no ha cambiado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The refresh lost its network client: try again.</source>
        <translation>La actualización perdió su cliente de red: vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the API sent the same file twice among the newest ones</source>
        <translation>la API envió el mismo archivo dos veces entre los más recientes</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>more than %n new files: reading the history again costs little more</source>
        <translation>
            <numerusform>más de %n archivo nuevo: volver a leer el historial cuesta poco más</numerusform>
            <numerusform>más de %n archivos nuevos: volver a leer el historial cuesta poco más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the API sent as new a file that is stored further down</source>
        <translation>la API envió como nuevo un archivo que está guardado más abajo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history counts %1 files where the stored ones and the new ones make %2: files vanished or appeared deeper in the history</source>
        <translation>el historial cuenta %1 archivos, pero los guardados y los nuevos suman %2: desaparecieron o aparecieron archivos más abajo en el historial</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the unfinished files deep in the history cost as many requests as reading it again</source>
        <translation>los archivos sin terminar que hay más abajo en el historial cuestan tantas solicitudes como volver a leerlo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a file deeper in the history is not where its position says (%1): files moved</source>
        <translation>un archivo situado más abajo en el historial no está donde indica su posición (%1): se movieron archivos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the history holds fewer files than were stored</source>
        <translation>el historial contiene menos archivos de los que se guardaron</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+226"/>
        <source>The API counts %1 files but sent %2: nothing was stored. Try again later.</source>
        <translation>La API cuenta %1 archivos, pero envió %2: no se guardó nada. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>the history counts fewer files than are stored</source>
        <translation>el historial cuenta menos archivos de los que hay guardados</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the pages below the stored history do not continue it</source>
        <translation>las páginas que siguen al historial guardado no lo continúan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pages below the stored history do not continue it: files moved</source>
        <translation>las páginas que siguen al historial guardado no lo continúan: se movieron archivos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the API sent a stored file again further down</source>
        <translation>la API volvió a enviar más abajo un archivo guardado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history kept changing while it was read (%1): nothing was stored. Try again in a minute.</source>
        <translation>El historial siguió cambiando mientras se leía (%1): no se guardó nada. Vuelva a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the history would hold the file %1 twice</source>
        <translation>el historial contendría dos veces el archivo %1</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>the history kept changing while it was refreshed</source>
        <translation>el historial siguió cambiando mientras se actualizaba</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+131"/>
        <location line="+94"/>
        <location line="+68"/>
        <source>the history shrank while it was refreshed</source>
        <translation>el historial se redujo mientras se actualizaba</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>the newest stored file is no longer in the history</source>
        <translation>el archivo guardado más reciente ya no está en el historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>files were added or removed among the newest ones</source>
        <translation>se añadieron o quitaron archivos entre los más recientes</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../app/store/HistoryStore.cpp" line="+44"/>
        <source>unknown database error</source>
        <translation>error desconocido de la base de datos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>another program holds it locked</source>
        <translation>otro programa lo tiene bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it can only be read</source>
        <translation>solo se puede leer</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>its table %1 is missing</source>
        <translation>falta su tabla %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its table %1 has other columns</source>
        <translation>su tabla %1 tiene otras columnas</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>The stored history %1 cannot be read and could not be moved aside: it is left as it is and nothing is stored until it is moved or deleted.</source>
        <translation>El historial guardado %1 no se puede leer y no se pudo apartar: se deja como está y no se guarda nada hasta que se mueva o se elimine.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+2"/>
        <location line="+53"/>
        <source>it has no schema version</source>
        <translation>no tiene versión de esquema</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>its schema version is %1</source>
        <translation>su versión de esquema es %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The stored history %1 works without its write-ahead log.</source>
        <translation>El historial guardado %1 funciona sin su registro de escritura anticipada.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The stored history %1 can only be read (%2): stored answers are shown, nothing new is stored. Check the file&apos;s and its folder&apos;s permissions, or the disk.</source>
        <translation>El historial guardado %1 solo se puede leer (%2): se muestran las respuestas guardadas, pero no se guarda nada nuevo. Compruebe los permisos del archivo y de su carpeta, o el disco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 cannot be opened (%2): nothing is stored. Check the file&apos;s and its folder&apos;s permissions, and the disk.</source>
        <translation>No se puede abrir el historial guardado %1 (%2): no se guarda nada. Compruebe los permisos del archivo y de su carpeta, y el disco.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored history %1 cannot be opened (%2): it is left as it is and nothing is stored. Check the file&apos;s permissions and the free space.</source>
        <translation>No se puede abrir el historial guardado %1 (%2): se deja como está y no se guarda nada. Compruebe los permisos del archivo y el espacio libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored history %1 is locked by another program (%2): it is left as it is and nothing is stored this time. Close the program that holds it and try again.</source>
        <translation>Otro programa tiene bloqueado el historial guardado %1 (%2): se deja como está y esta vez no se guarda nada. Cierre el programa que lo tiene bloqueado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 was written by a newer ImportScope (schema version %2; this one knows up to %3): it is left as it is and this version stores nothing. Use the newer ImportScope, or move the file away.</source>
        <translation>El historial guardado %1 lo escribió una versión más reciente de ImportScope (versión de esquema %2; esta conoce hasta la %3): se deja como está y esta versión no guarda nada. Use la versión más reciente de ImportScope o mueva el archivo a otra ubicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 is not a readable database (%2): it was moved to %3 and the history starts empty.</source>
        <translation>El historial guardado %1 no es una base de datos legible (%2): se movió a %3 y el historial empieza vacío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 is not an ImportScope history (%2): it was moved to %3 and the history starts empty.</source>
        <translation>El historial guardado %1 no es un historial de ImportScope (%2): se movió a %3 y el historial empieza vacío.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+15"/>
        <source>The stored history of %1 could not be read (%2): it is fetched again.</source>
        <translation>No se pudo leer el historial guardado de %1 (%2): se vuelve a obtener.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>import ID %1</source>
        <translation>ID de importación %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import &quot;%1&quot;</source>
        <translation>importación &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <source>the stored history %1 can only be read</source>
        <translation>el historial guardado %1 solo se puede leer</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>The history of %1 was not stored: %2</source>
        <translation>El historial de %1 no se guardó: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history of %1 could not be stored: the disk is full. The previous one is kept; free some space in %2.</source>
        <translation>No se pudo guardar el historial de %1: el disco está lleno. Se conserva el anterior; libere espacio en %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history of %1 could not be stored: another program holds the stored history locked. The previous one is kept.</source>
        <translation>No se pudo guardar el historial de %1: otro programa tiene bloqueado el historial guardado. Se conserva el anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of %1 could not be stored (%2): the previous one is kept. Check the free space and permissions in %3.</source>
        <translation>No se pudo guardar el historial de %1 (%2): se conserva el anterior. Compruebe el espacio libre y los permisos en %3.</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+31"/>
        <source>The stored history %1 can only be read: nothing was forgotten.</source>
        <translation>El historial guardado %1 solo se puede leer: no se olvidó nada.</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>The stored history cannot be kept: the folder %1 cannot be created. Check its permissions.</source>
        <translation>No se puede conservar el historial guardado: no se puede crear la carpeta %1. Compruebe sus permisos.</translation>
    </message>
    <message>
        <location filename="../app/store/StoreFile.cpp" line="+31"/>
        <source>The stored history %1 cannot be examined (%2).</source>
        <translation>No se puede examinar el historial guardado %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored history %1 is a symbolic link: ImportScope keeps its history only in a regular file and never follows a link there. Nothing is stored; remove the link to let ImportScope create its own file.</source>
        <translation>El historial guardado %1 es un enlace simbólico: ImportScope guarda su historial solo en un archivo normal y nunca sigue un enlace en ese lugar. No se guarda nada; elimine el enlace para que ImportScope cree su propio archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored history %1 is not a regular file: nothing is stored. Move it away to let ImportScope create its own file.</source>
        <translation>El historial guardado %1 no es un archivo normal: no se guarda nada. Muévalo a otra ubicación para que ImportScope cree su propio archivo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The stored history %1 cannot be created (%2). Check the folder&apos;s permissions and free space.</source>
        <translation>No se puede crear el historial guardado %1 (%2). Compruebe los permisos y el espacio libre de la carpeta.</translation>
    </message>
    <message>
        <location filename="../app/store/HistoryStore.cpp" line="+350"/>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>The stored history could not be forgotten (%1).</source>
        <translation>No se pudo olvidar el historial guardado (%1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The stored history could not be read (%1).</source>
        <translation>No se pudo leer el historial guardado (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryTableActions</name>
    <message>
        <location filename="../ui/HistoryTableActions.cpp" line="+28"/>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy file &amp;ID</source>
        <translation>Copiar el &amp;ID del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy row as &amp;JSON</source>
        <translation>Copiar la fila como &amp;JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status &amp;message</source>
        <translation>Copiar el &amp;mensaje de estado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy the selected rows with their header as tab-separated text, for a spreadsheet</source>
        <translation>Copiar las filas seleccionadas con su encabezado como texto separado por tabuladores, para una hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln row(s) copied with their header, tab-separated</source>
        <translation>
            <numerusform>%Ln fila copiada con su encabezado, separada por tabuladores</numerusform>
            <numerusform>%Ln filas copiadas con su encabezado, separadas por tabuladores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File ID copied</source>
        <translation>ID del archivo copiado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row copied as JSON</source>
        <translation>Fila copiada como JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status message copied</source>
        <translation>Mensaje de estado copiado</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="+108"/>
        <source>Shows only the files whose name, ID or status message contains the text</source>
        <translation>Muestra solo los archivos cuyo nombre, ID o mensaje de estado contiene el texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+919"/>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-916"/>
        <location line="+912"/>
        <source>Search files (Ctrl+F)</source>
        <translation>Buscar archivos (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-893"/>
        <source>Import file run history</source>
        <translation>Historial de ejecuciones de archivos de importación</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel fetch</source>
        <translation>Cancelar la obtención</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Reading the key from the keychain…</source>
        <translation>Leyendo la clave del llavero…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the table to CSV or JSON (Ctrl+E)</source>
        <translation>Exportar la tabla a CSV o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy request as c&amp;URL</source>
        <translation>Copiar la solicitud como c&amp;URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a curl command that repeats this query; it reads the key from $%1</source>
        <translation>Copiar un comando curl que repite esta consulta; lee la clave de $%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the import n&amp;ow…</source>
        <translation>Ejecutar la importación a&amp;hora…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fetch an import&apos;s history to run it again.</source>
        <translation>Obtenga el historial de una importación para volver a ejecutarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is still being reached</source>
        <translation>aún se está conectando</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>← Back to the board</source>
        <translation>← Volver al tablero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the board, on the import opened from it (Alt+Left)</source>
        <translation>Volver al tablero, a la importación que se abrió desde él (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading imports…</source>
        <translation>Cargando importaciones…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports not listed: %1</source>
        <translation>No se enumeraron las importaciones: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key for this session</source>
        <translation>Clave para esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain could be reached, so the Data API key of &quot;%1&quot; is not saved.
Enter it to use it until ImportScope closes; it is kept in memory only.</source>
        <translation>No se pudo acceder a ningún llavero, así que la clave de la Data API de &quot;%1&quot; no está guardada.
Introdúzcala para usarla hasta que se cierre ImportScope; solo se guarda en memoria.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a profile first, or add one, or open the demo workspace.</source>
        <translation>Elija primero un perfil, añada uno o abra el espacio de trabajo de demostración.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Cancelled here: the table holds the %Ln file(s) received so far.</source>
        <translation>
            <numerusform>Obtención cancelada en esta ventana: la tabla contiene el %Ln archivo recibido hasta ahora.</numerusform>
            <numerusform>Obtención cancelada en esta ventana: la tabla contiene los %Ln archivos recibidos hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Showing %1 — stored %2, refreshing…</source>
        <translation>Mostrando %1 — respuesta guardada %2, actualizando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fetching %1 (the previous fetch stopped)</source>
        <translation>Obteniendo %1 (la obtención anterior se detuvo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching %1</source>
        <translation>Obteniendo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous fetch stopped: the table holds only the new query.</source>
        <translation>La obtención anterior se detuvo: la tabla contiene solo la nueva consulta.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Showing %1 — %Ln file(s) as stored %2 (not refreshed)</source>
        <translation>
            <numerusform>Mostrando %1 — %Ln archivo tal como se guardó %2 (sin actualizar)</numerusform>
            <numerusform>Mostrando %1 — %Ln archivos tal como se guardaron %2 (sin actualizar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the answer stored at %1 (%2). The refresh did not complete: %3</source>
        <translation>Se muestra la respuesta guardada el %1 (%2). La actualización no se completó: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Showing %1 — cancelled at %2: %Ln file(s), incomplete</source>
        <translation>
            <numerusform>Mostrando %1 — cancelado a las %2: %Ln archivo, incompleto</numerusform>
            <numerusform>Mostrando %1 — cancelado a las %2: %Ln archivos, incompleto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Showing %1 — INCOMPLETE: %Ln file(s) received before the failure</source>
        <translation>
            <numerusform>Mostrando %1 — INCOMPLETO: %Ln archivo recibido antes del fallo</numerusform>
            <numerusform>Mostrando %1 — INCOMPLETO: %Ln archivos recibidos antes del fallo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch failed: %1</source>
        <translation>La obtención falló: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 — %Ln file(s) as stored %2; Fetch (F5) refreshes it</source>
        <translation>
            <numerusform>Mostrando %1 — %Ln archivo tal como se guardó %2; Obtener (F5) lo actualiza</numerusform>
            <numerusform>Mostrando %1 — %Ln archivos tal como se guardaron %2; Obtener (F5) los actualiza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing %1 — %Ln file(s), refreshed %2 with %3 request(s)</source>
        <translation>
            <numerusform>Mostrando %1 — %Ln archivo, actualizado a las %2 (solicitudes: %3)</numerusform>
            <numerusform>Mostrando %1 — %Ln archivos, actualizados a las %2 (solicitudes: %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 — %Ln file(s), fetched %2</source>
        <translation>
            <numerusform>Mostrando %1 — %Ln archivo, obtenido a las %2</numerusform>
            <numerusform>Mostrando %1 — %Ln archivos, obtenidos a las %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The table is incomplete: %1 of %2 pages arrived, and their %Ln file(s) are kept.</source>
        <translation>
            <numerusform>La tabla está incompleta: llegaron %1 de %2 páginas y se conserva su %Ln archivo.</numerusform>
            <numerusform>La tabla está incompleta: llegaron %1 de %2 páginas y se conservan sus %Ln archivos.</numerusform>
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
        <translation>%1 de %2 archivos mostrados · %3 filas · %4 filas fallidas · tasa de fallos %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 files · failure rate %3</source>
        <comment>the status bar&apos;s summary where space is short</comment>
        <translation>%1 de %2 archivos · tasa de fallos %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;h3&gt;No profile yet&lt;/h3&gt;&lt;p&gt;A profile holds a workspace&apos;s data centre, ID and key.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Add a profile…&lt;/a&gt; &amp;nbsp;or&amp;nbsp; &lt;a href=&quot;demo&quot;&gt;open the demo workspace&lt;/a&gt; to look around.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay ningún perfil&lt;/h3&gt;&lt;p&gt;Un perfil guarda el centro de datos, el ID y la clave de un espacio de trabajo.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Añadir un perfil…&lt;/a&gt; &amp;nbsp;o&amp;nbsp; &lt;a href=&quot;demo&quot;&gt;abrir el espacio de trabajo de demostración&lt;/a&gt; para echar un vistazo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Choose a profile&lt;/h3&gt;&lt;p&gt;Pick one of your saved profiles in the toolbar (Alt+P), &lt;a href=&quot;profiles&quot;&gt;manage profiles…&lt;/a&gt; or &lt;a href=&quot;demo&quot;&gt;open the demo workspace&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elija un perfil&lt;/h3&gt;&lt;p&gt;Elija uno de sus perfiles guardados en la barra de herramientas (Alt+F), &lt;a href=&quot;profiles&quot;&gt;gestione los perfiles…&lt;/a&gt; o &lt;a href=&quot;demo&quot;&gt;abra el espacio de trabajo de demostración&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No files&lt;/h3&gt;&lt;p&gt;The import has no files yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay archivos&lt;/h3&gt;&lt;p&gt;La importación aún no tiene archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;No files match&lt;/h3&gt;&lt;p&gt;Nothing matches %1.&lt;/p&gt;&lt;p&gt;Widen the dates or tick more statuses, then fetch again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ningún archivo coincide&lt;/h3&gt;&lt;p&gt;Nada coincide con %1.&lt;/p&gt;&lt;p&gt;Amplíe las fechas o marque más estados y vuelva a obtener.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;No fetched file matches &quot;%1&quot;&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;clear-search&quot;&gt;Clear the search&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ningún archivo obtenido coincide con &quot;%1&quot;&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;clear-search&quot;&gt;Borrar la búsqueda&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;h3&gt;No fetched file is %1&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Show all %Ln file(s)&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Ningún archivo obtenido en “%1”&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Mostrar %Ln archivo&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Ningún archivo obtenido en “%1”&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Mostrar los %Ln archivos&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Ready&lt;/h3&gt;&lt;p&gt;Pick an import and press &lt;b&gt;Fetch&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Listo&lt;/h3&gt;&lt;p&gt;Elija una importación y pulse &lt;b&gt;Obtener&lt;/b&gt; (F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Table, trends, triage and board</source>
        <translation>Tabla, tendencias, triaje y tablero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show all days</source>
        <translation>Mostrar todos los días</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;able</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tre&amp;nds</source>
        <translation>Tendencia&amp;s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing only the files of %1 (chosen in Trends)</source>
        <translation>Solo se muestran los archivos del %1 (elegido en Tendencias)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to export yet: fetch an import first.</source>
        <translation>Aún no hay nada que exportar: obtenga primero una importación.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a profile and an import first: the command repeats a query.</source>
        <translation>Elija primero un perfil y una importación: el comando repite una consulta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied a curl command for page %1 of this query. Set $%2 to the workspace&apos;s Data API key before running it.</source>
        <translation>Se copió un comando curl para la página %1 de esta consulta. Antes de ejecutarlo, defina $%2 con la clave de la Data API del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tria&amp;ge</source>
        <translation>Tria&amp;je</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all files</source>
        <translation>Mostrar todos los archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every fetched file again, not only those of the cause chosen in Triage</source>
        <translation>Volver a mostrar todos los archivos obtenidos, no solo los de la causa elegida en Triaje</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Showing the %Ln file(s) of cause “%1” (chosen in Triage)</source>
        <translation>
            <numerusform>Se muestra el %Ln archivo de la causa “%1” (elegida en Triaje)</numerusform>
            <numerusform>Se muestran los %Ln archivos de la causa “%1” (elegida en Triaje)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No causes to export: fetch an import with failed files first.</source>
        <translation>No hay causas que exportar: obtenga primero una importación con archivos fallidos.</translation>
    </message>
</context>
<context>
    <name>ImportHealth</name>
    <message>
        <location filename="../app/model/ImportHealth.cpp" line="+62"/>
        <source>failing: the last completed run %1 at %2</source>
        <translation>con fallos: la última ejecución completada terminó en %1 el %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale: no run since %1, one was due about every %2</source>
        <translation>con retraso: ninguna ejecución desde el %1, y tocaba una aproximadamente cada %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partly failing: the last completed run was PARTIAL_SUCCESS at %1</source>
        <translation>con fallos parciales: la última ejecución completada terminó en PARTIAL_SUCCESS el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worse than usual: %1 % of files failed in the span, %2 % before</source>
        <translation>peor de lo habitual: falló el %1 % de los archivos en el periodo, frente al %2 % de antes</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>stuck: %n file(s) unfinished for longer than %1</source>
        <translation>
            <numerusform>con archivos atascados: %n archivo sin terminar desde hace más de %1</numerusform>
            <numerusform>con archivos atascados: %n archivos sin terminar desde hace más de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportScan</name>
    <message>
        <location filename="../app/session/ImportScan.cpp" line="+67"/>
        <source>the workspace could not be connected</source>
        <translation>no se pudo conectar con el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>nothing is stored for it</source>
        <translation>no hay nada guardado para esta importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Details did not answer within %1, and nothing is stored for it</source>
        <translation>Import Details no respondió en %1 y no hay nada guardado para esta importación</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 Nothing is stored for it.</source>
        <translation>%1 No hay nada guardado para esta importación.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>not refreshed, and nothing is stored for it</source>
        <translation>no se actualizó y no hay nada guardado para esta importación</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no import with this ID in the chosen workspaces (Import Details lists none)</source>
        <translation>ninguna importación con este ID en los espacios de trabajo elegidos (Import Details no muestra ninguna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no import by this name in the chosen workspaces (Import Details lists none; names are matched exactly)</source>
        <translation>ninguna importación con este nombre en los espacios de trabajo elegidos (Import Details no muestra ninguna; los nombres deben coincidir exactamente)</translation>
    </message>
</context>
<context>
    <name>ImportsClient</name>
    <message numerus="yes">
        <location filename="../app/api/ImportsClient.cpp" line="+10"/>
        <source>Authenticated: the workspace lists %n import(s) (HTTP 200).</source>
        <translation>
            <numerusform>Autenticado: el espacio de trabajo tiene %n importación (HTTP 200).</numerusform>
            <numerusform>Autenticado: el espacio de trabajo tiene %n importaciones (HTTP 200).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong workspace ID or key (HTTP %1).</source>
        <translation>ID del espacio de trabajo o clave incorrectos (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is blocked (HTTP %1).</source>
        <translation>La cuenta está bloqueada (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited (HTTP 429): try again in a minute.</source>
        <translation>Límite de frecuencia alcanzado (HTTP 429): vuelva a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS failure: %1</source>
        <translation>Fallo de TLS: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host unreachable: %1</source>
        <translation>Host inaccesible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The workspace&apos;s list of imports kept growing while it was read (%1 pages, page 1 announced %2): try again later.</source>
        <translation>La lista de importaciones del espacio de trabajo siguió creciendo mientras se leía (%1 páginas; la página 1 anunció %2): vuelva a intentarlo más tarde.</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST RUN</source>
        <translation>ÚLTIMA EJECUCIÓN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST RUN AT</source>
        <translation>FECHA DE ÚLTIMA EJECUCIÓN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the workspace&apos;s imports (Import Details API).</source>
        <translation>Enumera las importaciones del espacio de trabajo (API Import Details).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default) or json.</source>
        <translation>table (predeterminado) o json.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation>--format debe ser table o json, no &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+129"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Profile: </source>
        <translation>Per&amp;fil: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  PRODUCTION  </source>
        <translation>  PRODUCCIÓN  </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is marked as a production workspace.</source>
        <translation>Este perfil está marcado como espacio de trabajo de producción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gestionar perfiles…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Obtener</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Cancel fetch</source>
        <translation>&amp;Cancelar la obtención</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show times in &amp;local time zone</source>
        <translation>Mostrar horas en la zona horaria &amp;local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in this computer&apos;s zone instead of the workspace&apos;s</source>
        <translation>Mostrar las horas en la zona de este equipo en lugar de la del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details pane</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the boa&amp;rd</source>
        <translation>&amp;Volver al tablero</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile&amp;s</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImportScope</source>
        <translation>&amp;Acerca de ImportScope</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [PRODUCCIÓN]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · workspace %2</source>
        <translation>%1 · espacio de trabajo %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo workspace (built in)</source>
        <translation>Espacio de trabajo de demostración (integrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Opened from the board: %1</source>
        <translation>Abierta desde el tablero: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Tria&amp;ge</source>
        <translation>Tria&amp;je</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Stat&amp;us board</source>
        <translation>Ta&amp;blero de estado</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>T&amp;able</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre&amp;nds</source>
        <translation>Tendencia&amp;s</translation>
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
        <translation>Acerca de ImportScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ImportScope %1&lt;/h3&gt;&lt;p&gt;Browse, search and export MoEngage import file run history.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;i&gt;ImportScope is an independent tool. It is not affiliated with, endorsed by or supported by MoEngage.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ImportScope %1&lt;/h3&gt;&lt;p&gt;Explore, busque y exporte el historial de ejecuciones de archivos de importación de MoEngage.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (ejecutándose con Qt %3).&lt;/p&gt;&lt;p&gt;Licencia: MIT.&lt;/p&gt;&lt;p&gt;&lt;i&gt;ImportScope es una herramienta independiente. No está afiliada a MoEngage ni cuenta con su respaldo o su soporte.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemoryBrake</name>
    <message>
        <location filename="../app/api/MemoryBrake.cpp" line="+53"/>
        <source>%1 sent an endless answer to an authentication challenge (HTTP 401 or 407), which is read whole before any of it can be checked: ImportScope stopped when it had grown by %2 MB, before running out of memory. Check the base URL.</source>
        <translation>%1 envió una respuesta sin fin a una solicitud de autenticación (HTTP 401 o 407), que se lee entera antes de poder comprobar nada: ImportScope se detuvo al crecer %2 MB, antes de quedarse sin memoria. Compruebe la URL base.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/MessageBanner.cpp" line="+15"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;profile…</source>
        <translation>Abrir perfi&amp;l…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a profile…</source>
        <translation>Añadir &amp;un perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de de&amp;mostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the key for this &amp;session…</source>
        <translation>Introducir la clave para esta &amp;sesión…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+29"/>
        <source>Preferences - ImportScope</source>
        <translation>Preferencias - ImportScope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies when ImportScope is started again.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie ImportScope.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The environment variable IMPORTSCOPE_LANG=%1 is set and wins over this setting.</source>
        <translation>La variable de entorno IMPORTSCOPE_LANG=%1 está definida y prevalece sobre este ajuste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored history</source>
        <translation>Historial guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget this &amp;profile&apos;s</source>
        <translation>Olvidar el de este &amp;perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget all</source>
        <translation>&amp;Olvidar todo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forget the stored history of profile &quot;%1&quot;? Its imports are then fetched from the API again. Nothing is deleted before you press OK.</source>
        <translation>¿Olvidar el historial guardado del perfil &quot;%1&quot;? Sus importaciones se volverán a obtener de la API. No se elimina nada hasta que pulse Aceptar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the stored history of every profile? Every import is then fetched from the API again. Nothing is deleted before you press OK.</source>
        <translation>¿Olvidar el historial guardado de todos los perfiles? Todas las importaciones se volverán a obtener de la API. No se elimina nada hasta que pulse Aceptar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Forget stored history</source>
        <translation>Olvidar el historial guardado</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Every stored history will be forgotten when you press OK (%1 on disk now).</source>
        <translation>Todo el historial guardado se olvidará cuando pulse Aceptar (ahora ocupa %1 en disco).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stored history of profile &quot;%1&quot; will be forgotten when you press OK: %Ln import(s).</source>
        <translation>
            <numerusform>El historial guardado del perfil &quot;%1&quot; se olvidará cuando pulse Aceptar: %Ln importación.</numerusform>
            <numerusform>El historial guardado del perfil &quot;%1&quot; se olvidará cuando pulse Aceptar: %Ln importaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 on disk: %Ln import(s) with %2 file(s).</source>
        <translation>
            <numerusform>%1 en disco: %Ln importación (archivos: %2).</numerusform>
            <numerusform>%1 en disco: %Ln importaciones (archivos: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oldest refresh: %1.</source>
        <translation>Actualización más antigua: %1.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/profiles/Profile.cpp" line="+27"/>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name cannot contain line breaks or other control characters.</source>
        <translation>El nombre del perfil no puede contener saltos de línea ni otros caracteres de control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile named &quot;%1&quot; already exists: choose another name.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;: elija otro nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose either a data centre or a custom base URL, not both.</source>
        <translation>Elija un centro de datos o una URL base personalizada, no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a data centre or enter a custom base URL.</source>
        <translation>Elija un centro de datos o introduzca una URL base personalizada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the workspace ID (the App ID shown in MoEngage under Settings &gt; APIs).</source>
        <translation>Introduzca el ID del espacio de trabajo (el App ID que MoEngage muestra en Settings &gt; APIs).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as UTC or Europe/Berlin.</source>
        <translation>Zona horaria desconocida &quot;%1&quot;: use un nombre IANA como UTC o Europe/Madrid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The extra trusted certificate: %1</source>
        <translation>Certificado de confianza adicional: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile &quot;%1&quot; has no API key: enter it in the profile.</source>
        <translation>El perfil &quot;%1&quot; no tiene clave de API: introdúzcala en el perfil.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="+68"/>
        <source>(see importscope profile --help)</source>
        <translation>(consulte importscope profile --help)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;profile list&quot; takes no arguments (see importscope profile --help).</source>
        <translation>&quot;profile list&quot; no admite argumentos (consulte importscope profile --help).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profiles yet: add one with &quot;importscope profile add&quot;.</source>
        <translation>Aún no hay perfiles: añada uno con &quot;importscope profile add&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENDPOINT</source>
        <translation>PUNTO DE ACCESO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WORKSPACE ID</source>
        <translation>ID DEL ESPACIO DE TRABAJO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME ZONE</source>
        <translation>ZONA HORARIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No API key on standard input: pipe the key in, for example &quot;importscope profile add ... --api-key-stdin &lt; keyfile&quot;.</source>
        <translation>No hay clave de API en la entrada estándar: pásela por una tubería, por ejemplo &quot;importscope profile add ... --api-key-stdin &lt; keyfile&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No API key: set MOE_API_KEY or pass --api-key-stdin and pipe the key in.</source>
        <translation>No hay clave de API: defina MOE_API_KEY o use --api-key-stdin y pase la clave por una tubería.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is never a command-line value: use --api-key-stdin or the environment variable MOE_API_KEY.</source>
        <translation>La clave de API nunca es un valor de la línea de comandos: use --api-key-stdin o la variable de entorno MOE_API_KEY.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give --proxy or --no-proxy, not both.</source>
        <translation>Indique --proxy o --no-proxy, no ambos.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Profile &quot;%1&quot; was saved without its proxy password.</source>
        <translation>El perfil &quot;%1&quot; se guardó sin la contraseña del proxy.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Data centre.</source>
        <translation>Centro de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL.</source>
        <translation>URL base personalizada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace ID.</source>
        <translation>ID del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the key from standard input.</source>
        <translation>Leer la clave de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace time zone.</source>
        <translation>Zona horaria del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as production.</source>
        <translation>Marcar como producción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted certificate (PEM).</source>
        <translation>Certificado de confianza adicional (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile&apos;s own HTTP proxy.</source>
        <translation>Proxy HTTP propio del perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect directly.</source>
        <translation>Conectar directamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name.</source>
        <translation>Nombre del perfil.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>&quot;profile add&quot; needs exactly one NAME (quote a name with spaces); see importscope profile --help.</source>
        <translation>&quot;profile add&quot; necesita exactamente un NAME (ponga entre comillas un nombre con espacios); consulte importscope profile --help.</translation>
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
        <translation>Uso: importscope profile list
     importscope profile add NAME (--dc DC | --base-url URL) --workspace-id ID
                             [--api-key-stdin] [--tz ZONE] [--production]
                             [--ca-file PEM] [--proxy URL | --no-proxy]
     importscope profile remove NAME
     importscope profile test NAME
DC es uno de %1. La clave de API se lee de la entrada estándar con --api-key-stdin o, si no,
de la variable de entorno MOE_API_KEY, y se guarda en el llavero del sistema; nunca es un
valor de la línea de comandos y nunca se imprime. --ca-file guarda los certificados del archivo
PEM como certificado de confianza adicional del perfil; --proxy http://[USER@]HOST:PORT es el
proxy propio del perfil (su contraseña, tomada de IMPORTSCOPE_PROXY_PASSWORD, va al llavero),
--no-proxy conecta directamente; de forma predeterminada se usa el proxy del sistema.
</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Give either --dc or --base-url (exactly one of them).</source>
        <translation>Indique --dc o --base-url (exactamente uno de los dos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing --workspace-id.</source>
        <translation>Falta --workspace-id.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Profile &quot;%1&quot; was not saved.</source>
        <translation>El perfil &quot;%1&quot; no se guardó.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added profile &quot;%1&quot;; its key is in the keychain.</source>
        <translation>Se añadió el perfil &quot;%1&quot;; su clave está en el llavero.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;profile remove&quot; needs exactly one NAME; see importscope profile --help.</source>
        <translation>&quot;profile remove&quot; necesita exactamente un NAME; consulte importscope profile --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profile named &quot;%1&quot; (see importscope profile list).</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot; (consulte importscope profile list).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile &quot;%1&quot; was not removed.</source>
        <translation>El perfil &quot;%1&quot; no se eliminó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed profile &quot;%1&quot; and its key.</source>
        <translation>Se eliminaron el perfil &quot;%1&quot; y su clave.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;profile test&quot; needs exactly one NAME; see importscope profile --help.</source>
        <translation>&quot;profile test&quot; necesita exactamente un NAME; consulte importscope profile --help.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Missing profile command: use list, add, remove or test (see importscope profile --help).</source>
        <translation>Falta el comando de perfil: use list, add, remove o test (consulte importscope profile --help).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown profile command &quot;%1&quot;: use list, add, remove or test.</source>
        <translation>Comando de perfil desconocido &quot;%1&quot;: use list, add, remove o test.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+9"/>
        <location line="+9"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved connection profiles; production profiles are marked PRODUCTION</source>
        <translation>Perfiles de conexión guardados; los de producción están marcados con PRODUCCIÓN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicat&amp;e</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ProfileDialog.cpp" line="+394"/>
        <location line="+18"/>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data &amp;centre:</source>
        <translation>Cen&amp;tro de datos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data centre</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://host[:port]</source>
        <translation>https://host[:port]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workspace ID:</source>
        <translation>&amp;ID del espacio de trabajo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace ID</source>
        <translation>ID del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data API &amp;key:</source>
        <translation>Cla&amp;ve de la Data API:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/ProfileDialog.cpp" line="-218"/>
        <source>Data API key</source>
        <translation>Clave de la Data API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace time zone</source>
        <translation>Zona horaria del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Production workspace</source>
        <translation>Espacio de trabajo de &amp;producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production workspace</source>
        <translation>Espacio de trabajo de producción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production profile</source>
        <translation>Perfil de producción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extra trusted certi&amp;ficate:</source>
        <translation>Certificado de &amp;confianza adicional:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/ProfileDialog.cpp" line="+59"/>
        <source>Extra trusted certificate</source>
        <translation>Certificado de confianza adicional</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an extra trusted certificate</source>
        <translation>Elegir un certificado de confianza adicional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file: your organisation&apos;s certificate authority, or the root certificate of a proxy that inspects TLS. Trusted for this profile only, besides the system&apos;s certificates.</source>
        <translation>Un archivo PEM: la autoridad de certificación de su organización o el certificado raíz de un proxy que inspecciona TLS. Solo se confía en él para este perfil, además de en los certificados del sistema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the extra trusted certificate</source>
        <translation>Quitar el certificado de confianza adicional</translation>
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
        <translation>URL del proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://[user@]host:port</source>
        <translation>http://[user@]host:port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prox&amp;y password:</source>
        <translation>Contraseña del prox&amp;y:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input problem</source>
        <translation>Problema de entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test c&amp;onnection</source>
        <translation>Pr&amp;obar conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert changes</source>
        <translation>Revertir los cambios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="-221"/>
        <source>Profiles - ImportScope</source>
        <translation>Perfiles - ImportScope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom URL...</source>
        <translation>URL personalizada...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system&apos;s settings</source>
        <translation>Configuración del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [PRODUCCIÓN]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>En el llavero; escriba otra contraseña para sustituirla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation>En el llavero; escriba otra clave para sustituirla</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied from the original profile</source>
        <translation>Copiada del perfil original</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None: the system&apos;s certificates only.</source>
        <translation>Ninguno: solo los certificados del sistema.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
issued by %2
valid until %3
SHA-256 %4</source>
        <translation>%1
emitido por %2
válido hasta el %3
SHA-256 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the Data API key of the workspace.</source>
        <translation>Introduzca la clave de la Data API del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the profile &quot;%1&quot;? Its API key is removed from the keychain too.</source>
        <translation>¿Eliminar el perfil &quot;%1&quot;? Su clave de API también se quitará del llavero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting...</source>
        <translation>Eliminando...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted &quot;%1&quot; and its key.</source>
        <translation>Se eliminaron &quot;%1&quot; y su clave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

Delete the profile &quot;%2&quot; anyway? Its key may stay in the keychain.</source>
        <translation>%1

¿Eliminar el perfil &quot;%2&quot; de todos modos? Su clave puede quedar en el llavero.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted &quot;%1&quot;; its key could not be removed from the keychain.</source>
        <translation>Se eliminó &quot;%1&quot;; su clave no se pudo quitar del llavero.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the original profile&apos;s key from the keychain...</source>
        <translation>Leyendo del llavero la clave del perfil original...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the key to save the copy.</source>
        <translation>Escriba la clave para guardar la copia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Saving the key in the keychain...</source>
        <translation>Guardando la clave en el llavero...</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saved. The key is in the keychain.</source>
        <translation>Guardado. La clave está en el llavero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved without the key: it is kept in memory for this session only.</source>
        <translation>Guardado sin la clave: se conserva en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The new key is in the keychain.</source>
        <translation>Guardado. La clave nueva está en el llavero.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved; the new key is kept in memory for this session only.</source>
        <translation>Guardado; la clave nueva se conserva en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Use the key for this session only? It is kept in memory, never written, and asked for again next time.</source>
        <translation>%1

¿Usar la clave solo durante esta sesión? Se conserva en memoria, nunca se escribe y se volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the proxy password in the keychain...</source>
        <translation>Guardando la contraseña del proxy en el llavero...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy password was not saved.</source>
        <translation>La contraseña del proxy no se guardó.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing...</source>
        <translation>Probando...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the key from the keychain...</source>
        <translation>Leyendo la clave del llavero...</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+158"/>
        <source>The settings in %1 were written by a newer ImportScope (format %2): update ImportScope before changing profiles.</source>
        <translation>La configuración de %1 la escribió una versión más reciente de ImportScope (formato %2): actualice ImportScope antes de cambiar perfiles.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not write the settings file %1: check that its folder exists and is writable.</source>
        <translation>No se pudo escribir el archivo de configuración %1: compruebe que su carpeta existe y admite escritura.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write the settings file %1: check that it is writable.</source>
        <translation>No se pudo escribir el archivo de configuración %1: compruebe que admite escritura.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <location line="+28"/>
        <source>Enter the Data API key of the workspace.</source>
        <translation>Introduzca la clave de la Data API del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The profile &quot;%1&quot; no longer exists: it may have been removed meanwhile.</source>
        <translation>El perfil &quot;%1&quot; ya no existe: puede que se haya eliminado mientras tanto.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That profile no longer exists: it may have been removed meanwhile.</source>
        <translation>Ese perfil ya no existe: puede que se haya eliminado mientras tanto.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../app/api/ResponseParser.cpp" line="+130"/>
        <source>The response is not valid JSON (a raw control character inside a string at byte %1).</source>
        <translation>La respuesta no es JSON válido (un carácter de control sin escapar dentro de una cadena en el byte %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response is JSON but not an object.</source>
        <translation>La respuesta es JSON pero no un objeto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The response&apos;s status is &quot;%1&quot;, not &quot;success&quot;.</source>
        <translation>El status de la respuesta es &quot;%1&quot;, no &quot;success&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response describes a schema (&quot;items&quot;) instead of carrying data.</source>
        <translation>La respuesta describe un esquema (&quot;items&quot;) en lugar de contener datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response&apos;s total_count is missing or not a whole number.</source>
        <translation>El campo total_count de la respuesta falta o no es un número entero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response&apos;s offset is not a page number.</source>
        <translation>El campo offset de la respuesta no es un número de página.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response&apos;s more_files is neither true nor false.</source>
        <translation>El campo more_files de la respuesta no es ni true ni false.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response&apos;s data is neither a list nor null.</source>
        <translation>El campo data de la respuesta no es ni una lista ni null.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a file entry is not an object</source>
        <translation>una entrada de archivo no es un objeto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a file entry has no id</source>
        <translation>una entrada de archivo no tiene id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file %1: file_name is not text</source>
        <translation>archivo %1: file_name no es texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1: status_msg is not text</source>
        <translation>archivo %1: status_msg no es texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file %1: file_status is missing</source>
        <translation>archivo %1: falta file_status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file %1: type is not text</source>
        <translation>archivo %1: type no es texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>file %1: %2 is not text</source>
        <translation>archivo %1: %2 no es texto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>file %1: %2 is missing</source>
        <translation>archivo %1: falta %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1: %2 is not a whole number of 0 or more</source>
        <translation>archivo %1: %2 no es un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The response carries %1 files on one page; a page holds at most %2.</source>
        <translation>La respuesta contiene %1 archivos en una página; una página contiene como máximo %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response is not in the documented shape: %1.</source>
        <translation>La respuesta no tiene la forma documentada: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The response counts %1 file(s) but carries none.</source>
        <translation>
            <numerusform>La respuesta cuenta %1 archivo, pero no contiene ninguno.</numerusform>
            <numerusform>La respuesta cuenta %1 archivos, pero no contiene ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The response lists %1 imports on one page; a page holds at most %2.</source>
        <translation>La respuesta enumera %1 importaciones en una página; una página contiene como máximo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not in the documented shape: an import entry is not an object.</source>
        <translation>La respuesta no tiene la forma documentada: una entrada de importación no es un objeto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The response is not in the documented shape: an import&apos;s %1 is not text.</source>
        <translation>La respuesta no tiene la forma documentada: el %1 de una importación no es texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not in the documented shape: an import has no import_id.</source>
        <translation>La respuesta no tiene la forma documentada: una importación no tiene import_id.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The response is not in the documented shape: total_files is not a number.</source>
        <translation>La respuesta no tiene la forma documentada: total_files no es un número.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The API says the MOE-APPKEY header is missing (HTTP 401): set the workspace ID.</source>
        <translation>La API indica que falta la cabecera MOE-APPKEY (HTTP 401): defina el ID del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API says the workspace ID in MOE-APPKEY does not match the credentials (HTTP 401): check the workspace ID.</source>
        <translation>La API indica que el ID del espacio de trabajo de MOE-APPKEY no coincide con las credenciales (HTTP 401): compruebe el ID del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication failed (HTTP 401): check the workspace ID and the Data API key.</source>
        <translation>Falló la autenticación (HTTP 401): compruebe el ID del espacio de trabajo y la clave de la Data API.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access refused (HTTP 403%1): the account may be blocked; contact MoEngage support.</source>
        <translation>Acceso denegado (HTTP 403%1): puede que la cuenta esté bloqueada; contacte con el soporte de MoEngage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API&apos;s rate limit stayed exceeded (HTTP 429): wait a minute and try again, or use a lower --rate-limit.</source>
        <translation>El límite de frecuencia de la API siguió superado (HTTP 429): espere un minuto y vuelva a intentarlo, o use un --rate-limit menor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MoEngage server failed (HTTP %1) after several attempts: try again later.</source>
        <translation>El servidor de MoEngage falló (HTTP %1) tras varios intentos: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API found no such import (HTTP 400, &quot;Import Doesn&apos;t Exist&quot;): check the import ID or name, and the page number.</source>
        <translation>La API no encontró esa importación (HTTP 400, &quot;Import Doesn&apos;t Exist&quot;): compruebe el ID o el nombre de la importación y el número de página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API refused the dates (HTTP 400, &quot;Invalid Date format&quot;): write them exactly in the chosen format.</source>
        <translation>La API rechazó las fechas (HTTP 400, &quot;Invalid Date format&quot;): escríbalas exactamente en el formato elegido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API could not process the request (HTTP 400): a status or type may be in the wrong case.</source>
        <translation>La API no pudo procesar la solicitud (HTTP 400): puede que un estado o un tipo no tenga las mayúsculas correctas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API has no such endpoint (HTTP 404): check the data centre or base URL.</source>
        <translation>La API no tiene ese endpoint (HTTP 404): compruebe el centro de datos o la URL base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request&apos;s form (HTTP %1): is the base URL a MoEngage File Imports API?</source>
        <translation>El servidor rechazó la forma de la solicitud (HTTP %1): ¿es la URL base una API File Imports de MoEngage?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API refused the request (HTTP %1%2).</source>
        <translation>La API rechazó la solicitud (HTTP %1%2).</translation>
    </message>
</context>
<context>
    <name>RowCountsBar</name>
    <message>
        <location filename="../ui/RowCountsBar.cpp" line="+23"/>
        <source>Row counts bar</source>
        <translation>Barra de recuento de filas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 added, %2 updated, %3 skipped, %4 failed</source>
        <translation>%1 añadidas, %2 actualizadas, %3 omitidas, %4 fallidas</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>added</source>
        <translation>añadidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>actualizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>omitidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/profiles/SecretStore.cpp" line="+44"/>
        <source>The keychain did not answer within %1 s (it may be waiting for an unlock prompt): unlock it and try again, or use the key for this run only.</source>
        <translation>El llavero no respondió en %1 s (puede que esté esperando a que se desbloquee): desbloquéelo y vuelva a intentarlo, o use la clave solo para esta ejecución.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keychain service is running (org.freedesktop.secrets): start gnome-keyring or KWallet, or use the key for this run only.</source>
        <translation>No hay ningún servicio de llavero en ejecución (org.freedesktop.secrets): inicie gnome-keyring o KWallet, o use la clave solo para esta ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available on this system: use the key for this run only.</source>
        <translation>No hay ningún llavero disponible en este sistema: use la clave solo para esta ejecución.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked or refused access: unlock it (for example in Seahorse or KWallet Manager) and try again, or use the key for this run only.</source>
        <translation>El llavero está bloqueado o denegó el acceso: desbloquéelo (por ejemplo, en Seahorse o KWallet Manager) y vuelva a intentarlo, o use la clave solo para esta ejecución.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain reported an error without saying which.</source>
        <translation>El llavero informó de un error sin indicar cuál.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain holds no API key for this profile: enter the key again in the profile (or unlock the keychain if it is locked).</source>
        <translation>El llavero no contiene ninguna clave de API para este perfil: vuelva a introducir la clave en el perfil (o desbloquee el llavero si está bloqueado).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/session/Session.cpp" line="+131"/>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo workspace — %1</source>
        <translation>Espacio de trabajo de demostración — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No profile named &quot;%1&quot; (see importscope profile list).</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot; (consulte importscope profile list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message>
        <location filename="../ui/StatusChips.cpp" line="+69"/>
        <source>Show only: %1 (no new request)</source>
        <translation>Mostrar solo: %1 (sin nueva solicitud)</translation>
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
            <numerusform>Mostrar %1: %Ln archivo</numerusform>
            <numerusform>Mostrar %1: %Ln archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusGroup</name>
    <message>
        <location filename="../app/model/StatusGroup.cpp" line="+38"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Parciales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every fetched file</source>
        <translation>Todos los archivos obtenidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and any status that is not a success and not still in progress</source>
        <translation>FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE y cualquier estado que no sea un éxito ni siga en curso</translation>
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
        <translation>Uso: importscope store info [--profile NAME]
     importscope store forget [--profile NAME]
info muestra el tamaño, las importaciones, los archivos y la actualización más
antigua del historial guardado; forget lo elimina, para todos los perfiles o
solo para NAME.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No profile named &quot;%1&quot;: see importscope profile list.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot;: consulte importscope profile list.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Only this profile&apos;s stored history.</source>
        <translation>Solo el historial guardado de este perfil.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Forgot the stored history of profile &quot;%1&quot;.</source>
        <translation>Se olvidó el historial guardado del perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot the stored history of every profile.</source>
        <translation>Se olvidó el historial guardado de todos los perfiles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored history: %1</source>
        <translation>Historial guardado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Tamaño: %1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports: %1</source>
        <translation>Importaciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers kept from an older version: %1</source>
        <translation>Respuestas conservadas de una versión anterior: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest refresh: %1 (%2)</source>
        <translation>Actualización más antigua: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oldest refresh: none (nothing is stored)</source>
        <translation>Actualización más antigua: ninguna (no hay nada guardado)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown store command &quot;%1&quot;.
%2</source>
        <translation>Comando store desconocido &quot;%1&quot;.
%2</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../app/common/TimeText.cpp" line="+20"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/TrendsView.cpp" line="+49"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Successful</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued or waiting</source>
        <translation>En cola o en espera</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Show all days</source>
        <translation>Mostrar todos los días</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;h3&gt;No trends yet&lt;/h3&gt;&lt;p&gt;Fetch an import: its files are summed up here per day.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay tendencias&lt;/h3&gt;&lt;p&gt;Obtenga una importación: sus archivos se resumen aquí por día.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Files: %1 · days: %2, %3 to %4 · days in %5 by scheduled time</source>
        <translation>Archivos: %1 · días: %2, del %3 al %4 · días en %5 según la hora programada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · not shown, without a scheduled time: %1</source>
        <translation> · no se muestran, sin hora programada: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+126"/>
        <source>Files per day</source>
        <translation>Archivos por día</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Partial failure</source>
        <translation>Fallo parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial success</source>
        <translation>Éxito parcial</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Rows per day</source>
        <translation>Filas por día</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 of %2 fetched, as the table&apos;s filter shows</source>
        <translation>%1 de %2 obtenidos, según el filtro de la tabla</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows per day and failure rate</source>
        <translation>Filas por día y tasa de fallos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed rows</source>
        <translation>Filas fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added rows</source>
        <translation>Filas añadidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated rows</source>
        <translation>Filas actualizadas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failure rate (failed ÷ total rows)</source>
        <translation>Tasa de fallos (filas fallidas ÷ total de filas)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure rate (%)</source>
        <translation>Tasa de fallos (%)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Return shows only this day in the table</source>
        <translation>Intro muestra solo este día en la tabla</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No files</source>
        <translation>Sin archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1 (%2)</source>
        <translation>Archivos: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows: %1 total · %2 added · %3 updated · %4 failed</source>
        <translation>Filas: %1 en total · %2 añadidas · %3 actualizadas · %4 fallidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure rate: %1 %</source>
        <translation>Tasa de fallos: %1 %</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Click to show only this day in the table</source>
        <translation>Haga clic para mostrar solo este día en la tabla</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>The table shows only %1</source>
        <translation>La tabla muestra solo el %1</translation>
    </message>
</context>
<context>
    <name>TriageCommand</name>
    <message>
        <location filename="../app/cli/TriageCommand.cpp" line="+72"/>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format debe ser table, csv o json, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sort must be files or failed-rows, not &quot;%1&quot;.</source>
        <translation>--sort debe ser files o failed-rows, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>FILES</source>
        <translation>ARCHIVOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED ROWS</source>
        <translation>FILAS FALLIDAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMPORTS</source>
        <translation>IMPORTACIONES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEW</source>
        <translation>NUEVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SEEN</source>
        <translation>ÚLTIMA APARICIÓN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAUSE</source>
        <translation>CAUSA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: nothing is stored for this workspace yet; run triage once without --cached.</source>
        <translation>%1: aún no hay nada guardado para este espacio de trabajo; ejecute triage una vez sin --cached.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Group the failed and partly failed files of one or more imports by cause (the status message with numbers, values, names of files, addresses and times masked), most files first.

--profile may be given again for more workspaces; without --profile or --base-url, every saved profile. Without --import-id or --import-name: every import of those workspaces (with --cached, every import stored for them). The workspaces are read at once, each on its own budget. Each import&apos;s history is refreshed in the stored history first, with as few requests as it needs, so a second run costs a request or two per import.

Exit codes as for export: 0 done (also when nothing failed), 1 local failure, 2 bad command line, 3 authentication refused, 4 request rejected or nothing stored (--cached), 5 network or server failure after retries, 130 interrupted.</source>
        <translation>Agrupa por causa los archivos fallidos y parcialmente fallidos de una o varias importaciones (el mensaje de estado, con los números, los valores, los nombres de archivo, las direcciones y las horas enmascarados); primero, las causas con más archivos.

--profile se puede repetir para indicar más espacios de trabajo; sin --profile ni --base-url, todos los perfiles guardados. Sin --import-id ni --import-name: todas las importaciones de esos espacios de trabajo (con --cached, todas las importaciones guardadas para ellos). Los espacios de trabajo se leen a la vez, cada uno con su propio cupo de solicitudes. Primero se actualiza el historial de cada importación en el historial guardado, con tan pocas solicitudes como necesite, así que una segunda ejecución cuesta una o dos solicitudes por importación.

Códigos de salida como en export: 0 hecho (también si no falló nada), 1 fallo local, 2 línea de comandos incorrecta, 3 autenticación rechazada, 4 solicitud rechazada o nada guardado (--cached), 5 fallo de red o del servidor tras los reintentos, 130 interrumpido.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>importscope: %1 / %2 read</source>
        <translation>importscope: se leyó %1 / %2</translation>
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
        <translation>Aún no hay nada guardado para %1; ejecute triage una vez sin --cached.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An import&apos;s ID; give it again for more.</source>
        <translation>El ID de una importación; repítalo para indicar más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An import&apos;s name; give it again for more.</source>
        <translation>El nombre de una importación; repítalo para indicar más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The span: files scheduled in the last SPAN, as 24h, 7d (default) or 400d. A cause seen before the span is not new.</source>
        <translation>El periodo: archivos programados en el último SPAN, como 24h, 7d (predeterminado) o 400d. Una causa que ya aparecía antes del periodo no es nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table (default), csv or json. CSV and JSON carry pattern, files, failed_rows, imports, workspaces, first_seen, last_seen, new, example, file_ids.</source>
        <translation>table (predeterminado), csv o json. CSV y JSON contienen pattern, files, failed_rows, imports, workspaces, first_seen, last_seen, new, example, file_ids.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>files (default) or failed-rows: what comes first.</source>
        <translation>files (predeterminado) o failed-rows: qué va primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>Escribir en FILE de forma atómica (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send no request: group what is stored (exit 4 when a named import has nothing stored).</source>
        <translation>No enviar ninguna solicitud: agrupar lo guardado (código de salida 4 si una importación indicada no tiene nada guardado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress on standard error.</source>
        <translation>No mostrar el progreso en la salida de error estándar.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Interrupted: nothing was written; what was refreshed before stays stored.</source>
        <translation>Interrumpido: no se escribió nada; lo que ya se había actualizado sigue guardado.</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <location filename="../ui/TriagePage.cpp" line="+222"/>
        <source>Span: the date filter, %1 to %2; new: not seen before it in the stored history</source>
        <translation>Periodo: el filtro de fechas, de %1 a %2; nueva: no vista antes en el historial guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span: the date filter, %1 to %2</source>
        <translation>Periodo: el filtro de fechas, del %1 al %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span: the whole fetched history</source>
        <translation>Periodo: todo el historial obtenido</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../ui/TriageView.cpp" line="+181"/>
        <source>Sort &amp;by:</source>
        <translation>Ordenar po&amp;r:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most files</source>
        <translation>Más archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most failed rows</source>
        <translation>Más filas fallidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort causes by</source>
        <translation>Ordenar las causas por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort causes by most files or by most failed rows</source>
        <translation>Ordenar las causas por número de archivos o por número de filas fallidas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failure causes</source>
        <translation>Causas de fallo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;No failures&lt;/h3&gt;&lt;p&gt;No failed or partly failed file is in what is shown. Causes appear here as files arrive.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay fallos&lt;/h3&gt;&lt;p&gt;Lo que se muestra no incluye ningún archivo fallido o parcialmente fallido. Las causas aparecen aquí a medida que llegan los archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xample of the selected cause:</source>
        <translation>E&amp;jemplo de la causa seleccionada:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example message of the selected cause</source>
        <translation>Mensaje de ejemplo de la causa seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a cause to see one of its messages whole.</source>
        <translation>Seleccione una causa para ver completo uno de sus mensajes.</translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>%Ln cause(s)</source>
        <translation>
            <numerusform>%Ln causa</numerusform>
            <numerusform>%Ln causas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed or partly failed file(s)</source>
        <translation>
            <numerusform>%Ln archivo fallido o parcialmente fallido</numerusform>
            <numerusform>%Ln archivos fallidos o parcialmente fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new in this span</source>
        <translation>
            <numerusform>%Ln nueva en este periodo</numerusform>
            <numerusform>%Ln nuevas en este periodo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
</context>
<context>
    <name>TriggerClient</name>
    <message>
        <location filename="../app/api/TriggerClient.cpp" line="+51"/>
        <source>Import &quot;%1&quot; was triggered: a new run is queued and appears at the top of its history (QUEUED, then on to its final status).</source>
        <translation>Se lanzó la importación &quot;%1&quot;: hay una nueva ejecución en cola, que aparece al principio de su historial (QUEUED y, después, su estado final).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API said: &quot;%1&quot;.</source>
        <translation>La API indicó: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answer came in time.</source>
        <translation>no llegó ninguna respuesta a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was lost before the API answered.</source>
        <translation>la conexión se perdió antes de que respondiera la API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server failed (HTTP %1).</source>
        <translation>el servidor falló (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer could not be read.</source>
        <translation>no se pudo leer la respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outcome is unknown: %1 The request may have reached the API, so it was not sent again (the import could run twice). Look at the import&apos;s history in a minute: a new QUEUED or PROCESSING file at the top means it ran.</source>
        <translation>Se desconoce el resultado: %1 Puede que la solicitud llegara a la API, así que no se volvió a enviar (la importación podría ejecutarse dos veces). Consulte el historial de la importación dentro de un minuto: si aparece al principio un archivo nuevo en QUEUED o PROCESSING, se ejecutó.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not triggered: import &quot;%1&quot; has run in the last 5 minutes, and the API allows one run every 5 minutes. %2</source>
        <translation>No se lanzó: la importación &quot;%1&quot; se ejecutó en los últimos 5 minutos, y la API permite una ejecución cada 5 minutos. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not triggered: the API says import &quot;%1&quot; is deleted or expired. %2</source>
        <translation>No se lanzó: según la API, la importación &quot;%1&quot; se eliminó o caducó. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not triggered: %1</source>
        <translation>No se lanzó: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the answer does not say &quot;success&quot;</source>
        <translation>la respuesta no indica &quot;success&quot;</translation>
    </message>
</context>
<context>
    <name>TriggerCommand</name>
    <message>
        <location filename="../app/cli/TriggerCommand.cpp" line="+88"/>
        <source>named &quot;%1&quot;</source>
        <translation>llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with ID %1</source>
        <translation>con el ID %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace %1 lists no import %2 (Import Details): nothing was triggered. `importscope imports` lists them.</source>
        <translation>El espacio de trabajo %1 no tiene ninguna importación %2 (Import Details): no se lanzó nada. `importscope imports` las enumera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import &quot;%1&quot; is a %2 import: only periodic imports can be run again. Nothing was sent.</source>
        <translation>La importación &quot;%1&quot; es de tipo %2: solo se pueden volver a ejecutar las importaciones periódicas. No se envió nada.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import &quot;%1&quot; last ran at %2; the API allows one run every 5 minutes: it can be triggered again at %3 (in %4). Nothing was sent.</source>
        <translation>La importación &quot;%1&quot; se ejecutó por última vez el %2; la API permite una ejecución cada 5 minutos: se puede volver a lanzar el %3 (dentro de %4). No se envió nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace %1 is a production workspace. To trigger import &quot;%2&quot;, type its name:</source>
        <translation>El espacio de trabajo %1 es de producción. Para lanzar la importación &quot;%2&quot;, escriba su nombre:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name did not match: the import was not triggered.</source>
        <translation>El nombre no coincide: no se lanzó la importación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trigger import %1 in workspace %2? [y/N] </source>
        <translation>¿Lanzar la importación %1 en el espacio de trabajo %2? [s/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <extracomment>The one-letter answer that confirms &quot;[y/N]&quot; in the user&apos;s language (&quot;j&quot; in German).</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed: the import was not triggered.</source>
        <translation>Sin confirmación: no se lanzó la importación.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For example: importscope export --import-id %1 --page 1</source>
        <translation>Por ejemplo: importscope export --import-id %1 --page 1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New run: %1 (file %2), %3, scheduled at %4.</source>
        <translation>Nueva ejecución: %1 (archivo %2), %3, programada para el %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new run is not in the import&apos;s history yet: look again in a minute.</source>
        <translation>La nueva ejecución aún no está en el historial de la importación: vuelva a consultarlo dentro de un minuto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow it with: importscope export --import-id %1 --page 1</source>
        <translation>Para seguirla: importscope export --import-id %1 --page 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a periodic import again now (Trigger File Imports API): one request, never retried. Asks first on a terminal; in a script, pass --yes.</source>
        <translation>Vuelve a ejecutar ahora una importación periódica (API Trigger File Imports): una sola solicitud, que nunca se reintenta. En un terminal, pregunta antes; en un script, use --yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import&apos;s ID.</source>
        <translation>El ID de la importación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import&apos;s name (exactly).</source>
        <translation>El nombre de la importación (exacto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not ask for confirmation (needed when standard input is not a terminal).</source>
        <translation>No pedir confirmación (necesario cuando la entrada estándar no es un terminal).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give --import-id ID or --import-name NAME.</source>
        <translation>Indique --import-id ID o --import-name NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard input is not a terminal, so nothing can be confirmed: pass --yes to trigger the import. Nothing was sent.</source>
        <translation>La entrada estándar no es un terminal, así que no se puede confirmar nada: use --yes para lanzar la importación. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <location filename="../ui/TriggerDialog.cpp" line="+31"/>
        <source>Run import now</source>
        <translation>Ejecutar la importación ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run import &quot;%1&quot; now in workspace %2?</source>
        <translation>¿Ejecutar ahora la importación &quot;%1&quot; en el espacio de trabajo %2?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This starts one run outside the import&apos;s schedule (the schedule stays as it is). The API allows one run every 5 minutes.</source>
        <translation>Esto inicia una ejecución fuera de la programación de la importación (la programación no cambia). La API permite una ejecución cada 5 minutos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a production workspace. Type the import&apos;s name to confirm:</source>
        <translation>%1 es un espacio de trabajo de producción. Escriba el nombre de la importación para confirmar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import name to confirm</source>
        <translation>Nombre de la importación para confirmar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The import last ran at %1: it can run again at %2 (in %3).</source>
        <translation>La importación se ejecutó por última vez el %1: puede volver a ejecutarse el %2 (dentro de %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import last ran at %1.</source>
        <translation>La importación se ejecutó por última vez el %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending the request…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>WatchChoice</name>
    <message>
        <location filename="../ui/WatchChoice.cpp" line="+78"/>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <location filename="../ui/WatchControl.cpp" line="+24"/>
        <source>&amp;Watch imports in the background</source>
        <translation>Vigilar las importaciones en segundo &amp;plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep watching in the tra&amp;y when closed</source>
        <translation>Seguir vigilando en la bandeja al cerrar la ve&amp;ntana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watc&amp;h settings…</source>
        <translation>Aj&amp;ustes de vigilancia…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How often to check, and how many requests a minute watching may spend</source>
        <translation>Cada cuánto comprobar y cuántas solicitudes por minuto puede gastar la vigilancia</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Refresh the %1 chosen import(s) every %n minute(s), within %2 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>Actualizar las importaciones elegidas (%1) cada %n minuto, con como máximo %2 solicitudes por minuto y espacio de trabajo, y avisar de nuevos fallos, importaciones obsoletas y archivos atascados</numerusform>
            <numerusform>Actualizar las importaciones elegidas (%1) cada %n minutos, con como máximo %2 solicitudes por minuto y espacio de trabajo, y avisar de nuevos fallos, importaciones obsoletas y archivos atascados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Refresh every import of the board every %n minute(s), within %1 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>Actualizar cada importación del tablero cada %n minuto, con un máximo de %1 solicitudes por minuto y espacio de trabajo, y avisar de nuevos fallos, importaciones con retraso y archivos atascados</numerusform>
            <numerusform>Actualizar cada importación del tablero cada %n minutos, con un máximo de %1 solicitudes por minuto y espacio de trabajo, y avisar de nuevos fallos, importaciones con retraso y archivos atascados</numerusform>
        </translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No system tray here: watching runs while the window is open.</source>
        <translation>Aquí no hay bandeja del sistema: la vigilancia funciona mientras la ventana está abierta.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Watching: nothing to watch yet. Add a profile or open the demo workspace.</source>
        <translation>Vigilancia: aún no hay nada que vigilar. Añada un perfil o abra el espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching: waiting for the board to read its workspaces…</source>
        <translation>Vigilancia: esperando a que el tablero lea sus espacios de trabajo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Last check %2.</source>
        <translation>%1 Última comprobación: %2.</translation>
    </message>
</context>
<context>
    <name>WatchSettingsDialog</name>
    <message>
        <location filename="../ui/WatchSettingsDialog.cpp" line="+29"/>
        <source>Watch settings - ImportScope</source>
        <translation>Ajustes de vigilancia - ImportScope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every, in minutes</source>
        <translation>Comprobar cada, en minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests a minute per workspace</source>
        <translation>Solicitudes por minuto y espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check &amp;every:</source>
        <translation>Comprobar &amp;cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend at &amp;most (requests a minute per workspace):</source>
        <translation>Gastar co&amp;mo máximo (solicitudes por minuto y espacio de trabajo):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Watch the w&amp;hole board</source>
        <translation>Vigilar todo el &amp;tablero</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imports chosen for watching</source>
        <translation>Importaciones elegidas para vigilar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop watching the selected</source>
        <translation>&amp;Dejar de vigilar las seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose imports on the board: &quot;Watch this import&quot; in a row&apos;s context menu, or Ctrl+Shift+W.</source>
        <translation>Elija importaciones en el tablero: «Vigilar esta importación» en el menú contextual de una fila, o Ctrl+Mayús+W.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 % of the API&apos;s %2 requests a minute per workspace: a fetch in the window meanwhile has the other %3 a minute. A check refreshes each import once; one that needs more than a minute&apos;s budget goes on in the next minute.</source>
        <translation>%1 % de las %2 solicitudes por minuto y espacio de trabajo que permite la API: una descarga en la ventana dispone mientras tanto de las otras %3 por minuto. Una comprobación actualiza cada importación una vez; la que necesita más que el presupuesto de un minuto continúa en el minuto siguiente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watch &amp;only the imports I chose (%1)</source>
        <translation>Vigilar &amp;solo las importaciones elegidas (%1)</translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message>
        <location filename="../ui/WatchTray.cpp" line="+47"/>
        <source>Check Now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open ImportScope</source>
        <translation>Abrir ImportScope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit ImportScope</source>
        <translation>Salir de ImportScope</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All watched imports are healthy</source>
        <translation>Todas las importaciones vigiladas están en buen estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some watched imports need a look</source>
        <translation>Algunas importaciones vigiladas necesitan revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some watched imports are failing or stale</source>
        <translation>Algunas importaciones vigiladas tienen fallos o van con retraso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last checked %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the first check</source>
        <translation>Esperando la primera comprobación</translation>
    </message>
</context>
<context>
    <name>Watcher</name>
    <message numerus="yes">
        <location filename="../app/session/Watcher.cpp" line="+165"/>
        <source>Watching %n chosen import(s)</source>
        <translation>
            <numerusform>Vigilando %n importación elegida</numerusform>
            <numerusform>Vigilando %n importaciones elegidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watching the board</source>
        <translation>Vigilando el tablero</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not watching.</source>
        <translation>Sin vigilancia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+104"/>
        <source>Paused: the computer is offline.</source>
        <translation>En pausa: el equipo no tiene conexión.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Waiting for the request budget of %n request(s) a minute.</source>
        <translation>
            <numerusform>Esperando a que lo permita el cupo de %n solicitud por minuto.</numerusform>
            <numerusform>Esperando a que lo permita el cupo de %n solicitudes por minuto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Watching %n chosen import(s).</source>
        <translation>
            <numerusform>Vigilando %n importación elegida.</numerusform>
            <numerusform>Vigilando %n importaciones elegidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Watching %n import(s).</source>
        <translation>
            <numerusform>Vigilando %n importación.</numerusform>
            <numerusform>Vigilando %n importaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n import(s) postponed to the next check: the budget is %1 requests a minute.</source>
        <translation>
            <numerusform>%n importación aplazada hasta la próxima comprobación: el cupo es de %1 solicitudes por minuto.</numerusform>
            <numerusform>%n importaciones aplazadas hasta la próxima comprobación: el cupo es de %1 solicitudes por minuto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer: checked again in %2.</source>
        <translation>%1 no respondió: se volverá a comprobar dentro de %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../app/session/WorkspaceSession.cpp" line="+53"/>
        <source>The demo workspace could not start: %1</source>
        <translation>No se pudo iniciar el espacio de trabajo de demostración: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile is gone: choose another one.</source>
        <translation>El perfil ya no existe: elija otro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key of profile &quot;%1&quot; could not be read: %2</source>
        <translation>No se pudo leer la clave del perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar el perfil &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+114"/>
        <source>&quot;%1&quot; is a command: it must come first, as in &quot;importscope %1 --help&quot;.</source>
        <translation>«%1» es una orden: debe ir primero, como en «importscope %1 --help».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.
%2</source>
        <translation>Comando desconocido &quot;%1&quot;.
%2</translation>
    </message>
</context>
</TS>
