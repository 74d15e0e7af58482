"""Files shipped with Packline: fonts (Noto, OFL), email templates, translations, screenshots.

``FONTS`` and ``TRANSLATIONS`` are the folders every part of the program reads them from.
"""

from pathlib import Path

FONTS = Path(__file__).resolve().parent / "fonts"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
