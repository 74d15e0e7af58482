<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="83"/>
        <source>Adjust {sku}</source>
        <translation>Rettifica {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="85"/>
        <source>Negative takes units out, positive adds units.</source>
        <translation>Un valore negativo toglie pezzi, uno positivo li aggiunge.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="88"/>
        <source>what happened</source>
        <translation>cosa è successo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="89"/>
        <source>Change (+/-)</source>
        <translation>Variazione (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="90"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="91"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="92"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>Start with --db URL, or fix the database in Settings.</source>
        <translation>Avvia con --db URL oppure correggi il database in Impostazioni.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch.py" line="43"/>
        <source>Order number</source>
        <translation>Numero d&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="43"/>
        <source>Bin</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="45"/>
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="46"/>
        <source>packing slip</source>
        <translation>documento di trasporto</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="99"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>La stampante {name} ha impostazioni non valide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="152"/>
        <source>Print {count} order(s)</source>
        <translation>Stampa ordini ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="163"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="164"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="165"/>
        <source>Retry failed</source>
        <translation>Riprova non riusciti</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="166"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="174"/>
        <source>Order by</source>
        <translation>Ordina per</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="175"/>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="183"/>
        <source>Not printed:</source>
        <translation>Non stampati:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="210"/>
        <source>Reading orders…</source>
        <translation>Lettura degli ordini…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="218"/>
        <location filename="../../ui/printing/batch.py" line="252"/>
        <source>Reading the orders failed; details are in the log.</source>
        <translation>Lettura degli ordini non riuscita; i dettagli sono nel log.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="226"/>
        <source>Printing {count} order(s)…</source>
        <translation>Stampa degli ordini in corso ({count})…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="261"/>
        <source>Cancelling after the current job…</source>
        <translation>Annullamento dopo il lavoro in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="298"/>
        <source>Printed, but the print record was not saved: {error}</source>
        <translation>Stampato, ma la registrazione della stampa non è stata salvata: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="307"/>
        <source>Printing failed; details are in the log.</source>
        <translation>Stampa non riuscita; i dettagli sono nel log.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="311"/>
        <source>not sent (cancelled)</source>
        <translation>non inviato (annullato)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="312"/>
        <source>{document} {number}: {reason}</source>
        <translation>{document} {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="316"/>
        <source>{printed} printed, {waiting} waiting for Retry</source>
        <translation>Stampati: {printed}, in attesa di Riprova: {waiting}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="317"/>
        <source>{printed} printed</source>
        <translation>Stampati: {printed}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="318"/>
        <source>{summary} (cancelled).</source>
        <translation>{summary} (annullato).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="319"/>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="52"/>
        <source>Export to Excel…</source>
        <translation>Esporta in Excel…</translation>
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
        <location filename="../../ui/returns/dialogs.py" line="79"/>
        <source>Return from order {order}</source>
        <translation>Reso dall&apos;ordine {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="83"/>
        <source> of {count}</source>
        <translation> di {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="88"/>
        <source>note (needed for reason &apos;other&apos;)</source>
        <translation>nota (obbligatoria per il motivo &apos;other&apos;)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="83"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <source>Average order</source>
        <translation>Ordine medio</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="94"/>
        <source>Free shipping</source>
        <translation>Spedizione gratuita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="94"/>
        <source>Just below free shipping</source>
        <translation>Appena sotto la spedizione gratuita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>Late shipments</source>
        <translation>Spedizioni in ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="96"/>
        <source>Stock-outs / low</source>
        <translation>Esauriti / scorte basse</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="108"/>
        <source>Orders per day</source>
        <translation>Ordini al giorno</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="110"/>
        <source>Returns by reason</source>
        <translation>Resi per motivo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="112"/>
        <source>Shipping charged vs label cost</source>
        <translation>Spedizione addebitata vs costo etichetta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>Reorder point</source>
        <translation>Punto di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="118"/>
        <source>Export stock-outs to Excel…</source>
        <translation>Esporta esauriti in Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="129"/>
        <source>Stock-outs and low stock</source>
        <translation>Esauriti e scorte basse</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="196"/>
        <source>Charged</source>
        <translation>Addebitata</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="196"/>
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
        <location filename="../../ui/orders/detail.py" line="113"/>
        <source>Select an order to see its lines, shipments and history.</source>
        <translation>Seleziona un ordine per vederne righe, spedizioni e cronologia.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="31"/>
        <location filename="../../ui/inventory/detail.py" line="51"/>
        <source>Select a product.</source>
        <translation>Seleziona un prodotto.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="33"/>
        <source>Location</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="33"/>
        <source>On hand</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="34"/>
        <source>Reserved</source>
        <translation>Riservati</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="34"/>
        <source>Free</source>
        <translation>Liberi</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="36"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="36"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="36"/>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="37"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="37"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="37"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>Stock by location</source>
        <translation>Giacenze per ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="68"/>
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
        <location filename="../../ui/email_settings/page.py" line="117"/>
        <source>The test email was not sent: {error}</source>
        <translation>L&apos;email di prova non è stata inviata: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="22"/>
        <source>Something went wrong; details are in the log. Nothing was changed by the failed step.</source>
        <translation>Si è verificato un errore; i dettagli sono nel log. Il passaggio non riuscito non ha modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="40"/>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="47"/>
        <source>Open log folder</source>
        <translation>Apri cartella log</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="20"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="20"/>
        <source>Exception</source>
        <translation>Eccezione</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="21"/>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="21"/>
        <source>Deliver by</source>
        <translation>Consegnare entro</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="22"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="22"/>
        <source>Suggested action</source>
        <translation>Azione suggerita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="35"/>
        <source>Release hold</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="36"/>
        <source>Notify customer of delay</source>
        <translation>Avvisa il cliente del ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="51"/>
        <source>Order {number} released.</source>
        <translation>Ordine {number} sbloccato.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="58"/>
        <source>Delay email for order {number} queued.</source>
        <translation>Email di ritardo per l&apos;ordine {number} in coda.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="67"/>
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
        <location filename="../../ui/reports/export.py" line="19"/>
        <source>Export to Excel</source>
        <translation>Esporta in Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="20"/>
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
        <location filename="../../ui/first_run.py" line="94"/>
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
        <location filename="../../ui/intake/import_dialog.py" line="30"/>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="30"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>Detect from headers</source>
        <translation>Rileva dalle intestazioni</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="51"/>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="54"/>
        <source>products</source>
        <translation>prodotti</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="58"/>
        <source>stock rows</source>
        <translation>righe di giacenza</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="59"/>
        <source>Set quantities to the file&apos;s</source>
        <translation>Imposta le quantità del file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Add the file&apos;s quantities</source>
        <translation>Aggiungi le quantità del file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="83"/>
        <source>Import {noun}</source>
        <translation>Importa {noun}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="85"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="89"/>
        <source>Map columns…</source>
        <translation>Mappa colonne…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="92"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="94"/>
        <source>Choose a file and press Preview.</source>
        <translation>Scegli un file e premi Anteprima.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="99"/>
        <source>Import the good {noun}, skip the bad ones</source>
        <translation>Importa {noun} senza errori, salta il resto</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="103"/>
        <source>Import nothing</source>
        <translation>Non importare nulla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="116"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="134"/>
        <source>Mapping: {name}</source>
        <translation>Mappatura: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="137"/>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="138"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Fogli di calcolo (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="145"/>
        <location filename="../../ui/intake/import_dialog.py" line="184"/>
        <source>Choose a file first.</source>
        <translation>Scegli prima un file.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="174"/>
        <source>Reading {noun}…</source>
        <translation>Lettura in corso: {noun}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="174"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="217"/>
        <source>{count} {noun} found: {new} new, {updated} to update, {unchanged} unchanged, {rejected} with errors (skipped), {not_applied} changes that will not be applied.</source>
        <translation>{noun} nel file: {count}; da creare: {new}, da aggiornare: {updated}, senza modifiche: {unchanged}, con errori (da saltare): {rejected}, modifiche che non verranno applicate: {not_applied}.</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../../ui/inventory/model.py" line="21"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="21"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="22"/>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="23"/>
        <source>On hand</source>
        <translation>Giacenza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="24"/>
        <source>Reserved</source>
        <translation>Riservati</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="25"/>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="26"/>
        <source>Incoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="27"/>
        <source>Reorder at</source>
        <translation>Riordino a</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="121"/>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="128"/>
        <source>Low stock: {available} available, reorder at {reorder_point}</source>
        <translation>Scorte basse: {available} disponibili, riordino a {reorder_point}</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <location filename="../../ui/inventory/view.py" line="34"/>
        <source>Inventory</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="51"/>
        <source>Search SKU, barcode or name (Ctrl+F)</source>
        <translation>Cerca SKU, codice a barre o nome (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="55"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="56"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="57"/>
        <source>Export this list…</source>
        <translation>Esporta questo elenco…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="61"/>
        <source>Low stock only</source>
        <translation>Solo scorte basse</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="64"/>
        <source>All warehouses</source>
        <translation>Tutti i magazzini</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="70"/>
        <source>New product…</source>
        <translation>Nuovo prodotto…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="71"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="72"/>
        <source>Receive…</source>
        <translation>Ricevi…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="73"/>
        <source>Adjust…</source>
        <translation>Rettifica…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="74"/>
        <source>Transfer…</source>
        <translation>Trasferisci…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="79"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>Il tuo ruolo ({role}) non ha il permesso: {permission}.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="108"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="109"/>
        <source>Cycle count</source>
        <translation>Inventario a rotazione</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="123"/>
        <source>Your role ({role}) may not see costs, so it cannot export.</source>
        <translation>Il tuo ruolo ({role}) non può vedere i costi, quindi non può esportare.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="183"/>
        <source>Select a product first.</source>
        <translation>Seleziona prima un prodotto.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="224"/>
        <source>Received {quantity} x {sku} into {location}.</source>
        <translation>Ricevuti {quantity} x {sku} in {location}.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="240"/>
        <source>Adjusted {sku} by {delta} ({reason}).</source>
        <translation>{sku} rettificato di {delta} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="255"/>
        <source>Moved {quantity} x {sku} from {source} to {target}.</source>
        <translation>Spostati {quantity} x {sku} da {source} a {target}.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/common/list_export.py" line="40"/>
        <source>Export this list</source>
        <translation>Esporta questo elenco</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="97"/>
        <source>{count} rows exported to {path}.</source>
        <translation>Righe esportate in {path}: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="105"/>
        <source>Exporting to {name}…</source>
        <translation>Esportazione in {name}…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="19"/>
        <source>Sign in to Packline</source>
        <translation>Accedi a Packline</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="28"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="29"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="48"/>
        <source>Signing in failed; details are in the log.</source>
        <translation>Accesso non riuscito; i dettagli sono nel log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>Inventory</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Pack station</source>
        <translation>Imballaggio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>The {key} view is not available in this version; showing Orders.</source>
        <translation>La vista {key} non è disponibile in questa versione; vengono mostrati gli Ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Emails: {sent} sent, {failed} failed (Reports -&gt; Outbox)</source>
        <translation>Email: {sent} inviate, {failed} non riuscite (Report -&gt; In uscita)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Emails: {sent} sent</source>
        <translation>Email: {sent} inviate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <location filename="../../ui/main_window.py" line="183"/>
        <location filename="../../ui/main_window.py" line="186"/>
        <location filename="../../ui/main_window.py" line="188"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importa ordini…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Import &amp;products…</source>
        <translation>Importa &amp;prodotti…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Import &amp;stock…</source>
        <translation>Importa &amp;giacenze…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Export &amp;accounting / Xero / QuickBooks…</source>
        <translation>Esporta &amp;contabilità / Xero / QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Export this &amp;list (XLSX/CSV)…</source>
        <translation>Esporta questo &amp;elenco (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <location filename="../../ui/main_window.py" line="199"/>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Impostazioni...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Orders</source>
        <translation>&amp;Ordini</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Open &amp;log folder</source>
        <translation>Apri cartella &amp;log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Export this list works on the Orders and Inventory lists.</source>
        <translation>«Esporta questo elenco» funziona sugli elenchi Ordini e Magazzino.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
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
        <location filename="../../ui/orders/columns.py" line="49"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="50"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="52"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="53"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="54"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="55"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="59"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="61"/>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="65"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="68"/>
        <source>Ship by</source>
        <translation>Spedire entro</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="78"/>
        <source>{date} (late)</source>
        <translation>{date} (in ritardo)</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="50"/>
        <source>ordered {when}</source>
        <translation>ordinato il {when}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="51"/>
        <source>, ship by {date}</source>
        <translation>, spedire entro il {date}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="55"/>
        <source> at {price}</source>
        <translation> a {price}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="56"/>
        <source>, bin {bins}</source>
        <translation>, ubicazione {bins}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="57"/>
        <source>allocated {allocated}, shipped {shipped}, returned {returned}</source>
        <translation>allocati {allocated}, spediti {shipped}, resi {returned}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="61"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="63"/>
        <source>Ship to</source>
        <translation>Spedire a</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="64"/>
        <source>Bill to</source>
        <translation>Fatturare a</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="67"/>
        <source>Total {total} (shipping {shipping}, tax {tax}); paid {paid}, refunded {refunded}; {status}</source>
        <translation>Totale {total} (spedizione {shipping}, imposte {tax}); pagato {paid}, rimborsato {refunded}; {status}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="72"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="74"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="74"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="75"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="75"/>
        <location filename="../../ui/orders/detail.py" line="93"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="76"/>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="79"/>
        <source>Shipment</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="79"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="80"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="80"/>
        <location filename="../../ui/orders/detail.py" line="86"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="81"/>
        <location filename="../../ui/orders/detail.py" line="87"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="82"/>
        <source>Shipments</source>
        <translation>Spedizioni</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="86"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="88"/>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="91"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="93"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="93"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="94"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="95"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <location filename="../../ui/orders/entry.py" line="25"/>
        <location filename="../../ui/orders/entry.py" line="54"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="26"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="27"/>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="28"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="29"/>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="30"/>
        <source>Country (ISO)</source>
        <translation>Paese (ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="31"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="41"/>
        <source>Edit order {number}</source>
        <translation>Modifica ordine {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="42"/>
        <source>New order</source>
        <translation>Nuovo ordine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="49"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Scansiona un codice a barre o digita uno SKU, poi Invio</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="54"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="54"/>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="57"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="58"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="66"/>
        <source>Add item</source>
        <translation>Aggiungi articolo</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <location filename="../../ui/orders/printing.py" line="61"/>
        <location filename="../../ui/orders/printing.py" line="86"/>
        <source>Select one or more orders first.</source>
        <translation>Seleziona prima uno o più ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="70"/>
        <source>Pick list: {count} order(s)</source>
        <translation>Lista di prelievo – ordini: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="80"/>
        <source>{count} order(s) moved to picking</source>
        <translation>Ordini passati in prelievo: {count}</translation>
    </message>
</context>
<context>
    <name>OrderPrompt</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="42"/>
        <source>Order number (scan the packing slip or type it):</source>
        <translation>Numero d&apos;ordine (scansiona il documento di trasporto o digitalo):</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="21"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="22"/>
        <source>Allocated</source>
        <translation>Allocato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="23"/>
        <source>Backordered</source>
        <translation>In arretrato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="24"/>
        <source>Picking</source>
        <translation>In prelievo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="25"/>
        <source>Packed</source>
        <translation>Imballato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="26"/>
        <source>Partially shipped</source>
        <translation>Spedito in parte</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="27"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="28"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="29"/>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="30"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders/view.py" line="53"/>
        <location filename="../../ui/orders/view.py" line="137"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="115"/>
        <source>&amp;New order</source>
        <translation>&amp;Nuovo ordine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="117"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Alloca</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="118"/>
        <source>&amp;Hold</source>
        <translation>&amp;Metti in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="119"/>
        <source>&amp;Release hold</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="120"/>
        <source>&amp;Cancel order</source>
        <translation>&amp;Annulla ordine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="121"/>
        <source>&amp;Ship</source>
        <translation>&amp;Spedisci</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="122"/>
        <source>Mark &amp;delivered</source>
        <translation>Segna come &amp;consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="123"/>
        <source>Print &amp;pick list</source>
        <translation>Stampa &amp;lista di prelievo</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="125"/>
        <source>Print packing &amp;slips</source>
        <translation>Stampa &amp;documenti di trasporto</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="127"/>
        <source>Print &amp;labels</source>
        <translation>Stampa &amp;etichette</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="129"/>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;sporta questo elenco…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="130"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="131"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="205"/>
        <source>{count} orders</source>
        <translation>Ordini: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="264"/>
        <source>Select one or more orders first.</source>
        <translation>Seleziona prima uno o più ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="287"/>
        <source>Your role ({role}) may not see prices, so it cannot export orders.</source>
        <translation>Il tuo ruolo ({role}) non può vedere i prezzi, quindi non può esportare gli ordini.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="303"/>
        <source>{n} order allocated</source>
        <translation>{n} ordine allocato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="303"/>
        <source>{n} orders allocated</source>
        <translation>{n} ordini allocati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="304"/>
        <source> ({short} backordered)</source>
        <translation> ({short} in arretrato)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="309"/>
        <source>{n} order on hold</source>
        <translation>{n} ordine in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="309"/>
        <source>{n} orders on hold</source>
        <translation>{n} ordini in attesa</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="313"/>
        <source>{n} order released</source>
        <translation>{n} ordine sbloccato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="313"/>
        <source>{n} orders released</source>
        <translation>{n} ordini sbloccati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="317"/>
        <source>Cancel {n} order? Reserved stock goes back on the shelf.</source>
        <translation>Annullare {n} ordine? La merce riservata torna a scaffale.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="318"/>
        <source>Cancel {n} orders? Reserved stock goes back on the shelf.</source>
        <translation>Annullare {n} ordini? La merce riservata torna a scaffale.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} order cancelled</source>
        <translation>{n} ordine annullato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} orders cancelled</source>
        <translation>{n} ordini annullati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} order marked delivered</source>
        <translation>{n} ordine segnato come consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="327"/>
        <source>{n} orders marked delivered</source>
        <translation>{n} ordini segnati come consegnati</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="332"/>
        <source>Select the order to ship first.</source>
        <translation>Seleziona prima l&apos;ordine da spedire.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="339"/>
        <source>Order {order} shipped ({items} items, {shipment})</source>
        <translation>Ordine {order} spedito ({items} articoli, {shipment})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="356"/>
        <source>Order {number} created</source>
        <translation>Ordine {number} creato</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="362"/>
        <source>Select the order to edit first.</source>
        <translation>Seleziona prima l&apos;ordine da modificare.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="367"/>
        <source>Order {number} saved</source>
        <translation>Ordine {number} salvato</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="16"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="16"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="17"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="17"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Next attempt</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="28"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="40"/>
        <source>Message {id} will be sent again shortly.</source>
        <translation>Il messaggio {id} verrà reinviato a breve.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="49"/>
        <source>(no email)</source>
        <translation>(nessuna email)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="51"/>
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
        <location filename="../../ui/pack/model.py" line="14"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="14"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="15"/>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="15"/>
        <source>Verified</source>
        <translation>Verificati</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Expected</source>
        <translation>Previsti</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <location filename="../../ui/pack/view.py" line="40"/>
        <source>Scan the packing slip (or type the order number) and press Enter.</source>
        <translation>Scansiona il documento di trasporto (o digita il numero d&apos;ordine) e premi Invio.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="56"/>
        <source>Pack station</source>
        <translation>Imballaggio</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="79"/>
        <source>Scan here</source>
        <translation>Scansiona qui</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="90"/>
        <source>e.g. Ground, Express</source>
        <translation>es. Standard, Express</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="96"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="97"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="99"/>
        <source>Override verification…</source>
        <translation>Salta verifica…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="102"/>
        <source>Cancel order (Esc)</source>
        <translation>Metti da parte (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="106"/>
        <source>Put the order aside</source>
        <translation>Metti da parte l&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="107"/>
        <source>Reload the order</source>
        <translation>Ricarica l&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="176"/>
        <source>Loading order {number}…</source>
        <translation>Caricamento ordine {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="195"/>
        <source>Order {number}: scan each item ({units} units).</source>
        <translation>Ordine {number}: scansiona ogni articolo ({units} pezzi).</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="216"/>
        <source>All {units} units verified. Packing…</source>
        <translation>Tutti i {units} pezzi verificati. Imballaggio…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="245"/>
        <source>Overriding verification of {number}…</source>
        <translation>Salto della verifica di {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="258"/>
        <source>Order {number} packed. Scan or type the tracking number.</source>
        <translation>Ordine {number} imballato. Scansiona o digita il numero di tracking.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="268"/>
        <source>Shipping {number} with {carrier} {tracking}…</source>
        <translation>Spedizione di {number} con {carrier} {tracking}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="276"/>
        <source>Order {number} shipped ({carrier} {tracking}, {shipment}). Scan the next packing slip.</source>
        <translation>Ordine {number} spedito ({carrier} {tracking}, {shipment}). Scansiona il prossimo documento di trasporto.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="289"/>
        <source> It stays packed; scan its slip again to ship it.</source>
        <translation> Resta imballato; scansiona di nuovo il documento per spedirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="293"/>
        <source>Order {number} put aside.</source>
        <translation>Ordine {number} messo da parte.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="307"/>
        <source>No order</source>
        <translation>Nessun ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="308"/>
        <source>Order {number} · {customer} · {verified} of {expected} units verified</source>
        <translation>Ordine {number} · {customer} · {verified} di {expected} pezzi verificati</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="325"/>
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
        <location filename="../../ui/settings/printers.py" line="26"/>
        <source>(new printer)</source>
        <translation>(nuova stampante)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="27"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="46"/>
        <source>Test label not printed: {error}</source>
        <translation>Etichetta di prova non stampata: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="49"/>
        <source>Test label sent to {name}.</source>
        <translation>Etichetta di prova inviata a {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="63"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="74"/>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="78"/>
        <source>This PC&apos;s label printer</source>
        <translation>Stampante etichette di questo PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="79"/>
        <source>This PC&apos;s document printer</source>
        <translation>Stampante documenti di questo PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="120"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>La stampante {name} ha impostazioni non valide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="130"/>
        <source>Sending a test label to {name}…</source>
        <translation>Invio di un&apos;etichetta di prova a {name}…</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/inventory/editor.py" line="51"/>
        <source>Product {sku}</source>
        <translation>Prodotto {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="51"/>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="57"/>
        <source>EAN-13, UPC-A, EAN-8 or any code</source>
        <translation>EAN-13, UPC-A, EAN-8 o qualsiasi codice</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="62"/>
        <source>length</source>
        <translation>lunghezza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="62"/>
        <source>width</source>
        <translation>larghezza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>height</source>
        <translation>altezza</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="66"/>
        <source>Sold</source>
        <translation>In vendita</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="67"/>
        <source>Allow negative stock</source>
        <translation>Consenti giacenza negativa</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="69"/>
        <source>kit only: CUP*2, SAUCER*1</source>
        <translation>solo kit: CUP*2, SAUCER*1</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="73"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="73"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="73"/>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="76"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="77"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="81"/>
        <source>Only managers and admins change prices.</source>
        <translation>Solo responsabili e amministratori modificano i prezzi.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="88"/>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="89"/>
        <source>Size (cm)</source>
        <translation>Dimensioni (cm)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="90"/>
        <source>Reorder point</source>
        <translation>Punto di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="91"/>
        <source>Reorder quantity</source>
        <translation>Quantità di riordino</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="94"/>
        <source>Kit components</source>
        <translation>Componenti del kit</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/common/progress.py" line="32"/>
        <source>Cancelled. The unfinished step was not saved.</source>
        <translation>Annullato. Il passaggio non completato non è stato salvato.</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress.py" line="100"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="59"/>
        <source>Receive {sku}</source>
        <translation>Ricevi {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="63"/>
        <source>No purchase order</source>
        <translation>Nessun ordine d&apos;acquisto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="65"/>
        <source>{number} · {supplier} · {remaining} expected</source>
        <translation>{number} · {supplier} · {remaining} attesi</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="67"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="68"/>
        <source>Into</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="69"/>
        <source>Against</source>
        <translation>Per</translation>
    </message>
</context>
<context>
    <name>ReceiveRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="107"/>
        <source>Receive {rma}</source>
        <translation>Ricevi {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Disposition</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Bin</source>
        <translation>Ubicazione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="112"/>
        <source> of {count}</source>
        <translation> di {count}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="138"/>
        <source>Refund order {order}</source>
        <translation>Rimborsa ordine {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>Each</source>
        <translation>Cad.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="143"/>
        <source> of {count}</source>
        <translation> di {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="148"/>
        <source>up to {amount}</source>
        <translation>fino a {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="152"/>
        <source>why (shown in the order&apos;s timeline)</source>
        <translation>perché (appare nella cronologia dell&apos;ordine)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="154"/>
        <source>Shipping refund</source>
        <translation>Rimborso spedizione</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="155"/>
        <source>Restocking fee</source>
        <translation>Costo di rientro</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="156"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="156"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="183"/>
        <source>&lt;b&gt;Refund {total} {currency}&lt;/b&gt; of {left} left to refund.</source>
        <translation>&lt;b&gt;Rimborso di {total} {currency}&lt;/b&gt; su {left} ancora rimborsabili.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="187"/>
        <source>Your limit is {limit} {currency}; a manager must refund this.</source>
        <translation>Il tuo limite è {limit} {currency}; questo rimborso deve farlo un responsabile.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="188"/>
        <source>Your limit is {limit} {currency}.</source>
        <translation>Il tuo limite è {limit} {currency}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="193"/>
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
        <location filename="../../ui/returns/view.py" line="26"/>
        <source>Open</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="27"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="28"/>
        <source>Authorised</source>
        <translation>Autorizzati</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="29"/>
        <source>Partially received</source>
        <translation>Ricevuti in parte</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="30"/>
        <location filename="../../ui/returns/view.py" line="61"/>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="31"/>
        <source>All refunds</source>
        <translation>Tutti i rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="32"/>
        <source>Partially refunded orders</source>
        <translation>Ordini rimborsati in parte</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="33"/>
        <source>Fully refunded orders</source>
        <translation>Ordini rimborsati interamente</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="55"/>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="59"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="59"/>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="60"/>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="60"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="61"/>
        <source>Units</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="62"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="64"/>
        <location filename="../../ui/returns/view.py" line="204"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="66"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="66"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <source>Order payment</source>
        <translation>Pagamento ordine</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="81"/>
        <source>New return…</source>
        <translation>Nuovo reso…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="82"/>
        <source>Receive…</source>
        <translation>Ricevi…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="83"/>
        <source>Refund…</source>
        <translation>Rimborsa…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="88"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>Il tuo ruolo ({role}) non ha il permesso: {permission}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="91"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="97"/>
        <source>Returns:</source>
        <translation>Resi:</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="101"/>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="149"/>
        <source>New return</source>
        <translation>Nuovo reso</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="159"/>
        <source>Order {number} has nothing shipped that is not already returned.</source>
        <translation>L&apos;ordine {number} non ha articoli spediti che non siano già stati resi.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="166"/>
        <source>{rma} authorised for order {order}: {units} unit(s).</source>
        <translation>{rma} autorizzato per l&apos;ordine {order} (pezzi: {units}).</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="176"/>
        <source>Select a return to receive.</source>
        <translation>Seleziona un reso da ricevere.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="191"/>
        <source>{quantity} x {sku} {disposition} to {location}</source>
        <translation>{quantity} x {sku} {disposition} in {location}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="192"/>
        <source>{quantity} x {sku} {disposition}</source>
        <translation>{quantity} x {sku} {disposition}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="195"/>
        <source>{rma} {status}: {received}</source>
        <translation>{rma} {status}: {received}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="217"/>
        <source>{refund}: {amount} {currency} refunded on order {order}.</source>
        <translation>{refund}: rimborsati {amount} {currency} sull&apos;ordine {order}.</translation>
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
        <location filename="../../ui/orders/ship.py" line="31"/>
        <source>Ship order {number}</source>
        <translation>Spedisci ordine {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="37"/>
        <source>Scan or type the tracking number</source>
        <translation>Scansiona o digita il numero di tracking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="39"/>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="40"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="41"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="51"/>
        <source>{sku} ({to_ship} to ship, {ready} allocated)</source>
        <translation>{sku} ({to_ship} da spedire, {ready} allocati)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="58"/>
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
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="33"/>
        <source>Customer email templates</source>
        <translation>Modelli email per i clienti</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="58"/>
        <source>Save template</source>
        <translation>Salva modello</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="59"/>
        <source>Revert to built-in</source>
        <translation>Ripristina predefinito</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="81"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="83"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="90"/>
        <source>Plain text (first block is the subject)</source>
        <translation>Testo semplice (il primo blocco è l&apos;oggetto)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="92"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="93"/>
        <source>Plain-text part</source>
        <translation>Parte in testo semplice</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="173"/>
        <source>The template could not be saved: {error}</source>
        <translation>Impossibile salvare il modello: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="187"/>
        <source>The edited template could not be removed: {error}</source>
        <translation>Impossibile rimuovere il modello modificato: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="218"/>
        <source>Edited on this PC</source>
        <translation>Modificato su questo PC</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="218"/>
        <source>Built-in</source>
        <translation>Predefinito</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="107"/>
        <source>Transfer {sku}</source>
        <translation>Trasferisci {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="112"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="113"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="114"/>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="23"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="23"/>
        <location filename="../../ui/settings/users.py" line="38"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="23"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="32"/>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="34"/>
        <source>Set role of selected</source>
        <translation>Imposta ruolo del selezionato</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="37"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="39"/>
        <source>Password ({count}+ characters)</source>
        <translation>Password (almeno {count} caratteri)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="62"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="62"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="72"/>
        <source>Select a user first.</source>
        <translation>Seleziona prima un utente.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="84"/>
        <source>Saved {name}.</source>
        <translation>{name} salvato.</translation>
    </message>
</context>
</TS>
