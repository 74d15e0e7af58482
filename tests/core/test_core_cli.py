"""The ``packline`` command line: exit codes, JSON shapes, messages, and untouched data on errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select, text

from desktop.cli.main import main
from desktop.db.uow import Database
from desktop.services.checks import run_checks


@pytest.fixture
def cli(db: Database, capsys: pytest.CaptureFixture[str]):
    url = db.engine.url.render_as_string(hide_password=False)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def ok_json(cli, *args: str) -> dict:
    code, out, err = cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def snapshot(db: Database) -> dict[str, list[tuple]]:
    metadata = MetaData()
    metadata.reflect(db.engine)
    with db.engine.connect() as connection:
        return {name: sorted(map(tuple, connection.execute(select(table)).all()), key=repr)
                for name, table in metadata.tables.items()}


def stocked(cli) -> None:
    assert cli("product", "add", "MUG", "--name", "Mug", "--barcode", "4006381333931", "--price", "12.50")[0] == 0
    assert cli("location", "add-bin", "A-01-03")[0] == 0
    assert cli("stock", "receive", "MUG", "10", "--location", "A-01-03")[0] == 0


def test_a_shop_walks_an_order_from_creation_to_refund(cli):
    stocked(cli)
    created = ok_json(cli, "order", "create", "--customer", "محمد الأحمد", "--country", "AE", "--line", "MUG:3",
                      "--shipping", "5", "--paid", "42.50")
    number = created["number"]
    assert created["total"] == "42.50" and created["status"] == "new"
    allocated = ok_json(cli, "order", "allocate", number)
    assert allocated["orders"][0]["status"] == "allocated"
    assert ok_json(cli, "stock", "show", "MUG") == {
        "sku": "MUG", "on_hand": 10, "reserved": 3, "available": 7, "incoming": 0,
        "locations": [{"location": "MAIN/A-01-03", "on_hand": 10, "reserved": 3}]}
    assert cli("order", "pack", number)[0] == 0
    shipped = ok_json(cli, "order", "ship", number, "--carrier", "DHL", "--tracking", "JD0001")
    assert shipped["status"] == "shipped"
    rma = ok_json(cli, "return", "create", number, "--line", "MUG:1:damaged")["rma"]
    assert ok_json(cli, "return", "receive", rma, "--line", "MUG:1:damaged:quarantine")["status"] == "received"
    refund = ok_json(cli, "refund", "create", number, "--line", "MUG:1", "--restocking-fee", "2")
    assert refund["amount"] == "10.50"
    shown = ok_json(cli, "order", "show", number)
    assert shown["refunded"] == "10.50"
    assert shown["lines"] == [{"sku": "MUG", "name": "Mug", "quantity": 3, "unit_price": "12.50", "allocated": 0,
                               "shipped": 3, "returned": 1, "bins": []}]
    assert shown["shipments"][0]["tracking"] == "JD0001"
    assert shown["returns"][0]["lines"][0]["reason"] == "damaged"
    code, out, _ = cli("db", "check")
    assert code == 0 and "All invariants hold" in out


@pytest.mark.parametrize(("args", "message"), [
    (("stock", "receive", "NOPE", "1"), "SKU 'NOPE' does not exist"),
    (("product", "add", "BAD", "--name", "x", "--barcode", "4006381333932"), "barcode '4006381333932'"),
    (("stock", "receive", "MUG", "0"), "qty '0': must be a positive whole number"),
    (("stock", "receive", "MUG", "-3"), "qty '-3'"),
    (("stock", "receive", "MUG", "2", "--location", "Z-99"), "location 'Z-99'"),
    (("order", "create", "--customer", "A", "--country", "US", "--line", "MUG"), "--line 'MUG': must be"),
    (("order", "create", "--customer", "A", "--country", "US", "--line", "MUG:x"), "--line quantity 'x'"),
    (("order", "create", "--customer", "A", "--country", "US", "--line", "MUG:1:abc"), "--line price 'abc'"),
    (("order", "ship", "NOPE", "--carrier", "UPS", "--tracking", "1"), "Order 'NOPE' does not exist"),
    (("stock", "adjust", "MUG", "-50", "--reason", "lost"), "Only 10 of MUG free in MAIN/A-01-03"),
])
def test_bad_input_exits_1_with_one_line_naming_the_value_and_changes_nothing(cli, db, args, message):
    stocked(cli)
    before = snapshot(db)
    code, out, err = cli(*args)
    assert code == 1
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(db) == before


def test_over_return_over_refund_and_shipping_a_cancelled_order_are_refused(cli, db):
    stocked(cli)
    number = ok_json(cli, "order", "create", "--customer", "A", "--country", "US", "--line", "MUG:2",
                     "--paid", "25")["number"]
    ok_json(cli, "order", "allocate", number)
    ok_json(cli, "order", "ship", number, "--carrier", "UPS", "--tracking", "1", "--line", "MUG:1")
    before = snapshot(db)
    assert "more than can be returned" in cli("return", "create", number, "--line", "MUG:2:damaged")[2]
    assert "would exceed what was paid" in cli("refund", "create", number, "--amount", "25.01")[2]
    assert snapshot(db) == before
    other = ok_json(cli, "order", "create", "--customer", "B", "--country", "US", "--line", "MUG:1")["number"]
    assert cli("order", "cancel", other)[0] == 0
    code, _, err = cli("order", "ship", other, "--carrier", "UPS", "--tracking", "2")
    assert code == 1 and "cancelled" in err


def test_bad_usage_exits_2(cli):
    with pytest.raises(SystemExit) as exit_info:
        cli("stock", "receive")
    assert exit_info.value.code == 2


def test_db_check_exits_1_listing_a_breach(cli, db):
    stocked(cli)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE stock_levels SET on_hand = on_hand + 1"))
    code, out, err = cli("db", "check")
    assert code == 1
    assert "MUG in A-01-03: cached on hand 11, ledger says 10" in out


def test_sign_in_is_required_once_a_user_can_sign_in(cli, monkeypatch):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("correct horse battery\n"))
    assert cli("user", "add", "boss", "--role", "admin")[0] == 0
    code, _, err = cli("stock", "show", "MUG")
    assert code == 1 and "Sign in" in err
    monkeypatch.setenv("PACKLINE_PASSWORD", "wrong password")
    code, _, err = main_with_user(cli, monkeypatch, "wrong password")
    assert code == 1 and "Wrong user name or password" in err
    code, _, err = main_with_user(cli, monkeypatch, "correct horse battery")
    assert code == 1 and "SKU 'MUG' does not exist" in err


def main_with_user(cli, monkeypatch, password: str) -> tuple[int, str, str]:
    monkeypatch.setenv("PACKLINE_USER", "boss")
    monkeypatch.setenv("PACKLINE_PASSWORD", password)
    return cli("stock", "show", "MUG")


def test_backup_copies_a_database_in_use(cli, db, tmp_path):
    stocked(cli)
    target = tmp_path / "copy.sqlite3"
    with db.engine.connect().execution_options(packline_write=False) as reader:
        reader.execute(text("SELECT count(*) FROM products"))
        assert cli("db", "backup", str(target))[0] == 0
    copy = Database(f"sqlite:///{target}")
    with copy.engine.connect() as connection:
        assert connection.execute(text("SELECT sku FROM products")).scalars().all() == ["MUG"]
    assert run_checks(copy) == []
    copy.dispose()
    assert "already exists" in cli("db", "backup", str(target))[2]


def test_a_demo_killed_part_way_leaves_a_database_that_passes_the_check(tmp_path):
    url = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    process = subprocess.Popen([sys.executable, "-m", "desktop.cli.main", "--db", url, "demo", "--orders", "400000"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy(),
                               cwd=Path(__file__).resolve().parents[2])
    deadline = time.monotonic() + 60
    killed_db = Database(url)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        try:
            with killed_db.engine.connect() as connection:
                if connection.execute(text("SELECT count(*) FROM orders")).scalar() >= 10000:
                    break
        except Exception:  # the file or schema is still being created
            continue
    process.send_signal(signal.SIGKILL)
    process.wait()
    with killed_db.engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM orders")).scalar()
    assert 10000 <= count < 400000
    assert run_checks(killed_db) == []
    killed_db.dispose()


def test_a_shipment_keeps_its_packages_and_the_carrier_label(cli, db, tmp_path):
    stocked(cli)
    number = ok_json(cli, "order", "create", "--customer", "A", "--country", "US", "--line", "MUG:1")["number"]
    ok_json(cli, "order", "allocate", number)
    label = tmp_path / "ups.zpl"
    label.write_bytes(b"^XA^FO50,50^FDUPS^FS^XZ")
    assert "--package 'x'" in cli("order", "ship", number, "--carrier", "UPS", "--tracking", "1", "--package", "x")[2]
    ok_json(cli, "order", "ship", number, "--carrier", "UPS", "--tracking", "1Z", "--package", "1.25:30x20x10",
            "--package", "0.5", "--label", str(label))
    with db.engine.connect() as connection:
        stored = connection.execute(text("SELECT label, label_mime FROM shipments")).one()
        boxes = connection.execute(text("SELECT weight_kg, length_cm FROM packages ORDER BY id")).all()
    assert (bytes(stored[0]), stored[1]) == (b"^XA^FO50,50^FDUPS^FS^XZ", "application/zpl")
    assert [(float(w), None if l is None else float(l)) for w, l in boxes] == [(1.25, 30.0), (0.5, None)]


def test_a_cycle_count_from_the_command_line_posts_the_difference(cli):
    stocked(cli)
    session = ok_json(cli, "count", "start")["session"]
    assert ok_json(cli, "count", "bin", str(session), "A-01-03")["lines"][0]["expected"] == 10
    assert ok_json(cli, "count", "add", str(session), "A-01-03", "4006381333931", "8")["lines"][0]["difference"] == -2
    assert ok_json(cli, "count", "post", str(session))["status"] == "posted"
    assert ok_json(cli, "stock", "show", "MUG")["on_hand"] == 8
    assert "already" in cli("count", "post", str(session))[2]
