"""``packline --screenshot`` renders every view to a PNG in a separate, offscreen process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.services import users
from desktop.services.demo import load_demo

from window_support import PASSWORD

VIEWS = ("orders", "inventory", "pack", "returns", "reports")


def _packline(db: Database, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if user:
        env.update(PACKLINE_USER=user, PACKLINE_PASSWORD=PASSWORD)
    return subprocess.run([sys.executable, "-m", "desktop.cli.main", "--db", db.url, *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def demo_db(db: Database) -> Database:
    load_demo(db, orders=300, seed=7)
    with db.uow(SYSTEM) as uow:
        users.add_user(uow, "owner", "admin", PASSWORD)
        uow.commit()
    return db


@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_of_each_view_is_a_full_window_png(demo_db: Database, tmp_path: Path, view: str) -> None:
    target = tmp_path / f"{view}.png"
    result = _packline(demo_db, "--screenshot", str(target), "--view", view, user="owner")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() == 1400 and image.height() >= 860


def test_screenshot_without_a_password_for_a_database_with_users_is_refused(demo_db: Database, tmp_path: Path) -> None:
    result = _packline(demo_db, "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "PACKLINE_USER and PACKLINE_PASSWORD" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_before_any_user_exists_runs_as_the_system(db: Database, tmp_path: Path) -> None:
    result = _packline(db, "--screenshot", str(tmp_path / "empty.png"))
    assert result.returncode == 0, result.stderr
    assert not QImage(str(tmp_path / "empty.png")).isNull()
