<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="78"/>
        <source>Adjust {sku}</source>
        <translation>ปรับยอด {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="80"/>
        <source>Negative takes units out, positive adds units.</source>
        <translation>ค่าลบคือนำออก ค่าบวกคือเพิ่มเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="83"/>
        <source>what happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="84"/>
        <source>Change (+/-)</source>
        <translation>เปลี่ยนแปลง (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="85"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="86"/>
        <source>In</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="87"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="234"/>
        <source>Start with --db URL, or fix the database in Settings.</source>
        <translation>เริ่มด้วย --db URL หรือแก้ไขฐานข้อมูลในการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Order number</source>
        <translation>เลขที่คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="45"/>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="46"/>
        <source>label</source>
        <translation>ฉลาก</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="47"/>
        <source>packing slip</source>
        <translation>ใบแพ็กสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="100"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>เครื่องพิมพ์ {name} มีการตั้งค่าไม่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="153"/>
        <source>Print {count} order(s)</source>
        <translation>พิมพ์คำสั่งซื้อ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="164"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="165"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="166"/>
        <source>Retry failed</source>
        <translation>ลองใหม่รายการที่ล้มเหลว</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="167"/>
        <source>Preview</source>
        <translation>ดูตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="175"/>
        <source>Order by</source>
        <translation>เรียงตาม</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="176"/>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="184"/>
        <source>Not printed:</source>
        <translation>ยังไม่ได้พิมพ์:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="211"/>
        <source>Reading orders…</source>
        <translation>กำลังอ่านคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="219"/>
        <location filename="../../ui/printing/batch.py" line="253"/>
        <source>Reading the orders failed; details are in the log.</source>
        <translation>อ่านคำสั่งซื้อไม่สำเร็จ ดูรายละเอียดในบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="227"/>
        <source>Printing {count} order(s)…</source>
        <translation>กำลังพิมพ์คำสั่งซื้อ {count} รายการ…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="262"/>
        <source>Cancelling after the current job…</source>
        <translation>จะยกเลิกหลังงานปัจจุบัน…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="299"/>
        <source>Printed, but the print record was not saved: {error}</source>
        <translation>พิมพ์แล้ว แต่บันทึกการพิมพ์ไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="309"/>
        <source>Printing failed; details are in the log.</source>
        <translation>พิมพ์ไม่สำเร็จ ดูรายละเอียดในบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="313"/>
        <source>not sent (cancelled)</source>
        <translation>ไม่ได้ส่ง (ยกเลิก)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="314"/>
        <source>{document} {number}: {reason}</source>
        <translation>{document} {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="318"/>
        <source>{printed} printed, {waiting} waiting for Retry</source>
        <translation>พิมพ์แล้ว {printed} รอลองใหม่ {waiting}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="319"/>
        <source>{printed} printed</source>
        <translation>พิมพ์แล้ว {printed}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="320"/>
        <source>{summary} (cancelled).</source>
        <translation>{summary} (ยกเลิกแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="321"/>
        <source>{summary}.</source>
        <translation>{summary}</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="61"/>
        <source>Export to Excel…</source>
        <translation>ส่งออกเป็น Excel…</translation>
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
        <translation>การเชื่อมต่อแบบปลอดภัยกับ {server} ล้มเหลว ({error}) ตรวจสอบชื่อโฮสต์และการตั้งค่าความปลอดภัย SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="19"/>
        <source>Ask the carrier where the parcel is and notify the customer.</source>
        <translation>สอบถามขนส่งว่าพัสดุอยู่ที่ใดและแจ้งลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="20"/>
        <source>Backup to {path} failed.</source>
        <translation>สำรองข้อมูลไปยัง {path} ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="21"/>
        <source>Barcode or SKU</source>
        <translation>บาร์โค้ดหรือ SKU</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="22"/>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="23"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>เปิดฐานข้อมูล {url} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="24"/>
        <source>Cannot reach the mail server {server} ({error}). The message stays queued and will be retried.</source>
        <translation>ติดต่อเซิร์ฟเวอร์อีเมล {server} ไม่ได้ ({error}) ข้อความยังอยู่ในคิวและระบบจะลองส่งใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="25"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="26"/>
        <source>Count COUNT-{id} is already {status}; start a new count.</source>
        <translation>การตรวจนับ COUNT-{id} อยู่ในสถานะ {status} แล้ว เริ่มตรวจนับใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="27"/>
        <source>Count line</source>
        <translation>บรรทัดการตรวจนับ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="28"/>
        <source>Count session</source>
        <translation>การตรวจนับ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="29"/>
        <source>Email is not set up: set smtp.host and mail.from (`packline config set smtp.host mail.example.com`).</source>
        <translation>ยังไม่ได้ตั้งค่าอีเมล: ตั้งค่า smtp.host และ mail.from (`packline config set smtp.host mail.example.com`)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="30"/>
        <source>Email template {name} cannot be rendered: {error}</source>
        <translation>สร้างอีเมลจากแม่แบบ {name} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="31"/>
        <source>Email template {name} has an error on line {line}: {error}</source>
        <translation>แม่แบบอีเมล {name} มีข้อผิดพลาดที่บรรทัด {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="32"/>
        <source>Email template {name} has no subject block.</source>
        <translation>แม่แบบอีเมล {name} ไม่มีบล็อก subject</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="33"/>
        <source>Emails in {language!r} are not available; use one of {languages}.</source>
        <translation>ไม่มีอีเมลภาษา {language!r} ใช้ภาษาใดภาษาหนึ่งต่อไปนี้: {languages}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="34"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="35"/>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="36"/>
        <source>Message {id} is being sent right now.</source>
        <translation>ข้อความ {id} กำลังถูกส่งอยู่ในขณะนี้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="37"/>
        <source>Message {id} was already sent on {sent} UTC; it is not sent twice.</source>
        <translation>ข้อความ {id} ส่งไปแล้วเมื่อ {sent} UTC และจะไม่ส่งซ้ำ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="38"/>
        <source>Message {id} was skipped because the customer has no email address; add one to the order and send a new message.</source>
        <translation>ข้ามข้อความ {id} เพราะลูกค้าไม่มีที่อยู่อีเมล เพิ่มอีเมลในคำสั่งซื้อแล้วส่งข้อความใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="39"/>
        <source>No SMTP password is saved for {user!r}. Enter it in Settings.</source>
        <translation>ไม่มีรหัสผ่าน SMTP ที่บันทึกไว้สำหรับ {user!r} ป้อนรหัสผ่านในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="40"/>
        <source>No folder for edited email templates is configured.</source>
        <translation>ยังไม่ได้กำหนดโฟลเดอร์สำหรับแม่แบบอีเมลที่แก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="41"/>
        <source>No password on standard input.</source>
        <translation>ไม่มีรหัสผ่านในอินพุตมาตรฐาน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="42"/>
        <source>No password: set PACKLINE_PASSWORD or run in a terminal to be asked.</source>
        <translation>ไม่มีรหัสผ่าน: ตั้งค่า PACKLINE_PASSWORD หรือเรียกใช้ในเทอร์มินัลเพื่อให้ระบบถาม</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="43"/>
        <source>Notify the customer of the new date, and split and ship what is in stock.</source>
        <translation>แจ้งวันที่ใหม่ให้ลูกค้าทราบ แล้วแยกคำสั่งซื้อและจัดส่งสินค้าที่มีในสต็อก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="44"/>
        <source>One too many: order {number} needs only {expected} of {sku}. Take this unit out of the box.</source>
        <translation>เกินมาหนึ่งชิ้น: คำสั่งซื้อ {number} ต้องการ {sku} เพียง {expected} ชิ้น นำชิ้นนี้ออกจากกล่อง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="45"/>
        <source>Only {free} of {sku} free in {location} ({reserved} more reserved for orders); cannot move {quantity}.</source>
        <translation>{sku} ใน {location} ว่างเพียง {free} (จองไว้ให้คำสั่งซื้ออีก {reserved}) ย้าย {quantity} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="46"/>
        <source>Only {free} of {sku} free in {location}; cannot move {quantity}.</source>
        <translation>{sku} ใน {location} ว่างเพียง {free} ย้าย {quantity} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="47"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="48"/>
        <source>Order {number}</source>
        <translation>คำสั่งซื้อ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="49"/>
        <source>Order {number} already shipped with tracking {tracking} ({shipment}).</source>
        <translation>คำสั่งซื้อ {number} ส่งไปแล้วด้วยเลขพัสดุ {tracking} ({shipment})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="50"/>
        <source>Order {number} has no allocated stock to ship; allocate it first.</source>
        <translation>คำสั่งซื้อ {number} ไม่มีสต็อกที่จัดสรรไว้ให้ส่ง ให้จัดสรรก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="51"/>
        <source>Order {number} has nothing allocated left to ship.</source>
        <translation>คำสั่งซื้อ {number} ไม่มีรายการที่จัดสรรเหลือให้ส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="52"/>
        <source>Order {number} has nothing allocated to pack.</source>
        <translation>คำสั่งซื้อ {number} ไม่มีรายการที่จัดสรรไว้ให้แพ็ก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="53"/>
        <source>Order {number} is already {status} and cannot be cancelled; create a return instead.</source>
        <translation>คำสั่งซื้อ {number} อยู่ในสถานะ {status} แล้วจึงยกเลิกไม่ได้ ให้สร้างการคืนสินค้าแทน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="54"/>
        <source>Order {number} is already {status}.</source>
        <translation>คำสั่งซื้อ {number} อยู่ในสถานะ {status} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="55"/>
        <source>Order {number} is backordered; allocate it fully or ship the allocated part first.</source>
        <translation>คำสั่งซื้อ {number} รอสินค้าอยู่ ให้จัดสรรให้ครบหรือส่งส่วนที่จัดสรรแล้วก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="56"/>
        <source>Order {number} is backordered; it cannot be packed until it is fully allocated.</source>
        <translation>คำสั่งซื้อ {number} รอสินค้าอยู่ จะแพ็กได้เมื่อจัดสรรครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="57"/>
        <source>Order {number} is not fully verified; still to scan: {missing}.</source>
        <translation>คำสั่งซื้อ {number} ยังตรวจสอบไม่ครบ ยังต้องสแกน: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="58"/>
        <source>Order {number} is not on hold.</source>
        <translation>คำสั่งซื้อ {number} ไม่ได้ถูกพักไว้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="59"/>
        <source>Order {number} is {status}; give the new delivery date to tell the customer about a delay.</source>
        <translation>คำสั่งซื้อ {number} อยู่ในสถานะ {status} ให้ระบุวันส่งใหม่เพื่อแจ้งลูกค้าเรื่องความล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="60"/>
        <source>Order {number} is {status}; it cannot be allocated.</source>
        <translation>คำสั่งซื้อ {number} อยู่ในสถานะ {status} จึงจัดสรรไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="61"/>
        <source>Order {number} is {status}; it cannot become {target}.</source>
        <translation>คำสั่งซื้อ {number} อยู่ในสถานะ {status} จึงเปลี่ยนเป็น {target} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="62"/>
        <source>Order {number} is {status}; only allocated orders can be packed.</source>
        <translation>คำสั่งซื้อ {number} อยู่ในสถานะ {status} แพ็กได้เฉพาะคำสั่งซื้อที่จัดสรรแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="63"/>
        <source>Order {number} is {status}; only new orders can be edited.</source>
        <translation>คำสั่งซื้อ {number} อยู่ในสถานะ {status} แก้ไขได้เฉพาะคำสั่งซื้อใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="64"/>
        <source>Order {number}: {error}</source>
        <translation>คำสั่งซื้อ {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="65"/>
        <source>Product {sku}</source>
        <translation>สินค้า {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="66"/>
        <source>Purchase order {number} is {status}; nothing more to receive.</source>
        <translation>ใบสั่งซื้อ {number} อยู่ในสถานะ {status} ไม่มีสินค้าให้รับเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="67"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="68"/>
        <source>Refunds above {limit} {currency} need a manager or an admin ({user} is {role}).</source>
        <translation>การคืนเงินเกิน {limit} {currency} ต้องให้ผู้จัดการหรือผู้ดูแลระบบทำ ({user} มีบทบาท {role})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="69"/>
        <source>Release the hold, or cancel the order if it cannot go ahead.</source>
        <translation>ยกเลิกการพักไว้ หรือยกเลิกคำสั่งซื้อหากดำเนินการต่อไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="70"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="71"/>
        <source>SKU {sku!r} already exists.</source>
        <translation>มี SKU {sku!r} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="72"/>
        <source>SMTP security {security!r} is not one of {modes}.</source>
        <translation>ความปลอดภัย SMTP {security!r} ไม่ใช่ค่าใดใน: {modes}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="73"/>
        <source>Ship it now with a faster service to keep the delivery date, or notify the customer of the delay.</source>
        <translation>จัดส่งทันทีด้วยบริการที่เร็วขึ้นเพื่อให้ทันวันส่งถึง หรือแจ้งลูกค้าเรื่องความล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="74"/>
        <source>Ships today: pick, pack and hand it to the carrier before pick-up.</source>
        <translation>จัดส่งวันนี้: หยิบ แพ็ก และส่งให้ขนส่งก่อนรอบรับของ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="75"/>
        <source>Sign in: pass --user NAME (password from PACKLINE_PASSWORD or the prompt).</source>
        <translation>ลงชื่อเข้าใช้: ระบุ --user NAME (รหัสผ่านจาก PACKLINE_PASSWORD หรือจากการถาม)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="76"/>
        <source>Split the order and ship what is in stock; order more of the missing items.</source>
        <translation>แยกคำสั่งซื้อและจัดส่งสินค้าที่มีในสต็อก แล้วสั่งสินค้าที่ขาดเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="77"/>
        <source>The database is busy (another PC holds it too long). Try again.</source>
        <translation>ฐานข้อมูลไม่ว่าง (เครื่องอื่นใช้งานนานเกินไป) ลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="78"/>
        <source>The database schema is older than this version of Packline. Run `packline db upgrade` (back it up first).</source>
        <translation>สคีมาฐานข้อมูลเก่ากว่า Packline รุ่นนี้ ให้เรียกใช้ `packline db upgrade` (สำรองข้อมูลก่อน)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="79"/>
        <source>The mail server {server} accepted the message but refused {refused}.</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} รับข้อความแล้วแต่ปฏิเสธ {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="80"/>
        <source>The mail server {server} answered {reply_code} {reply}</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ตอบกลับ {reply_code} {reply}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="81"/>
        <source>The mail server {server} does not support {security} or login. Check the SMTP security setting.</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ไม่รองรับ {security} หรือการเข้าสู่ระบบ ตรวจสอบการตั้งค่าความปลอดภัย SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="82"/>
        <source>The mail server {server} refused every recipient: {refused}.</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ปฏิเสธผู้รับทั้งหมด: {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="83"/>
        <source>The mail server {server} refused the login for {user!r} ({reply}). Check the SMTP user and password in Settings.</source>
        <translation>เซิร์ฟเวอร์อีเมล {server} ปฏิเสธการเข้าสู่ระบบของ {user!r} ({reply}) ตรวจสอบผู้ใช้และรหัสผ่าน SMTP ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="84"/>
        <source>The setting notify.carrier_urls is not a JSON object ({error}); fix it in Settings.</source>
        <translation>การตั้งค่า notify.carrier_urls ไม่ใช่ออบเจ็กต์ JSON ({error}) ให้แก้ไขในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="85"/>
        <source>The setting notify.carrier_urls is not valid JSON ({error}); write it as {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}.</source>
        <translation>การตั้งค่า notify.carrier_urls ไม่ใช่ JSON ที่ถูกต้อง ({error}) ให้เขียนเป็น {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="86"/>
        <source>The setting promises.rules is not valid JSON ({error}).</source>
        <translation>การตั้งค่า promises.rules ไม่ใช่ JSON ที่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="87"/>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="88"/>
        <source>The {kind} file {path} cannot be read ({error}); fix or delete it and save the profiles again.</source>
        <translation>อ่านไฟล์ {kind} {path} ไม่ได้ ({error}) ให้แก้ไขหรือลบไฟล์ แล้วบันทึกโปรไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="89"/>
        <source>There is no email message called {message!r}.</source>
        <translation>ไม่มีข้อความอีเมลชื่อ {message!r}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="90"/>
        <source>There is no email template {name}.</source>
        <translation>ไม่มีแม่แบบอีเมล {name}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="91"/>
        <source>This record</source>
        <translation>รายการนี้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="92"/>
        <source>Unknown SKU {sku} (line {line}); add the product first or set import.unknown_sku to placeholder.</source>
        <translation>ไม่รู้จัก SKU {sku} (บรรทัด {line}) เพิ่มสินค้าก่อน หรือตั้ง import.unknown_sku เป็น placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="93"/>
        <source>Unknown SKU {sku}; import the product first.</source>
        <translation>ไม่รู้จัก SKU {sku} นำเข้าสินค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="94"/>
        <source>Wrong item: {code} is not on order {number}. Put it back.</source>
        <translation>สินค้าผิด: {code} ไม่อยู่ในคำสั่งซื้อ {number} นำกลับไปคืนที่เดิม</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="95"/>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="96"/>
        <source>a purchase order needs at least one line</source>
        <translation>ใบสั่งซื้อต้องมีอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="97"/>
        <source>a return needs at least one line</source>
        <translation>การคืนสินค้าต้องมีอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="98"/>
        <source>add one in Settings -&gt; Printers or with `packline printer add`</source>
        <translation>เพิ่มได้ที่ การตั้งค่า -&gt; เครื่องพิมพ์ หรือด้วย `packline printer add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="99"/>
        <source>adjust stock</source>
        <translation>ปรับยอดสต็อก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="100"/>
        <source>admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="101"/>
        <source>allocated</source>
        <translation>จัดสรรแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="102"/>
        <source>already exists</source>
        <translation>มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="103"/>
        <source>already exists in {warehouse}</source>
        <translation>มีอยู่แล้วใน {warehouse}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="104"/>
        <source>already imported from {channel}</source>
        <translation>นำเข้าจาก {channel} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="105"/>
        <source>amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="106"/>
        <source>an order needs at least one line</source>
        <translation>คำสั่งซื้อต้องมีอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="107"/>
        <source>any</source>
        <translation>ใดก็ได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="108"/>
        <source>backordered</source>
        <translation>รอสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="109"/>
        <source>barcode</source>
        <translation>บาร์โค้ด</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="110"/>
        <source>bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="111"/>
        <source>business_days</source>
        <translation>business_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="112"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="113"/>
        <source>cannot be a kit itself</source>
        <translation>ต้องไม่เป็นชุดเสียเอง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="114"/>
        <source>cannot be read ({reason})</source>
        <translation>อ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="115"/>
        <source>carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="116"/>
        <source>change prices</source>
        <translation>เปลี่ยนราคา</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="117"/>
        <source>change shop settings</source>
        <translation>เปลี่ยนการตั้งค่าร้าน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="118"/>
        <source>channel order id</source>
        <translation>รหัสคำสั่งซื้อของช่องทาง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="119"/>
        <source>clerk</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="120"/>
        <source>component</source>
        <translation>ส่วนประกอบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="121"/>
        <source>component quantity</source>
        <translation>จำนวนส่วนประกอบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="122"/>
        <source>condition</source>
        <translation>สภาพ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="123"/>
        <source>cost</source>
        <translation>ต้นทุน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="124"/>
        <source>counted</source>
        <translation>จำนวนที่นับได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="125"/>
        <source>country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="126"/>
        <source>create and change orders</source>
        <translation>สร้างและแก้ไขคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="127"/>
        <source>currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="128"/>
        <source>customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="129"/>
        <source>day counts cannot be negative</source>
        <translation>จำนวนวันติดลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="130"/>
        <source>days</source>
        <translation>จำนวนวัน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="131"/>
        <source>db backup copies SQLite files; back up PostgreSQL with pg_dump on the server.</source>
        <translation>db backup คัดลอกไฟล์ SQLite ให้สำรอง PostgreSQL ด้วย pg_dump บนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="132"/>
        <source>default_transit_days</source>
        <translation>default_transit_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="133"/>
        <source>deliver by</source>
        <translation>ส่งถึงภายใน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="134"/>
        <source>delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="135"/>
        <source>delta</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="136"/>
        <source>discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="137"/>
        <source>disposition</source>
        <translation>การจัดการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="138"/>
        <source>document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="139"/>
        <source>does not exist</source>
        <translation>ไม่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="140"/>
        <source>edit products</source>
        <translation>แก้ไขสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="141"/>
        <source>exists in several warehouses; write it as WAREHOUSE/BIN</source>
        <translation>มีอยู่ในหลายคลังสินค้า ให้เขียนเป็น WAREHOUSE/BIN</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="142"/>
        <source>export</source>
        <translation>การส่งออก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="143"/>
        <source>file</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="144"/>
        <source>from</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="145"/>
        <source>handle returns</source>
        <translation>จัดการการคืนสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="146"/>
        <source>has a wrong check digit ({kind}): ends in {last}, should be {expected}</source>
        <translation>เลขตรวจสอบผิด ({kind}): ลงท้ายด้วย {last} ควรเป็น {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="147"/>
        <source>has invalid saved settings ({error})</source>
        <translation>มีการตั้งค่าที่บันทึกไว้ไม่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="148"/>
        <source>has no document printer for packing slips; set one in Settings -&gt; Printers</source>
        <translation>ไม่มีเครื่องพิมพ์เอกสารสำหรับใบแพ็กสินค้า ตั้งค่าได้ที่ การตั้งค่า -&gt; เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="149"/>
        <source>has no shipment yet; ship it first (packline order ship) to print its shipping label</source>
        <translation>ยังไม่มีการจัดส่ง ให้ส่งก่อน (packline order ship) จึงจะพิมพ์ฉลากจัดส่งได้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="150"/>
        <source>is a kit; count its components</source>
        <translation>เป็นชุด ให้นับส่วนประกอบแทน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="151"/>
        <source>is a kit; its stock is its components&apos; stock</source>
        <translation>เป็นชุด สต็อกของชุดคือสต็อกของส่วนประกอบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="152"/>
        <source>is a kit; move its components instead</source>
        <translation>เป็นชุด ให้ย้ายส่วนประกอบแทน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="153"/>
        <source>is a kit; order its components</source>
        <translation>เป็นชุด ให้สั่งซื้อส่วนประกอบแทน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="154"/>
        <source>is a page printer of the desktop window (qt://); from the command line use cups://QUEUE or windows://PRINTER</source>
        <translation>เป็นเครื่องพิมพ์ของหน้าต่างโปรแกรม (qt://) ในบรรทัดคำสั่งให้ใช้ cups://QUEUE หรือ windows://PRINTER</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="155"/>
        <source>is a secret and is kept in the OS keyring, not the shared database</source>
        <translation>เป็นข้อมูลลับที่เก็บไว้ในคีย์ริงของระบบปฏิบัติการ ไม่ใช่ในฐานข้อมูลที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="156"/>
        <source>is already used by another order</source>
        <translation>ถูกใช้โดยคำสั่งซื้ออื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="157"/>
        <source>is before from ({start})</source>
        <translation>อยู่ก่อนวันเริ่มต้น ({start})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="158"/>
        <source>is before the start {start}</source>
        <translation>อยู่ก่อนวันเริ่ม {start}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="159"/>
        <source>is more than can be refunded ({ordered} ordered, {refunded} already refunded)</source>
        <translation>มากกว่าที่คืนเงินได้ (สั่ง {ordered} คืนเงินแล้ว {refunded})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="160"/>
        <source>is more than can be returned ({shipped} shipped, {returned} already returned)</source>
        <translation>มากกว่าที่คืนได้ (ส่งแล้ว {shipped} คืนแล้ว {returned})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="161"/>
        <source>is more than the amount refunded</source>
        <translation>มากกว่าจำนวนเงินที่คืน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="162"/>
        <source>is more than the {left} shipping left to refund</source>
        <translation>มากกว่าค่าจัดส่ง {left} ที่เหลือให้คืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="163"/>
        <source>is more than the {left} still expected on {po}</source>
        <translation>มากกว่า {left} ที่ยังรอรับใน {po}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="164"/>
        <source>is more than the {left} still expected on {rma}</source>
        <translation>มากกว่า {left} ที่ยังรอรับใน {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="165"/>
        <source>is more than the {ready} allocated and unshipped ({left} left to ship)</source>
        <translation>มากกว่า {ready} ที่จัดสรรแล้วและยังไม่ได้ส่ง (เหลือต้องส่ง {left})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="166"/>
        <source>is not a bin</source>
        <translation>ไม่ใช่ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="167"/>
        <source>is not a saved {kind}; saved {kinds}: {known}</source>
        <translation>ไม่ใช่ชื่อที่บันทึกไว้ ({kind}) {kinds} ที่บันทึกไว้: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="168"/>
        <source>is not a sellable bin</source>
        <translation>ไม่ใช่ช่องเก็บสินค้าพร้อมขาย</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="169"/>
        <source>is not a valid mapping profile ({error})</source>
        <translation>ไม่ใช่โปรไฟล์การจับคู่คอลัมน์ที่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="170"/>
        <source>is not an IANA timezone name</source>
        <translation>ไม่ใช่ชื่อเขตเวลาของ IANA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="171"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>ไม่ใช่วันที่และเวลาแบบ ISO 8601</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="172"/>
        <source>is not an amount</source>
        <translation>ไม่ใช่จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="173"/>
        <source>is not an amount (use digits and a dot, e.g. 12.50)</source>
        <translation>ไม่ใช่จำนวนเงิน (ใช้ตัวเลขและจุด เช่น 12.50)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="174"/>
        <source>is not expected on {po}</source>
        <translation>ไม่อยู่ในรายการที่รอรับของ {po}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="175"/>
        <source>is not on order {number}</source>
        <translation>ไม่อยู่ในคำสั่งซื้อ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="176"/>
        <source>is not on {rma}</source>
        <translation>ไม่อยู่ใน {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="177"/>
        <source>is not valid JSON ({error})</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="178"/>
        <source>is taken</source>
        <translation>ถูกใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="179"/>
        <source>is the same location as from</source>
        <translation>เป็นตำแหน่งเดียวกับต้นทาง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="180"/>
        <source>is unknown; known settings: {known}</source>
        <translation>ไม่รู้จัก การตั้งค่าที่รู้จัก: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="181"/>
        <source>line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="182"/>
        <source>line {index} quantity</source>
        <translation>จำนวนในบรรทัด {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="183"/>
        <source>line {index} {field}</source>
        <translation>{field} ในบรรทัด {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="184"/>
        <source>location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="185"/>
        <source>manage users</source>
        <translation>จัดการผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="186"/>
        <source>manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="187"/>
        <source>mapping profile</source>
        <translation>โปรไฟล์การจับคู่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="188"/>
        <source>mapping profiles</source>
        <translation>โปรไฟล์การจับคู่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="189"/>
        <source>method</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="190"/>
        <source>must be KG or KG:LxWxH with positive numbers, e.g. 1.2:30x20x10</source>
        <translation>ต้องเป็น KG หรือ KG:LxWxH ด้วยตัวเลขที่มากกว่าศูนย์ เช่น 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="191"/>
        <source>must be KG or KG:LxWxH, e.g. 1.2:30x20x10</source>
        <translation>ต้องเป็น KG หรือ KG:LxWxH เช่น 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="192"/>
        <source>must be a .pdf or .zpl file</source>
        <translation>ต้องเป็นไฟล์ .pdf หรือ .zpl</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="193"/>
        <source>must be a code in Latin letters and digits without &apos;/&apos;, like A-01-03 (it is printed as a barcode)</source>
        <translation>ต้องเป็นรหัสที่ใช้อักษรละตินและตัวเลขโดยไม่มี &apos;/&apos; เช่น A-01-03 (พิมพ์เป็นบาร์โค้ด)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="194"/>
        <source>must be a date like 2026-03-31</source>
        <translation>ต้องเป็นวันที่ เช่น 2026-03-31</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="195"/>
        <source>must be a non-zero whole number</source>
        <translation>ต้องเป็นจำนวนเต็มที่ไม่ใช่ศูนย์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="196"/>
        <source>must be a positive whole number</source>
        <translation>ต้องเป็นจำนวนเต็มบวก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="197"/>
        <source>must be a short code in Latin letters and digits, like MAIN (it is printed in bin barcodes)</source>
        <translation>ต้องเป็นรหัสสั้นที่ใช้อักษรละตินและตัวเลข เช่น MAIN (พิมพ์อยู่ในบาร์โค้ดของช่องเก็บ)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="198"/>
        <source>must be a three-letter ISO code such as USD, EUR</source>
        <translation>ต้องเป็นรหัส ISO สามตัวอักษร เช่น USD, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="199"/>
        <source>must be a two-letter ISO code such as US, IT, TH</source>
        <translation>ต้องเป็นรหัส ISO สองตัวอักษร เช่น US, IT, TH</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="200"/>
        <source>must be a whole number</source>
        <translation>ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="201"/>
        <source>must be at least {count} characters</source>
        <translation>ต้องมีอย่างน้อย {count} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="202"/>
        <source>must be kilograms like 0.25</source>
        <translation>ต้องเป็นกิโลกรัม เช่น 0.25</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="203"/>
        <source>must be more than zero</source>
        <translation>ต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="204"/>
        <source>must be one of {choices}</source>
        <translation>ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="205"/>
        <source>must be zero or a positive whole number</source>
        <translation>ต้องเป็นศูนย์หรือจำนวนเต็มบวก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="206"/>
        <source>must be {usage}</source>
        <translation>ต้องเป็น {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="207"/>
        <source>must end in {suffixes}</source>
        <translation>ต้องลงท้ายด้วย {suffixes}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="208"/>
        <source>must map tax names to codes, like {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</source>
        <translation>ต้องจับคู่ชื่อภาษีกับรหัส เช่น {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="209"/>
        <source>must not be empty</source>
        <translation>ต้องไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="210"/>
        <source>must not be empty or padded with spaces</source>
        <translation>ต้องไม่ว่างและไม่มีช่องว่างหน้าหรือหลัง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="211"/>
        <source>must not be negative</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="212"/>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="213"/>
        <source>name at least one bin</source>
        <translation>ระบุช่องเก็บอย่างน้อยหนึ่งช่อง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="214"/>
        <source>name at least one order</source>
        <translation>ระบุคำสั่งซื้ออย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="215"/>
        <source>name at least one product</source>
        <translation>ระบุสินค้าอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="216"/>
        <source>need exactly the zones {zones}</source>
        <translation>ต้องมีโซน {zones} ครบพอดี</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="217"/>
        <source>need weekdays 0-6</source>
        <translation>ต้องเป็นวันในสัปดาห์ 0-6</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="218"/>
        <source>needs a timezone</source>
        <translation>ต้องระบุเขตเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="219"/>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="220"/>
        <source>no such bin or location</source>
        <translation>ไม่มีช่องเก็บหรือตำแหน่งนี้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="221"/>
        <source>no users can sign in yet; create one with `packline user add`</source>
        <translation>ยังไม่มีผู้ใช้ที่ลงชื่อเข้าใช้ได้ ให้สร้างด้วย `packline user add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="222"/>
        <source>none yet ({hint})</source>
        <translation>ยังไม่มี ({hint})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="223"/>
        <source>note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="224"/>
        <source>nothing to receive</source>
        <translation>ไม่มีรายการให้รับ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="225"/>
        <source>nothing to refund: give --amount, --line or --shipping</source>
        <translation>ไม่มียอดให้คืนเงิน: ระบุ --amount, --line หรือ --shipping</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="226"/>
        <source>nothing to ship</source>
        <translation>ไม่มีรายการให้ส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="227"/>
        <source>number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="228"/>
        <source>on hold</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="229"/>
        <source>only restocked units go to a bin, not {disposition}</source>
        <translation>เฉพาะหน่วยที่รับคืนเข้าสต็อกเท่านั้นที่ไปยังช่องเก็บ ไม่ใช่ {disposition}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="230"/>
        <source>order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="231"/>
        <source>order number</source>
        <translation>เลขที่คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="232"/>
        <source>order {number} has no delivery estimate; give the new date</source>
        <translation>คำสั่งซื้อ {number} ไม่มีวันส่งถึงโดยประมาณ ให้ระบุวันใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="233"/>
        <source>orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="234"/>
        <source>outbox message</source>
        <translation>ข้อความในกล่องขาออก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="235"/>
        <source>override pack verification</source>
        <translation>ข้ามการตรวจสอบการแพ็ก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="236"/>
        <source>pack and ship orders</source>
        <translation>แพ็กและส่งคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="237"/>
        <source>packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="238"/>
        <source>packer</source>
        <translation>พนักงานแพ็ก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="239"/>
        <source>paid</source>
        <translation>ยอดชำระ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="240"/>
        <source>partially shipped</source>
        <translation>ส่งบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="241"/>
        <source>password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="242"/>
        <source>picking</source>
        <translation>กำลังหยิบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="243"/>
        <source>price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="244"/>
        <source>printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="245"/>
        <source>printers</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="246"/>
        <source>promise rules</source>
        <translation>กฎกำหนดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="247"/>
        <source>promise rules version</source>
        <translation>เวอร์ชันกฎกำหนดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="248"/>
        <source>purchase order</source>
        <translation>ใบสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="249"/>
        <source>quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="250"/>
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="251"/>
        <source>reason &apos;other&apos; needs a note saying why</source>
        <translation>เหตุผล &apos;other&apos; ต้องมีหมายเหตุอธิบาย</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="252"/>
        <source>receive and transfer stock</source>
        <translation>รับและโอนสต็อก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="253"/>
        <source>refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="254"/>
        <source>refund above the limit</source>
        <translation>คืนเงินเกินวงเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="255"/>
        <source>reorder point</source>
        <translation>จุดสั่งซื้อใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="256"/>
        <source>reorder quantity</source>
        <translation>จำนวนสั่งซื้อใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="257"/>
        <source>restocking fee</source>
        <translation>ค่าธรรมเนียมรับคืนเข้าสต็อก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="258"/>
        <source>role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="259"/>
        <source>save one in the import dialog&apos;s column mapping</source>
        <translation>บันทึกได้ในการจับคู่คอลัมน์ของหน้าต่างนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="260"/>
        <source>say why verification is overridden</source>
        <translation>ระบุเหตุผลที่ข้ามการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="261"/>
        <source>scan the packing slip or type the number</source>
        <translation>สแกนใบแพ็กสินค้าหรือพิมพ์เลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="262"/>
        <source>see prices and costs</source>
        <translation>ดูราคาและต้นทุน</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="263"/>
        <source>setting</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="264"/>
        <source>shipment or tracking number</source>
        <translation>การจัดส่งหรือเลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="265"/>
        <source>shipped</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="266"/>
        <source>shipping</source>
        <translation>ค่าจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="267"/>
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="268"/>
        <source>supplier</source>
        <translation>ผู้จำหน่าย</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="269"/>
        <source>tax</source>
        <translation>ภาษี</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="270"/>
        <source>this Packline reads version {version}</source>
        <translation>Packline รุ่นนี้อ่านได้เฉพาะเวอร์ชัน {version}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="271"/>
        <source>time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="272"/>
        <source>timezone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="273"/>
        <source>to</source>
        <translation>ไปยัง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="274"/>
        <source>transit zone</source>
        <translation>โซนขนส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="275"/>
        <source>user name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="276"/>
        <source>warehouse</source>
        <translation>คลังสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="277"/>
        <source>weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="278"/>
        <source>would exceed what was paid ({paid} {currency} paid, {refunded} already refunded, {left} left)</source>
        <translation>จะเกินยอดที่ชำระ (ชำระ {paid} {currency} คืนเงินแล้ว {refunded} เหลือ {left})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="279"/>
        <source>{error} Not printed: {orders}. The job was kept in {folder}; retry with `packline print retry` (add --printer URI to send it elsewhere).</source>
        <translation>{error} ไม่ได้พิมพ์: {orders} เก็บงานพิมพ์ไว้ที่ {folder} ลองใหม่ด้วย `packline print retry` (เพิ่ม --printer URI เพื่อส่งไปที่อื่น)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="280"/>
        <source>{field} {value!r}: {problem}</source>
        <translation>{field} {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="281"/>
        <source>{kind} name</source>
        <translation>ชื่อ{kind}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="282"/>
        <source>{kind} {key!r} does not exist.</source>
        <translation>ไม่มี {kind} {key!r}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="283"/>
        <source>{name} ({role}) may not {action}. Ask a manager or an admin.</source>
        <translation>{name} ({role}) ไม่มีสิทธิ์{action} โปรดขอให้ผู้จัดการหรือผู้ดูแลระบบดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="284"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>มี {path} อยู่แล้ว ให้เลือกชื่อไฟล์ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="285"/>
        <source>{rma} is already fully received.</source>
        <translation>รับ {rma} ครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="286"/>
        <source>{sku} is in several bins ({bins}); give the bin in the file.</source>
        <translation>{sku} อยู่ในหลายช่องเก็บ ({bins}) ระบุช่องเก็บในไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="287"/>
        <source>{sku} is in several bins ({bins}); say which</source>
        <translation>{sku} อยู่ในหลายช่องเก็บ ({bins}) ให้ระบุช่องที่ต้องการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="288"/>
        <source>{sku} quantity</source>
        <translation>จำนวน {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="289"/>
        <source>{sku} {count} of {expected}</source>
        <translation>{sku} {count} จาก {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="290"/>
        <source>{what} was changed by someone else. Reload and try again.</source>
        <translation>{what} ถูกผู้อื่นแก้ไขแล้ว ให้โหลดใหม่แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="52"/>
        <source>Start a new count</source>
        <translation>เริ่มตรวจนับใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="54"/>
        <source>Scan a bin label, then every unit in it</source>
        <translation>สแกนฉลากช่องเก็บ แล้วสแกนสินค้าทุกชิ้นในช่อง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="56"/>
        <source>Start a count, then scan a bin label.</source>
        <translation>เริ่มการตรวจนับ แล้วสแกนฉลากช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="57"/>
        <source>Differences only</source>
        <translation>เฉพาะที่มีผลต่าง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Expected</source>
        <translation>ที่ควรมี</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="69"/>
        <source>Post differences</source>
        <translation>บันทึกผลต่าง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="72"/>
        <source>Only managers and admins post counts; ask one to review and post.</source>
        <translation>เฉพาะผู้จัดการและผู้ดูแลระบบที่บันทึกการตรวจนับได้ ขอให้คนใดคนหนึ่งตรวจและบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="113"/>
        <source>Start a new count first.</source>
        <translation>เริ่มตรวจนับใหม่ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="119"/>
        <source>Counting {bin}: scan every unit in it.</source>
        <translation>กำลังนับ {bin}: สแกนสินค้าทุกชิ้นในช่องนี้</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="123"/>
        <source>{code} is not a bin label. Scan the bin first.</source>
        <translation>{code} ไม่ใช่ฉลากช่องเก็บ สแกนช่องเก็บก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="151"/>
        <source>Count COUNT-{id} started. Scan a bin label.</source>
        <translation>เริ่มการตรวจนับ COUNT-{id} แล้ว สแกนฉลากช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="180"/>
        <source>Post {n} difference of count COUNT-{id} as stock adjustments?</source>
        <translation>บันทึกผลต่าง {n} รายการของการตรวจนับ COUNT-{id} เป็นการปรับยอดสต็อกหรือไม่?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="181"/>
        <source>Post {n} differences of count COUNT-{id} as stock adjustments?</source>
        <translation>บันทึกผลต่าง {n} รายการของการตรวจนับ COUNT-{id} เป็นการปรับยอดสต็อกหรือไม่?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="194"/>
        <source>Count COUNT-{id} posted: {count} adjustment(s) booked.</source>
        <translation>บันทึกการตรวจนับ COUNT-{id} แล้ว: ปรับยอด {count} รายการ</translation>
    </message>
</context>
<context>
    <name>CountedDialog</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="35"/>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="36"/>
        <source>Units of {sku} counted in {location}:</source>
        <translation>จำนวน {sku} ที่นับได้ใน {location}:</translation>
    </message>
</context>
<context>
    <name>CreateRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="73"/>
        <source>Return from order {order}</source>
        <translation>รับคืนจากคำสั่งซื้อ {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Return</source>
        <translation>คืน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="77"/>
        <source> of {count}</source>
        <translation> จาก {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="82"/>
        <source>note (needed when the reason is Other)</source>
        <translation>หมายเหตุ (จำเป็นเมื่อเหตุผลคือ อื่น ๆ)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="92"/>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Average order</source>
        <translation>ยอดเฉลี่ยต่อคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Free shipping</source>
        <translation>ส่งฟรี</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Just below free shipping</source>
        <translation>เกือบถึงยอดส่งฟรี</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Late shipments</source>
        <translation>จัดส่งล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Refunds</source>
        <translation>การคืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Stock-outs / low</source>
        <translation>สินค้าหมด / ใกล้หมด</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="117"/>
        <source>Orders per day</source>
        <translation>คำสั่งซื้อต่อวัน</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="119"/>
        <source>Returns by reason</source>
        <translation>การคืนสินค้าตามเหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="121"/>
        <source>Shipping charged vs label cost</source>
        <translation>ค่าส่งที่เรียกเก็บ เทียบกับค่าฉลาก</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Available</source>
        <translation>พร้อมขาย</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Reorder point</source>
        <translation>จุดสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Export stock-outs to Excel…</source>
        <translation>ส่งออกสินค้าหมดเป็น Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="138"/>
        <source>Stock-outs and low stock</source>
        <translation>สินค้าหมดและใกล้หมด</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="165"/>
        <source>{count} under {threshold}</source>
        <translation>{count} ต่ำกว่า {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Charged</source>
        <translation>ที่เรียกเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Label cost</source>
        <translation>ค่าฉลาก</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/database.py" line="35"/>
        <source>This computer only (a local file)</source>
        <translation>เครื่องนี้เท่านั้น (ไฟล์ในเครื่อง)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="36"/>
        <source>Shared PostgreSQL server (several PCs)</source>
        <translation>เซิร์ฟเวอร์ PostgreSQL ที่ใช้ร่วมกัน (หลายเครื่อง)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="41"/>
        <source>Browse...</source>
        <translation>เลือก...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="49"/>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="56"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="58"/>
        <source>Host</source>
        <translation>โฮสต์</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="59"/>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="60"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="61"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="62"/>
        <source>The password is read from PGPASSWORD or ~/.pgpass. Changes apply on the next start.</source>
        <translation>รหัสผ่านอ่านจาก PGPASSWORD หรือ ~/.pgpass การเปลี่ยนแปลงมีผลเมื่อเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="82"/>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="83"/>
        <source>SQLite (*.sqlite3 *.db)</source>
        <translation>SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="96"/>
        <source>Connecting...</source>
        <translation>กำลังเชื่อมต่อ...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="97"/>
        <source>Connecting to the database...</source>
        <translation>กำลังเชื่อมต่อฐานข้อมูล...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="101"/>
        <source>Cannot connect: {error}</source>
        <translation>เชื่อมต่อไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="103"/>
        <source>Connected to {server}</source>
        <translation>เชื่อมต่อกับ {server} แล้ว</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="162"/>
        <source>Select an order to see its lines, shipments and history.</source>
        <translation>เลือกคำสั่งซื้อเพื่อดูรายการ การจัดส่ง และประวัติ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <location filename="../../ui/inventory/detail.py" line="77"/>
        <source>Select a product.</source>
        <translation>เลือกสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>On hand</source>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Free</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>To</source>
        <translation>ไปยัง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="45"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="46"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="47"/>
        <source>Reference</source>
        <translation>อ้างอิง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="48"/>
        <source>Export history…</source>
        <translation>ส่งออกประวัติ…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="56"/>
        <source>Stock by location</source>
        <translation>สต็อกตามตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="57"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="94"/>
        <source>&lt;b&gt;{sku}&lt;/b&gt; · on hand {on_hand} · reserved {reserved} · available {available} · incoming {incoming}</source>
        <translation>&lt;b&gt;{sku}&lt;/b&gt; · คงเหลือ {on_hand} · จองแล้ว {reserved} · พร้อมขาย {available} · กำลังเข้า {incoming}</translation>
    </message>
</context>
<context>
    <name>EmailSettingsPage</name>
    <message>
        <location filename="../../ui/email_settings/page.py" line="43"/>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="105"/>
        <source>Sending a test email to {to}...</source>
        <translation>กำลังส่งอีเมลทดสอบไปที่ {to}...</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="113"/>
        <source>Test email sent to {to}. Check that inbox.</source>
        <translation>ส่งอีเมลทดสอบไปที่ {to} แล้ว ตรวจสอบกล่องจดหมายนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="115"/>
        <location filename="../../ui/email_settings/page.py" line="118"/>
        <source>The test email was not sent: {error}</source>
        <translation>ไม่ได้ส่งอีเมลทดสอบ: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="28"/>
        <source>Something went wrong; details are in the log. Nothing was changed by the failed step.</source>
        <translation>เกิดข้อผิดพลาด ดูรายละเอียดในบันทึก ขั้นตอนที่ล้มเหลวไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="56"/>
        <source>Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="63"/>
        <source>Open log folder</source>
        <translation>เปิดโฟลเดอร์บันทึก</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Exception</source>
        <translation>ข้อยกเว้น</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Ship by</source>
        <translation>ส่งภายใน</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Deliver by</source>
        <translation>ส่งถึงภายใน</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Suggested action</source>
        <translation>สิ่งที่ควรทำ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="40"/>
        <source>Release hold</source>
        <translation>ยกเลิกการพัก</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="41"/>
        <source>Notify customer of delay</source>
        <translation>แจ้งลูกค้าเรื่องความล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="56"/>
        <source>Order {number} released.</source>
        <translation>ยกเลิกการพักคำสั่งซื้อ {number} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="63"/>
        <source>Delay email for order {number} queued.</source>
        <translation>จัดคิวอีเมลแจ้งความล่าช้าของคำสั่งซื้อ {number} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="73"/>
        <source>{count} exception(s).</source>
        <translation>ข้อยกเว้น {count} รายการ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="32"/>
        <source>Accounting workbook (.xlsx)</source>
        <translation>สมุดงานบัญชี (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="33"/>
        <source>Xero sales invoices (.csv)</source>
        <translation>ใบแจ้งหนี้ขาย Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="34"/>
        <source>Xero credit notes (.csv)</source>
        <translation>ใบลดหนี้ Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="35"/>
        <source>QuickBooks invoices (.csv)</source>
        <translation>ใบแจ้งหนี้ QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="36"/>
        <source>QuickBooks credit memos (.csv)</source>
        <translation>ใบลดหนี้ QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="39"/>
        <source>Reading the orders…</source>
        <translation>กำลังอ่านคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="40"/>
        <source>Reading the order lines and taxes…</source>
        <translation>กำลังอ่านรายการสินค้าในคำสั่งซื้อและภาษี…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="41"/>
        <source>Reading the refunds…</source>
        <translation>กำลังอ่านการคืนเงิน…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="42"/>
        <source>Reading the shipments…</source>
        <translation>กำลังอ่านการจัดส่ง…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="43"/>
        <source>Valuing the inventory…</source>
        <translation>กำลังประเมินมูลค่าคลังสินค้า…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="44"/>
        <source>Writing {name}…</source>
        <translation>กำลังเขียน {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="45"/>
        <source>Saving {name}…</source>
        <translation>กำลังบันทึก {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="79"/>
        <source>Export for the accountant</source>
        <translation>ส่งออกให้นักบัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="90"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="96"/>
        <location filename="../../ui/intake/export_dialog.py" line="101"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="97"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="98"/>
        <source>To</source>
        <translation>ไปยัง</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="99"/>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="103"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="120"/>
        <source>Save export</source>
        <translation>บันทึกไฟล์ส่งออก</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="128"/>
        <source>The file name must end in {suffix}.</source>
        <translation>ชื่อไฟล์ต้องลงท้ายด้วย {suffix}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="132"/>
        <source>The end date is before the start date.</source>
        <translation>วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="154"/>
        <source>Saved {path} ({orders} orders).</source>
        <translation>บันทึก {path} แล้ว (คำสั่งซื้อ {orders} รายการ)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="156"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>บันทึก {path} ไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <location filename="../../ui/reports/export.py" line="23"/>
        <source>Export to Excel</source>
        <translation>ส่งออกเป็น Excel</translation>
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
        <translation>ทุกกำหนดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="17"/>
        <source>Late</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="18"/>
        <source>Due today</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="42"/>
        <source>Exceptions</source>
        <translation>ข้อยกเว้น</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="44"/>
        <source>Orders about to break their delivery promise (Reports -&gt; Exceptions)</source>
        <translation>คำสั่งซื้อที่ใกล้จะส่งไม่ทันตามที่สัญญา (รายงาน -&gt; ข้อยกเว้น)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="51"/>
        <source>Search number, customer, email, SKU, tracking (Ctrl+F)</source>
        <translation>ค้นหาเลขที่ ลูกค้า อีเมล SKU เลขพัสดุ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="54"/>
        <location filename="../../ui/orders/filter_bar.py" line="94"/>
        <source>All channels</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="55"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exception</source>
        <translation>ข้อยกเว้น {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exceptions</source>
        <translation>ข้อยกเว้น {count} รายการ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="33"/>
        <source>Welcome to Packline</source>
        <translation>ยินดีต้อนรับสู่ Packline</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>Load demo data (products, stock and orders to try things out)</source>
        <translation>โหลดข้อมูลตัวอย่าง (สินค้า สต็อก และคำสั่งซื้อ ไว้ทดลองใช้)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45"/>
        <source>Admin user</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>Password (at least {count} characters)</source>
        <translation>รหัสผ่าน (อย่างน้อย {count} ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Repeat password</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>Demo orders</source>
        <translation>คำสั่งซื้อตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>A new database was created at
{url}

Create the first administrator account.</source>
        <translation>สร้างฐานข้อมูลใหม่แล้วที่
{url}

สร้างบัญชีผู้ดูแลระบบบัญชีแรก</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96"/>
        <source>Loading {count} demo orders...</source>
        <translation>กำลังโหลดคำสั่งซื้อตัวอย่าง {count} รายการ...</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/settings/general.py" line="45"/>
        <source>Choose logo...</source>
        <translation>เลือกโลโก้...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="52"/>
        <source>Language (applies at next start)</source>
        <translation>ภาษา (มีผลเมื่อเปิดครั้งถัดไป)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="53"/>
        <source>Company name</source>
        <translation>ชื่อบริษัท</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="54"/>
        <source>Company address</source>
        <translation>ที่อยู่บริษัท</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="55"/>
        <source>Logo for documents</source>
        <translation>โลโก้บนเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="71"/>
        <source>Logo</source>
        <translation>โลโก้</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="72"/>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>รูปภาพ (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="80"/>
        <source>(no logo)</source>
        <translation>(ไม่มีโลโก้)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="37"/>
        <source>Detect from headers</source>
        <translation>ตรวจจากหัวคอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="52"/>
        <source>orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="55"/>
        <source>products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="59"/>
        <source>stock rows</source>
        <translation>แถวสต็อก</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Set quantities to the file&apos;s</source>
        <translation>ตั้งจำนวนตามไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="61"/>
        <source>Add the file&apos;s quantities</source>
        <translation>บวกจำนวนจากไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="84"/>
        <source>Import {noun}</source>
        <translation>นำเข้า{noun}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="86"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="90"/>
        <source>Map columns…</source>
        <translation>จับคู่คอลัมน์…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="93"/>
        <source>Preview</source>
        <translation>แสดงตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="95"/>
        <source>Choose a file and press Preview.</source>
        <translation>เลือกไฟล์แล้วกดแสดงตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="100"/>
        <source>Import the good {noun}, skip the bad ones</source>
        <translation>นำเข้า{noun}ที่ถูกต้อง ข้ามส่วนที่ผิด</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="104"/>
        <source>Import nothing</source>
        <translation>ไม่นำเข้าอะไรเลย</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="117"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="135"/>
        <source>Mapping: {name}</source>
        <translation>การจับคู่: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="138"/>
        <source>File to import</source>
        <translation>ไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="139"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>สเปรดชีต (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="146"/>
        <location filename="../../ui/intake/import_dialog.py" line="185"/>
        <source>Choose a file first.</source>
        <translation>เลือกไฟล์ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Reading {noun}…</source>
        <translation>กำลังอ่าน{noun}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="218"/>
        <source>{count} {noun} found: {new} new, {updated} to update, {unchanged} unchanged, {rejected} with errors (skipped), {not_applied} changes that will not be applied.</source>
        <translation>พบ{noun} {count} รายการ: ใหม่ {new} อัปเดต {updated} ไม่เปลี่ยน {unchanged} มีข้อผิดพลาด (ข้าม) {rejected} การเปลี่ยนแปลงที่จะไม่นำไปใช้ {not_applied}</translation>
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
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="23"/>
        <source>Barcode</source>
        <translation>บาร์โค้ด</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="24"/>
        <source>On hand</source>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="25"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="26"/>
        <source>Available</source>
        <translation>พร้อมขาย</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="27"/>
        <source>Incoming</source>
        <translation>กำลังเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="28"/>
        <source>Reorder at</source>
        <translation>จุดสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="124"/>
        <source>kit</source>
        <translation>ชุด</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="131"/>
        <source>Low stock: {available} available, reorder at {reorder_point}</source>
        <translation>สินค้าใกล้หมด: พร้อมขาย {available} จุดสั่งซื้อ {reorder_point}</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <location filename="../../ui/inventory/view.py" line="37"/>
        <source>Inventory</source>
        <translation>คลังสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="54"/>
        <source>Search SKU, barcode or name (Ctrl+F)</source>
        <translation>ค้นหา SKU บาร์โค้ด หรือชื่อ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="58"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="59"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="60"/>
        <source>Export this list…</source>
        <translation>ส่งออกรายการนี้…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="64"/>
        <source>Low stock only</source>
        <translation>เฉพาะสินค้าใกล้หมด</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="67"/>
        <source>All warehouses</source>
        <translation>ทุกคลัง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="73"/>
        <source>New product…</source>
        <translation>สินค้าใหม่…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="74"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="75"/>
        <source>Receive…</source>
        <translation>รับเข้า…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="76"/>
        <source>Adjust…</source>
        <translation>ปรับยอด…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="77"/>
        <source>Transfer…</source>
        <translation>โอนย้าย…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="105"/>
        <source>Products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="106"/>
        <source>Cycle count</source>
        <translation>ตรวจนับรอบ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="120"/>
        <source>Your role ({role}) may not see costs, so it cannot export.</source>
        <translation>บทบาทของคุณ ({role}) ดูต้นทุนไม่ได้ จึงส่งออกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} product</source>
        <translation>{count} สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} products</source>
        <translation>{count} สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="149"/>
        <source>({count} loaded)</source>
        <translation>(โหลดแล้ว {count})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="182"/>
        <source>Select a product first.</source>
        <translation>เลือกสินค้าก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="223"/>
        <source>Received {quantity} x {sku} into {location}.</source>
        <translation>รับ {sku} {quantity} ชิ้น เข้า {location} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="239"/>
        <source>Adjusted {sku} by {delta} ({reason}).</source>
        <translation>ปรับยอด {sku} {delta} ({reason}) แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="254"/>
        <source>Moved {quantity} x {sku} from {source} to {target}.</source>
        <translation>ย้าย {sku} {quantity} ชิ้น จาก {source} ไป {target} แล้ว</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/common/list_export.py" line="48"/>
        <source>Export this list</source>
        <translation>ส่งออกรายการนี้</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="119"/>
        <source>{count} rows exported to {path}.</source>
        <translation>ส่งออก {count} แถวไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="129"/>
        <source>Exporting to {name}…</source>
        <translation>กำลังส่งออกไปที่ {name}…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="25"/>
        <source>Sign in to Packline</source>
        <translation>เข้าสู่ระบบ Packline</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="34"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="35"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>Signing in failed; details are in the log.</source>
        <translation>เข้าสู่ระบบไม่สำเร็จ ดูรายละเอียดในบันทึก</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Inventory</source>
        <translation>คลังสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Pack station</source>
        <translation>จุดแพ็กสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Returns</source>
        <translation>สินค้าคืน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The {key} view is not available in this version; showing Orders.</source>
        <translation>มุมมอง {key} ไม่มีในเวอร์ชันนี้ จึงแสดงคำสั่งซื้อแทน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Emails: {sent} sent, {failed} failed (Reports -&gt; Outbox)</source>
        <translation>อีเมล: ส่งแล้ว {sent} ไม่สำเร็จ {failed} (รายงาน -&gt; กล่องขาออก)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Emails: {sent} sent</source>
        <translation>อีเมล: ส่งแล้ว {sent}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="186"/>
        <location filename="../../ui/main_window.py" line="189"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Import orders…</source>
        <translation>&amp;นำเข้าคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Import &amp;products…</source>
        <translation>นำเข้า&amp;สินค้า…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Import &amp;stock…</source>
        <translation>นำเข้า&amp;สต็อก…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Export &amp;accounting / Xero / QuickBooks…</source>
        <translation>ส่งออก&amp;บัญชี / Xero / QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Export this &amp;list (XLSX/CSV)…</source>
        <translation>ส่งออก&amp;รายการนี้ (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <location filename="../../ui/main_window.py" line="202"/>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Window</source>
        <translation>หน้าต่าง</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Settings...</source>
        <translation>&amp;การตั้งค่า...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Orders</source>
        <translation>&amp;คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Open &amp;log folder</source>
        <translation>เปิดโฟลเดอร์&amp;บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Export this list works on the Orders, Inventory and Returns lists.</source>
        <translation>ส่งออกรายการนี้ใช้ได้กับรายการคำสั่งซื้อ คลังสินค้า และสินค้าคืน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/intake/mapping.py" line="29"/>
        <source>Map columns</source>
        <translation>จับคู่คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="31"/>
        <source>Profile name, e.g. My shop export</source>
        <translation>ชื่อโปรไฟล์ เช่น ไฟล์ส่งออกร้านของฉัน</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="34"/>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="35"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="50"/>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="52"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="54"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="55"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="57"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="58"/>
        <source>Items</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="62"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="64"/>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="68"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="71"/>
        <source>Ship by</source>
        <translation>ส่งภายใน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="73"/>
        <location filename="../../ui/orders/columns.py" line="82"/>
        <source>{date} (late)</source>
        <translation>{date} (ล่าช้า)</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="91"/>
        <source>ordered {when}</source>
        <translation>สั่งเมื่อ {when}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="92"/>
        <source>, ship by {date}</source>
        <translation>, ส่งภายใน {date}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="96"/>
        <source> at {price}</source>
        <translation> ราคา {price}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="98"/>
        <source>, bin {bins}</source>
        <translation>, ช่องเก็บ {bins}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="99"/>
        <source>allocated {allocated}, shipped {shipped}, returned {returned}</source>
        <translation>จัดสรร {allocated} ส่งแล้ว {shipped} คืน {returned}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="103"/>
        <source>Lines</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="104"/>
        <source>Ship to</source>
        <translation>ที่อยู่จัดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="105"/>
        <source>Bill to</source>
        <translation>ที่อยู่ออกบิล</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="108"/>
        <source>Total {total} (shipping {shipping}, tax {tax}); paid {paid}, refunded {refunded}; {status}</source>
        <translation>ยอดรวม {total} (ค่าส่ง {shipping} ภาษี {tax}) ชำระแล้ว {paid} คืนเงิน {refunded} ; {status}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="113"/>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Refund</source>
        <translation>การคืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <source>Method</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="117"/>
        <source>Refunds</source>
        <translation>การคืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="121"/>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="128"/>
        <source>Items</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="122"/>
        <source>Shipments</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="129"/>
        <source>Returns</source>
        <translation>สินค้าคืน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="133"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>What</source>
        <translation>อะไร</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="136"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="137"/>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <location filename="../../ui/orders/entry.py" line="29"/>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="30"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="31"/>
        <source>Postal code</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="32"/>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="33"/>
        <source>Region</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="34"/>
        <source>Country (ISO)</source>
        <translation>ประเทศ (ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="35"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="47"/>
        <source>Edit order {number}</source>
        <translation>แก้ไขคำสั่งซื้อ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="48"/>
        <source>New order</source>
        <translation>คำสั่งซื้อใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="55"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>สแกนบาร์โค้ดหรือพิมพ์ SKU แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="65"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="66"/>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="74"/>
        <source>Add item</source>
        <translation>เพิ่มสินค้า</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <location filename="../../ui/orders/printing.py" line="66"/>
        <location filename="../../ui/orders/printing.py" line="92"/>
        <source>Select one or more orders first.</source>
        <translation>เลือกคำสั่งซื้ออย่างน้อยหนึ่งรายการก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="76"/>
        <source>Pick list: {count} order(s)</source>
        <translation>ใบหยิบสินค้า: คำสั่งซื้อ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="86"/>
        <source>{count} order(s) moved to picking</source>
        <translation>ย้ายคำสั่งซื้อ {count} รายการไปที่การหยิบสินค้าแล้ว</translation>
    </message>
</context>
<context>
    <name>OrderPrompt</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="44"/>
        <source>Order number (scan the packing slip or type it):</source>
        <translation>เลขที่คำสั่งซื้อ (สแกนใบแพ็กสินค้าหรือพิมพ์):</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="23"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="24"/>
        <source>Allocated</source>
        <translation>จัดสรรแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="25"/>
        <source>Backordered</source>
        <translation>รอสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="26"/>
        <source>Picking</source>
        <translation>กำลังหยิบ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="27"/>
        <source>Packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="28"/>
        <source>Partially shipped</source>
        <translation>ส่งบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="29"/>
        <source>Shipped</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="30"/>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="31"/>
        <source>On hold</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="32"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders/view.py" line="65"/>
        <location filename="../../ui/orders/view.py" line="149"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="127"/>
        <source>&amp;New order</source>
        <translation>คำสั่งซื้อ&amp;ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="129"/>
        <source>&amp;Allocate</source>
        <translation>&amp;จัดสรร</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="130"/>
        <source>&amp;Hold</source>
        <translation>&amp;พักไว้</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="131"/>
        <source>&amp;Release hold</source>
        <translation>ยกเลิกการ&amp;พัก</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="132"/>
        <source>&amp;Cancel order</source>
        <translation>ยกเลิก&amp;คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="133"/>
        <source>&amp;Ship</source>
        <translation>&amp;จัดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="134"/>
        <source>Mark &amp;delivered</source>
        <translation>ทำเครื่องหมายว่า&amp;ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="135"/>
        <source>Print &amp;pick list</source>
        <translation>พิมพ์&amp;ใบหยิบสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="137"/>
        <source>Print packing &amp;slips</source>
        <translation>พิมพ์&amp;ใบแพ็กสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="139"/>
        <source>Print &amp;labels</source>
        <translation>พิมพ์&amp;ฉลาก</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="141"/>
        <source>E&amp;xport this list…</source>
        <translation>ส่ง&amp;ออกรายการนี้…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="142"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="143"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} orders</source>
        <translation>คำสั่งซื้อ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} order</source>
        <translation>คำสั่งซื้อ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="277"/>
        <source>Select one or more orders first.</source>
        <translation>เลือกคำสั่งซื้ออย่างน้อยหนึ่งรายการก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="300"/>
        <source>Your role ({role}) may not see prices, so it cannot export orders.</source>
        <translation>บทบาทของคุณ ({role}) ดูราคาไม่ได้ จึงส่งออกคำสั่งซื้อไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} order allocated</source>
        <translation>จัดสรรคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} orders allocated</source>
        <translation>จัดสรรคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="317"/>
        <source> ({short} backordered)</source>
        <translation> (รอสินค้า {short})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} order on hold</source>
        <translation>พักคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} orders on hold</source>
        <translation>พักคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} order released</source>
        <translation>ยกเลิกการพักคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} orders released</source>
        <translation>ยกเลิกการพักคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="330"/>
        <source>Cancel {n} order? Reserved stock goes back on the shelf.</source>
        <translation>ยกเลิกคำสั่งซื้อ {n} รายการ? สต็อกที่จองไว้จะกลับขึ้นชั้น</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="331"/>
        <source>Cancel {n} orders? Reserved stock goes back on the shelf.</source>
        <translation>ยกเลิกคำสั่งซื้อ {n} รายการ? สต็อกที่จองไว้จะกลับขึ้นชั้น</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} order cancelled</source>
        <translation>ยกเลิกคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} orders cancelled</source>
        <translation>ยกเลิกคำสั่งซื้อ {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="339"/>
        <source>{n} order marked delivered</source>
        <translation>ทำเครื่องหมายส่งถึงแล้ว {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="340"/>
        <source>{n} orders marked delivered</source>
        <translation>ทำเครื่องหมายส่งถึงแล้ว {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="345"/>
        <source>Select the order to ship first.</source>
        <translation>เลือกคำสั่งซื้อที่จะจัดส่งก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="353"/>
        <source>Order {order} shipped ({items} items, {shipment})</source>
        <translation>ส่งคำสั่งซื้อ {order} แล้ว ({items} ชิ้น, {shipment})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="368"/>
        <source>Order {number} created</source>
        <translation>สร้างคำสั่งซื้อ {number} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="374"/>
        <source>Select the order to edit first.</source>
        <translation>เลือกคำสั่งซื้อที่จะแก้ไขก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="379"/>
        <source>Order {number} saved</source>
        <translation>บันทึกคำสั่งซื้อ {number} แล้ว</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>To</source>
        <translation>ไปยัง</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Attempts</source>
        <translation>จำนวนครั้งที่ลอง</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Next attempt</source>
        <translation>ลองครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="22"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="33"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="45"/>
        <source>Message {id} will be sent again shortly.</source>
        <translation>จะส่งข้อความ {id} อีกครั้งในไม่ช้า</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="55"/>
        <source>(no email)</source>
        <translation>(ไม่มีอีเมล)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="57"/>
        <source>{count} message(s), {failed} failed.</source>
        <translation>ข้อความ {count} รายการ ไม่สำเร็จ {failed}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="16"/>
        <source>Override verification</source>
        <translation>ข้ามการตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="17"/>
        <source>Pack order {order} without scanning {missing}?
This is logged with your name. Reason:</source>
        <translation>แพ็กคำสั่งซื้อ {order} โดยไม่สแกน {missing} หรือไม่?
ระบบจะบันทึกชื่อของคุณไว้ เหตุผล:</translation>
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
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Barcode</source>
        <translation>บาร์โค้ด</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Verified</source>
        <translation>ตรวจแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="17"/>
        <source>Expected</source>
        <translation>ที่ต้องมี</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <location filename="../../ui/pack/view.py" line="41"/>
        <source>Scan the packing slip (or type the order number) and press Enter.</source>
        <translation>สแกนใบแพ็กสินค้า (หรือพิมพ์เลขคำสั่งซื้อ) แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="57"/>
        <source>Pack station</source>
        <translation>จุดแพ็กสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="80"/>
        <source>Scan here</source>
        <translation>สแกนที่นี่</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="92"/>
        <source>e.g. Ground, Express</source>
        <translation>เช่น ธรรมดา, ด่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="98"/>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="99"/>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="101"/>
        <source>Override verification…</source>
        <translation>ข้ามการตรวจสอบ…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="104"/>
        <source>Cancel order (Esc)</source>
        <translation>พักคำสั่งซื้อไว้ก่อน (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="108"/>
        <source>Put the order aside</source>
        <translation>พักคำสั่งซื้อไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="109"/>
        <source>Reload the order</source>
        <translation>โหลดคำสั่งซื้อใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="178"/>
        <source>Loading order {number}…</source>
        <translation>กำลังโหลดคำสั่งซื้อ {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="197"/>
        <source>Order {number}: scan each item ({units} units).</source>
        <translation>คำสั่งซื้อ {number}: สแกนสินค้าทุกชิ้น ({units} ชิ้น)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="218"/>
        <source>All {units} units verified. Packing…</source>
        <translation>ตรวจครบทั้ง {units} ชิ้นแล้ว กำลังแพ็ก…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="247"/>
        <source>Overriding verification of {number}…</source>
        <translation>กำลังข้ามการตรวจสอบ {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="260"/>
        <source>Order {number} packed. Scan or type the tracking number.</source>
        <translation>แพ็กคำสั่งซื้อ {number} แล้ว สแกนหรือพิมพ์เลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="270"/>
        <source>Shipping {number} with {carrier} {tracking}…</source>
        <translation>กำลังส่ง {number} ด้วย {carrier} {tracking}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="278"/>
        <source>Order {number} shipped ({carrier} {tracking}, {shipment}). Scan the next packing slip.</source>
        <translation>ส่งคำสั่งซื้อ {number} แล้ว ({carrier} {tracking}, {shipment}) สแกนใบแพ็กใบถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="291"/>
        <source> It stays packed; scan its slip again to ship it.</source>
        <translation> ยังคงแพ็กไว้ สแกนใบแพ็กอีกครั้งเพื่อจัดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="295"/>
        <source>Order {number} put aside.</source>
        <translation>พักคำสั่งซื้อ {number} ไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="309"/>
        <source>No order</source>
        <translation>ไม่มีคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="310"/>
        <source>Order {number} · {customer} · {verified} of {expected} units verified</source>
        <translation>คำสั่งซื้อ {number} · {customer} · ตรวจแล้ว {verified} จาก {expected} ชิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="327"/>
        <source>✖ The last step failed.</source>
        <translation>✖ ขั้นตอนล่าสุดล้มเหลว</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="26"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
</context>
<context>
    <name>PrinterProfileEditor</name>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="40"/>
        <source>Print test label</source>
        <translation>พิมพ์ฉลากทดสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Label printer</source>
        <translation>เครื่องพิมพ์ฉลาก</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Language</source>
        <translation>ภาษาเครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Resolution (dpi)</source>
        <translation>ความละเอียด (dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Label size</source>
        <translation>ขนาดฉลาก</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Offset x</source>
        <translation>ระยะเลื่อน x</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Offset y</source>
        <translation>ระยะเลื่อน y</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Darkness</source>
        <translation>ความเข้ม</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Document printer</source>
        <translation>เครื่องพิมพ์เอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <location filename="../../ui/printing/defaults.py" line="16"/>
        <source>No label printer set up: Settings -&gt; Printers</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์ฉลาก: การตั้งค่า -&gt; เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/printing/defaults.py" line="17"/>
        <source>No document printer set up: Settings -&gt; Printers</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์เอกสาร: การตั้งค่า -&gt; เครื่องพิมพ์</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/settings/printers.py" line="27"/>
        <source>(new printer)</source>
        <translation>(เครื่องพิมพ์ใหม่)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="28"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="47"/>
        <source>Test label not printed: {error}</source>
        <translation>ไม่ได้พิมพ์ฉลากทดสอบ: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="50"/>
        <source>Test label sent to {name}.</source>
        <translation>ส่งฉลากทดสอบไปที่ {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="64"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="75"/>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="79"/>
        <source>This PC&apos;s label printer</source>
        <translation>เครื่องพิมพ์ฉลากของเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="80"/>
        <source>This PC&apos;s document printer</source>
        <translation>เครื่องพิมพ์เอกสารของเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="121"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>เครื่องพิมพ์ {name} มีการตั้งค่าไม่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="131"/>
        <source>Sending a test label to {name}…</source>
        <translation>กำลังส่งฉลากทดสอบไปที่ {name}…</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>Product {sku}</source>
        <translation>สินค้า {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>New product</source>
        <translation>สินค้าใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="58"/>
        <source>EAN-13, UPC-A, EAN-8 or any code</source>
        <translation>EAN-13, UPC-A, EAN-8 หรือรหัสใดก็ได้</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>length</source>
        <translation>ยาว</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>width</source>
        <translation>กว้าง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="64"/>
        <source>height</source>
        <translation>สูง</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="67"/>
        <source>Sold</source>
        <translation>วางขาย</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="68"/>
        <source>Allow negative stock</source>
        <translation>อนุญาตสต็อกติดลบ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="70"/>
        <source>kit only: CUP*2, SAUCER*1</source>
        <translation>เฉพาะชุด: CUP*2, SAUCER*1</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Barcode</source>
        <translation>บาร์โค้ด</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="77"/>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="78"/>
        <source>Cost</source>
        <translation>ต้นทุน</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="82"/>
        <source>Only managers and admins change prices.</source>
        <translation>เฉพาะผู้จัดการและผู้ดูแลระบบที่เปลี่ยนราคาได้</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="89"/>
        <source>Weight (kg)</source>
        <translation>น้ำหนัก (กก.)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="90"/>
        <source>Size (cm)</source>
        <translation>ขนาด (ซม.)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="91"/>
        <source>Reorder point</source>
        <translation>จุดสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="92"/>
        <source>Reorder quantity</source>
        <translation>จำนวนสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="95"/>
        <source>Kit components</source>
        <translation>ส่วนประกอบของชุด</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/common/progress.py" line="34"/>
        <source>Cancelled. The unfinished step was not saved.</source>
        <translation>ยกเลิกแล้ว ขั้นตอนที่ยังไม่เสร็จไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress.py" line="102"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="54"/>
        <source>Receive {sku}</source>
        <translation>รับเข้า {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="58"/>
        <source>No purchase order</source>
        <translation>ไม่มีใบสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="60"/>
        <source>{number} · {supplier} · {remaining} expected</source>
        <translation>{number} · {supplier} · รอรับ {remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="62"/>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="63"/>
        <source>Into</source>
        <translation>เข้า</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="64"/>
        <source>Against</source>
        <translation>ตาม</translation>
    </message>
</context>
<context>
    <name>ReceiveRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="101"/>
        <source>Receive {rma}</source>
        <translation>รับเข้า {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Received</source>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Condition</source>
        <translation>สภาพ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Disposition</source>
        <translation>การจัดการ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="106"/>
        <source> of {count}</source>
        <translation> จาก {count}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="133"/>
        <source>Refund order {order}</source>
        <translation>คืนเงินคำสั่งซื้อ {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Each</source>
        <translation>ต่อชิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="138"/>
        <source> of {count}</source>
        <translation> จาก {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="143"/>
        <source>up to {amount}</source>
        <translation>สูงสุด {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="147"/>
        <source>why (shown in the order&apos;s timeline)</source>
        <translation>เหตุผล (แสดงในลำดับเหตุการณ์ของคำสั่งซื้อ)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="149"/>
        <source>Shipping refund</source>
        <translation>คืนค่าส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="150"/>
        <source>Restocking fee</source>
        <translation>ค่าธรรมเนียมรับคืนเข้าสต็อก</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Method</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="178"/>
        <source>&lt;b&gt;Refund {total} {currency}&lt;/b&gt; of {left} left to refund.</source>
        <translation>&lt;b&gt;คืนเงิน {total} {currency}&lt;/b&gt; จากยอดที่คืนได้อีก {left}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="182"/>
        <source>Your limit is {limit} {currency}; a manager must refund this.</source>
        <translation>วงเงินของคุณคือ {limit} {currency} ต้องให้ผู้จัดการเป็นผู้คืนเงินนี้</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="183"/>
        <source>Your limit is {limit} {currency}.</source>
        <translation>วงเงินของคุณคือ {limit} {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="188"/>
        <source>That is more than was paid and not yet refunded.</source>
        <translation>มากกว่ายอดที่ชำระแล้วและยังไม่ได้คืน</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="39"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="56"/>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="57"/>
        <source>Exceptions</source>
        <translation>ข้อยกเว้น</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="58"/>
        <source>Outbox</source>
        <translation>กล่องขาออก</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="62"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <location filename="../../ui/returns/view.py" line="29"/>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="30"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="31"/>
        <source>Authorised</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="32"/>
        <source>Partially received</source>
        <translation>รับแล้วบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="33"/>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Received</source>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="34"/>
        <source>All refunds</source>
        <translation>การคืนเงินทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="35"/>
        <source>Partially refunded orders</source>
        <translation>คำสั่งซื้อที่คืนเงินบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="36"/>
        <source>Fully refunded orders</source>
        <translation>คำสั่งซื้อที่คืนเงินครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="58"/>
        <source>Returns</source>
        <translation>สินค้าคืน</translation>
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
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Units</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <location filename="../../ui/returns/view.py" line="224"/>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Method</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>Order payment</source>
        <translation>การชำระของคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="71"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="83"/>
        <source>New return…</source>
        <translation>รับคืนใหม่…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="84"/>
        <source>Receive…</source>
        <translation>รับเข้า…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="85"/>
        <source>Refund…</source>
        <translation>คืนเงิน…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="86"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="87"/>
        <source>Export this list…</source>
        <translation>ส่งออกรายการนี้…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="91"/>
        <location filename="../../ui/returns/view.py" line="93"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="99"/>
        <source>Returns:</source>
        <translation>สินค้าคืน:</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="103"/>
        <source>Refunds</source>
        <translation>การคืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="169"/>
        <source>New return</source>
        <translation>รับคืนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="179"/>
        <source>Order {number} has nothing shipped that is not already returned.</source>
        <translation>คำสั่งซื้อ {number} ไม่มีสินค้าที่ส่งแล้วและยังไม่ได้คืน</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="186"/>
        <source>{rma} authorised for order {order}: {units} unit(s).</source>
        <translation>อนุมัติ {rma} สำหรับคำสั่งซื้อ {order}: {units} ชิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="196"/>
        <source>Select a return to receive.</source>
        <translation>เลือกรายการรับคืนที่จะรับเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="211"/>
        <source>{quantity} x {sku} {disposition} to {location}</source>
        <translation>{quantity} x {sku} {disposition} ไปที่ {location}</translation>
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
        <translation>{refund}: คืนเงิน {amount} {currency} ของคำสั่งซื้อ {order} แล้ว</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../ui/common/role_gate.py" line="28"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>บทบาทของคุณ ({role}) ไม่มีสิทธิ์: {permission}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="23"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="30"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="31"/>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="33"/>
        <source>Printers</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="37"/>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../ui/orders/ship.py" line="33"/>
        <source>Ship order {number}</source>
        <translation>จัดส่งคำสั่งซื้อ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="39"/>
        <source>Scan or type the tracking number</source>
        <translation>สแกนหรือพิมพ์เลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="41"/>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="42"/>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="43"/>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="53"/>
        <source>{sku} ({to_ship} to ship, {ready} allocated)</source>
        <translation>{sku} (ต้องส่ง {to_ship} จัดสรรแล้ว {ready})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="60"/>
        <source>Lower a quantity to ship part of the order now (a split shipment).</source>
        <translation>ลดจำนวนลงเพื่อส่งคำสั่งซื้อบางส่วนก่อน (แยกการจัดส่ง)</translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="16"/>
        <source>None (unencrypted)</source>
        <translation>ไม่มี (ไม่เข้ารหัส)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="24"/>
        <source>SMTP server</source>
        <translation>เซิร์ฟเวอร์ SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="40"/>
        <source>Shop name &lt;orders@example.com&gt;</source>
        <translation>ชื่อร้าน &lt;orders@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="43"/>
        <source>Send test email</source>
        <translation>ส่งอีเมลทดสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="49"/>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="51"/>
        <source>Security</source>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="57"/>
        <source>Host</source>
        <translation>โฮสต์</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="58"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="59"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="61"/>
        <source>From address</source>
        <translation>ที่อยู่ผู้ส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="62"/>
        <source>Test to</source>
        <translation>ทดสอบไปที่</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <location filename="../../ui/email_settings/smtp_form.py" line="84"/>
        <source>Saved; type a new one to replace it</source>
        <translation>บันทึกแล้ว พิมพ์รหัสใหม่เพื่อแทนที่</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>StoredValues</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="19"/>
        <source>Wrong item</source>
        <translation>สินค้าผิด</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="20"/>
        <source>Damaged</source>
        <translation>ชำรุด</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="21"/>
        <source>Not as described</source>
        <translation>ไม่ตรงตามที่ระบุ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="22"/>
        <source>Changed mind</source>
        <translation>เปลี่ยนใจ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="23"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="24"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="25"/>
        <source>Opened</source>
        <translation>เปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="26"/>
        <source>Used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="27"/>
        <source>Restock</source>
        <translation>คืนเข้าสต็อก</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="28"/>
        <source>Quarantine</source>
        <translation>กักกัน</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="29"/>
        <source>Scrap</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="30"/>
        <source>Return to vendor</source>
        <translation>ส่งคืนผู้ขาย</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="31"/>
        <source>Original payment</source>
        <translation>ช่องทางชำระเดิม</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="32"/>
        <source>Store credit</source>
        <translation>เครดิตร้านค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="33"/>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="34"/>
        <source>Authorised</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="35"/>
        <source>Partially received</source>
        <translation>รับแล้วบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="36"/>
        <source>Received</source>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="37"/>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="38"/>
        <source>Authorized</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="39"/>
        <source>Partially paid</source>
        <translation>ชำระบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="40"/>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="41"/>
        <source>Partially refunded</source>
        <translation>คืนเงินบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="42"/>
        <source>Refunded</source>
        <translation>คืนเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="43"/>
        <source>Voided</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="44"/>
        <source>Receipt</source>
        <translation>รับสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="45"/>
        <source>Adjustment</source>
        <translation>ปรับยอด</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="46"/>
        <source>Transfer</source>
        <translation>โอนย้าย</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="47"/>
        <source>Shipment</source>
        <translation>จัดส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="48"/>
        <source>Return</source>
        <translation>คืนสินค้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="49"/>
        <source>Cycle count</source>
        <translation>ตรวจนับรอบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="50"/>
        <source>Lost</source>
        <translation>สูญหาย</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="51"/>
        <source>Found</source>
        <translation>พบคืน</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="52"/>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="53"/>
        <source>Theft</source>
        <translation>ถูกขโมย</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="54"/>
        <source>Correction</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="55"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="56"/>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="57"/>
        <source>Clerk</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="58"/>
        <source>Packer</source>
        <translation>พนักงานแพ็ก</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="59"/>
        <source>Due today</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="60"/>
        <source>Late to ship</source>
        <translation>ส่งล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="61"/>
        <source>At risk</source>
        <translation>มีความเสี่ยง</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="62"/>
        <source>Backordered past the promise</source>
        <translation>รอสินค้าเกินวันที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="63"/>
        <source>Late delivery</source>
        <translation>จัดส่งถึงล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="64"/>
        <source>On hold too long</source>
        <translation>พักไว้นานเกินไป</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="65"/>
        <source>Order received</source>
        <translation>ได้รับคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="66"/>
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="67"/>
        <source>Return authorised</source>
        <translation>อนุมัติการคืนสินค้าแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="68"/>
        <source>Refund issued</source>
        <translation>ออกการคืนเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="69"/>
        <source>Delayed</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="70"/>
        <source>Sending</source>
        <translation>กำลังส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="71"/>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="72"/>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="73"/>
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="74"/>
        <source>In transit</source>
        <translation>อยู่ระหว่างขนส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="75"/>
        <source>Out for delivery</source>
        <translation>กำลังนำส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="76"/>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="77"/>
        <source>Carrier exception</source>
        <translation>ขนส่งแจ้งปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="78"/>
        <source>Returned to sender</source>
        <translation>ตีกลับผู้ส่ง</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="36"/>
        <source>Customer email templates</source>
        <translation>แม่แบบอีเมลถึงลูกค้า</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="61"/>
        <source>Save template</source>
        <translation>บันทึกแม่แบบ</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="62"/>
        <source>Revert to built-in</source>
        <translation>กลับไปใช้ค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="84"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="86"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="93"/>
        <source>Plain text (first block is the subject)</source>
        <translation>ข้อความธรรมดา (ส่วนแรกคือหัวเรื่อง)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="95"/>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="96"/>
        <source>Plain-text part</source>
        <translation>ส่วนข้อความธรรมดา</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="176"/>
        <source>The template could not be saved: {error}</source>
        <translation>บันทึกแม่แบบไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="190"/>
        <source>The edited template could not be removed: {error}</source>
        <translation>ลบแม่แบบที่แก้ไขไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Edited on this PC</source>
        <translation>แก้ไขในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Built-in</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="26"/>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="27"/>
        <source>Edited</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="28"/>
        <source>Updated by an import</source>
        <translation>อัปเดตจากการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="29"/>
        <source>Stock allocated</source>
        <translation>จัดสรรสต็อกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="30"/>
        <source>Stock released</source>
        <translation>ปล่อยสต็อกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="31"/>
        <source>Printed</source>
        <translation>พิมพ์แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="32"/>
        <source>Shipment sent</source>
        <translation>ส่งพัสดุแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="33"/>
        <source>Shipped, as the channel reported</source>
        <translation>จัดส่งแล้วตามที่ช่องทางแจ้ง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="34"/>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="35"/>
        <source>Packing verified</source>
        <translation>ตรวจสอบการแพ็กแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="36"/>
        <source>Scan refused at packing</source>
        <translation>ปฏิเสธการสแกนตอนแพ็ก</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="37"/>
        <source>Packing verification overridden</source>
        <translation>ข้ามการตรวจสอบการแพ็ก</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="38"/>
        <source>Return authorised</source>
        <translation>อนุมัติการคืนสินค้าแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="39"/>
        <source>Return received</source>
        <translation>รับสินค้าคืนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="40"/>
        <source>Email queued</source>
        <translation>อีเมลรอส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="41"/>
        <source>Email skipped</source>
        <translation>ข้ามอีเมล</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="42"/>
        <source>Email sent</source>
        <translation>ส่งอีเมลแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="43"/>
        <source>Email failed</source>
        <translation>ส่งอีเมลไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="44"/>
        <source>Email retried</source>
        <translation>ลองส่งอีเมลใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="58"/>
        <source>Tracking: {state}</source>
        <translation>ติดตามพัสดุ: {state}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="102"/>
        <source>Transfer {sku}</source>
        <translation>โอนย้าย {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="107"/>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="108"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="109"/>
        <source>To</source>
        <translation>ไปยัง</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <location filename="../../ui/settings/users.py" line="37"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="31"/>
        <source>Add user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="33"/>
        <source>Set role of selected</source>
        <translation>กำหนดบทบาทของผู้ที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="36"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <source>Password ({count}+ characters)</source>
        <translation>รหัสผ่าน (อย่างน้อย {count} ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="71"/>
        <source>Select a user first.</source>
        <translation>เลือกผู้ใช้ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="83"/>
        <source>Saved {name}.</source>
        <translation>บันทึก {name} แล้ว</translation>
    </message>
</context>
</TS>
