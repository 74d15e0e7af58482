"""An in-memory print queue for batch printing.

Jobs are printed in the order they were added (the caller sorts: by order number, bin or
carrier). A job that fails stays in the queue with its error so the user can retry; a printed job
leaves the queue and is passed to ``on_printed`` so the caller can record when and by whom it was
printed (and whether it was a reprint). ``run`` blocks and is meant for one worker thread; other
threads may only call ``cancel``.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from printing.transports import PrinterError, Transport, from_uri


@dataclass(frozen=True, slots=True)
class PrintJob:
    """One document for one printer. ``target`` is a printer URI; ``data`` is owned by the job."""

    id: int
    kind: str
    order_ref: str
    data: bytes
    target: str
    reprint: bool = False
    error: str = ""


@dataclass(frozen=True, slots=True)
class RunResult:
    """Outcome of one ``run``: printed and failed jobs, and whether it stopped on cancel."""

    printed: tuple[PrintJob, ...]
    failed: tuple[PrintJob, ...]
    cancelled: bool


Progress = Callable[[int, int, PrintJob], None]


class PrintQueue:
    """Pending print jobs; ``transport_for`` maps a target URI to a transport (default from_uri)."""

    def __init__(self, on_printed: Callable[[PrintJob], None],
                 transport_for: Callable[[str], Transport] = from_uri) -> None:
        self._on_printed = on_printed
        self._transport_for = transport_for
        self._jobs: list[PrintJob] = []
        self._ids = itertools.count(1)
        self._cancel = threading.Event()

    def add(self, kind: str, order_ref: str, data: bytes, target: str,
            reprint: bool = False) -> PrintJob:
        """Queue a job at the end and return it (with its new id)."""
        job = PrintJob(next(self._ids), kind, order_ref, data, target, reprint)
        self._jobs.append(job)
        return job

    def jobs(self) -> tuple[PrintJob, ...]:
        """The jobs still queued (pending or failed), in print order."""
        return tuple(self._jobs)

    def remove(self, job_id: int) -> None:
        """Drop a queued job (e.g. the user gives up on a failed one)."""
        self._jobs = [j for j in self._jobs if j.id != job_id]

    def cancel(self) -> None:
        """Ask a running ``run`` to stop after the job being sent; thread-safe."""
        self._cancel.set()

    def run(self, progress: Progress | None = None) -> RunResult:
        """Send every queued job in order. ``progress(done, total, job)`` is called after each
        job (printed or failed). A PrinterError keeps the job queued with its ``error`` set and the
        run goes on with the next job."""
        self._cancel.clear()
        batch = list(self._jobs)
        printed: list[PrintJob] = []
        failed: list[PrintJob] = []
        for done, job in enumerate(batch, start=1):
            if self._cancel.is_set():
                return RunResult(tuple(printed), tuple(failed), True)
            try:
                self._transport_for(job.target).send(job.data, f"{job.kind} {job.order_ref}")
            except (PrinterError, ValueError) as exc:
                outcome = replace(job, error=str(exc))
                self._jobs = [outcome if j.id == job.id else j for j in self._jobs]
                failed.append(outcome)
            else:
                outcome = replace(job, error="")
                self._jobs = [j for j in self._jobs if j.id != job.id]
                printed.append(outcome)
                self._on_printed(outcome)
            if progress is not None:
                progress(done, len(batch), outcome)
        return RunResult(tuple(printed), tuple(failed), False)
