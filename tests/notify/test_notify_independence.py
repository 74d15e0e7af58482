"""The notification package runs without the database layer or Qt."""

import subprocess
import sys
from pathlib import Path


def test_notify_and_promises_import_neither_the_database_nor_qt():
    code = (
        "import sys\n"
        "import desktop.promises, desktop.notify.templates, desktop.notify.smtp\n"
        "import desktop.notify.tracking, desktop.notify.scorecard, desktop.notify.passwords\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')"
        " or m.startswith('desktop.db')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == ""
