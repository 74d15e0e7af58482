<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="83"/>
        <source>Adjust {sku}</source>
        <translation>Ajustare {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="85"/>
        <source>Negative takes units out, positive adds units.</source>
        <translation>O valoare negativă scoate bucăți, una pozitivă adaugă.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="88"/>
        <source>what happened</source>
        <translation>ce s-a întâmplat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="89"/>
        <source>Change (+/-)</source>
        <translation>Modificare (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="90"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="91"/>
        <source>In</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="92"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>Start with --db URL, or fix the database in Settings.</source>
        <translation>Porniți cu --db URL sau corectați baza de date în Setări.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch.py" line="43"/>
        <source>Order number</source>
        <translation>Număr comandă</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="43"/>
        <source>Bin</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="45"/>
        <source>label</source>
        <translation>etichetă</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="46"/>
        <source>packing slip</source>
        <translation>aviz de însoțire</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="99"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>Imprimanta {name} are setări nevalide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="152"/>
        <source>Print {count} order(s)</source>
        <translation>Tipărește comenzi ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="163"/>
        <source>Print</source>
        <translation>Tipărește</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="164"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="165"/>
        <source>Retry failed</source>
        <translation>Reîncearcă cele eșuate</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="166"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="174"/>
        <source>Order by</source>
        <translation>Ordonează după</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="175"/>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="183"/>
        <source>Not printed:</source>
        <translation>Netipărite:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="210"/>
        <source>Reading orders…</source>
        <translation>Se citesc comenzile…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="218"/>
        <location filename="../../ui/printing/batch.py" line="252"/>
        <source>Reading the orders failed; details are in the log.</source>
        <translation>Citirea comenzilor a eșuat; detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="226"/>
        <source>Printing {count} order(s)…</source>
        <translation>Se tipăresc comenzile ({count})…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="261"/>
        <source>Cancelling after the current job…</source>
        <translation>Se anulează după lucrarea curentă…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="298"/>
        <source>Printed, but the print record was not saved: {error}</source>
        <translation>S-a tipărit, dar înregistrarea tipăririi nu a fost salvată: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="307"/>
        <source>Printing failed; details are in the log.</source>
        <translation>Tipărirea a eșuat; detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="311"/>
        <source>not sent (cancelled)</source>
        <translation>netrimis (anulat)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="312"/>
        <source>{document} {number}: {reason}</source>
        <translation>{document} {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="316"/>
        <source>{printed} printed, {waiting} waiting for Retry</source>
        <translation>Tipărite: {printed}, în așteptare pentru reîncercare: {waiting}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="317"/>
        <source>{printed} printed</source>
        <translation>Tipărite: {printed}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="318"/>
        <source>{summary} (cancelled).</source>
        <translation>{summary} (anulat).</translation>
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
        <translation>Exportă în Excel…</translation>
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
        <location filename="../../ui/returns/dialogs.py" line="79"/>
        <source>Return from order {order}</source>
        <translation>Retur din comanda {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="80"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="83"/>
        <source> of {count}</source>
        <translation> din {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="88"/>
        <source>note (needed for reason &apos;other&apos;)</source>
        <translation>notă (obligatorie pentru motivul „other”)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="83"/>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <source>Average order</source>
        <translation>Comandă medie</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="94"/>
        <source>Free shipping</source>
        <translation>Livrare gratuită</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="94"/>
        <source>Just below free shipping</source>
        <translation>Puțin sub livrarea gratuită</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>Late shipments</source>
        <translation>Expedieri întârziate</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="96"/>
        <source>Stock-outs / low</source>
        <translation>Epuizate / stoc redus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="108"/>
        <source>Orders per day</source>
        <translation>Comenzi pe zi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="110"/>
        <source>Returns by reason</source>
        <translation>Retururi după motiv</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="112"/>
        <source>Shipping charged vs label cost</source>
        <translation>Transport încasat vs cost etichetă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>Available</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>Reorder point</source>
        <translation>Prag de recomandare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="118"/>
        <source>Export stock-outs to Excel…</source>
        <translation>Exportă produsele epuizate în Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="129"/>
        <source>Stock-outs and low stock</source>
        <translation>Produse epuizate și stoc redus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="196"/>
        <source>Charged</source>
        <translation>Încasat</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="196"/>
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
        <location filename="../../ui/orders/detail.py" line="113"/>
        <source>Select an order to see its lines, shipments and history.</source>
        <translation>Selectați o comandă pentru a vedea liniile, expedierile și istoricul ei.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="31"/>
        <location filename="../../ui/inventory/detail.py" line="51"/>
        <source>Select a product.</source>
        <translation>Selectați un produs.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="33"/>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="33"/>
        <source>On hand</source>
        <translation>În stoc</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="34"/>
        <source>Reserved</source>
        <translation>Rezervat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="34"/>
        <source>Free</source>
        <translation>Liber</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="36"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="36"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="36"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="37"/>
        <source>From</source>
        <translation>Din</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="37"/>
        <source>To</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="37"/>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>Stock by location</source>
        <translation>Stoc pe locații</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="68"/>
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
        <location filename="../../ui/email_settings/page.py" line="117"/>
        <source>The test email was not sent: {error}</source>
        <translation>E-mailul de test nu a fost trimis: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="22"/>
        <source>Something went wrong; details are in the log. Nothing was changed by the failed step.</source>
        <translation>A apărut o eroare; detaliile sunt în jurnal. Pasul eșuat nu a modificat nimic.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="40"/>
        <source>Reload</source>
        <translation>Reîncarcă</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="47"/>
        <source>Open log folder</source>
        <translation>Deschide dosarul jurnalelor</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="20"/>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="20"/>
        <source>Exception</source>
        <translation>Excepție</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="21"/>
        <source>Ship by</source>
        <translation>Expediere până la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="21"/>
        <source>Deliver by</source>
        <translation>Livrare până la</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="22"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="22"/>
        <source>Suggested action</source>
        <translation>Acțiune sugerată</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="35"/>
        <source>Release hold</source>
        <translation>Scoate din așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="36"/>
        <source>Notify customer of delay</source>
        <translation>Anunță clientul despre întârziere</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="51"/>
        <source>Order {number} released.</source>
        <translation>Comanda {number} a fost scoasă din așteptare.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="58"/>
        <source>Delay email for order {number} queued.</source>
        <translation>E-mailul despre întârziere pentru comanda {number} a fost pus în coadă.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="67"/>
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
        <location filename="../../ui/reports/export.py" line="19"/>
        <source>Export to Excel</source>
        <translation>Exportă în Excel</translation>
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
        <location filename="../../ui/first_run.py" line="94"/>
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
        <location filename="../../ui/intake/import_dialog.py" line="30"/>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="30"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>Detect from headers</source>
        <translation>Detectează din antet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="51"/>
        <source>orders</source>
        <translation>comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="54"/>
        <source>products</source>
        <translation>produse</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="58"/>
        <source>stock rows</source>
        <translation>rânduri de stoc</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="59"/>
        <source>Set quantities to the file&apos;s</source>
        <translation>Setează cantitățile din fișier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Add the file&apos;s quantities</source>
        <translation>Adaugă cantitățile din fișier</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="83"/>
        <source>Import {noun}</source>
        <translation>Importă {noun}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="85"/>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="89"/>
        <source>Map columns…</source>
        <translation>Asociază coloanele…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="92"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="94"/>
        <source>Choose a file and press Preview.</source>
        <translation>Alegeți un fișier și apăsați Previzualizare.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="99"/>
        <source>Import the good {noun}, skip the bad ones</source>
        <translation>Importă {noun} fără erori, sari peste rest</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="103"/>
        <source>Import nothing</source>
        <translation>Nu importa nimic</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="116"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="134"/>
        <source>Mapping: {name}</source>
        <translation>Asociere: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="137"/>
        <source>File to import</source>
        <translation>Fișier de importat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="138"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Foi de calcul (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="145"/>
        <location filename="../../ui/intake/import_dialog.py" line="184"/>
        <source>Choose a file first.</source>
        <translation>Alegeți mai întâi un fișier.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="174"/>
        <source>Reading {noun}…</source>
        <translation>Se citesc {noun}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="174"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="217"/>
        <source>{count} {noun} found: {new} new, {updated} to update, {unchanged} unchanged, {rejected} with errors (skipped), {not_applied} changes that will not be applied.</source>
        <translation>{noun} în fișier: {count}; de creat: {new}, de actualizat: {updated}, fără modificări: {unchanged}, cu erori (omise): {rejected}, modificări care nu vor fi aplicate: {not_applied}.</translation>
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
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="22"/>
        <source>Barcode</source>
        <translation>Cod de bare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="23"/>
        <source>On hand</source>
        <translation>În stoc</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="24"/>
        <source>Reserved</source>
        <translation>Rezervat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="25"/>
        <source>Available</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="26"/>
        <source>Incoming</source>
        <translation>În curs de sosire</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="27"/>
        <source>Reorder at</source>
        <translation>Recomandă la</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="121"/>
        <source>kit</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="128"/>
        <source>Low stock: {available} available, reorder at {reorder_point}</source>
        <translation>Stoc redus: {available} disponibile, recomandă la {reorder_point}</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <location filename="../../ui/inventory/view.py" line="34"/>
        <source>Inventory</source>
        <translation>Stocuri</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="51"/>
        <source>Search SKU, barcode or name (Ctrl+F)</source>
        <translation>Căutați SKU, cod de bare sau nume (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="55"/>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="56"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="57"/>
        <source>Export this list…</source>
        <translation>Exportă această listă…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="61"/>
        <source>Low stock only</source>
        <translation>Doar stoc redus</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="64"/>
        <source>All warehouses</source>
        <translation>Toate depozitele</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="70"/>
        <source>New product…</source>
        <translation>Produs nou…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="71"/>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="72"/>
        <source>Receive…</source>
        <translation>Recepționează…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="73"/>
        <source>Adjust…</source>
        <translation>Ajustează…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="74"/>
        <source>Transfer…</source>
        <translation>Transferă…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="79"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>Rolul dvs. ({role}) nu are permisiunea: {permission}.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="108"/>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="109"/>
        <source>Cycle count</source>
        <translation>Inventar ciclic</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="123"/>
        <source>Your role ({role}) may not see costs, so it cannot export.</source>
        <translation>Rolul dvs. ({role}) nu poate vedea costurile, deci nu poate exporta.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="183"/>
        <source>Select a product first.</source>
        <translation>Selectați mai întâi un produs.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="224"/>
        <source>Received {quantity} x {sku} into {location}.</source>
        <translation>Recepționat {quantity} x {sku} în {location}.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="240"/>
        <source>Adjusted {sku} by {delta} ({reason}).</source>
        <translation>{sku} ajustat cu {delta} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="255"/>
        <source>Moved {quantity} x {sku} from {source} to {target}.</source>
        <translation>Mutat {quantity} x {sku} din {source} în {target}.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/common/list_export.py" line="40"/>
        <source>Export this list</source>
        <translation>Exportă această listă</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="97"/>
        <source>{count} rows exported to {path}.</source>
        <translation>Rânduri exportate în {path}: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="105"/>
        <source>Exporting to {name}…</source>
        <translation>Se exportă în {name}…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="19"/>
        <source>Sign in to Packline</source>
        <translation>Autentificare în Packline</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="28"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="29"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="48"/>
        <source>Signing in failed; details are in the log.</source>
        <translation>Autentificarea a eșuat; detaliile sunt în jurnal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>Inventory</source>
        <translation>Stocuri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Pack station</source>
        <translation>Ambalare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Returns</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>The {key} view is not available in this version; showing Orders.</source>
        <translation>Ecranul {key} nu este disponibil în această versiune; se afișează Comenzile.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Emails: {sent} sent, {failed} failed (Reports -&gt; Outbox)</source>
        <translation>E-mailuri: {sent} trimise, {failed} eșuate (Rapoarte -&gt; De trimis)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Emails: {sent} sent</source>
        <translation>E-mailuri: {sent} trimise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <location filename="../../ui/main_window.py" line="183"/>
        <location filename="../../ui/main_window.py" line="186"/>
        <location filename="../../ui/main_window.py" line="188"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importă comenzi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Import &amp;products…</source>
        <translation>Importă &amp;produse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Import &amp;stock…</source>
        <translation>Importă &amp;stocuri…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Export &amp;accounting / Xero / QuickBooks…</source>
        <translation>Exportă &amp;contabilitate / Xero / QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Export this &amp;list (XLSX/CSV)…</source>
        <translation>Exportă această &amp;listă (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <location filename="../../ui/main_window.py" line="199"/>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Setări...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Orders</source>
        <translation>&amp;Comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Open &amp;log folder</source>
        <translation>Deschide dosarul &amp;jurnalelor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Export this list works on the Orders and Inventory lists.</source>
        <translation>„Exportă această listă” funcționează pentru listele Comenzi și Stocuri.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
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
        <location filename="../../ui/orders/columns.py" line="49"/>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="50"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="52"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="53"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="54"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="55"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="59"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="61"/>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="65"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="68"/>
        <source>Ship by</source>
        <translation>Expediere până la</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="78"/>
        <source>{date} (late)</source>
        <translation>{date} (întârziat)</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="50"/>
        <source>ordered {when}</source>
        <translation>comandat pe {when}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="51"/>
        <source>, ship by {date}</source>
        <translation>, de expediat până pe {date}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="55"/>
        <source> at {price}</source>
        <translation> la {price}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="56"/>
        <source>, bin {bins}</source>
        <translation>, locație {bins}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="57"/>
        <source>allocated {allocated}, shipped {shipped}, returned {returned}</source>
        <translation>alocat {allocated}, expediat {shipped}, returnat {returned}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="61"/>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="63"/>
        <source>Ship to</source>
        <translation>Livrare la</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="64"/>
        <source>Bill to</source>
        <translation>Facturare către</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="67"/>
        <source>Total {total} (shipping {shipping}, tax {tax}); paid {paid}, refunded {refunded}; {status}</source>
        <translation>Total {total} (transport {shipping}, taxe {tax}); plătit {paid}, rambursat {refunded}; {status}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="72"/>
        <source>Payment</source>
        <translation>Plată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="74"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="74"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="75"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="75"/>
        <location filename="../../ui/orders/detail.py" line="93"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="76"/>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="79"/>
        <source>Shipment</source>
        <translation>Expediere</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="79"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="80"/>
        <source>Tracking</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="80"/>
        <location filename="../../ui/orders/detail.py" line="86"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="81"/>
        <location filename="../../ui/orders/detail.py" line="87"/>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="82"/>
        <source>Shipments</source>
        <translation>Expedieri</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="86"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="88"/>
        <source>Returns</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="91"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="93"/>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="93"/>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="94"/>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="95"/>
        <source>Timeline</source>
        <translation>Istoric</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <location filename="../../ui/orders/entry.py" line="25"/>
        <location filename="../../ui/orders/entry.py" line="54"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="26"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="27"/>
        <source>Postal code</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="28"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="29"/>
        <source>Region</source>
        <translation>Județ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="30"/>
        <source>Country (ISO)</source>
        <translation>Țară (ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="31"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="41"/>
        <source>Edit order {number}</source>
        <translation>Editare comandă {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="42"/>
        <source>New order</source>
        <translation>Comandă nouă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="49"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Scanați un cod de bare sau tastați un SKU, apoi Enter</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="54"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="54"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="57"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="58"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="66"/>
        <source>Add item</source>
        <translation>Adaugă articol</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <location filename="../../ui/orders/printing.py" line="61"/>
        <location filename="../../ui/orders/printing.py" line="86"/>
        <source>Select one or more orders first.</source>
        <translation>Selectați mai întâi una sau mai multe comenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="70"/>
        <source>Pick list: {count} order(s)</source>
        <translation>Listă de colectare: comenzi ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="80"/>
        <source>{count} order(s) moved to picking</source>
        <translation>Comenzi trecute în pregătire: {count}</translation>
    </message>
</context>
<context>
    <name>OrderPrompt</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="42"/>
        <source>Order number (scan the packing slip or type it):</source>
        <translation>Numărul comenzii (scanați avizul de însoțire sau tastați-l):</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="21"/>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="22"/>
        <source>Allocated</source>
        <translation>Alocată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="23"/>
        <source>Backordered</source>
        <translation>În așteptarea stocului</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="24"/>
        <source>Picking</source>
        <translation>În pregătire</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="25"/>
        <source>Packed</source>
        <translation>Ambalată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="26"/>
        <source>Partially shipped</source>
        <translation>Expediată parțial</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="27"/>
        <source>Shipped</source>
        <translation>Expediată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="28"/>
        <source>Delivered</source>
        <translation>Livrată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="29"/>
        <source>On hold</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="30"/>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders/view.py" line="53"/>
        <location filename="../../ui/orders/view.py" line="137"/>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="115"/>
        <source>&amp;New order</source>
        <translation>Comandă &amp;nouă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editează</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="117"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Alocă</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="118"/>
        <source>&amp;Hold</source>
        <translation>&amp;Pune în așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="119"/>
        <source>&amp;Release hold</source>
        <translation>&amp;Scoate din așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="120"/>
        <source>&amp;Cancel order</source>
        <translation>&amp;Anulează comanda</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="121"/>
        <source>&amp;Ship</source>
        <translation>E&amp;xpediază</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="122"/>
        <source>Mark &amp;delivered</source>
        <translation>Marchează ca &amp;livrată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="123"/>
        <source>Print &amp;pick list</source>
        <translation>Tipărește lista de &amp;colectare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="125"/>
        <source>Print packing &amp;slips</source>
        <translation>Tipărește &amp;avizele de însoțire</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="127"/>
        <source>Print &amp;labels</source>
        <translation>Tipărește &amp;etichete</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="129"/>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xportă această listă…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="130"/>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="131"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="205"/>
        <source>{count} orders</source>
        <translation>Comenzi: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="264"/>
        <source>Select one or more orders first.</source>
        <translation>Selectați mai întâi una sau mai multe comenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="287"/>
        <source>Your role ({role}) may not see prices, so it cannot export orders.</source>
        <translation>Rolul dvs. ({role}) nu poate vedea prețurile, deci nu poate exporta comenzi.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="303"/>
        <source>{n} order allocated</source>
        <translation>{n} comandă alocată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="303"/>
        <source>{n} orders allocated</source>
        <translation>Comenzi alocate: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="304"/>
        <source> ({short} backordered)</source>
        <translation> ({short} în așteptarea stocului)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="309"/>
        <source>{n} order on hold</source>
        <translation>{n} comandă în așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="309"/>
        <source>{n} orders on hold</source>
        <translation>Comenzi în așteptare: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="313"/>
        <source>{n} order released</source>
        <translation>{n} comandă scoasă din așteptare</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="313"/>
        <source>{n} orders released</source>
        <translation>Comenzi scoase din așteptare: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="317"/>
        <source>Cancel {n} order? Reserved stock goes back on the shelf.</source>
        <translation>Anulați {n} comandă? Stocul rezervat revine pe raft.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="318"/>
        <source>Cancel {n} orders? Reserved stock goes back on the shelf.</source>
        <translation>Anulați comenzile ({n})? Stocul rezervat revine pe raft.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} order cancelled</source>
        <translation>{n} comandă anulată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} orders cancelled</source>
        <translation>Comenzi anulate: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} order marked delivered</source>
        <translation>{n} comandă marcată ca livrată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="327"/>
        <source>{n} orders marked delivered</source>
        <translation>Comenzi marcate ca livrate: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="332"/>
        <source>Select the order to ship first.</source>
        <translation>Selectați mai întâi comanda de expediat.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="339"/>
        <source>Order {order} shipped ({items} items, {shipment})</source>
        <translation>Comanda {order} a fost expediată (articole: {items}, {shipment})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="356"/>
        <source>Order {number} created</source>
        <translation>Comanda {number} a fost creată</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="362"/>
        <source>Select the order to edit first.</source>
        <translation>Selectați mai întâi comanda de editat.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="367"/>
        <source>Order {number} saved</source>
        <translation>Comanda {number} a fost salvată</translation>
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
        <translation>Comandă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="17"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="17"/>
        <source>To</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Attempts</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Next attempt</source>
        <translation>Următoarea încercare</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="28"/>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="40"/>
        <source>Message {id} will be sent again shortly.</source>
        <translation>Mesajul {id} va fi retrimis în curând.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="49"/>
        <source>(no email)</source>
        <translation>(fără e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="51"/>
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
        <location filename="../../ui/pack/model.py" line="14"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="14"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="15"/>
        <source>Barcode</source>
        <translation>Cod de bare</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="15"/>
        <source>Verified</source>
        <translation>Verificate</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Expected</source>
        <translation>Așteptate</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <location filename="../../ui/pack/view.py" line="40"/>
        <source>Scan the packing slip (or type the order number) and press Enter.</source>
        <translation>Scanați avizul de însoțire (sau tastați numărul comenzii) și apăsați Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="56"/>
        <source>Pack station</source>
        <translation>Ambalare</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="79"/>
        <source>Scan here</source>
        <translation>Scanați aici</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="90"/>
        <source>e.g. Ground, Express</source>
        <translation>ex. Standard, Express</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="96"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="97"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="99"/>
        <source>Override verification…</source>
        <translation>Ocolește verificarea…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="102"/>
        <source>Cancel order (Esc)</source>
        <translation>Pune deoparte (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="106"/>
        <source>Put the order aside</source>
        <translation>Pune comanda deoparte</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="107"/>
        <source>Reload the order</source>
        <translation>Reîncarcă comanda</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="176"/>
        <source>Loading order {number}…</source>
        <translation>Se încarcă comanda {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="195"/>
        <source>Order {number}: scan each item ({units} units).</source>
        <translation>Comanda {number}: scanați fiecare articol ({units} buc.).</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="216"/>
        <source>All {units} units verified. Packing…</source>
        <translation>Toate cele {units} buc. au fost verificate. Se ambalează…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="245"/>
        <source>Overriding verification of {number}…</source>
        <translation>Se ocolește verificarea pentru {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="258"/>
        <source>Order {number} packed. Scan or type the tracking number.</source>
        <translation>Comanda {number} a fost ambalată. Scanați sau tastați numărul AWB.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="268"/>
        <source>Shipping {number} with {carrier} {tracking}…</source>
        <translation>Se expediază {number} prin {carrier} {tracking}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="276"/>
        <source>Order {number} shipped ({carrier} {tracking}, {shipment}). Scan the next packing slip.</source>
        <translation>Comanda {number} a fost expediată ({carrier} {tracking}, {shipment}). Scanați următorul aviz.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="289"/>
        <source> It stays packed; scan its slip again to ship it.</source>
        <translation> Rămâne ambalată; scanați din nou avizul pentru a o expedia.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="293"/>
        <source>Order {number} put aside.</source>
        <translation>Comanda {number} a fost pusă deoparte.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="307"/>
        <source>No order</source>
        <translation>Nicio comandă</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="308"/>
        <source>Order {number} · {customer} · {verified} of {expected} units verified</source>
        <translation>Comanda {number} · {customer} · {verified} din {expected} buc. verificate</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="325"/>
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
        <location filename="../../ui/settings/printers.py" line="26"/>
        <source>(new printer)</source>
        <translation>(imprimantă nouă)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="27"/>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="46"/>
        <source>Test label not printed: {error}</source>
        <translation>Eticheta de test nu a fost tipărită: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="49"/>
        <source>Test label sent to {name}.</source>
        <translation>Eticheta de test a fost trimisă la {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="63"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="74"/>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="78"/>
        <source>This PC&apos;s label printer</source>
        <translation>Imprimanta de etichete a acestui PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="79"/>
        <source>This PC&apos;s document printer</source>
        <translation>Imprimanta de documente a acestui PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="120"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>Imprimanta {name} are setări nevalide ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="130"/>
        <source>Sending a test label to {name}…</source>
        <translation>Se trimite o etichetă de test la {name}…</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/inventory/editor.py" line="51"/>
        <source>Product {sku}</source>
        <translation>Produs {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="51"/>
        <source>New product</source>
        <translation>Produs nou</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="57"/>
        <source>EAN-13, UPC-A, EAN-8 or any code</source>
        <translation>EAN-13, UPC-A, EAN-8 sau orice cod</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="62"/>
        <source>length</source>
        <translation>lungime</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="62"/>
        <source>width</source>
        <translation>lățime</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>height</source>
        <translation>înălțime</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="66"/>
        <source>Sold</source>
        <translation>În vânzare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="67"/>
        <source>Allow negative stock</source>
        <translation>Permite stoc negativ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="69"/>
        <source>kit only: CUP*2, SAUCER*1</source>
        <translation>doar pentru seturi: CUP*2, SAUCER*1</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="73"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="73"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="73"/>
        <source>Barcode</source>
        <translation>Cod de bare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="76"/>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="77"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="81"/>
        <source>Only managers and admins change prices.</source>
        <translation>Doar managerii și administratorii modifică prețurile.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="88"/>
        <source>Weight (kg)</source>
        <translation>Greutate (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="89"/>
        <source>Size (cm)</source>
        <translation>Dimensiuni (cm)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="90"/>
        <source>Reorder point</source>
        <translation>Prag de recomandare</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="91"/>
        <source>Reorder quantity</source>
        <translation>Cantitate de recomandat</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="94"/>
        <source>Kit components</source>
        <translation>Componentele setului</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/common/progress.py" line="32"/>
        <source>Cancelled. The unfinished step was not saved.</source>
        <translation>Anulat. Pasul neterminat nu a fost salvat.</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress.py" line="100"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="59"/>
        <source>Receive {sku}</source>
        <translation>Recepție {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="63"/>
        <source>No purchase order</source>
        <translation>Fără comandă de achiziție</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="65"/>
        <source>{number} · {supplier} · {remaining} expected</source>
        <translation>{number} · {supplier} · {remaining} așteptate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="67"/>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="68"/>
        <source>Into</source>
        <translation>În</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="69"/>
        <source>Against</source>
        <translation>Pe baza</translation>
    </message>
</context>
<context>
    <name>ReceiveRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="107"/>
        <source>Receive {rma}</source>
        <translation>Recepție {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Received</source>
        <translation>Recepționate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Condition</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Disposition</source>
        <translation>Destinație</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="108"/>
        <source>Bin</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="112"/>
        <source> of {count}</source>
        <translation> din {count}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="138"/>
        <source>Refund order {order}</source>
        <translation>Rambursare comandă {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>Each</source>
        <translation>Per bucată</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="139"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="143"/>
        <source> of {count}</source>
        <translation> din {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="148"/>
        <source>up to {amount}</source>
        <translation>până la {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="152"/>
        <source>why (shown in the order&apos;s timeline)</source>
        <translation>de ce (apare în istoricul comenzii)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="154"/>
        <source>Shipping refund</source>
        <translation>Rambursare transport</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="155"/>
        <source>Restocking fee</source>
        <translation>Taxă de repunere în stoc</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="156"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="156"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="183"/>
        <source>&lt;b&gt;Refund {total} {currency}&lt;/b&gt; of {left} left to refund.</source>
        <translation>&lt;b&gt;Rambursare {total} {currency}&lt;/b&gt; din {left} rămași de rambursat.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="187"/>
        <source>Your limit is {limit} {currency}; a manager must refund this.</source>
        <translation>Limita dvs. este {limit} {currency}; această rambursare trebuie făcută de un manager.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="188"/>
        <source>Your limit is {limit} {currency}.</source>
        <translation>Limita dvs. este {limit} {currency}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="193"/>
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
        <location filename="../../ui/returns/view.py" line="26"/>
        <source>Open</source>
        <translation>Deschise</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="27"/>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="28"/>
        <source>Authorised</source>
        <translation>Autorizate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="29"/>
        <source>Partially received</source>
        <translation>Recepționate parțial</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="30"/>
        <location filename="../../ui/returns/view.py" line="61"/>
        <source>Received</source>
        <translation>Recepționate</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="31"/>
        <source>All refunds</source>
        <translation>Toate rambursările</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="32"/>
        <source>Partially refunded orders</source>
        <translation>Comenzi rambursate parțial</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="33"/>
        <source>Fully refunded orders</source>
        <translation>Comenzi rambursate integral</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="55"/>
        <source>Returns</source>
        <translation>Retururi</translation>
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
        <translation>Comandă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="60"/>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="60"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="61"/>
        <source>Units</source>
        <translation>Bucăți</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="62"/>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="64"/>
        <location filename="../../ui/returns/view.py" line="204"/>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="66"/>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="66"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <source>Order payment</source>
        <translation>Plata comenzii</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="81"/>
        <source>New return…</source>
        <translation>Retur nou…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="82"/>
        <source>Receive…</source>
        <translation>Recepționează…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="83"/>
        <source>Refund…</source>
        <translation>Rambursează…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="88"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>Rolul dvs. ({role}) nu are permisiunea: {permission}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="91"/>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="97"/>
        <source>Returns:</source>
        <translation>Retururi:</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="101"/>
        <source>Refunds</source>
        <translation>Rambursări</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="149"/>
        <source>New return</source>
        <translation>Retur nou</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="159"/>
        <source>Order {number} has nothing shipped that is not already returned.</source>
        <translation>Comanda {number} nu are nimic expediat care să nu fi fost deja returnat.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="166"/>
        <source>{rma} authorised for order {order}: {units} unit(s).</source>
        <translation>{rma} autorizat pentru comanda {order}: {units} buc.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="176"/>
        <source>Select a return to receive.</source>
        <translation>Selectați un retur de recepționat.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="191"/>
        <source>{quantity} x {sku} {disposition} to {location}</source>
        <translation>{quantity} x {sku} {disposition} în {location}</translation>
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
        <translation>{refund}: s-au rambursat {amount} {currency} pentru comanda {order}.</translation>
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
        <location filename="../../ui/orders/ship.py" line="31"/>
        <source>Ship order {number}</source>
        <translation>Expediere comandă {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="37"/>
        <source>Scan or type the tracking number</source>
        <translation>Scanați sau tastați numărul AWB</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="39"/>
        <source>Carrier</source>
        <translation>Curier</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="40"/>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="41"/>
        <source>Tracking</source>
        <translation>AWB</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="51"/>
        <source>{sku} ({to_ship} to ship, {ready} allocated)</source>
        <translation>{sku} (de expediat: {to_ship}, alocate: {ready})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="58"/>
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
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="33"/>
        <source>Customer email templates</source>
        <translation>Șabloane de e-mail pentru clienți</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="58"/>
        <source>Save template</source>
        <translation>Salvează șablonul</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="59"/>
        <source>Revert to built-in</source>
        <translation>Revino la implicit</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="81"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="83"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="90"/>
        <source>Plain text (first block is the subject)</source>
        <translation>Text simplu (primul bloc este subiectul)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="92"/>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="93"/>
        <source>Plain-text part</source>
        <translation>Partea text simplu</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="173"/>
        <source>The template could not be saved: {error}</source>
        <translation>Șablonul nu a putut fi salvat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="187"/>
        <source>The edited template could not be removed: {error}</source>
        <translation>Șablonul modificat nu a putut fi eliminat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="218"/>
        <source>Edited on this PC</source>
        <translation>Modificat pe acest PC</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="218"/>
        <source>Built-in</source>
        <translation>Implicit</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="107"/>
        <source>Transfer {sku}</source>
        <translation>Transfer {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="112"/>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="113"/>
        <source>From</source>
        <translation>Din</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="114"/>
        <source>To</source>
        <translation>În</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="23"/>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="23"/>
        <location filename="../../ui/settings/users.py" line="38"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="23"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="32"/>
        <source>Add user</source>
        <translation>Adaugă utilizator</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="34"/>
        <source>Set role of selected</source>
        <translation>Setează rolul celui selectat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="37"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="39"/>
        <source>Password ({count}+ characters)</source>
        <translation>Parolă (cel puțin {count} caractere)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="62"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="62"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="72"/>
        <source>Select a user first.</source>
        <translation>Selectați mai întâi un utilizator.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="84"/>
        <source>Saved {name}.</source>
        <translation>{name} a fost salvat.</translation>
    </message>
</context>
</TS>
