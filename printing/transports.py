"""Printer transports: deliver raw bytes (ZPL or PDF) to a printer.

URIs: ``tcp://HOST[:PORT]`` (raw socket, port 9100 by default), ``cups://QUEUE`` (``lp -d QUEUE
-o raw``), ``windows://PRINTER`` (a RAW spooler job via pywin32, Windows only), ``file:///PATH``.
Every failure raises ``PrinterError`` with a message a user can act on. ``send`` blocks; call it
from a worker thread, never the GUI thread. Transports hold no open resources between calls.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

_SETTINGS_HINT = "Check it is on and the address in Settings -> Printers."


class PrinterError(Exception):
    """A printer could not be reached or refused the job; ``str()`` is the user-facing message."""


class Transport(Protocol):
    """Sends one job's bytes to one printer."""

    def send(self, data: bytes, job_name: str = "Packline") -> None:
        """Deliver ``data`` completely or raise PrinterError."""


@dataclass(frozen=True, slots=True)
class TcpTransport:
    """Raw TCP (JetDirect/port 9100). ``timeout`` in seconds covers connect and each send."""

    host: str
    port: int = 9100
    timeout: float = 10.0

    def send(self, data: bytes, job_name: str = "Packline") -> None:
        where = f"{self.host}:{self.port}"
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as conn:
                conn.sendall(data)
                conn.shutdown(socket.SHUT_WR)
        except socket.timeout:
            raise PrinterError(
                f"Printer {where} did not answer within {self.timeout:g} s (timeout). {_SETTINGS_HINT}"
            ) from None
        except ConnectionRefusedError:
            raise PrinterError(
                f"Printer {where} is unreachable (connection refused). {_SETTINGS_HINT}"
            ) from None
        except socket.gaierror:
            raise PrinterError(f"Printer address {self.host!r} is unknown. {_SETTINGS_HINT}") from None
        except OSError as exc:
            raise PrinterError(
                f"Printer {where} is unreachable ({exc.strerror or exc}). {_SETTINGS_HINT}"
            ) from None


@dataclass(frozen=True, slots=True)
class CupsTransport:
    """CUPS (Linux/macOS) raw queue via ``lp -d QUEUE -o raw``; ``timeout`` in seconds."""

    queue: str
    timeout: float = 30.0

    def send(self, data: bytes, job_name: str = "Packline") -> None:
        command = ["lp", "-d", self.queue, "-o", "raw", "-t", job_name]
        try:
            result = subprocess.run(command, input=data, capture_output=True, timeout=self.timeout)
        except FileNotFoundError:
            raise PrinterError(
                "The 'lp' command is missing: install CUPS to print to printer queues."
            ) from None
        except subprocess.TimeoutExpired:
            raise PrinterError(f"Printer queue {self.queue!r} did not accept the job in time.") from None
        if result.returncode != 0:
            detail = result.stderr.decode("utf-8", "replace").strip() or f"exit {result.returncode}"
            raise PrinterError(
                f"Printer queue {self.queue!r} refused the job ({detail}). {_SETTINGS_HINT}"
            )


@dataclass(frozen=True, slots=True)
class WindowsTransport:
    """A RAW job on the Windows spooler through pywin32 (imported only when used, on Windows)."""

    printer: str

    def send(self, data: bytes, job_name: str = "Packline") -> None:
        if sys.platform != "win32":
            raise PrinterError("Windows printers can only be used on Windows.")
        import win32print

        try:
            handle = win32print.OpenPrinter(self.printer)
        except Exception as exc:  # pywintypes.error carries the Windows message
            raise PrinterError(
                f"Printer {self.printer!r} is missing ({exc}). {_SETTINGS_HINT}"
            ) from None
        try:
            win32print.StartDocPrinter(handle, 1, (job_name, None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        except Exception as exc:
            raise PrinterError(f"Printer {self.printer!r} refused the job ({exc}).") from None
        finally:
            win32print.ClosePrinter(handle)


@dataclass(frozen=True, slots=True)
class FileTransport:
    """Writes (replaces) the job's bytes to a file; useful for testing and for print-to-file."""

    path: Path

    def send(self, data: bytes, job_name: str = "Packline") -> None:
        try:
            self.path.write_bytes(data)
        except OSError as exc:
            raise PrinterError(f"Cannot write the print file {self.path} ({exc.strerror}).") from None


def from_uri(uri: str, timeout: float = 10.0) -> Transport:
    """Build a transport from a printer URI; ValueError names the accepted forms."""
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    if scheme == "tcp" and parts.hostname:
        try:
            port = parts.port or 9100
        except ValueError:
            raise ValueError(f"Printer URI {uri!r} has an invalid port.") from None
        return TcpTransport(parts.hostname, port, timeout)
    if scheme == "cups" and (parts.netloc or parts.path.strip("/")):
        return CupsTransport(unquote(parts.netloc or parts.path.strip("/")))
    if scheme == "windows" and (parts.netloc or parts.path.strip("/")):
        return WindowsTransport(unquote(parts.netloc + parts.path).strip("/"))
    if scheme == "file" and parts.path:
        return FileTransport(Path(unquote(parts.path)))
    raise ValueError(
        f"Printer {uri!r} is not a printer URI: use tcp://HOST:PORT, cups://QUEUE, "
        "windows://PRINTER or file:///PATH."
    )
