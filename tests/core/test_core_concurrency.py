"""Sixteen clerks at once on the same orders and the last units never oversell, never ship or
refund twice and never lose an update; the same holds for two processes on one SQLite file."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
from decimal import Decimal

import pytest
from factories import order, product
from sqlalchemy import func, select

from desktop.db.uow import Database
from desktop.errors import UserError
from desktop.models import Refund, Shipment
from desktop.services import allocation, refunds, shipping, stock
from desktop.services.checks import run_checks

CLERKS = 16


def _clerk(url: str, numbers: list[str], seed: int, errors: list[BaseException], barrier: threading.Barrier) -> None:
    """One PC: its own engine and connections, working through the orders in its own order."""
    db = Database(url)
    rng = random.Random(seed)
    mine = numbers[:]
    rng.shuffle(mine)
    barrier.wait()
    try:
        for number in mine:
            for step in (
                lambda uow: allocation.allocate(uow, [number]),
                lambda uow: shipping.ship(uow, number, "UPS", f"T-{seed}-{number}"),
                lambda uow: refunds.create_refund(uow, number, amount=Decimal("6.00")),
            ):
                try:
                    with db.uow() as uow:
                        step(uow)
                        uow.commit()
                except UserError:
                    pass
    except BaseException as exc:  # anything but a UserError is a bug: collected and asserted on
        errors.append(exc)
    finally:
        db.dispose()


def _run_clerks(db: Database, numbers: list[str], clerks: int) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(clerks)
    url = db.engine.url.render_as_string(hide_password=False)
    threads = [threading.Thread(target=_clerk, args=(url, numbers, seed, errors, barrier)) for seed in range(clerks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return errors


@pytest.mark.postgres
def test_sixteen_clerks_on_postgresql_never_oversell_double_ship_or_double_refund(pg_db):
    product(pg_db, "LAST", price="10.00", stock_qty=7)
    numbers = [order(pg_db, {"LAST": 1}) for _ in range(12)]
    errors = _run_clerks(pg_db, numbers, CLERKS)
    assert errors == []
    _assert_sound(pg_db, numbers, units=7)


def test_several_threads_on_one_sqlite_file_are_serialised(db):
    product(db, "LAST", price="10.00", stock_qty=4)
    numbers = [order(db, {"LAST": 1}) for _ in range(6)]
    errors = _run_clerks(db, numbers, 4)
    assert errors == []
    _assert_sound(db, numbers, units=4)


def _assert_sound(db: Database, numbers: list[str], units: int) -> None:
    with db.uow(write=False) as uow:
        view = stock.stock_view(uow, "LAST")
        shipments = uow.session.execute(select(Shipment.order_id, func.count()).group_by(Shipment.order_id)).all()
        refunded = uow.session.execute(select(Refund.order_id, func.count()).group_by(Refund.order_id)).all()
    assert all(count == 1 for _, count in shipments), "an order shipped twice"
    assert all(count == 1 for _, count in refunded), "an order refunded twice (6.00 of 10.00 paid, twice > paid)"
    assert len(shipments) == units, "every unit shipped once, no more"
    assert view.on_hand == 0 and view.reserved == 0
    assert run_checks(db) == []


SCRIPT = """
import sys
from desktop.cli.main import main
url, start = sys.argv[1], int(sys.argv[2])
codes = []
for i in range(start, start + 6):
    for command in (["order", "allocate", f"P{1000 + i}"],
                    ["order", "ship", f"P{1000 + i}", "--carrier", "UPS", "--tracking", f"X{start}-{i}"],
                    ["refund", "create", f"P{1000 + i}", "--amount", "6"]):
        codes.append(main(["--db", url, *command]))
print(sorted(set(codes)))
"""


def test_two_processes_on_one_sqlite_file_never_oversell_or_corrupt(db, tmp_path):
    product(db, "LAST", price="10.00", stock_qty=5)
    for _ in range(12):
        order(db, {"LAST": 1})
    url = db.engine.url.render_as_string(hide_password=False)
    runs = [subprocess.Popen([sys.executable, "-c", SCRIPT, url, str(start)], stdout=subprocess.PIPE, text=True)
            for start in (1, 4)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert all(out.strip().splitlines()[-1] in ("[0, 1]", "[0]") for out in outputs), outputs
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Shipment)) == 5
    assert run_checks(db) == []
