"""Fixtures for document tests over a real database: a small shop with bins, products, allocated,
shipped and gift orders and an RMA; the CLI; PDF and ZPL rendering with barcode reading; a real
TCP printer on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from desktop.auth import SYSTEM
from desktop.cli.main import main
from desktop.db.uow import Database
from desktop.services import allocation, catalog, orders, returns, settings, shipping, stock
from desktop.services.catalog import ProductInput
from desktop.services.orders import Address, LineInput, OrderInput
from desktop.services.returns import ReturnRequest
from desktop.services.shipping import PackageInput
from tests.support_loopback import LOCALHOST, free_port, printer  # noqa: F401 (the fixture)

NODE_DIR = Path(__file__).resolve().parents[1] / "printing" / "node"
SHIP_TO = Address(name="Ana-Maria Ștefănescu", line1="Strada Mihai Eminescu 5", city="București",
                  postal_code="010011", country="RO")
ARABIC = Address(name="محمد عبد الله", line1="شارع الملك فهد 123، حي العليا", city="الرياض",
                 region="منطقة الرياض", postal_code="12345", country="SA")
THAI = Address(name="สมชาย ใจดี", line1="99/1 ถนนสุขุมวิท แขวงคลองเตย", city="กรุงเทพมหานคร",
               region="เขตคลองเตย", postal_code="10110", country="TH")


@dataclass(frozen=True)
class Shop:
    """Numbers of the orders and records the ``shop`` fixture created."""

    db: Database
    url: str
    allocated: str
    second: str
    shipped: str
    gift: str
    arabic: str
    thai: str
    rma: str
    tracking: str


def _order(uow, number: str, lines: dict[str, int], ship_to: Address = SHIP_TO, gift: bool = False) -> str:
    created = orders.create_order(uow, OrderInput(
        customer_name=ship_to.name, number=number, ship_to=ship_to, currency="EUR", gift=gift,
        notes="Leave at the door.", shipping=Decimal("4.95"),
        lines=tuple(LineInput(sku, qty) for sku, qty in lines.items())))
    uow.flush()
    return created.number


@pytest.fixture
def shop(db: Database) -> Shop:
    with db.uow(SYSTEM) as uow:
        for key, value in (("shop.name", "Packline Demo Shop"), ("shop.address", "Via Roma 12, 20121 Milano"),
                           ("shop.country", "IT"), ("shop.currency", "EUR")):
            settings.set_value(uow, key, value)
        stock.add_bin(uow, "A-01", "MAIN", 10)
        stock.add_bin(uow, "B-02", "MAIN", 20)
        stock.add_bin(uow, "C-03", "MAIN", 5)
        for sku, barcode, bin_code, price in (("MUG-1", "4006381333931", "A-01", "12.50"),
                                              ("TEE-2", None, "B-02", "19.90"),
                                              ("CAP-3", "036000291452", "C-03", "9.00")):
            catalog.add_product(uow, ProductInput(sku=sku, name=f"Item {sku}", barcode=barcode,
                                                  price=Decimal(price), weight_kg=Decimal("0.40")))
            uow.flush()
            stock.receive(uow, sku, 50, f"MAIN/{bin_code}")
        numbers = [_order(uow, "1001", {"MUG-1": 2, "TEE-2": 1}), _order(uow, "1002", {"TEE-2": 3, "CAP-3": 1}),
                   _order(uow, "1003", {"CAP-3": 1, "MUG-1": 1}), _order(uow, "1004", {"MUG-1": 1}, gift=True),
                   _order(uow, "1005", {"TEE-2": 1}, ARABIC), _order(uow, "1006", {"CAP-3": 2}, THAI)]
        allocation.allocate(uow, numbers)
        shipping.ship(uow, "1003", "DHL", "JD014600006281734589", service="Express",
                      packages=(PackageInput(Decimal("1.20")), PackageInput(Decimal("0.80"))))
        rma = returns.create_rma(uow, "1003", [ReturnRequest("CAP-3", 1, "damaged")])
        uow.flush()
        rma_number = rma.number
        uow.commit()
    return Shop(db, db.url, "1001", "1002", "1003", "1004", "1005", "1006", rma_number, "JD014600006281734589")


@pytest.fixture
def cli(shop: Shop, capsys: pytest.CaptureFixture[str]):
    """Run ``packline --db URL ARGS...``; returns (exit code, stdout, stderr)."""
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", shop.url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


@pytest.fixture(scope="session")
def zpl_render(tmp_path_factory: pytest.TempPathFactory):
    """Render one ZPL label (bytes, width and height in mm, dpi) with zpl-renderer-js under Node."""
    if shutil.which("node") is None or not (NODE_DIR / "node_modules" / "zpl-renderer-js").is_dir():
        pytest.fail("Node.js with zpl-renderer-js (npm ci in tests/printing/node) is needed to render ZPL.")
    folder = tmp_path_factory.mktemp("zpl")

    def render(zpl: bytes, width_mm: float, height_mm: float, dpi: int) -> Image.Image:
        out = folder / f"{len(list(folder.iterdir()))}.png"
        job = [{"zpl": zpl.decode("utf-8"), "widthMm": width_mm, "heightMm": height_mm,
                "dpmm": 8 if dpi == 203 else 12, "out": str(out)}]
        subprocess.run(["node", str(NODE_DIR / "render.js")], input=json.dumps(job).encode(), check=True,
                       capture_output=True, timeout=120)
        return Image.open(out)
    return render


@pytest.fixture
def dead_printer() -> str:
    """The URI of a local port nothing listens on."""
    return f"tcp://{LOCALHOST}:{free_port()}"
