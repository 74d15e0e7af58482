"""The collector pause around reading and importing: the collector's state comes back as it was,
and what the pause kept alive can still be collected afterwards."""

import gc
import weakref
from collections.abc import Iterator

import pytest

from desktop.intake.gcpause import collector_paused


class _Node:
    me: "_Node"


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The automatic collector on for one test (the suite runs with it off, see conftest)."""
    gc.enable()
    yield
    gc.disable()


def test_an_enabled_collector_is_off_inside_the_pause_and_on_again_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_when_the_block_raises(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("bad file")
    assert gc.isenabled()


def test_a_collector_that_is_off_stays_off() -> None:
    assert not gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_a_cycle_made_during_the_pause_is_collected_after_it(collector_on: None) -> None:
    with collector_paused():
        node = _Node()
        node.me = node
        alive = weakref.ref(node)
    del node
    gc.collect()
    assert alive() is None
