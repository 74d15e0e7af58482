"""``packline label|packing-slip|pick-list|return-slip|product-label|bin-label|print|printer``.

Documents are written to ``--out FILE``; ``print`` sends them to a printer given as a URI
(``tcp://HOST:PORT``, ``cups://QUEUE``, ``windows://PRINTER``, ``file:///PATH``) or as the name of
a saved printer (``desktop.services.printer_profiles``) and records each printed order (reprints
are marked). A job the printer did not take is kept in the print-queue folder of the user data
directory; ``packline print retry`` sends the kept jobs again.
"""

from __future__ import annotations

import argparse
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.cli.context import Context
from desktop.config import data_dir
from desktop.errors import InvalidInput, Text, UserError, one_of
from desktop.files import atomic_write
from desktop.services import documents, settings
from desktop.workstation import PRINTERS
from printing.barcodes import InvalidBarcode
from printing.labels import PRODUCT_SIZES, SHIPPING_SIZES, SIZES
from printing.profiles import PrinterProfile
from printing.queue import PrintJob, PrintQueue
from printing.transports import from_uri
from reports import context, labels, pick_list

FORMATS = ("zpl", "pdf")
DPIS = ("203", "300")
PAPERS = ("a4", "letter", "4x6")
SHEET = labels.SHEET


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("label", parents=[common], help="shipping label of an order's latest shipment")
    p.add_argument("number", metavar="ORDER")
    _label_options(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=_label)
    p = sub.add_parser("packing-slip", parents=[common], help="packing slips of orders as one PDF")
    p.add_argument("numbers", nargs="+", metavar="ORDER")
    p.add_argument("--paper", help="a4, letter or 4x6 (default: setting documents.paper)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=_packing_slip)
    p = sub.add_parser("pick-list", parents=[common], help="pick list for a batch of orders")
    p.add_argument("numbers", nargs="+", metavar="ORDER")
    p.add_argument("--paper", help="a4 or letter (default: setting documents.paper)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=_pick_list)
    p = sub.add_parser("return-slip", parents=[common], help="return slip of an RMA")
    p.add_argument("rma", metavar="RMA")
    p.add_argument("--paper", help="a4 or letter (default: setting documents.paper)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=_return_slip)
    p = sub.add_parser("product-label", parents=[common], help="product labels (EAN/UPC or Code 128)")
    p.add_argument("skus", nargs="+", metavar="SKU")
    p.add_argument("--format", default="pdf", help="zpl or pdf")
    p.add_argument("--dpi", default="203", help="203 or 300 (ZPL)")
    p.add_argument("--size", default="2.25x1.25", help=f"{', '.join(PRODUCT_SIZES)} or {SHEET} (PDF)")
    p.add_argument("--price", action="store_true", help="print the price")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=_product_label)
    p = sub.add_parser("bin-label", parents=[common], help="bin labels with the bin code as Code 128")
    p.add_argument("bins", nargs="+", metavar="BIN")
    p.add_argument("--format", default="pdf", help="zpl or pdf")
    p.add_argument("--dpi", default="203", help="203 or 300 (ZPL)")
    p.add_argument("--size", default="2.25x1.25", help=f"any label size or {SHEET} (PDF)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=_bin_label)

    printer = sub.add_parser("print", help="print labels or packing slips on a printer")
    actions = printer.add_subparsers(dest="action", required=True)
    for kind, handler in (("label", _print), ("packing-slip", _print)):
        p = actions.add_parser(kind, parents=[common], help=f"print the {kind.replace('-', ' ')} of orders")
        p.add_argument("numbers", nargs="+", metavar="ORDER")
        p.add_argument("--printer", required=True, metavar="URI|NAME")
        if kind == "label":
            _label_options(p, defaults=False)
        else:
            p.add_argument("--paper", help="a4, letter or 4x6")
        p.set_defaults(handler=handler, kind=kind.replace("-", "_"))
    p = actions.add_parser("retry", parents=[common], help="send the jobs kept after a printer failure again")
    p.add_argument("--printer", metavar="URI|NAME", help="send them here instead of where they failed")
    p.set_defaults(handler=_retry)

    profiles = sub.add_parser("printer", help="printers saved on this PC")
    actions = profiles.add_subparsers(dest="action", required=True)
    p = actions.add_parser("add", parents=[common], help="save (or replace) a printer")
    p.add_argument("name")
    p.add_argument("--uri", required=True, help="label printer: tcp://HOST:PORT, cups://QUEUE, ...")
    p.add_argument("--language", default="zpl", help="zpl or pdf")
    p.add_argument("--dpi", default="203")
    p.add_argument("--size", default="4x6")
    p.add_argument("--document-uri", default="", help="page printer for packing slips")
    p.add_argument("--paper", default="a4")
    p.set_defaults(handler=_printer_add)
    p = actions.add_parser("list", parents=[common], help="list saved printers")
    p.set_defaults(handler=_printer_list)


def _label_options(p: argparse.ArgumentParser, defaults: bool = True) -> None:
    p.add_argument("--format", default="zpl" if defaults else None, help="zpl or pdf")
    p.add_argument("--dpi", default="203" if defaults else None, help="203 or 300 (ZPL)")
    p.add_argument("--size", default="4x6" if defaults else None, help=", ".join(SHIPPING_SIZES))


def _choice(option: str, value: str, allowed: tuple[str, ...]) -> str:
    if value.lower() not in allowed:
        raise InvalidInput(option, value, one_of(allowed))
    return value.lower()


def _write(path: str, data: bytes) -> None:
    """``data`` to ``path``, whole or not at all (:class:`desktop.files.CannotWrite` on failure)."""
    with atomic_write(path) as temporary:
        temporary.write_bytes(data)


def _paper(ctx: Context, value: str | None, allowed: tuple[str, ...] = PAPERS) -> str:
    if value is None:
        with ctx.uow(write=False) as uow:
            value = settings.get(uow, "documents.paper")
    return _choice("--paper", value, allowed)


def _render(build, *args: object, **kwargs: object) -> bytes:
    """Run a ``build(..., out)`` into memory; an unprintable barcode value is the user's to fix."""
    out = io.BytesIO()
    try:
        build(*args, out=out, **kwargs)
    except InvalidBarcode as error:
        raise UserError(str(error)) from None
    return out.getvalue()


def _label_bytes(data: documents.LabelData, fmt: str, size: str, dpi: int,
                 profile: PrinterProfile | None = None) -> bytes:
    try:
        return context.label_bytes(data, fmt, size, dpi, profile)
    except InvalidBarcode as error:
        raise UserError("Order {number}: {error}", number=data.order_number, error=error) from None


def _label(ctx: Context, args: argparse.Namespace) -> None:
    fmt = _choice("--format", args.format, FORMATS)
    dpi = int(_choice("--dpi", args.dpi, DPIS))
    size = _choice("--size", args.size, SHIPPING_SIZES)
    with ctx.uow(write=False) as uow:
        data = documents.shipping_label(uow, args.number)
    _write(args.out, _label_bytes(data, fmt, size, dpi))
    count = len(data.parcels)
    ctx.emit({"order": data.order_number, "shipment": data.shipment_number, "format": fmt, "labels": count,
              "out": args.out}, f"Label of {data.order_number} ({count} package(s)) written to {args.out}.")


def _packing_slip(ctx: Context, args: argparse.Namespace) -> None:
    paper = _paper(ctx, args.paper)
    with ctx.uow(write=False) as uow:
        shop = documents.shop(uow)
        slips = [documents.packing_slip(uow, n) for n in args.numbers]
    try:
        _write(args.out, context.slips_pdf(slips, shop, paper))
    except InvalidBarcode as error:
        raise UserError(str(error)) from None
    numbers = [s.number for s in slips]
    ctx.emit({"orders": numbers, "paper": paper, "out": args.out},
             f"{len(numbers)} packing slip(s) written to {args.out}.")


def _pick_list(ctx: Context, args: argparse.Namespace) -> None:
    paper = _paper(ctx, args.paper, ("a4", "letter"))
    with ctx.uow(write=False) as uow:
        shop = documents.shop(uow)
        data = documents.pick_list(uow, args.numbers)
    _write(args.out, _render(pick_list.build, context.pick_list(data, shop), paper=paper))
    orders = sorted({e.order_number for e in data.entries})
    ctx.emit({"batch": data.batch_id, "orders": orders, "lines": len(data.entries), "out": args.out},
             f"Pick list for {len(orders)} order(s) written to {args.out}.")


def _return_slip(ctx: Context, args: argparse.Namespace) -> None:
    paper = _paper(ctx, args.paper, ("a4", "letter"))
    with ctx.uow(write=False) as uow:
        shop = documents.shop(uow)
        data = documents.return_slip(uow, args.rma)
    _write(args.out, context.return_slip_pdf(data, shop, paper))
    ctx.emit({"rma": data.rma_number, "order": data.order_number, "out": args.out},
             f"Return slip {data.rma_number} written to {args.out}.")


def _product_label(ctx: Context, args: argparse.Namespace) -> None:
    fmt = _choice("--format", args.format, FORMATS)
    dpi = int(_choice("--dpi", args.dpi, DPIS))
    size = _choice("--size", args.size, PRODUCT_SIZES + ((SHEET,) if fmt == "pdf" else ()))
    with ctx.uow(write=False) as uow:
        items = [context.product_label(p, args.price) for p in documents.product_labels(uow, args.skus)]
    try:
        if fmt == "zpl":
            data = context.product_labels_zpl(items, dpi, size)
        else:
            data = _render(labels.build_product_labels, items, size=size)
    except InvalidBarcode as error:
        raise UserError(str(error)) from None
    _write(args.out, data)
    ctx.emit({"skus": [i.sku for i in items], "format": fmt, "out": args.out},
             f"{len(items)} product label(s) written to {args.out}.")


def _bin_label(ctx: Context, args: argparse.Namespace) -> None:
    fmt = _choice("--format", args.format, FORMATS)
    dpi = int(_choice("--dpi", args.dpi, DPIS))
    size = _choice("--size", args.size, tuple(SIZES) + ((SHEET,) if fmt == "pdf" else ()))
    with ctx.uow(write=False) as uow:
        items = [context.bin_label(b) for b in documents.bin_labels(uow, args.bins)]
    try:
        if fmt == "zpl":
            data = context.bin_labels_zpl(items, dpi, size)
        else:
            data = _render(labels.build_bin_labels, items, size=size)
    except InvalidBarcode as error:
        raise UserError(str(error)) from None
    _write(args.out, data)
    ctx.emit({"bins": [i.code for i in items], "format": fmt, "out": args.out},
             f"{len(items)} bin label(s) written to {args.out}.")


@dataclass(frozen=True)
class _Target:
    """Where and how to print: the URI, and the label/slip settings it implies."""

    name: str
    uri: str
    fmt: str
    dpi: int
    size: str
    paper: str
    profile: PrinterProfile | None


def _target(printer: str, kind: str, args: argparse.Namespace) -> _Target:
    """Resolve ``--printer`` (a URI or a saved printer's name) for ``kind`` of document."""
    profile = None
    if "://" in printer:
        uri = printer
    else:
        try:
            profile = PrinterProfile.from_dict(PRINTERS.get(printer, "--printer"))
        except ValueError as error:
            raise InvalidInput("printer", printer, Text("has invalid saved settings ({error})", error=error)) from None
        uri = profile.transport_uri if kind == "label" else profile.document_uri
        if not uri:
            raise InvalidInput("printer", printer, "has no document printer for packing slips; set one in "
                               "Settings -> Printers")
    if uri.lower().startswith("qt://"):
        raise InvalidInput("printer", printer, "is a page printer of the desktop window (qt://); from the command "
                           "line use cups://QUEUE or windows://PRINTER")
    try:
        from_uri(uri)
    except ValueError as error:
        raise UserError(str(error)) from None
    fmt = getattr(args, "format", None) or (profile.language if profile else "zpl")
    dpi = getattr(args, "dpi", None) or str(profile.dpi if profile else 203)
    size = getattr(args, "size", None) or (profile.label_size if profile else "4x6")
    paper = getattr(args, "paper", None) or (profile.paper_size if profile else "")
    return _Target(printer, uri, _choice("--format", fmt, FORMATS), int(_choice("--dpi", dpi, DPIS)),
                   _choice("--size", size, SHIPPING_SIZES), paper, profile)


def _print(ctx: Context, args: argparse.Namespace) -> None:
    target = _target(args.printer, args.kind, args)
    jobs: list[tuple[str, bytes]] = []
    with ctx.uow(write=False) as uow:
        if args.kind == "label":
            for number in args.numbers:
                data = documents.shipping_label(uow, number)
                jobs.append((data.order_number, _label_bytes(data, target.fmt, target.size, target.dpi,
                                                             target.profile)))
        else:
            shop = documents.shop(uow)
            paper = target.paper or settings.get(uow, "documents.paper")
            _choice("--paper", paper, PAPERS)
            for number in args.numbers:
                slip = documents.packing_slip(uow, number)
                try:
                    jobs.append((slip.number, context.slips_pdf([slip], shop, paper)))
                except InvalidBarcode as error:
                    raise UserError(str(error)) from None
    queue = PrintQueue(on_printed=lambda job: None)
    for number, data in jobs:
        queue.add(args.kind, number, data, target.uri)
    _run(ctx, queue, target.name)


def _run(ctx: Context, queue: PrintQueue, printer: str | None, kept: dict[int, Path] | None = None) -> None:
    """Send the queue, record each printed order (as printed on ``printer``, else on the job's
    URI), keep what failed for ``print retry``, and report; a failure exits 1."""
    kept = kept or {}
    result = queue.run()
    reprints: list[bool] = []
    if result.printed:
        with ctx.uow() as uow:
            for job in result.printed:
                recorded = documents.record_printed(uow, [job.order_ref], job.kind, printer or job.target)
                reprints.append(any(recorded.values()))
            uow.commit()
    for job in result.printed:
        if job.id in kept:
            _forget(kept[job.id])
    lines = [f"Printed {job.kind.replace('_', ' ')} of {job.order_ref} on {printer or job.target}"
             + (" (reprint)" if reprint else "") + "." for job, reprint in zip(result.printed, reprints)]
    ctx.emit({"printed": [{"order": j.order_ref, "document": j.kind, "reprint": r}
                          for j, r in zip(result.printed, reprints)],
              "failed": [{"order": j.order_ref, "document": j.kind, "error": j.error} for j in result.failed]},
             "\n".join(lines))
    if result.failed:
        places = [kept[j.id] if j.id in kept else _keep(j) for j in result.failed]
        orders = ", ".join(j.order_ref for j in result.failed)
        raise UserError("{error} Not printed: {orders}. The job was kept in {folder}; retry with `packline print "
                        "retry` (add --printer URI to send it elsewhere).", error=result.failed[0].error, orders=orders,
                        folder=places[0].parent)


def _queue_dir() -> Path:
    path = data_dir() / "print-queue"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _keep(job: PrintJob) -> Path:
    """Store a failed job (bytes plus a JSON description) for ``print retry``."""
    stem = f"{job.kind}-{re.sub(r'[^A-Za-z0-9_-]', '_', job.order_ref)}"
    folder = _queue_dir()
    data = folder / f"{stem}.job"
    data.write_bytes(job.data)
    (folder / f"{stem}.json").write_text(json.dumps({"kind": job.kind, "order": job.order_ref,
                                                     "target": job.target}), encoding="utf-8")
    return data


def _forget(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".json").unlink(missing_ok=True)


def _retry(ctx: Context, args: argparse.Namespace) -> None:
    kept_jobs = sorted(_queue_dir().glob("*.json"))
    if not kept_jobs:
        ctx.emit({"printed": [], "failed": []}, "No print jobs are waiting.")
        return
    override = _target(args.printer, "label", args).uri if args.printer else None
    queue = PrintQueue(on_printed=lambda job: None)
    kept: dict[int, Path] = {}
    for description in kept_jobs:
        meta = json.loads(description.read_text(encoding="utf-8"))
        data = description.with_suffix(".job")
        job = queue.add(meta["kind"], meta["order"], data.read_bytes(), override or meta["target"])
        kept[job.id] = data
    _run(ctx, queue, args.printer, kept)


def _printer_add(ctx: Context, args: argparse.Namespace) -> None:
    try:
        profile = PrinterProfile(args.name, args.uri, args.language, int(_choice("--dpi", args.dpi, DPIS)),
                                 args.size.lower(), document_uri=args.document_uri, paper_size=args.paper.lower())
        from_uri(profile.transport_uri)
    except ValueError as error:
        raise UserError(str(error)) from None
    PRINTERS.save(profile.name, profile.to_dict())
    ctx.emit(profile.to_dict(), f"Printer {profile.name} saved in {PRINTERS.path()}.")


def _printer_list(ctx: Context, args: argparse.Namespace) -> None:
    profiles = PRINTERS.load()
    text = "\n".join(f"{name}: {p.get('transport_uri', '')} ({p.get('language', 'zpl')}, {p.get('dpi', 203)} dpi,"
                     f" {p.get('label_size', '4x6')})" for name, p in sorted(profiles.items()))
    ctx.emit({"printers": list(profiles.values())}, text or "No printers saved on this PC.")
