"""Core benchmarks: ``python tests/bench/bench_core.py [--orders N] [--db FILE]``.

1. ``packline demo`` throughput in orders/s, against a bare ``sqlite3`` ``executemany`` of the
   very same rows (read back table by table) into tables without constraints, in this process.
2. Allocating one order and shipping one order on the resulting database (a million orders by
   default), median and 95th percentile in ms, against a bare sqlite3 insert+commit.
Prints ratios; not collected by pytest.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.auth import SYSTEM  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.db.uow import Database  # noqa: E402
from desktop.services import allocation, catalog, orders, shipping, stock  # noqa: E402
from desktop.services.catalog import ProductInput  # noqa: E402
from desktop.services.checks import run_checks  # noqa: E402
from desktop.services.demo import TABLE_ORDER, load_demo  # noqa: E402
from desktop.services.orders import Address, LineInput, OrderInput  # noqa: E402


def bare_copy_seconds(source: Path, target: Path) -> float:
    """Time a plain executemany of every demo row into unconstrained tables (reading excluded)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    spent = 0.0
    for table in (*TABLE_ORDER, "stock_levels"):
        columns = [row[1] for row in src.execute(f"PRAGMA table_info({table})")]
        dst.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
        placeholders = ", ".join("?" for _ in columns)
        cursor = src.execute(f"SELECT * FROM {table}")
        while rows := cursor.fetchmany(100_000):
            started = time.perf_counter()
            dst.executemany(f"INSERT INTO {table} VALUES ({placeholders})", rows)
            dst.commit()
            spent += time.perf_counter() - started
    src.close()
    dst.close()
    return spent


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def latency(db: Database, samples: int) -> tuple[list[float], list[float]]:
    with db.uow(SYSTEM) as uow:
        catalog.add_product(uow, ProductInput(sku="BENCH-1", name="Bench item"))
        uow.flush()
        stock.receive(uow, "BENCH-1", samples * 2)
        numbers = [orders.create_order(uow, OrderInput(customer_name="Bench", ship_to=Address(country="US"),
                                                       lines=(LineInput("BENCH-1", 1),))).number
                   for _ in range(samples)]
        uow.commit()
    alloc, ship = [], []
    for number in numbers:
        def do_allocate(n: str = number) -> None:
            with db.uow(SYSTEM) as uow:
                allocation.allocate(uow, [n])
                uow.commit()

        def do_ship(n: str = number) -> None:
            with db.uow(SYSTEM) as uow:
                shipping.ship(uow, n, "UPS", f"B{n}")
                uow.commit()
        alloc.append(timed(do_allocate))
        ship.append(timed(do_ship))
    return alloc, ship


def bare_transaction_ms(path: Path, samples: int) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE IF NOT EXISTS bench (id INTEGER PRIMARY KEY, v TEXT)")
    times = []
    for i in range(samples):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO bench (v) VALUES (?)", (str(i),))
        connection.execute("COMMIT")
        times.append((time.perf_counter() - started) * 1000)
    connection.close()
    return statistics.median(times)


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="packline-bench-"))
    path = work / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    summary = load_demo(db, orders=args.orders, seed=7)
    rate = summary.orders / summary.seconds
    bare = bare_copy_seconds(path, work / "bare.sqlite3")
    print(f"demo: {summary.orders:,} orders in {summary.seconds:.1f} s = {rate:,.0f} orders/s")
    print(f"bare sqlite3 executemany of the same rows: {bare:.1f} s = {summary.orders / bare:,.0f} orders/s")
    print(f"ratio demo / bare: {summary.seconds / bare:.2f}x")
    started = time.perf_counter()
    breaches = run_checks(db)
    print(f"db check: {'passed' if not breaches else f'{len(breaches)} breaches'} in {time.perf_counter() - started:.1f} s")
    alloc, ship = latency(db, args.samples)
    baseline = bare_transaction_ms(work / "bare-tx.sqlite3", args.samples)
    print(f"allocate one order: median {statistics.median(alloc):.1f} ms, p95 {p95(alloc):.1f} ms "
          f"(target < 20 ms; ratio to a bare insert+commit {statistics.median(alloc) / baseline:.1f}x)")
    print(f"ship one order:     median {statistics.median(ship):.1f} ms, p95 {p95(ship):.1f} ms "
          f"(target < 20 ms; ratio to a bare insert+commit {statistics.median(ship) / baseline:.1f}x)")
    print(f"bare sqlite3 insert+commit: median {baseline:.2f} ms")
    db.dispose()


if __name__ == "__main__":
    main()
