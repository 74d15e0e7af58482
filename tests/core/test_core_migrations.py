"""Alembic owns the schema: an older database is refused until `db upgrade`, which keeps its data."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from desktop.cli.main import main
from desktop.db.engine import make_engine
from desktop.db.migrate import _config, current_revision, head_revision
from desktop.services.checks import run_checks
from desktop.db.uow import Database


def test_an_older_schema_is_refused_until_upgraded_and_keeps_its_data(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO products (sku, name, price, cost, reorder_point, reorder_qty, active, "
                                "is_kit, allow_negative, needs_review, version) "
                                "VALUES ('OLD', 'Old mug', 900, 300, 0, 0, 1, 0, 0, 0, 1)"))
    engine.dispose()

    assert main(["--db", url, "product", "show", "OLD"]) == 1
    assert "Run `packline db upgrade`" in capsys.readouterr().err
    assert main(["--db", url, "db", "upgrade"]) == 0
    assert main(["--db", url, "product", "show", "OLD", "--json"]) == 0
    assert '"price": "9.00"' in capsys.readouterr().out
    db = Database(url)
    assert current_revision(db.engine) == head_revision()
    assert run_checks(db) == []
    db.dispose()


def test_the_head_constant_is_the_newest_revision_file():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(_config()).get_current_head() == head_revision()
