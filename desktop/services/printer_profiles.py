"""The workstation's printer profiles, one JSON file per user on this PC.

Printer choices belong to the workstation, not to the shared database. The single place they
are kept is ``printers.json`` in the user config directory (platformdirs, e.g.
``~/.config/Packline/printers.json`` on Linux, ``%LOCALAPPDATA%\\Packline`` on Windows); the CLI
(``packline print ... --printer NAME``) and the desktop window (Settings -> Printers, the batch
print dialog) both read and write it through this module. A profile is stored as the plain dict
of ``printing.profiles.PrinterProfile.to_dict()``; this module does not validate its fields
(the caller builds the PrinterProfile, which does). Not thread-safe: call from one thread.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from desktop.config import APP_NAME
from desktop.errors import InvalidInput, UserError


def profiles_path() -> Path:
    """Where the profiles are stored (the file may not exist yet)."""
    return user_config_path(APP_NAME, appauthor=False) / "printers.json"


def load_profiles() -> dict[str, dict[str, Any]]:
    """Every stored profile by name; empty when none were saved. A damaged file is a UserError
    naming it."""
    path = profiles_path()
    if not path.exists():
        return {}
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(f"The printer settings file {path} cannot be read ({error}); "
                        "fix or delete it and set the printers again.") from None
    profiles = stored.get("profiles", {}) if isinstance(stored, dict) else {}
    return {name: dict(values) for name, values in profiles.items() if isinstance(values, dict)}


def get_profile(name: str) -> dict[str, Any]:
    """The profile called ``name``; InvalidInput lists the known names."""
    profiles = load_profiles()
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "none yet (add one in Settings -> Printers)"
        raise InvalidInput("printer", name, f"is neither a printer URI nor a saved printer; saved printers: {known}")
    return profiles[name]


def save_profile(values: dict[str, Any]) -> None:
    """Add or replace the profile named ``values["name"]`` (written atomically)."""
    name = str(values.get("name", "")).strip()
    if not name:
        raise InvalidInput("printer name", name, "must not be empty")
    profiles = load_profiles()
    profiles[name] = dict(values, name=name)
    _write(profiles)


def remove_profile(name: str) -> None:
    """Forget the profile ``name`` (no error when it does not exist)."""
    profiles = load_profiles()
    if profiles.pop(name, None) is not None:
        _write(profiles)


def _write(profiles: dict[str, dict[str, Any]]) -> None:
    path = profiles_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"profiles": profiles}, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)
