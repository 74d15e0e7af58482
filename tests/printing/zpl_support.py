"""Helpers for printing tests: repository and shared-samples paths, barcode reading."""

from __future__ import annotations

import sys
from pathlib import Path

import zxingcpp
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # the repo is not installed; pytest only adds the test dirs
SHARED = REPO.parent / "shared"


def decoded(image: Image.Image) -> list[tuple[str, str]]:
    """(format name, text) of every barcode zxing-cpp finds, sorted."""
    return sorted((b.format.name, b.text) for b in zxingcpp.read_barcodes(image))
