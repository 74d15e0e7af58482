"""Vocabulary for demo data: products, and customers in the shop's countries and languages."""

from __future__ import annotations

from decimal import Decimal

from desktop.gtin import gtin_check_digit

ADJECTIVES = ("Classic", "Organic", "Handmade", "Vintage", "Linen", "Ceramic", "Bamboo", "Recycled", "Wool",
              "Cotton", "Copper", "Oak", "Glass", "Leather", "Silk", "Marble", "Rattan", "Velvet", "Hemp", "Cork")
NOUNS = ("Mug", "Tote Bag", "Candle", "Notebook", "Scarf", "Planter", "Coaster Set", "Tea Towel", "Bowl",
         "Phone Case", "Poster", "Sticker Pack", "Keyring", "Pillow Cover", "Apron", "Soap Bar", "Earrings",
         "Wallet", "Socks", "Lamp")

COUNTRIES: tuple[tuple[str, str, Decimal, bool, int], ...] = (
    # country, currency, tax rate, prices include tax, weight
    ("US", "USD", Decimal("0.08"), False, 30),
    ("IT", "EUR", Decimal("0.22"), True, 15),
    ("RO", "RON", Decimal("0.19"), True, 10),
    ("TH", "THB", Decimal("0.07"), True, 10),
    ("AE", "AED", Decimal("0.05"), True, 6),
    ("SA", "SAR", Decimal("0.15"), True, 4),
    ("GB", "GBP", Decimal("0.20"), True, 10),
    ("DE", "EUR", Decimal("0.19"), True, 8),
    ("CA", "CAD", Decimal("0.05"), False, 7),
)

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (("James", "Mary", "Robert", "Linda", "Michael", "Patricia", "David", "Jennifer"),
           ("Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Moore")),
    "IT": (("Giulia", "Luca", "Francesca", "Matteo", "Chiara", "Niccolò", "Beatrice", "Andrea"),
           ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci")),
    "RO": (("Ioana", "Andrei", "Maria", "Mihai", "Elena", "Ștefan", "Ana", "Răzvan"),
           ("Popescu", "Ionescu", "Popa", "Dumitrescu", "Stănescu", "Constantin", "Țurcanu", "Gheorghiu")),
    "TH": (("สมชาย", "สมหญิง", "อนันต์", "ปราณี", "วิชัย", "นภา", "ธนพล", "กมล"),
           ("ใจดี", "ศรีสุข", "วงศ์ไทย", "แสงทอง", "บุญมา", "รักไทย", "สุขสันต์", "ทองดี")),
    "AE": (("محمد", "فاطمة", "أحمد", "مريم", "علي", "نورة", "خالد", "سارة"),
           ("الأحمد", "المنصوري", "الهاشمي", "الكعبي", "الشامسي", "النعيمي", "الزعابي", "المهيري")),
    "SA": (("عبدالله", "ريم", "فيصل", "هيا", "سلطان", "لمى", "تركي", "جود"),
           ("القحطاني", "العتيبي", "الشهري", "الغامدي", "الدوسري", "الحربي", "الزهراني", "المطيري")),
    "GB": (("Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily"),
           ("Taylor", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Edwards")),
    "DE": (("Lukas", "Mia", "Jonas", "Emma", "Leon", "Hannah", "Felix", "Lea"),
           ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker")),
    "CA": (("Liam", "Olivia", "Noah", "Charlotte", "William", "Chloé", "Benjamin", "Léa"),
           ("Tremblay", "Martin", "Roy", "Gagnon", "Lee", "Wilson", "Côté", "Bouchard")),
}

PLACES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    # street, city, region, postcode
    "US": (("742 Evergreen Terrace", "Springfield", "IL", "62704"), ("1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043")),
    "IT": (("Via Roma 12", "Milano", "MI", "20121"), ("Corso Vittorio Emanuele 45", "Napoli", "NA", "80121")),
    "RO": (("Strada Lipscani 21", "București", "B", "030031"), ("Bulevardul Eroilor 8", "Cluj-Napoca", "CJ", "400129")),
    "TH": (("99 ถนนสุขุมวิท", "กรุงเทพมหานคร", "กรุงเทพฯ", "10110"), ("12 ถนนนิมมานเหมินท์", "เชียงใหม่", "เชียงใหม่", "50200")),
    "AE": (("شارع الشيخ زايد 14", "دبي", "دبي", "00000"), ("شارع الكورنيش 3", "أبوظبي", "أبوظبي", "00000")),
    "SA": (("طريق الملك فهد 220", "الرياض", "الرياض", "12211"), ("شارع التحلية 17", "جدة", "مكة", "23431")),
    "GB": (("221B Baker Street", "London", "", "NW1 6XE"), ("10 Castle Street", "Edinburgh", "", "EH2 3AT")),
    "DE": (("Friedrichstraße 43", "Berlin", "BE", "10117"), ("Königsallee 2", "Düsseldorf", "NW", "40212")),
    "CA": (("1 Rue Sainte-Catherine", "Montréal", "QC", "H3B 1A7"), ("200 Bay Street", "Toronto", "ON", "M5J 2J2")),
}

CARRIERS = (("UPS", "Ground"), ("USPS", "Priority Mail"), ("DHL", "Express"), ("FedEx", "Home Delivery"),
            ("Poste Italiane", "Crono"), ("Fan Courier", "Standard"), ("Thailand Post", "EMS"), ("Aramex", "Express"))
CHANNELS = ("shopify", "etsy", "woocommerce", "amazon", "manual")


def demo_ean13(index: int) -> str:
    """A valid EAN-13 in the 200-299 in-store range, unique per ``index``."""
    body = f"200{index:09d}"
    return body + str(gtin_check_digit(body))
