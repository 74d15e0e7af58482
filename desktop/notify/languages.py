"""Which language a customer's email is written in.

Rule: the order's explicit language when Packline has templates for it; otherwise the ship-to
country's language (IT -> it, RO and MD -> ro, Arabic-speaking countries -> ar, TH -> th);
otherwise English.
"""

from __future__ import annotations

LANGUAGES = ("en", "it", "ro", "ar", "th")
DEFAULT_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})

# Member states of the Arab League where Arabic is the language of everyday commerce.
ARABIC_SPEAKING_COUNTRIES = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split()
)
COUNTRY_LANGUAGES = {"IT": "it", "SM": "it", "VA": "it", "RO": "ro", "MD": "ro", "TH": "th"} | {
    country: "ar" for country in ARABIC_SPEAKING_COUNTRIES
}


def choose_language(order_language: str | None, ship_to_country: str | None) -> str:
    """The template language for an order.

    ``order_language`` may be a bare code or a locale tag (``"it"``, ``"it-IT"``, ``"ro_RO"``);
    ``ship_to_country`` is an ISO 3166-1 alpha-2 code. Both are case-insensitive and optional.
    """
    if order_language:
        code = order_language.replace("_", "-").split("-")[0].strip().lower()
        if code in LANGUAGES:
            return code
    if ship_to_country:
        return COUNTRY_LANGUAGES.get(ship_to_country.strip().upper(), DEFAULT_LANGUAGE)
    return DEFAULT_LANGUAGE


def text_direction(language: str) -> str:
    """``"rtl"`` for right-to-left languages, else ``"ltr"`` (the HTML ``dir`` value)."""
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"
