"""The core's error messages in the window's language: one translation point (``user_message``),
a generated catalog of every core template that lupdate reads, and translations that keep each
placeholder of their source. The CLI and ``str(error)`` stay English."""

from __future__ import annotations

import shutil
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

import factories
from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.errors import InvalidInput, NotFound, UserError
from desktop.services import allocation, shipping, stock
from resources import TRANSLATIONS
from ui.login import LoginDialog
from ui.common import collect_core_messages as collector
from ui.common.core_messages import CONTEXT, TEMPLATES
from ui.common.errors import present_error, user_message

LANGUAGES = ("it", "ro", "ar", "th")


def _raised(db: Database, work: Callable) -> UserError:
    with pytest.raises(UserError) as raised, db.uow(SYSTEM) as uow:
        work(uow)
    return raised.value


def _ship_too_many(shop: Database) -> UserError:
    number = factories.order(shop, {"MUG-RED": 2}, number="T-100")
    with shop.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        uow.commit()
    return _raised(shop, lambda uow: shipping.ship(uow, number, "UPS", "1Z9", lines={"MUG-RED": 7}))


def test_a_service_error_is_shown_in_italian_and_arabic_with_the_typed_values(qtbot, shop: Database,
                                                                              language) -> None:
    too_many = _ship_too_many(shop)
    unknown = _raised(shop, lambda uow: stock.receive(uow, "NOPE-9", 3))
    assert isinstance(too_many, InvalidInput) and isinstance(unknown, NotFound)
    english = ("MUG-RED quantity 7: is more than the 2 allocated and unshipped (2 left to ship)",
               "SKU 'NOPE-9' does not exist.")
    assert (str(too_many), str(unknown)) == english
    assert tuple(present_error(None, e).text() for e in (too_many, unknown)) == english
    language("it")
    assert present_error(None, too_many).text() == (
        "quantità di MUG-RED 7: supera le 2 unità allocate e non spedite (ancora da spedire: 2)")
    assert user_message(unknown) == "SKU 'NOPE-9' non esiste."
    assert str(too_many) == english[0]
    language("ar")
    assert present_error(None, too_many).text() == (
        "كمية MUG-RED 7: أكثر من الكمية المخصصة وغير المشحونة وهي 2 (المتبقي للشحن: 2)")
    assert user_message(unknown) == "SKU 'NOPE-9' غير موجود."


def test_the_window_translates_every_nested_piece(qtbot, language) -> None:
    error = InvalidInput("SKU", "", "name at least one product")
    language("ro")
    assert user_message(error) == "SKU '': indicați cel puțin un produs"
    assert user_message(ValueError("not a UserError")) == "not a UserError"


def test_the_generated_catalog_lists_every_core_template() -> None:
    """Fails when a message was added or changed without running
    ``python -m ui.common.collect_core_messages`` (then lupdate, translate and lrelease)."""
    assert collector.GENERATED.read_text(encoding="utf-8") == collector.module_text(collector.collect())


def test_no_core_message_is_an_f_string() -> None:
    assert collector.english_only() == []


def test_the_collector_follows_subclasses_imports_and_markers(tmp_path: Path) -> None:
    core = tmp_path / "desktop"
    core.mkdir()
    shutil.copy(collector.CORE / "errors.py", core / "errors.py")
    (core / "faults.py").write_text(
        "from desktop.errors import InvalidInput, Text, UserError, translatable\n"
        "class Refused(UserError):\n"
        "    pass\n"
        "class Unwritable(Refused):\n"
        "    def __init__(self, path: str, why: Text) -> None:\n"
        "        super().__init__('Cannot write {path}: {why}', path=path, why=why)\n"
        "WORD = translatable('marked word')\n", encoding="utf-8")
    (core / "service.py").write_text(
        "from sqlalchemy import Text\n"
        "from desktop.errors import InvalidInput as Bad\n"
        "from desktop.faults import Refused, Unwritable\n"
        "def work(sku):\n"
        "    Text('a column type, not a message')\n"
        "    Unwritable('not a template', why=Refused.piece('nor this'))\n"
        "    raise Unwritable('/tmp/x', 'disk full')\n"
        "def check(sku):\n"
        "    raise Bad('field name', sku, f'an f-string {sku}')\n"
        "def refuse(sku):\n"
        "    raise Refused('Refused {sku}.', sku=sku)\n", encoding="utf-8")
    found = set(collector.collect(core)) - set(collector.collect(collector.CORE))
    assert found == {"Cannot write {path}: {why}", "marked word", "disk full", "field name", "Refused {sku}."}
    assert collector.english_only(core) == ["desktop.service:9"]


def _messages(code: str) -> list[ET.Element]:
    tree = ET.parse(TRANSLATIONS / f"packline_{code}.ts")
    return [message for context in tree.iter("context") if context.findtext("name") == CONTEXT
            for message in context.iter("message")]


def _placeholders(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((field, conversion, spec) for _, field, spec, conversion in string.Formatter().parse(text)
                  if field is not None)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_core_template_is_translated(code: str) -> None:
    translated = {m.findtext("source") for m in _messages(code)
                  if m.findtext("translation") and m.find("translation").get("type") is None}
    assert set(TEMPLATES) - translated == set()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_translation_keeps_exactly_the_placeholders_of_its_source(code: str) -> None:
    changed = [(m.findtext("source"), m.findtext("translation")) for m in _messages(code)
               if _placeholders(m.findtext("source")) != _placeholders(m.findtext("translation") or "")]
    assert changed == []


def test_a_wrong_password_is_refused_in_the_windows_language(qtbot, db: Database, user, make_ops,
                                                             language) -> None:
    user("alice", "manager")
    language("it")
    dialog = LoginDialog(make_ops(SYSTEM), "alice")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong password")
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.problem.text() == "Nome utente o password errati.")
