"""Fixtures for window tests: offscreen Qt, a small shop, Operations per actor, private QSettings."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import factories  # noqa: E402
from desktop.auth import SYSTEM, Actor, Role  # noqa: E402
from desktop.db.uow import Database  # noqa: E402
from desktop.services import users  # noqa: E402
from ui.app import install_translations  # noqa: E402
from ui.ops import Operations  # noqa: E402

from window_support import PASSWORD  # noqa: E402


@pytest.fixture
def shop(db: Database) -> Database:
    """Two products with barcodes and stock in one bin, and three orders."""
    factories.bin_(db, "A-01")
    factories.product(db, "MUG-RED", price="12.50", stock_qty=20, barcode="4006381333931")
    factories.product(db, "TEE-BLK", price="20.00", stock_qty=20, barcode="5901234123457")
    factories.order(db, {"MUG-RED": 2, "TEE-BLK": 1}, customer="Ada Lovelace")
    factories.order(db, {"TEE-BLK": 1}, customer="Grace Hopper", email="grace@navy.mil")
    factories.order(db, {"MUG-RED": 1}, customer="Alan Turing", email="alan@bletchley.uk")
    return db


@pytest.fixture
def user(db: Database) -> Callable[[str, str], Actor]:
    """Create a user who can sign in with :data:`PASSWORD`."""
    def create(name: str, role: str) -> Actor:
        with db.uow(SYSTEM) as uow:
            actor = users.add_user(uow, name, role, PASSWORD)
            uow.commit()
        return actor
    return create


@pytest.fixture
def make_ops(db: Database) -> Iterator[Callable[[Actor], Operations]]:
    made: list[Operations] = []

    def make(actor: Actor = Actor(None, "system", Role.ADMIN)) -> Operations:
        ops = Operations(db, actor)
        made.append(ops)
        return ops
    yield make
    for ops in made:
        ops.shutdown()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "packline.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install the translation of a language for one test, then go back to English."""
    installed = []

    def choose(code: str) -> None:
        installed.extend(install_translations(qapp, code))
    yield choose
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")
