<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="78"/>
        <source>Adjust {sku}</source>
        <translation>تسوية {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="80"/>
        <source>Negative takes units out, positive adds units.</source>
        <translation>القيمة السالبة تُنقص القطع، والموجبة تضيفها.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="83"/>
        <source>what happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="84"/>
        <source>Change (+/-)</source>
        <translation>التغيير (+/-)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="85"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="86"/>
        <source>In</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="87"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="234"/>
        <source>Start with --db URL, or fix the database in Settings.</source>
        <translation>شغّل البرنامج مع ‎--db URL‎ أو أصلح قاعدة البيانات من الإعدادات.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="44"/>
        <source>Bin</source>
        <translation>الرف</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="45"/>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="46"/>
        <source>label</source>
        <translation>ملصق</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="47"/>
        <source>packing slip</source>
        <translation>قسيمة التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="100"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>إعدادات الطابعة {name} غير صالحة ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="153"/>
        <source>Print {count} order(s)</source>
        <translation>طباعة الطلبات ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="164"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="165"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="166"/>
        <source>Retry failed</source>
        <translation>إعادة محاولة الفاشلة</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="167"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="175"/>
        <source>Order by</source>
        <translation>الترتيب حسب</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="176"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="184"/>
        <source>Not printed:</source>
        <translation>لم تُطبع:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="211"/>
        <source>Reading orders…</source>
        <translation>جارٍ قراءة الطلبات…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="219"/>
        <location filename="../../ui/printing/batch.py" line="253"/>
        <source>Reading the orders failed; details are in the log.</source>
        <translation>تعذّرت قراءة الطلبات؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="227"/>
        <source>Printing {count} order(s)…</source>
        <translation>جارٍ طباعة الطلبات ({count})…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="262"/>
        <source>Cancelling after the current job…</source>
        <translation>سيُلغى بعد المهمة الحالية…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="299"/>
        <source>Printed, but the print record was not saved: {error}</source>
        <translation>طُبع، لكن لم يُحفظ سجل الطباعة: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="309"/>
        <source>Printing failed; details are in the log.</source>
        <translation>فشلت الطباعة؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="313"/>
        <source>not sent (cancelled)</source>
        <translation>لم يُرسل (أُلغي)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="314"/>
        <source>{document} {number}: {reason}</source>
        <translation>{document} {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="318"/>
        <source>{printed} printed, {waiting} waiting for Retry</source>
        <translation>طُبع {printed}، وينتظر {waiting} إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="319"/>
        <source>{printed} printed</source>
        <translation>طُبع {printed}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/batch.py" line="320"/>
        <source>{summary} (cancelled).</source>
        <translation>{summary} (أُلغي).</translation>
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
        <translation>تصدير إلى Excel…</translation>
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
        <translation>فشل الاتصال الآمن بـ {server} ({error}). تحقق من اسم المضيف وإعداد أمان SMTP.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="19"/>
        <source>Ask the carrier where the parcel is and notify the customer.</source>
        <translation>اسأل شركة الشحن عن مكان الطرد وأبلغ العميل.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="20"/>
        <source>Backup to {path} failed.</source>
        <translation>فشل النسخ الاحتياطي إلى {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="21"/>
        <source>Barcode or SKU</source>
        <translation>الباركود أو SKU</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="22"/>
        <source>Bin</source>
        <translation>الرف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="23"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>تعذّر فتح قاعدة البيانات {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="24"/>
        <source>Cannot reach the mail server {server} ({error}). The message stays queued and will be retried.</source>
        <translation>تعذّر الوصول إلى خادم البريد {server} ({error}). تبقى الرسالة في قائمة الانتظار وستُعاد محاولة إرسالها.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="25"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>تعذّرت الكتابة في {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="26"/>
        <source>Count COUNT-{id} is already {status}; start a new count.</source>
        <translation>حالة الجرد COUNT-{id} هي {status} بالفعل؛ ابدأ جردًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="27"/>
        <source>Count line</source>
        <translation>سطر الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="28"/>
        <source>Count session</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="29"/>
        <source>Email is not set up: set smtp.host and mail.from (`packline config set smtp.host mail.example.com`).</source>
        <translation>البريد الإلكتروني غير مُعدّ: اضبط smtp.host و mail.from (`packline config set smtp.host mail.example.com`).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="30"/>
        <source>Email template {name} cannot be rendered: {error}</source>
        <translation>تعذّر إنشاء قالب البريد {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="31"/>
        <source>Email template {name} has an error on line {line}: {error}</source>
        <translation>يوجد خطأ في قالب البريد {name} في السطر {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="32"/>
        <source>Email template {name} has no subject block.</source>
        <translation>قالب البريد {name} لا يحتوي على كتلة subject.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="33"/>
        <source>Emails in {language!r} are not available; use one of {languages}.</source>
        <translation>رسائل البريد بلغة {language!r} غير متاحة؛ استخدم إحدى اللغات: {languages}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="34"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="35"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="36"/>
        <source>Message {id} is being sent right now.</source>
        <translation>الرسالة {id} قيد الإرسال الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="37"/>
        <source>Message {id} was already sent on {sent} UTC; it is not sent twice.</source>
        <translation>أُرسلت الرسالة {id} بالفعل في {sent} UTC؛ ولا تُرسل مرتين.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="38"/>
        <source>Message {id} was skipped because the customer has no email address; add one to the order and send a new message.</source>
        <translation>تم تخطي الرسالة {id} لأن العميل ليس لديه عنوان بريد إلكتروني؛ أضف عنوانًا إلى الطلب وأرسل رسالة جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="39"/>
        <source>No SMTP password is saved for {user!r}. Enter it in Settings.</source>
        <translation>لا توجد كلمة مرور SMTP محفوظة للمستخدم {user!r}. أدخلها في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="40"/>
        <source>No folder for edited email templates is configured.</source>
        <translation>لم يُضبط مجلد لقوالب البريد المعدّلة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="41"/>
        <source>No password on standard input.</source>
        <translation>لا توجد كلمة مرور في الإدخال القياسي.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="42"/>
        <source>No password: set PACKLINE_PASSWORD or run in a terminal to be asked.</source>
        <translation>لا توجد كلمة مرور: اضبط PACKLINE_PASSWORD أو شغّل البرنامج في طرفية ليُطلب منك إدخالها.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="43"/>
        <source>Notify the customer of the new date, and split and ship what is in stock.</source>
        <translation>أبلغ العميل بالموعد الجديد، ثم قسّم الطلب واشحن المتوفر في المخزون.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="44"/>
        <source>One too many: order {number} needs only {expected} of {sku}. Take this unit out of the box.</source>
        <translation>قطعة زائدة: الطلب {number} يحتاج فقط {expected} من {sku}. أخرج هذه القطعة من الصندوق.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="45"/>
        <source>Only {free} of {sku} free in {location} ({reserved} more reserved for orders); cannot move {quantity}.</source>
        <translation>المتاح من {sku} في {location} هو {free} فقط (و{reserved} أخرى محجوزة للطلبات)؛ لا يمكن نقل {quantity}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="46"/>
        <source>Only {free} of {sku} free in {location}; cannot move {quantity}.</source>
        <translation>المتاح من {sku} في {location} هو {free} فقط؛ لا يمكن نقل {quantity}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="47"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="48"/>
        <source>Order {number}</source>
        <translation>الطلب {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="49"/>
        <source>Order {number} already shipped with tracking {tracking} ({shipment}).</source>
        <translation>شُحن الطلب {number} بالفعل برقم التتبع {tracking} ({shipment}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="50"/>
        <source>Order {number} has no allocated stock to ship; allocate it first.</source>
        <translation>لا يوجد مخزون مخصص للشحن في الطلب {number}؛ خصّصه أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="51"/>
        <source>Order {number} has nothing allocated left to ship.</source>
        <translation>لم يتبقَّ في الطلب {number} شيء مخصص للشحن.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="52"/>
        <source>Order {number} has nothing allocated to pack.</source>
        <translation>لا يوجد في الطلب {number} شيء مخصص للتغليف.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="53"/>
        <source>Order {number} is already {status} and cannot be cancelled; create a return instead.</source>
        <translation>الطلب {number} {status} بالفعل ولا يمكن إلغاؤه؛ أنشئ إرجاعًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="54"/>
        <source>Order {number} is already {status}.</source>
        <translation>الطلب {number} {status} بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="55"/>
        <source>Order {number} is backordered; allocate it fully or ship the allocated part first.</source>
        <translation>الطلب {number} بانتظار المخزون؛ خصّصه بالكامل أو اشحن الجزء المخصص أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="56"/>
        <source>Order {number} is backordered; it cannot be packed until it is fully allocated.</source>
        <translation>الطلب {number} بانتظار المخزون؛ لا يمكن تغليفه حتى يُخصّص بالكامل.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="57"/>
        <source>Order {number} is not fully verified; still to scan: {missing}.</source>
        <translation>لم يُتحقق من الطلب {number} بالكامل؛ المتبقي للمسح: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="58"/>
        <source>Order {number} is not on hold.</source>
        <translation>الطلب {number} ليس معلّقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="59"/>
        <source>Order {number} is {status}; give the new delivery date to tell the customer about a delay.</source>
        <translation>الطلب {number} {status}؛ أدخل موعد التسليم الجديد لإبلاغ العميل بالتأخير.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="60"/>
        <source>Order {number} is {status}; it cannot be allocated.</source>
        <translation>الطلب {number} {status}؛ لا يمكن تخصيصه.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="61"/>
        <source>Order {number} is {status}; it cannot become {target}.</source>
        <translation>الطلب {number} {status}؛ لا يمكن أن يصبح {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="62"/>
        <source>Order {number} is {status}; only allocated orders can be packed.</source>
        <translation>الطلب {number} {status}؛ لا يمكن تغليف إلا الطلبات المخصصة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="63"/>
        <source>Order {number} is {status}; only new orders can be edited.</source>
        <translation>الطلب {number} {status}؛ لا يمكن تعديل إلا الطلبات الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="64"/>
        <source>Order {number}: {error}</source>
        <translation>الطلب {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="65"/>
        <source>Product {sku}</source>
        <translation>المنتج {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="66"/>
        <source>Purchase order {number} is {status}; nothing more to receive.</source>
        <translation>أمر الشراء {number} {status}؛ لا يوجد المزيد لاستلامه.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="67"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="68"/>
        <source>Refunds above {limit} {currency} need a manager or an admin ({user} is {role}).</source>
        <translation>المبالغ المستردة التي تتجاوز {limit} {currency} تحتاج إلى مدير أو مسؤول (دور {user} هو {role}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="69"/>
        <source>Release the hold, or cancel the order if it cannot go ahead.</source>
        <translation>ألغِ التعليق، أو ألغِ الطلب إذا تعذّر المضي فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="70"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="71"/>
        <source>SKU {sku!r} already exists.</source>
        <translation>SKU {sku!r} موجود بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="72"/>
        <source>SMTP security {security!r} is not one of {modes}.</source>
        <translation>أمان SMTP {security!r} ليس من بين: {modes}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="73"/>
        <source>Ship it now with a faster service to keep the delivery date, or notify the customer of the delay.</source>
        <translation>اشحنه الآن بخدمة أسرع للحفاظ على موعد التسليم، أو أبلغ العميل بالتأخير.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="74"/>
        <source>Ships today: pick, pack and hand it to the carrier before pick-up.</source>
        <translation>يُشحن اليوم: اجمعه وغلّفه وسلّمه لشركة الشحن قبل موعد الاستلام.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="75"/>
        <source>Sign in: pass --user NAME (password from PACKLINE_PASSWORD or the prompt).</source>
        <translation>سجّل الدخول: مرّر --user NAME (كلمة المرور من PACKLINE_PASSWORD أو من المطالبة).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="76"/>
        <source>Split the order and ship what is in stock; order more of the missing items.</source>
        <translation>قسّم الطلب واشحن المتوفر في المخزون، واطلب المزيد من المنتجات الناقصة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="77"/>
        <source>The database is busy (another PC holds it too long). Try again.</source>
        <translation>قاعدة البيانات مشغولة (جهاز آخر يحتفظ بها مدة طويلة). حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="78"/>
        <source>The database schema is older than this version of Packline. Run `packline db upgrade` (back it up first).</source>
        <translation>مخطط قاعدة البيانات أقدم من هذا الإصدار من Packline. شغّل `packline db upgrade` (خذ نسخة احتياطية أولًا).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="79"/>
        <source>The mail server {server} accepted the message but refused {refused}.</source>
        <translation>قبل خادم البريد {server} الرسالة لكنه رفض {refused}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="80"/>
        <source>The mail server {server} answered {reply_code} {reply}</source>
        <translation>ردّ خادم البريد {server} بـ {reply_code} {reply}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="81"/>
        <source>The mail server {server} does not support {security} or login. Check the SMTP security setting.</source>
        <translation>خادم البريد {server} لا يدعم {security} أو تسجيل الدخول. تحقق من إعداد أمان SMTP.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="82"/>
        <source>The mail server {server} refused every recipient: {refused}.</source>
        <translation>رفض خادم البريد {server} جميع المستلمين: {refused}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="83"/>
        <source>The mail server {server} refused the login for {user!r} ({reply}). Check the SMTP user and password in Settings.</source>
        <translation>رفض خادم البريد {server} تسجيل دخول {user!r} ({reply}). تحقق من مستخدم SMTP وكلمة المرور في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="84"/>
        <source>The setting notify.carrier_urls is not a JSON object ({error}); fix it in Settings.</source>
        <translation>الإعداد notify.carrier_urls ليس كائن JSON ({error})؛ صحّحه في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="85"/>
        <source>The setting notify.carrier_urls is not valid JSON ({error}); write it as {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}.</source>
        <translation>الإعداد notify.carrier_urls ليس JSON صالحًا ({error})؛ اكتبه بالشكل {{&quot;Carrier&quot;: &quot;https://...{{tracking}}&quot;}}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="86"/>
        <source>The setting promises.rules is not valid JSON ({error}).</source>
        <translation>الإعداد promises.rules ليس JSON صالحًا ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="87"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="88"/>
        <source>The {kind} file {path} cannot be read ({error}); fix or delete it and save the profiles again.</source>
        <translation>تعذّرت قراءة ملف {kind} في {path} ({error})؛ صحّحه أو احذفه ثم احفظ الإعدادات مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="89"/>
        <source>There is no email message called {message!r}.</source>
        <translation>لا توجد رسالة بريد باسم {message!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="90"/>
        <source>There is no email template {name}.</source>
        <translation>لا يوجد قالب بريد {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="91"/>
        <source>This record</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="92"/>
        <source>Unknown SKU {sku} (line {line}); add the product first or set import.unknown_sku to placeholder.</source>
        <translation>رمز SKU غير معروف {sku} (السطر {line})؛ أضف المنتج أولاً أو اضبط import.unknown_sku على placeholder.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="93"/>
        <source>Unknown SKU {sku}; import the product first.</source>
        <translation>رمز SKU غير معروف {sku}؛ استورد المنتج أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="94"/>
        <source>Wrong item: {code} is not on order {number}. Put it back.</source>
        <translation>صنف خاطئ: {code} ليس في الطلب {number}. أعده إلى مكانه.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="95"/>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="96"/>
        <source>a purchase order needs at least one line</source>
        <translation>يحتاج أمر الشراء إلى سطر واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="97"/>
        <source>a return needs at least one line</source>
        <translation>يحتاج الإرجاع إلى سطر واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="98"/>
        <source>add one in Settings -&gt; Printers or with `packline printer add`</source>
        <translation>أضف واحدة من الإعدادات -&gt; الطابعات أو باستخدام `packline printer add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="99"/>
        <source>adjust stock</source>
        <translation>تسوية المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="100"/>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="101"/>
        <source>allocated</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="102"/>
        <source>already exists</source>
        <translation>موجود بالفعل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="103"/>
        <source>already exists in {warehouse}</source>
        <translation>موجود بالفعل في {warehouse}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="104"/>
        <source>already imported from {channel}</source>
        <translation>مستورد بالفعل من {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="105"/>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="106"/>
        <source>an order needs at least one line</source>
        <translation>يحتاج الطلب إلى سطر واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="107"/>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="108"/>
        <source>backordered</source>
        <translation>بانتظار المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="109"/>
        <source>barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="110"/>
        <source>bin</source>
        <translation>الرف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="111"/>
        <source>business_days</source>
        <translation>business_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="112"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="113"/>
        <source>cannot be a kit itself</source>
        <translation>لا يمكن أن يكون طقمًا بدوره</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="114"/>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="115"/>
        <source>carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="116"/>
        <source>change prices</source>
        <translation>تغيير الأسعار</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="117"/>
        <source>change shop settings</source>
        <translation>تغيير إعدادات المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="118"/>
        <source>channel order id</source>
        <translation>معرّف الطلب في القناة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="119"/>
        <source>clerk</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="120"/>
        <source>component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="121"/>
        <source>component quantity</source>
        <translation>كمية المكوّن</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="122"/>
        <source>condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="123"/>
        <source>cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="124"/>
        <source>counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="125"/>
        <source>country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="126"/>
        <source>create and change orders</source>
        <translation>إنشاء الطلبات وتغييرها</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="127"/>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="128"/>
        <source>customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="129"/>
        <source>day counts cannot be negative</source>
        <translation>لا يمكن أن يكون عدد الأيام سالبًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="130"/>
        <source>days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="131"/>
        <source>db backup copies SQLite files; back up PostgreSQL with pg_dump on the server.</source>
        <translation>يقوم db backup بنسخ ملفات SQLite؛ انسخ PostgreSQL احتياطيًا باستخدام pg_dump على الخادم.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="132"/>
        <source>default_transit_days</source>
        <translation>default_transit_days</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="133"/>
        <source>deliver by</source>
        <translation>التسليم بحلول</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="134"/>
        <source>delivered</source>
        <translation>تم تسليمه</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="135"/>
        <source>delta</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="136"/>
        <source>discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="137"/>
        <source>disposition</source>
        <translation>التصرف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="138"/>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="139"/>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="140"/>
        <source>edit products</source>
        <translation>تعديل المنتجات</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="141"/>
        <source>exists in several warehouses; write it as WAREHOUSE/BIN</source>
        <translation>موجود في عدة مستودعات؛ اكتبه بالشكل WAREHOUSE/BIN</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="142"/>
        <source>export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="143"/>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="144"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="145"/>
        <source>handle returns</source>
        <translation>معالجة المرتجعات</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="146"/>
        <source>has a wrong check digit ({kind}): ends in {last}, should be {expected}</source>
        <translation>رقم التحقق فيه خاطئ ({kind}): ينتهي بـ {last} والصحيح {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="147"/>
        <source>has invalid saved settings ({error})</source>
        <translation>إعداداتها المحفوظة غير صالحة ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="148"/>
        <source>has no document printer for packing slips; set one in Settings -&gt; Printers</source>
        <translation>ليس لها طابعة مستندات لقسائم التغليف؛ اضبط واحدة من الإعدادات -&gt; الطابعات</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="149"/>
        <source>has no shipment yet; ship it first (packline order ship) to print its shipping label</source>
        <translation>لا توجد له شحنة بعد؛ اشحنه أولًا (packline order ship) لطباعة ملصق الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="150"/>
        <source>is a kit; count its components</source>
        <translation>هذا طقم؛ عُدّ مكوّناته</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="151"/>
        <source>is a kit; its stock is its components&apos; stock</source>
        <translation>هذا طقم؛ مخزونه هو مخزون مكوّناته</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="152"/>
        <source>is a kit; move its components instead</source>
        <translation>هذا طقم؛ انقل مكوّناته بدلًا منه</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="153"/>
        <source>is a kit; order its components</source>
        <translation>هذا طقم؛ اطلب مكوّناته</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="154"/>
        <source>is a page printer of the desktop window (qt://); from the command line use cups://QUEUE or windows://PRINTER</source>
        <translation>هذه طابعة خاصة بنافذة البرنامج (qt://)؛ من سطر الأوامر استخدم cups://QUEUE أو windows://PRINTER</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="155"/>
        <source>is a secret and is kept in the OS keyring, not the shared database</source>
        <translation>قيمة سرية تُحفظ في حلقة مفاتيح نظام التشغيل، لا في قاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="156"/>
        <source>is already used by another order</source>
        <translation>مستخدم بالفعل في طلب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="157"/>
        <source>is before from ({start})</source>
        <translation>يسبق تاريخ البداية ({start})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="158"/>
        <source>is before the start {start}</source>
        <translation>قبل البداية {start}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="159"/>
        <source>is more than can be refunded ({ordered} ordered, {refunded} already refunded)</source>
        <translation>أكثر مما يمكن استرداده (المطلوب: {ordered}، المسترد سابقًا: {refunded})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="160"/>
        <source>is more than can be returned ({shipped} shipped, {returned} already returned)</source>
        <translation>أكثر مما يمكن إرجاعه (المشحون: {shipped}، المُرجع سابقًا: {returned})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="161"/>
        <source>is more than the amount refunded</source>
        <translation>أكبر من المبلغ المسترد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="162"/>
        <source>is more than the {left} shipping left to refund</source>
        <translation>أكبر من مبلغ الشحن المتبقي للاسترداد وهو {left}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="163"/>
        <source>is more than the {left} still expected on {po}</source>
        <translation>أكثر من الكمية المتبقية المتوقعة في {po} وهي {left}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="164"/>
        <source>is more than the {left} still expected on {rma}</source>
        <translation>أكثر من الكمية المتبقية المتوقعة في {rma} وهي {left}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="165"/>
        <source>is more than the {ready} allocated and unshipped ({left} left to ship)</source>
        <translation>أكثر من الكمية المخصصة وغير المشحونة وهي {ready} (المتبقي للشحن: {left})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="166"/>
        <source>is not a bin</source>
        <translation>ليس رفًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="167"/>
        <source>is not a saved {kind}; saved {kinds}: {known}</source>
        <translation>ليس اسمًا محفوظًا ({kind})؛ {kinds} المحفوظة: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="168"/>
        <source>is not a sellable bin</source>
        <translation>ليس رفًا للبيع</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="169"/>
        <source>is not a valid mapping profile ({error})</source>
        <translation>ليس ملف ربط أعمدة صالحاً ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="170"/>
        <source>is not an IANA timezone name</source>
        <translation>ليس اسم منطقة زمنية من IANA</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="171"/>
        <source>is not an ISO 8601 date and time</source>
        <translation>ليس تاريخًا ووقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="172"/>
        <source>is not an amount</source>
        <translation>ليس مبلغًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="173"/>
        <source>is not an amount (use digits and a dot, e.g. 12.50)</source>
        <translation>ليس مبلغًا (استخدم أرقامًا ونقطة، مثل 12.50)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="174"/>
        <source>is not expected on {po}</source>
        <translation>غير متوقع في {po}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="175"/>
        <source>is not on order {number}</source>
        <translation>ليس ضمن الطلب {number}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="176"/>
        <source>is not on {rma}</source>
        <translation>ليس ضمن {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="177"/>
        <source>is not valid JSON ({error})</source>
        <translation>ليس JSON صالحاً ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="178"/>
        <source>is taken</source>
        <translation>مستخدم بالفعل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="179"/>
        <source>is the same location as from</source>
        <translation>هو نفس موقع المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="180"/>
        <source>is unknown; known settings: {known}</source>
        <translation>غير معروف؛ الإعدادات المعروفة: {known}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="181"/>
        <source>line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="182"/>
        <source>line {index} quantity</source>
        <translation>كمية السطر {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="183"/>
        <source>line {index} {field}</source>
        <translation>{field} في السطر {index}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="184"/>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="185"/>
        <source>manage users</source>
        <translation>إدارة المستخدمين</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="186"/>
        <source>manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="187"/>
        <source>mapping profile</source>
        <translation>ملف ربط الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="188"/>
        <source>mapping profiles</source>
        <translation>ملفات ربط الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="189"/>
        <source>method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="190"/>
        <source>must be KG or KG:LxWxH with positive numbers, e.g. 1.2:30x20x10</source>
        <translation>يجب أن يكون KG أو KG:LxWxH بأرقام موجبة، مثل 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="191"/>
        <source>must be KG or KG:LxWxH, e.g. 1.2:30x20x10</source>
        <translation>يجب أن يكون KG أو KG:LxWxH، مثل 1.2:30x20x10</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="192"/>
        <source>must be a .pdf or .zpl file</source>
        <translation>يجب أن يكون ملف .pdf أو .zpl</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="193"/>
        <source>must be a code in Latin letters and digits without &apos;/&apos;, like A-01-03 (it is printed as a barcode)</source>
        <translation>يجب أن يكون رمزًا من أحرف لاتينية وأرقام دون &apos;/&apos;، مثل A-01-03 (يُطبع كباركود)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="194"/>
        <source>must be a date like 2026-03-31</source>
        <translation>يجب أن يكون تاريخًا مثل 2026-03-31</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="195"/>
        <source>must be a non-zero whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا غير الصفر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="196"/>
        <source>must be a positive whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="197"/>
        <source>must be a short code in Latin letters and digits, like MAIN (it is printed in bin barcodes)</source>
        <translation>يجب أن يكون رمزًا قصيرًا من أحرف لاتينية وأرقام، مثل MAIN (يُطبع في باركود الرفوف)</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="198"/>
        <source>must be a three-letter ISO code such as USD, EUR</source>
        <translation>يجب أن يكون رمز ISO من ثلاثة أحرف مثل USD و EUR</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="199"/>
        <source>must be a two-letter ISO code such as US, IT, TH</source>
        <translation>يجب أن يكون رمز ISO من حرفين مثل US و IT و TH</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="200"/>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="201"/>
        <source>must be at least {count} characters</source>
        <translation>يجب ألا يقل عن {count} أحرف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="202"/>
        <source>must be kilograms like 0.25</source>
        <translation>يجب أن يكون بالكيلوغرام مثل 0.25</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="203"/>
        <source>must be more than zero</source>
        <translation>يجب أن يكون أكبر من الصفر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="204"/>
        <source>must be one of {choices}</source>
        <translation>يجب أن يكون أحد: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="205"/>
        <source>must be zero or a positive whole number</source>
        <translation>يجب أن يكون صفرًا أو عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="206"/>
        <source>must be {usage}</source>
        <translation>يجب أن يكون {usage}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="207"/>
        <source>must end in {suffixes}</source>
        <translation>يجب أن ينتهي بـ {suffixes}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="208"/>
        <source>must map tax names to codes, like {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</source>
        <translation>يجب أن يربط أسماء الضرائب بالرموز، مثل {&quot;GST 5%&quot;: &quot;GST on Income&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="209"/>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="210"/>
        <source>must not be empty or padded with spaces</source>
        <translation>يجب ألا يكون فارغًا أو محاطًا بمسافات</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="211"/>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="212"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="213"/>
        <source>name at least one bin</source>
        <translation>حدّد رفًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="214"/>
        <source>name at least one order</source>
        <translation>حدّد طلبًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="215"/>
        <source>name at least one product</source>
        <translation>حدّد منتجًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="216"/>
        <source>need exactly the zones {zones}</source>
        <translation>يجب أن تكون المناطق {zones} بالضبط</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="217"/>
        <source>need weekdays 0-6</source>
        <translation>يجب أن تكون أيام الأسبوع من 0 إلى 6</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="218"/>
        <source>needs a timezone</source>
        <translation>يحتاج إلى منطقة زمنية</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="219"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="220"/>
        <source>no such bin or location</source>
        <translation>لا يوجد رف أو موقع بهذا الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="221"/>
        <source>no users can sign in yet; create one with `packline user add`</source>
        <translation>لا يمكن لأي مستخدم تسجيل الدخول بعد؛ أنشئ مستخدمًا باستخدام `packline user add`</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="222"/>
        <source>none yet ({hint})</source>
        <translation>لا يوجد بعد ({hint})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="223"/>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="224"/>
        <source>nothing to receive</source>
        <translation>لا يوجد ما يُستلم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="225"/>
        <source>nothing to refund: give --amount, --line or --shipping</source>
        <translation>لا يوجد ما يُسترد: حدّد --amount أو --line أو --shipping</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="226"/>
        <source>nothing to ship</source>
        <translation>لا يوجد ما يُشحن</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="227"/>
        <source>number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="228"/>
        <source>on hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="229"/>
        <source>only restocked units go to a bin, not {disposition}</source>
        <translation>لا توضع على الرف إلا الوحدات المعادة إلى المخزون، لا {disposition}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="230"/>
        <source>order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="231"/>
        <source>order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="232"/>
        <source>order {number} has no delivery estimate; give the new date</source>
        <translation>لا يوجد موعد تسليم تقديري للطلب {number}؛ أدخل الموعد الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="233"/>
        <source>orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="234"/>
        <source>outbox message</source>
        <translation>رسالة صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="235"/>
        <source>override pack verification</source>
        <translation>تجاوز التحقق من التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="236"/>
        <source>pack and ship orders</source>
        <translation>تغليف الطلبات وشحنها</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="237"/>
        <source>packed</source>
        <translation>مغلّف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="238"/>
        <source>packer</source>
        <translation>عامل تغليف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="239"/>
        <source>paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="240"/>
        <source>partially shipped</source>
        <translation>مشحون جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="241"/>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="242"/>
        <source>picking</source>
        <translation>قيد الانتقاء</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="243"/>
        <source>price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="244"/>
        <source>printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="245"/>
        <source>printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="246"/>
        <source>promise rules</source>
        <translation>قواعد مواعيد التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="247"/>
        <source>promise rules version</source>
        <translation>إصدار قواعد مواعيد التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="248"/>
        <source>purchase order</source>
        <translation>أمر الشراء</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="249"/>
        <source>quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="250"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="251"/>
        <source>reason &apos;other&apos; needs a note saying why</source>
        <translation>السبب &apos;other&apos; يحتاج إلى ملاحظة توضّح السبب</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="252"/>
        <source>receive and transfer stock</source>
        <translation>استلام المخزون ونقله</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="253"/>
        <source>refund</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="254"/>
        <source>refund above the limit</source>
        <translation>الاسترداد فوق الحد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="255"/>
        <source>reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="256"/>
        <source>reorder quantity</source>
        <translation>كمية إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="257"/>
        <source>restocking fee</source>
        <translation>رسوم إعادة التخزين</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="258"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="259"/>
        <source>save one in the import dialog&apos;s column mapping</source>
        <translation>احفظ واحدًا في ربط الأعمدة بنافذة الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="260"/>
        <source>say why verification is overridden</source>
        <translation>اذكر سبب تجاوز التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="261"/>
        <source>scan the packing slip or type the number</source>
        <translation>امسح قسيمة التغليف أو اكتب الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="262"/>
        <source>see prices and costs</source>
        <translation>رؤية الأسعار والتكاليف</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="263"/>
        <source>setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="264"/>
        <source>shipment or tracking number</source>
        <translation>الشحنة أو رقم التتبع</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="265"/>
        <source>shipped</source>
        <translation>مشحون</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="266"/>
        <source>shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="267"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="268"/>
        <source>supplier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="269"/>
        <source>tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="270"/>
        <source>this Packline reads version {version}</source>
        <translation>هذا الإصدار من Packline يقرأ الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="271"/>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="272"/>
        <source>timezone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="273"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="274"/>
        <source>transit zone</source>
        <translation>منطقة العبور</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="275"/>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="276"/>
        <source>warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="277"/>
        <source>weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="278"/>
        <source>would exceed what was paid ({paid} {currency} paid, {refunded} already refunded, {left} left)</source>
        <translation>سيتجاوز المبلغ المدفوع (المدفوع {paid} {currency}، المسترد سابقًا {refunded}، المتبقي {left})</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="279"/>
        <source>{error} Not printed: {orders}. The job was kept in {folder}; retry with `packline print retry` (add --printer URI to send it elsewhere).</source>
        <translation>{error} لم تُطبع: {orders}. حُفظت المهمة في {folder}؛ أعد المحاولة باستخدام `packline print retry` (أضف --printer URI لإرسالها إلى مكان آخر).</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="280"/>
        <source>{field} {value!r}: {problem}</source>
        <translation>{field} {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="281"/>
        <source>{kind} name</source>
        <translation>اسم {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="282"/>
        <source>{kind} {key!r} does not exist.</source>
        <translation>{kind} {key!r} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="283"/>
        <source>{name} ({role}) may not {action}. Ask a manager or an admin.</source>
        <translation>لا يحق لـ {name} ({role}) {action}. اطلب ذلك من مدير أو مسؤول.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="284"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} موجود بالفعل؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="285"/>
        <source>{rma} is already fully received.</source>
        <translation>تم استلام {rma} بالكامل بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="286"/>
        <source>{sku} is in several bins ({bins}); give the bin in the file.</source>
        <translation>{sku} موجود في عدة مواقع ({bins})؛ حدد الموقع في الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="287"/>
        <source>{sku} is in several bins ({bins}); say which</source>
        <translation>{sku} موجود على عدة رفوف ({bins})؛ حدّد أيها</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="288"/>
        <source>{sku} quantity</source>
        <translation>كمية {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="289"/>
        <source>{sku} {count} of {expected}</source>
        <translation>{sku} {count} من {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_messages.py" line="290"/>
        <source>{what} was changed by someone else. Reload and try again.</source>
        <translation>قام شخص آخر بتعديل {what}. أعد التحميل وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="52"/>
        <source>Start a new count</source>
        <translation>بدء جرد جديد</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="54"/>
        <source>Scan a bin label, then every unit in it</source>
        <translation>امسح ملصق الرف ثم كل قطعة فيه</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="56"/>
        <source>Start a count, then scan a bin label.</source>
        <translation>ابدأ جردًا ثم امسح ملصق رف.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="57"/>
        <source>Differences only</source>
        <translation>الفروق فقط</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>Bin</source>
        <translation>الرف</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="61"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="62"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="69"/>
        <source>Post differences</source>
        <translation>ترحيل الفروق</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="72"/>
        <source>Only managers and admins post counts; ask one to review and post.</source>
        <translation>يرحّل الجرد المديرون والمسؤولون فقط؛ اطلب من أحدهم المراجعة والترحيل.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="113"/>
        <source>Start a new count first.</source>
        <translation>ابدأ جردًا جديدًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="119"/>
        <source>Counting {bin}: scan every unit in it.</source>
        <translation>جارٍ جرد {bin}: امسح كل قطعة فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="123"/>
        <source>{code} is not a bin label. Scan the bin first.</source>
        <translation>{code} ليس ملصق رف. امسح الرف أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="151"/>
        <source>Count COUNT-{id} started. Scan a bin label.</source>
        <translation>بدأ الجرد COUNT-{id}. امسح ملصق رف.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="180"/>
        <source>Post {n} difference of count COUNT-{id} as stock adjustments?</source>
        <translation>ترحيل فرق واحد ({n}) من الجرد COUNT-{id} كتسوية للمخزون؟</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="181"/>
        <source>Post {n} differences of count COUNT-{id} as stock adjustments?</source>
        <translation>ترحيل الفروق ({n}) من الجرد COUNT-{id} كتسويات للمخزون؟</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="194"/>
        <source>Count COUNT-{id} posted: {count} adjustment(s) booked.</source>
        <translation>رُحّل الجرد COUNT-{id}: سُجّلت تسويات ({count}).</translation>
    </message>
</context>
<context>
    <name>CountedDialog</name>
    <message>
        <location filename="../../ui/inventory/count.py" line="35"/>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/count.py" line="36"/>
        <source>Units of {sku} counted in {location}:</source>
        <translation>عدد قطع {sku} المعدودة في {location}:</translation>
    </message>
</context>
<context>
    <name>CreateRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="73"/>
        <source>Return from order {order}</source>
        <translation>إرجاع من الطلب {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Return</source>
        <translation>الإرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="74"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="77"/>
        <source> of {count}</source>
        <translation> من {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="82"/>
        <source>note (needed when the reason is Other)</source>
        <translation>ملاحظة (مطلوبة عندما يكون السبب أخرى)</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="92"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Average order</source>
        <translation>متوسط الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Free shipping</source>
        <translation>شحن مجاني</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Just below free shipping</source>
        <translation>أقل بقليل من حد الشحن المجاني</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Late shipments</source>
        <translation>شحنات متأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>Refunds</source>
        <translation>المبالغ المستردة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Stock-outs / low</source>
        <translation>نفد / منخفض</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="117"/>
        <source>Orders per day</source>
        <translation>الطلبات يوميًا</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="119"/>
        <source>Returns by reason</source>
        <translation>المرتجعات حسب السبب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="121"/>
        <source>Shipping charged vs label cost</source>
        <translation>الشحن المحصَّل مقابل تكلفة الملصق</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Export stock-outs to Excel…</source>
        <translation>تصدير النافد إلى Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="138"/>
        <source>Stock-outs and low stock</source>
        <translation>الأصناف النافدة والمنخفضة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="165"/>
        <source>{count} under {threshold}</source>
        <translation>{count} أقل من {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Charged</source>
        <translation>المحصَّل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212"/>
        <source>Label cost</source>
        <translation>تكلفة الملصق</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/settings/database.py" line="35"/>
        <source>This computer only (a local file)</source>
        <translation>هذا الجهاز فقط (ملف محلي)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="36"/>
        <source>Shared PostgreSQL server (several PCs)</source>
        <translation>خادم PostgreSQL مشترك (عدة أجهزة)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="41"/>
        <source>Browse...</source>
        <translation>استعراض...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="49"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="56"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="58"/>
        <source>Host</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="59"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="60"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="61"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="62"/>
        <source>The password is read from PGPASSWORD or ~/.pgpass. Changes apply on the next start.</source>
        <translation>تُقرأ كلمة المرور من PGPASSWORD أو ~/.pgpass. تُطبَّق التغييرات عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="82"/>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="83"/>
        <source>SQLite (*.sqlite3 *.db)</source>
        <translation>SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="96"/>
        <source>Connecting...</source>
        <translation>جارٍ الاتصال...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="97"/>
        <source>Connecting to the database...</source>
        <translation>جارٍ الاتصال بقاعدة البيانات...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="101"/>
        <source>Cannot connect: {error}</source>
        <translation>تعذّر الاتصال: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database.py" line="103"/>
        <source>Connected to {server}</source>
        <translation>تم الاتصال بـ {server}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="162"/>
        <source>Select an order to see its lines, shipments and history.</source>
        <translation>اختر طلبًا لعرض بنوده وشحناته وسجلّه.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="38"/>
        <location filename="../../ui/inventory/detail.py" line="77"/>
        <source>Select a product.</source>
        <translation>اختر منتجًا.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="40"/>
        <source>On hand</source>
        <translation>المتوفر فعليًا</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="41"/>
        <source>Free</source>
        <translation>الحر</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="43"/>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="44"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="45"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="46"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="47"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="48"/>
        <source>Export history…</source>
        <translation>تصدير السجل…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="56"/>
        <source>Stock by location</source>
        <translation>المخزون حسب الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="57"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/detail.py" line="94"/>
        <source>&lt;b&gt;{sku}&lt;/b&gt; · on hand {on_hand} · reserved {reserved} · available {available} · incoming {incoming}</source>
        <translation>&lt;b&gt;{sku}&lt;/b&gt; · المتوفر فعليًا {on_hand} · محجوز {reserved} · متاح {available} · قيد الوصول {incoming}</translation>
    </message>
</context>
<context>
    <name>EmailSettingsPage</name>
    <message>
        <location filename="../../ui/email_settings/page.py" line="43"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="105"/>
        <source>Sending a test email to {to}...</source>
        <translation>جارٍ إرسال رسالة اختبار إلى {to}...</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="113"/>
        <source>Test email sent to {to}. Check that inbox.</source>
        <translation>أُرسلت رسالة الاختبار إلى {to}. تحقّق من ذلك البريد الوارد.</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/page.py" line="115"/>
        <location filename="../../ui/email_settings/page.py" line="118"/>
        <source>The test email was not sent: {error}</source>
        <translation>لم تُرسل رسالة الاختبار: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="28"/>
        <source>Something went wrong; details are in the log. Nothing was changed by the failed step.</source>
        <translation>حدث خطأ؛ التفاصيل في السجل. لم تُغيّر الخطوة الفاشلة أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="56"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="63"/>
        <source>Open log folder</source>
        <translation>فتح مجلد السجلات</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="24"/>
        <source>Exception</source>
        <translation>الاستثناء</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Ship by</source>
        <translation>الشحن قبل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="25"/>
        <source>Deliver by</source>
        <translation>التسليم قبل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="26"/>
        <source>Suggested action</source>
        <translation>الإجراء المقترح</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="40"/>
        <source>Release hold</source>
        <translation>إلغاء التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="41"/>
        <source>Notify customer of delay</source>
        <translation>إبلاغ العميل بالتأخير</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="56"/>
        <source>Order {number} released.</source>
        <translation>أُلغي تعليق الطلب {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="63"/>
        <source>Delay email for order {number} queued.</source>
        <translation>أُضيفت رسالة التأخير للطلب {number} إلى قائمة الإرسال.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/exceptions_tab.py" line="73"/>
        <source>{count} exception(s).</source>
        <translation>الاستثناءات: {count}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="32"/>
        <source>Accounting workbook (.xlsx)</source>
        <translation>مصنف المحاسبة (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="33"/>
        <source>Xero sales invoices (.csv)</source>
        <translation>فواتير مبيعات Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="34"/>
        <source>Xero credit notes (.csv)</source>
        <translation>إشعارات دائنة Xero (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="35"/>
        <source>QuickBooks invoices (.csv)</source>
        <translation>فواتير QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="36"/>
        <source>QuickBooks credit memos (.csv)</source>
        <translation>إشعارات دائنة QuickBooks (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="39"/>
        <source>Reading the orders…</source>
        <translation>جارٍ قراءة الطلبات…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="40"/>
        <source>Reading the order lines and taxes…</source>
        <translation>جارٍ قراءة بنود الطلبات والضرائب…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="41"/>
        <source>Reading the refunds…</source>
        <translation>جارٍ قراءة المبالغ المستردة…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="42"/>
        <source>Reading the shipments…</source>
        <translation>جارٍ قراءة الشحنات…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="43"/>
        <source>Valuing the inventory…</source>
        <translation>جارٍ تقييم المخزون…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="44"/>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="45"/>
        <source>Saving {name}…</source>
        <translation>جارٍ حفظ {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="79"/>
        <source>Export for the accountant</source>
        <translation>تصدير للمحاسب</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="90"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="96"/>
        <location filename="../../ui/intake/export_dialog.py" line="101"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="97"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="98"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="99"/>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="103"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="120"/>
        <source>Save export</source>
        <translation>حفظ التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="128"/>
        <source>The file name must end in {suffix}.</source>
        <translation>يجب أن ينتهي اسم الملف بـ {suffix}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="132"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="154"/>
        <source>Saved {path} ({orders} orders).</source>
        <translation>حُفظ {path} (الطلبات: {orders}).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/export_dialog.py" line="156"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>تعذّر حفظ {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <location filename="../../ui/reports/export.py" line="23"/>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
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
        <translation>أي موعد شحن</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="17"/>
        <source>Late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="18"/>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="42"/>
        <source>Exceptions</source>
        <translation>الاستثناءات</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="44"/>
        <source>Orders about to break their delivery promise (Reports -&gt; Exceptions)</source>
        <translation>طلبات على وشك تجاوز موعد التسليم الموعود (التقارير ← الاستثناءات)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="51"/>
        <source>Search number, customer, email, SKU, tracking (Ctrl+F)</source>
        <translation>ابحث برقم الطلب أو العميل أو البريد أو SKU أو رقم التتبع (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="54"/>
        <location filename="../../ui/orders/filter_bar.py" line="94"/>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="55"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exception</source>
        <translation>استثناءات: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/filter_bar.py" line="105"/>
        <source>{count} exceptions</source>
        <translation>استثناءات: {count}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="33"/>
        <source>Welcome to Packline</source>
        <translation>مرحبًا بك في Packline</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>Load demo data (products, stock and orders to try things out)</source>
        <translation>تحميل بيانات تجريبية (منتجات ومخزون وطلبات للتجربة)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45"/>
        <source>Admin user</source>
        <translation>المستخدم المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>Password (at least {count} characters)</source>
        <translation>كلمة المرور ({count} أحرف على الأقل)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Repeat password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>Demo orders</source>
        <translation>طلبات تجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>A new database was created at
{url}

Create the first administrator account.</source>
        <translation>أُنشئت قاعدة بيانات جديدة في
{url}

أنشئ أول حساب للمسؤول.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="63"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96"/>
        <source>Loading {count} demo orders...</source>
        <translation>جارٍ تحميل {count} من الطلبات التجريبية...</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/settings/general.py" line="45"/>
        <source>Choose logo...</source>
        <translation>اختيار الشعار...</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="52"/>
        <source>Language (applies at next start)</source>
        <translation>اللغة (تُطبَّق عند التشغيل التالي)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="53"/>
        <source>Company name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="54"/>
        <source>Company address</source>
        <translation>عنوان الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="55"/>
        <source>Logo for documents</source>
        <translation>شعار المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="71"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="72"/>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>صور (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/general.py" line="80"/>
        <source>(no logo)</source>
        <translation>(بلا شعار)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="31"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="32"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="33"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="34"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="37"/>
        <source>Detect from headers</source>
        <translation>اكتشاف من العناوين</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="52"/>
        <source>orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="55"/>
        <source>products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="59"/>
        <source>stock rows</source>
        <translation>صفوف المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Set quantities to the file&apos;s</source>
        <translation>تعيين الكميات كما في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="61"/>
        <source>Add the file&apos;s quantities</source>
        <translation>إضافة كميات الملف</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="84"/>
        <source>Import {noun}</source>
        <translation>استيراد {noun}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="86"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="90"/>
        <source>Map columns…</source>
        <translation>ربط الأعمدة…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="93"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="95"/>
        <source>Choose a file and press Preview.</source>
        <translation>اختر ملفًا واضغط معاينة.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="100"/>
        <source>Import the good {noun}, skip the bad ones</source>
        <translation>استيراد {noun} السليمة وتخطّي الباقي</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="104"/>
        <source>Import nothing</source>
        <translation>عدم استيراد أي شيء</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="117"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="135"/>
        <source>Mapping: {name}</source>
        <translation>الربط: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="138"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="139"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>جداول بيانات (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="146"/>
        <location filename="../../ui/intake/import_dialog.py" line="185"/>
        <source>Choose a file first.</source>
        <translation>اختر ملفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Reading {noun}…</source>
        <translation>جارٍ قراءة {noun}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="218"/>
        <source>{count} {noun} found: {new} new, {updated} to update, {unchanged} unchanged, {rejected} with errors (skipped), {not_applied} changes that will not be applied.</source>
        <translation>{noun} في الملف: {count}؛ جديدة: {new}، للتحديث: {updated}، بلا تغيير: {unchanged}، بها أخطاء (ستُتخطّى): {rejected}، تغييرات لن تُطبَّق: {not_applied}.</translation>
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
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="23"/>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="24"/>
        <source>On hand</source>
        <translation>المتوفر فعليًا</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="25"/>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="26"/>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="27"/>
        <source>Incoming</source>
        <translation>قيد الوصول</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="28"/>
        <source>Reorder at</source>
        <translation>إعادة الطلب عند</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="124"/>
        <source>kit</source>
        <translation>طقم</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/model.py" line="131"/>
        <source>Low stock: {available} available, reorder at {reorder_point}</source>
        <translation>مخزون منخفض: المتاح {available}، إعادة الطلب عند {reorder_point}</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <location filename="../../ui/inventory/view.py" line="37"/>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="54"/>
        <source>Search SKU, barcode or name (Ctrl+F)</source>
        <translation>ابحث بـ SKU أو الباركود أو الاسم (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="58"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="59"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="60"/>
        <source>Export this list…</source>
        <translation>تصدير هذه القائمة…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="64"/>
        <source>Low stock only</source>
        <translation>المخزون المنخفض فقط</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="67"/>
        <source>All warehouses</source>
        <translation>كل المستودعات</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="73"/>
        <source>New product…</source>
        <translation>منتج جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="74"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="75"/>
        <source>Receive…</source>
        <translation>استلام…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="76"/>
        <source>Adjust…</source>
        <translation>تسوية…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="77"/>
        <source>Transfer…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="105"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="106"/>
        <source>Cycle count</source>
        <translation>الجرد الدوري</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="120"/>
        <source>Your role ({role}) may not see costs, so it cannot export.</source>
        <translation>دورك ({role}) لا يسمح برؤية التكاليف، لذا لا يمكنه التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} product</source>
        <translation>{count} منتج</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="148"/>
        <source>{count} products</source>
        <translation>{count} منتجات</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="149"/>
        <source>({count} loaded)</source>
        <translation>(تم تحميل {count})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="182"/>
        <source>Select a product first.</source>
        <translation>اختر منتجًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="223"/>
        <source>Received {quantity} x {sku} into {location}.</source>
        <translation>استُلم {quantity} × {sku} في {location}.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="239"/>
        <source>Adjusted {sku} by {delta} ({reason}).</source>
        <translation>سُوّي {sku} بمقدار {delta} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/view.py" line="254"/>
        <source>Moved {quantity} x {sku} from {source} to {target}.</source>
        <translation>نُقل {quantity} × {sku} من {source} إلى {target}.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/common/list_export.py" line="48"/>
        <source>Export this list</source>
        <translation>تصدير هذه القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="119"/>
        <source>{count} rows exported to {path}.</source>
        <translation>صُدّرت الصفوف ({count}) إلى {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/list_export.py" line="129"/>
        <source>Exporting to {name}…</source>
        <translation>جارٍ التصدير إلى {name}…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="25"/>
        <source>Sign in to Packline</source>
        <translation>تسجيل الدخول إلى Packline</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="34"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="35"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>Signing in failed; details are in the log.</source>
        <translation>تعذّر تسجيل الدخول؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Pack station</source>
        <translation>محطة التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The {key} view is not available in this version; showing Orders.</source>
        <translation>العرض {key} غير متاح في هذا الإصدار؛ تُعرض الطلبات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Emails: {sent} sent, {failed} failed (Reports -&gt; Outbox)</source>
        <translation>الرسائل: أُرسلت {sent}، وفشلت {failed} (التقارير ← صندوق الصادر)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Emails: {sent} sent</source>
        <translation>الرسائل: أُرسلت {sent}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="186"/>
        <location filename="../../ui/main_window.py" line="189"/>
        <location filename="../../ui/main_window.py" line="191"/>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Import orders…</source>
        <translation>ا&amp;ستيراد الطلبات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Import &amp;products…</source>
        <translation>استيراد الم&amp;نتجات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Import &amp;stock…</source>
        <translation>استيراد المخ&amp;زون…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Export &amp;accounting / Xero / QuickBooks…</source>
        <translation>تصدير ال&amp;محاسبة / Xero / QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Export this &amp;list (XLSX/CSV)…</source>
        <translation>تصدير هذه ال&amp;قائمة (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <location filename="../../ui/main_window.py" line="202"/>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Settings...</source>
        <translation>الإ&amp;عدادات...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Orders</source>
        <translation>ال&amp;طلبات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Export this list works on the Orders, Inventory and Returns lists.</source>
        <translation>يعمل «تصدير هذه القائمة» في قوائم الطلبات والمخزون والمرتجعات فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/intake/mapping.py" line="29"/>
        <source>Map columns</source>
        <translation>ربط الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="31"/>
        <source>Profile name, e.g. My shop export</source>
        <translation>اسم الملف التعريفي، مثل: تصدير متجري</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="34"/>
        <source>Profile</source>
        <translation>الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../ui/intake/mapping.py" line="35"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="50"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="52"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="54"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="55"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="57"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="58"/>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="62"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="64"/>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="68"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="71"/>
        <source>Ship by</source>
        <translation>الشحن قبل</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="73"/>
        <location filename="../../ui/orders/columns.py" line="82"/>
        <source>{date} (late)</source>
        <translation>{date} (متأخر)</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="91"/>
        <source>ordered {when}</source>
        <translation>تاريخ الطلب {when}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="92"/>
        <source>, ship by {date}</source>
        <translation>، الشحن قبل {date}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="96"/>
        <source> at {price}</source>
        <translation> بسعر {price}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="98"/>
        <source>, bin {bins}</source>
        <translation>، الرف {bins}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="99"/>
        <source>allocated {allocated}, shipped {shipped}, returned {returned}</source>
        <translation>مخصص {allocated}، مشحون {shipped}، مرتجع {returned}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="103"/>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="104"/>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="105"/>
        <source>Bill to</source>
        <translation>الفوترة إلى</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="108"/>
        <source>Total {total} (shipping {shipping}, tax {tax}); paid {paid}, refunded {refunded}; {status}</source>
        <translation>الإجمالي {total} (الشحن {shipping}، الضريبة {tax})؛ المدفوع {paid}، المسترد {refunded}؛ {status}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="113"/>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Refund</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="115"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="116"/>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="117"/>
        <source>Refunds</source>
        <translation>المبالغ المستردة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="121"/>
        <source>Tracking</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="128"/>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="122"/>
        <source>Shipments</source>
        <translation>الشحنات</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="127"/>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="129"/>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="133"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="135"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="136"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="137"/>
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <location filename="../../ui/orders/entry.py" line="29"/>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="30"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="31"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="32"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="33"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="34"/>
        <source>Country (ISO)</source>
        <translation>الدولة (ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="35"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="47"/>
        <source>Edit order {number}</source>
        <translation>تعديل الطلب {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="48"/>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="55"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>امسح باركودًا أو اكتب SKU ثم اضغط Enter</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="60"/>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="65"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="66"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/orders/entry.py" line="74"/>
        <source>Add item</source>
        <translation>إضافة صنف</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <location filename="../../ui/orders/printing.py" line="66"/>
        <location filename="../../ui/orders/printing.py" line="92"/>
        <source>Select one or more orders first.</source>
        <translation>اختر طلبًا واحدًا أو أكثر أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="76"/>
        <source>Pick list: {count} order(s)</source>
        <translation>قائمة الانتقاء: الطلبات ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/printing.py" line="86"/>
        <source>{count} order(s) moved to picking</source>
        <translation>نُقلت الطلبات ({count}) إلى الانتقاء</translation>
    </message>
</context>
<context>
    <name>OrderPrompt</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="44"/>
        <source>Order number (scan the packing slip or type it):</source>
        <translation>رقم الطلب (امسح قسيمة التغليف أو اكتبه):</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/orders/columns.py" line="23"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="24"/>
        <source>Allocated</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="25"/>
        <source>Backordered</source>
        <translation>بانتظار المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="26"/>
        <source>Picking</source>
        <translation>قيد الانتقاء</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="27"/>
        <source>Packed</source>
        <translation>مغلّف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="28"/>
        <source>Partially shipped</source>
        <translation>مشحون جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="29"/>
        <source>Shipped</source>
        <translation>مشحون</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="30"/>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="31"/>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../ui/orders/columns.py" line="32"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders/view.py" line="65"/>
        <location filename="../../ui/orders/view.py" line="149"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="127"/>
        <source>&amp;New order</source>
        <translation>طلب &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="129"/>
        <source>&amp;Allocate</source>
        <translation>ت&amp;خصيص</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="130"/>
        <source>&amp;Hold</source>
        <translation>ت&amp;عليق</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="131"/>
        <source>&amp;Release hold</source>
        <translation>إ&amp;لغاء التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="132"/>
        <source>&amp;Cancel order</source>
        <translation>إلغاء ال&amp;طلب</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="133"/>
        <source>&amp;Ship</source>
        <translation>&amp;شحن</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="134"/>
        <source>Mark &amp;delivered</source>
        <translation>تمييز كـ&amp;مُسلَّم</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="135"/>
        <source>Print &amp;pick list</source>
        <translation>طباعة قائمة الا&amp;نتقاء</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="137"/>
        <source>Print packing &amp;slips</source>
        <translation>طباعة &amp;قسائم التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="139"/>
        <source>Print &amp;labels</source>
        <translation>طباعة المل&amp;صقات</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="141"/>
        <source>E&amp;xport this list…</source>
        <translation>ت&amp;صدير هذه القائمة…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="142"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="143"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} orders</source>
        <translation>الطلبات: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="219"/>
        <source>{count} order</source>
        <translation>الطلبات: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="277"/>
        <source>Select one or more orders first.</source>
        <translation>اختر طلبًا واحدًا أو أكثر أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="300"/>
        <source>Your role ({role}) may not see prices, so it cannot export orders.</source>
        <translation>دورك ({role}) لا يسمح برؤية الأسعار، لذا لا يمكنه تصدير الطلبات.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} order allocated</source>
        <translation>خُصص طلب واحد ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="316"/>
        <source>{n} orders allocated</source>
        <translation>طلبات مخصصة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="317"/>
        <source> ({short} backordered)</source>
        <translation> ({short} بانتظار المخزون)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} order on hold</source>
        <translation>عُلّق طلب واحد ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="322"/>
        <source>{n} orders on hold</source>
        <translation>طلبات معلّقة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} order released</source>
        <translation>أُلغي تعليق طلب واحد ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="326"/>
        <source>{n} orders released</source>
        <translation>طلبات أُلغي تعليقها: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="330"/>
        <source>Cancel {n} order? Reserved stock goes back on the shelf.</source>
        <translation>إلغاء طلب واحد ({n})؟ يعود المخزون المحجوز إلى الرف.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="331"/>
        <source>Cancel {n} orders? Reserved stock goes back on the shelf.</source>
        <translation>إلغاء الطلبات ({n})؟ يعود المخزون المحجوز إلى الرف.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} order cancelled</source>
        <translation>أُلغي طلب واحد ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="335"/>
        <source>{n} orders cancelled</source>
        <translation>طلبات ملغاة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="339"/>
        <source>{n} order marked delivered</source>
        <translation>طلب واحد ({n}) مُسلَّم</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="340"/>
        <source>{n} orders marked delivered</source>
        <translation>طلبات مُسلَّمة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="345"/>
        <source>Select the order to ship first.</source>
        <translation>اختر الطلب المراد شحنه أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="353"/>
        <source>Order {order} shipped ({items} items, {shipment})</source>
        <translation>شُحن الطلب {order} (الأصناف: {items}، {shipment})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="368"/>
        <source>Order {number} created</source>
        <translation>أُنشئ الطلب {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="374"/>
        <source>Select the order to edit first.</source>
        <translation>اختر الطلب المراد تعديله أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/view.py" line="379"/>
        <source>Order {number} saved</source>
        <translation>حُفظ الطلب {number}</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="18"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="19"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="20"/>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Next attempt</source>
        <translation>المحاولة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="21"/>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="22"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="33"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="45"/>
        <source>Message {id} will be sent again shortly.</source>
        <translation>ستُرسل الرسالة {id} مجددًا قريبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="55"/>
        <source>(no email)</source>
        <translation>(بلا بريد إلكتروني)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/outbox_tab.py" line="57"/>
        <source>{count} message(s), {failed} failed.</source>
        <translation>الرسائل: {count}، الفاشلة: {failed}.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="16"/>
        <source>Override verification</source>
        <translation>تجاوز التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/pack/dialogs.py" line="17"/>
        <source>Pack order {order} without scanning {missing}?
This is logged with your name. Reason:</source>
        <translation>تغليف الطلب {order} دون مسح {missing}؟
سيُسجَّل ذلك باسمك. السبب:</translation>
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
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="16"/>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/pack/model.py" line="17"/>
        <source>Expected</source>
        <translation>المطلوب</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <location filename="../../ui/pack/view.py" line="41"/>
        <source>Scan the packing slip (or type the order number) and press Enter.</source>
        <translation>امسح قسيمة التغليف (أو اكتب رقم الطلب) ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="57"/>
        <source>Pack station</source>
        <translation>محطة التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="80"/>
        <source>Scan here</source>
        <translation>امسح هنا</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="92"/>
        <source>e.g. Ground, Express</source>
        <translation>مثل: عادي، سريع</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="98"/>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="99"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="101"/>
        <source>Override verification…</source>
        <translation>تجاوز التحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="104"/>
        <source>Cancel order (Esc)</source>
        <translation>تنحية الطلب (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="108"/>
        <source>Put the order aside</source>
        <translation>تنحية الطلب جانبًا</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="109"/>
        <source>Reload the order</source>
        <translation>إعادة تحميل الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="178"/>
        <source>Loading order {number}…</source>
        <translation>جارٍ تحميل الطلب {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="197"/>
        <source>Order {number}: scan each item ({units} units).</source>
        <translation>الطلب {number}: امسح كل صنف (عدد القطع: {units}).</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="218"/>
        <source>All {units} units verified. Packing…</source>
        <translation>تم التحقق من كل القطع ({units}). جارٍ التغليف…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="247"/>
        <source>Overriding verification of {number}…</source>
        <translation>جارٍ تجاوز التحقق من {number}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="260"/>
        <source>Order {number} packed. Scan or type the tracking number.</source>
        <translation>تم تغليف الطلب {number}. امسح رقم التتبع أو اكتبه.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="270"/>
        <source>Shipping {number} with {carrier} {tracking}…</source>
        <translation>جارٍ شحن {number} عبر {carrier} {tracking}…</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="278"/>
        <source>Order {number} shipped ({carrier} {tracking}, {shipment}). Scan the next packing slip.</source>
        <translation>شُحن الطلب {number} ({carrier} {tracking}، {shipment}). امسح قسيمة التغليف التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="291"/>
        <source> It stays packed; scan its slip again to ship it.</source>
        <translation> يبقى مغلّفًا؛ امسح قسيمته مجددًا لشحنه.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="295"/>
        <source>Order {number} put aside.</source>
        <translation>نُحّي الطلب {number} جانبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="309"/>
        <source>No order</source>
        <translation>لا يوجد طلب</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="310"/>
        <source>Order {number} · {customer} · {verified} of {expected} units verified</source>
        <translation>الطلب {number} · {customer} · تم التحقق من {verified} من {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/pack/view.py" line="327"/>
        <source>✖ The last step failed.</source>
        <translation>✖ فشلت الخطوة الأخيرة.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="26"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>PrinterProfileEditor</name>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="40"/>
        <source>Print test label</source>
        <translation>طباعة ملصق اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="43"/>
        <source>Label printer</source>
        <translation>طابعة الملصقات</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Language</source>
        <translation>لغة الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="44"/>
        <source>Resolution (dpi)</source>
        <translation>الدقة (dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Label size</source>
        <translation>مقاس الملصق</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="45"/>
        <source>Offset x</source>
        <translation>الإزاحة x</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Offset y</source>
        <translation>الإزاحة y</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="46"/>
        <source>Darkness</source>
        <translation>درجة التعتيم</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Document printer</source>
        <translation>طابعة المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profile_editor.py" line="47"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <location filename="../../ui/printing/defaults.py" line="16"/>
        <source>No label printer set up: Settings -&gt; Printers</source>
        <translation>لم تُضبط طابعة ملصقات: الإعدادات ← الطابعات</translation>
    </message>
    <message>
        <location filename="../../ui/printing/defaults.py" line="17"/>
        <source>No document printer set up: Settings -&gt; Printers</source>
        <translation>لم تُضبط طابعة مستندات: الإعدادات ← الطابعات</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/settings/printers.py" line="27"/>
        <source>(new printer)</source>
        <translation>(طابعة جديدة)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="28"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="47"/>
        <source>Test label not printed: {error}</source>
        <translation>لم يُطبع ملصق الاختبار: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="50"/>
        <source>Test label sent to {name}.</source>
        <translation>أُرسل ملصق الاختبار إلى {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="64"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="75"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="79"/>
        <source>This PC&apos;s label printer</source>
        <translation>طابعة الملصقات لهذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="80"/>
        <source>This PC&apos;s document printer</source>
        <translation>طابعة المستندات لهذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="121"/>
        <source>Printer {name} has invalid settings ({error}).</source>
        <translation>إعدادات الطابعة {name} غير صالحة ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers.py" line="131"/>
        <source>Sending a test label to {name}…</source>
        <translation>جارٍ إرسال ملصق اختبار إلى {name}…</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>Product {sku}</source>
        <translation>المنتج {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="52"/>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="58"/>
        <source>EAN-13, UPC-A, EAN-8 or any code</source>
        <translation>EAN-13 أو UPC-A أو EAN-8 أو أي رمز</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="63"/>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="64"/>
        <source>height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="67"/>
        <source>Sold</source>
        <translation>معروض للبيع</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="68"/>
        <source>Allow negative stock</source>
        <translation>السماح بمخزون سالب</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="70"/>
        <source>kit only: CUP*2, SAUCER*1</source>
        <translation>للأطقم فقط: CUP*2, SAUCER*1</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="74"/>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="77"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="78"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="82"/>
        <source>Only managers and admins change prices.</source>
        <translation>يغيّر الأسعار المديرون والمسؤولون فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="89"/>
        <source>Weight (kg)</source>
        <translation>الوزن (كغ)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="90"/>
        <source>Size (cm)</source>
        <translation>الأبعاد (سم)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="91"/>
        <source>Reorder point</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="92"/>
        <source>Reorder quantity</source>
        <translation>كمية إعادة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/editor.py" line="95"/>
        <source>Kit components</source>
        <translation>مكونات الطقم</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/common/progress.py" line="34"/>
        <source>Cancelled. The unfinished step was not saved.</source>
        <translation>أُلغي. لم تُحفظ الخطوة غير المكتملة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/progress.py" line="102"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="54"/>
        <source>Receive {sku}</source>
        <translation>استلام {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="58"/>
        <source>No purchase order</source>
        <translation>بدون أمر شراء</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="60"/>
        <source>{number} · {supplier} · {remaining} expected</source>
        <translation>{number} · {supplier} · المتوقع {remaining}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="62"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="63"/>
        <source>Into</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="64"/>
        <source>Against</source>
        <translation>مقابل</translation>
    </message>
</context>
<context>
    <name>ReceiveRmaDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="101"/>
        <source>Receive {rma}</source>
        <translation>استلام {rma}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Received</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Disposition</source>
        <translation>التصرف</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="102"/>
        <source>Bin</source>
        <translation>الرف</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="106"/>
        <source> of {count}</source>
        <translation> من {count}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="133"/>
        <source>Refund order {order}</source>
        <translation>استرداد الطلب {order}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Each</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="134"/>
        <source>Refund</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="138"/>
        <source> of {count}</source>
        <translation> من {count}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="143"/>
        <source>up to {amount}</source>
        <translation>حتى {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="147"/>
        <source>why (shown in the order&apos;s timeline)</source>
        <translation>السبب (يظهر في سجل الطلب)</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="149"/>
        <source>Shipping refund</source>
        <translation>استرداد الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="150"/>
        <source>Restocking fee</source>
        <translation>رسوم إعادة التخزين</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="151"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="178"/>
        <source>&lt;b&gt;Refund {total} {currency}&lt;/b&gt; of {left} left to refund.</source>
        <translation>&lt;b&gt;استرداد {total} {currency}&lt;/b&gt; من {left} متبقية للاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="182"/>
        <source>Your limit is {limit} {currency}; a manager must refund this.</source>
        <translation>حدّك هو {limit} {currency}؛ يجب أن يجري المدير هذا الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="183"/>
        <source>Your limit is {limit} {currency}.</source>
        <translation>حدّك هو {limit} {currency}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/dialogs.py" line="188"/>
        <source>That is more than was paid and not yet refunded.</source>
        <translation>هذا أكثر مما دُفع ولم يُسترد بعد.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="39"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="56"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="57"/>
        <source>Exceptions</source>
        <translation>الاستثناءات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="58"/>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="62"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <location filename="../../ui/returns/view.py" line="29"/>
        <source>Open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="30"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="31"/>
        <source>Authorised</source>
        <translation>المعتمدة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="32"/>
        <source>Partially received</source>
        <translation>المستلمة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="33"/>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Received</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="34"/>
        <source>All refunds</source>
        <translation>كل المبالغ المستردة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="35"/>
        <source>Partially refunded orders</source>
        <translation>طلبات مستردة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="36"/>
        <source>Fully refunded orders</source>
        <translation>طلبات مستردة بالكامل</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="58"/>
        <source>Returns</source>
        <translation>المرتجعات</translation>
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
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="63"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="64"/>
        <source>Units</source>
        <translation>القطع</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="65"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="67"/>
        <location filename="../../ui/returns/view.py" line="224"/>
        <source>Refund</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="68"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="69"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>Order payment</source>
        <translation>دفع الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="70"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="71"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="83"/>
        <source>New return…</source>
        <translation>مرتجع جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="84"/>
        <source>Receive…</source>
        <translation>استلام…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="85"/>
        <source>Refund…</source>
        <translation>استرداد…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="86"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="87"/>
        <source>Export this list…</source>
        <translation>تصدير هذه القائمة…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="91"/>
        <location filename="../../ui/returns/view.py" line="93"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="99"/>
        <source>Returns:</source>
        <translation>المرتجعات:</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="103"/>
        <source>Refunds</source>
        <translation>المبالغ المستردة</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="169"/>
        <source>New return</source>
        <translation>مرتجع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="179"/>
        <source>Order {number} has nothing shipped that is not already returned.</source>
        <translation>لا يحتوي الطلب {number} على شيء مشحون لم يُرجع بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="186"/>
        <source>{rma} authorised for order {order}: {units} unit(s).</source>
        <translation>اعتُمد {rma} للطلب {order}: عدد القطع {units}.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="196"/>
        <source>Select a return to receive.</source>
        <translation>اختر مرتجعًا لاستلامه.</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="211"/>
        <source>{quantity} x {sku} {disposition} to {location}</source>
        <translation>{quantity} × {sku} {disposition} إلى {location}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="212"/>
        <source>{quantity} x {sku} {disposition}</source>
        <translation>{quantity} × {sku} {disposition}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="215"/>
        <source>{rma} {status}: {received}</source>
        <translation>{rma} {status}: {received}</translation>
    </message>
    <message>
        <location filename="../../ui/returns/view.py" line="237"/>
        <source>{refund}: {amount} {currency} refunded on order {order}.</source>
        <translation>{refund}: استُرد {amount} {currency} من الطلب {order}.</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../ui/common/role_gate.py" line="28"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>دورك ({role}) لا يملك الصلاحية: {permission}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="23"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="30"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="31"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="33"/>
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="37"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../ui/orders/ship.py" line="33"/>
        <source>Ship order {number}</source>
        <translation>شحن الطلب {number}</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="39"/>
        <source>Scan or type the tracking number</source>
        <translation>امسح رقم التتبع أو اكتبه</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="41"/>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="42"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="43"/>
        <source>Tracking</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="53"/>
        <source>{sku} ({to_ship} to ship, {ready} allocated)</source>
        <translation>{sku} (للشحن: {to_ship}، مخصص: {ready})</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ship.py" line="60"/>
        <source>Lower a quantity to ship part of the order now (a split shipment).</source>
        <translation>قلّل الكمية لشحن جزء من الطلب الآن (شحنة مجزأة).</translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="16"/>
        <source>None (unencrypted)</source>
        <translation>بدون (غير مشفّر)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="24"/>
        <source>SMTP server</source>
        <translation>خادم SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="40"/>
        <source>Shop name &lt;orders@example.com&gt;</source>
        <translation>اسم المتجر &lt;orders@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="43"/>
        <source>Send test email</source>
        <translation>إرسال رسالة اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="49"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="51"/>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="57"/>
        <source>Host</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="58"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="59"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="61"/>
        <source>From address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="62"/>
        <source>Test to</source>
        <translation>اختبار إلى</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <location filename="../../ui/email_settings/smtp_form.py" line="84"/>
        <source>Saved; type a new one to replace it</source>
        <translation>محفوظة؛ اكتب كلمة جديدة لاستبدالها</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/smtp_form.py" line="78"/>
        <source>Not saved yet</source>
        <translation>لم تُحفظ بعد</translation>
    </message>
</context>
<context>
    <name>StoredValues</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="19"/>
        <source>Wrong item</source>
        <translation>منتج خاطئ</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="20"/>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="21"/>
        <source>Not as described</source>
        <translation>غير مطابق للوصف</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="22"/>
        <source>Changed mind</source>
        <translation>تغيير الرأي</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="23"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="24"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="25"/>
        <source>Opened</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="26"/>
        <source>Used</source>
        <translation>مستعمل</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="27"/>
        <source>Restock</source>
        <translation>إعادة إلى المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="28"/>
        <source>Quarantine</source>
        <translation>الحجر</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="29"/>
        <source>Scrap</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="30"/>
        <source>Return to vendor</source>
        <translation>إرجاع إلى المورد</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="31"/>
        <source>Original payment</source>
        <translation>وسيلة الدفع الأصلية</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="32"/>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="33"/>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="34"/>
        <source>Authorised</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="35"/>
        <source>Partially received</source>
        <translation>مستلم جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="36"/>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="37"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="38"/>
        <source>Authorized</source>
        <translation>مصرّح به</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="39"/>
        <source>Partially paid</source>
        <translation>مدفوع جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="40"/>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="41"/>
        <source>Partially refunded</source>
        <translation>مسترد جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="42"/>
        <source>Refunded</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="43"/>
        <source>Voided</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="44"/>
        <source>Receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="45"/>
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="46"/>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="47"/>
        <source>Shipment</source>
        <translation>شحنة</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="48"/>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="49"/>
        <source>Cycle count</source>
        <translation>جرد دوري</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="50"/>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="51"/>
        <source>Found</source>
        <translation>معثور عليه</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="52"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="53"/>
        <source>Theft</source>
        <translation>سرقة</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="54"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="55"/>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="56"/>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="57"/>
        <source>Clerk</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="58"/>
        <source>Packer</source>
        <translation>عامل تغليف</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="59"/>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="60"/>
        <source>Late to ship</source>
        <translation>متأخر في الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="61"/>
        <source>At risk</source>
        <translation>معرض للخطر</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="62"/>
        <source>Backordered past the promise</source>
        <translation>بانتظار المخزون بعد الموعد الموعود</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="63"/>
        <source>Late delivery</source>
        <translation>تأخر التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="64"/>
        <source>On hold too long</source>
        <translation>معلق لفترة طويلة</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="65"/>
        <source>Order received</source>
        <translation>تم استلام الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="66"/>
        <source>Shipped</source>
        <translation>تم الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="67"/>
        <source>Return authorised</source>
        <translation>تمت الموافقة على الإرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="68"/>
        <source>Refund issued</source>
        <translation>تم إصدار الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="69"/>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="70"/>
        <source>Sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="71"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="72"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="73"/>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="74"/>
        <source>In transit</source>
        <translation>قيد النقل</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="75"/>
        <source>Out for delivery</source>
        <translation>خرج للتسليم</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="76"/>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="77"/>
        <source>Carrier exception</source>
        <translation>مشكلة لدى شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="78"/>
        <source>Returned to sender</source>
        <translation>أُعيد إلى المرسل</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="36"/>
        <source>Customer email templates</source>
        <translation>قوالب رسائل العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="61"/>
        <source>Save template</source>
        <translation>حفظ القالب</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="62"/>
        <source>Revert to built-in</source>
        <translation>العودة إلى المدمج</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="84"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="86"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="93"/>
        <source>Plain text (first block is the subject)</source>
        <translation>نص عادي (الكتلة الأولى هي الموضوع)</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="95"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="96"/>
        <source>Plain-text part</source>
        <translation>الجزء النصي</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="176"/>
        <source>The template could not be saved: {error}</source>
        <translation>تعذّر حفظ القالب: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="190"/>
        <source>The edited template could not be removed: {error}</source>
        <translation>تعذّرت إزالة القالب المعدّل: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Edited on this PC</source>
        <translation>معدّل على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/email_settings/template_editor.py" line="222"/>
        <source>Built-in</source>
        <translation>مدمج</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/orders/detail.py" line="26"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="27"/>
        <source>Edited</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="28"/>
        <source>Updated by an import</source>
        <translation>حُدّث عبر استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="29"/>
        <source>Stock allocated</source>
        <translation>خُصص المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="30"/>
        <source>Stock released</source>
        <translation>حُرر المخزون</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="31"/>
        <source>Printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="32"/>
        <source>Shipment sent</source>
        <translation>أُرسلت الشحنة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="33"/>
        <source>Shipped, as the channel reported</source>
        <translation>شُحن حسب القناة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="34"/>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="35"/>
        <source>Packing verified</source>
        <translation>تم التحقق من التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="36"/>
        <source>Scan refused at packing</source>
        <translation>رُفض مسح عند التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="37"/>
        <source>Packing verification overridden</source>
        <translation>تم تجاوز التحقق من التغليف</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="38"/>
        <source>Return authorised</source>
        <translation>تمت الموافقة على الإرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="39"/>
        <source>Return received</source>
        <translation>استُلم الإرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="40"/>
        <source>Email queued</source>
        <translation>بريد في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="41"/>
        <source>Email skipped</source>
        <translation>بريد تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="42"/>
        <source>Email sent</source>
        <translation>أُرسل البريد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="43"/>
        <source>Email failed</source>
        <translation>فشل البريد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="44"/>
        <source>Email retried</source>
        <translation>أُعيدت محاولة البريد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/detail.py" line="58"/>
        <source>Tracking: {state}</source>
        <translation>التتبع: {state}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="102"/>
        <source>Transfer {sku}</source>
        <translation>نقل {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="107"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="108"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/stock_dialogs.py" line="109"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <location filename="../../ui/settings/users.py" line="37"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="24"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="31"/>
        <source>Add user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="33"/>
        <source>Set role of selected</source>
        <translation>تعيين دور المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="36"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <source>Password ({count}+ characters)</source>
        <translation>كلمة المرور ({count} أحرف على الأقل)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="71"/>
        <source>Select a user first.</source>
        <translation>اختر مستخدمًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="83"/>
        <source>Saved {name}.</source>
        <translation>حُفظ {name}.</translation>
    </message>
</context>
</TS>
