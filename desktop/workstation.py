"""Named profiles that belong to this PC and user, kept as JSON in the user config directory.

Printer profiles (``printers.json``) and import column-mapping profiles
(``import-mappings.json``) live here, not in the shared database, and are read and written
by both the CLI and the desktop window (platformdirs: ``~/.config/Packline`` on Linux,
``%LOCALAPPDATA%\\Packline`` on Windows). Writes are atomic (temporary file + rename). Not
thread-safe: call from one thread at a time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from desktop.config import APP_NAME
from desktop.errors import InvalidInput, Text, UserError
from desktop.files import atomic_write


class ProfileStore:
    """Profiles by name in the file ``filename``; ``kind`` and its plural ``kinds`` name them in
    messages, ``hint`` says how to make one."""

    def __init__(self, filename: str, kind: Text, kinds: Text, hint: Text) -> None:
        self.filename = filename
        self.kind = kind
        self.kinds = kinds
        self.hint = hint

    def path(self) -> Path:
        """Where the profiles are stored (the file may not exist yet)."""
        return user_config_path(APP_NAME, appauthor=False) / self.filename

    def load(self) -> dict[str, dict[str, Any]]:
        """Every stored profile by name; a damaged file is a UserError naming it."""
        path = self.path()
        if not path.exists():
            return {}
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise UserError("The {kind} file {path} cannot be read ({error}); fix or delete it and save the "
                            "profiles again.", kind=self.kind, path=path, error=error) from None
        profiles = stored.get("profiles", {}) if isinstance(stored, dict) else {}
        return {name: dict(values) for name, values in profiles.items() if isinstance(values, dict)}

    def get(self, name: str, field: str | Text) -> dict[str, Any]:
        """The profile ``name``; InvalidInput on ``field`` lists the known names."""
        profiles = self.load()
        if name not in profiles:
            known = ", ".join(sorted(profiles)) or Text("none yet ({hint})", hint=self.hint)
            raise InvalidInput(field, name, Text("is not a saved {kind}; saved {kinds}: {known}", kind=self.kind,
                                                 kinds=self.kinds, known=known))
        return profiles[name]

    def save(self, name: str, values: dict[str, Any]) -> None:
        """Add or replace the profile ``name``."""
        name = name.strip()
        if not name:
            raise InvalidInput(Text("{kind} name", kind=self.kind), name, "must not be empty")
        profiles = self.load()
        profiles[name] = dict(values, name=name)
        self._write(profiles)

    def remove(self, name: str) -> None:
        """Forget the profile ``name`` (no error when it does not exist)."""
        profiles = self.load()
        if profiles.pop(name, None) is not None:
            self._write(profiles)

    def _write(self, profiles: dict[str, dict[str, Any]]) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as temporary:
            temporary.write_text(json.dumps({"profiles": profiles}, indent=2, ensure_ascii=False), encoding="utf-8")


PRINTERS = ProfileStore("printers.json", Text("printer"), Text("printers"),
                        Text("add one in Settings -> Printers or with `packline printer add`"))
IMPORT_MAPPINGS = ProfileStore("import-mappings.json", Text("mapping profile"), Text("mapping profiles"),
                               Text("save one in the import dialog's column mapping"))
