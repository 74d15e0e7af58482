"""Fixtures for printing tests: label data, the independent ZPL renderer (zpl-renderer-js under
Node, installed with ``npm ci``) and a real TCP printer listener on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from zpl_support import REPO  # noqa: F401  (puts the repository on sys.path)


from PIL import Image

from desktop.address import Address
from printing.barcodes import Symbology
from printing.labels import BinLabel, Money, ProductLabel, RmaItem, RmaLabel, ShippingLabel, label_size
from tests.support_loopback import free_port, printer  # noqa: F401 (the fixture)

NODE_DIR = Path(__file__).parent / "node"

SHOP = Address(name="Packline Demo Shop", line1="Via Roma 12", city="Milano", region="MI", postal_code="20121",
               country="IT")
CUSTOMER = Address(name="Ana-Maria Ștefănescu", line1="Strada Mihai Eminescu 5", line2="Bloc 3, ap. 14",
                   city="București", postal_code="010011", country="RO")


@pytest.fixture(scope="session")
def shipping() -> ShippingLabel:
    return ShippingLabel(SHOP, CUSTOMER, "DHL", "Express Worldwide", Decimal("1.25"), "#1042",
                         "JD014600006281734589", 1, 2, "https://track.example.com/JD014600006281734589")


@pytest.fixture(scope="session")
def products() -> list[ProductLabel]:
    price = Money(Decimal("19.90"), "EUR")
    return [
        ProductLabel("Organic cotton T-shirt", "TS-NAVY-XL", "4006381333931", Symbology.EAN13, price),
        ProductLabel("Mug 350 ml", "MUG-350", "036000291452", Symbology.UPCA),
        ProductLabel("Sticker", "STK-1", "96385074", Symbology.EAN8, price),
        ProductLabel("Tote bag ^XZ~JR_", "TOTE-01", "TOTE-01", Symbology.CODE128),
    ]


@pytest.fixture(scope="session")
def rma() -> RmaLabel:
    return RmaLabel("RMA-2024-0042", "#1042", CUSTOMER, SHOP,
                    (RmaItem("TS-NAVY-XL", "T-shirt", 1, "too small"),), "Pack it well.")


@pytest.fixture(scope="session")
def bin_label() -> BinLabel:
    return BinLabel("A-01-03-B", "Aisle A, rack 1, shelf 3")


def _ensure_node_modules() -> None:
    if (NODE_DIR / "node_modules" / "zpl-renderer-js").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        message = "Node.js and npm are needed to render ZPL with zpl-renderer-js (apt-get install nodejs npm)."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=True,
                   capture_output=True)


class ZplRenderer:
    """Renders ZPL with zpl-renderer-js and reads barcodes with zxing-cpp."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.count = 0

    def render(self, labels: list[tuple[bytes, float, float, int]]) -> list[Image.Image]:
        """Render (zpl, width_mm, height_mm, dpi) labels; one PNG image per label."""
        jobs = []
        for zpl, width, height, dpi in labels:
            self.count += 1
            jobs.append({"zpl": zpl.decode("utf-8"), "widthMm": width, "heightMm": height,
                         "dpmm": 8 if dpi == 203 else 12, "out": str(self.workdir / f"{self.count}.png")})
        subprocess.run(["node", str(NODE_DIR / "render.js")], input=json.dumps(jobs).encode(),
                       check=True, capture_output=True, timeout=300)
        return [Image.open(job["out"]) for job in jobs]

    def render_label(self, zpl: bytes, size: str, dpi: int) -> Image.Image:
        dims = label_size(size)
        return self.render([(zpl, dims.width_mm, dims.height_mm, dpi)])[0]


@pytest.fixture(scope="session")
def zpl_renderer(tmp_path_factory: pytest.TempPathFactory) -> ZplRenderer:
    _ensure_node_modules()
    return ZplRenderer(tmp_path_factory.mktemp("zpl"))


@pytest.fixture
def closed_port() -> int:
    """A local port with nothing listening."""
    return free_port()
