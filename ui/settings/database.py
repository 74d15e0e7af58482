"""Settings page: which database this workstation uses (local SQLite file or PostgreSQL).

The choice is stored in QSettings (``database/url``, without any password) and used on the next
start; ``--db`` and ``PACKLINE_DATABASE_URL`` still override it. PostgreSQL passwords come from
``PGPASSWORD`` or ``~/.pgpass`` (libpq's own places), never from the settings file.
"Test connection" runs on a worker with a progress dialog; GUI thread only otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QButtonGroup, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QSpinBox, QWidget)
from sqlalchemy import URL, create_engine, text

from desktop.config import default_database_url
from ui.common.progress import run_with_progress


def test_connection(url: str) -> str:
    """Connect once and name the server and its version (worker thread; raises on failure)."""
    engine = create_engine(url, connect_args={"connect_timeout": 5} if url.startswith("postgresql") else {})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            return f"{engine.dialect.name} {'.'.join(map(str, engine.dialect.server_version_info or ()))}"
    finally:
        engine.dispose()


class DatabasePage(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.local = QRadioButton(self.tr("This computer only (a local file)"))
        self.server = QRadioButton(self.tr("Shared PostgreSQL server (several PCs)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.path = QLineEdit(default_database_url().removeprefix("sqlite:///"))
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._browse)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox(minimum=1, maximum=65535, value=5432)
        self.name = QLineEdit("packline")
        self.user = QLineEdit("packline")
        self.result = QLabel()
        self.result.setWordWrap(True)
        test = QPushButton(self.tr("Test connection"))
        test.clicked.connect(self.test)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.local)
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.server)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.name)
        form.addRow(self.tr("User"), self.user)
        form.addRow(QLabel(self.tr("The password is read from PGPASSWORD or ~/.pgpass. Changes apply on the next start.")))
        form.addRow(test, self.result)
        self._load(str(settings.value("database/url", "") or ""))

    def _load(self, url: str) -> None:
        if url.startswith("postgresql"):
            from sqlalchemy.engine import make_url

            parsed = make_url(url)
            self.server.setChecked(True)
            self.host.setText(parsed.host or "localhost")
            self.port.setValue(parsed.port or 5432)
            self.name.setText(parsed.database or "")
            self.user.setText(parsed.username or "")
        else:
            self.local.setChecked(True)
            if url:
                self.path.setText(url.removeprefix("sqlite:///"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.path.text(),
                                              self.tr("SQLite (*.sqlite3 *.db)"))
        if path:
            self.path.setText(path)

    def url(self) -> str:
        if self.local.isChecked():
            return f"sqlite:///{self.path.text().strip()}"
        return URL.create("postgresql+psycopg", username=self.user.text().strip() or None,
                          host=self.host.text().strip(), port=self.port.value(),
                          database=self.name.text().strip()).render_as_string(hide_password=False)

    def test(self) -> None:
        url = self.url()
        self.result.setText(self.tr("Connecting..."))
        run_with_progress(self, self.tr("Connecting to the database..."), lambda _p: test_connection(url), self._tested)

    def _tested(self, message: str | None, error: BaseException | None) -> None:
        if error is not None:
            self.result.setText(self.tr("Cannot connect: {error}").format(error=str(error).splitlines()[0]))
        else:
            self.result.setText(self.tr("Connected to {server}").format(server=message))

    def save(self) -> None:
        url = self.url()
        self.settings.setValue("database/url", "" if url == default_database_url() else url)
