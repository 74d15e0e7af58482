<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="78"/>
        <source>Adjust {sku}</source>
        <translation>Ajustare {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="80"/>
        <source>Negative takes units out, positive adds units.</source>
        <translation>O valoare negativă scoate bucăți, una pozitivă adaugă.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="83"/>
        <source>what happened</source>
        <translation>ce s-a întâmplat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="84"/>
        <source>Change (+/-)</source>
        <translation>Modificare (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="85"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="86"/>
        <source>In</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="87"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="234"/>
        <source>Start with --db URL, or fix the database in Settings.</source>
        <translation>Porniți cu --db URL sau corectați baza de date în Setări.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Order number</source>
        <translation>Număr comandă</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Bin</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="45"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="46"/>
        <source>label</source>
        <translation>etichetă</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="47"/>
        <source>packing slip</source>
        <translation>aviz de însoțire</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="100"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>Imprimanta {name} are setări nevalide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="153"/>
        <source>Print {count} order(s)</source>
        <translation>Tipărește comenzi ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="164"/>
        <source>Print</source>
        <translation>Tipărește</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="165"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="166"/>
        <source>Retry failed</source>
        <translation>Reîncearcă cele eșuate</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="167"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="175"/>
        <source>Order by</source>
        <translation>Ordonează după</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="176"/>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="184"/>
        <source>Not printed:</source>
        <translation>Netipărite:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="211"/>
        <source>Reading orders…</source>
        <translation>Se citesc comenzile…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="219"/>
        <location filename="../../ui/printing/batch.py" line="253"/>
        <source>Reading the orders failed; details are in the log.</source>
        <translation>Citirea comenzilor a eșuat; detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="227"/>
        <source>Printing {count} order(s)…</source>
        <translation>Se tipăresc comenzile ({count})…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="262"/>
        <source>Cancelling after the current job…</source>
        <translation>Se anulează după lucrarea curentă…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="299"/>
        <source>Printed, but the print record was not saved: {error}</source>
        <translation>S-a tipărit, dar înregistrarea tipăririi nu a fost salvată: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="309"/>
        <source>Printing failed; details are in the log.</source>
        <translation>Tipărirea a eșuat; detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="313"/>
        <source>not sent (cancelled)</source>
        <translation>netrimis (anulat)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="314"/>
        <source>{document} {number}: {reason}</source>
        <translation>{document} {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="318"/>
        <source>{printed} printed, {waiting} waiting for Retry</source>
        <translation>Tipărite: {printed}, în așteptare pentru reîncercare: {waiting}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="319"/>
        <source>{printed} printed</source>
        <translation>Tipărite: {printed}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="320"/>
        <source>{summary} (cancelled).</source>
        <translation>{summary} (anulat).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="321"/>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="61"/>
        <source>Export to Excel…</source>
        <translation>Exportă în Excel…</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/common/core_messages.py" line="10"/>
        <source>--at</source>
        <translation>--at</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="11"/>
        <source>--label</source>
        <translation>--label</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="12"/>
        <source>--line</source>
        <translation>--line</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="13"/>
        <source>--mapping</source>
        <translation>--mapping</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="14"/>
        <source>--out</source>
        <translation>--out</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="15"/>
        <source>--package</source>
        <translation>--package</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="16"/>
        <source>--user</source>
        <translation>--user</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="17"/>
        <source>--weight</source>
        <translation>--weight</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="18"/>
        <source>A secure connection to {server} failed ({error}). Check the host name and the SMTP security setting.</source>
        <translation>Conexiunea securizată la {server} a eșuat ({error}). Verificați numele gazdei și setarea de securitate SMTP.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="19"/>
        <source>Ask the carrier where the parcel is and notify the customer.</source>
        <translation>Întreabă curierul unde este coletul și anunță clientul.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="20"/>
        <source>Backup to {path} failed.</source>
        <translation>Copia de siguranță în {path} a eșuat.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="21"/>
        <source>Barcode or SKU</source>
        <translation>Codul de bare sau SKU-ul</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="22"/>
        <source>Bin</source>
        <translation>Locația</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="23"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>Baza de date {url} nu poate fi deschisă: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="24"/>
        <source>Cannot reach the mail server {server} ({error}). The message stays queued and will be retried.</source>
        <translation>Serverul de e-mail {server} nu poate fi contactat ({error}). Mesajul rămâne în coadă și va fi retrimis.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="25"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Nu se poate scrie {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="26"/>
        <source>Count COUNT-{id} is already {status}; start a new count.</source>
        <translation>Inventarul COUNT-{id} este deja {status}; începeți un inventar nou.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="27"/>
        <source>Count line</source>
        <translation>Rândul de inventar</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="28"/>
        <source>Count session</source>
        <translation>Inventarul</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="29"/>
        <source>Email is not set up: set smtp.host and mail.from (`packline config set smtp.host mail.example.com`).</source>
        <translation>E-mailul nu este configurat: setați smtp.host și mail.from (`packline config set smtp.host mail.example.com`).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="30"/>
        <source>Email template {name} cannot be rendered: {error}</source>
        <translation>Șablonul de e-mail {name} nu poate fi generat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="31"/>
        <source>Email template {name} has an error on line {line}: {error}</source>
        <translation>Șablonul de e-mail {name} are o eroare pe rândul {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="32"/>
        <source>Email template {name} has no subject block.</source>
        <translation>Șablonul de e-mail {name} nu are un bloc subject.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="33"/>
        <source>Emails in {language!r} are not available; use one of {languages}.</source>
        <translation>E-mailurile în {language!r} nu sunt disponibile; folosiți una dintre limbile: {languages}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="34"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importul a fost anulat; nu s-a importat nimic.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="35"/>
        <source>Location</source>
        <translation>Locația</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="36"/>
        <source>Message {id} is being sent right now.</source>
        <translation>Mesajul {id} se trimite chiar acum.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="37"/>
        <source>Message {id} was already sent on {sent} UTC; it is not sent twice.</source>
        <translation>Mesajul {id} a fost deja trimis pe {sent} UTC; nu se trimite de două ori.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="38"/>
        <source>Message {id} was skipped because the customer has no email address; add one to the order and send a new message.</source>
        <translation>Mesajul {id} a fost omis deoarece clientul nu are adresă de e-mail; adăugați una la comandă și trimiteți un mesaj nou.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="39"/>
        <source>No SMTP password is saved for {user!r}. Enter it in Settings.</source>
        <translation>Nu este salvată nicio parolă SMTP pentru {user!r}. Introduceți-o în Setări.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="40"/>
        <source>No folder for edited email templates is configured.</source>
        <translation>Nu este configurat niciun dosar pentru șabloanele de e-mail modificate.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="41"/>
        <source>No password on standard input.</source>
        <translation>Nicio parolă la intrarea standard.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="42"/>
        <source>No password: set PACKLINE_PASSWORD or run in a terminal to be asked.</source>
        <translation>Nicio parolă: setați PACKLINE_PASSWORD sau rulați într-un terminal pentru a vi se cere.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="43"/>
        <source>Notify the customer of the new date, and split and ship what is in stock.</source>
        <translation>Anunță clientul despre noua dată, apoi împarte comanda și expediază ce este în stoc.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="44"/>
        <source>One too many: order {number} needs only {expected} of {sku}. Take this unit out of the box.</source>
        <translation>Unul în plus: comanda {number} are nevoie doar de {expected} din {sku}. Scoateți această unitate din cutie.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="45"/>
        <source>Only {free} of {sku} free in {location} ({reserved} more reserved for orders); cannot move {quantity}.</source>
        <translation>Doar {free} din {sku} sunt libere în {location} (încă {reserved} rezervate pentru comenzi); nu se pot muta {quantity}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="46"/>
        <source>Only {free} of {sku} free in {location}; cannot move {quantity}.</source>
        <translation>Doar {free} din {sku} sunt libere în {location}; nu se pot muta {quantity}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="47"/>
        <source>Order</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="48"/>
        <source>Order {number}</source>
        <translation>comanda {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="49"/>
        <source>Order {number} already shipped with tracking {tracking} ({shipment}).</source>
        <translation>Comanda {number} a fost deja expediată cu AWB-ul {tracking} ({shipment}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="50"/>
        <source>Order {number} has no allocated stock to ship; allocate it first.</source>
        <translation>Comanda {number} nu are stoc alocat de expediat; alocați-o mai întâi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="51"/>
        <source>Order {number} has nothing allocated left to ship.</source>
        <translation>Comanda {number} nu mai are nimic alocat de expediat.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="52"/>
        <source>Order {number} has nothing allocated to pack.</source>
        <translation>Comanda {number} nu are nimic alocat de ambalat.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="53"/>
        <source>Order {number} is already {status} and cannot be cancelled; create a return instead.</source>
        <translation>Comanda {number} este deja {status} și nu poate fi anulată; creați în schimb un retur.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="54"/>
        <source>Order {number} is already {status}.</source>
        <translation>Comanda {number} este deja {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="55"/>
        <source>Order {number} is backordered; allocate it fully or ship the allocated part first.</source>
        <translation>Comanda {number} este în așteptarea stocului; alocați-o complet sau expediați mai întâi partea alocată.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="56"/>
        <source>Order {number} is backordered; it cannot be packed until it is fully allocated.</source>
        <translation>Comanda {number} este în așteptarea stocului; nu poate fi ambalată până nu este alocată complet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="57"/>
        <source>Order {number} is not fully verified; still to scan: {missing}.</source>
        <translation>Comanda {number} nu este verificată complet; mai sunt de scanat: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="58"/>
        <source>Order {number} is not on hold.</source>
        <translation>Comanda {number} nu este în așteptare.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="59"/>
        <source>Order {number} is {status}; give the new delivery date to tell the customer about a delay.</source>
        <translation>Comanda {number} este {status}; indicați noua dată de livrare pentru a anunța clientul despre întârziere.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="60"/>
        <source>Order {number} is {status}; it cannot be allocated.</source>
        <translation>Comanda {number} este {status}; nu poate fi alocată.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="61"/>
        <source>Order {number} is {status}; it cannot become {target}.</source>
        <translation>Comanda {number} este {status}; nu poate deveni {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="62"/>
        <source>Order {number} is {status}; only allocated orders can be packed.</source>
        <translation>Comanda {number} este {status}; doar comenzile alocate pot fi ambalate.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="63"/>
        <source>Order {number} is {status}; only new orders can be edited.</source>
        <translation>Comanda {number} este {status}; doar comenzile noi pot fi modificate.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="64"/>
        <source>Order {number}: {error}</source>
        <translation>Comanda {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="65"/>
        <source>Product {sku}</source>
        <translation>produsul {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="66"/>
        <source>Purchase order {number} is {status}; nothing more to receive.</source>
        <translation>Comanda de achiziție {number} este {status}; nu mai este nimic de recepționat.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="67"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="68"/>
        <source>Refunds above {limit} {currency} need a manager or an admin ({user} is {role}).</source>
        <translation>Rambursările de peste {limit} {currency} necesită un manager sau un administrator ({user} este {role}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="69"/>
        <source>Release the hold, or cancel the order if it cannot go ahead.</source>
        <translation>Ridică suspendarea sau anulează comanda dacă nu poate continua.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="70"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="71"/>
        <source>SKU {sku!r} already exists.</source>
        <translation>SKU-ul {sku!r} există deja.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="72"/>
        <source>SMTP security {security!r} is not one of {modes}.</source>
        <translation>Securitatea SMTP {security!r} nu este una dintre: {modes}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="73"/>
        <source>Ship it now with a faster service to keep the delivery date, or notify the customer of the delay.</source>
        <translation>Expediază acum cu un serviciu mai rapid pentru a păstra data livrării sau anunță clientul despre întârziere.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="74"/>
        <source>Ships today: pick, pack and hand it to the carrier before pick-up.</source>
        <translation>Pleacă azi: culege, ambalează și predă curierului înainte de ridicare.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="75"/>
        <source>Sign in: pass --user NAME (password from PACKLINE_PASSWORD or the prompt).</source>
        <translation>Autentificare: transmiteți --user NAME (parola din PACKLINE_PASSWORD sau de la prompt).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="76"/>
        <source>Split the order and ship what is in stock; order more of the missing items.</source>
        <translation>Împarte comanda și expediază ce este în stoc; comandă din nou articolele lipsă.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="77"/>
        <source>The database is busy (another PC holds it too long). Try again.</source>
        <translation>Baza de date este ocupată (alt PC o ține prea mult). Încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="78"/>
        <source>The database schema is older than this version of Packline. Run `packline db upgrade` (back it up first).</source>
        <translation>Schema bazei de date este mai veche decât această versiune Packline. Rulați `packline db upgrade` (faceți mai întâi o copie de siguranță).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="79"/>
        <source>The mail server {server} accepted the message but refused {refused}.</source>
        <translation>Serverul de e-mail {server} a acceptat mesajul, dar a refuzat {refused}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="80"/>
        <source>The mail server {server} answered {reply_code} {reply}</source>
        <translation>Serverul de e-mail {server} a răspuns {reply_code} {reply}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="81"/>
        <source>The mail server {server} does not support {security} or login. Check the SMTP security setting.</source>
        <translation>Serverul de e-mail {server} nu acceptă {security} sau autentificarea. Verificați setarea de securitate SMTP.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="82"/>
        <source>The mail server {server} refused every recipient: {refused}.</source>
        <translation>Serverul de e-mail {server} a refuzat toți destinatarii: {refused}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="83"/>
        <source>The mail server {server} refused the login for {user!r} ({reply}). Check the SMTP user and password in Settings.</source>
        <translation>Serverul de e-mail {server} a refuzat autentificarea pentru {user!r} ({reply}). Verificați utilizatorul și parola SMTP în Setări.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="84"/>
        <source>The setting notify.carrier_urls is not a JSON object ({error}); fix it in Settings.</source>
        <translation>Setarea notify.carrier_urls nu este un obiect JSON ({error}); corectați-o în Setări.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="85"/>
        <source>The setting notify.carrier_urls is not valid JSON ({error}); write it as {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}.</source>
        <translation>Setarea notify.carrier_urls nu este un JSON valid ({error}); scrieți-o ca {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="86"/>
        <source>The setting promises.rules is not valid JSON ({error}).</source>
        <translation>Setarea promises.rules nu este un JSON valid ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="87"/>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="88"/>
        <source>The {kind} file {path} cannot be read ({error}); fix or delete it and save the profiles again.</source>
        <translation>Fișierul {path} ({kind}) nu poate fi citit ({error}); corectați-l sau ștergeți-l și salvați din nou profilurile.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="89"/>
        <source>There is no email message called {message!r}.</source>
        <translation>Nu există niciun mesaj de e-mail numit {message!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="90"/>
        <source>There is no email template {name}.</source>
        <translation>Nu există șablonul de e-mail {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="91"/>
        <source>This record</source>
        <translation>această înregistrare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="92"/>
        <source>Unknown SKU {sku} (line {line}); add the product first or set import.unknown_sku to placeholder.</source>
        <translation>SKU necunoscut {sku} (rândul {line}); adăugați mai întâi produsul sau setați import.unknown_sku la placeholder.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="93"/>
        <source>Unknown SKU {sku}; import the product first.</source>
        <translation>SKU necunoscut {sku}; importați mai întâi produsul.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="94"/>
        <source>Wrong item: {code} is not on order {number}. Put it back.</source>
        <translation>Articol greșit: {code} nu este în comanda {number}. Puneți-l la loc.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="95"/>
        <source>Wrong user name or password.</source>
        <translation>Nume de utilizator sau parolă greșită.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="96"/>
        <source>a purchase order needs at least one line</source>
        <translation>o comandă de achiziție trebuie să aibă cel puțin un rând</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="97"/>
        <source>a return needs at least one line</source>
        <translation>un retur trebuie să aibă cel puțin un rând</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="98"/>
        <source>add one in Settings -&gt; Printers or with `packline printer add`</source>
        <translation>adăugați una în Setări -&gt; Imprimante sau cu `packline printer add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="99"/>
        <source>adjust stock</source>
        <translation>ajusteze stocul</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="100"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="101"/>
        <source>allocated</source>
        <translation>alocată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="102"/>
        <source>already exists</source>
        <translation>există deja</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="103"/>
        <source>already exists in {warehouse}</source>
        <translation>există deja în {warehouse}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="104"/>
        <source>already imported from {channel}</source>
        <translation>deja importat din {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="105"/>
        <source>amount</source>
        <translation>sumă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="106"/>
        <source>an order needs at least one line</source>
        <translation>o comandă trebuie să aibă cel puțin un rând</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="107"/>
        <source>any</source>
        <translation>oricare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="108"/>
        <source>backordered</source>
        <translation>în așteptarea stocului</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="109"/>
        <source>barcode</source>
        <translation>cod de bare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="110"/>
        <source>bin</source>
        <translation>locație</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="111"/>
        <source>business_days</source>
        <translation>business_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="112"/>
        <source>cancelled</source>
        <translation>anulată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="113"/>
        <source>cannot be a kit itself</source>
        <translation>nu poate fi la rândul său un set</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="114"/>
        <source>cannot be read ({reason})</source>
        <translation>nu poate fi citit ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="115"/>
        <source>carrier</source>
        <translation>curier</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="116"/>
        <source>change prices</source>
        <translation>modifice prețurile</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="117"/>
        <source>change shop settings</source>
        <translation>modifice setările magazinului</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="118"/>
        <source>channel order id</source>
        <translation>ID-ul comenzii din canal</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="119"/>
        <source>clerk</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="120"/>
        <source>component</source>
        <translation>componentă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="121"/>
        <source>component quantity</source>
        <translation>cantitatea componentei</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="122"/>
        <source>condition</source>
        <translation>stare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="123"/>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="124"/>
        <source>counted</source>
        <translation>numărat</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="125"/>
        <source>country</source>
        <translation>țară</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="126"/>
        <source>create and change orders</source>
        <translation>creeze și modifice comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="127"/>
        <source>currency</source>
        <translation>monedă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="128"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="129"/>
        <source>day counts cannot be negative</source>
        <translation>numărul de zile nu poate fi negativ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="130"/>
        <source>days</source>
        <translation>zile</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="131"/>
        <source>db backup copies SQLite files; back up PostgreSQL with pg_dump on the server.</source>
        <translation>db backup copiază fișiere SQLite; pentru PostgreSQL faceți copia de siguranță cu pg_dump pe server.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="132"/>
        <source>default_transit_days</source>
        <translation>default_transit_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="133"/>
        <source>deliver by</source>
        <translation>livrare până la</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="134"/>
        <source>delivered</source>
        <translation>livrată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="135"/>
        <source>delta</source>
        <translation>diferență</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="136"/>
        <source>discount</source>
        <translation>reducere</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="137"/>
        <source>disposition</source>
        <translation>destinație</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="138"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="139"/>
        <source>does not exist</source>
        <translation>nu există</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="140"/>
        <source>edit products</source>
        <translation>editeze produse</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="141"/>
        <source>exists in several warehouses; write it as WAREHOUSE/BIN</source>
        <translation>există în mai multe depozite; scrieți-o ca DEPOZIT/LOCAȚIE</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="142"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="143"/>
        <source>file</source>
        <translation>fișier</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="144"/>
        <source>from</source>
        <translation>de la</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="145"/>
        <source>handle returns</source>
        <translation>gestioneze retururi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="146"/>
        <source>has a wrong check digit ({kind}): ends in {last}, should be {expected}</source>
        <translation>are o cifră de control greșită ({kind}): se termină cu {last}, ar trebui să fie {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="147"/>
        <source>has invalid saved settings ({error})</source>
        <translation>are setări salvate nevalide ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="148"/>
        <source>has no document printer for packing slips; set one in Settings -&gt; Printers</source>
        <translation>nu are o imprimantă pentru avizele de însoțire; setați una în Setări -&gt; Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="149"/>
        <source>has no shipment yet; ship it first (packline order ship) to print its shipping label</source>
        <translation>nu are încă o expediere; expediați-o mai întâi (packline order ship) pentru a-i tipări eticheta de transport</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="150"/>
        <source>is a kit; count its components</source>
        <translation>este un set; numărați componentele lui</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="151"/>
        <source>is a kit; its stock is its components&apos; stock</source>
        <translation>este un set; stocul lui este stocul componentelor</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="152"/>
        <source>is a kit; move its components instead</source>
        <translation>este un set; mutați în schimb componentele lui</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="153"/>
        <source>is a kit; order its components</source>
        <translation>este un set; comandați componentele lui</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="154"/>
        <source>is a page printer of the desktop window (qt://); from the command line use cups://QUEUE or windows://PRINTER</source>
        <translation>este o imprimantă a ferestrei Packline (qt://); din linia de comandă folosiți cups://QUEUE sau windows://PRINTER</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="155"/>
        <source>is a secret and is kept in the OS keyring, not the shared database</source>
        <translation>este secretă și se păstrează în keyring-ul sistemului de operare, nu în baza de date partajată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="156"/>
        <source>is already used by another order</source>
        <translation>este deja folosit de altă comandă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="157"/>
        <source>is before from ({start})</source>
        <translation>este înaintea datei de început ({start})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="158"/>
        <source>is before the start {start}</source>
        <translation>este înainte de început {start}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="159"/>
        <source>is more than can be refunded ({ordered} ordered, {refunded} already refunded)</source>
        <translation>depășește cât se poate rambursa ({ordered} comandate, {refunded} deja rambursate)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="160"/>
        <source>is more than can be returned ({shipped} shipped, {returned} already returned)</source>
        <translation>depășește cât se poate returna ({shipped} expediate, {returned} deja returnate)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="161"/>
        <source>is more than the amount refunded</source>
        <translation>depășește suma rambursată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="162"/>
        <source>is more than the {left} shipping left to refund</source>
        <translation>depășește cei {left} de transport rămași de rambursat</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="163"/>
        <source>is more than the {left} still expected on {po}</source>
        <translation>depășește cele {left} încă așteptate pe {po}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="164"/>
        <source>is more than the {left} still expected on {rma}</source>
        <translation>depășește cele {left} încă așteptate pe {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="165"/>
        <source>is more than the {ready} allocated and unshipped ({left} left to ship)</source>
        <translation>depășește cele {ready} alocate și neexpediate (rămase de expediat: {left})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="166"/>
        <source>is not a bin</source>
        <translation>nu este o locație</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="167"/>
        <source>is not a saved {kind}; saved {kinds}: {known}</source>
        <translation>nu este un nume salvat ({kind}); {kinds} salvate: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="168"/>
        <source>is not a sellable bin</source>
        <translation>nu este o locație vandabilă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="169"/>
        <source>is not a valid mapping profile ({error})</source>
        <translation>nu este un profil de mapare valid ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="170"/>
        <source>is not an IANA timezone name</source>
        <translation>nu este un nume de fus orar IANA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="171"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>nu este o dată și oră ISO 8601</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="172"/>
        <source>is not an amount</source>
        <translation>nu este o sumă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="173"/>
        <source>is not an amount (use digits and a dot, e.g. 12.50)</source>
        <translation>nu este o sumă (folosiți cifre și punct, de ex. 12.50)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="174"/>
        <source>is not expected on {po}</source>
        <translation>nu este așteptat pe {po}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="175"/>
        <source>is not on order {number}</source>
        <translation>nu este pe comanda {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="176"/>
        <source>is not on {rma}</source>
        <translation>nu este pe {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="177"/>
        <source>is not valid JSON ({error})</source>
        <translation>nu este JSON valid ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="178"/>
        <source>is taken</source>
        <translation>este deja folosit</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="179"/>
        <source>is the same location as from</source>
        <translation>este aceeași locație ca sursa</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="180"/>
        <source>is unknown; known settings: {known}</source>
        <translation>este necunoscută; setări cunoscute: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="181"/>
        <source>line</source>
        <translation>rând</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="182"/>
        <source>line {index} quantity</source>
        <translation>cantitatea de pe rândul {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="183"/>
        <source>line {index} {field}</source>
        <translation>{field} de pe rândul {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="184"/>
        <source>location</source>
        <translation>locație</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="185"/>
        <source>manage users</source>
        <translation>gestioneze utilizatori</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="186"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="187"/>
        <source>mapping profile</source>
        <translation>profil de asociere</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="188"/>
        <source>mapping profiles</source>
        <translation>profiluri de asociere</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="189"/>
        <source>method</source>
        <translation>metodă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="190"/>
        <source>must be KG or KG:LxWxH with positive numbers, e.g. 1.2:30x20x10</source>
        <translation>trebuie să fie KG sau KG:LxWxH cu numere pozitive, de ex. 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="191"/>
        <source>must be KG or KG:LxWxH, e.g. 1.2:30x20x10</source>
        <translation>trebuie să fie KG sau KG:LxWxH, de ex. 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="192"/>
        <source>must be a .pdf or .zpl file</source>
        <translation>trebuie să fie un fișier .pdf sau .zpl</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="193"/>
        <source>must be a code in Latin letters and digits without &apos;/&apos;, like A-01-03 (it is printed as a barcode)</source>
        <translation>trebuie să fie un cod din litere latine și cifre, fără &apos;/&apos;, de ex. A-01-03 (se tipărește ca cod de bare)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="194"/>
        <source>must be a date like 2026-03-31</source>
        <translation>trebuie să fie o dată de forma 2026-03-31</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="195"/>
        <source>must be a non-zero whole number</source>
        <translation>trebuie să fie un număr întreg diferit de zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="196"/>
        <source>must be a positive whole number</source>
        <translation>trebuie să fie un număr întreg pozitiv</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="197"/>
        <source>must be a short code in Latin letters and digits, like MAIN (it is printed in bin barcodes)</source>
        <translation>trebuie să fie un cod scurt din litere latine și cifre, de ex. MAIN (se tipărește în codurile de bare ale locațiilor)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="198"/>
        <source>must be a three-letter ISO code such as USD, EUR</source>
        <translation>trebuie să fie un cod ISO din trei litere, de ex. USD, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="199"/>
        <source>must be a two-letter ISO code such as US, IT, TH</source>
        <translation>trebuie să fie un cod ISO din două litere, de ex. US, IT, TH</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="200"/>
        <source>must be a whole number</source>
        <translation>trebuie să fie un număr întreg</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="201"/>
        <source>must be at least {count} characters</source>
        <translation>trebuie să aibă cel puțin {count} caractere</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="202"/>
        <source>must be kilograms like 0.25</source>
        <translation>trebuie să fie în kilograme, de ex. 0.25</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="203"/>
        <source>must be more than zero</source>
        <translation>trebuie să fie mai mare decât zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="204"/>
        <source>must be one of {choices}</source>
        <translation>trebuie să fie unul dintre: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="205"/>
        <source>must be zero or a positive whole number</source>
        <translation>trebuie să fie zero sau un număr întreg pozitiv</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="206"/>
        <source>must be {usage}</source>
        <translation>trebuie să fie {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="207"/>
        <source>must end in {suffixes}</source>
        <translation>trebuie să se termine cu {suffixes}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="208"/>
        <source>must map tax names to codes, like {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</source>
        <translation>trebuie să asocieze numele taxelor cu coduri, de ex. {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="209"/>
        <source>must not be empty</source>
        <translation>nu trebuie să fie gol</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="210"/>
        <source>must not be empty or padded with spaces</source>
        <translation>nu trebuie să fie gol sau să aibă spații la început ori la sfârșit</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="211"/>
        <source>must not be negative</source>
        <translation>nu trebuie să fie negativ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="212"/>
        <source>name</source>
        <translation>nume</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="213"/>
        <source>name at least one bin</source>
        <translation>indicați cel puțin o locație</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="214"/>
        <source>name at least one order</source>
        <translation>indicați cel puțin o comandă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="215"/>
        <source>name at least one product</source>
        <translation>indicați cel puțin un produs</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="216"/>
        <source>need exactly the zones {zones}</source>
        <translation>sunt necesare exact zonele {zones}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="217"/>
        <source>need weekdays 0-6</source>
        <translation>sunt necesare zile ale săptămânii 0-6</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="218"/>
        <source>needs a timezone</source>
        <translation>necesită un fus orar</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="219"/>
        <source>new</source>
        <translation>nouă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="220"/>
        <source>no such bin or location</source>
        <translation>locația nu există</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="221"/>
        <source>no users can sign in yet; create one with `packline user add`</source>
        <translation>niciun utilizator nu se poate autentifica încă; creați unul cu `packline user add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="222"/>
        <source>none yet ({hint})</source>
        <translation>încă niciunul ({hint})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="223"/>
        <source>note</source>
        <translation>notă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="224"/>
        <source>nothing to receive</source>
        <translation>nimic de recepționat</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="225"/>
        <source>nothing to refund: give --amount, --line or --shipping</source>
        <translation>nimic de rambursat: indicați --amount, --line sau --shipping</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="226"/>
        <source>nothing to ship</source>
        <translation>nimic de expediat</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="227"/>
        <source>number</source>
        <translation>număr</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="228"/>
        <source>on hold</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="229"/>
        <source>only restocked units go to a bin, not {disposition}</source>
        <translation>doar unitățile repuse în stoc merg într-o locație, nu {disposition}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="230"/>
        <source>order</source>
        <translation>comandă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="231"/>
        <source>order number</source>
        <translation>număr de comandă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="232"/>
        <source>order {number} has no delivery estimate; give the new date</source>
        <translation>comanda {number} nu are o dată de livrare estimată; indicați noua dată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="233"/>
        <source>orders</source>
        <translation>comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="234"/>
        <source>outbox message</source>
        <translation>mesajul de trimis</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="235"/>
        <source>override pack verification</source>
        <translation>treacă peste verificarea la ambalare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="236"/>
        <source>pack and ship orders</source>
        <translation>ambaleze și expedieze comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="237"/>
        <source>packed</source>
        <translation>ambalată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="238"/>
        <source>packer</source>
        <translation>ambalator</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="239"/>
        <source>paid</source>
        <translation>plătit</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="240"/>
        <source>partially shipped</source>
        <translation>expediată parțial</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="241"/>
        <source>password</source>
        <translation>parolă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="242"/>
        <source>picking</source>
        <translation>în pregătire</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="243"/>
        <source>price</source>
        <translation>preț</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="244"/>
        <source>printer</source>
        <translation>imprimantă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="245"/>
        <source>printers</source>
        <translation>imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="246"/>
        <source>promise rules</source>
        <translation>reguli de livrare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="247"/>
        <source>promise rules version</source>
        <translation>versiunea regulilor de livrare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="248"/>
        <source>purchase order</source>
        <translation>comandă de achiziție</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="249"/>
        <source>quantity</source>
        <translation>cantitate</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="250"/>
        <source>reason</source>
        <translation>motiv</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="251"/>
        <source>reason &apos;other&apos; needs a note saying why</source>
        <translation>motivul &apos;other&apos; necesită o notă care să explice de ce</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="252"/>
        <source>receive and transfer stock</source>
        <translation>recepționeze și transfere stoc</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="253"/>
        <source>refund</source>
        <translation>ramburseze</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="254"/>
        <source>refund above the limit</source>
        <translation>ramburseze peste limită</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="255"/>
        <source>reorder point</source>
        <translation>prag de reaprovizionare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="256"/>
        <source>reorder quantity</source>
        <translation>cantitate de reaprovizionare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="257"/>
        <source>restocking fee</source>
        <translation>taxă de repunere în stoc</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="258"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="259"/>
        <source>save one in the import dialog&apos;s column mapping</source>
        <translation>salvați unul în asocierea coloanelor din fereastra de import</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="260"/>
        <source>say why verification is overridden</source>
        <translation>spuneți de ce se trece peste verificare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="261"/>
        <source>scan the packing slip or type the number</source>
        <translation>scanați avizul de însoțire sau tastați numărul</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="262"/>
        <source>see prices and costs</source>
        <translation>vadă prețurile și costurile</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="263"/>
        <source>setting</source>
        <translation>setare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="264"/>
        <source>shipment or tracking number</source>
        <translation>expedierea sau AWB-ul</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="265"/>
        <source>shipped</source>
        <translation>expediată</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="266"/>
        <source>shipping</source>
        <translation>transport</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="267"/>
        <source>status</source>
        <translation>stare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="268"/>
        <source>supplier</source>
        <translation>furnizor</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="269"/>
        <source>tax</source>
        <translation>taxă</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="270"/>
        <source>this Packline reads version {version}</source>
        <translation>această versiune Packline citește versiunea {version}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="271"/>
        <source>time</source>
        <translation>oră</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="272"/>
        <source>timezone</source>
        <translation>fus orar</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="273"/>
        <source>to</source>
        <translation>către</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="274"/>
        <source>transit zone</source>
        <translation>zonă de tranzit</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="275"/>
        <source>user name</source>
        <translation>nume de utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="276"/>
        <source>warehouse</source>
        <translation>depozit</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="277"/>
        <source>weight</source>
        <translation>greutate</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="278"/>
        <source>would exceed what was paid ({paid} {currency} paid, {refunded} already refunded, {left} left)</source>
        <translation>ar depăși suma plătită ({paid} {currency} plătiți, {refunded} deja rambursați, {left} rămași)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="279"/>
        <source>{error} Not printed: {orders}. The job was kept in {folder}; retry with `packline print retry` (add --printer URI to send it elsewhere).</source>
        <translation>{error} Netipărite: {orders}. Lucrarea a fost păstrată în {folder}; reîncercați cu `packline print retry` (adăugați --printer URI pentru a o trimite în altă parte).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="280"/>
        <source>{field} {value!r}: {problem}</source>
        <translation>{field} {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="281"/>
        <source>{kind} name</source>
        <translation>nume ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="282"/>
        <source>{kind} {key!r} does not exist.</source>
        <translation>{kind} {key!r} nu există.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="283"/>
        <source>{name} ({role}) may not {action}. Ask a manager or an admin.</source>
        <translation>{name} ({role}) nu are voie să {action}. Cereți ajutorul unui manager sau al unui administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="284"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} există deja; alegeți un nume de fișier nou.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="285"/>
        <source>{rma} is already fully received.</source>
        <translation>{rma} a fost deja recepționat complet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="286"/>
        <source>{sku} is in several bins ({bins}); give the bin in the file.</source>
        <translation>{sku} se află în mai multe locații ({bins}); indicați locația în fișier.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="287"/>
        <source>{sku} is in several bins ({bins}); say which</source>
        <translation>{sku} se află în mai multe locații ({bins}); spuneți care</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="288"/>
        <source>{sku} quantity</source>
        <translation>cantitatea de {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="289"/>
        <source>{sku} {count} of {expected}</source>
        <translation>{sku} {count} din {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="290"/>
        <source>{what} was changed by someone else. Reload and try again.</source>
        <translation>Altcineva a modificat {what}. Reîncărcați și încercați din nou.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="52"/>
        <source>Start a new count</source>
        <translation>Începe un inventar nou</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="54"/>
        <source>Scan a bin label, then every unit in it</source>
        <translation>Scanați eticheta locației, apoi fiecare bucată din ea</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="56"/>
        <source>Start a count, then scan a bin label.</source>
        <translation>Începeți un inventar, apoi scanați eticheta unei locații.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="57"/>
        <source>Differences only</source>
        <translation>Doar diferențele</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>Bin</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Expected</source>
        <translation>Așteptate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Counted</source>
        <translation>Numărate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Difference</source>
        <translation>Diferență</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="69"/>
        <source>Post differences</source>
        <translation>Înregistrează diferențele</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="72"/>
        <source>Only managers and admins post counts; ask one to review and post.</source>
        <translation>Doar managerii și administratorii înregistrează inventarele; rugați pe unul să verifice și să înregistreze.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="113"/>
        <source>Start a new count first.</source>
        <translation>Începeți mai întâi un inventar nou.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="119"/>
        <source>Counting {bin}: scan every unit in it.</source>
        <translation>Se numără {bin}: scanați fiecare bucată din ea.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="123"/>
        <source>{code} is not a bin label. Scan the bin first.</source>
        <translation>{code} nu este o etichetă de locație. Scanați mai întâi locația.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="151"/>
        <source>Count COUNT-{id} started. Scan a bin label.</source>
        <translation>Inventarul COUNT-{id} a început. Scanați eticheta unei locații.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="180"/>
        <source>Post {n} difference of count COUNT-{id} as stock adjustments?</source>
        <translation>Înregistrați {n} diferență din inventarul COUNT-{id} ca ajustare de stoc?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="181"/>
        <source>Post {n} differences of count COUNT-{id} as stock adjustments?</source>
        <translation>Înregistrați diferențele ({n}) din inventarul COUNT-{id} ca ajustări de stoc?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="194"/>
        <source>Count COUNT-{id} posted: {count} adjustment(s) booked.</source>
        <translation>Inventarul COUNT-{id} a fost înregistrat: ajustări operate: {count}.</translation>
    </message>
</context>
<context>
    <name>CountedDialog</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="35"/>
        <source>Counted</source>
        <translation>Numărate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="36"/>
        <source>Units of {sku} counted in {location}:</source>
        <translation>Bucăți de {sku} numărate în {location}:</translation>
    </message>
</context>
<context>
    <name>CreateRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="73"/>
        <source>Return from order {order}</source>
        <translation>Retur din comanda {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="77"/>
        <source> of {count}</source>
        <translation> din {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="82"/>
        <source>note (needed when the reason is Other)</source>
        <translation>notă (obligatorie când motivul este Altele)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="92"/>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Average order</source>
        <translation>Comandă medie</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Free shipping</source>
        <translation>Livrare gratuită</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Just below free shipping</source>
        <translation>Puțin sub livrarea gratuită</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Late shipments</source>
        <translation>Expedieri întârziate</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Stock-outs / low</source>
        <translation>Epuizate / stoc redus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="117"/>
        <source>Orders per day</source>
        <translation>Comenzi pe zi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="119"/>
        <source>Returns by reason</source>
        <translation>Retururi după motiv</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="121"/>
        <source>Shipping charged vs label cost</source>
        <translation>Transport încasat vs cost etichetă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Available</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Reorder point</source>
        <translation>Prag de recomandare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Export stock-outs to Excel…</source>
        <translation>Exportă produsele epuizate în Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="138"/>
        <source>Stock-outs and low stock</source>
        <translation>Produse epuizate și stoc redus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="165"/>
        <source>{count} under {threshold}</source>
        <translation>{count} sub {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Charged</source>
        <translation>Încasat</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Label cost</source>
        <translation>Cost etichetă</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/database.py" line="35"/>
        <source>This computer only (a local file)</source>
        <translation>Doar acest calculator (un fișier local)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="36"/>
        <source>Shared PostgreSQL server (several PCs)</source>
        <translation>Server PostgreSQL partajat (mai multe calculatoare)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="41"/>
        <source>Browse...</source>
        <translation>Răsfoiește...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="49"/>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="56"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="58"/>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="59"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="60"/>
        <source>Database</source>
        <translation>Bază de date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="61"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="62"/>
        <source>The password is read from PGPASSWORD or ~/.pgpass. Changes apply on the next start.</source>
        <translation>Parola se citește din PGPASSWORD sau ~/.pgpass. Modificările se aplică la următoarea pornire.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="82"/>
        <source>Database file</source>
        <translation>Fișierul bazei de date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="83"/>
        <source>SQLite (*.sqlite3 *.db)</source>
        <translation>SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="96"/>
        <source>Connecting...</source>
        <translation>Se conectează...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="97"/>
        <source>Connecting to the database...</source>
        <translation>Conectare la baza de date...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="101"/>
        <source>Cannot connect: {error}</source>
        <translation>Nu se poate conecta: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="103"/>
        <source>Connected to {server}</source>
        <translation>Conectat la {server}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="162"/>
        <source>Select an order to see its lines, shipments and history.</source>
        <translation>Selectați o comandă pentru a vedea liniile, expedierile și istoricul ei.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <location filename="../../ui/inventory/detail.py" line="77"/>
        <source>Select a product.</source>
        <translation>Selectați un produs.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>On hand</source>
        <translation>În stoc</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Reserved</source>
        <translation>Rezervat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Free</source>
        <translation>Liber</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>From</source>
        <translation>Din</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>To</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="45"/>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="46"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="47"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="48"/>
        <source>Export history…</source>
        <translation>Exportă istoricul…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="56"/>
        <source>Stock by location</source>
        <translation>Stoc pe locații</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="57"/>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="94"/>
        <source>&lt;b&gt;{sku}&lt;/b&gt; · on hand {on_hand} · reserved {reserved} · available {available} · incoming {incoming}</source>
        <translation>&lt;b&gt;{sku}&lt;/b&gt; · în stoc {on_hand} · rezervat {reserved} · disponibil {available} · în curs de sosire {incoming}</translation>
    </message>
</context>
<context>
    <name>EmailSettingsPage</name>
    <message>
        <location filename="../../ui/email_settings/page.py" line="43"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="105"/>
        <source>Sending a test email to {to}...</source>
        <translation>Se trimite un e-mail de test la {to}...</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="113"/>
        <source>Test email sent to {to}. Check that inbox.</source>
        <translation>E-mailul de test a fost trimis la {to}. Verificați acea căsuță.</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="115"/>
        <location filename="../../ui/email_settings/page.py" line="118"/>
        <source>The test email was not sent: {error}</source>
        <translation>E-mailul de test nu a fost trimis: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="28"/>
        <source>Something went wrong; details are in the log. Nothing was changed by the failed step.</source>
        <translation>A apărut o eroare; detaliile sunt în jurnal. Pasul eșuat nu a modificat nimic.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="56"/>
        <source>Reload</source>
        <translation>Reîncarcă</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="63"/>
        <source>Open log folder</source>
        <translation>Deschide dosarul jurnalelor</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Exception</source>
        <translation>Excepție</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Ship by</source>
        <translation>Expediere până la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Deliver by</source>
        <translation>Livrare până la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Suggested action</source>
        <translation>Acțiune sugerată</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="40"/>
        <source>Release hold</source>
        <translation>Scoate din așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="41"/>
        <source>Notify customer of delay</source>
        <translation>Anunță clientul despre întârziere</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="56"/>
        <source>Order {number} released.</source>
        <translation>Comanda {number} a fost scoasă din așteptare.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="63"/>
        <source>Delay email for order {number} queued.</source>
        <translation>E-mailul despre întârziere pentru comanda {number} a fost pus în coadă.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="73"/>
        <source>{count} exception(s).</source>
        <translation>Excepții: {count}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="32"/>
        <source>Accounting workbook (.xlsx)</source>
        <translation>Registru contabil (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="33"/>
        <source>Xero sales invoices (.csv)</source>
        <translation>Facturi de vânzare Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="34"/>
        <source>Xero credit notes (.csv)</source>
        <translation>Note de credit Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="35"/>
        <source>QuickBooks invoices (.csv)</source>
        <translation>Facturi QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="36"/>
        <source>QuickBooks credit memos (.csv)</source>
        <translation>Note de credit QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="39"/>
        <source>Reading the orders…</source>
        <translation>Se citesc comenzile…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="40"/>
        <source>Reading the order lines and taxes…</source>
        <translation>Se citesc liniile comenzilor și taxele…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="41"/>
        <source>Reading the refunds…</source>
        <translation>Se citesc rambursările…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="42"/>
        <source>Reading the shipments…</source>
        <translation>Se citesc expedierile…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="43"/>
        <source>Valuing the inventory…</source>
        <translation>Se evaluează stocurile…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="44"/>
        <source>Writing {name}…</source>
        <translation>Se scrie {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="45"/>
        <source>Saving {name}…</source>
        <translation>Se salvează {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="79"/>
        <source>Export for the accountant</source>
        <translation>Export pentru contabil</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="90"/>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="96"/>
        <location filename="../../ui/intake/export_dialog.py" line="101"/>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="97"/>
        <source>From</source>
        <translation>Din</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="98"/>
        <source>To</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="99"/>
        <source>Save as</source>
        <translation>Salvează ca</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="103"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="120"/>
        <source>Save export</source>
        <translation>Salvează exportul</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="128"/>
        <source>The file name must end in {suffix}.</source>
        <translation>Numele fișierului trebuie să se termine cu {suffix}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="132"/>
        <source>The end date is before the start date.</source>
        <translation>Data de sfârșit este înaintea datei de început.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="154"/>
        <source>Saved {path} ({orders} orders).</source>
        <translation>S-a salvat {path} (comenzi: {orders}).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="156"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>Nu s-a putut salva {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <location filename="../../ui/reports/export.py" line="23"/>
        <source>Export to Excel</source>
        <translation>Exportă în Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="24"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="17"/>
        <source>Any ship-by</source>
        <translation>Orice termen</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="17"/>
        <source>Late</source>
        <translation>Întârziate</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="18"/>
        <source>Due today</source>
        <translation>Scadente azi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="42"/>
        <source>Exceptions</source>
        <translation>Excepții</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="44"/>
        <source>Orders about to break their delivery promise (Reports -&gt; Exceptions)</source>
        <translation>Comenzi care riscă să depășească termenul de livrare promis (Rapoarte -&gt; Excepții)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="51"/>
        <source>Search number, customer, email, SKU, tracking (Ctrl+F)</source>
        <translation>Căutați număr, client, e-mail, SKU, AWB (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="54"/>
        <location filename="../../ui/orders/filter_bar.py" line="94"/>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="55"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exception</source>
        <translation>{count} excepție</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exceptions</source>
        <translation>Excepții: {count}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="33"/>
        <source>Welcome to Packline</source>
        <translation>Bun venit în Packline</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>Load demo data (products, stock and orders to try things out)</source>
        <translation>Încarcă date demo (produse, stoc și comenzi pentru probă)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45"/>
        <source>Admin user</source>
        <translation>Utilizator administrator</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>Password (at least {count} characters)</source>
        <translation>Parolă (cel puțin {count} caractere)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Repeat password</source>
        <translation>Repetați parola</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>Demo orders</source>
        <translation>Comenzi demo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>A new database was created at
{url}

Create the first administrator account.</source>
        <translation>A fost creată o bază de date nouă la
{url}

Creați primul cont de administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96"/>
        <source>Loading {count} demo orders...</source>
        <translation>Se încarcă {count} comenzi demo...</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/settings/general.py" line="45"/>
        <source>Choose logo...</source>
        <translation>Alegeți sigla...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="52"/>
        <source>Language (applies at next start)</source>
        <translation>Limba (la următoarea pornire)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="53"/>
        <source>Company name</source>
        <translation>Numele firmei</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="54"/>
        <source>Company address</source>
        <translation>Adresa firmei</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="55"/>
        <source>Logo for documents</source>
        <translation>Sigla pentru documente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="71"/>
        <source>Logo</source>
        <translation>Siglă</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="72"/>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Imagini (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="80"/>
        <source>(no logo)</source>
        <translation>(fără siglă)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="37"/>
        <source>Detect from headers</source>
        <translation>Detectează din antet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="52"/>
        <source>orders</source>
        <translation>comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="55"/>
        <source>products</source>
        <translation>produse</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="59"/>
        <source>stock rows</source>
        <translation>rânduri de stoc</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Set quantities to the file&apos;s</source>
        <translation>Setează cantitățile din fișier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="61"/>
        <source>Add the file&apos;s quantities</source>
        <translation>Adaugă cantitățile din fișier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="84"/>
        <source>Import {noun}</source>
        <translation>Importă {noun}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="86"/>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="90"/>
        <source>Map columns…</source>
        <translation>Asociază coloanele…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="93"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="95"/>
        <source>Choose a file and press Preview.</source>
        <translation>Alegeți un fișier și apăsați Previzualizare.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="100"/>
        <source>Import the good {noun}, skip the bad ones</source>
        <translation>Importă {noun} fără erori, sari peste rest</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="104"/>
        <source>Import nothing</source>
        <translation>Nu importa nimic</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="117"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="135"/>
        <source>Mapping: {name}</source>
        <translation>Asociere: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="138"/>
        <source>File to import</source>
        <translation>Fișier de importat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="139"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Foi de calcul (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="146"/>
        <location filename="../../ui/intake/import_dialog.py" line="185"/>
        <source>Choose a file first.</source>
        <translation>Alegeți mai întâi un fișier.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Reading {noun}…</source>
        <translation>Se citesc {noun}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="218"/>
        <source>{count} {noun} found: {new} new, {updated} to update, {unchanged} unchanged, {rejected} with errors (skipped), {not_applied} changes that will not be applied.</source>
        <translation>{noun} în fișier: {count}; de creat: {new}, de actualizat: {updated}, fără modificări: {unchanged}, cu erori (omise): {rejected}, modificări care nu vor fi aplicate: {not_applied}.</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../../ui/inventory/model.py" line="22"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="22"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="23"/>
        <source>Barcode</source>
        <translation>Cod de bare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="24"/>
        <source>On hand</source>
        <translation>În stoc</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="25"/>
        <source>Reserved</source>
        <translation>Rezervat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="26"/>
        <source>Available</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="27"/>
        <source>Incoming</source>
        <translation>În curs de sosire</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="28"/>
        <source>Reorder at</source>
        <translation>Recomandă la</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="124"/>
        <source>kit</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="131"/>
        <source>Low stock: {available} available, reorder at {reorder_point}</source>
        <translation>Stoc redus: {available} disponibile, recomandă la {reorder_point}</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <location filename="../../ui/inventory/view.py" line="37"/>
        <source>Inventory</source>
        <translation>Stocuri</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="54"/>
        <source>Search SKU, barcode or name (Ctrl+F)</source>
        <translation>Căutați SKU, cod de bare sau nume (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="58"/>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="59"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="60"/>
        <source>Export this list…</source>
        <translation>Exportă această listă…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="64"/>
        <source>Low stock only</source>
        <translation>Doar stoc redus</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="67"/>
        <source>All warehouses</source>
        <translation>Toate depozitele</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="73"/>
        <source>New product…</source>
        <translation>Produs nou…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="74"/>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="75"/>
        <source>Receive…</source>
        <translation>Recepționează…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="76"/>
        <source>Adjust…</source>
        <translation>Ajustează…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="77"/>
        <source>Transfer…</source>
        <translation>Transferă…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="105"/>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="106"/>
        <source>Cycle count</source>
        <translation>Inventar ciclic</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="120"/>
        <source>Your role ({role}) may not see costs, so it cannot export.</source>
        <translation>Rolul dvs. ({role}) nu poate vedea costurile, deci nu poate exporta.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} product</source>
        <translation>{count} produs</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} products</source>
        <translation>{count} produse</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="149"/>
        <source>({count} loaded)</source>
        <translation>({count} încărcate)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="182"/>
        <source>Select a product first.</source>
        <translation>Selectați mai întâi un produs.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="223"/>
        <source>Received {quantity} x {sku} into {location}.</source>
        <translation>Recepționat {quantity} x {sku} în {location}.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="239"/>
        <source>Adjusted {sku} by {delta} ({reason}).</source>
        <translation>{sku} ajustat cu {delta} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="254"/>
        <source>Moved {quantity} x {sku} from {source} to {target}.</source>
        <translation>Mutat {quantity} x {sku} din {source} în {target}.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/common/list_export.py" line="48"/>
        <source>Export this list</source>
        <translation>Exportă această listă</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="119"/>
        <source>{count} rows exported to {path}.</source>
        <translation>Rânduri exportate în {path}: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="129"/>
        <source>Exporting to {name}…</source>
        <translation>Se exportă în {name}…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="25"/>
        <source>Sign in to Packline</source>
        <translation>Autentificare în Packline</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="34"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="35"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>Signing in failed; details are in the log.</source>
        <translation>Autentificarea a eșuat; detaliile sunt în jurnal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Inventory</source>
        <translation>Stocuri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Pack station</source>
        <translation>Ambalare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Returns</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The {key} view is not available in this version; showing Orders.</source>
        <translation>Ecranul {key} nu este disponibil în această versiune; se afișează Comenzile.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Emails: {sent} sent, {failed} failed (Reports -&gt; Outbox)</source>
        <translation>E-mailuri: {sent} trimise, {failed} eșuate (Rapoarte -&gt; De trimis)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Emails: {sent} sent</source>
        <translation>E-mailuri: {sent} trimise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="186"/>
        <location filename="../../ui/main_window.py" line="189"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importă comenzi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Import &amp;products…</source>
        <translation>Importă &amp;produse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Import &amp;stock…</source>
        <translation>Importă &amp;stocuri…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Export &amp;accounting / Xero / QuickBooks…</source>
        <translation>Exportă &amp;contabilitate / Xero / QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Export this &amp;list (XLSX/CSV)…</source>
        <translation>Exportă această &amp;listă (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <location filename="../../ui/main_window.py" line="202"/>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Setări...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Orders</source>
        <translation>&amp;Comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Open &amp;log folder</source>
        <translation>Deschide dosarul &amp;jurnalelor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Export this list works on the Orders, Inventory and Returns lists.</source>
        <translation>„Exportă această listă” funcționează pentru listele Comenzi, Stocuri și Retururi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/intake/mapping.py" line="29"/>
        <source>Map columns</source>
        <translation>Asociere coloane</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="31"/>
        <source>Profile name, e.g. My shop export</source>
        <translation>Numele profilului, ex. Exportul magazinului meu</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="35"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="50"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="52"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="54"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="55"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="57"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="58"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="64"/>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="68"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="71"/>
        <source>Ship by</source>
        <translation>Expediere până la</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="73"/>
        <location filename="../../ui/orders/columns.py" line="82"/>
        <source>{date} (late)</source>
        <translation>{date} (întârziat)</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="91"/>
        <source>ordered {when}</source>
        <translation>comandat pe {when}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="92"/>
        <source>, ship by {date}</source>
        <translation>, de expediat până pe {date}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="96"/>
        <source> at {price}</source>
        <translation> la {price}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="98"/>
        <source>, bin {bins}</source>
        <translation>, locație {bins}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="99"/>
        <source>allocated {allocated}, shipped {shipped}, returned {returned}</source>
        <translation>alocat {allocated}, expediat {shipped}, returnat {returned}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="103"/>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="104"/>
        <source>Ship to</source>
        <translation>Livrare la</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="105"/>
        <source>Bill to</source>
        <translation>Facturare către</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="108"/>
        <source>Total {total} (shipping {shipping}, tax {tax}); paid {paid}, refunded {refunded}; {status}</source>
        <translation>Total {total} (transport {shipping}, taxe {tax}); plătit {paid}, rambursat {refunded}; {status}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="113"/>
        <source>Payment</source>
        <translation>Plată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="117"/>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="121"/>
        <source>Tracking</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="128"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="122"/>
        <source>Shipments</source>
        <translation>Expedieri</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="129"/>
        <source>Returns</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="133"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="136"/>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="137"/>
        <source>Timeline</source>
        <translation>Istoric</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <location filename="../../ui/orders/entry.py" line="29"/>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="30"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="31"/>
        <source>Postal code</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="32"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="33"/>
        <source>Region</source>
        <translation>Județ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="34"/>
        <source>Country (ISO)</source>
        <translation>Țară (ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="35"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="47"/>
        <source>Edit order {number}</source>
        <translation>Editare comandă {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="48"/>
        <source>New order</source>
        <translation>Comandă nouă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="55"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Scanați un cod de bare sau tastați un SKU, apoi Enter</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="65"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="66"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="74"/>
        <source>Add item</source>
        <translation>Adaugă articol</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <location filename="../../ui/orders/printing.py" line="66"/>
        <location filename="../../ui/orders/printing.py" line="92"/>
        <source>Select one or more orders first.</source>
        <translation>Selectați mai întâi una sau mai multe comenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="76"/>
        <source>Pick list: {count} order(s)</source>
        <translation>Listă de colectare: comenzi ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="86"/>
        <source>{count} order(s) moved to picking</source>
        <translation>Comenzi trecute în pregătire: {count}</translation>
    </message>
</context>
<context>
    <name>OrderPrompt</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="44"/>
        <source>Order number (scan the packing slip or type it):</source>
        <translation>Numărul comenzii (scanați avizul de însoțire sau tastați-l):</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="23"/>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="24"/>
        <source>Allocated</source>
        <translation>Alocată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="25"/>
        <source>Backordered</source>
        <translation>În așteptarea stocului</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="26"/>
        <source>Picking</source>
        <translation>În pregătire</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="27"/>
        <source>Packed</source>
        <translation>Ambalată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="28"/>
        <source>Partially shipped</source>
        <translation>Expediată parțial</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="29"/>
        <source>Shipped</source>
        <translation>Expediată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="30"/>
        <source>Delivered</source>
        <translation>Livrată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="31"/>
        <source>On hold</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="32"/>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders/view.py" line="65"/>
        <location filename="../../ui/orders/view.py" line="149"/>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="127"/>
        <source>&amp;New order</source>
        <translation>Comandă &amp;nouă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editează</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="129"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Alocă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="130"/>
        <source>&amp;Hold</source>
        <translation>&amp;Pune în așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="131"/>
        <source>&amp;Release hold</source>
        <translation>&amp;Scoate din așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="132"/>
        <source>&amp;Cancel order</source>
        <translation>&amp;Anulează comanda</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="133"/>
        <source>&amp;Ship</source>
        <translation>E&amp;xpediază</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="134"/>
        <source>Mark &amp;delivered</source>
        <translation>Marchează ca &amp;livrată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="135"/>
        <source>Print &amp;pick list</source>
        <translation>Tipărește lista de &amp;colectare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="137"/>
        <source>Print packing &amp;slips</source>
        <translation>Tipărește &amp;avizele de însoțire</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="139"/>
        <source>Print &amp;labels</source>
        <translation>Tipărește &amp;etichete</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="141"/>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xportă această listă…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="142"/>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="143"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} orders</source>
        <translation>Comenzi: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} order</source>
        <translation>Comenzi: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="277"/>
        <source>Select one or more orders first.</source>
        <translation>Selectați mai întâi una sau mai multe comenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="300"/>
        <source>Your role ({role}) may not see prices, so it cannot export orders.</source>
        <translation>Rolul dvs. ({role}) nu poate vedea prețurile, deci nu poate exporta comenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} order allocated</source>
        <translation>{n} comandă alocată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} orders allocated</source>
        <translation>Comenzi alocate: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="317"/>
        <source> ({short} backordered)</source>
        <translation> ({short} în așteptarea stocului)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} order on hold</source>
        <translation>{n} comandă în așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} orders on hold</source>
        <translation>Comenzi în așteptare: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} order released</source>
        <translation>{n} comandă scoasă din așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} orders released</source>
        <translation>Comenzi scoase din așteptare: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="330"/>
        <source>Cancel {n} order? Reserved stock goes back on the shelf.</source>
        <translation>Anulați {n} comandă? Stocul rezervat revine pe raft.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="331"/>
        <source>Cancel {n} orders? Reserved stock goes back on the shelf.</source>
        <translation>Anulați comenzile ({n})? Stocul rezervat revine pe raft.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} order cancelled</source>
        <translation>{n} comandă anulată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} orders cancelled</source>
        <translation>Comenzi anulate: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="339"/>
        <source>{n} order marked delivered</source>
        <translation>{n} comandă marcată ca livrată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="340"/>
        <source>{n} orders marked delivered</source>
        <translation>Comenzi marcate ca livrate: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="345"/>
        <source>Select the order to ship first.</source>
        <translation>Selectați mai întâi comanda de expediat.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="353"/>
        <source>Order {order} shipped ({items} items, {shipment})</source>
        <translation>Comanda {order} a fost expediată (articole: {items}, {shipment})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="368"/>
        <source>Order {number} created</source>
        <translation>Comanda {number} a fost creată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="374"/>
        <source>Select the order to edit first.</source>
        <translation>Selectați mai întâi comanda de editat.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="379"/>
        <source>Order {number} saved</source>
        <translation>Comanda {number} a fost salvată</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>To</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Attempts</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Next attempt</source>
        <translation>Următoarea încercare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="22"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="33"/>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="45"/>
        <source>Message {id} will be sent again shortly.</source>
        <translation>Mesajul {id} va fi retrimis în curând.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="55"/>
        <source>(no email)</source>
        <translation>(fără e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="57"/>
        <source>{count} message(s), {failed} failed.</source>
        <translation>Mesaje: {count}, eșuate: {failed}.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="16"/>
        <source>Override verification</source>
        <translation>Ocolește verificarea</translation>
    </message>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="17"/>
        <source>Pack order {order} without scanning {missing}?
This is logged with your name. Reason:</source>
        <translation>Ambalați comanda {order} fără a scana {missing}?
Acest lucru se înregistrează pe numele dvs. Motiv:</translation>
    </message>
</context>
<context>
    <name>PackItemsModel</name>
    <message>
        <location filename="../../ui/pack/model.py" line="15"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="15"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Barcode</source>
        <translation>Cod de bare</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Verified</source>
        <translation>Verificate</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="17"/>
        <source>Expected</source>
        <translation>Așteptate</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <location filename="../../ui/pack/view.py" line="41"/>
        <source>Scan the packing slip (or type the order number) and press Enter.</source>
        <translation>Scanați avizul de însoțire (sau tastați numărul comenzii) și apăsați Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="57"/>
        <source>Pack station</source>
        <translation>Ambalare</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="80"/>
        <source>Scan here</source>
        <translation>Scanați aici</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="92"/>
        <source>e.g. Ground, Express</source>
        <translation>ex. Standard, Express</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="98"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="99"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="101"/>
        <source>Override verification…</source>
        <translation>Ocolește verificarea…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="104"/>
        <source>Cancel order (Esc)</source>
        <translation>Pune deoparte (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="108"/>
        <source>Put the order aside</source>
        <translation>Pune comanda deoparte</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="109"/>
        <source>Reload the order</source>
        <translation>Reîncarcă comanda</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="178"/>
        <source>Loading order {number}…</source>
        <translation>Se încarcă comanda {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="197"/>
        <source>Order {number}: scan each item ({units} units).</source>
        <translation>Comanda {number}: scanați fiecare articol ({units} buc.).</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="218"/>
        <source>All {units} units verified. Packing…</source>
        <translation>Toate cele {units} buc. au fost verificate. Se ambalează…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="247"/>
        <source>Overriding verification of {number}…</source>
        <translation>Se ocolește verificarea pentru {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="260"/>
        <source>Order {number} packed. Scan or type the tracking number.</source>
        <translation>Comanda {number} a fost ambalată. Scanați sau tastați numărul AWB.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="270"/>
        <source>Shipping {number} with {carrier} {tracking}…</source>
        <translation>Se expediază {number} prin {carrier} {tracking}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="278"/>
        <source>Order {number} shipped ({carrier} {tracking}, {shipment}). Scan the next packing slip.</source>
        <translation>Comanda {number} a fost expediată ({carrier} {tracking}, {shipment}). Scanați următorul aviz.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="291"/>
        <source> It stays packed; scan its slip again to ship it.</source>
        <translation> Rămâne ambalată; scanați din nou avizul pentru a o expedia.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="295"/>
        <source>Order {number} put aside.</source>
        <translation>Comanda {number} a fost pusă deoparte.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="309"/>
        <source>No order</source>
        <translation>Nicio comandă</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="310"/>
        <source>Order {number} · {customer} · {verified} of {expected} units verified</source>
        <translation>Comanda {number} · {customer} · {verified} din {expected} buc. verificate</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="327"/>
        <source>✖ The last step failed.</source>
        <translation>✖ Ultimul pas a eșuat.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="26"/>
        <source>Print…</source>
        <translation>Tipărește…</translation>
    </message>
</context>
<context>
    <name>PrinterProfileEditor</name>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="40"/>
        <source>Print test label</source>
        <translation>Tipărește etichetă de test</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Label printer</source>
        <translation>Imprimantă de etichete</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Language</source>
        <translation>Limbaj</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Resolution (dpi)</source>
        <translation>Rezoluție (dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Label size</source>
        <translation>Dimensiune etichetă</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Offset x</source>
        <translation>Decalaj x</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Offset y</source>
        <translation>Decalaj y</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Darkness</source>
        <translation>Intensitate</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Document printer</source>
        <translation>Imprimantă de documente</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Paper</source>
        <translation>Hârtie</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <location filename="../../ui/printing/defaults.py" line="16"/>
        <source>No label printer set up: Settings -&gt; Printers</source>
        <translation>Nu este configurată nicio imprimantă de etichete: Setări -&gt; Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/printing/defaults.py" line="17"/>
        <source>No document printer set up: Settings -&gt; Printers</source>
        <translation>Nu este configurată nicio imprimantă de documente: Setări -&gt; Imprimante</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/settings/printers.py" line="27"/>
        <source>(new printer)</source>
        <translation>(imprimantă nouă)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="28"/>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="47"/>
        <source>Test label not printed: {error}</source>
        <translation>Eticheta de test nu a fost tipărită: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="50"/>
        <source>Test label sent to {name}.</source>
        <translation>Eticheta de test a fost trimisă la {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="64"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="75"/>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="79"/>
        <source>This PC&apos;s label printer</source>
        <translation>Imprimanta de etichete a acestui PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="80"/>
        <source>This PC&apos;s document printer</source>
        <translation>Imprimanta de documente a acestui PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="121"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>Imprimanta {name} are setări nevalide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="131"/>
        <source>Sending a test label to {name}…</source>
        <translation>Se trimite o etichetă de test la {name}…</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>Product {sku}</source>
        <translation>Produs {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>New product</source>
        <translation>Produs nou</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="58"/>
        <source>EAN-13, UPC-A, EAN-8 or any code</source>
        <translation>EAN-13, UPC-A, EAN-8 sau orice cod</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>length</source>
        <translation>lungime</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>width</source>
        <translation>lățime</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="64"/>
        <source>height</source>
        <translation>înălțime</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="67"/>
        <source>Sold</source>
        <translation>În vânzare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="68"/>
        <source>Allow negative stock</source>
        <translation>Permite stoc negativ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="70"/>
        <source>kit only: CUP*2, SAUCER*1</source>
        <translation>doar pentru seturi: CUP*2, SAUCER*1</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Barcode</source>
        <translation>Cod de bare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="77"/>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="78"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="82"/>
        <source>Only managers and admins change prices.</source>
        <translation>Doar managerii și administratorii modifică prețurile.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="89"/>
        <source>Weight (kg)</source>
        <translation>Greutate (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="90"/>
        <source>Size (cm)</source>
        <translation>Dimensiuni (cm)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="91"/>
        <source>Reorder point</source>
        <translation>Prag de recomandare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="92"/>
        <source>Reorder quantity</source>
        <translation>Cantitate de recomandat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="95"/>
        <source>Kit components</source>
        <translation>Componentele setului</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/common/progress.py" line="34"/>
        <source>Cancelled. The unfinished step was not saved.</source>
        <translation>Anulat. Pasul neterminat nu a fost salvat.</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress.py" line="102"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="54"/>
        <source>Receive {sku}</source>
        <translation>Recepție {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="58"/>
        <source>No purchase order</source>
        <translation>Fără comandă de achiziție</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="60"/>
        <source>{number} · {supplier} · {remaining} expected</source>
        <translation>{number} · {supplier} · {remaining} așteptate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="62"/>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="63"/>
        <source>Into</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="64"/>
        <source>Against</source>
        <translation>Pe baza</translation>
    </message>
</context>
<context>
    <name>ReceiveRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="101"/>
        <source>Receive {rma}</source>
        <translation>Recepție {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Received</source>
        <translation>Recepționate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Condition</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Disposition</source>
        <translation>Destinație</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Bin</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="106"/>
        <source> of {count}</source>
        <translation> din {count}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="133"/>
        <source>Refund order {order}</source>
        <translation>Rambursare comandă {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Each</source>
        <translation>Per bucată</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="138"/>
        <source> of {count}</source>
        <translation> din {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="143"/>
        <source>up to {amount}</source>
        <translation>până la {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="147"/>
        <source>why (shown in the order&apos;s timeline)</source>
        <translation>de ce (apare în istoricul comenzii)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="149"/>
        <source>Shipping refund</source>
        <translation>Rambursare transport</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="150"/>
        <source>Restocking fee</source>
        <translation>Taxă de repunere în stoc</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="178"/>
        <source>&lt;b&gt;Refund {total} {currency}&lt;/b&gt; of {left} left to refund.</source>
        <translation>&lt;b&gt;Rambursare {total} {currency}&lt;/b&gt; din {left} rămași de rambursat.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="182"/>
        <source>Your limit is {limit} {currency}; a manager must refund this.</source>
        <translation>Limita dvs. este {limit} {currency}; această rambursare trebuie făcută de un manager.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="183"/>
        <source>Your limit is {limit} {currency}.</source>
        <translation>Limita dvs. este {limit} {currency}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="188"/>
        <source>That is more than was paid and not yet refunded.</source>
        <translation>Este mai mult decât s-a plătit și nu s-a rambursat încă.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="39"/>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="56"/>
        <source>Dashboard</source>
        <translation>Panou</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="57"/>
        <source>Exceptions</source>
        <translation>Excepții</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="58"/>
        <source>Outbox</source>
        <translation>De trimis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="62"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <location filename="../../ui/returns/view.py" line="29"/>
        <source>Open</source>
        <translation>Deschise</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="30"/>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="31"/>
        <source>Authorised</source>
        <translation>Autorizate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="32"/>
        <source>Partially received</source>
        <translation>Recepționate parțial</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="33"/>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Received</source>
        <translation>Recepționate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="34"/>
        <source>All refunds</source>
        <translation>Toate rambursările</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="35"/>
        <source>Partially refunded orders</source>
        <translation>Comenzi rambursate parțial</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="36"/>
        <source>Fully refunded orders</source>
        <translation>Comenzi rambursate integral</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="58"/>
        <source>Returns</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="62"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="62"/>
        <location filename="../../ui/returns/view.py" line="67"/>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Units</source>
        <translation>Bucăți</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <location filename="../../ui/returns/view.py" line="224"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>Order payment</source>
        <translation>Plata comenzii</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="71"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="83"/>
        <source>New return…</source>
        <translation>Retur nou…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="84"/>
        <source>Receive…</source>
        <translation>Recepționează…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="85"/>
        <source>Refund…</source>
        <translation>Rambursează…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="86"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="87"/>
        <source>Export this list…</source>
        <translation>Exportă această listă…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="91"/>
        <location filename="../../ui/returns/view.py" line="93"/>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="99"/>
        <source>Returns:</source>
        <translation>Retururi:</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="103"/>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="169"/>
        <source>New return</source>
        <translation>Retur nou</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="179"/>
        <source>Order {number} has nothing shipped that is not already returned.</source>
        <translation>Comanda {number} nu are nimic expediat care să nu fi fost deja returnat.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="186"/>
        <source>{rma} authorised for order {order}: {units} unit(s).</source>
        <translation>{rma} autorizat pentru comanda {order}: {units} buc.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="196"/>
        <source>Select a return to receive.</source>
        <translation>Selectați un retur de recepționat.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="211"/>
        <source>{quantity} x {sku} {disposition} to {location}</source>
        <translation>{quantity} x {sku} {disposition} în {location}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="212"/>
        <source>{quantity} x {sku} {disposition}</source>
        <translation>{quantity} x {sku} {disposition}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="215"/>
        <source>{rma} {status}: {received}</source>
        <translation>{rma} {status}: {received}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="237"/>
        <source>{refund}: {amount} {currency} refunded on order {order}.</source>
        <translation>{refund}: s-au rambursat {amount} {currency} pentru comanda {order}.</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../ui/common/role_gate.py" line="28"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>Rolul dvs. ({role}) nu are permisiunea: {permission}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="23"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="30"/>
        <source>Database</source>
        <translation>Bază de date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="31"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="33"/>
        <source>Printers</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="37"/>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../ui/orders/ship.py" line="33"/>
        <source>Ship order {number}</source>
        <translation>Expediere comandă {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="39"/>
        <source>Scan or type the tracking number</source>
        <translation>Scanați sau tastați numărul AWB</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="41"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="42"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="43"/>
        <source>Tracking</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="53"/>
        <source>{sku} ({to_ship} to ship, {ready} allocated)</source>
        <translation>{sku} (de expediat: {to_ship}, alocate: {ready})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="60"/>
        <source>Lower a quantity to ship part of the order now (a split shipment).</source>
        <translation>Micșorați o cantitate pentru a expedia acum doar o parte din comandă (expediere parțială).</translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="16"/>
        <source>None (unencrypted)</source>
        <translation>Niciuna (necriptat)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="24"/>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="40"/>
        <source>Shop name &lt;orders@example.com&gt;</source>
        <translation>Numele magazinului &lt;orders@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="43"/>
        <source>Send test email</source>
        <translation>Trimite e-mail de test</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="49"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="51"/>
        <source>Security</source>
        <translation>Securitate</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="57"/>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="58"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="59"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="61"/>
        <source>From address</source>
        <translation>Adresa expeditorului</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="62"/>
        <source>Test to</source>
        <translation>Test către</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <location filename="../../ui/email_settings/smtp_form.py" line="84"/>
        <source>Saved; type a new one to replace it</source>
        <translation>Salvată; tastați una nouă pentru a o înlocui</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <source>Not saved yet</source>
        <translation>Nesalvată încă</translation>
    </message>
</context>
<context>
    <name>StoredValues</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="19"/>
        <source>Wrong item</source>
        <translation>Articol greșit</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="20"/>
        <source>Damaged</source>
        <translation>Deteriorat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="21"/>
        <source>Not as described</source>
        <translation>Neconform cu descrierea</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="22"/>
        <source>Changed mind</source>
        <translation>Răzgândire</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="23"/>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="24"/>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="25"/>
        <source>Opened</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="26"/>
        <source>Used</source>
        <translation>Folosit</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="27"/>
        <source>Restock</source>
        <translation>Repune în stoc</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="28"/>
        <source>Quarantine</source>
        <translation>Carantină</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="29"/>
        <source>Scrap</source>
        <translation>Casare</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="30"/>
        <source>Return to vendor</source>
        <translation>Retur la furnizor</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="31"/>
        <source>Original payment</source>
        <translation>Plata inițială</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="32"/>
        <source>Store credit</source>
        <translation>Credit în magazin</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="33"/>
        <source>Cash</source>
        <translation>Numerar</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="34"/>
        <source>Authorised</source>
        <translation>Autorizat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="35"/>
        <source>Partially received</source>
        <translation>Recepționat parțial</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="36"/>
        <source>Received</source>
        <translation>Recepționat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="37"/>
        <source>Pending</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="38"/>
        <source>Authorized</source>
        <translation>Autorizat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="39"/>
        <source>Partially paid</source>
        <translation>Plătit parțial</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="40"/>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="41"/>
        <source>Partially refunded</source>
        <translation>Rambursat parțial</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="42"/>
        <source>Refunded</source>
        <translation>Rambursat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="43"/>
        <source>Voided</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="44"/>
        <source>Receipt</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="45"/>
        <source>Adjustment</source>
        <translation>Ajustare</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="46"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="47"/>
        <source>Shipment</source>
        <translation>Expediere</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="48"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="49"/>
        <source>Cycle count</source>
        <translation>Inventar ciclic</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="50"/>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="51"/>
        <source>Found</source>
        <translation>Găsit</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="52"/>
        <source>Expired</source>
        <translation>Expirat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="53"/>
        <source>Theft</source>
        <translation>Furt</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="54"/>
        <source>Correction</source>
        <translation>Corecție</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="55"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="56"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="57"/>
        <source>Clerk</source>
        <translation>Funcționar</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="58"/>
        <source>Packer</source>
        <translation>Ambalator</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="59"/>
        <source>Due today</source>
        <translation>Scadent azi</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="60"/>
        <source>Late to ship</source>
        <translation>Întârziat la expediere</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="61"/>
        <source>At risk</source>
        <translation>La risc</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="62"/>
        <source>Backordered past the promise</source>
        <translation>În așteptarea stocului peste data promisă</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="63"/>
        <source>Late delivery</source>
        <translation>Livrare întârziată</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="64"/>
        <source>On hold too long</source>
        <translation>Suspendat prea mult timp</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="65"/>
        <source>Order received</source>
        <translation>Comandă primită</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="66"/>
        <source>Shipped</source>
        <translation>Expediat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="67"/>
        <source>Return authorised</source>
        <translation>Retur autorizat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="68"/>
        <source>Refund issued</source>
        <translation>Rambursare emisă</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="69"/>
        <source>Delayed</source>
        <translation>Întârziat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="70"/>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="71"/>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="72"/>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="73"/>
        <source>Skipped</source>
        <translation>Omis</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="74"/>
        <source>In transit</source>
        <translation>În tranzit</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="75"/>
        <source>Out for delivery</source>
        <translation>În curs de livrare</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="76"/>
        <source>Delivered</source>
        <translation>Livrat</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="77"/>
        <source>Carrier exception</source>
        <translation>Problemă la curier</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="78"/>
        <source>Returned to sender</source>
        <translation>Returnat expeditorului</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="36"/>
        <source>Customer email templates</source>
        <translation>Șabloane de e-mail pentru clienți</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="61"/>
        <source>Save template</source>
        <translation>Salvează șablonul</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="62"/>
        <source>Revert to built-in</source>
        <translation>Revino la implicit</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="84"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="86"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="93"/>
        <source>Plain text (first block is the subject)</source>
        <translation>Text simplu (primul bloc este subiectul)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="95"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="96"/>
        <source>Plain-text part</source>
        <translation>Partea text simplu</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="176"/>
        <source>The template could not be saved: {error}</source>
        <translation>Șablonul nu a putut fi salvat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="190"/>
        <source>The edited template could not be removed: {error}</source>
        <translation>Șablonul modificat nu a putut fi eliminat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Edited on this PC</source>
        <translation>Modificat pe acest PC</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Built-in</source>
        <translation>Implicit</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="26"/>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="27"/>
        <source>Edited</source>
        <translation>Modificată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="28"/>
        <source>Updated by an import</source>
        <translation>Actualizată de un import</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="29"/>
        <source>Stock allocated</source>
        <translation>Stoc alocat</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="30"/>
        <source>Stock released</source>
        <translation>Stoc eliberat</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="31"/>
        <source>Printed</source>
        <translation>Tipărită</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="32"/>
        <source>Shipment sent</source>
        <translation>Expediere trimisă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="33"/>
        <source>Shipped, as the channel reported</source>
        <translation>Expediată, conform canalului</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="34"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="35"/>
        <source>Packing verified</source>
        <translation>Ambalare verificată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="36"/>
        <source>Scan refused at packing</source>
        <translation>Scanare refuzată la ambalare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="37"/>
        <source>Packing verification overridden</source>
        <translation>Verificarea ambalării a fost ignorată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="38"/>
        <source>Return authorised</source>
        <translation>Retur autorizat</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="39"/>
        <source>Return received</source>
        <translation>Retur recepționat</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="40"/>
        <source>Email queued</source>
        <translation>E-mail în coadă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="41"/>
        <source>Email skipped</source>
        <translation>E-mail omis</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="42"/>
        <source>Email sent</source>
        <translation>E-mail trimis</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="43"/>
        <source>Email failed</source>
        <translation>E-mail eșuat</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="44"/>
        <source>Email retried</source>
        <translation>E-mail reîncercat</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="58"/>
        <source>Tracking: {state}</source>
        <translation>Urmărire: {state}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="102"/>
        <source>Transfer {sku}</source>
        <translation>Transfer {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="107"/>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="108"/>
        <source>From</source>
        <translation>Din</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="109"/>
        <source>To</source>
        <translation>În</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <location filename="../../ui/settings/users.py" line="37"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="31"/>
        <source>Add user</source>
        <translation>Adaugă utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="33"/>
        <source>Set role of selected</source>
        <translation>Setează rolul celui selectat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="36"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <source>Password ({count}+ characters)</source>
        <translation>Parolă (cel puțin {count} caractere)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="71"/>
        <source>Select a user first.</source>
        <translation>Selectați mai întâi un utilizator.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="83"/>
        <source>Saved {name}.</source>
        <translation>{name} a fost salvat.</translation>
    </message>
</context>
</TS>
