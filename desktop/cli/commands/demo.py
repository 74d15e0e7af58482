"""``packline demo``: load realistic demo data."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.context import Context
from desktop.cli.parsing import whole
from desktop.services.demo import load_demo


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="load realistic demo data (products, stock, orders...)")
    p.add_argument("--orders", default="2000", help="how many orders (up to a million and more)")
    p.add_argument("--seed", default="1", help="random seed: the same seed gives the same data")
    p.set_defaults(handler=_demo)


def _demo(ctx: Context, args: argparse.Namespace) -> None:
    total = whole("--orders", args.orders)
    interactive = sys.stderr.isatty() and not ctx.json

    def progress(done: int, count: int) -> bool:
        if interactive:
            print(f"\r{done:,} / {count:,} orders", end="", file=sys.stderr, flush=True)
        return True

    summary = load_demo(ctx.db, orders=total, seed=whole("--seed", args.seed, allow_zero=True), progress=progress)
    if interactive:
        print(file=sys.stderr)
    ctx.emit({"orders": summary.orders, "products": summary.products, "seconds": round(summary.seconds, 1)},
             f"Loaded {summary.orders:,} demo orders over {summary.products} products in {summary.seconds:.1f} s.")
