"""A refresh is never overwritten by the older read it replaced, however the reads finish."""

from __future__ import annotations

import threading

from desktop.auth import SYSTEM
from ui.ops import Operations


class Receiver:
    def __init__(self) -> None:
        self.results: list[object] = []

    def shown(self, result: object, error: BaseException | None) -> None:
        self.results.append(result)


def test_a_newer_latest_read_drops_the_result_of_an_older_one_that_finishes_later(qtbot, db) -> None:
    ops = Operations(db, SYSTEM)
    receiver = Receiver()
    older_may_finish = threading.Event()

    def older(uow: object) -> str:
        older_may_finish.wait(10)
        return "older"

    ops.read(older, receiver.shown, latest=True)
    ops.read(lambda uow: "newer", receiver.shown, latest=True)
    qtbot.waitUntil(lambda: receiver.results == ["newer"], timeout=5000)
    older_may_finish.set()
    ops.wait()
    qtbot.wait(50)
    assert receiver.results == ["newer"]


def test_plain_reads_all_arrive(qtbot, db) -> None:
    ops = Operations(db, SYSTEM)
    receiver = Receiver()
    for page in range(3):
        ops.read(lambda uow, page=page: page, receiver.shown)
    qtbot.waitUntil(lambda: sorted(receiver.results) == [0, 1, 2], timeout=5000)
