"""Every real sample export and catalogue imports into a fresh database (runs where ../shared exists)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.intake import parse_products
from desktop.services import intake
from desktop.services.checks import run_checks
from tests.conftest import SHARED
from tests.exchange.helpers import import_file

SAMPLES = SHARED / "samples"
pytestmark = pytest.mark.skipif(not SAMPLES.exists(), reason="../shared/samples is not here")


def _files(kind: str) -> list[Path]:
    return sorted((SAMPLES / kind).iterdir()) if (SAMPLES / kind).exists() else []


@pytest.mark.parametrize("path", _files("orders"), ids=lambda p: p.name)
def test_every_sample_order_export_imports_without_errors(db: Database, path: Path) -> None:
    report = import_file(db, str(path))
    assert report.applied and report.errors == ()
    assert report.count("new") + report.count("skipped") == len(report.outcomes) > 0
    assert import_file(db, str(path)).count("unchanged") == report.count("new")
    assert run_checks(db) == []


@pytest.mark.parametrize("path", _files("products"), ids=lambda p: p.name)
def test_every_sample_catalogue_imports_its_good_rows(db: Database, path: Path) -> None:
    with db.uow(SYSTEM) as uow:
        report = intake.import_products(uow, parse_products(path), skip_bad=True, file=path.name)
        uow.commit()
    assert report.applied and report.count("new") > 0 and report.count("rejected") == 0
    assert run_checks(db) == []
