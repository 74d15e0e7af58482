"""Random sequences of receive, allocate, ship, return, refund, adjust and cancel keep every invariant."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from desktop.db.migrate import upgrade
from desktop.db.uow import Database
from desktop.errors import UserError
from desktop.services import allocation, catalog, orders, refunds, returns, shipping, stock
from desktop.services.catalog import ProductInput
from desktop.services.checks import run_checks
from desktop.services.orders import Address, LineInput, OrderInput
from desktop.services.returns import ReceiptInput, ReturnRequest

SKUS = ("A", "B", "KIT")
quantities = st.integers(min_value=1, max_value=4)


class LedgerMachine(RuleBasedStateMachine):
    """Every step either succeeds or is refused with a UserError; neither may break an invariant."""

    @initialize()
    def open_shop(self) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        self.db = Database(f"sqlite:///{Path(self.tmp.name) / 'p.sqlite3'}")
        upgrade(self.db.engine)
        self.orders: list[str] = []
        self.rmas: list[str] = []
        with self.db.uow() as uow:
            stock.add_bin(uow, "A-01")
            catalog.add_product(uow, ProductInput(sku="A", name="A", price=Decimal("10")))
            catalog.add_product(uow, ProductInput(sku="B", name="B", price=Decimal("4")))
            uow.flush()
            catalog.add_product(uow, ProductInput(sku="KIT", name="Kit", price=Decimal("15"),
                                                  components=(("A", 1), ("B", 2))))
            uow.commit()

    def teardown(self) -> None:
        self.db.dispose()
        self.tmp.cleanup()

    def attempt(self, action) -> object:
        try:
            with self.db.uow() as uow:
                result = action(uow)
                uow.commit()
                return result
        except UserError:
            return None

    def pick(self, items: list[str], index: int) -> str | None:
        return items[index % len(items)] if items else None

    @rule(sku=st.sampled_from(("A", "B")), qty=quantities, bin_=st.sampled_from((None, "A-01", "QUARANTINE")))
    def receive(self, sku: str, qty: int, bin_: str | None) -> None:
        self.attempt(lambda uow: stock.receive(uow, sku, qty, bin_))

    @rule(sku=st.sampled_from(("A", "B")), delta=st.integers(min_value=-3, max_value=3).filter(bool))
    def adjust(self, sku: str, delta: int) -> None:
        self.attempt(lambda uow: stock.adjust(uow, sku, delta, "correction"))

    @rule(lines=st.dictionaries(st.sampled_from(SKUS), quantities, min_size=1, max_size=3))
    def create_order(self, lines: dict[str, int]) -> None:
        data = OrderInput(customer_name="C", ship_to=Address(country="IT"), shipping=Decimal("3"),
                          lines=tuple(LineInput(s, q) for s, q in lines.items()))

        def create(uow):
            order = orders.create_order(uow, data)
            order.paid = order.total
            return order.number
        number = self.attempt(create)
        if number:
            self.orders.append(number)

    @rule(index=st.integers(min_value=0, max_value=50))
    def allocate(self, index: int) -> None:
        if number := self.pick(self.orders, index):
            self.attempt(lambda uow: allocation.allocate(uow, [number]))

    @rule(index=st.integers(min_value=0, max_value=50), partial=st.booleans())
    def ship(self, index: int, partial: bool) -> None:
        if number := self.pick(self.orders, index):
            def go(uow):
                lines = None
                if partial:
                    detail = orders.order_by_number(uow.session, number)
                    lines = {detail.lines[0].sku: 1}
                return shipping.ship(uow, number, "UPS", f"T{index}-{partial}", lines=lines)
            self.attempt(go)

    @rule(index=st.integers(min_value=0, max_value=50), sku=st.sampled_from(SKUS), qty=quantities)
    def create_return(self, index: int, sku: str, qty: int) -> None:
        if number := self.pick(self.orders, index):
            rma = self.attempt(lambda uow: returns.create_rma(uow, number, [ReturnRequest(sku, qty, "damaged")]))
            if rma:
                self.rmas.append(rma.number)

    @rule(index=st.integers(min_value=0, max_value=50), sku=st.sampled_from(SKUS),
          disposition=st.sampled_from(("restock", "quarantine", "scrap", "vendor")))
    def receive_return(self, index: int, sku: str, disposition: str) -> None:
        if rma := self.pick(self.rmas, index):
            self.attempt(lambda uow: returns.receive_rma(uow, rma, [ReceiptInput(sku, 1, "used", disposition)]))

    @rule(index=st.integers(min_value=0, max_value=50), cents=st.integers(min_value=1, max_value=5000))
    def refund(self, index: int, cents: int) -> None:
        if number := self.pick(self.orders, index):
            self.attempt(lambda uow: refunds.create_refund(uow, number, amount=Decimal(cents) / 100))

    @rule(index=st.integers(min_value=0, max_value=50))
    def cancel(self, index: int) -> None:
        if number := self.pick(self.orders, index):
            self.attempt(lambda uow: orders.cancel(uow, [number]))

    @invariant()
    def every_invariant_holds(self) -> None:
        if hasattr(self, "db"):
            assert run_checks(self.db) == []


LedgerMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=30, deadline=None)
test_random_operations_keep_the_ledger_sound = LedgerMachine.TestCase
