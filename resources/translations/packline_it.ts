<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="78"/>
        <source>Adjust {sku}</source>
        <translation>Rettifica {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="80"/>
        <source>Negative takes units out, positive adds units.</source>
        <translation>Un valore negativo toglie pezzi, uno positivo li aggiunge.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="83"/>
        <source>what happened</source>
        <translation>cosa è successo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="84"/>
        <source>Change (+/-)</source>
        <translation>Variazione (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="85"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="86"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="87"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="234"/>
        <source>Start with --db URL, or fix the database in Settings.</source>
        <translation>Avvia con --db URL oppure correggi il database in Impostazioni.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Order number</source>
        <translation>Numero d&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Bin</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="45"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="46"/>
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="47"/>
        <source>packing slip</source>
        <translation>documento di trasporto</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="100"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>La stampante {name} ha impostazioni non valide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="153"/>
        <source>Print {count} order(s)</source>
        <translation>Stampa ordini ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="164"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="165"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="166"/>
        <source>Retry failed</source>
        <translation>Riprova non riusciti</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="167"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="175"/>
        <source>Order by</source>
        <translation>Ordina per</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="176"/>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="184"/>
        <source>Not printed:</source>
        <translation>Non stampati:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="211"/>
        <source>Reading orders…</source>
        <translation>Lettura degli ordini…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="219"/>
        <location filename="../../ui/printing/batch.py" line="253"/>
        <source>Reading the orders failed; details are in the log.</source>
        <translation>Lettura degli ordini non riuscita; i dettagli sono nel log.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="227"/>
        <source>Printing {count} order(s)…</source>
        <translation>Stampa degli ordini in corso ({count})…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="262"/>
        <source>Cancelling after the current job…</source>
        <translation>Annullamento dopo il lavoro in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="299"/>
        <source>Printed, but the print record was not saved: {error}</source>
        <translation>Stampato, ma la registrazione della stampa non è stata salvata: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="309"/>
        <source>Printing failed; details are in the log.</source>
        <translation>Stampa non riuscita; i dettagli sono nel log.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="313"/>
        <source>not sent (cancelled)</source>
        <translation>non inviato (annullato)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="314"/>
        <source>{document} {number}: {reason}</source>
        <translation>{document} {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="318"/>
        <source>{printed} printed, {waiting} waiting for Retry</source>
        <translation>Stampati: {printed}, in attesa di Riprova: {waiting}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="319"/>
        <source>{printed} printed</source>
        <translation>Stampati: {printed}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="320"/>
        <source>{summary} (cancelled).</source>
        <translation>{summary} (annullato).</translation>
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
        <translation>Esporta in Excel…</translation>
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
        <translation>La connessione sicura a {server} non è riuscita ({error}). Controlla il nome host e l&apos;impostazione di sicurezza SMTP.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="19"/>
        <source>Ask the carrier where the parcel is and notify the customer.</source>
        <translation>Chiedi al corriere dove si trova il pacco e avvisa il cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="20"/>
        <source>Backup to {path} failed.</source>
        <translation>Il backup in {path} non è riuscito.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="21"/>
        <source>Barcode or SKU</source>
        <translation>Codice a barre o SKU</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="22"/>
        <source>Bin</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="23"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>Impossibile aprire il database {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="24"/>
        <source>Cannot reach the mail server {server} ({error}). The message stays queued and will be retried.</source>
        <translation>Impossibile raggiungere il server di posta {server} ({error}). Il messaggio resta in coda e verrà inviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="25"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="26"/>
        <source>Count COUNT-{id} is already {status}; start a new count.</source>
        <translation>Il conteggio COUNT-{id} è già {status}; avvia un nuovo conteggio.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="27"/>
        <source>Count line</source>
        <translation>Riga di conteggio</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="28"/>
        <source>Count session</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="29"/>
        <source>Email is not set up: set smtp.host and mail.from (`packline config set smtp.host mail.example.com`).</source>
        <translation>L&apos;email non è configurata: imposta smtp.host e mail.from (`packline config set smtp.host mail.example.com`).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="30"/>
        <source>Email template {name} cannot be rendered: {error}</source>
        <translation>Impossibile generare il modello email {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="31"/>
        <source>Email template {name} has an error on line {line}: {error}</source>
        <translation>Il modello email {name} ha un errore alla riga {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="32"/>
        <source>Email template {name} has no subject block.</source>
        <translation>Il modello email {name} non ha un blocco subject.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="33"/>
        <source>Emails in {language!r} are not available; use one of {languages}.</source>
        <translation>Le email in {language!r} non sono disponibili; usa una di queste lingue: {languages}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="34"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importazione annullata; non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="35"/>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="36"/>
        <source>Message {id} is being sent right now.</source>
        <translation>Il messaggio {id} è in fase di invio proprio ora.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="37"/>
        <source>Message {id} was already sent on {sent} UTC; it is not sent twice.</source>
        <translation>Il messaggio {id} è già stato inviato il {sent} UTC; non viene inviato due volte.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="38"/>
        <source>Message {id} was skipped because the customer has no email address; add one to the order and send a new message.</source>
        <translation>Il messaggio {id} è stato saltato perché il cliente non ha un indirizzo email; aggiungine uno all&apos;ordine e invia un nuovo messaggio.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="39"/>
        <source>No SMTP password is saved for {user!r}. Enter it in Settings.</source>
        <translation>Nessuna password SMTP salvata per {user!r}. Inseriscila in Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="40"/>
        <source>No folder for edited email templates is configured.</source>
        <translation>Non è configurata alcuna cartella per i modelli email modificati.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="41"/>
        <source>No password on standard input.</source>
        <translation>Nessuna password sullo standard input.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="42"/>
        <source>No password: set PACKLINE_PASSWORD or run in a terminal to be asked.</source>
        <translation>Nessuna password: imposta PACKLINE_PASSWORD o esegui in un terminale per inserirla.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="43"/>
        <source>Notify the customer of the new date, and split and ship what is in stock.</source>
        <translation>Comunica al cliente la nuova data, poi dividi l&apos;ordine e spedisci ciò che è disponibile.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="44"/>
        <source>One too many: order {number} needs only {expected} of {sku}. Take this unit out of the box.</source>
        <translation>Uno di troppo: l&apos;ordine {number} richiede solo {expected} di {sku}. Togli questa unità dalla scatola.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="45"/>
        <source>Only {free} of {sku} free in {location} ({reserved} more reserved for orders); cannot move {quantity}.</source>
        <translation>Solo {free} di {sku} liberi in {location} (altri {reserved} riservati agli ordini); impossibile spostarne {quantity}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="46"/>
        <source>Only {free} of {sku} free in {location}; cannot move {quantity}.</source>
        <translation>Solo {free} di {sku} liberi in {location}; impossibile spostarne {quantity}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="47"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="48"/>
        <source>Order {number}</source>
        <translation>L&apos;ordine {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="49"/>
        <source>Order {number} already shipped with tracking {tracking} ({shipment}).</source>
        <translation>L&apos;ordine {number} è già stato spedito con il tracking {tracking} ({shipment}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="50"/>
        <source>Order {number} has no allocated stock to ship; allocate it first.</source>
        <translation>L&apos;ordine {number} non ha stock allocato da spedire; allocalo prima.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="51"/>
        <source>Order {number} has nothing allocated left to ship.</source>
        <translation>All&apos;ordine {number} non resta nulla di allocato da spedire.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="52"/>
        <source>Order {number} has nothing allocated to pack.</source>
        <translation>L&apos;ordine {number} non ha nulla di allocato da imballare.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="53"/>
        <source>Order {number} is already {status} and cannot be cancelled; create a return instead.</source>
        <translation>L&apos;ordine {number} è già {status} e non può essere annullato; crea invece un reso.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="54"/>
        <source>Order {number} is already {status}.</source>
        <translation>L&apos;ordine {number} è già {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="55"/>
        <source>Order {number} is backordered; allocate it fully or ship the allocated part first.</source>
        <translation>L&apos;ordine {number} è in arretrato; allocalo completamente o spedisci prima la parte allocata.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="56"/>
        <source>Order {number} is backordered; it cannot be packed until it is fully allocated.</source>
        <translation>L&apos;ordine {number} è in arretrato; non può essere imballato finché non è allocato completamente.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="57"/>
        <source>Order {number} is not fully verified; still to scan: {missing}.</source>
        <translation>L&apos;ordine {number} non è verificato completamente; ancora da scansionare: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="58"/>
        <source>Order {number} is not on hold.</source>
        <translation>L&apos;ordine {number} non è in attesa.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="59"/>
        <source>Order {number} is {status}; give the new delivery date to tell the customer about a delay.</source>
        <translation>L&apos;ordine {number} è {status}; indica la nuova data di consegna per avvisare il cliente del ritardo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="60"/>
        <source>Order {number} is {status}; it cannot be allocated.</source>
        <translation>L&apos;ordine {number} è {status}; non può essere allocato.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="61"/>
        <source>Order {number} is {status}; it cannot become {target}.</source>
        <translation>L&apos;ordine {number} è {status}; non può diventare {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="62"/>
        <source>Order {number} is {status}; only allocated orders can be packed.</source>
        <translation>L&apos;ordine {number} è {status}; si possono imballare solo ordini allocati.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="63"/>
        <source>Order {number} is {status}; only new orders can be edited.</source>
        <translation>L&apos;ordine {number} è {status}; si possono modificare solo ordini nuovi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="64"/>
        <source>Order {number}: {error}</source>
        <translation>Ordine {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="65"/>
        <source>Product {sku}</source>
        <translation>Il prodotto {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="66"/>
        <source>Purchase order {number} is {status}; nothing more to receive.</source>
        <translation>L&apos;ordine d&apos;acquisto {number} è {status}; non c&apos;è altro da ricevere.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="67"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="68"/>
        <source>Refunds above {limit} {currency} need a manager or an admin ({user} is {role}).</source>
        <translation>I rimborsi oltre {limit} {currency} richiedono un responsabile o un amministratore ({user} è {role}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="69"/>
        <source>Release the hold, or cancel the order if it cannot go ahead.</source>
        <translation>Sblocca l&apos;ordine, oppure annullalo se non può procedere.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="70"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="71"/>
        <source>SKU {sku!r} already exists.</source>
        <translation>Lo SKU {sku!r} esiste già.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="72"/>
        <source>SMTP security {security!r} is not one of {modes}.</source>
        <translation>La sicurezza SMTP {security!r} non è tra queste: {modes}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="73"/>
        <source>Ship it now with a faster service to keep the delivery date, or notify the customer of the delay.</source>
        <translation>Spediscilo subito con un servizio più veloce per rispettare la data di consegna, oppure avvisa il cliente del ritardo.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="74"/>
        <source>Ships today: pick, pack and hand it to the carrier before pick-up.</source>
        <translation>Parte oggi: preleva, imballa e consegna al corriere prima del ritiro.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="75"/>
        <source>Sign in: pass --user NAME (password from PACKLINE_PASSWORD or the prompt).</source>
        <translation>Accedi: passa --user NAME (password da PACKLINE_PASSWORD o dal prompt).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="76"/>
        <source>Split the order and ship what is in stock; order more of the missing items.</source>
        <translation>Dividi l&apos;ordine e spedisci ciò che è disponibile; riordina gli articoli mancanti.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="77"/>
        <source>The database is busy (another PC holds it too long). Try again.</source>
        <translation>Il database è occupato (un altro PC lo tiene troppo a lungo). Riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="78"/>
        <source>The database schema is older than this version of Packline. Run `packline db upgrade` (back it up first).</source>
        <translation>Lo schema del database è più vecchio di questa versione di Packline. Esegui `packline db upgrade` (fai prima un backup).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="79"/>
        <source>The mail server {server} accepted the message but refused {refused}.</source>
        <translation>Il server di posta {server} ha accettato il messaggio ma ha rifiutato {refused}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="80"/>
        <source>The mail server {server} answered {reply_code} {reply}</source>
        <translation>Il server di posta {server} ha risposto {reply_code} {reply}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="81"/>
        <source>The mail server {server} does not support {security} or login. Check the SMTP security setting.</source>
        <translation>Il server di posta {server} non supporta {security} o l&apos;accesso. Controlla l&apos;impostazione di sicurezza SMTP.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="82"/>
        <source>The mail server {server} refused every recipient: {refused}.</source>
        <translation>Il server di posta {server} ha rifiutato tutti i destinatari: {refused}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="83"/>
        <source>The mail server {server} refused the login for {user!r} ({reply}). Check the SMTP user and password in Settings.</source>
        <translation>Il server di posta {server} ha rifiutato l&apos;accesso per {user!r} ({reply}). Controlla utente e password SMTP in Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="84"/>
        <source>The setting notify.carrier_urls is not a JSON object ({error}); fix it in Settings.</source>
        <translation>L&apos;impostazione notify.carrier_urls non è un oggetto JSON ({error}); correggila in Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="85"/>
        <source>The setting notify.carrier_urls is not valid JSON ({error}); write it as {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}.</source>
        <translation>L&apos;impostazione notify.carrier_urls non è un JSON valido ({error}); scrivila come {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="86"/>
        <source>The setting promises.rules is not valid JSON ({error}).</source>
        <translation>L&apos;impostazione promises.rules non è un JSON valido ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="87"/>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="88"/>
        <source>The {kind} file {path} cannot be read ({error}); fix or delete it and save the profiles again.</source>
        <translation>Il file {path} ({kind}) non è leggibile ({error}); correggilo o eliminalo e salva di nuovo i profili.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="89"/>
        <source>There is no email message called {message!r}.</source>
        <translation>Non esiste un messaggio email chiamato {message!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="90"/>
        <source>There is no email template {name}.</source>
        <translation>Non esiste il modello email {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="91"/>
        <source>This record</source>
        <translation>Questo record</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="92"/>
        <source>Unknown SKU {sku} (line {line}); add the product first or set import.unknown_sku to placeholder.</source>
        <translation>SKU sconosciuto {sku} (riga {line}); aggiungi prima il prodotto o imposta import.unknown_sku su placeholder.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="93"/>
        <source>Unknown SKU {sku}; import the product first.</source>
        <translation>SKU sconosciuto {sku}; importa prima il prodotto.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="94"/>
        <source>Wrong item: {code} is not on order {number}. Put it back.</source>
        <translation>Articolo sbagliato: {code} non è nell&apos;ordine {number}. Rimettilo a posto.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="95"/>
        <source>Wrong user name or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="96"/>
        <source>a purchase order needs at least one line</source>
        <translation>un ordine d&apos;acquisto richiede almeno una riga</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="97"/>
        <source>a return needs at least one line</source>
        <translation>un reso richiede almeno una riga</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="98"/>
        <source>add one in Settings -&gt; Printers or with `packline printer add`</source>
        <translation>aggiungine una in Impostazioni -&gt; Stampanti o con `packline printer add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="99"/>
        <source>adjust stock</source>
        <translation>rettificare lo stock</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="100"/>
        <source>admin</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="101"/>
        <source>allocated</source>
        <translation>allocato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="102"/>
        <source>already exists</source>
        <translation>esiste già</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="103"/>
        <source>already exists in {warehouse}</source>
        <translation>esiste già in {warehouse}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="104"/>
        <source>already imported from {channel}</source>
        <translation>già importato da {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="105"/>
        <source>amount</source>
        <translation>importo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="106"/>
        <source>an order needs at least one line</source>
        <translation>un ordine richiede almeno una riga</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="107"/>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="108"/>
        <source>backordered</source>
        <translation>in arretrato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="109"/>
        <source>barcode</source>
        <translation>codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="110"/>
        <source>bin</source>
        <translation>ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="111"/>
        <source>business_days</source>
        <translation>business_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="112"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="113"/>
        <source>cannot be a kit itself</source>
        <translation>non può essere a sua volta un kit</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="114"/>
        <source>cannot be read ({reason})</source>
        <translation>non può essere letto ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="115"/>
        <source>carrier</source>
        <translation>corriere</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="116"/>
        <source>change prices</source>
        <translation>modificare i prezzi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="117"/>
        <source>change shop settings</source>
        <translation>modificare le impostazioni del negozio</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="118"/>
        <source>channel order id</source>
        <translation>ID ordine del canale</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="119"/>
        <source>clerk</source>
        <translation>impiegato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="120"/>
        <source>component</source>
        <translation>componente</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="121"/>
        <source>component quantity</source>
        <translation>quantità del componente</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="122"/>
        <source>condition</source>
        <translation>condizione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="123"/>
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="124"/>
        <source>counted</source>
        <translation>contati</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="125"/>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="126"/>
        <source>create and change orders</source>
        <translation>creare e modificare ordini</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="127"/>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="128"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="129"/>
        <source>day counts cannot be negative</source>
        <translation>il numero di giorni non può essere negativo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="130"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="131"/>
        <source>db backup copies SQLite files; back up PostgreSQL with pg_dump on the server.</source>
        <translation>db backup copia file SQLite; per PostgreSQL fai il backup con pg_dump sul server.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="132"/>
        <source>default_transit_days</source>
        <translation>default_transit_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="133"/>
        <source>deliver by</source>
        <translation>consegna entro</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="134"/>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="135"/>
        <source>delta</source>
        <translation>variazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="136"/>
        <source>discount</source>
        <translation>sconto</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="137"/>
        <source>disposition</source>
        <translation>destinazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="138"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="139"/>
        <source>does not exist</source>
        <translation>non esiste</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="140"/>
        <source>edit products</source>
        <translation>modificare i prodotti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="141"/>
        <source>exists in several warehouses; write it as WAREHOUSE/BIN</source>
        <translation>esiste in più magazzini; scrivilo come MAGAZZINO/UBICAZIONE</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="142"/>
        <source>export</source>
        <translation>esportazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="143"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="144"/>
        <source>from</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="145"/>
        <source>handle returns</source>
        <translation>gestire i resi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="146"/>
        <source>has a wrong check digit ({kind}): ends in {last}, should be {expected}</source>
        <translation>ha una cifra di controllo errata ({kind}): termina con {last}, dovrebbe essere {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="147"/>
        <source>has invalid saved settings ({error})</source>
        <translation>ha impostazioni salvate non valide ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="148"/>
        <source>has no document printer for packing slips; set one in Settings -&gt; Printers</source>
        <translation>non ha una stampante per i documenti di trasporto; impostane una in Impostazioni -&gt; Stampanti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="149"/>
        <source>has no shipment yet; ship it first (packline order ship) to print its shipping label</source>
        <translation>non ha ancora una spedizione; spediscilo prima (packline order ship) per stamparne l&apos;etichetta di spedizione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="150"/>
        <source>is a kit; count its components</source>
        <translation>è un kit; conta i suoi componenti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="151"/>
        <source>is a kit; its stock is its components&apos; stock</source>
        <translation>è un kit; il suo stock è quello dei suoi componenti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="152"/>
        <source>is a kit; move its components instead</source>
        <translation>è un kit; sposta invece i suoi componenti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="153"/>
        <source>is a kit; order its components</source>
        <translation>è un kit; ordina i suoi componenti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="154"/>
        <source>is a page printer of the desktop window (qt://); from the command line use cups://QUEUE or windows://PRINTER</source>
        <translation>è una stampante della finestra di Packline (qt://); dalla riga di comando usa cups://QUEUE o windows://PRINTER</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="155"/>
        <source>is a secret and is kept in the OS keyring, not the shared database</source>
        <translation>è un dato segreto ed è conservato nel portachiavi del sistema, non nel database condiviso</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="156"/>
        <source>is already used by another order</source>
        <translation>è già usato da un altro ordine</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="157"/>
        <source>is before from ({start})</source>
        <translation>è precedente alla data di inizio ({start})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="158"/>
        <source>is before the start {start}</source>
        <translation>è prima dell&apos;inizio {start}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="159"/>
        <source>is more than can be refunded ({ordered} ordered, {refunded} already refunded)</source>
        <translation>supera quanto si può rimborsare (ordinati: {ordered}, già rimborsati: {refunded})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="160"/>
        <source>is more than can be returned ({shipped} shipped, {returned} already returned)</source>
        <translation>supera quanto si può rendere (spediti: {shipped}, già resi: {returned})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="161"/>
        <source>is more than the amount refunded</source>
        <translation>supera l&apos;importo rimborsato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="162"/>
        <source>is more than the {left} shipping left to refund</source>
        <translation>supera i {left} di spedizione ancora rimborsabili</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="163"/>
        <source>is more than the {left} still expected on {po}</source>
        <translation>supera le {left} unità ancora attese su {po}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="164"/>
        <source>is more than the {left} still expected on {rma}</source>
        <translation>supera le {left} unità ancora attese su {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="165"/>
        <source>is more than the {ready} allocated and unshipped ({left} left to ship)</source>
        <translation>supera le {ready} unità allocate e non spedite (ancora da spedire: {left})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="166"/>
        <source>is not a bin</source>
        <translation>non è un&apos;ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="167"/>
        <source>is not a saved {kind}; saved {kinds}: {known}</source>
        <translation>non è tra i nomi salvati ({kind}); {kinds} disponibili: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="168"/>
        <source>is not a sellable bin</source>
        <translation>non è un&apos;ubicazione vendibile</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="169"/>
        <source>is not a valid mapping profile ({error})</source>
        <translation>non è un profilo di mappatura valido ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="170"/>
        <source>is not an IANA timezone name</source>
        <translation>non è un nome di fuso orario IANA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="171"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>non è una data e ora ISO 8601</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="172"/>
        <source>is not an amount</source>
        <translation>non è un importo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="173"/>
        <source>is not an amount (use digits and a dot, e.g. 12.50)</source>
        <translation>non è un importo (usa cifre e un punto, ad es. 12.50)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="174"/>
        <source>is not expected on {po}</source>
        <translation>non è previsto su {po}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="175"/>
        <source>is not on order {number}</source>
        <translation>non è nell&apos;ordine {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="176"/>
        <source>is not on {rma}</source>
        <translation>non è in {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="177"/>
        <source>is not valid JSON ({error})</source>
        <translation>non è un JSON valido ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="178"/>
        <source>is taken</source>
        <translation>è già in uso</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="179"/>
        <source>is the same location as from</source>
        <translation>è la stessa ubicazione di partenza</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="180"/>
        <source>is unknown; known settings: {known}</source>
        <translation>è sconosciuta; impostazioni note: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="181"/>
        <source>line</source>
        <translation>riga</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="182"/>
        <source>line {index} quantity</source>
        <translation>quantità della riga {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="183"/>
        <source>line {index} {field}</source>
        <translation>{field} della riga {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="184"/>
        <source>location</source>
        <translation>ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="185"/>
        <source>manage users</source>
        <translation>gestire gli utenti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="186"/>
        <source>manager</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="187"/>
        <source>mapping profile</source>
        <translation>profilo di mappatura</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="188"/>
        <source>mapping profiles</source>
        <translation>profili di mappatura</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="189"/>
        <source>method</source>
        <translation>metodo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="190"/>
        <source>must be KG or KG:LxWxH with positive numbers, e.g. 1.2:30x20x10</source>
        <translation>deve essere KG o KG:LxWxH con numeri positivi, ad es. 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="191"/>
        <source>must be KG or KG:LxWxH, e.g. 1.2:30x20x10</source>
        <translation>deve essere KG o KG:LxWxH, ad es. 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="192"/>
        <source>must be a .pdf or .zpl file</source>
        <translation>deve essere un file .pdf o .zpl</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="193"/>
        <source>must be a code in Latin letters and digits without &apos;/&apos;, like A-01-03 (it is printed as a barcode)</source>
        <translation>deve essere un codice di lettere latine e cifre senza &apos;/&apos;, come A-01-03 (viene stampato come codice a barre)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="194"/>
        <source>must be a date like 2026-03-31</source>
        <translation>deve essere una data come 2026-03-31</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="195"/>
        <source>must be a non-zero whole number</source>
        <translation>deve essere un numero intero diverso da zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="196"/>
        <source>must be a positive whole number</source>
        <translation>deve essere un numero intero positivo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="197"/>
        <source>must be a short code in Latin letters and digits, like MAIN (it is printed in bin barcodes)</source>
        <translation>deve essere un codice breve di lettere latine e cifre, come MAIN (viene stampato nei codici a barre delle ubicazioni)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="198"/>
        <source>must be a three-letter ISO code such as USD, EUR</source>
        <translation>deve essere un codice ISO di tre lettere come USD, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="199"/>
        <source>must be a two-letter ISO code such as US, IT, TH</source>
        <translation>deve essere un codice ISO di due lettere come US, IT, TH</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="200"/>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="201"/>
        <source>must be at least {count} characters</source>
        <translation>deve avere almeno {count} caratteri</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="202"/>
        <source>must be kilograms like 0.25</source>
        <translation>deve essere in chilogrammi, come 0.25</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="203"/>
        <source>must be more than zero</source>
        <translation>deve essere maggiore di zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="204"/>
        <source>must be one of {choices}</source>
        <translation>deve essere uno tra: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="205"/>
        <source>must be zero or a positive whole number</source>
        <translation>deve essere zero o un numero intero positivo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="206"/>
        <source>must be {usage}</source>
        <translation>deve essere {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="207"/>
        <source>must end in {suffixes}</source>
        <translation>deve terminare con {suffixes}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="208"/>
        <source>must map tax names to codes, like {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</source>
        <translation>deve associare i nomi delle imposte ai codici, come {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="209"/>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="210"/>
        <source>must not be empty or padded with spaces</source>
        <translation>non deve essere vuoto né avere spazi all&apos;inizio o alla fine</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="211"/>
        <source>must not be negative</source>
        <translation>non deve essere negativo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="212"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="213"/>
        <source>name at least one bin</source>
        <translation>indica almeno un&apos;ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="214"/>
        <source>name at least one order</source>
        <translation>indica almeno un ordine</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="215"/>
        <source>name at least one product</source>
        <translation>indica almeno un prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="216"/>
        <source>need exactly the zones {zones}</source>
        <translation>servono esattamente le zone {zones}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="217"/>
        <source>need weekdays 0-6</source>
        <translation>servono giorni della settimana da 0 a 6</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="218"/>
        <source>needs a timezone</source>
        <translation>richiede un fuso orario</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="219"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="220"/>
        <source>no such bin or location</source>
        <translation>ubicazione inesistente</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="221"/>
        <source>no users can sign in yet; create one with `packline user add`</source>
        <translation>nessun utente può ancora accedere; creane uno con `packline user add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="222"/>
        <source>none yet ({hint})</source>
        <translation>nessuno per ora ({hint})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="223"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="224"/>
        <source>nothing to receive</source>
        <translation>niente da ricevere</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="225"/>
        <source>nothing to refund: give --amount, --line or --shipping</source>
        <translation>niente da rimborsare: indica --amount, --line o --shipping</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="226"/>
        <source>nothing to ship</source>
        <translation>niente da spedire</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="227"/>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="228"/>
        <source>on hold</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="229"/>
        <source>only restocked units go to a bin, not {disposition}</source>
        <translation>in un&apos;ubicazione vanno solo le unità rimesse a stock, non {disposition}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="230"/>
        <source>order</source>
        <translation>ordine</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="231"/>
        <source>order number</source>
        <translation>numero d&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="232"/>
        <source>order {number} has no delivery estimate; give the new date</source>
        <translation>l&apos;ordine {number} non ha una data di consegna stimata; indica la nuova data</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="233"/>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="234"/>
        <source>outbox message</source>
        <translation>messaggio in uscita</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="235"/>
        <source>override pack verification</source>
        <translation>ignorare la verifica dell&apos;imballaggio</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="236"/>
        <source>pack and ship orders</source>
        <translation>imballare e spedire ordini</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="237"/>
        <source>packed</source>
        <translation>imballato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="238"/>
        <source>packer</source>
        <translation>addetto all&apos;imballaggio</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="239"/>
        <source>paid</source>
        <translation>pagato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="240"/>
        <source>partially shipped</source>
        <translation>spedito in parte</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="241"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="242"/>
        <source>picking</source>
        <translation>in prelievo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="243"/>
        <source>price</source>
        <translation>prezzo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="244"/>
        <source>printer</source>
        <translation>stampante</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="245"/>
        <source>printers</source>
        <translation>stampanti</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="246"/>
        <source>promise rules</source>
        <translation>regole di consegna</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="247"/>
        <source>promise rules version</source>
        <translation>versione delle regole di consegna</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="248"/>
        <source>purchase order</source>
        <translation>ordine d&apos;acquisto</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="249"/>
        <source>quantity</source>
        <translation>quantità</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="250"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="251"/>
        <source>reason &apos;other&apos; needs a note saying why</source>
        <translation>il motivo &apos;other&apos; richiede una nota che spieghi perché</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="252"/>
        <source>receive and transfer stock</source>
        <translation>ricevere e trasferire stock</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="253"/>
        <source>refund</source>
        <translation>rimborsare</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="254"/>
        <source>refund above the limit</source>
        <translation>rimborsare oltre il limite</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="255"/>
        <source>reorder point</source>
        <translation>punto di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="256"/>
        <source>reorder quantity</source>
        <translation>quantità di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="257"/>
        <source>restocking fee</source>
        <translation>costo di rientro</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="258"/>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="259"/>
        <source>save one in the import dialog&apos;s column mapping</source>
        <translation>salvane uno nella mappatura delle colonne della finestra di importazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="260"/>
        <source>say why verification is overridden</source>
        <translation>indica perché la verifica viene ignorata</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="261"/>
        <source>scan the packing slip or type the number</source>
        <translation>scansiona il documento di trasporto o digita il numero</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="262"/>
        <source>see prices and costs</source>
        <translation>vedere prezzi e costi</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="263"/>
        <source>setting</source>
        <translation>impostazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="264"/>
        <source>shipment or tracking number</source>
        <translation>spedizione o numero di tracking</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="265"/>
        <source>shipped</source>
        <translation>spedito</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="266"/>
        <source>shipping</source>
        <translation>spedizione</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="267"/>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="268"/>
        <source>supplier</source>
        <translation>fornitore</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="269"/>
        <source>tax</source>
        <translation>imposta</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="270"/>
        <source>this Packline reads version {version}</source>
        <translation>questa versione di Packline legge la versione {version}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="271"/>
        <source>time</source>
        <translation>ora</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="272"/>
        <source>timezone</source>
        <translation>fuso orario</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="273"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="274"/>
        <source>transit zone</source>
        <translation>zona di transito</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="275"/>
        <source>user name</source>
        <translation>nome utente</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="276"/>
        <source>warehouse</source>
        <translation>magazzino</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="277"/>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="278"/>
        <source>would exceed what was paid ({paid} {currency} paid, {refunded} already refunded, {left} left)</source>
        <translation>supererebbe quanto pagato (pagati {paid} {currency}, già rimborsati {refunded}, restano {left})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="279"/>
        <source>{error} Not printed: {orders}. The job was kept in {folder}; retry with `packline print retry` (add --printer URI to send it elsewhere).</source>
        <translation>{error} Non stampati: {orders}. Il lavoro è stato conservato in {folder}; riprova con `packline print retry` (aggiungi --printer URI per inviarlo altrove).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="280"/>
        <source>{field} {value!r}: {problem}</source>
        <translation>{field} {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="281"/>
        <source>{kind} name</source>
        <translation>nome ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="282"/>
        <source>{kind} {key!r} does not exist.</source>
        <translation>{kind} {key!r} non esiste.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="283"/>
        <source>{name} ({role}) may not {action}. Ask a manager or an admin.</source>
        <translation>{name} ({role}) non può {action}. Chiedi a un responsabile o a un amministratore.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="284"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} esiste già; scegli un nuovo nome di file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="285"/>
        <source>{rma} is already fully received.</source>
        <translation>{rma} è già stato ricevuto completamente.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="286"/>
        <source>{sku} is in several bins ({bins}); give the bin in the file.</source>
        <translation>{sku} si trova in più ubicazioni ({bins}); indica l&apos;ubicazione nel file.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="287"/>
        <source>{sku} is in several bins ({bins}); say which</source>
        <translation>{sku} è in più ubicazioni ({bins}); indica quale</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="288"/>
        <source>{sku} quantity</source>
        <translation>quantità di {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="289"/>
        <source>{sku} {count} of {expected}</source>
        <translation>{sku} {count} di {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="290"/>
        <source>{what} was changed by someone else. Reload and try again.</source>
        <translation>{what} è stato modificato da un altro utente. Ricarica e riprova.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="52"/>
        <source>Start a new count</source>
        <translation>Avvia nuovo conteggio</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="54"/>
        <source>Scan a bin label, then every unit in it</source>
        <translation>Scansiona l&apos;etichetta di un&apos;ubicazione, poi ogni pezzo presente</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="56"/>
        <source>Start a count, then scan a bin label.</source>
        <translation>Avvia un conteggio, poi scansiona l&apos;etichetta di un&apos;ubicazione.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="57"/>
        <source>Differences only</source>
        <translation>Solo differenze</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>Bin</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Expected</source>
        <translation>Previsti</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Counted</source>
        <translation>Contati</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="69"/>
        <source>Post differences</source>
        <translation>Registra differenze</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="72"/>
        <source>Only managers and admins post counts; ask one to review and post.</source>
        <translation>Solo responsabili e amministratori registrano i conteggi; chiedi a uno di loro di verificare e registrare.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="113"/>
        <source>Start a new count first.</source>
        <translation>Avvia prima un nuovo conteggio.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="119"/>
        <source>Counting {bin}: scan every unit in it.</source>
        <translation>Conteggio di {bin}: scansiona ogni pezzo presente.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="123"/>
        <source>{code} is not a bin label. Scan the bin first.</source>
        <translation>{code} non è l&apos;etichetta di un&apos;ubicazione. Scansiona prima l&apos;ubicazione.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="151"/>
        <source>Count COUNT-{id} started. Scan a bin label.</source>
        <translation>Conteggio COUNT-{id} avviato. Scansiona l&apos;etichetta di un&apos;ubicazione.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="180"/>
        <source>Post {n} difference of count COUNT-{id} as stock adjustments?</source>
        <translation>Registrare {n} differenza del conteggio COUNT-{id} come rettifica di magazzino?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="181"/>
        <source>Post {n} differences of count COUNT-{id} as stock adjustments?</source>
        <translation>Registrare {n} differenze del conteggio COUNT-{id} come rettifiche di magazzino?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="194"/>
        <source>Count COUNT-{id} posted: {count} adjustment(s) booked.</source>
        <translation>Conteggio COUNT-{id} registrato: rettifiche contabilizzate: {count}.</translation>
    </message>
</context>
<context>
    <name>CountedDialog</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="35"/>
        <source>Counted</source>
        <translation>Contati</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="36"/>
        <source>Units of {sku} counted in {location}:</source>
        <translation>Pezzi di {sku} contati in {location}:</translation>
    </message>
</context>
<context>
    <name>CreateRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="73"/>
        <source>Return from order {order}</source>
        <translation>Reso dall&apos;ordine {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="77"/>
        <source> of {count}</source>
        <translation> di {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="82"/>
        <source>note (needed when the reason is Other)</source>
        <translation>nota (obbligatoria se il motivo è Altro)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="92"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Average order</source>
        <translation>Ordine medio</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Free shipping</source>
        <translation>Spedizione gratuita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Just below free shipping</source>
        <translation>Appena sotto la spedizione gratuita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Late shipments</source>
        <translation>Spedizioni in ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Stock-outs / low</source>
        <translation>Esauriti / scorte basse</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="117"/>
        <source>Orders per day</source>
        <translation>Ordini al giorno</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="119"/>
        <source>Returns by reason</source>
        <translation>Resi per motivo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="121"/>
        <source>Shipping charged vs label cost</source>
        <translation>Spedizione addebitata vs costo etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Reorder point</source>
        <translation>Punto di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Export stock-outs to Excel…</source>
        <translation>Esporta esauriti in Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="138"/>
        <source>Stock-outs and low stock</source>
        <translation>Esauriti e scorte basse</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="165"/>
        <source>{count} under {threshold}</source>
        <translation>{count} sotto {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Charged</source>
        <translation>Addebitata</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Label cost</source>
        <translation>Costo etichetta</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/database.py" line="35"/>
        <source>This computer only (a local file)</source>
        <translation>Solo questo computer (un file locale)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="36"/>
        <source>Shared PostgreSQL server (several PCs)</source>
        <translation>Server PostgreSQL condiviso (più PC)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="41"/>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="49"/>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="56"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="58"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="59"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="60"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="61"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="62"/>
        <source>The password is read from PGPASSWORD or ~/.pgpass. Changes apply on the next start.</source>
        <translation>La password viene letta da PGPASSWORD o ~/.pgpass. Le modifiche valgono dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="82"/>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="83"/>
        <source>SQLite (*.sqlite3 *.db)</source>
        <translation>SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="96"/>
        <source>Connecting...</source>
        <translation>Connessione...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="97"/>
        <source>Connecting to the database...</source>
        <translation>Connessione al database...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="101"/>
        <source>Cannot connect: {error}</source>
        <translation>Impossibile connettersi: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="103"/>
        <source>Connected to {server}</source>
        <translation>Connesso a {server}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="162"/>
        <source>Select an order to see its lines, shipments and history.</source>
        <translation>Seleziona un ordine per vederne righe, spedizioni e cronologia.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <location filename="../../ui/inventory/detail.py" line="77"/>
        <source>Select a product.</source>
        <translation>Seleziona un prodotto.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>On hand</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Reserved</source>
        <translation>Riservati</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Free</source>
        <translation>Liberi</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="45"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="46"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="47"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="48"/>
        <source>Export history…</source>
        <translation>Esporta cronologia…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="56"/>
        <source>Stock by location</source>
        <translation>Giacenze per ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="57"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="94"/>
        <source>&lt;b&gt;{sku}&lt;/b&gt; · on hand {on_hand} · reserved {reserved} · available {available} · incoming {incoming}</source>
        <translation>&lt;b&gt;{sku}&lt;/b&gt; · giacenza {on_hand} · riservati {reserved} · disponibili {available} · in arrivo {incoming}</translation>
    </message>
</context>
<context>
    <name>EmailSettingsPage</name>
    <message>
        <location filename="../../ui/email_settings/page.py" line="43"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="105"/>
        <source>Sending a test email to {to}...</source>
        <translation>Invio di un&apos;email di prova a {to}...</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="113"/>
        <source>Test email sent to {to}. Check that inbox.</source>
        <translation>Email di prova inviata a {to}. Controlla quella casella.</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="115"/>
        <location filename="../../ui/email_settings/page.py" line="118"/>
        <source>The test email was not sent: {error}</source>
        <translation>L&apos;email di prova non è stata inviata: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="28"/>
        <source>Something went wrong; details are in the log. Nothing was changed by the failed step.</source>
        <translation>Si è verificato un errore; i dettagli sono nel log. Il passaggio non riuscito non ha modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="56"/>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="63"/>
        <source>Open log folder</source>
        <translation>Apri cartella log</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Exception</source>
        <translation>Eccezione</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Deliver by</source>
        <translation>Consegnare entro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Suggested action</source>
        <translation>Azione suggerita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="40"/>
        <source>Release hold</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="41"/>
        <source>Notify customer of delay</source>
        <translation>Avvisa il cliente del ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="56"/>
        <source>Order {number} released.</source>
        <translation>Ordine {number} sbloccato.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="63"/>
        <source>Delay email for order {number} queued.</source>
        <translation>Email di ritardo per l&apos;ordine {number} in coda.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="73"/>
        <source>{count} exception(s).</source>
        <translation>Eccezioni: {count}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="32"/>
        <source>Accounting workbook (.xlsx)</source>
        <translation>Cartella contabile (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="33"/>
        <source>Xero sales invoices (.csv)</source>
        <translation>Fatture di vendita Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="34"/>
        <source>Xero credit notes (.csv)</source>
        <translation>Note di credito Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="35"/>
        <source>QuickBooks invoices (.csv)</source>
        <translation>Fatture QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="36"/>
        <source>QuickBooks credit memos (.csv)</source>
        <translation>Note di credito QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="39"/>
        <source>Reading the orders…</source>
        <translation>Lettura degli ordini…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="40"/>
        <source>Reading the order lines and taxes…</source>
        <translation>Lettura delle righe d&apos;ordine e delle imposte…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="41"/>
        <source>Reading the refunds…</source>
        <translation>Lettura dei rimborsi…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="42"/>
        <source>Reading the shipments…</source>
        <translation>Lettura delle spedizioni…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="43"/>
        <source>Valuing the inventory…</source>
        <translation>Valorizzazione del magazzino…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="44"/>
        <source>Writing {name}…</source>
        <translation>Scrittura di {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="45"/>
        <source>Saving {name}…</source>
        <translation>Salvataggio di {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="79"/>
        <source>Export for the accountant</source>
        <translation>Esporta per il commercialista</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="90"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="96"/>
        <location filename="../../ui/intake/export_dialog.py" line="101"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="97"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="98"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="99"/>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="103"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="120"/>
        <source>Save export</source>
        <translation>Salva esportazione</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="128"/>
        <source>The file name must end in {suffix}.</source>
        <translation>Il nome del file deve terminare con {suffix}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="132"/>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è precedente a quella di inizio.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="154"/>
        <source>Saved {path} ({orders} orders).</source>
        <translation>Salvato {path} (ordini: {orders}).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="156"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>Impossibile salvare {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <location filename="../../ui/reports/export.py" line="23"/>
        <source>Export to Excel</source>
        <translation>Esporta in Excel</translation>
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
        <translation>Qualsiasi scadenza</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="17"/>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="18"/>
        <source>Due today</source>
        <translation>In scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="42"/>
        <source>Exceptions</source>
        <translation>Eccezioni</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="44"/>
        <source>Orders about to break their delivery promise (Reports -&gt; Exceptions)</source>
        <translation>Ordini che stanno per mancare la data di consegna promessa (Report -&gt; Eccezioni)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="51"/>
        <source>Search number, customer, email, SKU, tracking (Ctrl+F)</source>
        <translation>Cerca numero, cliente, email, SKU, tracking (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="54"/>
        <location filename="../../ui/orders/filter_bar.py" line="94"/>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="55"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exception</source>
        <translation>{count} eccezione</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exceptions</source>
        <translation>{count} eccezioni</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="33"/>
        <source>Welcome to Packline</source>
        <translation>Benvenuto in Packline</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>Load demo data (products, stock and orders to try things out)</source>
        <translation>Carica dati demo (prodotti, scorte e ordini per fare prove)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45"/>
        <source>Admin user</source>
        <translation>Utente amministratore</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>Password (at least {count} characters)</source>
        <translation>Password (almeno {count} caratteri)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Repeat password</source>
        <translation>Ripeti password</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>Demo orders</source>
        <translation>Ordini demo</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>A new database was created at
{url}

Create the first administrator account.</source>
        <translation>È stato creato un nuovo database in
{url}

Crea il primo account amministratore.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96"/>
        <source>Loading {count} demo orders...</source>
        <translation>Caricamento di {count} ordini demo...</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/settings/general.py" line="45"/>
        <source>Choose logo...</source>
        <translation>Scegli logo...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="52"/>
        <source>Language (applies at next start)</source>
        <translation>Lingua (al prossimo avvio)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="53"/>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="54"/>
        <source>Company address</source>
        <translation>Indirizzo azienda</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="55"/>
        <source>Logo for documents</source>
        <translation>Logo per i documenti</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="71"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="72"/>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Immagini (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="80"/>
        <source>(no logo)</source>
        <translation>(nessun logo)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="37"/>
        <source>Detect from headers</source>
        <translation>Rileva dalle intestazioni</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="52"/>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="55"/>
        <source>products</source>
        <translation>prodotti</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="59"/>
        <source>stock rows</source>
        <translation>righe di giacenza</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Set quantities to the file&apos;s</source>
        <translation>Imposta le quantità del file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="61"/>
        <source>Add the file&apos;s quantities</source>
        <translation>Aggiungi le quantità del file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="84"/>
        <source>Import {noun}</source>
        <translation>Importa {noun}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="86"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="90"/>
        <source>Map columns…</source>
        <translation>Mappa colonne…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="93"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="95"/>
        <source>Choose a file and press Preview.</source>
        <translation>Scegli un file e premi Anteprima.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="100"/>
        <source>Import the good {noun}, skip the bad ones</source>
        <translation>Importa {noun} senza errori, salta il resto</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="104"/>
        <source>Import nothing</source>
        <translation>Non importare nulla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="117"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="135"/>
        <source>Mapping: {name}</source>
        <translation>Mappatura: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="138"/>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="139"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Fogli di calcolo (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="146"/>
        <location filename="../../ui/intake/import_dialog.py" line="185"/>
        <source>Choose a file first.</source>
        <translation>Scegli prima un file.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Reading {noun}…</source>
        <translation>Lettura in corso: {noun}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="218"/>
        <source>{count} {noun} found: {new} new, {updated} to update, {unchanged} unchanged, {rejected} with errors (skipped), {not_applied} changes that will not be applied.</source>
        <translation>{noun} nel file: {count}; da creare: {new}, da aggiornare: {updated}, senza modifiche: {unchanged}, con errori (da saltare): {rejected}, modifiche che non verranno applicate: {not_applied}.</translation>
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
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="23"/>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="24"/>
        <source>On hand</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="25"/>
        <source>Reserved</source>
        <translation>Riservati</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="26"/>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="27"/>
        <source>Incoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="28"/>
        <source>Reorder at</source>
        <translation>Riordino a</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="124"/>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="131"/>
        <source>Low stock: {available} available, reorder at {reorder_point}</source>
        <translation>Scorte basse: {available} disponibili, riordino a {reorder_point}</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <location filename="../../ui/inventory/view.py" line="37"/>
        <source>Inventory</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="54"/>
        <source>Search SKU, barcode or name (Ctrl+F)</source>
        <translation>Cerca SKU, codice a barre o nome (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="58"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="59"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="60"/>
        <source>Export this list…</source>
        <translation>Esporta questo elenco…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="64"/>
        <source>Low stock only</source>
        <translation>Solo scorte basse</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="67"/>
        <source>All warehouses</source>
        <translation>Tutti i magazzini</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="73"/>
        <source>New product…</source>
        <translation>Nuovo prodotto…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="74"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="75"/>
        <source>Receive…</source>
        <translation>Ricevi…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="76"/>
        <source>Adjust…</source>
        <translation>Rettifica…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="77"/>
        <source>Transfer…</source>
        <translation>Trasferisci…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="105"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="106"/>
        <source>Cycle count</source>
        <translation>Inventario a rotazione</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="120"/>
        <source>Your role ({role}) may not see costs, so it cannot export.</source>
        <translation>Il tuo ruolo ({role}) non può vedere i costi, quindi non può esportare.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} product</source>
        <translation>{count} prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} products</source>
        <translation>{count} prodotti</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="149"/>
        <source>({count} loaded)</source>
        <translation>({count} caricati)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="182"/>
        <source>Select a product first.</source>
        <translation>Seleziona prima un prodotto.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="223"/>
        <source>Received {quantity} x {sku} into {location}.</source>
        <translation>Ricevuti {quantity} x {sku} in {location}.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="239"/>
        <source>Adjusted {sku} by {delta} ({reason}).</source>
        <translation>{sku} rettificato di {delta} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="254"/>
        <source>Moved {quantity} x {sku} from {source} to {target}.</source>
        <translation>Spostati {quantity} x {sku} da {source} a {target}.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/common/list_export.py" line="48"/>
        <source>Export this list</source>
        <translation>Esporta questo elenco</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="119"/>
        <source>{count} rows exported to {path}.</source>
        <translation>Righe esportate in {path}: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="129"/>
        <source>Exporting to {name}…</source>
        <translation>Esportazione in {name}…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="25"/>
        <source>Sign in to Packline</source>
        <translation>Accedi a Packline</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="34"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="35"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>Signing in failed; details are in the log.</source>
        <translation>Accesso non riuscito; i dettagli sono nel log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Inventory</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Pack station</source>
        <translation>Imballaggio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The {key} view is not available in this version; showing Orders.</source>
        <translation>La vista {key} non è disponibile in questa versione; vengono mostrati gli Ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Emails: {sent} sent, {failed} failed (Reports -&gt; Outbox)</source>
        <translation>Email: {sent} inviate, {failed} non riuscite (Report -&gt; In uscita)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Emails: {sent} sent</source>
        <translation>Email: {sent} inviate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="186"/>
        <location filename="../../ui/main_window.py" line="189"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importa ordini…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Import &amp;products…</source>
        <translation>Importa &amp;prodotti…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Import &amp;stock…</source>
        <translation>Importa &amp;giacenze…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Export &amp;accounting / Xero / QuickBooks…</source>
        <translation>Esporta &amp;contabilità / Xero / QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Export this &amp;list (XLSX/CSV)…</source>
        <translation>Esporta questo &amp;elenco (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <location filename="../../ui/main_window.py" line="202"/>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Impostazioni...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Orders</source>
        <translation>&amp;Ordini</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Open &amp;log folder</source>
        <translation>Apri cartella &amp;log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Export this list works on the Orders, Inventory and Returns lists.</source>
        <translation>«Esporta questo elenco» funziona sugli elenchi Ordini, Magazzino e Resi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/intake/mapping.py" line="29"/>
        <source>Map columns</source>
        <translation>Mappa colonne</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="31"/>
        <source>Profile name, e.g. My shop export</source>
        <translation>Nome del profilo, es. Export del mio negozio</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="34"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="35"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="50"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="52"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="54"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="55"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="57"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="58"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="62"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="64"/>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="68"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="71"/>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="73"/>
        <location filename="../../ui/orders/columns.py" line="82"/>
        <source>{date} (late)</source>
        <translation>{date} (in ritardo)</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="91"/>
        <source>ordered {when}</source>
        <translation>ordinato il {when}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="92"/>
        <source>, ship by {date}</source>
        <translation>, spedire entro il {date}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="96"/>
        <source> at {price}</source>
        <translation> a {price}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="98"/>
        <source>, bin {bins}</source>
        <translation>, ubicazione {bins}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="99"/>
        <source>allocated {allocated}, shipped {shipped}, returned {returned}</source>
        <translation>allocati {allocated}, spediti {shipped}, resi {returned}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="103"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="104"/>
        <source>Ship to</source>
        <translation>Spedire a</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="105"/>
        <source>Bill to</source>
        <translation>Fatturare a</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="108"/>
        <source>Total {total} (shipping {shipping}, tax {tax}); paid {paid}, refunded {refunded}; {status}</source>
        <translation>Totale {total} (spedizione {shipping}, imposte {tax}); pagato {paid}, rimborsato {refunded}; {status}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="113"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="117"/>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="121"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="128"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="122"/>
        <source>Shipments</source>
        <translation>Spedizioni</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="129"/>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="133"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="136"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="137"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <location filename="../../ui/orders/entry.py" line="29"/>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="30"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="31"/>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="32"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="33"/>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="34"/>
        <source>Country (ISO)</source>
        <translation>Paese (ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="35"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="47"/>
        <source>Edit order {number}</source>
        <translation>Modifica ordine {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="48"/>
        <source>New order</source>
        <translation>Nuovo ordine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="55"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Scansiona un codice a barre o digita uno SKU, poi Invio</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="65"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="66"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="74"/>
        <source>Add item</source>
        <translation>Aggiungi articolo</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <location filename="../../ui/orders/printing.py" line="66"/>
        <location filename="../../ui/orders/printing.py" line="92"/>
        <source>Select one or more orders first.</source>
        <translation>Seleziona prima uno o più ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="76"/>
        <source>Pick list: {count} order(s)</source>
        <translation>Lista di prelievo – ordini: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="86"/>
        <source>{count} order(s) moved to picking</source>
        <translation>Ordini passati in prelievo: {count}</translation>
    </message>
</context>
<context>
    <name>OrderPrompt</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="44"/>
        <source>Order number (scan the packing slip or type it):</source>
        <translation>Numero d&apos;ordine (scansiona il documento di trasporto o digitalo):</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="23"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="24"/>
        <source>Allocated</source>
        <translation>Allocato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="25"/>
        <source>Backordered</source>
        <translation>In arretrato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="26"/>
        <source>Picking</source>
        <translation>In prelievo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="27"/>
        <source>Packed</source>
        <translation>Imballato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="28"/>
        <source>Partially shipped</source>
        <translation>Spedito in parte</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="29"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="30"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="31"/>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="32"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders/view.py" line="65"/>
        <location filename="../../ui/orders/view.py" line="149"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="127"/>
        <source>&amp;New order</source>
        <translation>&amp;Nuovo ordine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="129"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Alloca</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="130"/>
        <source>&amp;Hold</source>
        <translation>&amp;Metti in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="131"/>
        <source>&amp;Release hold</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="132"/>
        <source>&amp;Cancel order</source>
        <translation>&amp;Annulla ordine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="133"/>
        <source>&amp;Ship</source>
        <translation>&amp;Spedisci</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="134"/>
        <source>Mark &amp;delivered</source>
        <translation>Segna come &amp;consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="135"/>
        <source>Print &amp;pick list</source>
        <translation>Stampa &amp;lista di prelievo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="137"/>
        <source>Print packing &amp;slips</source>
        <translation>Stampa &amp;documenti di trasporto</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="139"/>
        <source>Print &amp;labels</source>
        <translation>Stampa &amp;etichette</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="141"/>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;sporta questo elenco…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="142"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="143"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} orders</source>
        <translation>Ordini: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} order</source>
        <translation>Ordini: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="277"/>
        <source>Select one or more orders first.</source>
        <translation>Seleziona prima uno o più ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="300"/>
        <source>Your role ({role}) may not see prices, so it cannot export orders.</source>
        <translation>Il tuo ruolo ({role}) non può vedere i prezzi, quindi non può esportare gli ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} order allocated</source>
        <translation>{n} ordine allocato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} orders allocated</source>
        <translation>{n} ordini allocati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="317"/>
        <source> ({short} backordered)</source>
        <translation> ({short} in arretrato)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} order on hold</source>
        <translation>{n} ordine in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} orders on hold</source>
        <translation>{n} ordini in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} order released</source>
        <translation>{n} ordine sbloccato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} orders released</source>
        <translation>{n} ordini sbloccati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="330"/>
        <source>Cancel {n} order? Reserved stock goes back on the shelf.</source>
        <translation>Annullare {n} ordine? La merce riservata torna a scaffale.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="331"/>
        <source>Cancel {n} orders? Reserved stock goes back on the shelf.</source>
        <translation>Annullare {n} ordini? La merce riservata torna a scaffale.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} order cancelled</source>
        <translation>{n} ordine annullato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} orders cancelled</source>
        <translation>{n} ordini annullati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="339"/>
        <source>{n} order marked delivered</source>
        <translation>{n} ordine segnato come consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="340"/>
        <source>{n} orders marked delivered</source>
        <translation>{n} ordini segnati come consegnati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="345"/>
        <source>Select the order to ship first.</source>
        <translation>Seleziona prima l&apos;ordine da spedire.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="353"/>
        <source>Order {order} shipped ({items} items, {shipment})</source>
        <translation>Ordine {order} spedito ({items} articoli, {shipment})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="368"/>
        <source>Order {number} created</source>
        <translation>Ordine {number} creato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="374"/>
        <source>Select the order to edit first.</source>
        <translation>Seleziona prima l&apos;ordine da modificare.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="379"/>
        <source>Order {number} saved</source>
        <translation>Ordine {number} salvato</translation>
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
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Next attempt</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="22"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="33"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="45"/>
        <source>Message {id} will be sent again shortly.</source>
        <translation>Il messaggio {id} verrà reinviato a breve.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="55"/>
        <source>(no email)</source>
        <translation>(nessuna email)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="57"/>
        <source>{count} message(s), {failed} failed.</source>
        <translation>Messaggi: {count}, non riusciti: {failed}.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="16"/>
        <source>Override verification</source>
        <translation>Salta verifica</translation>
    </message>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="17"/>
        <source>Pack order {order} without scanning {missing}?
This is logged with your name. Reason:</source>
        <translation>Imballare l&apos;ordine {order} senza scansionare {missing}?
Verrà registrato con il tuo nome. Motivo:</translation>
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
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Verified</source>
        <translation>Verificati</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="17"/>
        <source>Expected</source>
        <translation>Previsti</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <location filename="../../ui/pack/view.py" line="41"/>
        <source>Scan the packing slip (or type the order number) and press Enter.</source>
        <translation>Scansiona il documento di trasporto (o digita il numero d&apos;ordine) e premi Invio.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="57"/>
        <source>Pack station</source>
        <translation>Imballaggio</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="80"/>
        <source>Scan here</source>
        <translation>Scansiona qui</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="92"/>
        <source>e.g. Ground, Express</source>
        <translation>es. Standard, Express</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="98"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="99"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="101"/>
        <source>Override verification…</source>
        <translation>Salta verifica…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="104"/>
        <source>Cancel order (Esc)</source>
        <translation>Metti da parte (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="108"/>
        <source>Put the order aside</source>
        <translation>Metti da parte l&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="109"/>
        <source>Reload the order</source>
        <translation>Ricarica l&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="178"/>
        <source>Loading order {number}…</source>
        <translation>Caricamento ordine {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="197"/>
        <source>Order {number}: scan each item ({units} units).</source>
        <translation>Ordine {number}: scansiona ogni articolo ({units} pezzi).</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="218"/>
        <source>All {units} units verified. Packing…</source>
        <translation>Tutti i {units} pezzi verificati. Imballaggio…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="247"/>
        <source>Overriding verification of {number}…</source>
        <translation>Salto della verifica di {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="260"/>
        <source>Order {number} packed. Scan or type the tracking number.</source>
        <translation>Ordine {number} imballato. Scansiona o digita il numero di tracking.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="270"/>
        <source>Shipping {number} with {carrier} {tracking}…</source>
        <translation>Spedizione di {number} con {carrier} {tracking}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="278"/>
        <source>Order {number} shipped ({carrier} {tracking}, {shipment}). Scan the next packing slip.</source>
        <translation>Ordine {number} spedito ({carrier} {tracking}, {shipment}). Scansiona il prossimo documento di trasporto.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="291"/>
        <source> It stays packed; scan its slip again to ship it.</source>
        <translation> Resta imballato; scansiona di nuovo il documento per spedirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="295"/>
        <source>Order {number} put aside.</source>
        <translation>Ordine {number} messo da parte.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="309"/>
        <source>No order</source>
        <translation>Nessun ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="310"/>
        <source>Order {number} · {customer} · {verified} of {expected} units verified</source>
        <translation>Ordine {number} · {customer} · {verified} di {expected} pezzi verificati</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="327"/>
        <source>✖ The last step failed.</source>
        <translation>✖ L&apos;ultimo passaggio non è riuscito.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="26"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
</context>
<context>
    <name>PrinterProfileEditor</name>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="40"/>
        <source>Print test label</source>
        <translation>Stampa etichetta di prova</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Label printer</source>
        <translation>Stampante per etichette</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Language</source>
        <translation>Linguaggio</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Resolution (dpi)</source>
        <translation>Risoluzione (dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Label size</source>
        <translation>Formato etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Offset x</source>
        <translation>Spostamento x</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Offset y</source>
        <translation>Spostamento y</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Darkness</source>
        <translation>Intensità di stampa</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Document printer</source>
        <translation>Stampante per documenti</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <location filename="../../ui/printing/defaults.py" line="16"/>
        <source>No label printer set up: Settings -&gt; Printers</source>
        <translation>Nessuna stampante per etichette configurata: Impostazioni -&gt; Stampanti</translation>
    </message>
    <message>
        <location filename="../../ui/printing/defaults.py" line="17"/>
        <source>No document printer set up: Settings -&gt; Printers</source>
        <translation>Nessuna stampante per documenti configurata: Impostazioni -&gt; Stampanti</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/settings/printers.py" line="27"/>
        <source>(new printer)</source>
        <translation>(nuova stampante)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="28"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="47"/>
        <source>Test label not printed: {error}</source>
        <translation>Etichetta di prova non stampata: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="50"/>
        <source>Test label sent to {name}.</source>
        <translation>Etichetta di prova inviata a {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="64"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="75"/>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="79"/>
        <source>This PC&apos;s label printer</source>
        <translation>Stampante etichette di questo PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="80"/>
        <source>This PC&apos;s document printer</source>
        <translation>Stampante documenti di questo PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="121"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>La stampante {name} ha impostazioni non valide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="131"/>
        <source>Sending a test label to {name}…</source>
        <translation>Invio di un&apos;etichetta di prova a {name}…</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>Product {sku}</source>
        <translation>Prodotto {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="58"/>
        <source>EAN-13, UPC-A, EAN-8 or any code</source>
        <translation>EAN-13, UPC-A, EAN-8 o qualsiasi codice</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>length</source>
        <translation>lunghezza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>width</source>
        <translation>larghezza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="64"/>
        <source>height</source>
        <translation>altezza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="67"/>
        <source>Sold</source>
        <translation>In vendita</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="68"/>
        <source>Allow negative stock</source>
        <translation>Consenti giacenza negativa</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="70"/>
        <source>kit only: CUP*2, SAUCER*1</source>
        <translation>solo kit: CUP*2, SAUCER*1</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="77"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="78"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="82"/>
        <source>Only managers and admins change prices.</source>
        <translation>Solo responsabili e amministratori modificano i prezzi.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="89"/>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="90"/>
        <source>Size (cm)</source>
        <translation>Dimensioni (cm)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="91"/>
        <source>Reorder point</source>
        <translation>Punto di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="92"/>
        <source>Reorder quantity</source>
        <translation>Quantità di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="95"/>
        <source>Kit components</source>
        <translation>Componenti del kit</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/common/progress.py" line="34"/>
        <source>Cancelled. The unfinished step was not saved.</source>
        <translation>Annullato. Il passaggio non completato non è stato salvato.</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress.py" line="102"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="54"/>
        <source>Receive {sku}</source>
        <translation>Ricevi {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="58"/>
        <source>No purchase order</source>
        <translation>Nessun ordine d&apos;acquisto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="60"/>
        <source>{number} · {supplier} · {remaining} expected</source>
        <translation>{number} · {supplier} · {remaining} attesi</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="62"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="63"/>
        <source>Into</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="64"/>
        <source>Against</source>
        <translation>Per</translation>
    </message>
</context>
<context>
    <name>ReceiveRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="101"/>
        <source>Receive {rma}</source>
        <translation>Ricevi {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Disposition</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Bin</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="106"/>
        <source> of {count}</source>
        <translation> di {count}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="133"/>
        <source>Refund order {order}</source>
        <translation>Rimborsa ordine {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Each</source>
        <translation>Cad.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="138"/>
        <source> of {count}</source>
        <translation> di {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="143"/>
        <source>up to {amount}</source>
        <translation>fino a {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="147"/>
        <source>why (shown in the order&apos;s timeline)</source>
        <translation>perché (appare nella cronologia dell&apos;ordine)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="149"/>
        <source>Shipping refund</source>
        <translation>Rimborso spedizione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="150"/>
        <source>Restocking fee</source>
        <translation>Costo di rientro</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="178"/>
        <source>&lt;b&gt;Refund {total} {currency}&lt;/b&gt; of {left} left to refund.</source>
        <translation>&lt;b&gt;Rimborso di {total} {currency}&lt;/b&gt; su {left} ancora rimborsabili.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="182"/>
        <source>Your limit is {limit} {currency}; a manager must refund this.</source>
        <translation>Il tuo limite è {limit} {currency}; questo rimborso deve farlo un responsabile.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="183"/>
        <source>Your limit is {limit} {currency}.</source>
        <translation>Il tuo limite è {limit} {currency}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="188"/>
        <source>That is more than was paid and not yet refunded.</source>
        <translation>È più di quanto pagato e non ancora rimborsato.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="39"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="56"/>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="57"/>
        <source>Exceptions</source>
        <translation>Eccezioni</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="58"/>
        <source>Outbox</source>
        <translation>In uscita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="62"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <location filename="../../ui/returns/view.py" line="29"/>
        <source>Open</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="30"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="31"/>
        <source>Authorised</source>
        <translation>Autorizzati</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="32"/>
        <source>Partially received</source>
        <translation>Ricevuti in parte</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="33"/>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="34"/>
        <source>All refunds</source>
        <translation>Tutti i rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="35"/>
        <source>Partially refunded orders</source>
        <translation>Ordini rimborsati in parte</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="36"/>
        <source>Fully refunded orders</source>
        <translation>Ordini rimborsati interamente</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="58"/>
        <source>Returns</source>
        <translation>Resi</translation>
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
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Units</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <location filename="../../ui/returns/view.py" line="224"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>Order payment</source>
        <translation>Pagamento ordine</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="71"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="83"/>
        <source>New return…</source>
        <translation>Nuovo reso…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="84"/>
        <source>Receive…</source>
        <translation>Ricevi…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="85"/>
        <source>Refund…</source>
        <translation>Rimborsa…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="86"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="87"/>
        <source>Export this list…</source>
        <translation>Esporta questo elenco…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="91"/>
        <location filename="../../ui/returns/view.py" line="93"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="99"/>
        <source>Returns:</source>
        <translation>Resi:</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="103"/>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="169"/>
        <source>New return</source>
        <translation>Nuovo reso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="179"/>
        <source>Order {number} has nothing shipped that is not already returned.</source>
        <translation>L&apos;ordine {number} non ha articoli spediti che non siano già stati resi.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="186"/>
        <source>{rma} authorised for order {order}: {units} unit(s).</source>
        <translation>{rma} autorizzato per l&apos;ordine {order} (pezzi: {units}).</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="196"/>
        <source>Select a return to receive.</source>
        <translation>Seleziona un reso da ricevere.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="211"/>
        <source>{quantity} x {sku} {disposition} to {location}</source>
        <translation>{quantity} x {sku} {disposition} in {location}</translation>
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
        <translation>{refund}: rimborsati {amount} {currency} sull&apos;ordine {order}.</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../ui/common/role_gate.py" line="28"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>Il tuo ruolo ({role}) non ha il permesso: {permission}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="23"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="30"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="31"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="33"/>
        <source>Printers</source>
        <translation>Stampanti</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="37"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../ui/orders/ship.py" line="33"/>
        <source>Ship order {number}</source>
        <translation>Spedisci ordine {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="39"/>
        <source>Scan or type the tracking number</source>
        <translation>Scansiona o digita il numero di tracking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="41"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="42"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="43"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="53"/>
        <source>{sku} ({to_ship} to ship, {ready} allocated)</source>
        <translation>{sku} ({to_ship} da spedire, {ready} allocati)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="60"/>
        <source>Lower a quantity to ship part of the order now (a split shipment).</source>
        <translation>Riduci una quantità per spedire ora solo una parte dell&apos;ordine (spedizione frazionata).</translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="16"/>
        <source>None (unencrypted)</source>
        <translation>Nessuna (non cifrata)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="24"/>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="40"/>
        <source>Shop name &lt;orders@example.com&gt;</source>
        <translation>Nome negozio &lt;orders@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="43"/>
        <source>Send test email</source>
        <translation>Invia email di prova</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="49"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="51"/>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="57"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="58"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="59"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="61"/>
        <source>From address</source>
        <translation>Indirizzo mittente</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="62"/>
        <source>Test to</source>
        <translation>Prova a</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <location filename="../../ui/email_settings/smtp_form.py" line="84"/>
        <source>Saved; type a new one to replace it</source>
        <translation>Salvata; digitane una nuova per sostituirla</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <source>Not saved yet</source>
        <translation>Non ancora salvata</translation>
    </message>
</context>
<context>
    <name>StoredValues</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="19"/>
        <source>Wrong item</source>
        <translation>Articolo sbagliato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="20"/>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="21"/>
        <source>Not as described</source>
        <translation>Non conforme alla descrizione</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="22"/>
        <source>Changed mind</source>
        <translation>Ripensamento</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="23"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="24"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="25"/>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="26"/>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="27"/>
        <source>Restock</source>
        <translation>Rimetti a magazzino</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="28"/>
        <source>Quarantine</source>
        <translation>Quarantena</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="29"/>
        <source>Scrap</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="30"/>
        <source>Return to vendor</source>
        <translation>Reso al fornitore</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="31"/>
        <source>Original payment</source>
        <translation>Pagamento originale</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="32"/>
        <source>Store credit</source>
        <translation>Credito negozio</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="33"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="34"/>
        <source>Authorised</source>
        <translation>Autorizzato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="35"/>
        <source>Partially received</source>
        <translation>Ricevuto in parte</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="36"/>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="37"/>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="38"/>
        <source>Authorized</source>
        <translation>Autorizzato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="39"/>
        <source>Partially paid</source>
        <translation>Pagato in parte</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="40"/>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="41"/>
        <source>Partially refunded</source>
        <translation>Rimborsato in parte</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="42"/>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="43"/>
        <source>Voided</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="44"/>
        <source>Receipt</source>
        <translation>Ricevimento</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="45"/>
        <source>Adjustment</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="46"/>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="47"/>
        <source>Shipment</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="48"/>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="49"/>
        <source>Cycle count</source>
        <translation>Inventario a rotazione</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="50"/>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="51"/>
        <source>Found</source>
        <translation>Ritrovato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="52"/>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="53"/>
        <source>Theft</source>
        <translation>Furto</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="54"/>
        <source>Correction</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="55"/>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="56"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="57"/>
        <source>Clerk</source>
        <translation>Impiegato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="58"/>
        <source>Packer</source>
        <translation>Imballatore</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="59"/>
        <source>Due today</source>
        <translation>In scadenza oggi</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="60"/>
        <source>Late to ship</source>
        <translation>In ritardo per la spedizione</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="61"/>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="62"/>
        <source>Backordered past the promise</source>
        <translation>In attesa di merce oltre la data promessa</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="63"/>
        <source>Late delivery</source>
        <translation>Consegna in ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="64"/>
        <source>On hold too long</source>
        <translation>In sospeso da troppo tempo</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="65"/>
        <source>Order received</source>
        <translation>Ordine ricevuto</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="66"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="67"/>
        <source>Return authorised</source>
        <translation>Reso autorizzato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="68"/>
        <source>Refund issued</source>
        <translation>Rimborso emesso</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="69"/>
        <source>Delayed</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="70"/>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="71"/>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="72"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="73"/>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="74"/>
        <source>In transit</source>
        <translation>In transito</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="75"/>
        <source>Out for delivery</source>
        <translation>In consegna</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="76"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="77"/>
        <source>Carrier exception</source>
        <translation>Anomalia del corriere</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="78"/>
        <source>Returned to sender</source>
        <translation>Restituito al mittente</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="36"/>
        <source>Customer email templates</source>
        <translation>Modelli email per i clienti</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="61"/>
        <source>Save template</source>
        <translation>Salva modello</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="62"/>
        <source>Revert to built-in</source>
        <translation>Ripristina predefinito</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="84"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="86"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="93"/>
        <source>Plain text (first block is the subject)</source>
        <translation>Testo semplice (il primo blocco è l&apos;oggetto)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="95"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="96"/>
        <source>Plain-text part</source>
        <translation>Parte in testo semplice</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="176"/>
        <source>The template could not be saved: {error}</source>
        <translation>Impossibile salvare il modello: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="190"/>
        <source>The edited template could not be removed: {error}</source>
        <translation>Impossibile rimuovere il modello modificato: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Edited on this PC</source>
        <translation>Modificato su questo PC</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Built-in</source>
        <translation>Predefinito</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="26"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="27"/>
        <source>Edited</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="28"/>
        <source>Updated by an import</source>
        <translation>Aggiornato da un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="29"/>
        <source>Stock allocated</source>
        <translation>Merce assegnata</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="30"/>
        <source>Stock released</source>
        <translation>Merce liberata</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="31"/>
        <source>Printed</source>
        <translation>Stampato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="32"/>
        <source>Shipment sent</source>
        <translation>Spedizione inviata</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="33"/>
        <source>Shipped, as the channel reported</source>
        <translation>Spedito, secondo il canale</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="34"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="35"/>
        <source>Packing verified</source>
        <translation>Imballaggio verificato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="36"/>
        <source>Scan refused at packing</source>
        <translation>Scansione rifiutata all&apos;imballaggio</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="37"/>
        <source>Packing verification overridden</source>
        <translation>Verifica dell&apos;imballaggio scavalcata</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="38"/>
        <source>Return authorised</source>
        <translation>Reso autorizzato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="39"/>
        <source>Return received</source>
        <translation>Reso ricevuto</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="40"/>
        <source>Email queued</source>
        <translation>Email in coda</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="41"/>
        <source>Email skipped</source>
        <translation>Email saltata</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="42"/>
        <source>Email sent</source>
        <translation>Email inviata</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="43"/>
        <source>Email failed</source>
        <translation>Email non riuscita</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="44"/>
        <source>Email retried</source>
        <translation>Email ritentata</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="58"/>
        <source>Tracking: {state}</source>
        <translation>Tracciamento: {state}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="102"/>
        <source>Transfer {sku}</source>
        <translation>Trasferisci {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="107"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="108"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="109"/>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <location filename="../../ui/settings/users.py" line="37"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="31"/>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="33"/>
        <source>Set role of selected</source>
        <translation>Imposta ruolo del selezionato</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="36"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <source>Password ({count}+ characters)</source>
        <translation>Password (almeno {count} caratteri)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="71"/>
        <source>Select a user first.</source>
        <translation>Seleziona prima un utente.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="83"/>
        <source>Saved {name}.</source>
        <translation>{name} salvato.</translation>
    </message>
</context>
</TS>
