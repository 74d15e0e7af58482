"""``packline print``: exact bytes to a real TCP printer, print records with reprints, a dead
printer exits 1 and keeps the job for ``print retry``, saved printers, and packers may print."""

from __future__ import annotations

from pathlib import Path

from documents_support import page_texts

from desktop.auth import SYSTEM
from desktop.services import documents, users
from desktop.workstation import PRINTERS


def test_printing_a_label_delivers_exactly_the_zpl_of_the_label_command(cli, shop, printer, tmp_path: Path) -> None:
    out = tmp_path / "label.zpl"
    cli("label", shop.shipped, "--format", "zpl", "--out", str(out))

    code, text, _ = cli("print", "label", shop.shipped, "--printer", printer.uri)

    assert code == 0 and f"Printed label of {shop.shipped}" in text
    assert printer.jobs(1) == [out.read_bytes()]


def test_printing_twice_marks_the_second_print_as_a_reprint(cli, shop, printer) -> None:
    first = cli("print", "label", shop.shipped, "--printer", printer.uri)[1]
    second = cli("print", "label", shop.shipped, "--printer", printer.uri)[1]

    assert "(reprint)" not in first and "(reprint)" in second
    with shop.db.uow(SYSTEM, write=False) as uow:
        history = documents.print_history(uow, shop.shipped)
    assert [(d, r, p) for d, r, p, _ in history] == [("label", False, printer.uri), ("label", True, printer.uri)]


def test_packing_slips_print_one_pdf_job_per_order(cli, shop, printer) -> None:
    code, text, _ = cli("print", "packing-slip", shop.allocated, shop.second, "--printer", printer.uri)

    jobs = printer.jobs(2)
    assert code == 0 and len(jobs) == 2 and all(job.startswith(b"%PDF") for job in jobs)
    with shop.db.uow(SYSTEM, write=False) as uow:
        assert [h[0] for h in documents.print_history(uow, shop.allocated)] == ["packing_slip"]


def test_an_unreachable_printer_exits_1_keeps_the_job_and_retry_prints_it(cli, shop, dead_printer, printer) -> None:
    code, _, err = cli("print", "label", shop.shipped, "--printer", dead_printer)

    assert code == 1 and err.count("\n") == 1
    assert "unreachable" in err and "kept" in err and "packline print retry" in err
    with shop.db.uow(SYSTEM, write=False) as uow:
        assert documents.print_history(uow, shop.shipped) == []

    code, text, _ = cli("print", "retry", "--printer", printer.uri)

    assert code == 0 and f"Printed label of {shop.shipped}" in text
    assert printer.jobs(1)[0].startswith(b"^XA")
    assert cli("print", "retry")[1].strip() == "No print jobs are waiting."


def test_a_saved_printer_is_used_by_name_with_its_resolution_and_size(cli, shop, tmp_path: Path) -> None:
    target = tmp_path / "printed.zpl"
    code, _, _ = cli("printer", "add", "Desk", "--uri", f"file://{target}", "--dpi", "300", "--size", "4x3")
    assert code == 0 and "Desk" in PRINTERS.load()

    assert cli("print", "label", shop.shipped, "--printer", "Desk")[0] == 0

    assert b"^PW1200^LL900" in target.read_bytes()


def test_an_unknown_printer_name_lists_the_saved_ones(cli, shop) -> None:
    PRINTERS.save("Zebra", {"name": "Zebra", "transport_uri": "tcp://10.0.0.5:9100"})

    code, _, err = cli("print", "label", shop.shipped, "--printer", "Brother")

    assert code == 1 and "saved printers: Zebra" in err


def test_a_packer_may_print_sees_no_prices_and_the_record_names_them(cli, shop, printer, monkeypatch) -> None:
    with shop.db.uow(SYSTEM) as uow:
        users.add_user(uow, "boss", "admin", "secret-admin-1")
        uow.commit()
    with shop.db.uow(SYSTEM, write=False) as uow:
        admin = users.authenticate(uow, "boss", "secret-admin-1")
    with shop.db.uow(admin) as uow:
        packer = users.add_user(uow, "pat", "packer", "secret-packer-1")
        uow.commit()
    monkeypatch.setenv("PACKLINE_PASSWORD", "secret-packer-1")

    code, _, _ = cli("--user", "pat", "print", "packing-slip", shop.allocated, "--printer", printer.uri)

    text = "".join(page_texts(printer.jobs(1)[0]))
    assert code == 0 and "MUG-1" in text and "€" not in text and "Total" not in text
    with shop.db.uow(SYSTEM, write=False) as uow:
        assert documents.print_history(uow, shop.allocated)[0][3] == packer.id
