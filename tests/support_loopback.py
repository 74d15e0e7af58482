"""Real servers on 127.0.0.1 for tests: a port nothing listens on and a raw TCP printer (also as
the ``printer`` fixture, which a conftest imports to offer it)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

LOCALHOST = "127.0.0.1"


def free_port() -> int:
    """A local port that was free a moment ago (nothing listens on it)."""
    with socket.socket() as probe:
        probe.bind((LOCALHOST, 0))
        return probe.getsockname()[1]


class TcpPrinter:
    """A raw TCP printer on 127.0.0.1, one connection at a time: ``received`` holds the bytes
    of each connection in order. ``close`` stops it."""

    def __init__(self) -> None:
        self.server = socket.create_server((LOCALHOST, 0))
        self.port: int = self.server.getsockname()[1]
        self.uri = f"tcp://{LOCALHOST}:{self.port}"
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while data := conn.recv(65536):
                    chunks.append(data)
                self.received.append(b"".join(chunks))

    def jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        """The first ``count`` jobs received, waiting up to ``timeout`` seconds for them."""
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.received[:count]

    def close(self) -> None:
        """Stop listening."""
        self.server.close()


@pytest.fixture
def printer() -> Iterator[TcpPrinter]:
    """A TcpPrinter listening for the test."""
    listener = TcpPrinter()
    yield listener
    listener.close()
