"""Fixtures for document tests (helpers and sample data live in doc_support.py)."""

from __future__ import annotations

import io

import doc_support  # noqa: F401  (puts the repository on sys.path)
import pytest


@pytest.fixture
def pdf_bytes():
    """Call ``build(..., out)`` with a BytesIO and return the bytes written."""
    def run(build, *args, **kwargs) -> bytes:
        out = io.BytesIO()
        build(*args, out=out, **kwargs)
        return out.getvalue()
    return run
