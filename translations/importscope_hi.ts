<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <location filename="../app/api/ApiClient.cpp" line="+877"/>
        <source>%1 did not finish its answer within %2 s, %n time(s): the server or the network is too slow. Retry later, or raise the timeout (an answer may take five times the timeout).</source>
        <translation>
            <numerusform>%1 ने %n बार %2 सेकंड के भीतर अपना उत्तर पूरा नहीं किया: सर्वर या नेटवर्क बहुत धीमा है। बाद में फिर से प्रयास करें, या टाइमआउट बढ़ाएँ (किसी उत्तर में टाइमआउट का पाँच गुना समय लग सकता है)।</numerusform>
            <numerusform>%1 ने %n बार %2 सेकंड के भीतर अपना उत्तर पूरा नहीं किया: सर्वर या नेटवर्क बहुत धीमा है। बाद में फिर से प्रयास करें, या टाइमआउट बढ़ाएँ (किसी उत्तर में टाइमआउट का पाँच गुना समय लग सकता है)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 sent nothing for %2 s, %n time(s): check the network, or raise the timeout.</source>
        <translation>
            <numerusform>%1 ने %n बार %2 सेकंड तक कुछ नहीं भेजा: नेटवर्क जाँचें या टाइमआउट बढ़ाएँ।</numerusform>
            <numerusform>%1 ने %n बार %2 सेकंड तक कुछ नहीं भेजा: नेटवर्क जाँचें या टाइमआउट बढ़ाएँ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="-711"/>
        <source>The secure connection to %1 failed: the server did not complete a TLS handshake (%2). Check that the base URL&apos;s port serves https://.</source>
        <translation>%1 से सुरक्षित कनेक्शन विफल रहा: सर्वर ने TLS हैंडशेक पूरा नहीं किया (%2)। जाँचें कि बेस URL का पोर्ट https:// सेवा देता है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If your organisation has its own certificate authority, or a proxy that inspects TLS, trust its root certificate for this workspace: --ca-file, or the profile&apos;s extra trusted certificate.</source>
        <translation>यदि आपके संगठन का अपना प्रमाणपत्र प्राधिकरण है, या कोई प्रॉक्सी है जो TLS की जाँच करता है, तो इस वर्कस्पेस के लिए उसके रूट प्रमाणपत्र पर भरोसा करें: --ca-file, या प्रोफ़ाइल का अतिरिक्त विश्वसनीय प्रमाणपत्र।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 was refused: its certificate (%2) is self-signed, so no trusted authority vouches for it. %3</source>
        <translation>%1 से सुरक्षित कनेक्शन अस्वीकार किया गया: उसका प्रमाणपत्र (%2) स्व-हस्ताक्षरित है, इसलिए कोई विश्वसनीय प्राधिकरण उसकी पुष्टि नहीं करता। %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: the certificate is not trusted, its issuer (%2) is not a trusted authority here. %3</source>
        <translation>%1 से सुरक्षित कनेक्शन अस्वीकार किया गया: प्रमाणपत्र विश्वसनीय नहीं है, उसका जारीकर्ता (%2) यहाँ विश्वसनीय प्राधिकरण नहीं है। %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secure connection to %1 was refused: its certificate expired on %2. The server&apos;s certificate must be renewed (or this computer&apos;s clock is wrong).</source>
        <translation>%1 से सुरक्षित कनेक्शन अस्वीकार किया गया: उसके प्रमाणपत्र की अवधि %2 को समाप्त हो गई। सर्वर का प्रमाणपत्र नवीनीकृत होना चाहिए (या इस कंप्यूटर की घड़ी गलत है)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: its certificate is not valid before %2. Check this computer&apos;s clock and time zone.</source>
        <translation>%1 से सुरक्षित कनेक्शन अस्वीकार किया गया: उसका प्रमाणपत्र %2 से पहले मान्य नहीं है। इस कंप्यूटर की घड़ी और समय क्षेत्र जाँचें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 was refused: its certificate is made for %2, not for %1. Check the base URL.</source>
        <translation>%1 से सुरक्षित कनेक्शन अस्वीकार किया गया: उसका प्रमाणपत्र %2 के लिए बना है, %1 के लिए नहीं। बेस URL जाँचें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>%1 से सुरक्षित कनेक्शन अस्वीकार किया गया: %2।</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The proxy %1 refused the user name and password it was given (HTTP 407): check the proxy user and its password.</source>
        <translation>प्रॉक्सी %1 ने उसे दिया गया यूज़र नाम और पासवर्ड अस्वीकार कर दिया (HTTP 407): प्रॉक्सी यूज़र और उसका पासवर्ड जाँचें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407): give the proxy user and its password (in the profile, or --proxy http://USER@HOST:PORT with IMPORTSCOPE_PROXY_PASSWORD).</source>
        <translation>प्रॉक्सी %1 यूज़र नाम और पासवर्ड माँगता है (HTTP 407): प्रॉक्सी यूज़र और उसका पासवर्ड दें (प्रोफ़ाइल में, या IMPORTSCOPE_PROXY_PASSWORD के साथ --proxy http://USER@HOST:PORT)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy %1 refused to connect to %2 (%3): it may not allow this host or port. Check the proxy setting, or ask whoever runs the proxy.</source>
        <translation>प्रॉक्सी %1 ने %2 से कनेक्ट करने से इनकार किया (%3): हो सकता है वह इस होस्ट या पोर्ट की अनुमति न देता हो। प्रॉक्सी सेटिंग जाँचें, या प्रॉक्सी चलाने वाले व्यक्ति से पूछें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy %1 refused the connection: it is down, or its port is wrong. Check the proxy setting, or retry later.</source>
        <translation>प्रॉक्सी %1 ने कनेक्शन अस्वीकार कर दिया: वह बंद है, या उसका पोर्ट गलत है। प्रॉक्सी सेटिंग जाँचें, या बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy host %1 was not found: check the proxy setting.</source>
        <translation>प्रॉक्सी होस्ट %1 नहीं मिला: प्रॉक्सी सेटिंग जाँचें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy %1 did not answer in time: check the proxy setting, or retry later.</source>
        <translation>प्रॉक्सी %1 ने समय पर उत्तर नहीं दिया: प्रॉक्सी सेटिंग जाँचें, या बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 closed the connection to %2 before it was set up: check the proxy setting, or retry later.</source>
        <translation>प्रॉक्सी %1 ने %2 से कनेक्शन स्थापित होने से पहले ही उसे बंद कर दिया: प्रॉक्सी सेटिंग जाँचें, या बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 did not open the connection to %2 (%3): check the proxy user and its password, and the proxy setting.</source>
        <translation>प्रॉक्सी %1 ने %2 से कनेक्शन नहीं खोला (%3): प्रॉक्सी यूज़र और उसका पासवर्ड, और प्रॉक्सी सेटिंग जाँचें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 did not open the connection to %2 (%3): check the proxy setting.</source>
        <translation>प्रॉक्सी %1 ने %2 से कनेक्शन नहीं खोला (%3): प्रॉक्सी सेटिंग जाँचें।</translation>
    </message>
    <message>
        <location line="+304"/>
        <location line="+434"/>
        <source>The API asks to wait %1 before the next request, longer than ImportScope waits (%2): try again later.</source>
        <translation>API अगले अनुरोध से पहले %1 प्रतीक्षा करने को कहता है, जो ImportScope की प्रतीक्षा (%2) से अधिक है: बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The host %1 was not found: check the data centre or base URL, and the network.</source>
        <translation>होस्ट %1 नहीं मिला: डेटा सेंटर या बेस URL, और नेटवर्क जाँचें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection: the server is down or the base URL&apos;s port is wrong. Retry later.</source>
        <translation>%1 ने कनेक्शन अस्वीकार कर दिया: सर्वर बंद है या बेस URL का पोर्ट गलत है। बाद में फिर से प्रयास करें।</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The connection to %1 failed (%2) after %n attempt(s): check the network and retry.</source>
        <translation>
            <numerusform>%n प्रयास के बाद %1 से कनेक्शन विफल रहा (%2): नेटवर्क जाँचें और फिर से प्रयास करें।</numerusform>
            <numerusform>%n प्रयासों के बाद %1 से कनेक्शन विफल रहा (%2): नेटवर्क जाँचें और फिर से प्रयास करें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 sent a compressed answer (%2) although ImportScope asks for an uncompressed one, and it was dropped unread: a compressed answer can hide gigabytes. Check the base URL, or a proxy between you and the API.</source>
        <translation>%1 ने संपीड़ित उत्तर (%2) भेजा, जबकि ImportScope असंपीड़ित उत्तर माँगता है, और उसे बिना पढ़े छोड़ दिया गया: संपीड़ित उत्तर में गीगाबाइट छिपे हो सकते हैं। बेस URL जाँचें, या आपके और API के बीच का प्रॉक्सी।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer from %1 passed %2 MB and was dropped unread: a page of the API is far smaller. Check the base URL.</source>
        <translation>%1 से आया उत्तर %2 MB से बड़ा था और बिना पढ़े छोड़ दिया गया: API का एक पेज इससे कहीं छोटा होता है। बेस URL जाँचें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nowhere in particular</source>
        <translation>अनिर्दिष्ट स्थान</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2, a redirect to %3, which ImportScope never follows (the key would go along): check the base URL.</source>
        <translation>%1 ने HTTP %2 का उत्तर दिया, जो %3 पर रीडायरेक्ट है; ImportScope रीडायरेक्ट का कभी पालन नहीं करता (कुंजी भी साथ चली जाती): बेस URL जाँचें।</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>The server&apos;s answer could not be read, %n time(s): %1 Try again later.</source>
        <translation>
            <numerusform>सर्वर का उत्तर %n बार पढ़ा नहीं जा सका: %1 बाद में फिर से प्रयास करें।</numerusform>
            <numerusform>सर्वर का उत्तर %n बार पढ़ा नहीं जा सका: %1 बाद में फिर से प्रयास करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The API refused this request %n time(s) for its rate limit, after waits of %1 in all: try again later. If another tool uses the same workspace, it may be spending the limit.</source>
        <translation>
            <numerusform>API ने अपनी दर सीमा के कारण यह अनुरोध %n बार अस्वीकार किया, कुल %1 की प्रतीक्षा के बाद: बाद में फिर से प्रयास करें। यदि कोई अन्य टूल इसी वर्कस्पेस का उपयोग करता है, तो हो सकता है वह यह सीमा खर्च कर रहा हो।</numerusform>
            <numerusform>API ने अपनी दर सीमा के कारण यह अनुरोध %n बार अस्वीकार किया, कुल %1 की प्रतीक्षा के बाद: बाद में फिर से प्रयास करें। यदि कोई अन्य टूल इसी वर्कस्पेस का उपयोग करता है, तो हो सकता है वह यह सीमा खर्च कर रहा हो।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <location filename="../app/cli/BoardCommand.cpp" line="+152"/>
        <source>WORKSPACE</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMPORT</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST COMPLETED</source>
        <translation>अंतिम पूर्ण रन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILES</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTIAL</source>
        <translation>आंशिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RATE</source>
        <translation>विफलता दर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ATTENTION</source>
        <translation>ध्यान</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from the store, refreshed %1</source>
        <translation>सहेजे गए इतिहास से, %1 रीफ़्रेश किया गया</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last %1, most in need of attention first.</source>
        <translation>पिछले %1, जिन्हें सबसे अधिक ध्यान चाहिए वे पहले।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format table, csv या json होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write to standard output.</source>
        <translation>स्टैंडर्ड आउटपुट पर नहीं लिखा जा सकता।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every import of every chosen workspace at a glance, most in need of attention first: the last completed run, the span&apos;s files, failed and partly failed files, failed rows and failure rate, and why it needs attention (failing, worse-than-usual, stale, stuck; docs/ARCHITECTURE.md).

Without --profile: every saved profile, all at once, each on its own request budget. Each import&apos;s stored history is refreshed first, with as few requests as it needs: none when Import Details shows it unchanged.

Exit codes as for export; a workspace that cannot be reached is said on standard error, and the others are shown (exit 5 when none could be).</source>
        <translation>चुने गए हर वर्कस्पेस का हर इम्पोर्ट एक नज़र में, सबसे पहले वे जिन्हें सबसे ज़्यादा ध्यान चाहिए: आख़िरी पूरा हुआ रन, अवधि की फ़ाइलें, विफल और आंशिक रूप से विफल फ़ाइलें, विफल पंक्तियाँ और विफलता दर, और उसे ध्यान क्यों चाहिए (failing, worse-than-usual, stale, stuck; docs/ARCHITECTURE.md)।

--profile के बिना: हर सहेजी गई प्रोफ़ाइल, सब एक साथ, हर एक अपने अनुरोध बजट पर। हर इम्पोर्ट का सहेजा गया इतिहास पहले रीफ़्रेश होता है, जितने कम अनुरोधों से हो सके: एक भी नहीं, जब Import Details उसे अपरिवर्तित दिखाए।

exit कोड export जैसे; जिस वर्कस्पेस तक नहीं पहुँचा जा सकता, वह मानक त्रुटि पर बताया जाता है, और बाक़ी दिखाए जाते हैं (exit 5 जब किसी तक नहीं पहुँचा जा सका)।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The span: files scheduled in the last SPAN, as 24h, 7d (default), 30d.</source>
        <translation>समयावधि: पिछले SPAN में निर्धारित फ़ाइलें, जैसे 24h, 7d (डिफ़ॉल्ट), 30d।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default), csv or json.</source>
        <translation>table (डिफ़ॉल्ट), csv या json।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>FILE में एटॉमिक रूप से लिखें (डिफ़ॉल्ट: स्टैंडर्ड आउटपुट)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send no request: show what is stored.</source>
        <translation>कोई अनुरोध न भेजें: जो सहेजा गया है वह दिखाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on standard error.</source>
        <translation>स्टैंडर्ड एरर पर प्रगति न दिखाएँ।</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Interrupted: nothing was written; what was refreshed before stays stored.</source>
        <translation>बाधित: कुछ भी नहीं लिखा गया; जो पहले रीफ़्रेश हो चुका था वह सहेजा हुआ रहता है।</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../ui/BoardPage.cpp" line="+55"/>
        <source>Loo&amp;k back:</source>
        <translation>समयावधि(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board span</source>
        <translation>बोर्ड की समयावधि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh all &amp;workspaces</source>
        <translation>सभी वर्कस्पेस रीफ़्रेश करें(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh every import of every profile, then judge them again</source>
        <translation>हर प्रोफ़ाइल का हर इम्पोर्ट रीफ़्रेश करें, फिर उन्हें दोबारा परखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run n&amp;ow…</source>
        <translation>अभी चलाएँ(&amp;O)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Triage the board</source>
        <translation>बोर्ड की ट्राइएज(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the failure causes of every import over the span, instead of the imports (Ctrl+Shift+G)</source>
        <translation>इम्पोर्ट की जगह अवधि में हर इम्पोर्ट की विफलता के कारण दिखाएँ (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;causes…</source>
        <translation>कारण एक्सपोर्ट करें(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the board&apos;s causes as CSV or JSON (Ctrl+E)</source>
        <translation>बोर्ड के कारण CSV या JSON के रूप में एक्सपोर्ट करें (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Board: every import, most in need of attention first</source>
        <translation>बोर्ड: हर इम्पोर्ट, जिसे सबसे अधिक ध्यान चाहिए वह पहले</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Watch this import</source>
        <translation>इस इम्पोर्ट की निगरानी करें(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watch this import in the background (Watch settings: only the imports I chose)</source>
        <translation>इस इम्पोर्ट की पृष्ठभूमि में निगरानी करें (निगरानी सेटिंग्स: केवल मेरे चुने इम्पोर्ट)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Board row actions</source>
        <translation>बोर्ड पंक्ति की क्रियाएँ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Board causes: the failures of every import, grouped by cause</source>
        <translation>बोर्ड के कारण: हर इम्पोर्ट की विफलताएँ, कारण के अनुसार समूहित</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No profile yet: add one, or open the demo workspace, to see its imports here.</source>
        <translation>अभी कोई प्रोफ़ाइल नहीं: उसके इम्पोर्ट यहाँ देखने के लिए एक प्रोफ़ाइल जोड़ें, या डेमो वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the keys from the keychain…</source>
        <translation>कीचेन से कुंजियाँ पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading what is stored for %1…</source>
        <translation>%1 के लिए जो सहेजा गया है, वह पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing what is stored; refreshing %1…</source>
        <translation>जो सहेजा गया है, वह दिखाया जा रहा है; %1 रीफ़्रेश किया जा रहा है…</translation>
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
            <numerusform>%1: %Ln इम्पोर्ट रीफ़्रेश नहीं हुआ, सहेजे गए इतिहास से परखा गया</numerusform>
            <numerusform>%1: %Ln इम्पोर्ट रीफ़्रेश नहीं हुए, सहेजे गए इतिहास से परखे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Checked at %1: %Ln import(s) need attention.</source>
        <translation>
            <numerusform>%1 पर जाँचा गया: %Ln इम्पोर्ट पर ध्यान देना है।</numerusform>
            <numerusform>%1 पर जाँचा गया: %Ln इम्पोर्ट पर ध्यान देना है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>refreshed %1</source>
        <translation>रीफ़्रेश %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the store, refreshing…</source>
        <translation>स्टोर से, रीफ़्रेश हो रहा है…</translation>
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
            <numerusform>%Ln वर्कस्पेस</numerusform>
            <numerusform>%Ln वर्कस्पेस</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln इम्पोर्ट</numerusform>
            <numerusform>%Ln इम्पोर्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need(s) attention</source>
        <comment>imports of the board</comment>
        <translation>
            <numerusform>%Ln पर ध्यान चाहिए</numerusform>
            <numerusform>%Ln पर ध्यान चाहिए</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an import to run it again.</source>
        <translation>फिर से चलाने के लिए एक इम्पोर्ट चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/RunNow.cpp" line="+12"/>
        <source>Its schedule is not known: Import Details did not list it in the last refresh.</source>
        <translation>इसका शेड्यूल ज्ञात नहीं है: पिछले रीफ़्रेश में Import Details ने इसे सूचीबद्ध नहीं किया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only periodic imports can be run again; this one is %1.</source>
        <translation>केवल आवधिक इम्पोर्ट फिर से चलाए जा सकते हैं; यह %1 है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its workspace is not connected: %1</source>
        <translation>इसका वर्कस्पेस कनेक्ट नहीं है: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run the chosen import again now (Trigger File Imports); you confirm first</source>
        <translation>चुने गए इम्पोर्ट को अभी फिर से चलाएँ (Trigger File Imports); पहले आप पुष्टि करेंगे</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BoardPage.cpp" line="+135"/>
        <source>Span: the board&apos;s, the last %n day(s); new: not seen before it in the stored history</source>
        <translation>
            <numerusform>अवधि: बोर्ड की, पिछले %n दिन; नया: सहेजे गए इतिहास में इससे पहले नहीं देखा गया</numerusform>
            <numerusform>अवधि: बोर्ड की, पिछले %n दिन; नया: सहेजे गए इतिहास में इससे पहले नहीं देखा गया</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a cause to see which imports it hits; Enter opens the import with its files.</source>
        <translation>कोई कारण चुनें और देखें कि वह किन इम्पोर्ट पर पड़ता है; Enter उसकी फ़ाइलों के साथ इम्पोर्ट खोलता है।</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 / %2 (%Ln file(s))</source>
        <translation>
            <numerusform>%1 / %2 (%Ln फ़ाइल)</numerusform>
            <numerusform>%1 / %2 (%Ln फ़ाइलें)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens %1 with this cause&apos;s files.</source>
        <translation>Enter इस कारण की फ़ाइलों के साथ %1 खोलता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens %1, the import with most of its files.</source>
        <translation>Enter %1 खोलता है, वह इम्पोर्ट जिसमें इसकी सबसे ज़्यादा फ़ाइलें हैं।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Hits %Ln import(s): %1. %2</source>
        <translation>
            <numerusform>%Ln इम्पोर्ट पर पड़ता है: %1. %2</numerusform>
            <numerusform>%Ln इम्पोर्ट पर पड़ता है: %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No causes to export: no import of the board failed in the span.</source>
        <translation>एक्सपोर्ट करने को कोई कारण नहीं: अवधि में बोर्ड का कोई इम्पोर्ट विफल नहीं हुआ।</translation>
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
        <translation>कोई रन पूर्ण नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 since %2</source>
        <translation> · %2 से %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot be judged: %1</source>
        <translation>परखा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>from the store, refreshed %1</source>
        <translation>सहेजे गए इतिहास से, %1 रीफ़्रेश किया गया</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot be judged: %1</source>
        <translation>परखा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [प्रोडक्शन]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This profile is marked as a production workspace.</source>
        <translation>यह प्रोफ़ाइल प्रोडक्शन वर्कस्पेस के रूप में चिह्नित है।</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>शेड्यूल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>अगला रन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last completed</source>
        <translation>अंतिम पूर्ण रन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>आंशिक रूप से विफल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed rows</source>
        <translation>विफल पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure rate</source>
        <translation>विफलता दर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>ध्यान</translation>
    </message>
</context>
<context>
    <name>CauseExport</name>
    <message>
        <location filename="../app/export/CauseExport.cpp" line="+193"/>
        <source>Cannot write the causes: the output is not open for writing.</source>
        <translation>कारण लिखे नहीं जा सकते: आउटपुट लिखने के लिए खुला नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cause in row %1 (internal error).</source>
        <translation>पंक्ति %1 में कोई कारण नहीं (आंतरिक त्रुटि)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the output</source>
        <translation>आउटपुट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>CauseTableModel</name>
    <message>
        <location filename="../app/model/CauseTableModel.cpp" line="+23"/>
        <source>Cause</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed rows</source>
        <translation>विफल पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspaces</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>पहली बार देखा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>अंतिम बार देखा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Per day</source>
        <translation>प्रतिदिन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example</source>
        <translation>उदाहरण</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Files with this cause on each day, oldest on the left</source>
        <translation>हर दिन इस कारण वाली फ़ाइलें, सबसे पुराना दिन बाईं ओर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no message)</source>
        <translation>(कोई संदेश नहीं)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No files on a known day</source>
        <translation>किसी ज्ञात दिन पर कोई फ़ाइल नहीं</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Files on %n of %1 days; the most, %2, on %3</source>
        <translation>
            <numerusform>%1 में से %n दिन पर फ़ाइलें; सबसे अधिक (%2) %3 को</numerusform>
            <numerusform>%1 में से %n दिनों पर फ़ाइलें; सबसे अधिक (%2) %3 को</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>खाली</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not seen before the span</source>
        <translation>इस समयावधि से पहले नहीं देखा गया</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+78"/>
        <source>%1 takes failed_files=N and failure_rate=PERCENT, comma-separated, not &quot;%2&quot;.</source>
        <translation>%1 failed_files=N और failure_rate=PERCENT लेता है, अल्पविराम से अलग, &quot;%2&quot; नहीं।</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n failed file(s) in the span, at the critical threshold</source>
        <translation>
            <numerusform>समयावधि में %n विफल फ़ाइल, CRITICAL थ्रेशोल्ड तक</numerusform>
            <numerusform>समयावधि में %n विफल फ़ाइलें, CRITICAL थ्रेशोल्ड तक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed file(s) in the span, at the warning threshold</source>
        <translation>
            <numerusform>समयावधि में %n विफल फ़ाइल, WARNING थ्रेशोल्ड तक</numerusform>
            <numerusform>समयावधि में %n विफल फ़ाइलें, WARNING थ्रेशोल्ड तक</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (from the store, refreshed %1)</source>
        <translation> (सहेजे गए इतिहास से, %1 रीफ़्रेश किया गया)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 failing</source>
        <translation>%1 विफल हो रहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 partly failing</source>
        <translation>%1 आंशिक रूप से विफल हो रहे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stale</source>
        <translation>%1 अतिदेय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stuck</source>
        <translation>%1 अटके हुए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 worse than usual</source>
        <translation>%1 सामान्य से बदतर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not checked</source>
        <translation>%1 जाँचे नहीं गए</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %2 imports in %n workspace(s)</source>
        <translation>
            <numerusform>%n वर्कस्पेस के %2 इम्पोर्ट में से %1</numerusform>
            <numerusform>%n वर्कस्पेस के %2 इम्पोर्ट में से %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all healthy</source>
        <translation>सभी ठीक</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A monitoring plug-in: judge every import (or those named) of the chosen profiles by the attention rules (failing, worse than usual, stale, stuck; docs/ARCHITECTURE.md) over their stored histories, refreshed first with as few requests as they need.

Prints one status line with performance data, then one line per import that needs attention. Exit codes follow the Monitoring Plugins convention, unlike the other commands: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (bad arguments, no key, the API unreachable with nothing stored).</source>
        <translation>एक मॉनिटरिंग प्लग-इन: चुनी गई प्रोफ़ाइलों के हर इम्पोर्ट (या नाम से दिए गए इम्पोर्ट) को ध्यान के नियमों (विफल हो रहा, सामान्य से बदतर, अतिदेय, अटका हुआ; docs/ARCHITECTURE.md) के अनुसार उनके सहेजे गए इतिहास पर परखता है, जिसे पहले कम से कम अनुरोधों से रीफ़्रेश किया जाता है।

परफ़ॉर्मेंस डेटा के साथ एक स्थिति पंक्ति प्रिंट करता है, फिर हर उस इम्पोर्ट के लिए एक पंक्ति जिस पर ध्यान देना है। अन्य कमांड के विपरीत, एग्ज़िट कोड Monitoring Plugins की परिपाटी का पालन करते हैं: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (गलत आर्गुमेंट, कोई कुंजी नहीं, API तक पहुँच नहीं और कुछ भी सहेजा नहीं गया)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Check only this import; give it again for more.</source>
        <translation>केवल इस इम्पोर्ट की जाँच करें; और इम्पोर्ट के लिए इसे फिर से दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The span the figures and thresholds cover: 24h (default), 7d, 2w.</source>
        <translation>वह समयावधि जिस पर आँकड़े और थ्रेशोल्ड लागू होते हैं: 24h (डिफ़ॉल्ट), 7d, 2w।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING when an import reaches failed_files=N or failure_rate=PERCENT in the span (comma-separated), besides the attention rules.</source>
        <translation>ध्यान के नियमों के अतिरिक्त, WARNING जब कोई इम्पोर्ट समयावधि में failed_files=N या failure_rate=PERCENT तक पहुँचे (अल्पविराम से अलग)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRITICAL likewise.</source>
        <translation>CRITICAL इसी तरह।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the facts as Prometheus text for node_exporter&apos;s textfile collector to FILE, atomically.</source>
        <translation>तथ्यों को node_exporter के textfile collector के लिए Prometheus टेक्स्ट के रूप में FILE में भी एटॉमिक रूप से लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds the whole check may take (default 50); what is not refreshed by then is judged from the store, with its age.</source>
        <translation>पूरी जाँच में अधिकतम कितने सेकंड लग सकते हैं (डिफ़ॉल्ट 50); तब तक जो रीफ़्रेश नहीं हुआ, उसे सहेजे गए इतिहास से परखा जाता है, और बताया जाता है कि वह कितना पुराना है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS for each workspace (default 50/60).</source>
        <translation>हर वर्कस्पेस के लिए प्रति SECONDS अधिकतम N अनुरोध (डिफ़ॉल्ट 50/60)।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad command line (see standard error and importscope check --help).</source>
        <translation>गलत कमांड लाइन (स्टैंडर्ड एरर और importscope check --help देखें)।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>interrupted before the check ended.</source>
        <translation>जाँच पूरी होने से पहले बाधित।</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+45"/>
        <source>The API key in %1 is longer than %2 bytes: is it the right file?</source>
        <translation>%1 में दी गई API कुंजी %2 बाइट से लंबी है: क्या यह सही फ़ाइल है?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API key in %1 is not valid UTF-8: save it as UTF-8 text.</source>
        <translation>%1 में दी गई API कुंजी मान्य UTF-8 नहीं है: इसे UTF-8 टेक्स्ट के रूप में सहेजें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key in %1 has an empty first line.</source>
        <translation>%1 में दी गई API कुंजी की पहली पंक्ति खाली है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key in %1 contains control characters.</source>
        <translation>%1 में दी गई API कुंजी में कंट्रोल कैरेक्टर हैं।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The API key file %1 is not a regular file: save the key in a file.</source>
        <translation>API कुंजी फ़ाइल %1 सामान्य फ़ाइल नहीं है: कुंजी को किसी फ़ाइल में सहेजें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>standard input</source>
        <translation>स्टैंडर्ड इनपुट</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key (not shown):</source>
        <translation>API कुंजी (दिखाई नहीं देगी):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;%1&quot; is not a span: give hours, days or weeks, as 24h, 7d or 2w (at most ten years).</source>
        <translation>&quot;%1&quot; समयावधि नहीं है: घंटे, दिन या सप्ताह दें, जैसे 24h, 7d या 2w (अधिकतम दस वर्ष)।</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Use the saved profile NAME (its key comes from the keychain).</source>
        <translation>सहेजी गई प्रोफ़ाइल NAME का उपयोग करें (इसकी कुंजी कीचेन से आती है)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data centre: 01, 02, 03, 04, 05, 06 or 101.</source>
        <translation>डेटा सेंटर: 01, 02, 03, 04, 05, 06 या 101।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL, scheme://host[:port], instead of --dc.</source>
        <translation>API का बेस URL, scheme://host[:port], --dc के बदले।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace ID (also called App ID).</source>
        <translation>वर्कस्पेस ID (जिसे App ID भी कहते हैं)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Data API key from the first line of PATH. Otherwise the environment variable MOE_API_KEY, then the profile&apos;s keychain entry. Never give the key on the command line.</source>
        <translation>Data API कुंजी PATH की पहली पंक्ति से पढ़ें। अन्यथा एनवायरनमेंट वेरिएबल MOE_API_KEY से, फिर प्रोफ़ाइल की कीचेन प्रविष्टि से। कुंजी कभी भी कमांड लाइन पर न दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the certificates in the PEM file PATH besides the system&apos;s, for this run only: a private certificate authority, or the root of a proxy that inspects TLS. May be repeated; adds to a profile&apos;s extra trusted certificate.</source>
        <translation>PATH की PEM फ़ाइल के प्रमाणपत्रों पर, सिस्टम के प्रमाणपत्रों के अतिरिक्त, केवल इस बार के लिए भरोसा करें: कोई निजी प्रमाणपत्र प्राधिकरण, या TLS की जाँच करने वाले प्रॉक्सी का रूट। कई बार दिया जा सकता है; प्रोफ़ाइल के अतिरिक्त विश्वसनीय प्रमाणपत्र में जुड़ता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reach the API through the HTTP proxy URL, http://[USER@]HOST:PORT (https:// goes through CONNECT). Its password comes from IMPORTSCOPE_PROXY_PASSWORD, or the profile&apos;s keychain entry. Default: the profile&apos;s proxy, else the system&apos;s (https_proxy, no_proxy, the desktop&apos;s settings).</source>
        <translation>API तक HTTP प्रॉक्सी URL, http://[USER@]HOST:PORT, के माध्यम से पहुँचें (https:// CONNECT से होकर जाता है)। इसका पासवर्ड IMPORTSCOPE_PROXY_PASSWORD से, या प्रोफ़ाइल की कीचेन प्रविष्टि से आता है। डिफ़ॉल्ट: प्रोफ़ाइल का प्रॉक्सी, अन्यथा सिस्टम का (https_proxy, no_proxy, डेस्कटॉप की सेटिंग्स)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect directly, whatever the profile or the system says.</source>
        <translation>सीधे कनेक्ट करें, प्रोफ़ाइल या सिस्टम चाहे जो कहे।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seconds without an answer before a request is retried, 0.1 to 3600 (default 30); an answer must also be complete within five times this.</source>
        <translation>किसी अनुरोध को दोबारा भेजने से पहले बिना उत्तर के सेकंड, 0.1 से 3600 (डिफ़ॉल्ट 30); उत्तर को इसके पाँच गुना समय के भीतर पूरा भी होना चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS for the workspace (default 50/60; N 1 to 100000, SECONDS 0.1 to 3600).</source>
        <translation>वर्कस्पेस के लिए प्रति SECONDS अधिकतम N अनुरोध (डिफ़ॉल्ट 50/60; N 1 से 100000, SECONDS 0.1 से 3600)।</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Profile &quot;%1&quot;: the proxy password could not be read: %2</source>
        <translation>प्रोफ़ाइल &quot;%1&quot;: प्रॉक्सी पासवर्ड पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give --proxy or --no-proxy, not both.</source>
        <translation>--proxy या --no-proxy दें, दोनों नहीं।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--timeout must be a number of seconds from 0.1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 0.1 से 3600 तक सेकंड की संख्या होनी चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--profile cannot be combined with --dc, --base-url or --workspace-id.</source>
        <translation>--profile को --dc, --base-url या --workspace-id के साथ नहीं जोड़ा जा सकता।</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cannot read the API key file %1: %2.</source>
        <translation>API कुंजी फ़ाइल %1 पढ़ी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Give exactly one of --profile, --dc or --base-url.</source>
        <translation>--profile, --dc या --base-url में से ठीक एक दें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--workspace-id is required with --dc or --base-url.</source>
        <translation>--dc या --base-url के साथ --workspace-id आवश्यक है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No API key: set MOE_API_KEY or use --api-key-file PATH.</source>
        <translation>कोई API कुंजी नहीं: MOE_API_KEY सेट करें या --api-key-file PATH का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>--rate-limit must look like 50/60 (requests/seconds), not &quot;%1&quot;.</source>
        <translation>--rate-limit 50/60 (अनुरोध/सेकंड) जैसा होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No profile: add one with importscope profile add, or give --base-url and --workspace-id.</source>
        <translation>कोई प्रोफ़ाइल नहीं: importscope profile add से एक जोड़ें, या --base-url और --workspace-id दें।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show this help.</source>
        <translation>यह सहायता दिखाएँ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>अप्रत्याशित आर्गुमेंट &quot;%1&quot;।</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+29"/>
        <source>Usage: importscope completion bash
Prints a bash completion script for importscope&apos;s commands, actions and options (the package installs it).</source>
        <translation>उपयोग: importscope completion bash
importscope के कमांड, ऐक्शन और विकल्पों के लिए bash कम्प्लीशन स्क्रिप्ट प्रिंट करता है (पैकेज इसे इंस्टॉल करता है)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: importscope completion bash</source>
        <translation>उपयोग: importscope completion bash</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export an import&apos;s history as CSV or JSON</source>
        <translation>किसी इम्पोर्ट का इतिहास CSV या JSON के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the workspace&apos;s imports</source>
        <translation>वर्कस्पेस के इम्पोर्ट सूचीबद्ध करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group failed files by cause</source>
        <translation>विफल फ़ाइलों को कारण के अनुसार समूहित करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every import of every workspace, most in need of attention first</source>
        <translation>हर वर्कस्पेस का हर इम्पोर्ट, जिसे सबसे अधिक ध्यान चाहिए वह पहले</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run a periodic import again now (asks first; --yes in scripts)</source>
        <translation>किसी आवधिक इम्पोर्ट को अभी फिर से चलाएँ (पहले पूछता है; स्क्रिप्ट में --yes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge imports for a monitoring system (exit 0 OK .. 3 UNKNOWN)</source>
        <translation>मॉनिटरिंग सिस्टम के लिए इम्पोर्ट परखें (एग्ज़िट 0 OK .. 3 UNKNOWN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serve the demo workspace on 127.0.0.1</source>
        <translation>127.0.0.1 पर डेमो वर्कस्पेस चलाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manage credential profiles</source>
        <translation>क्रेडेंशियल प्रोफ़ाइल प्रबंधित करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored history</source>
        <translation>सहेजा गया इतिहास</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script</source>
        <translation>शेल कम्प्लीशन स्क्रिप्ट प्रिंट करें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>open the window</source>
        <translation>विंडो खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window on the embedded demo workspace</source>
        <translation>अंतर्निहित डेमो वर्कस्पेस के साथ विंडो खोलें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage:</source>
        <translation>उपयोग:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each command takes --help.</source>
        <translation>हर कमांड --help स्वीकार करता है।</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../app/api/Connection.cpp" line="+53"/>
        <source>Unknown data centre &quot;%1&quot;: use one of %2, or give a base URL.</source>
        <translation>अज्ञात डेटा सेंटर &quot;%1&quot;: %2 में से कोई एक उपयोग करें, या बेस URL दें।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a valid base URL: write it as https://host[:port].</source>
        <translation>&quot;%1&quot; मान्य बेस URL नहीं है: इसे https://host[:port] के रूप में लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base URL must start with https://, not &quot;%1://&quot;.</source>
        <translation>बेस URL https:// से शुरू होना चाहिए, &quot;%1://&quot; से नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must be only scheme://host[:port], without a path, query or user: &quot;%1&quot;.</source>
        <translation>बेस URL केवल scheme://host[:port] होना चाहिए, बिना पाथ, क्वेरी या यूज़र के: &quot;%1&quot;।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain http:// is refused for %1: the API key would travel unencrypted. Use https://.</source>
        <translation>%1 के लिए सादा http:// अस्वीकार है: API कुंजी बिना एन्क्रिप्शन के जाएगी। https:// का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workspace ID is empty.</source>
        <translation>वर्कस्पेस ID खाली है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace ID cannot contain spaces or &apos;:&apos;, and only printable ASCII characters (letters, digits, - and _).</source>
        <translation>वर्कस्पेस ID में स्पेस या &apos;:&apos; नहीं हो सकते, और केवल प्रिंट होने योग्य ASCII कैरेक्टर (अक्षर, अंक, - और _) हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not a proxy URL: write it as http://host:port or http://user@host:port.</source>
        <translation>&quot;%1&quot; प्रॉक्सी URL नहीं है: इसे http://host:port या http://user@host:port के रूप में लिखें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only HTTP proxies are supported (http://host:port), not &quot;%1://&quot;: requests to the API still travel inside TLS through it.</source>
        <translation>केवल HTTP प्रॉक्सी समर्थित हैं (http://host:port), &quot;%1://&quot; नहीं: API को भेजे गए अनुरोध फिर भी उसके माध्यम से TLS के भीतर ही जाते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy URL &quot;%1&quot; has no port: write it as http://host:port.</source>
        <translation>प्रॉक्सी URL &quot;%1&quot; में कोई पोर्ट नहीं है: इसे http://host:port के रूप में लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy URL must not contain a password: it would show in the process list and be saved in files. Give only the user (http://user@host:port); the password comes from the keychain or IMPORTSCOPE_PROXY_PASSWORD.</source>
        <translation>प्रॉक्सी URL में पासवर्ड नहीं होना चाहिए: वह प्रोसेस सूची में दिखेगा और फ़ाइलों में सहेजा जाएगा। केवल यूज़र दें (http://user@host:port); पासवर्ड कीचेन या IMPORTSCOPE_PROXY_PASSWORD से आता है।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is not a PEM certificate: the text must start with -----BEGIN CERTIFICATE-----.</source>
        <translation>यह PEM प्रमाणपत्र नहीं है: टेक्स्ट -----BEGIN CERTIFICATE----- से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It holds something other than certificates (%1): give only the certificate.</source>
        <translation>इसमें प्रमाणपत्रों के अलावा कुछ और है (%1): केवल प्रमाणपत्र दें।</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) in it could not be read.</source>
        <translation>
            <numerusform>इसमें %n प्रमाणपत्र पढ़ा नहीं जा सका।</numerusform>
            <numerusform>इसमें %n प्रमाणपत्र पढ़े नहीं जा सके।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate in it could not be read.</source>
        <translation>इसमें एक प्रमाणपत्र पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>प्रमाणपत्र फ़ाइल %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate file %1 is not a regular file.</source>
        <translation>प्रमाणपत्र फ़ाइल %1 सामान्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the certificate file %1: %2.</source>
        <translation>प्रमाणपत्र फ़ाइल %1 पढ़ी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate file %1 is larger than %2 KB: is it the right file?</source>
        <translation>प्रमाणपत्र फ़ाइल %1, %2 KB से बड़ी है: क्या यह सही फ़ाइल है?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate file %1: %2</source>
        <translation>प्रमाणपत्र फ़ाइल %1: %2</translation>
    </message>
</context>
<context>
    <name>DataCenters</name>
    <message>
        <location line="-200"/>
        <location line="+3"/>
        <source>US</source>
        <translation>अमेरिका</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>EU</source>
        <translation>ईयू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>भारत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Singapore</source>
        <translation>सिंगापुर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>इंडोनेशिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unverified host</source>
        <translation>असत्यापित होस्ट</translation>
    </message>
</context>
<context>
    <name>DemoFaultPlan</name>
    <message>
        <location filename="../app/demo/DemoFaults.cpp" line="+84"/>
        <source>fault &quot;%1&quot; is not KIND@N, KIND@N-M, KIND@N- or KIND:PROBABILITY</source>
        <translation>फ़ॉल्ट &quot;%1&quot; KIND@N, KIND@N-M, KIND@N- या KIND:PROBABILITY के रूप में नहीं है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown fault kind &quot;%1&quot; (use 500..511, 429, garbage, truncate, reset, stall or shift)</source>
        <translation>अज्ञात फ़ॉल्ट प्रकार &quot;%1&quot; (500..511, 429, garbage, truncate, reset, stall या shift का उपयोग करें)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>probability in &quot;%1&quot; must be above 0 and at most 1</source>
        <translation>&quot;%1&quot; में प्रायिकता 0 से अधिक और अधिकतम 1 होनी चाहिए</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request numbers start at 1 in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; में अनुरोध संख्याएँ 1 से शुरू होती हैं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>range in &quot;%1&quot; ends before it starts</source>
        <translation>&quot;%1&quot; में सीमा शुरू होने से पहले ही समाप्त हो जाती है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fault probabilities add up to %1, more than 1</source>
        <translation>फ़ॉल्ट प्रायिकताओं का योग %1 है, जो 1 से अधिक है</translation>
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
        <translation>फ़ॉल्ट इंजेक्शन: --faults SPEC, जहाँ SPEC आइटमों की अल्पविराम से अलग की गई सूची है:
  KIND@N         N-वाँ अनुरोध (1 से गिनती, सर्वर शुरू होने के समय से)
  KIND@N-M       अनुरोध N से M तक          KIND@N-    अनुरोध N और उसके बाद का हर अनुरोध
  KIND:P         कोई भी अनुरोध, प्रायिकता P (0 &lt; P &lt;= 1) के साथ, --seed से सीड किए गए
                 जनरेटर से चुना गया; सभी आइटमों की प्रायिकताओं का योग अधिकतम 1
KIND इनमें से एक है:
  500..511       वही स्टेटस, API के बॉडी {&quot;title&quot;: &quot;Server Error&quot;, ...} के साथ
  429            &quot;Rate Limits Exceeded&quot;, वास्तविक सीमा चाहे जो कहे
  garbage        स्टेटस 200, ऐसे बॉडी के साथ जो JSON नहीं है
  truncate       वास्तविक उत्तर, जिसका JSON बीच से कटा है (Content-Length मेल खाता है)
  reset          कनेक्शन बिना उत्तर के रीसेट होता है (TCP RST); ध्यान दें कि Qt का
                 QNetworkAccessManager स्वयं एक बार दोबारा भेजता है: reset@N-M उसे रीसेट दिखाता है
  stall          अनुरोध स्वीकार होता है, पर उसका उत्तर कभी नहीं आता
  shift          अनुरोधित इम्पोर्ट में सबसे ऊपर एक नई फ़ाइल आती है, फिर वास्तविक
                 उत्तर: बाद के पेज एक स्थान खिसक जाते हैं और एक फ़ाइल id पेजों में दोहराई जाती है
क्रमांकित आइटम प्रायिकताओं से ऊपर हैं; क्रमांकित आइटमों में पहले सूचीबद्ध आइटम लागू होता है।
हर अनुरोध गिना जाता है, उसका पाथ या परिणाम जो भी हो। truncate और shift के अलावा अन्य फ़ॉल्ट
रूटिंग, प्रमाणीकरण और दर सीमा से पहले उत्तर देते हैं, और सीमा में नहीं गिने जाते।
उदाहरण: 500@3   garbage@2-4,reset@7   500:0.1,reset:0.05,shift:0.02
</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/demo/DemoServer.cpp" line="+486"/>
        <source>the demo server is already running at %1</source>
        <translation>डेमो सर्वर पहले से %1 पर चल रहा है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad fault specification: %1</source>
        <translation>गलत फ़ॉल्ट विनिर्देश: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1 पर सुन नहीं सकता: %2</translation>
    </message>
</context>
<context>
    <name>DemoServerCommand</name>
    <message>
        <location filename="../app/cli/DemoServerCommand.cpp" line="+26"/>
        <source>%1 (see --help)</source>
        <translation>%1 (--help देखें)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: workspace %2, Data API key %3.</source>
        <translation>%1: वर्कस्पेस %2, Data API कुंजी %3।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serves the ImportScope demo workspace: the MoEngage File Imports API (Run History, Import
Details and Trigger) on 127.0.0.1, with seeded data, authentication, the rate limit, latency
and faults.
Prints url=, workspace= and key= lines, then serves until SIGINT or SIGTERM.</source>
        <translation>127.0.0.1 पर ImportScope डेमो वर्कस्पेस चलाता है: MoEngage File Imports API (Run History,
Import Details और Trigger), पहले से भरे डेटा, प्रमाणीकरण, दर सीमा, विलंब
और खराबियों के साथ।
url=, workspace= और key= पंक्तियाँ प्रिंट करता है, फिर SIGINT या SIGTERM मिलने तक चलता रहता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this help and the fault grammar.</source>
        <translation>यह सहायता और फ़ॉल्ट का व्याकरण दिखाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port on 127.0.0.1 (0: any free port).</source>
        <translation>127.0.0.1 पर पोर्ट (0: कोई भी खाली पोर्ट)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay every answer by N milliseconds.</source>
        <translation>हर उत्तर को N मिलीसेकंड देर से भेजें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N requests per SECONDS per workspace, then 429 (0/SECONDS: no limit).</source>
        <translation>प्रति वर्कस्पेस प्रति SECONDS अधिकतम N अनुरोध, फिर 429 (0/SECONDS: कोई सीमा नहीं)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a Retry-After header with 429 answers (the real API does not).</source>
        <translation>429 उत्तरों के साथ Retry-After हेडर भेजें (असली API ऐसा नहीं करता)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject faults (grammar below).</source>
        <translation>फ़ॉल्ट डालें (व्याकरण नीचे)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the data and of random faults.</source>
        <translation>डेटा और यादृच्छिक फ़ॉल्ट का सीड।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data ends just before this UTC day, YYYY-MM-DD (default: tomorrow, so it stays the same all day).</source>
        <translation>डेटा इस UTC दिन से ठीक पहले समाप्त होता है, YYYY-MM-DD (डिफ़ॉल्ट: अगला दिन, ताकि पूरे दिन डेटा एक जैसा रहे)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the API&apos;s open points are read (default: $IMPORTSCOPE_DEMO_READINGS, else date=scheduled,end=second,order=scheduled,pf=none,ratelimit=none,window=sliding): %1.</source>
        <translation>API के अस्पष्ट बिंदुओं को कैसे पढ़ा जाए (डिफ़ॉल्ट: $IMPORTSCOPE_DEMO_READINGS, अन्यथा date=scheduled,end=second,order=scheduled,pf=none,ratelimit=none,window=sliding): %1।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>अप्रत्याशित आर्गुमेंट &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credentials: workspace %1, Data API key %2.</source>
        <translation>क्रेडेंशियल: वर्कस्पेस %1, Data API कुंजी %2।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port 0 से 65535 तक की संख्या होनी चाहिए</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--latency-ms must be a number of milliseconds from 0 to 600000</source>
        <translation>--latency-ms 0 से 600000 तक मिलीसेकंड की संख्या होनी चाहिए</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rate must be N/SECONDS, such as 50/60</source>
        <translation>--rate N/SECONDS रूप में होना चाहिए, जैसे 50/60</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a number from 0 to 4294967295</source>
        <translation>--seed 0 से 4294967295 तक की संख्या होनी चाहिए</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--anchor must be a date written YYYY-MM-DD</source>
        <translation>--anchor YYYY-MM-DD रूप में लिखी तारीख होनी चाहिए</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Serving the demo workspace; the window opens &quot;%1&quot; first. Press Ctrl+C to stop.</source>
        <translation>डेमो वर्कस्पेस चल रहा है; विंडो पहले &quot;%1&quot; खोलती है। रोकने के लिए Ctrl+C दबाएँ।</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="+80"/>
        <source>A file partly failed in “%1”</source>
        <translation>“%1” में एक फ़ाइल आंशिक रूप से विफल हुई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file failed in “%1”</source>
        <translation>“%1” में एक फ़ाइल विफल हुई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is stale</source>
        <translation>“%1” अतिदेय है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file is stuck in “%1”</source>
        <translation>“%1” में एक फ़ाइल अटकी हुई है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace: %1</source>
        <translation>वर्कस्पेस: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No run since %1</source>
        <translation>%1 से कोई रन नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No run for longer than usual</source>
        <translation>सामान्य से अधिक समय से कोई रन नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1 (%2)</source>
        <translation>फ़ाइल: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n new failure(s) in %1</source>
        <extracomment>&quot;7 new failures in 3 imports&quot;: the first %n is the failures, %1 the imports&apos; part.</extracomment>
        <translation>
            <numerusform>%1 में %n नई विफलता</numerusform>
            <numerusform>%1 में %n नई विफलताएँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n इम्पोर्ट</numerusform>
            <numerusform>%n इम्पोर्ट</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: stale</source>
        <translation>%1: अतिदेय</translation>
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
            <numerusform>और %n अन्य</numerusform>
            <numerusform>और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/DetailPane.cpp" line="+33"/>
        <source>Select a file to see its details.</source>
        <translation>विवरण देखने के लिए कोई फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File details</source>
        <translation>फ़ाइल विवरण</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy ID</source>
        <translation>ID कॉपी करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status message</source>
        <translation>स्थिति संदेश</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File ID</source>
        <translation>फ़ाइल ID</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Copy the file ID</source>
        <translation>फ़ाइल की ID कॉपी करें</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Copy file name</source>
        <translation>फ़ाइल नाम कॉपी करें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy file ID</source>
        <translation>फ़ाइल ID कॉपी करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File ID:</source>
        <translation>फ़ाइल ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled:</source>
        <translation>निर्धारित:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed:</source>
        <translation>पूर्ण:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>आकार:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total:</source>
        <translation>कुल:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Added:</source>
        <translation>जोड़ी गईं:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Updated:</source>
        <translation>अपडेट हुईं:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped:</source>
        <translation>छोड़ी गईं:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Failed:</source>
        <translation>विफल:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Failure rate:</source>
        <translation>विफलता दर:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auxiliary data</source>
        <translation>सहायक डेटा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As the API sent it</source>
        <translation>जैसा API ने भेजा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raw JSON of the file</source>
        <translation>फ़ाइल का मूल JSON</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(no file name)</source>
        <translation>(कोई फ़ाइल नाम नहीं)</translation>
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
        <translation>%1 (%2 बाइट)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no message)</source>
        <translation>(कोई संदेश नहीं)</translation>
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
        <translation>--import-id ID या --import-name NAME दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to needs --from.</source>
        <translation>--to के लिए --from आवश्यक है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown --date-format &quot;%1&quot;: use one of %2.</source>
        <translation>अज्ञात --date-format &quot;%1&quot;: %2 में से कोई एक उपयोग करें।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--page must be a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--page 1 या उससे बड़ी पूर्ण संख्या होनी चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format csv या json होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bom and --excel-safe apply to CSV only.</source>
        <translation>--bom और --excel-safe केवल CSV पर लागू होते हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give --incremental or --cached, not both.</source>
        <translation>--incremental या --cached दें, दोनों नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--incremental and --cached keep whole answers: they take no --page.</source>
        <translation>--incremental और --cached पूरे उत्तर रखते हैं: इनके साथ --page नहीं दिया जा सकता।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export an import&apos;s file run history as CSV or JSON.

Exit codes: 0 done (also when nothing matches), 1 local failure, 2 bad command line or input (nothing sent), 3 authentication refused, 4 request rejected (e.g. unknown import, page past the last), 5 network or server failure after retries, 130 interrupted.</source>
        <translation>किसी इम्पोर्ट का फ़ाइल रन इतिहास CSV या JSON के रूप में एक्सपोर्ट करता है।

एग्ज़िट कोड: 0 पूर्ण (तब भी जब कुछ मेल न खाए), 1 स्थानीय विफलता, 2 गलत कमांड लाइन या इनपुट (कुछ नहीं भेजा गया), 3 प्रमाणीकरण अस्वीकृत, 4 अनुरोध अस्वीकृत (जैसे अज्ञात इम्पोर्ट, अंतिम के बाद का पेज), 5 दोबारा प्रयासों के बाद नेटवर्क या सर्वर विफलता, 130 बाधित।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import&apos;s ID (wins over --import-name, as in the API).</source>
        <translation>इम्पोर्ट की ID (API की तरह, --import-name पर प्राथमिकता)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import&apos;s name.</source>
        <translation>इम्पोर्ट का नाम।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files processed from DATE, written in --date-format.</source>
        <translation>DATE से प्रोसेस की गई फ़ाइलें, --date-format में लिखी तारीख।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... until DATE (default: now). Needs --from.</source>
        <translation>... DATE तक (डिफ़ॉल्ट: अभी)। --from आवश्यक है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of YYYY-MM-DD (default), YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY, &quot;DD-MM-YYYY hh:mm:ss&quot;, &quot;DD/MM/YYYY hh:mm:ss&quot;, &quot;YYYY-MM-DD hh:mm:ss&quot;, &quot;YYYY/MM/DD hh:mm:ss&quot;.</source>
        <translation>इनमें से एक: YYYY-MM-DD (डिफ़ॉल्ट), YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY, &quot;DD-MM-YYYY hh:mm:ss&quot;, &quot;DD/MM/YYYY hh:mm:ss&quot;, &quot;YYYY-MM-DD hh:mm:ss&quot;, &quot;YYYY/MM/DD hh:mm:ss&quot;।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only files with these statuses, comma-separated: SUCCESSFUL FAILED PARTIAL_SUCCESS PROCESSING QUEUED WAITING (any case).</source>
        <translation>केवल इन स्थितियों वाली फ़ाइलें, अल्पविराम से अलग: SUCCESSFUL FAILED PARTIAL_SUCCESS PROCESSING QUEUED WAITING (बड़े या छोटे अक्षरों में)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only page N (50 files a page). Default: every page.</source>
        <translation>केवल पेज N (प्रति पेज 50 फ़ाइलें)। डिफ़ॉल्ट: सभी पेज।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv (default) or json.</source>
        <translation>csv (डिफ़ॉल्ट) या json।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically; a pipe or a device such as /dev/stdout is written straight (default: standard output).</source>
        <translation>FILE में एटॉमिक रूप से लिखें; पाइप या /dev/stdout जैसे डिवाइस में सीधे लिखा जाता है (डिफ़ॉल्ट: स्टैंडर्ड आउटपुट)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefix &apos; to text cells starting with = + - @ tab or CR (CSV).</source>
        <translation>= + - @ टैब या CR से शुरू होने वाले टेक्स्ट सेल के आगे &apos; लगाएँ (CSV)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a UTF-8 byte-order mark for Excel (CSV).</source>
        <translation>Excel के लिए UTF-8 बाइट-ऑर्डर मार्क से शुरू करें (CSV)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress on standard error.</source>
        <translation>स्टैंडर्ड एरर पर प्रगति न दिखाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the stored answer with as few requests as possible, then export the whole answer (and keep it stored).</source>
        <translation>सहेजे गए उत्तर को कम से कम अनुरोधों से रीफ़्रेश करें, फिर पूरा उत्तर एक्सपोर्ट करें (और उसे सहेजा हुआ रखें)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send no request: export the stored answer (exit 4 when nothing is stored).</source>
        <translation>कोई अनुरोध न भेजें: सहेजा गया उत्तर एक्सपोर्ट करें (कुछ भी सहेजा न हो तो एग्ज़िट कोड 4)।</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>importscope: exporting the answer stored at %1 (%n minute(s) ago), without a request.</source>
        <translation>
            <numerusform>importscope: %1 पर सहेजा गया उत्तर (%n मिनट पहले) बिना अनुरोध के एक्सपोर्ट किया जा रहा है।</numerusform>
            <numerusform>importscope: %1 पर सहेजा गया उत्तर (%n मिनट पहले) बिना अनुरोध के एक्सपोर्ट किया जा रहा है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write to standard output.</source>
        <translation>स्टैंडर्ड आउटपुट पर नहीं लिखा जा सकता।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>importscope: waiting for a reader of %1 (Ctrl+C ends it)…</source>
        <translation>importscope: %1 को पढ़ने वाले प्रोग्राम की प्रतीक्षा हो रही है (Ctrl+C से समाप्त करें)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interrupted: nothing was exported; the refreshed history had been stored already.</source>
        <translation>बाधित: कुछ भी एक्सपोर्ट नहीं हुआ; रीफ़्रेश किया गया इतिहास पहले ही सहेजा जा चुका था।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrupted: nothing was exported, and the stored history is as it was.</source>
        <translation>बाधित: कुछ भी एक्सपोर्ट नहीं हुआ, और सहेजा गया इतिहास पहले जैसा है।</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Interrupted: nothing was written.</source>
        <translation>बाधित: कुछ भी नहीं लिखा गया।</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+105"/>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rows:</source>
        <translation>पंक्तियाँ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All 15 API fields, in the API&apos;s order</source>
        <translation>API के सभी 15 फ़ील्ड, API के क्रम में</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns:</source>
        <translation>कॉलम:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API field names (file_name, file_status, …)</source>
        <translation>API फ़ील्ड नाम (file_name, file_status, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As displayed (File name, Status, …)</source>
        <translation>जैसे दिखाए गए (फ़ाइल नाम, स्थिति, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header:</source>
        <translation>हेडर:</translation>
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
        <translation>फ़ॉर्मैट:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ( , )</source>
        <translation>अल्पविराम ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>अर्धविराम ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>डिलिमिटर(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 &amp;byte-order mark (lets Excel detect UTF-8)</source>
        <translation>UTF-8 बाइट-ऑर्डर मार्क (ताकि Excel UTF-8 पहचान सके)(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xcel-safe: prefix &apos; to text cells starting with = + - @</source>
        <translation>Excel-सुरक्षित: = + - @ से शुरू होने वाले टेक्स्ट सेल के आगे &apos; लगाएँ(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spreadsheet would run such a cell as a formula. Only the API&apos;s text fields get the prefix; numbers are never changed.</source>
        <translation>स्प्रेडशीट ऐसे सेल को फ़ॉर्मूले की तरह चलाएगी। केवल API के टेक्स्ट फ़ील्ड को यह प्रीफ़िक्स मिलता है; संख्याएँ कभी नहीं बदलतीं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes the exported values: a file name such as &quot;+49_customers.csv&quot; is written &quot;&apos;+49_customers.csv&quot; and no longer matches the API. Leave it off for files other programs read. CSV only.</source>
        <translation>एक्सपोर्ट किए गए मान बदल देता है: &quot;+49_customers.csv&quot; जैसा फ़ाइल नाम &quot;&apos;+49_customers.csv&quot; लिखा जाता है और फिर API से मेल नहीं खाता। जिन फ़ाइलों को अन्य प्रोग्राम पढ़ते हैं, उनके लिए इसे बंद रखें। केवल CSV।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open containing &amp;folder</source>
        <translation>संबंधित फ़ोल्डर खोलें(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>एक्सपोर्ट करें(&amp;E)…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Export causes</source>
        <translation>कारण एक्सपोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n cause(s) of the Triage tab, in its order: pattern, files, failed rows, imports, workspaces, first and last seen, new, an example and the file IDs.</source>
        <translation>
            <numerusform>ट्राइएज टैब का %n कारण, उसी के क्रम में: पैटर्न, फ़ाइलें, विफल पंक्तियाँ, इम्पोर्ट, वर्कस्पेस, पहली और अंतिम बार देखा गया, नया, एक उदाहरण और फ़ाइल ID।</numerusform>
            <numerusform>ट्राइएज टैब के %n कारण, उसी के क्रम में: पैटर्न, फ़ाइलें, विफल पंक्तियाँ, इम्पोर्ट, वर्कस्पेस, पहली और अंतिम बार देखा गया, नया, एक उदाहरण और फ़ाइल ID।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Causes:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All fetched rows (%1)</source>
        <translation>सभी प्राप्त पंक्तियाँ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown, sorted as in the table (%1)</source>
        <translation>दिखाई गई पंक्तियाँ, तालिका के क्रम में (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected rows (%1)</source>
        <translation>चुनी गई पंक्तियाँ (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown columns, in the table&apos;s order (%1)</source>
        <translation>दिखाए गए कॉलम, तालिका के क्रम में (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown columns, in the table&apos;s order (%1 of the %2 shown)</source>
        <translation>दिखाए गए कॉलम, तालिका के क्रम में (दिखाए गए %2 में से %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is computed by ImportScope, not an API field: it is not exported.</source>
        <translation>%1 की गणना ImportScope करता है, यह API फ़ील्ड नहीं है: इसे एक्सपोर्ट नहीं किया जाता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are computed by ImportScope, not API fields: they are not exported.</source>
        <translation>%1 की गणना ImportScope करता है, ये API फ़ील्ड नहीं हैं: इन्हें एक्सपोर्ट नहीं किया जाता।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Cancel export</source>
        <translation>एक्सपोर्ट रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export to</source>
        <translation>यहाँ एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON फ़ाइलें (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;टेक्स्ट फ़ाइलें (*.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exporting %Ln cause(s) to %1…</source>
        <translation>
            <numerusform>%Ln कारण %1 में एक्सपोर्ट हो रहा है…</numerusform>
            <numerusform>%Ln कारण %1 में एक्सपोर्ट हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>%Ln पंक्ति %1 में एक्सपोर्ट हो रही है…</numerusform>
            <numerusform>%Ln पंक्तियाँ %1 में एक्सपोर्ट हो रही हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Exported %Ln cause(s) to %1.</source>
        <translation>
            <numerusform>%Ln कारण %1 में एक्सपोर्ट किया गया।</numerusform>
            <numerusform>%Ln कारण %1 में एक्सपोर्ट किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln पंक्ति %1 में एक्सपोर्ट की गई।</numerusform>
            <numerusform>%Ln पंक्तियाँ %1 में एक्सपोर्ट की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled: %1 was left as it was.</source>
        <translation>एक्सपोर्ट रद्द: %1 में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>एक्सपोर्ट रद्द: कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The existing file was left as it was.</source>
        <translation>मौजूदा फ़ाइल में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder or free some space, then export again.</source>
        <translation>कोई दूसरा फ़ोल्डर चुनें या कुछ जगह खाली करें, फिर दोबारा एक्सपोर्ट करें।</translation>
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
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cannot write %1: it is not a regular file, a pipe or a terminal. Choose a file name.</source>
        <translation>%1 में लिखा नहीं जा सकता: यह न सामान्य फ़ाइल है, न पाइप, न टर्मिनल। कोई फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Export cancelled.</source>
        <translation>एक्सपोर्ट रद्द किया गया।</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../app/export/ExportOptions.cpp" line="+40"/>
        <source>Unknown export format: choose CSV or JSON.</source>
        <translation>अज्ञात एक्सपोर्ट फ़ॉर्मैट: CSV या JSON चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <translation>CSV डिलिमिटर अल्पविराम, अर्धविराम या टैब होना चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A byte-order mark can only be written to CSV, not to JSON.</source>
        <translation>बाइट-ऑर्डर मार्क केवल CSV में लिखा जा सकता है, JSON में नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one column to export.</source>
        <translation>एक्सपोर्ट के लिए कम से कम एक कॉलम चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown export column (internal error).</source>
        <translation>अज्ञात एक्सपोर्ट कॉलम (आंतरिक त्रुटि)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column %1 is listed twice: list each column once.</source>
        <translation>कॉलम %1 दो बार सूचीबद्ध है: हर कॉलम एक ही बार सूचीबद्ध करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one header label per column (%1 labels for %2 columns).</source>
        <translation>हर कॉलम के लिए एक हेडर लेबल दें (%2 कॉलम के लिए %1 लेबल)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two columns are labelled &quot;%1&quot;: JSON keys must differ.</source>
        <translation>दो कॉलमों का लेबल &quot;%1&quot; है: JSON कुंजियाँ अलग होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../app/export/ExportWriter.cpp" line="+69"/>
        <source>the output</source>
        <translation>आउटपुट</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was already started (internal error).</source>
        <translation>एक्सपोर्ट पहले ही शुरू हो चुका था (आंतरिक त्रुटि)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: it is not open for writing.</source>
        <translation>%1 में लिखा नहीं जा सकता: यह लिखने के लिए खुला नहीं है।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rows must be written between begin() and finish() (internal error).</source>
        <translation>पंक्तियाँ begin() और finish() के बीच लिखी जानी चाहिए (आंतरिक त्रुटि)।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The export was finished before it began, or twice (internal error).</source>
        <translation>एक्सपोर्ट शुरू होने से पहले या दो बार समाप्त किया गया (आंतरिक त्रुटि)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>FileRunTableModel</name>
    <message>
        <location filename="../app/model/FileRunTableModel.cpp" line="+133"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File name</source>
        <translation>फ़ाइल नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>जोड़ी गईं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>अपडेट हुईं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>छोड़ी गईं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure %</source>
        <translation>विफलता %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aux added</source>
        <translation>सहायक जोड़े</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aux failed</source>
        <translation>सहायक विफल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File ID</source>
        <translation>फ़ाइल ID</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>empty</source>
        <translation>खाली</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../ui/FilterForm.cpp" line="+115"/>
        <source>&amp;Import name:</source>
        <translation>इम्पोर्ट नाम(&amp;N):</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Import name</source>
        <translation>इम्पोर्ट नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick or type an import name</source>
        <translation>इम्पोर्ट नाम चुनें या लिखें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;mport ID:</source>
        <translation>इम्पोर्ट ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; wins over the name</source>
        <translation>वैकल्पिक; नाम पर प्राथमिकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import ID</source>
        <translation>इम्पोर्ट ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When both an ID and a name are given, the API uses the ID and ignores the name.</source>
        <translation>यदि ID और नाम दोनों दिए गए हों, तो API ID का उपयोग करता है और नाम को अनदेखा करता है।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Dates:</source>
        <translation>तारीखें(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by date</source>
        <translation>तारीख से फ़िल्टर करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range preset</source>
        <translation>तारीख सीमा प्रीसेट</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f&amp;rom</source>
        <translation>से(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>तक(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date format sent to the API</source>
        <translation>API को भेजा गया तारीख फ़ॉर्मैट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format the dates are written in on the wire; all eight mean the same range.</source>
        <translation>वह फ़ॉर्मैट जिसमें तारीखें भेजी जाती हैं; आठों का अर्थ एक ही सीमा है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>f&amp;ormat</source>
        <translation>फ़ॉर्मैट(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statuses to fetch</source>
        <translation>प्राप्त करने के लिए स्थितियाँ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems only</source>
        <translation>केवल समस्याएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch every file, then show only the problems: FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and any status that is not a success and not still in progress. The API&apos;s filter cannot ask for PARTIAL_FAILURE, so nothing is filtered in the request.</source>
        <translation>हर फ़ाइल प्राप्त करें, फिर केवल समस्याएँ दिखाएँ: FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE और कोई भी ऐसी स्थिति जो न सफल है और न अभी प्रगति में है। API का फ़िल्टर PARTIAL_FAILURE नहीं माँग सकता, इसलिए अनुरोध में कुछ भी फ़िल्टर नहीं किया जाता।</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+297"/>
        <source>Fetch</source>
        <translation>प्राप्त करें</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Fetch every page of the import&apos;s history (F5, Ctrl+R)</source>
        <translation>इम्पोर्ट इतिहास के सभी पेज प्राप्त करें (F5, Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the fetch; rows received so far stay (Esc)</source>
        <translation>प्राप्ति रोकें; अब तक मिली पंक्तियाँ बनी रहेंगी (Esc)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status</source>
        <translation>कोई स्थिति नहीं</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln status(es)</source>
        <translation>
            <numerusform>%Ln स्थिति</numerusform>
            <numerusform>%Ln स्थितियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln इम्पोर्ट</numerusform>
            <numerusform>%Ln इम्पोर्ट</numerusform>
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
        <translation>तारीखें %1 में वर्कस्पेस का स्थानीय समय हैं।</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The date range ends before it starts: set &quot;to&quot; after &quot;from&quot;.</source>
        <translation>तारीख सीमा शुरू होने से पहले समाप्त होती है: &quot;तक&quot; को &quot;से&quot; के बाद रखें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No status is ticked: tick at least one, or click All.</source>
        <translation>कोई स्थिति चुनी नहीं गई: कम से कम एक चुनें, या सभी पर क्लिक करें।</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln फ़ाइल</numerusform>
            <numerusform>%Ln फ़ाइलें</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1, %2</source>
        <translation>अंतिम रन %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last run %1</source>
        <translation>अंतिम रन %1</translation>
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
        <translation>कोई इम्पोर्ट सूचीबद्ध नहीं</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refetch</source>
        <translation>फिर से प्राप्त करें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status %1</source>
        <translation>स्थिति %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates %1 to %2</source>
        <translation>तारीखें %1 से %2 तक</translation>
    </message>
</context>
<context>
    <name>HistoryClient</name>
    <message numerus="yes">
        <location filename="../app/api/HistoryClient.cpp" line="+93"/>
        <source>Fetch cancelled: the table holds the %n file(s) received so far.</source>
        <translation>
            <numerusform>प्राप्ति रद्द: तालिका में अब तक मिली %n फ़ाइल है।</numerusform>
            <numerusform>प्राप्ति रद्द: तालिका में अब तक मिली %n फ़ाइलें हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The import holds more files than one fetch follows (%1 pages of 50): narrow the dates or statuses, or fetch single pages.</source>
        <translation>इम्पोर्ट में एक बार की प्राप्ति की सीमा (50 फ़ाइलों के %1 पेज) से अधिक फ़ाइलें हैं: तारीखें या स्थितियाँ सीमित करें, या अलग-अलग पेज प्राप्त करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import kept growing while it was fetched (%1 pages beyond the %2 that page 1 announced): try again later, or narrow the dates.</source>
        <translation>प्राप्त करते समय इम्पोर्ट बढ़ता रहा (पेज 1 में बताए गए %2 पेजों से %1 पेज अधिक): बाद में फिर से प्रयास करें, या तारीखें सीमित करें।</translation>
    </message>
</context>
<context>
    <name>HistoryFetch</name>
    <message>
        <location filename="../app/session/HistoryFetch.cpp" line="+55"/>
        <source>import ID %1</source>
        <translation>इम्पोर्ट ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import “%1”</source>
        <translation>इम्पोर्ट “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import “%1” (ID %2)</source>
        <translation>इम्पोर्ट “%1” (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in workspace “%2”</source>
        <translation>वर्कस्पेस “%2” में %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>What is stored does not reach back as far as this query asks: export it once with --incremental, or without --cached.</source>
        <translation>जो सहेजा गया है वह उतना पीछे तक नहीं जाता जितना यह क्वेरी माँगती है: इसे एक बार --incremental के साथ, या --cached के बिना एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is stored for this query yet: export it once without --cached, or with --incremental.</source>
        <translation>इस क्वेरी के लिए अभी कुछ भी सहेजा नहीं गया है: इसे एक बार --cached के बिना, या --incremental के साथ एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Fetch cancelled while the stored history was read.</source>
        <translation>सहेजा गया इतिहास पढ़ते समय प्राप्ति रद्द कर दी गई।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch cancelled before it started.</source>
        <translation>प्राप्ति शुरू होने से पहले ही रद्द कर दी गई।</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>reading the stored history…</source>
        <translation>सहेजा गया इतिहास पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refreshing the answer stored %1…</source>
        <translation>%1 सहेजा गया उत्तर रीफ़्रेश किया जा रहा है…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1 of %2</source>
        <translation>पेज %1, कुल %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page 1…</source>
        <translation>पेज 1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading the key…</source>
        <translation>कुंजी पढ़ी जा रही है…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the API&apos;s limit of %Ln request(s) a minute</source>
        <translation>
            <numerusform>API की प्रति मिनट %Ln अनुरोध की सीमा</numerusform>
            <numerusform>API की प्रति मिनट %Ln अनुरोधों की सीमा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the API&apos;s limit of %Ln request(s) per %1 s</source>
        <translation>
            <numerusform>API की प्रति %1 सेकंड %Ln अनुरोध की सीमा</numerusform>
            <numerusform>API की प्रति %1 सेकंड %Ln अनुरोधों की सीमा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>asking again in %Ln s (attempt %1 of %2): %3</source>
        <translation>
            <numerusform>%Ln s में फिर से अनुरोध (प्रयास %1/%2): %3</numerusform>
            <numerusform>%Ln s में फिर से अनुरोध (प्रयास %1/%2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>waiting %Ln s: the server says the rate limit is reached</source>
        <translation>
            <numerusform>%Ln सेकंड की प्रतीक्षा: सर्वर के अनुसार दर सीमा पूरी हो गई है</numerusform>
            <numerusform>%Ln सेकंड की प्रतीक्षा: सर्वर के अनुसार दर सीमा पूरी हो गई है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waiting %Ln s for %1</source>
        <translation>
            <numerusform>%1 के कारण %Ln सेकंड की प्रतीक्षा</numerusform>
            <numerusform>%1 के कारण %Ln सेकंड की प्रतीक्षा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>लगभग %Ln मिनट बचा है</numerusform>
            <numerusform>लगभग %Ln मिनट बचे हैं</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under a minute left</source>
        <translation>एक मिनट से कम बचा है</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>no answer for %Ln s</source>
        <translation>
            <numerusform>%Ln s से कोई उत्तर नहीं</numerusform>
            <numerusform>%Ln s से कोई उत्तर नहीं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <location filename="../app/api/HistoryQuery.cpp" line="+103"/>
        <source>No import given: set the import ID or the import name.</source>
        <translation>कोई इम्पोर्ट नहीं दिया गया: इम्पोर्ट ID या इम्पोर्ट नाम सेट करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page must be 1 or more, not %1.</source>
        <translation>पेज 1 या अधिक होना चाहिए, %1 नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start date &quot;%1&quot; does not match the date format %2 (for example %3).</source>
        <translation>प्रारंभ तारीख &quot;%1&quot; तारीख फ़ॉर्मैट %2 से मेल नहीं खाती (उदाहरण: %3)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date &quot;%1&quot; does not match the date format %2 (for example %3).</source>
        <translation>अंतिम तारीख &quot;%1&quot; तारीख फ़ॉर्मैट %2 से मेल नहीं खाती (उदाहरण: %3)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End date %1 is before start date %2.</source>
        <translation>अंतिम तारीख %1 प्रारंभ तारीख %2 से पहले है।</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>import ID %1</source>
        <translation>इम्पोर्ट ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import &quot;%1&quot;</source>
        <translation>इम्पोर्ट &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other statuses</source>
        <translation>अन्य स्थितियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status %1</source>
        <translation>स्थिति %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page %1 only</source>
        <translation>केवल पेज %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown status &quot;%1&quot;: use one or more of %2.</source>
        <translation>अज्ञात स्थिति &quot;%1&quot;: %2 में से एक या अधिक का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No status given: use one or more of SUCCESSFUL, FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE, PROCESSING, QUEUED, WAITING.</source>
        <translation>कोई स्थिति नहीं दी गई: SUCCESSFUL, FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE, PROCESSING, QUEUED, WAITING में से एक या अधिक का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>HistoryRefresh</name>
    <message>
        <location filename="../app/store/HistoryRefresh.cpp" line="+126"/>
        <source>nothing was stored for this import</source>
        <translation>इस इम्पोर्ट के लिए कुछ भी सहेजा नहीं गया था</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh cancelled: the stored history is unchanged.</source>
        <translation>रीफ़्रेश रद्द: सहेजा गया इतिहास अपरिवर्तित है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The refresh lost its network client: try again.</source>
        <translation>रीफ़्रेश का नेटवर्क क्लाइंट खो गया: फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the API sent the same file twice among the newest ones</source>
        <translation>API ने सबसे नई फ़ाइलों में एक ही फ़ाइल दो बार भेजी</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>more than %n new files: reading the history again costs little more</source>
        <translation>
            <numerusform>%n से अधिक नई फ़ाइलें: इतिहास को फिर से पढ़ने में बस थोड़ा ही अधिक खर्च होता है</numerusform>
            <numerusform>%n से अधिक नई फ़ाइलें: इतिहास को फिर से पढ़ने में बस थोड़ा ही अधिक खर्च होता है</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the API sent as new a file that is stored further down</source>
        <translation>API ने एक ऐसी फ़ाइल नई बताकर भेजी जो नीचे पहले से सहेजी गई है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history counts %1 files where the stored ones and the new ones make %2: files vanished or appeared deeper in the history</source>
        <translation>इतिहास %1 फ़ाइलें गिनता है, जबकि सहेजी गई और नई फ़ाइलें मिलकर %2 होती हैं: इतिहास में और नीचे फ़ाइलें गायब हुईं या जुड़ीं</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the unfinished files deep in the history cost as many requests as reading it again</source>
        <translation>इतिहास में और नीचे की अधूरी फ़ाइलों के लिए उतने ही अनुरोध लगते हैं जितने पूरा इतिहास फिर से पढ़ने में</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a file deeper in the history is not where its position says (%1): files moved</source>
        <translation>इतिहास में और नीचे की एक फ़ाइल अपने क्रम वाले स्थान पर नहीं है (%1): फ़ाइलें खिसक गईं</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the history holds fewer files than were stored</source>
        <translation>इतिहास में उतनी फ़ाइलें नहीं हैं जितनी सहेजी गई थीं</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+226"/>
        <source>The API counts %1 files but sent %2: nothing was stored. Try again later.</source>
        <translation>API %1 फ़ाइलें गिनता है, पर उसने %2 भेजीं: कुछ भी सहेजा नहीं गया। बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>the history counts fewer files than are stored</source>
        <translation>इतिहास सहेजी गई फ़ाइलों से कम फ़ाइलें गिनता है</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the pages below the stored history do not continue it</source>
        <translation>सहेजे गए इतिहास के नीचे के पेज उसकी निरंतरता में नहीं हैं</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pages below the stored history do not continue it: files moved</source>
        <translation>सहेजे गए इतिहास के नीचे के पेज उसकी निरंतरता में नहीं हैं: फ़ाइलें खिसक गईं</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the API sent a stored file again further down</source>
        <translation>API ने एक सहेजी गई फ़ाइल नीचे फिर से भेजी</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history kept changing while it was read (%1): nothing was stored. Try again in a minute.</source>
        <translation>पढ़ते समय इतिहास बदलता रहा (%1): कुछ भी सहेजा नहीं गया। एक मिनट बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the history would hold the file %1 twice</source>
        <translation>इतिहास में फ़ाइल %1 दो बार हो जाती</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>the history kept changing while it was refreshed</source>
        <translation>रीफ़्रेश के दौरान इतिहास बदलता रहा</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+131"/>
        <location line="+94"/>
        <location line="+68"/>
        <source>the history shrank while it was refreshed</source>
        <translation>रीफ़्रेश के दौरान इतिहास छोटा हो गया</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>the newest stored file is no longer in the history</source>
        <translation>सहेजी गई सबसे नई फ़ाइल अब इतिहास में नहीं है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>files were added or removed among the newest ones</source>
        <translation>सबसे नई फ़ाइलों में कुछ फ़ाइलें जोड़ी या हटाई गईं</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../app/store/HistoryStore.cpp" line="+44"/>
        <source>unknown database error</source>
        <translation>अज्ञात डेटाबेस त्रुटि</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>another program holds it locked</source>
        <translation>किसी अन्य प्रोग्राम ने इसे लॉक कर रखा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it can only be read</source>
        <translation>इसे केवल पढ़ा जा सकता है</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>its table %1 is missing</source>
        <translation>इसकी तालिका %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its table %1 has other columns</source>
        <translation>इसकी तालिका %1 में अलग कॉलम हैं</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>The stored history %1 cannot be read and could not be moved aside: it is left as it is and nothing is stored until it is moved or deleted.</source>
        <translation>सहेजा गया इतिहास %1 पढ़ा नहीं जा सकता और उसे दूसरी जगह नहीं ले जाया जा सका: उसे जैसा है वैसा छोड़ दिया गया है, और जब तक उसे दूसरी जगह ले जाया या हटाया नहीं जाता, कुछ भी सहेजा नहीं जाएगा।</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+2"/>
        <location line="+53"/>
        <source>it has no schema version</source>
        <translation>इसमें कोई स्कीमा संस्करण नहीं है</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>its schema version is %1</source>
        <translation>इसका स्कीमा संस्करण %1 है</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The stored history %1 works without its write-ahead log.</source>
        <translation>सहेजा गया इतिहास %1 अपने राइट-अहेड लॉग के बिना काम कर रहा है।</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The stored history %1 can only be read (%2): stored answers are shown, nothing new is stored. Check the file&apos;s and its folder&apos;s permissions, or the disk.</source>
        <translation>सहेजा गया इतिहास %1 केवल पढ़ा जा सकता है (%2): सहेजे गए उत्तर दिखाए जाते हैं, कुछ भी नया सहेजा नहीं जाता। फ़ाइल और उसके फ़ोल्डर की अनुमतियाँ, या डिस्क जाँचें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 cannot be opened (%2): nothing is stored. Check the file&apos;s and its folder&apos;s permissions, and the disk.</source>
        <translation>सहेजा गया इतिहास %1 खोला नहीं जा सकता (%2): कुछ भी सहेजा नहीं जाता। फ़ाइल और उसके फ़ोल्डर की अनुमतियाँ, और डिस्क जाँचें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stored history %1 cannot be opened (%2): it is left as it is and nothing is stored. Check the file&apos;s permissions and the free space.</source>
        <translation>सहेजा गया इतिहास %1 खोला नहीं जा सकता (%2): उसे जैसा है वैसा छोड़ दिया गया है और कुछ भी सहेजा नहीं जाता। फ़ाइल की अनुमतियाँ और खाली जगह जाँचें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored history %1 is locked by another program (%2): it is left as it is and nothing is stored this time. Close the program that holds it and try again.</source>
        <translation>सहेजा गया इतिहास %1 किसी अन्य प्रोग्राम ने लॉक कर रखा है (%2): उसे जैसा है वैसा छोड़ दिया गया है और इस बार कुछ भी सहेजा नहीं जाता। उसे लॉक करने वाला प्रोग्राम बंद करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 was written by a newer ImportScope (schema version %2; this one knows up to %3): it is left as it is and this version stores nothing. Use the newer ImportScope, or move the file away.</source>
        <translation>सहेजा गया इतिहास %1 ImportScope के नए संस्करण ने लिखा है (स्कीमा संस्करण %2; यह संस्करण %3 तक जानता है): उसे जैसा है वैसा छोड़ दिया गया है और यह संस्करण कुछ भी सहेजता नहीं। नए ImportScope का उपयोग करें, या फ़ाइल को कहीं और ले जाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 is not a readable database (%2): it was moved to %3 and the history starts empty.</source>
        <translation>सहेजा गया इतिहास %1 पढ़ने योग्य डेटाबेस नहीं है (%2): उसे %3 में ले जाया गया है और इतिहास खाली से शुरू होता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored history %1 is not an ImportScope history (%2): it was moved to %3 and the history starts empty.</source>
        <translation>सहेजा गया इतिहास %1 ImportScope का इतिहास नहीं है (%2): उसे %3 में ले जाया गया है और इतिहास खाली से शुरू होता है।</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+15"/>
        <source>The stored history of %1 could not be read (%2): it is fetched again.</source>
        <translation>%1 का सहेजा गया इतिहास पढ़ा नहीं जा सका (%2): इसे फिर से प्राप्त किया जाता है।</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>import ID %1</source>
        <translation>इम्पोर्ट ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import &quot;%1&quot;</source>
        <translation>इम्पोर्ट &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <source>the stored history %1 can only be read</source>
        <translation>सहेजा गया इतिहास %1 केवल पढ़ा जा सकता है</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>The history of %1 was not stored: %2</source>
        <translation>%1 का इतिहास सहेजा नहीं गया: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history of %1 could not be stored: the disk is full. The previous one is kept; free some space in %2.</source>
        <translation>%1 का इतिहास सहेजा नहीं जा सका: डिस्क भर गई है। पिछला इतिहास रखा गया है; %2 में कुछ जगह खाली करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history of %1 could not be stored: another program holds the stored history locked. The previous one is kept.</source>
        <translation>%1 का इतिहास सहेजा नहीं जा सका: किसी अन्य प्रोग्राम ने सहेजे गए इतिहास को लॉक कर रखा है। पिछला इतिहास रखा गया है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of %1 could not be stored (%2): the previous one is kept. Check the free space and permissions in %3.</source>
        <translation>%1 का इतिहास सहेजा नहीं जा सका (%2): पिछला इतिहास रखा गया है। %3 में खाली जगह और अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+31"/>
        <source>The stored history %1 can only be read: nothing was forgotten.</source>
        <translation>सहेजा गया इतिहास %1 केवल पढ़ा जा सकता है: कुछ भी हटाया नहीं गया।</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>The stored history cannot be kept: the folder %1 cannot be created. Check its permissions.</source>
        <translation>इतिहास सहेजा नहीं जा सकता: फ़ोल्डर %1 बनाया नहीं जा सकता। उसकी अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <location filename="../app/store/StoreFile.cpp" line="+31"/>
        <source>The stored history %1 cannot be examined (%2).</source>
        <translation>सहेजे गए इतिहास %1 की जाँच नहीं की जा सकती (%2)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored history %1 is a symbolic link: ImportScope keeps its history only in a regular file and never follows a link there. Nothing is stored; remove the link to let ImportScope create its own file.</source>
        <translation>सहेजा गया इतिहास %1 एक सिंबॉलिक लिंक है: ImportScope अपना इतिहास केवल सामान्य फ़ाइल में रखता है और वहाँ कभी किसी लिंक का पालन नहीं करता। कुछ भी सहेजा नहीं जाता; ImportScope को अपनी फ़ाइल बनाने देने के लिए लिंक हटाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored history %1 is not a regular file: nothing is stored. Move it away to let ImportScope create its own file.</source>
        <translation>सहेजा गया इतिहास %1 सामान्य फ़ाइल नहीं है: कुछ भी सहेजा नहीं जाता। ImportScope को अपनी फ़ाइल बनाने देने के लिए इसे कहीं और ले जाएँ।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The stored history %1 cannot be created (%2). Check the folder&apos;s permissions and free space.</source>
        <translation>सहेजा गया इतिहास %1 बनाया नहीं जा सकता (%2)। फ़ोल्डर की अनुमतियाँ और खाली जगह जाँचें।</translation>
    </message>
    <message>
        <location filename="../app/store/HistoryStore.cpp" line="+350"/>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>The stored history could not be forgotten (%1).</source>
        <translation>सहेजा गया इतिहास हटाया नहीं जा सका (%1)।</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The stored history could not be read (%1).</source>
        <translation>सहेजा गया इतिहास पढ़ा नहीं जा सका (%1)।</translation>
    </message>
</context>
<context>
    <name>HistoryTableActions</name>
    <message>
        <location filename="../ui/HistoryTableActions.cpp" line="+28"/>
        <source>&amp;Copy selected rows</source>
        <translation>चुनी गई पंक्तियाँ कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy file &amp;ID</source>
        <translation>फ़ाइल ID कॉपी करें(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy row as &amp;JSON</source>
        <translation>पंक्ति JSON के रूप में कॉपी करें(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status &amp;message</source>
        <translation>स्थिति संदेश कॉपी करें(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy the selected rows with their header as tab-separated text, for a spreadsheet</source>
        <translation>चुनी गई पंक्तियों को हेडर के साथ टैब से अलग टेक्स्ट के रूप में कॉपी करें, स्प्रेडशीट के लिए</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%Ln row(s) copied with their header, tab-separated</source>
        <translation>
            <numerusform>%Ln पंक्ति हेडर के साथ कॉपी की गई, टैब से अलग</numerusform>
            <numerusform>%Ln पंक्तियाँ हेडर के साथ कॉपी की गईं, टैब से अलग</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File ID copied</source>
        <translation>फ़ाइल ID कॉपी की गई</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row copied as JSON</source>
        <translation>पंक्ति JSON के रूप में कॉपी की गई</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status message copied</source>
        <translation>स्थिति संदेश कॉपी किया गया</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="+108"/>
        <source>Shows only the files whose name, ID or status message contains the text</source>
        <translation>केवल वे फ़ाइलें दिखाता है जिनके नाम, ID या स्थिति संदेश में यह पाठ है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick filter</source>
        <translation>त्वरित फ़िल्टर</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+919"/>
        <source>Search (Ctrl+F)</source>
        <translation>खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-916"/>
        <location line="+912"/>
        <source>Search files (Ctrl+F)</source>
        <translation>फ़ाइलें खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-893"/>
        <source>Import file run history</source>
        <translation>इम्पोर्ट फ़ाइल रन इतिहास</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel fetch</source>
        <translation>प्राप्ति रद्द करें</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Reading the key from the keychain…</source>
        <translation>कीचेन से कुंजी पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Export…</source>
        <translation>एक्सपोर्ट करें(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the table to CSV or JSON (Ctrl+E)</source>
        <translation>तालिका को CSV या JSON में एक्सपोर्ट करें (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy request as c&amp;URL</source>
        <translation>अनुरोध cURL के रूप में कॉपी करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a curl command that repeats this query; it reads the key from $%1</source>
        <translation>एक curl कमांड कॉपी करें जो यह क्वेरी दोहराता है; यह कुंजी $%1 से पढ़ता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the import n&amp;ow…</source>
        <translation>इम्पोर्ट अभी चलाएँ(&amp;O)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fetch an import&apos;s history to run it again.</source>
        <translation>किसी इम्पोर्ट को फिर से चलाने के लिए उसका इतिहास फ़ेच करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is still being reached</source>
        <translation>उससे अभी संपर्क हो रहा है</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>← Back to the board</source>
        <translation>← बोर्ड पर वापस जाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the board, on the import opened from it (Alt+Left)</source>
        <translation>बोर्ड पर लौटें, उसी इम्पोर्ट पर जो वहाँ से खोला गया था (Alt+Left)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading imports…</source>
        <translation>इम्पोर्ट लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports not listed: %1</source>
        <translation>इम्पोर्ट सूचीबद्ध नहीं हुए: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key for this session</source>
        <translation>इस सत्र के लिए कुंजी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain could be reached, so the Data API key of &quot;%1&quot; is not saved.
Enter it to use it until ImportScope closes; it is kept in memory only.</source>
        <translation>कोई कीचेन उपलब्ध नहीं थी, इसलिए &quot;%1&quot; की Data API कुंजी सहेजी नहीं गई है।
ImportScope बंद होने तक उपयोग के लिए इसे दर्ज करें; यह केवल मेमोरी में रखी जाती है।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a profile first, or add one, or open the demo workspace.</source>
        <translation>पहले कोई प्रोफ़ाइल चुनें, या नई जोड़ें, या डेमो वर्कस्पेस खोलें।</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Cancelled here: the table holds the %Ln file(s) received so far.</source>
        <translation>
            <numerusform>यहाँ रद्द किया गया: तालिका में अब तक मिली %Ln फ़ाइल है।</numerusform>
            <numerusform>यहाँ रद्द किया गया: तालिका में अब तक मिली %Ln फ़ाइलें हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Showing %1 — stored %2, refreshing…</source>
        <translation>%1 दिखाया जा रहा है — %2 सहेजा गया, रीफ़्रेश हो रहा है…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fetching %1 (the previous fetch stopped)</source>
        <translation>%1 प्राप्त किया जा रहा है (पिछली प्राप्ति रोक दी गई)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching %1</source>
        <translation>%1 प्राप्त किया जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous fetch stopped: the table holds only the new query.</source>
        <translation>पिछली प्राप्ति रोक दी गई: तालिका में केवल नई क्वेरी का परिणाम है।</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Showing %1 — %Ln file(s) as stored %2 (not refreshed)</source>
        <translation>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइल, जैसी %2 सहेजी गई थी (रीफ़्रेश नहीं हुआ)</numerusform>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइलें, जैसी %2 सहेजी गई थीं (रीफ़्रेश नहीं हुआ)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the answer stored at %1 (%2). The refresh did not complete: %3</source>
        <translation>%1 पर सहेजा गया उत्तर दिखाया जा रहा है (%2)। रीफ़्रेश पूरा नहीं हुआ: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Showing %1 — cancelled at %2: %Ln file(s), incomplete</source>
        <translation>
            <numerusform>%1 दिखाया जा रहा है — %2 पर रद्द: %Ln फ़ाइल, अपूर्ण</numerusform>
            <numerusform>%1 दिखाया जा रहा है — %2 पर रद्द: %Ln फ़ाइलें, अपूर्ण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Showing %1 — INCOMPLETE: %Ln file(s) received before the failure</source>
        <translation>
            <numerusform>%1 दिखाया जा रहा है — अपूर्ण: विफलता से पहले %Ln फ़ाइल मिली</numerusform>
            <numerusform>%1 दिखाया जा रहा है — अपूर्ण: विफलता से पहले %Ln फ़ाइलें मिलीं</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch failed: %1</source>
        <translation>प्राप्ति विफल: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 — %Ln file(s) as stored %2; Fetch (F5) refreshes it</source>
        <translation>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइल, जैसी %2 सहेजी गई थी; प्राप्त करें (F5) इसे रीफ़्रेश करता है</numerusform>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइलें, जैसी %2 सहेजी गई थीं; प्राप्त करें (F5) इसे रीफ़्रेश करता है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing %1 — %Ln file(s), refreshed %2 with %3 request(s)</source>
        <translation>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइल, %2 पर रीफ़्रेश की गई (अनुरोध: %3)</numerusform>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइलें, %2 पर रीफ़्रेश की गईं (अनुरोध: %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 — %Ln file(s), fetched %2</source>
        <translation>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइल, %2 पर प्राप्त</numerusform>
            <numerusform>%1 दिखाया जा रहा है — %Ln फ़ाइलें, %2 पर प्राप्त</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The table is incomplete: %1 of %2 pages arrived, and their %Ln file(s) are kept.</source>
        <translation>
            <numerusform>तालिका अपूर्ण है: %2 में से %1 पेज आए, और उनकी %Ln फ़ाइल रखी गई है।</numerusform>
            <numerusform>तालिका अपूर्ण है: %2 में से %1 पेज आए, और उनकी %Ln फ़ाइलें रखी गई हैं।</numerusform>
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
        <translation>%2 में से %1 फ़ाइलें दिखाई गईं · %3 पंक्तियाँ · %4 विफल पंक्तियाँ · विफलता दर %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 files · failure rate %3</source>
        <comment>the status bar&apos;s summary where space is short</comment>
        <translation>%2 में से %1 फ़ाइलें · विफलता दर %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;h3&gt;No profile yet&lt;/h3&gt;&lt;p&gt;A profile holds a workspace&apos;s data centre, ID and key.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Add a profile…&lt;/a&gt; &amp;nbsp;or&amp;nbsp; &lt;a href=&quot;demo&quot;&gt;open the demo workspace&lt;/a&gt; to look around.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;अभी कोई प्रोफ़ाइल नहीं&lt;/h3&gt;&lt;p&gt;प्रोफ़ाइल में किसी वर्कस्पेस का डेटा सेंटर, ID और कुंजी होती है।&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;प्रोफ़ाइल जोड़ें…&lt;/a&gt; &amp;nbsp;या&amp;nbsp; देखने के लिए &lt;a href=&quot;demo&quot;&gt;डेमो वर्कस्पेस खोलें&lt;/a&gt;।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Choose a profile&lt;/h3&gt;&lt;p&gt;Pick one of your saved profiles in the toolbar (Alt+P), &lt;a href=&quot;profiles&quot;&gt;manage profiles…&lt;/a&gt; or &lt;a href=&quot;demo&quot;&gt;open the demo workspace&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;प्रोफ़ाइल चुनें&lt;/h3&gt;&lt;p&gt;टूलबार में अपनी सहेजी गई प्रोफ़ाइलों में से कोई एक चुनें (Alt+L), &lt;a href=&quot;profiles&quot;&gt;प्रोफ़ाइल प्रबंधित करें…&lt;/a&gt; या &lt;a href=&quot;demo&quot;&gt;डेमो वर्कस्पेस खोलें&lt;/a&gt;।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No files&lt;/h3&gt;&lt;p&gt;The import has no files yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;कोई फ़ाइल नहीं&lt;/h3&gt;&lt;p&gt;इस इम्पोर्ट में अभी कोई फ़ाइल नहीं है।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;No files match&lt;/h3&gt;&lt;p&gt;Nothing matches %1.&lt;/p&gt;&lt;p&gt;Widen the dates or tick more statuses, then fetch again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;कोई फ़ाइल मेल नहीं खाती&lt;/h3&gt;&lt;p&gt;%1 से कुछ भी मेल नहीं खाता।&lt;/p&gt;&lt;p&gt;तारीखें बढ़ाएँ या और स्थितियाँ चुनें, फिर दोबारा प्राप्त करें।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;No fetched file matches &quot;%1&quot;&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;clear-search&quot;&gt;Clear the search&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;कोई प्राप्त फ़ाइल &quot;%1&quot; से मेल नहीं खाती&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;clear-search&quot;&gt;खोज साफ़ करें&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;h3&gt;No fetched file is %1&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;Show all %Ln file(s)&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;“%1” में कोई प्राप्त फ़ाइल नहीं है&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;%Ln फ़ाइल दिखाएँ&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;“%1” में कोई प्राप्त फ़ाइल नहीं है&lt;/h3&gt;&lt;p&gt;&lt;a href=&quot;show-all&quot;&gt;सभी %Ln फ़ाइलें दिखाएँ&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Ready&lt;/h3&gt;&lt;p&gt;Pick an import and press &lt;b&gt;Fetch&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;तैयार&lt;/h3&gt;&lt;p&gt;कोई इम्पोर्ट चुनें और &lt;b&gt;प्राप्त करें&lt;/b&gt; (F5) दबाएँ।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Table, trends, triage and board</source>
        <translation>तालिका, रुझान, ट्राइएज और बोर्ड</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show all days</source>
        <translation>सभी दिन दिखाएँ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;able</source>
        <translation>तालिका(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tre&amp;nds</source>
        <translation>रुझान(&amp;J)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing only the files of %1 (chosen in Trends)</source>
        <translation>केवल %1 की फ़ाइलें दिखाई जा रही हैं (रुझान में चुना गया)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to export yet: fetch an import first.</source>
        <translation>अभी एक्सपोर्ट करने को कुछ नहीं है: पहले कोई इम्पोर्ट प्राप्त करें।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a profile and an import first: the command repeats a query.</source>
        <translation>पहले कोई प्रोफ़ाइल और इम्पोर्ट चुनें: यह कमांड एक क्वेरी दोहराता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied a curl command for page %1 of this query. Set $%2 to the workspace&apos;s Data API key before running it.</source>
        <translation>इस क्वेरी के पेज %1 के लिए curl कमांड कॉपी किया गया। चलाने से पहले $%2 में वर्कस्पेस की Data API कुंजी सेट करें।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tria&amp;ge</source>
        <translation>ट्राइएज(&amp;Y)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all files</source>
        <translation>सभी फ़ाइलें दिखाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every fetched file again, not only those of the cause chosen in Triage</source>
        <translation>हर प्राप्त फ़ाइल फिर से दिखाएँ, केवल ट्राइएज में चुने गए कारण वाली नहीं</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Showing the %Ln file(s) of cause “%1” (chosen in Triage)</source>
        <translation>
            <numerusform>कारण “%1” की %Ln फ़ाइल दिखाई जा रही है (ट्राइएज में चुना गया)</numerusform>
            <numerusform>कारण “%1” की %Ln फ़ाइलें दिखाई जा रही हैं (ट्राइएज में चुना गया)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No causes to export: fetch an import with failed files first.</source>
        <translation>एक्सपोर्ट करने को कोई कारण नहीं: पहले विफल फ़ाइलों वाला कोई इम्पोर्ट प्राप्त करें।</translation>
    </message>
</context>
<context>
    <name>ImportHealth</name>
    <message>
        <location filename="../app/model/ImportHealth.cpp" line="+62"/>
        <source>failing: the last completed run %1 at %2</source>
        <translation>विफल हो रहा: अंतिम पूर्ण रन %2 पर %1 रहा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stale: no run since %1, one was due about every %2</source>
        <translation>अतिदेय: %1 से कोई रन नहीं, जबकि लगभग हर %2 में एक रन होना था</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partly failing: the last completed run was PARTIAL_SUCCESS at %1</source>
        <translation>आंशिक रूप से विफल हो रहा: अंतिम पूर्ण रन %1 पर PARTIAL_SUCCESS रहा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worse than usual: %1 % of files failed in the span, %2 % before</source>
        <translation>सामान्य से बदतर: समयावधि में %1 % फ़ाइलें विफल हुईं, पहले %2 %</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>stuck: %n file(s) unfinished for longer than %1</source>
        <translation>
            <numerusform>अटका हुआ: %n फ़ाइल %1 से अधिक समय से अधूरी है</numerusform>
            <numerusform>अटका हुआ: %n फ़ाइलें %1 से अधिक समय से अधूरी हैं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportScan</name>
    <message>
        <location filename="../app/session/ImportScan.cpp" line="+67"/>
        <source>the workspace could not be connected</source>
        <translation>वर्कस्पेस से कनेक्ट नहीं हो सका</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>nothing is stored for it</source>
        <translation>इसके लिए कुछ भी सहेजा नहीं गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Details did not answer within %1, and nothing is stored for it</source>
        <translation>Import Details ने %1 के भीतर उत्तर नहीं दिया, और इसके लिए कुछ भी सहेजा नहीं गया है</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 Nothing is stored for it.</source>
        <translation>%1 इसके लिए कुछ भी सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>not refreshed, and nothing is stored for it</source>
        <translation>रीफ़्रेश नहीं हुआ, और इसके लिए कुछ भी सहेजा नहीं गया है</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no import with this ID in the chosen workspaces (Import Details lists none)</source>
        <translation>चुने गए वर्कस्पेस में इस ID का कोई इम्पोर्ट नहीं (Import Details में कोई नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no import by this name in the chosen workspaces (Import Details lists none; names are matched exactly)</source>
        <translation>चुने गए वर्कस्पेस में इस नाम का कोई इम्पोर्ट नहीं (Import Details में कोई नहीं; नाम हूबहू मिलने चाहिए)</translation>
    </message>
</context>
<context>
    <name>ImportsClient</name>
    <message numerus="yes">
        <location filename="../app/api/ImportsClient.cpp" line="+10"/>
        <source>Authenticated: the workspace lists %n import(s) (HTTP 200).</source>
        <translation>
            <numerusform>प्रमाणित: वर्कस्पेस में %n इम्पोर्ट सूचीबद्ध है (HTTP 200)।</numerusform>
            <numerusform>प्रमाणित: वर्कस्पेस में %n इम्पोर्ट सूचीबद्ध हैं (HTTP 200)।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong workspace ID or key (HTTP %1).</source>
        <translation>गलत वर्कस्पेस ID या कुंजी (HTTP %1)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is blocked (HTTP %1).</source>
        <translation>खाता अवरुद्ध है (HTTP %1)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited (HTTP 429): try again in a minute.</source>
        <translation>दर सीमा पहुँच गई (HTTP 429): एक मिनट बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS failure: %1</source>
        <translation>TLS विफलता: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host unreachable: %1</source>
        <translation>होस्ट तक नहीं पहुँचा जा सका: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The workspace&apos;s list of imports kept growing while it was read (%1 pages, page 1 announced %2): try again later.</source>
        <translation>पढ़ते समय वर्कस्पेस की इम्पोर्ट सूची बढ़ती रही (%1 पेज, जबकि पेज 1 में %2 बताए गए थे): बाद में फिर से प्रयास करें।</translation>
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
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST RUN</source>
        <translation>अंतिम रन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST RUN AT</source>
        <translation>अंतिम रन का समय</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the workspace&apos;s imports (Import Details API).</source>
        <translation>वर्कस्पेस के इम्पोर्ट सूचीबद्ध करता है (Import Details API)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default) or json.</source>
        <translation>table (डिफ़ॉल्ट) या json।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation>--format table या json होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+129"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Profile: </source>
        <translation>प्रोफ़ाइल(&amp;L): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  PRODUCTION  </source>
        <translation>  प्रोडक्शन  </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is marked as a production workspace.</source>
        <translation>यह प्रोफ़ाइल प्रोडक्शन वर्कस्पेस के रूप में चिह्नित है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage profiles…</source>
        <translation>प्रोफ़ाइल प्रबंधित करें(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fetch</source>
        <translation>प्राप्त करें(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Cancel fetch</source>
        <translation>प्राप्ति रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show times in &amp;local time zone</source>
        <translation>समय स्थानीय समय क्षेत्र में दिखाएँ(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in this computer&apos;s zone instead of the workspace&apos;s</source>
        <translation>वर्कस्पेस के बजाय इस कंप्यूटर के समय क्षेत्र में समय दिखाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>खोजें(&amp;F)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>प्राथमिकताएँ(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details pane</source>
        <translation>विवरण पैनल(&amp;G)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns…</source>
        <translation>कॉलम(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the boa&amp;rd</source>
        <translation>बोर्ड पर वापस जाएँ(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile&amp;s</source>
        <translation>प्रोफ़ाइल(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo workspace</source>
        <translation>डेमो वर्कस्पेस खोलें(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ImportScope</source>
        <translation>ImportScope के बारे में(&amp;A)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [प्रोडक्शन]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · workspace %2</source>
        <translation>%1 · वर्कस्पेस %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo workspace (built in)</source>
        <translation>डेमो वर्कस्पेस (अंतर्निहित)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built in)</source>
        <translation>%1 (अंतर्निहित)</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Opened from the board: %1</source>
        <translation>बोर्ड से खोला गया: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Tria&amp;ge</source>
        <translation>ट्राइएज(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Stat&amp;us board</source>
        <translation>स्थिति बोर्ड(&amp;U)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>T&amp;able</source>
        <translation>तालिका(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre&amp;nds</source>
        <translation>रुझान(&amp;J)</translation>
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
        <translation>ImportScope के बारे में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ImportScope %1&lt;/h3&gt;&lt;p&gt;Browse, search and export MoEngage import file run history.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;i&gt;ImportScope is an independent tool. It is not affiliated with, endorsed by or supported by MoEngage.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ImportScope %1&lt;/h3&gt;&lt;p&gt;MoEngage इम्पोर्ट फ़ाइल रन इतिहास ब्राउज़ करें, खोजें और एक्सपोर्ट करें।&lt;/p&gt;&lt;p&gt;Qt %2 के साथ बनाया गया (Qt %3 पर चल रहा है)।&lt;/p&gt;&lt;p&gt;लाइसेंस: MIT।&lt;/p&gt;&lt;p&gt;&lt;i&gt;ImportScope एक स्वतंत्र टूल है। यह MoEngage से संबद्ध नहीं है, और न ही MoEngage द्वारा अनुमोदित या समर्थित है।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemoryBrake</name>
    <message>
        <location filename="../app/api/MemoryBrake.cpp" line="+53"/>
        <source>%1 sent an endless answer to an authentication challenge (HTTP 401 or 407), which is read whole before any of it can be checked: ImportScope stopped when it had grown by %2 MB, before running out of memory. Check the base URL.</source>
        <translation>%1 ने प्रमाणीकरण चुनौती (HTTP 401 या 407) का अंतहीन उत्तर भेजा, जिसे उसकी कोई भी जाँच होने से पहले पूरा पढ़ा जाता है: ImportScope %2 MB बढ़ने पर, मेमोरी ख़त्म होने से पहले, रुक गया। बेस URL जाँचें।</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/MessageBanner.cpp" line="+15"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry</source>
        <translation>फिर से प्रयास करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;profile…</source>
        <translation>प्रोफ़ाइल खोलें(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a profile…</source>
        <translation>प्रोफ़ाइल जोड़ें(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo workspace</source>
        <translation>डेमो वर्कस्पेस खोलें(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the key for this &amp;session…</source>
        <translation>इस सत्र के लिए कुंजी दर्ज करें(&amp;S)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>संदेश हटाएँ</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+29"/>
        <source>Preferences - ImportScope</source>
        <translation>प्राथमिकताएँ - ImportScope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System (%1)</source>
        <translation>सिस्टम (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies when ImportScope is started again.</source>
        <translation>नई भाषा ImportScope को दोबारा शुरू करने पर लागू होती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The environment variable IMPORTSCOPE_LANG=%1 is set and wins over this setting.</source>
        <translation>एनवायरनमेंट वेरिएबल IMPORTSCOPE_LANG=%1 सेट है और इस सेटिंग पर प्राथमिकता रखता है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored history</source>
        <translation>सहेजा गया इतिहास</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget this &amp;profile&apos;s</source>
        <translation>इस प्रोफ़ाइल का इतिहास हटाएँ(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget all</source>
        <translation>सब हटाएँ(&amp;F)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forget the stored history of profile &quot;%1&quot;? Its imports are then fetched from the API again. Nothing is deleted before you press OK.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; का सहेजा गया इतिहास हटाएँ? इसके इम्पोर्ट फिर API से दोबारा प्राप्त किए जाएँगे। OK दबाने से पहले कुछ भी हटाया नहीं जाता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the stored history of every profile? Every import is then fetched from the API again. Nothing is deleted before you press OK.</source>
        <translation>सभी प्रोफ़ाइलों का सहेजा गया इतिहास हटाएँ? हर इम्पोर्ट फिर API से दोबारा प्राप्त किया जाएगा। OK दबाने से पहले कुछ भी हटाया नहीं जाता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Forget stored history</source>
        <translation>सहेजा गया इतिहास हटाएँ</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Every stored history will be forgotten when you press OK (%1 on disk now).</source>
        <translation>OK दबाने पर सारा सहेजा गया इतिहास हटा दिया जाएगा (अभी डिस्क पर %1)।</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stored history of profile &quot;%1&quot; will be forgotten when you press OK: %Ln import(s).</source>
        <translation>
            <numerusform>OK दबाने पर प्रोफ़ाइल &quot;%1&quot; का सहेजा गया इतिहास हटा दिया जाएगा: %Ln इम्पोर्ट।</numerusform>
            <numerusform>OK दबाने पर प्रोफ़ाइल &quot;%1&quot; का सहेजा गया इतिहास हटा दिया जाएगा: %Ln इम्पोर्ट।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 on disk: %Ln import(s) with %2 file(s).</source>
        <translation>
            <numerusform>डिस्क पर %1: %Ln इम्पोर्ट, फ़ाइलें: %2।</numerusform>
            <numerusform>डिस्क पर %1: %Ln इम्पोर्ट, फ़ाइलें: %2।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oldest refresh: %1.</source>
        <translation>सबसे पुराना रीफ़्रेश: %1।</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/profiles/Profile.cpp" line="+27"/>
        <source>Enter a name for the profile.</source>
        <translation>प्रोफ़ाइल के लिए एक नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name cannot contain line breaks or other control characters.</source>
        <translation>प्रोफ़ाइल नाम में लाइन ब्रेक या अन्य कंट्रोल कैरेक्टर नहीं हो सकते।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile named &quot;%1&quot; already exists: choose another name.</source>
        <translation>&quot;%1&quot; नाम की प्रोफ़ाइल पहले से मौजूद है: कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose either a data centre or a custom base URL, not both.</source>
        <translation>या तो डेटा सेंटर चुनें या कस्टम बेस URL, दोनों नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a data centre or enter a custom base URL.</source>
        <translation>कोई डेटा सेंटर चुनें या कस्टम बेस URL दर्ज करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the workspace ID (the App ID shown in MoEngage under Settings &gt; APIs).</source>
        <translation>वर्कस्पेस ID दर्ज करें (MoEngage में Settings &gt; APIs के अंतर्गत दिखने वाली App ID)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as UTC or Europe/Berlin.</source>
        <translation>अज्ञात समय क्षेत्र &quot;%1&quot;: UTC या Asia/Kolkata जैसे IANA नाम का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The extra trusted certificate: %1</source>
        <translation>अतिरिक्त विश्वसनीय प्रमाणपत्र: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The proxy: %1</source>
        <translation>प्रॉक्सी: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>प्रोफ़ाइल &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile &quot;%1&quot; has no API key: enter it in the profile.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; में कोई API कुंजी नहीं है: इसे प्रोफ़ाइल में दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="+68"/>
        <source>(see importscope profile --help)</source>
        <translation>(importscope profile --help देखें)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;profile list&quot; takes no arguments (see importscope profile --help).</source>
        <translation>&quot;profile list&quot; कोई आर्गुमेंट नहीं लेता (importscope profile --help देखें)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profiles yet: add one with &quot;importscope profile add&quot;.</source>
        <translation>अभी कोई प्रोफ़ाइल नहीं: &quot;importscope profile add&quot; से एक जोड़ें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENDPOINT</source>
        <translation>एंडपॉइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WORKSPACE ID</source>
        <translation>वर्कस्पेस ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME ZONE</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCTION</source>
        <translation>प्रोडक्शन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No API key on standard input: pipe the key in, for example &quot;importscope profile add ... --api-key-stdin &lt; keyfile&quot;.</source>
        <translation>स्टैंडर्ड इनपुट पर कोई API कुंजी नहीं: कुंजी पाइप से दें, उदाहरण के लिए &quot;importscope profile add ... --api-key-stdin &lt; keyfile&quot;।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No API key: set MOE_API_KEY or pass --api-key-stdin and pipe the key in.</source>
        <translation>कोई API कुंजी नहीं: MOE_API_KEY सेट करें या --api-key-stdin दें और कुंजी पाइप से भेजें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is never a command-line value: use --api-key-stdin or the environment variable MOE_API_KEY.</source>
        <translation>API कुंजी कभी कमांड-लाइन मान नहीं होती: --api-key-stdin या एनवायरनमेंट वेरिएबल MOE_API_KEY का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give --proxy or --no-proxy, not both.</source>
        <translation>--proxy या --no-proxy दें, दोनों नहीं।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Profile &quot;%1&quot; was saved without its proxy password.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; उसके प्रॉक्सी पासवर्ड के बिना सहेजी गई।</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Data centre.</source>
        <translation>डेटा सेंटर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL.</source>
        <translation>कस्टम बेस URL।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace ID.</source>
        <translation>वर्कस्पेस ID।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the key from standard input.</source>
        <translation>कुंजी स्टैंडर्ड इनपुट से पढ़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace time zone.</source>
        <translation>वर्कस्पेस का समय क्षेत्र।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as production.</source>
        <translation>प्रोडक्शन के रूप में चिह्नित करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted certificate (PEM).</source>
        <translation>अतिरिक्त विश्वसनीय प्रमाणपत्र (PEM)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile&apos;s own HTTP proxy.</source>
        <translation>प्रोफ़ाइल का अपना HTTP प्रॉक्सी।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect directly.</source>
        <translation>सीधे कनेक्ट करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name.</source>
        <translation>प्रोफ़ाइल नाम।</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>&quot;profile add&quot; needs exactly one NAME (quote a name with spaces); see importscope profile --help.</source>
        <translation>&quot;profile add&quot; को ठीक एक NAME चाहिए (स्पेस वाले नाम को उद्धरण चिह्नों में रखें); importscope profile --help देखें।</translation>
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
        <translation>उपयोग: importscope profile list
      importscope profile add NAME (--dc DC | --base-url URL) --workspace-id ID
                              [--api-key-stdin] [--tz ZONE] [--production]
                              [--ca-file PEM] [--proxy URL | --no-proxy]
      importscope profile remove NAME
      importscope profile test NAME
DC इनमें से एक है: %1। API कुंजी --api-key-stdin के साथ स्टैंडर्ड इनपुट से पढ़ी जाती है,
अन्यथा एनवायरनमेंट वेरिएबल MOE_API_KEY से, और OS कीचेन में रखी जाती है;
यह कभी कमांड-लाइन मान नहीं होती और कभी प्रिंट नहीं होती। --ca-file PEM फ़ाइल के
प्रमाणपत्रों को प्रोफ़ाइल के अतिरिक्त विश्वसनीय प्रमाणपत्र के रूप में रखता है; --proxy http://[USER@]HOST:PORT
प्रोफ़ाइल का अपना प्रॉक्सी है (उसका पासवर्ड, IMPORTSCOPE_PROXY_PASSWORD से, कीचेन में
जाता है), --no-proxy सीधे कनेक्ट करता है; डिफ़ॉल्ट रूप से सिस्टम का प्रॉक्सी उपयोग होता है।
</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Give either --dc or --base-url (exactly one of them).</source>
        <translation>या तो --dc या --base-url दें (इनमें से ठीक एक)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing --workspace-id.</source>
        <translation>--workspace-id नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Profile &quot;%1&quot; was not saved.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; सहेजी नहीं गई।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added profile &quot;%1&quot;; its key is in the keychain.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; जोड़ी गई; इसकी कुंजी कीचेन में है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;profile remove&quot; needs exactly one NAME; see importscope profile --help.</source>
        <translation>&quot;profile remove&quot; को ठीक एक NAME चाहिए; importscope profile --help देखें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profile named &quot;%1&quot; (see importscope profile list).</source>
        <translation>&quot;%1&quot; नाम की कोई प्रोफ़ाइल नहीं (importscope profile list देखें)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile &quot;%1&quot; was not removed.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; हटाई नहीं गई।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed profile &quot;%1&quot; and its key.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; और उसकी कुंजी हटा दी गई।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;profile test&quot; needs exactly one NAME; see importscope profile --help.</source>
        <translation>&quot;profile test&quot; को ठीक एक NAME चाहिए; importscope profile --help देखें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>प्रोफ़ाइल &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Missing profile command: use list, add, remove or test (see importscope profile --help).</source>
        <translation>प्रोफ़ाइल कमांड नहीं दिया गया: list, add, remove या test का उपयोग करें (importscope profile --help देखें)।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown profile command &quot;%1&quot;: use list, add, remove or test.</source>
        <translation>अज्ञात प्रोफ़ाइल कमांड &quot;%1&quot;: list, add, remove या test का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="+9"/>
        <location line="+9"/>
        <source>Profiles</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved connection profiles; production profiles are marked PRODUCTION</source>
        <translation>सहेजी गई कनेक्शन प्रोफ़ाइलें; प्रोडक्शन प्रोफ़ाइलों पर प्रोडक्शन लिखा होता है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add profile</source>
        <translation>प्रोफ़ाइल जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicat&amp;e</source>
        <translation>डुप्लिकेट करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate profile</source>
        <translation>प्रोफ़ाइल डुप्लिकेट करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ProfileDialog.cpp" line="+394"/>
        <location line="+18"/>
        <source>Delete profile</source>
        <translation>प्रोफ़ाइल हटाएँ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile name</source>
        <translation>प्रोफ़ाइल नाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data &amp;centre:</source>
        <translation>डेटा सेंटर(&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data centre</source>
        <translation>डेटा सेंटर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>बेस URL(&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://host[:port]</source>
        <translation>https://host[:port]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workspace ID:</source>
        <translation>वर्कस्पेस ID(&amp;W):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace ID</source>
        <translation>वर्कस्पेस ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data API &amp;key:</source>
        <translation>Data API कुंजी(&amp;K):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/ProfileDialog.cpp" line="-218"/>
        <source>Data API key</source>
        <translation>Data API कुंजी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how</source>
        <translation>दिखाएँ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the API key</source>
        <translation>API कुंजी दिखाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time zone:</source>
        <translation>समय क्षेत्र(&amp;Z):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace time zone</source>
        <translation>वर्कस्पेस का समय क्षेत्र</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Production workspace</source>
        <translation>प्रोडक्शन वर्कस्पेस(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production workspace</source>
        <translation>प्रोडक्शन वर्कस्पेस</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRODUCTION</source>
        <translation>प्रोडक्शन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production profile</source>
        <translation>प्रोडक्शन प्रोफ़ाइल</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extra trusted certi&amp;ficate:</source>
        <translation>अतिरिक्त विश्वसनीय प्रमाणपत्र(&amp;F):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/ProfileDialog.cpp" line="+59"/>
        <source>Extra trusted certificate</source>
        <translation>अतिरिक्त विश्वसनीय प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose...</source>
        <translation>चुनें...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an extra trusted certificate</source>
        <translation>अतिरिक्त विश्वसनीय प्रमाणपत्र चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file: your organisation&apos;s certificate authority, or the root certificate of a proxy that inspects TLS. Trusted for this profile only, besides the system&apos;s certificates.</source>
        <translation>एक PEM फ़ाइल: आपके संगठन का प्रमाणपत्र प्राधिकरण, या TLS की जाँच करने वाले प्रॉक्सी का रूट प्रमाणपत्र। सिस्टम के प्रमाणपत्रों के अतिरिक्त, केवल इस प्रोफ़ाइल के लिए विश्वसनीय।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>हटाएँ(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the extra trusted certificate</source>
        <translation>अतिरिक्त विश्वसनीय प्रमाणपत्र हटाएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pro&amp;xy:</source>
        <translation>प्रॉक्सी(&amp;X):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proxy</source>
        <translation>प्रॉक्सी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy URL</source>
        <translation>प्रॉक्सी URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://[user@]host:port</source>
        <translation>http://[user@]host:port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prox&amp;y password:</source>
        <translation>प्रॉक्सी पासवर्ड(&amp;Y):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy password</source>
        <translation>प्रॉक्सी पासवर्ड</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input problem</source>
        <translation>इनपुट समस्या</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test c&amp;onnection</source>
        <translation>कनेक्शन जाँचें(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection test result</source>
        <translation>कनेक्शन जाँच का परिणाम</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Revert</source>
        <translation>वापस लें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert changes</source>
        <translation>बदलाव वापस लें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile</source>
        <translation>प्रोफ़ाइल सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="-221"/>
        <source>Profiles - ImportScope</source>
        <translation>प्रोफ़ाइल - ImportScope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom URL...</source>
        <translation>कस्टम URL...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system&apos;s settings</source>
        <translation>सिस्टम की सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>कोई प्रॉक्सी नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This proxy:</source>
        <translation>यह प्रॉक्सी:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1  [PRODUCTION]</source>
        <translation>%1  [प्रोडक्शन]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>कीचेन में सहेजा गया; बदलने के लिए नया पासवर्ड लिखें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation>कीचेन में सहेजी गई; बदलने के लिए नई कुंजी लिखें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied from the original profile</source>
        <translation>मूल प्रोफ़ाइल से कॉपी की गई</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None: the system&apos;s certificates only.</source>
        <translation>कोई नहीं: केवल सिस्टम के प्रमाणपत्र।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
issued by %2
valid until %3
SHA-256 %4</source>
        <translation>%1
%2 द्वारा जारी
%3 तक मान्य
SHA-256 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>प्रमाणपत्र (*.pem *.crt *.cer);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the Data API key of the workspace.</source>
        <translation>वर्कस्पेस की Data API कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (copy)</source>
        <translation>%1 (कॉपी)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (कॉपी %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the profile &quot;%1&quot;? Its API key is removed from the keychain too.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; हटाएँ? इसकी API कुंजी भी कीचेन से हटा दी जाएगी।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting...</source>
        <translation>हटाया जा रहा है...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted &quot;%1&quot; and its key.</source>
        <translation>&quot;%1&quot; और उसकी कुंजी हटा दी गई।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1

Delete the profile &quot;%2&quot; anyway? Its key may stay in the keychain.</source>
        <translation>%1

फिर भी प्रोफ़ाइल &quot;%2&quot; हटाएँ? इसकी कुंजी कीचेन में रह सकती है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted &quot;%1&quot;; its key could not be removed from the keychain.</source>
        <translation>&quot;%1&quot; हटा दी गई; इसकी कुंजी कीचेन से हटाई नहीं जा सकी।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the original profile&apos;s key from the keychain...</source>
        <translation>मूल प्रोफ़ाइल की कुंजी कीचेन से पढ़ी जा रही है...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the key to save the copy.</source>
        <translation>कॉपी सहेजने के लिए कुंजी लिखें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Saving the key in the keychain...</source>
        <translation>कुंजी कीचेन में सहेजी जा रही है...</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saved. The key is in the keychain.</source>
        <translation>सहेजा गया। कुंजी कीचेन में है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved without the key: it is kept in memory for this session only.</source>
        <translation>कुंजी के बिना सहेजा गया: कुंजी केवल इस सत्र के लिए मेमोरी में रखी गई है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving...</source>
        <translation>सहेजा जा रहा है...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The new key is in the keychain.</source>
        <translation>सहेजा गया। नई कुंजी कीचेन में है।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved; the new key is kept in memory for this session only.</source>
        <translation>सहेजा गया; नई कुंजी केवल इस सत्र के लिए मेमोरी में रखी गई है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keychain unavailable</source>
        <translation>कीचेन उपलब्ध नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Use the key for this session only? It is kept in memory, never written, and asked for again next time.</source>
        <translation>%1

कुंजी का उपयोग केवल इस सत्र के लिए करें? यह मेमोरी में रखी जाती है, कभी लिखी नहीं जाती, और अगली बार फिर पूछी जाएगी।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the proxy password in the keychain...</source>
        <translation>प्रॉक्सी पासवर्ड कीचेन में सहेजा जा रहा है...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy password was not saved.</source>
        <translation>प्रॉक्सी पासवर्ड सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing...</source>
        <translation>जाँच हो रही है...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the key from the keychain...</source>
        <translation>कीचेन से कुंजी पढ़ी जा रही है...</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+158"/>
        <source>The settings in %1 were written by a newer ImportScope (format %2): update ImportScope before changing profiles.</source>
        <translation>%1 की सेटिंग्स ImportScope के नए संस्करण ने लिखी हैं (फ़ॉर्मैट %2): प्रोफ़ाइल बदलने से पहले ImportScope अपडेट करें।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not write the settings file %1: check that its folder exists and is writable.</source>
        <translation>सेटिंग्स फ़ाइल %1 लिखी नहीं जा सकी: जाँचें कि उसका फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write the settings file %1: check that it is writable.</source>
        <translation>सेटिंग्स फ़ाइल %1 लिखी नहीं जा सकी: जाँचें कि उसमें लिखा जा सकता है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <location line="+28"/>
        <source>Enter the Data API key of the workspace.</source>
        <translation>वर्कस्पेस की Data API कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The profile &quot;%1&quot; no longer exists: it may have been removed meanwhile.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; अब मौजूद नहीं है: हो सकता है इस बीच इसे हटा दिया गया हो।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That profile no longer exists: it may have been removed meanwhile.</source>
        <translation>वह प्रोफ़ाइल अब मौजूद नहीं है: हो सकता है इस बीच इसे हटा दिया गया हो।</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../app/api/ResponseParser.cpp" line="+130"/>
        <source>The response is not valid JSON (a raw control character inside a string at byte %1).</source>
        <translation>उत्तर मान्य JSON नहीं है (बाइट %1 पर एक स्ट्रिंग के भीतर कच्चा कंट्रोल कैरेक्टर)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>उत्तर मान्य JSON नहीं है (बाइट %2 पर %1)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response is JSON but not an object.</source>
        <translation>उत्तर JSON है, पर ऑब्जेक्ट नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The response&apos;s status is &quot;%1&quot;, not &quot;success&quot;.</source>
        <translation>उत्तर का status &quot;%1&quot; है, &quot;success&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response describes a schema (&quot;items&quot;) instead of carrying data.</source>
        <translation>उत्तर डेटा देने के बजाय एक स्कीमा (&quot;items&quot;) बताता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response&apos;s total_count is missing or not a whole number.</source>
        <translation>उत्तर में total_count नहीं है या पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response&apos;s offset is not a page number.</source>
        <translation>उत्तर का offset पेज संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response&apos;s more_files is neither true nor false.</source>
        <translation>उत्तर का more_files न true है, न false।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response&apos;s data is neither a list nor null.</source>
        <translation>उत्तर का data न सूची है, न null।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a file entry is not an object</source>
        <translation>एक फ़ाइल प्रविष्टि ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a file entry has no id</source>
        <translation>एक फ़ाइल प्रविष्टि में id नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file %1: file_name is not text</source>
        <translation>फ़ाइल %1: file_name टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1: status_msg is not text</source>
        <translation>फ़ाइल %1: status_msg टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file %1: file_status is missing</source>
        <translation>फ़ाइल %1: file_status नहीं है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>file %1: type is not text</source>
        <translation>फ़ाइल %1: type टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>file %1: %2 is not text</source>
        <translation>फ़ाइल %1: %2 टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>file %1: %2 is missing</source>
        <translation>फ़ाइल %1: %2 नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1: %2 is not a whole number of 0 or more</source>
        <translation>फ़ाइल %1: %2 शून्य या उससे अधिक की पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The response carries %1 files on one page; a page holds at most %2.</source>
        <translation>उत्तर एक पेज पर %1 फ़ाइलें देता है; एक पेज में अधिकतम %2 होती हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The response is not in the documented shape: %1.</source>
        <translation>उत्तर दस्तावेज़ में बताए रूप में नहीं है: %1।</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The response counts %1 file(s) but carries none.</source>
        <translation>
            <numerusform>उत्तर %1 फ़ाइल गिनता है, पर कोई फ़ाइल नहीं देता।</numerusform>
            <numerusform>उत्तर %1 फ़ाइलें गिनता है, पर कोई फ़ाइल नहीं देता।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The response lists %1 imports on one page; a page holds at most %2.</source>
        <translation>उत्तर एक पेज पर %1 इम्पोर्ट सूचीबद्ध करता है; एक पेज में अधिकतम %2 होते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not in the documented shape: an import entry is not an object.</source>
        <translation>उत्तर दस्तावेज़ में बताए रूप में नहीं है: एक इम्पोर्ट प्रविष्टि ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The response is not in the documented shape: an import&apos;s %1 is not text.</source>
        <translation>उत्तर दस्तावेज़ में बताए रूप में नहीं है: किसी इम्पोर्ट का %1 टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response is not in the documented shape: an import has no import_id.</source>
        <translation>उत्तर दस्तावेज़ में बताए रूप में नहीं है: किसी इम्पोर्ट में import_id नहीं है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The response is not in the documented shape: total_files is not a number.</source>
        <translation>उत्तर दस्तावेज़ में बताए रूप में नहीं है: total_files संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The API says the MOE-APPKEY header is missing (HTTP 401): set the workspace ID.</source>
        <translation>API के अनुसार MOE-APPKEY हेडर नहीं है (HTTP 401): वर्कस्पेस ID सेट करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API says the workspace ID in MOE-APPKEY does not match the credentials (HTTP 401): check the workspace ID.</source>
        <translation>API के अनुसार MOE-APPKEY में दी गई वर्कस्पेस ID क्रेडेंशियल से मेल नहीं खाती (HTTP 401): वर्कस्पेस ID जाँचें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication failed (HTTP 401): check the workspace ID and the Data API key.</source>
        <translation>प्रमाणीकरण विफल (HTTP 401): वर्कस्पेस ID और Data API कुंजी जाँचें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access refused (HTTP 403%1): the account may be blocked; contact MoEngage support.</source>
        <translation>पहुँच अस्वीकृत (HTTP 403%1): खाता अवरुद्ध हो सकता है; MoEngage सहायता से संपर्क करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API&apos;s rate limit stayed exceeded (HTTP 429): wait a minute and try again, or use a lower --rate-limit.</source>
        <translation>API की दर सीमा लगातार पार रही (HTTP 429): एक मिनट रुककर फिर से प्रयास करें, या कम --rate-limit का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MoEngage server failed (HTTP %1) after several attempts: try again later.</source>
        <translation>कई प्रयासों के बाद MoEngage सर्वर विफल रहा (HTTP %1): बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API found no such import (HTTP 400, &quot;Import Doesn&apos;t Exist&quot;): check the import ID or name, and the page number.</source>
        <translation>API को ऐसा कोई इम्पोर्ट नहीं मिला (HTTP 400, &quot;Import Doesn&apos;t Exist&quot;): इम्पोर्ट ID या नाम, और पेज संख्या जाँचें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API refused the dates (HTTP 400, &quot;Invalid Date format&quot;): write them exactly in the chosen format.</source>
        <translation>API ने तारीखें अस्वीकार कीं (HTTP 400, &quot;Invalid Date format&quot;): उन्हें ठीक चुने गए फ़ॉर्मैट में लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API could not process the request (HTTP 400): a status or type may be in the wrong case.</source>
        <translation>API अनुरोध प्रोसेस नहीं कर सका (HTTP 400): कोई स्थिति या प्रकार गलत केस (बड़े/छोटे अक्षर) में हो सकता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API has no such endpoint (HTTP 404): check the data centre or base URL.</source>
        <translation>API में ऐसा कोई एंडपॉइंट नहीं है (HTTP 404): डेटा सेंटर या बेस URL जाँचें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request&apos;s form (HTTP %1): is the base URL a MoEngage File Imports API?</source>
        <translation>सर्वर ने अनुरोध का रूप अस्वीकार किया (HTTP %1): क्या बेस URL MoEngage File Imports API है?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API refused the request (HTTP %1%2).</source>
        <translation>API ने अनुरोध अस्वीकार किया (HTTP %1%2)।</translation>
    </message>
</context>
<context>
    <name>RowCountsBar</name>
    <message>
        <location filename="../ui/RowCountsBar.cpp" line="+23"/>
        <source>Row counts bar</source>
        <translation>पंक्ति गणना बार</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 added, %2 updated, %3 skipped, %4 failed</source>
        <translation>%1 जोड़ी गईं, %2 अपडेट हुईं, %3 छोड़ी गईं, %4 विफल</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>added</source>
        <translation>जोड़ी गईं</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>अपडेट हुईं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>छोड़ी गईं</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/profiles/SecretStore.cpp" line="+44"/>
        <source>The keychain did not answer within %1 s (it may be waiting for an unlock prompt): unlock it and try again, or use the key for this run only.</source>
        <translation>कीचेन ने %1 सेकंड में उत्तर नहीं दिया (शायद अनलॉक की प्रतीक्षा कर रही है): उसे अनलॉक करके फिर से प्रयास करें, या कुंजी का उपयोग केवल इस बार के लिए करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keychain service is running (org.freedesktop.secrets): start gnome-keyring or KWallet, or use the key for this run only.</source>
        <translation>कोई कीचेन सेवा नहीं चल रही (org.freedesktop.secrets): gnome-keyring या KWallet शुरू करें, या कुंजी का उपयोग केवल इस बार के लिए करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available on this system: use the key for this run only.</source>
        <translation>इस सिस्टम पर कोई कीचेन उपलब्ध नहीं है: कुंजी का उपयोग केवल इस बार के लिए करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked or refused access: unlock it (for example in Seahorse or KWallet Manager) and try again, or use the key for this run only.</source>
        <translation>कीचेन लॉक है या उसने पहुँच अस्वीकार की: उसे अनलॉक करें (जैसे Seahorse या KWallet Manager में) और फिर से प्रयास करें, या कुंजी का उपयोग केवल इस बार के लिए करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain reported an error without saying which.</source>
        <translation>कीचेन ने त्रुटि बताई, पर कौन-सी, यह नहीं बताया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain holds no API key for this profile: enter the key again in the profile (or unlock the keychain if it is locked).</source>
        <translation>कीचेन में इस प्रोफ़ाइल की कोई API कुंजी नहीं है: प्रोफ़ाइल में कुंजी फिर से दर्ज करें (या कीचेन लॉक हो तो उसे अनलॉक करें)।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keychain reported an error: %1</source>
        <translation>कीचेन ने त्रुटि बताई: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/session/Session.cpp" line="+131"/>
        <source>Demo workspace</source>
        <translation>डेमो वर्कस्पेस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo workspace — %1</source>
        <translation>डेमो वर्कस्पेस — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No profile named &quot;%1&quot; (see importscope profile list).</source>
        <translation>&quot;%1&quot; नाम की कोई प्रोफ़ाइल नहीं (importscope profile list देखें)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>प्रोफ़ाइल &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message>
        <location filename="../ui/StatusChips.cpp" line="+69"/>
        <source>Show only: %1 (no new request)</source>
        <translation>केवल दिखाएँ: %1 (कोई नया अनुरोध नहीं)</translation>
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
            <numerusform>%1 दिखाएँ: %Ln फ़ाइल</numerusform>
            <numerusform>%1 दिखाएँ: %Ln फ़ाइलें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusGroup</name>
    <message>
        <location filename="../app/model/StatusGroup.cpp" line="+38"/>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>आंशिक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>प्रगति में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>सफल</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every fetched file</source>
        <translation>सभी प्राप्त फ़ाइलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE and any status that is not a success and not still in progress</source>
        <translation>FAILED, PARTIAL_SUCCESS, PARTIAL_FAILURE और कोई भी ऐसी स्थिति जो न सफल है और न अभी प्रगति में है</translation>
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
        <translation>उपयोग: importscope store info [--profile NAME]
      importscope store forget [--profile NAME]
info सहेजे गए इतिहास का आकार, इम्पोर्ट, फ़ाइलें और सबसे पुराना रीफ़्रेश दिखाता है;
forget उसे हटाता है, सभी प्रोफ़ाइलों के लिए या केवल NAME के लिए।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No profile named &quot;%1&quot;: see importscope profile list.</source>
        <translation>&quot;%1&quot; नाम की कोई प्रोफ़ाइल नहीं: importscope profile list देखें।</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Only this profile&apos;s stored history.</source>
        <translation>केवल इस प्रोफ़ाइल का सहेजा गया इतिहास।</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Forgot the stored history of profile &quot;%1&quot;.</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; का सहेजा गया इतिहास हटा दिया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot the stored history of every profile.</source>
        <translation>सभी प्रोफ़ाइलों का सहेजा गया इतिहास हटा दिया गया।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored history: %1</source>
        <translation>सहेजा गया इतिहास: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>प्रोफ़ाइल: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1 (%2 bytes)</source>
        <translation>आकार: %1 (%2 बाइट)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports: %1</source>
        <translation>इम्पोर्ट: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1</source>
        <translation>फ़ाइलें: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers kept from an older version: %1</source>
        <translation>पुराने संस्करण से रखे गए उत्तर: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest refresh: %1 (%2)</source>
        <translation>सबसे पुराना रीफ़्रेश: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oldest refresh: none (nothing is stored)</source>
        <translation>सबसे पुराना रीफ़्रेश: कोई नहीं (कुछ भी सहेजा नहीं गया है)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown store command &quot;%1&quot;.
%2</source>
        <translation>अज्ञात store कमांड &quot;%1&quot;।
%2</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../app/common/TimeText.cpp" line="+20"/>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n मिनट पहले</numerusform>
            <numerusform>%n मिनट पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n घंटे पहले</numerusform>
            <numerusform>%n घंटे पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/TrendsView.cpp" line="+49"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Successful</source>
        <translation>सफल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>प्रोसेसिंग में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued or waiting</source>
        <translation>कतार में या प्रतीक्षारत</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Show all days</source>
        <translation>सभी दिन दिखाएँ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;h3&gt;No trends yet&lt;/h3&gt;&lt;p&gt;Fetch an import: its files are summed up here per day.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;अभी कोई रुझान नहीं&lt;/h3&gt;&lt;p&gt;कोई इम्पोर्ट प्राप्त करें: उसकी फ़ाइलों का सारांश यहाँ प्रतिदिन के हिसाब से दिखेगा।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Files: %1 · days: %2, %3 to %4 · days in %5 by scheduled time</source>
        <translation>फ़ाइलें: %1 · दिन: %2, %3 से %4 तक · निर्धारित समय के अनुसार %5 में दिन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · not shown, without a scheduled time: %1</source>
        <translation> · नहीं दिखाई गईं, बिना निर्धारित समय के: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+126"/>
        <source>Files per day</source>
        <translation>प्रतिदिन फ़ाइलें</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Partial failure</source>
        <translation>आंशिक विफलता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial success</source>
        <translation>आंशिक सफलता</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Rows per day</source>
        <translation>प्रति दिन पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 of %2 fetched, as the table&apos;s filter shows</source>
        <translation>%2 प्राप्त फ़ाइलों में से %1, तालिका के फ़िल्टर के अनुसार</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows per day and failure rate</source>
        <translation>प्रतिदिन पंक्तियाँ और विफलता दर</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed rows</source>
        <translation>विफल पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added rows</source>
        <translation>जोड़ी गई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated rows</source>
        <translation>अपडेट हुई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failure rate (failed ÷ total rows)</source>
        <translation>विफलता दर (विफल ÷ कुल पंक्तियाँ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failure rate (%)</source>
        <translation>विफलता दर (%)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Return shows only this day in the table</source>
        <translation>Enter दबाने पर तालिका में केवल यह दिन दिखेगा</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No files</source>
        <translation>कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1 (%2)</source>
        <translation>फ़ाइलें: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows: %1 total · %2 added · %3 updated · %4 failed</source>
        <translation>पंक्तियाँ: कुल %1 · %2 जोड़ी गईं · %3 अपडेट हुईं · %4 विफल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure rate: %1 %</source>
        <translation>विफलता दर: %1 %</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Click to show only this day in the table</source>
        <translation>तालिका में केवल यह दिन दिखाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>The table shows only %1</source>
        <translation>तालिका केवल %1 दिखाती है</translation>
    </message>
</context>
<context>
    <name>TriageCommand</name>
    <message>
        <location filename="../app/cli/TriageCommand.cpp" line="+72"/>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format table, csv या json होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sort must be files or failed-rows, not &quot;%1&quot;.</source>
        <translation>--sort files या failed-rows होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>FILES</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED ROWS</source>
        <translation>विफल पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMPORTS</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEW</source>
        <translation>नया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SEEN</source>
        <translation>अंतिम बार देखा गया</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAUSE</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no message)</source>
        <translation>(कोई संदेश नहीं)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new</source>
        <translation>नया</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: nothing is stored for this workspace yet; run triage once without --cached.</source>
        <translation>%1: इस वर्कस्पेस के लिए अभी कुछ भी सहेजा नहीं गया है; ट्राइएज को एक बार --cached के बिना चलाएँ।</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Group the failed and partly failed files of one or more imports by cause (the status message with numbers, values, names of files, addresses and times masked), most files first.

--profile may be given again for more workspaces; without --profile or --base-url, every saved profile. Without --import-id or --import-name: every import of those workspaces (with --cached, every import stored for them). The workspaces are read at once, each on its own budget. Each import&apos;s history is refreshed in the stored history first, with as few requests as it needs, so a second run costs a request or two per import.

Exit codes as for export: 0 done (also when nothing failed), 1 local failure, 2 bad command line, 3 authentication refused, 4 request rejected or nothing stored (--cached), 5 network or server failure after retries, 130 interrupted.</source>
        <translation>एक या अधिक इम्पोर्ट की विफल और आंशिक रूप से विफल फ़ाइलों को कारण के अनुसार समूहित करता है (स्थिति संदेश, जिसमें संख्याएँ, मान, फ़ाइलों के नाम, पते और समय छिपा दिए जाते हैं), सबसे अधिक फ़ाइलों वाला कारण पहले।

और वर्कस्पेस के लिए --profile फिर से दिया जा सकता है; --profile या --base-url के बिना: हर सहेजी गई प्रोफ़ाइल। --import-id या --import-name के बिना: उन वर्कस्पेस का हर इम्पोर्ट (--cached के साथ, उनके लिए सहेजा गया हर इम्पोर्ट)। वर्कस्पेस एक साथ पढ़े जाते हैं, हर एक अपनी अनुरोध सीमा के भीतर। हर इम्पोर्ट का इतिहास पहले सहेजे गए इतिहास में रीफ़्रेश किया जाता है, उतने ही अनुरोधों से जितने ज़रूरी हों, इसलिए दूसरी बार चलाने पर हर इम्पोर्ट के लिए एक या दो अनुरोध ही लगते हैं।

एग्ज़िट कोड export जैसे ही: 0 पूर्ण (तब भी जब कुछ विफल न हुआ हो), 1 स्थानीय विफलता, 2 गलत कमांड लाइन, 3 प्रमाणीकरण अस्वीकृत, 4 अनुरोध अस्वीकृत या कुछ भी सहेजा नहीं गया (--cached), 5 दोबारा प्रयासों के बाद नेटवर्क या सर्वर विफलता, 130 बाधित।</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>importscope: %1 / %2 read</source>
        <translation>importscope: %1 / %2 पढ़े गए</translation>
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
        <translation>%1 के लिए अभी कुछ भी सहेजा नहीं गया है; ट्राइएज को एक बार --cached के बिना चलाएँ।</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write to standard output.</source>
        <translation>स्टैंडर्ड आउटपुट पर नहीं लिखा जा सकता।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An import&apos;s ID; give it again for more.</source>
        <translation>किसी इम्पोर्ट की ID; और इम्पोर्ट के लिए इसे फिर से दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An import&apos;s name; give it again for more.</source>
        <translation>किसी इम्पोर्ट का नाम; और इम्पोर्ट के लिए इसे फिर से दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The span: files scheduled in the last SPAN, as 24h, 7d (default) or 400d. A cause seen before the span is not new.</source>
        <translation>समयावधि: पिछले SPAN में निर्धारित फ़ाइलें, जैसे 24h, 7d (डिफ़ॉल्ट) या 400d। समयावधि से पहले देखा गया कारण नया नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table (default), csv or json. CSV and JSON carry pattern, files, failed_rows, imports, workspaces, first_seen, last_seen, new, example, file_ids.</source>
        <translation>table (डिफ़ॉल्ट), csv या json। CSV और JSON में pattern, files, failed_rows, imports, workspaces, first_seen, last_seen, new, example, file_ids होते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>files (default) or failed-rows: what comes first.</source>
        <translation>files (डिफ़ॉल्ट) या failed-rows: किस आधार पर पहले रखा जाए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE, atomically (default: standard output).</source>
        <translation>FILE में एटॉमिक रूप से लिखें (डिफ़ॉल्ट: स्टैंडर्ड आउटपुट)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send no request: group what is stored (exit 4 when a named import has nothing stored).</source>
        <translation>कोई अनुरोध न भेजें: जो सहेजा गया है उसे समूहित करें (नाम से दिए गए किसी इम्पोर्ट के लिए कुछ भी सहेजा न हो तो एग्ज़िट कोड 4)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress on standard error.</source>
        <translation>स्टैंडर्ड एरर पर प्रगति न दिखाएँ।</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Interrupted: nothing was written; what was refreshed before stays stored.</source>
        <translation>बाधित: कुछ भी नहीं लिखा गया; जो पहले रीफ़्रेश हो चुका था वह सहेजा हुआ रहता है।</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <location filename="../ui/TriagePage.cpp" line="+222"/>
        <source>Span: the date filter, %1 to %2; new: not seen before it in the stored history</source>
        <translation>अवधि: दिनांक फ़िल्टर, %1 से %2; नया: सहेजे गए इतिहास में इससे पहले नहीं देखा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span: the date filter, %1 to %2</source>
        <translation>समयावधि: तारीख फ़िल्टर, %1 से %2 तक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span: the whole fetched history</source>
        <translation>समयावधि: पूरा प्राप्त इतिहास</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../ui/TriageView.cpp" line="+181"/>
        <source>Sort &amp;by:</source>
        <translation>क्रमबद्ध करें(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most files</source>
        <translation>सबसे अधिक फ़ाइलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most failed rows</source>
        <translation>सबसे अधिक विफल पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort causes by</source>
        <translation>कारणों को इसके अनुसार क्रमबद्ध करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort causes by most files or by most failed rows</source>
        <translation>कारणों को सबसे अधिक फ़ाइलों या सबसे अधिक विफल पंक्तियों के अनुसार क्रमबद्ध करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failure causes</source>
        <translation>विफलता के कारण</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;No failures&lt;/h3&gt;&lt;p&gt;No failed or partly failed file is in what is shown. Causes appear here as files arrive.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;कोई विफलता नहीं&lt;/h3&gt;&lt;p&gt;जो दिखाया गया है उसमें कोई विफल या आंशिक रूप से विफल फ़ाइल नहीं है। फ़ाइलें आने पर कारण यहाँ दिखते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xample of the selected cause:</source>
        <translation>चुने गए कारण का उदाहरण(&amp;X):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example message of the selected cause</source>
        <translation>चुने गए कारण का उदाहरण संदेश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a cause to see one of its messages whole.</source>
        <translation>किसी कारण का एक संदेश पूरा देखने के लिए उसे चुनें।</translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>%Ln cause(s)</source>
        <translation>
            <numerusform>%Ln कारण</numerusform>
            <numerusform>%Ln कारण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed or partly failed file(s)</source>
        <translation>
            <numerusform>%Ln विफल या आंशिक रूप से विफल फ़ाइल</numerusform>
            <numerusform>%Ln विफल या आंशिक रूप से विफल फ़ाइलें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new in this span</source>
        <translation>
            <numerusform>इस समयावधि में %Ln नया</numerusform>
            <numerusform>इस समयावधि में %Ln नए</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New</source>
        <translation>नया</translation>
    </message>
</context>
<context>
    <name>TriggerClient</name>
    <message>
        <location filename="../app/api/TriggerClient.cpp" line="+51"/>
        <source>Import &quot;%1&quot; was triggered: a new run is queued and appears at the top of its history (QUEUED, then on to its final status).</source>
        <translation>इम्पोर्ट &quot;%1&quot; ट्रिगर किया गया: एक नया रन कतार में है और उसके इतिहास में सबसे ऊपर दिखता है (पहले QUEUED, फिर उसकी अंतिम स्थिति)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API said: &quot;%1&quot;.</source>
        <translation>API ने कहा: &quot;%1&quot;।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answer came in time.</source>
        <translation>समय पर कोई उत्तर नहीं आया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was lost before the API answered.</source>
        <translation>API के उत्तर देने से पहले कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server failed (HTTP %1).</source>
        <translation>सर्वर विफल रहा (HTTP %1)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer could not be read.</source>
        <translation>उत्तर पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outcome is unknown: %1 The request may have reached the API, so it was not sent again (the import could run twice). Look at the import&apos;s history in a minute: a new QUEUED or PROCESSING file at the top means it ran.</source>
        <translation>परिणाम अज्ञात है: %1 हो सकता है अनुरोध API तक पहुँच गया हो, इसलिए उसे दोबारा नहीं भेजा गया (इम्पोर्ट दो बार चल सकता था)। एक मिनट बाद इम्पोर्ट का इतिहास देखें: सबसे ऊपर नई QUEUED या PROCESSING फ़ाइल का मतलब है कि वह चला।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not triggered: import &quot;%1&quot; has run in the last 5 minutes, and the API allows one run every 5 minutes. %2</source>
        <translation>ट्रिगर नहीं हुआ: इम्पोर्ट &quot;%1&quot; पिछले 5 मिनट में चल चुका है, और API हर 5 मिनट में केवल एक रन की अनुमति देता है। %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not triggered: the API says import &quot;%1&quot; is deleted or expired. %2</source>
        <translation>ट्रिगर नहीं हुआ: API के अनुसार इम्पोर्ट &quot;%1&quot; हटा दिया गया है या उसकी अवधि समाप्त हो चुकी है। %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not triggered: %1</source>
        <translation>ट्रिगर नहीं हुआ: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the answer does not say &quot;success&quot;</source>
        <translation>उत्तर में &quot;success&quot; नहीं है</translation>
    </message>
</context>
<context>
    <name>TriggerCommand</name>
    <message>
        <location filename="../app/cli/TriggerCommand.cpp" line="+88"/>
        <source>named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; नाम वाला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with ID %1</source>
        <translation>ID %1 वाला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace %1 lists no import %2 (Import Details): nothing was triggered. `importscope imports` lists them.</source>
        <translation>वर्कस्पेस %1 में %2 कोई इम्पोर्ट सूचीबद्ध नहीं है (Import Details): कुछ भी ट्रिगर नहीं हुआ। `importscope imports` इम्पोर्ट सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import &quot;%1&quot; is a %2 import: only periodic imports can be run again. Nothing was sent.</source>
        <translation>इम्पोर्ट &quot;%1&quot; एक %2 इम्पोर्ट है: केवल आवधिक इम्पोर्ट फिर से चलाए जा सकते हैं। कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import &quot;%1&quot; last ran at %2; the API allows one run every 5 minutes: it can be triggered again at %3 (in %4). Nothing was sent.</source>
        <translation>इम्पोर्ट &quot;%1&quot; पिछली बार %2 पर चला था; API हर 5 मिनट में केवल एक रन की अनुमति देता है: इसे %3 पर (%4 में) फिर से ट्रिगर किया जा सकता है। कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace %1 is a production workspace. To trigger import &quot;%2&quot;, type its name:</source>
        <translation>वर्कस्पेस %1 एक प्रोडक्शन वर्कस्पेस है। इम्पोर्ट &quot;%2&quot; को ट्रिगर करने के लिए उसका नाम टाइप करें:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name did not match: the import was not triggered.</source>
        <translation>नाम मेल नहीं खाया: इम्पोर्ट ट्रिगर नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trigger import %1 in workspace %2? [y/N] </source>
        <translation>वर्कस्पेस %2 में इम्पोर्ट %1 ट्रिगर करें? [y/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <extracomment>The one-letter answer that confirms &quot;[y/N]&quot; in the user&apos;s language (&quot;j&quot; in German).</extracomment>
        <translation>y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed: the import was not triggered.</source>
        <translation>पुष्टि नहीं हुई: इम्पोर्ट ट्रिगर नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For example: importscope export --import-id %1 --page 1</source>
        <translation>उदाहरण के लिए: importscope export --import-id %1 --page 1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New run: %1 (file %2), %3, scheduled at %4.</source>
        <translation>नया रन: %1 (फ़ाइल %2), %3, %4 पर निर्धारित।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new run is not in the import&apos;s history yet: look again in a minute.</source>
        <translation>नया रन अभी इम्पोर्ट के इतिहास में नहीं है: एक मिनट बाद फिर से देखें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow it with: importscope export --import-id %1 --page 1</source>
        <translation>इसकी प्रगति यहाँ देखें: importscope export --import-id %1 --page 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a periodic import again now (Trigger File Imports API): one request, never retried. Asks first on a terminal; in a script, pass --yes.</source>
        <translation>किसी आवधिक इम्पोर्ट को अभी फिर से चलाता है (Trigger File Imports API): एक ही अनुरोध, जिसे कभी दोबारा नहीं भेजा जाता। टर्मिनल पर पहले पूछता है; स्क्रिप्ट में --yes दें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import&apos;s ID.</source>
        <translation>इम्पोर्ट की ID।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import&apos;s name (exactly).</source>
        <translation>इम्पोर्ट का नाम (बिल्कुल सटीक)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not ask for confirmation (needed when standard input is not a terminal).</source>
        <translation>पुष्टि न माँगें (तब आवश्यक जब स्टैंडर्ड इनपुट टर्मिनल न हो)।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give --import-id ID or --import-name NAME.</source>
        <translation>--import-id ID या --import-name NAME दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard input is not a terminal, so nothing can be confirmed: pass --yes to trigger the import. Nothing was sent.</source>
        <translation>स्टैंडर्ड इनपुट टर्मिनल नहीं है, इसलिए पुष्टि नहीं की जा सकती: इम्पोर्ट ट्रिगर करने के लिए --yes दें। कुछ भी नहीं भेजा गया।</translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <location filename="../ui/TriggerDialog.cpp" line="+31"/>
        <source>Run import now</source>
        <translation>इम्पोर्ट अभी चलाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run import &quot;%1&quot; now in workspace %2?</source>
        <translation>वर्कस्पेस %2 में इम्पोर्ट &quot;%1&quot; अभी चलाएँ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This starts one run outside the import&apos;s schedule (the schedule stays as it is). The API allows one run every 5 minutes.</source>
        <translation>इससे इम्पोर्ट के शेड्यूल के बाहर एक रन शुरू होता है (शेड्यूल जैसा है वैसा ही रहता है)। API हर 5 मिनट में केवल एक रन की अनुमति देता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a production workspace. Type the import&apos;s name to confirm:</source>
        <translation>%1 एक प्रोडक्शन वर्कस्पेस है। पुष्टि करने के लिए इम्पोर्ट का नाम टाइप करें:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import name to confirm</source>
        <translation>पुष्टि के लिए इम्पोर्ट नाम</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Run now</source>
        <translation>अभी चलाएँ(&amp;R)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The import last ran at %1: it can run again at %2 (in %3).</source>
        <translation>इम्पोर्ट पिछली बार %1 पर चला था: यह %2 पर (%3 में) फिर से चल सकता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import last ran at %1.</source>
        <translation>इम्पोर्ट पिछली बार %1 पर चला था।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending the request…</source>
        <translation>अनुरोध भेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>WatchChoice</name>
    <message>
        <location filename="../ui/WatchChoice.cpp" line="+78"/>
        <source>%1 (in %2)</source>
        <translation>%1 (%2 में)</translation>
    </message>
</context>
<context>
    <name>WatchControl</name>
    <message>
        <location filename="../ui/WatchControl.cpp" line="+24"/>
        <source>&amp;Watch imports in the background</source>
        <translation>पृष्ठभूमि में इम्पोर्ट की निगरानी करें(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep watching in the tra&amp;y when closed</source>
        <translation>बंद करने पर ट्रे में निगरानी जारी रखें(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watc&amp;h settings…</source>
        <translation>निगरानी सेटिंग्स(&amp;H)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How often to check, and how many requests a minute watching may spend</source>
        <translation>कितनी बार जाँचना है, और निगरानी प्रति मिनट कितने अनुरोध खर्च कर सकती है</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Refresh the %1 chosen import(s) every %n minute(s), within %2 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>चुने गए इम्पोर्ट (%1) हर %n मिनट में रीफ़्रेश करें, प्रति वर्कस्पेस प्रति मिनट अधिकतम %2 अनुरोधों के भीतर, और नई विफलताओं, पुराने इम्पोर्ट और अटकी फ़ाइलों की सूचना दें</numerusform>
            <numerusform>चुने गए इम्पोर्ट (%1) हर %n मिनट में रीफ़्रेश करें, प्रति वर्कस्पेस प्रति मिनट अधिकतम %2 अनुरोधों के भीतर, और नई विफलताओं, पुराने इम्पोर्ट और अटकी फ़ाइलों की सूचना दें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Refresh every import of the board every %n minute(s), within %1 requests a minute per workspace, and notify new failures, stale imports and stuck files</source>
        <translation>
            <numerusform>बोर्ड के हर इम्पोर्ट को हर %n मिनट में रीफ़्रेश करें, प्रति वर्कस्पेस प्रति मिनट अधिकतम %1 अनुरोधों के भीतर, और नई विफलताओं, अतिदेय इम्पोर्ट और अटकी फ़ाइलों की सूचना दें</numerusform>
            <numerusform>बोर्ड के हर इम्पोर्ट को हर %n मिनट में रीफ़्रेश करें, प्रति वर्कस्पेस प्रति मिनट अधिकतम %1 अनुरोधों के भीतर, और नई विफलताओं, अतिदेय इम्पोर्ट और अटकी फ़ाइलों की सूचना दें</numerusform>
        </translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No system tray here: watching runs while the window is open.</source>
        <translation>यहाँ सिस्टम ट्रे नहीं है: निगरानी तभी तक चलती है जब तक विंडो खुली है।</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Watching: nothing to watch yet. Add a profile or open the demo workspace.</source>
        <translation>निगरानी: अभी निगरानी के लिए कुछ नहीं। कोई प्रोफ़ाइल जोड़ें या डेमो वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching: waiting for the board to read its workspaces…</source>
        <translation>निगरानी: बोर्ड के अपने वर्कस्पेस पढ़ने की प्रतीक्षा…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Last check %2.</source>
        <translation>%1 पिछली जाँच %2।</translation>
    </message>
</context>
<context>
    <name>WatchSettingsDialog</name>
    <message>
        <location filename="../ui/WatchSettingsDialog.cpp" line="+29"/>
        <source>Watch settings - ImportScope</source>
        <translation>निगरानी सेटिंग्स - ImportScope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every, in minutes</source>
        <translation>हर कितने मिनट में जाँचें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests a minute per workspace</source>
        <translation>प्रति वर्कस्पेस प्रति मिनट अनुरोध</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check &amp;every:</source>
        <translation>जाँच का अंतराल(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend at &amp;most (requests a minute per workspace):</source>
        <translation>अधिकतम खर्च (प्रति वर्कस्पेस प्रति मिनट अनुरोध)(&amp;M):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Watch the w&amp;hole board</source>
        <translation>पूरे बोर्ड की निगरानी करें(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imports chosen for watching</source>
        <translation>निगरानी के लिए चुने गए इम्पोर्ट</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop watching the selected</source>
        <translation>चुने हुओं की निगरानी बंद करें(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose imports on the board: &quot;Watch this import&quot; in a row&apos;s context menu, or Ctrl+Shift+W.</source>
        <translation>इम्पोर्ट बोर्ड पर चुनें: किसी पंक्ति के संदर्भ मेनू में &quot;इस इम्पोर्ट की निगरानी करें&quot;, या Ctrl+Shift+W।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 % of the API&apos;s %2 requests a minute per workspace: a fetch in the window meanwhile has the other %3 a minute. A check refreshes each import once; one that needs more than a minute&apos;s budget goes on in the next minute.</source>
        <translation>API के प्रति वर्कस्पेस प्रति मिनट %2 अनुरोधों का %1 %: इस बीच विंडो में फ़ेच के लिए बाक़ी %3 प्रति मिनट बचते हैं। एक जाँच हर इम्पोर्ट को एक बार रीफ़्रेश करती है; जिसे एक मिनट के बजट से ज़्यादा चाहिए, वह अगले मिनट में जारी रहता है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watch &amp;only the imports I chose (%1)</source>
        <translation>केवल मेरे चुने इम्पोर्ट की निगरानी करें (%1)(&amp;O)</translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message>
        <location filename="../ui/WatchTray.cpp" line="+47"/>
        <source>Check Now</source>
        <translation>अभी जाँचें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open ImportScope</source>
        <translation>ImportScope खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit ImportScope</source>
        <translation>ImportScope बंद करें</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All watched imports are healthy</source>
        <translation>निगरानी वाले सभी इम्पोर्ट ठीक हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some watched imports need a look</source>
        <translation>निगरानी वाले कुछ इम्पोर्ट को देखना चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some watched imports are failing or stale</source>
        <translation>निगरानी वाले कुछ इम्पोर्ट विफल हो रहे हैं या अतिदेय हैं</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last checked %1</source>
        <translation>अंतिम जाँच %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>अभी जाँचा नहीं गया</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the first check</source>
        <translation>पहली जाँच की प्रतीक्षा</translation>
    </message>
</context>
<context>
    <name>Watcher</name>
    <message numerus="yes">
        <location filename="../app/session/Watcher.cpp" line="+165"/>
        <source>Watching %n chosen import(s)</source>
        <translation>
            <numerusform>%n चुने गए इम्पोर्ट की निगरानी</numerusform>
            <numerusform>%n चुने गए इम्पोर्ट की निगरानी</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watching the board</source>
        <translation>बोर्ड की निगरानी</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not watching.</source>
        <translation>निगरानी नहीं हो रही है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+104"/>
        <source>Paused: the computer is offline.</source>
        <translation>रुका हुआ: कंप्यूटर ऑफ़लाइन है।</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Checking %1…</source>
        <translation>%1 की जाँच हो रही है…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Waiting for the request budget of %n request(s) a minute.</source>
        <translation>
            <numerusform>प्रति मिनट %n अनुरोध की सीमा के लिए प्रतीक्षा की जा रही है।</numerusform>
            <numerusform>प्रति मिनट %n अनुरोधों की सीमा के लिए प्रतीक्षा की जा रही है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Watching %n chosen import(s).</source>
        <translation>
            <numerusform>%n चुने गए इम्पोर्ट की निगरानी।</numerusform>
            <numerusform>%n चुने गए इम्पोर्ट की निगरानी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Watching %n import(s).</source>
        <translation>
            <numerusform>%n इम्पोर्ट की निगरानी हो रही है।</numerusform>
            <numerusform>%n इम्पोर्ट की निगरानी हो रही है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n import(s) postponed to the next check: the budget is %1 requests a minute.</source>
        <translation>
            <numerusform>%n इम्पोर्ट अगली जाँच तक टाला गया: सीमा प्रति मिनट %1 अनुरोध है।</numerusform>
            <numerusform>%n इम्पोर्ट अगली जाँच तक टाले गए: सीमा प्रति मिनट %1 अनुरोध है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer: checked again in %2.</source>
        <translation>%1 ने उत्तर नहीं दिया: %2 में फिर से जाँचा जाएगा।</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../app/session/WorkspaceSession.cpp" line="+53"/>
        <source>The demo workspace could not start: %1</source>
        <translation>डेमो वर्कस्पेस शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile is gone: choose another one.</source>
        <translation>यह प्रोफ़ाइल अब मौजूद नहीं है: कोई दूसरी चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key of profile &quot;%1&quot; could not be read: %2</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; की कुंजी पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile &quot;%1&quot; cannot be used: %2</source>
        <translation>प्रोफ़ाइल &quot;%1&quot; का उपयोग नहीं किया जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+114"/>
        <source>&quot;%1&quot; is a command: it must come first, as in &quot;importscope %1 --help&quot;.</source>
        <translation>&quot;%1&quot; एक कमांड है: इसे सबसे पहले लिखें, जैसे &quot;importscope %1 --help&quot;।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command &quot;%1&quot;.
%2</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।
%2</translation>
    </message>
</context>
</TS>
