"""Values shared by the window tests and their fixtures (``conftest`` is not importable by name
when several test folders each have one)."""

PASSWORD = "correct horse"
