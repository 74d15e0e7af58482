"""The accounting workbook and list exports open in LibreOffice Calc (headless) and read back typed.

LibreOffice is installed by ``dev.py test`` on Debian/Ubuntu; with ``CI=true`` its absence fails
the test instead of skipping it.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.exchange.helpers import import_file

SOFFICE = shutil.which("soffice")


@pytest.fixture
def soffice() -> str:
    if SOFFICE is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing; `python3 dev.py test` installs libreoffice-calc")
        pytest.skip("LibreOffice is not installed")
    return SOFFICE


def convert(soffice: str, source: Path, target_format: str, out: Path, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                           "--convert-to", target_format, "--outdir", str(out), str(source)],
                          capture_output=True, text=True, timeout=180)


def test_the_accounting_workbook_opens_in_libreoffice_and_keeps_numbers_and_dates(db, tmp_path, soffice):
    import_file(db, "shop_v1.csv")
    workbook = tmp_path / "accounting.xlsx"
    url = db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "export", "accounting", "--from", "2020-01-01", "--to", str(date.today()),
                 "--out", str(workbook)]) == 0
    done = convert(soffice, workbook, "ods", tmp_path, tmp_path / "lo-profile")
    assert done.returncode == 0 and (tmp_path / "accounting.ods").stat().st_size > 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    sheet = convert(soffice, workbook, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                    tmp_path / "csv", tmp_path / "lo-profile")
    assert sheet.returncode == 0, sheet.stderr
    with open(tmp_path / "csv" / "accounting-Orders.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    orders = {r["Order"]: (r["Currency"], float(r["Total"]), r["Date"][:10]) for r in rows if r["Order"].startswith("#")}
    assert orders == {"#5001": ("CAD", 55.0, "2025-03-20"), "#5002": ("EUR", 30.0, "2025-03-21"),
                      "#5003": ("CAD", 20.0, "2025-03-22"), "#5004": ("CAD", 40.0, "2025-03-23")}
