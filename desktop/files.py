"""Files written whole or not at all: every export goes through :func:`atomic_write`.

``with atomic_write(target) as temporary:`` hands the block a new, empty file in ``target``'s
folder, named ``.<stem>.<random>.partial<suffix>`` (the same suffix, so writers that choose the
format by suffix behave as for ``target``). When the block finishes, the file is flushed to disk
and renamed over ``target`` with :func:`os.replace`, atomic within one file system: readers see
the old file or the complete new one, never a mix. When the block raises (an error, a Cancel),
the temporary file is deleted and ``target`` is left exactly as it was; a killed process can
leave only the hidden ``.partial`` file behind, never a half-written ``target``. An ``OSError``
while creating, writing or renaming (folder missing, disk full, the file open in another
program on Windows) becomes :class:`CannotWrite`, and so does the same failure reported by lxml
(which openpyxl writes workbooks with) as an ``IO_E...`` error. Thread-safe: it keeps no state of
its own.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.errors import UserError


class CannotWrite(UserError):
    """``path`` could not be written; ``reason`` is the system's (``strerror``)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__("Cannot write {path}: {reason}.", path=path, reason=reason)


@contextmanager
def atomic_write(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; put it in place as ``target`` only if the block succeeds."""
    target = Path(target)
    try:
        temporary = _create_beside(target)
    except OSError as error:
        raise CannotWrite(target, error.strerror or str(error)) from error
    try:
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        reason = _write_failure(error)
        if reason is not None:
            raise CannotWrite(target, reason) from error
        raise


def _write_failure(error: BaseException) -> str | None:
    """The system's reason when ``error`` is a failed write: an ``OSError``'s, or the one lxml
    names by its errno (``IO_EFBIG``, ``IO_ENOSPC``: libxml2's I/O error codes); None otherwise."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    code = str(error)
    if type(error).__module__.startswith("lxml") and code.startswith("IO_E") and hasattr(errno, code[3:]):
        return os.strerror(getattr(errno, code[3:]))
    return None


def _create_beside(target: Path) -> Path:
    """Create a new empty file next to ``target`` with the permissions a plain ``open`` gives
    (``0o666`` less the umask, unlike :func:`tempfile.mkstemp`'s ``0o600``)."""
    while True:
        temporary = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.partial{target.suffix}")
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temporary


def _flush_to_disk(path: Path) -> None:
    """So that a power cut after the rename cannot leave an empty ``target`` (opened for writing
    because Windows flushes only such handles)."""
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
