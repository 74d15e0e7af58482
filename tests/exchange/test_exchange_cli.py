"""The import and export commands: JSON shapes, exit codes, and a killed import leaving the database as it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli.main import main
from desktop.db.uow import Database
from desktop.services.checks import run_checks
from tests.bench.bench_intake import generate
from tests.exchange.helpers import FIXTURES, snapshot

REPO = Path(__file__).resolve().parents[2]


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["--db", db.url, *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_import_orders_prints_the_counts_and_problems_as_json(db: Database, capsys) -> None:
    code, payload = _run(db, capsys, "import", "orders", str(FIXTURES / "shop_v1.csv"))
    assert code == 0
    assert {k: payload[k] for k in ("orders_new", "orders_updated", "orders_unchanged", "problems")} == {
        "orders_new": 4, "orders_updated": 0, "orders_unchanged": 0, "problems": []}
    code, payload = _run(db, capsys, "import", "orders", str(FIXTURES / "shop_v1.csv"), "--format", "shopify")
    assert (code, payload["orders_unchanged"]) == (0, 4)


def test_problems_stop_the_import_with_exit_1_unless_skip_bad(db: Database, capsys) -> None:
    code, payload = _run(db, capsys, "import", "orders", str(FIXTURES / "shop_broken.csv"))
    assert code == 1 and payload["imported"] is False
    assert {"line": 3, "column": "Total", "value": "twenty"}.items() <= payload["problems"][0].items()
    code, payload = _run(db, capsys, "import", "orders", str(FIXTURES / "shop_broken.csv"), "--skip-bad")
    assert (code, payload["orders_new"], payload["imported"]) == (0, 2, True)


def test_a_dry_run_changes_nothing(db: Database, capsys) -> None:
    before = snapshot(db)
    code, payload = _run(db, capsys, "import", "orders", str(FIXTURES / "shop_v1.csv"), "--dry-run")
    assert (code, payload["orders_new"], payload["dry_run"]) == (0, 4, True)
    assert snapshot(db) == before


def test_stock_and_products_import_from_the_command_line(db: Database, capsys) -> None:
    products = REPO / "tests" / "intake" / "fixtures" / "shopify_products.csv"
    code, payload = _run(db, capsys, "import", "products", str(products), "--skip-bad")
    assert code == 0 and payload["products_new"] >= 1
    _run(db, capsys, "import", "orders", str(FIXTURES / "shop_v1.csv"))
    code, payload = _run(db, capsys, "import", "stock", str(FIXTURES / "stock.csv"))
    assert (code, payload["stock_updated"]) == (0, 2)
    code, payload = _run(db, capsys, "import", "stock", str(FIXTURES / "stock.csv"))
    assert payload["stock_unchanged"] == 2
    assert run_checks(db) == []


def test_exports_write_their_files(db: Database, capsys, tmp_path: Path) -> None:
    _run(db, capsys, "import", "orders", str(FIXTURES / "shop_v2.csv"))
    for kind, name in (("accounting", "a.xlsx"), ("xero", "x.csv"), ("quickbooks", "q.csv")):
        code, payload = _run(db, capsys, "export", kind, "--from", "2025-03-01", "--to", "2025-03-31",
                             "--out", str(tmp_path / name))
        assert code == 0 and payload["orders"] == 4 and (tmp_path / name).stat().st_size > 0
    code, payload = _run(db, capsys, "export", "orders", "--status", "cancelled", "--out", str(tmp_path / "o.csv"))
    assert (code, payload["rows"]) == (0, 1)
    assert main(["--db", db.url, "export", "accounting", "--from", "2025-03-31", "--to", "2025-03-01",
                 "--out", str(tmp_path / "bad.xlsx")]) == 1


def _writing(db: Database, wal: Path, wal_before: int) -> bool:
    """True once another process has started writing the import's transaction."""
    if db.sqlite:
        return wal.exists() and wal.stat().st_size > wal_before + 256_000
    with db.engine.connect() as connection:
        return bool(connection.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")).scalar())


def test_a_killed_import_leaves_the_database_as_it_was(any_db: Database, tmp_path: Path) -> None:
    big = tmp_path / "orders_export.csv"
    generate(big, 100_000)
    before = snapshot(any_db)
    wal = Path(f"{any_db.engine.url.database}-wal") if any_db.sqlite else tmp_path / "none"
    wal_before = wal.stat().st_size if wal.exists() else 0
    process = subprocess.Popen([sys.executable, "-m", "desktop.cli.main", "--db", any_db.url, "import", "orders",
                                str(big)], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not _writing(any_db, wal, wal_before) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the import finished before it could be killed; use a bigger file"
    assert _writing(any_db, wal, wal_before), "the import never started writing"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert snapshot(any_db) == before
    assert run_checks(any_db) == []
