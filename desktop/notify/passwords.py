"""Where the SMTP password lives: the OS keyring, or a private file on this PC.

The password never goes to the shared database. Settings keep only a *reference* (any stable
string, such as ``"user@smtp.example.com"``). :class:`PasswordStore` tries the OS keyring first
(service ``packline-smtp``); when the PC has no usable keyring it writes the password to
``smtp-passwords.json`` in the user config directory with owner-only (0600) permissions and says
so in :attr:`StoredPassword.note`, which the Settings screen shows. On Windows the file mode is
best effort: the file is protected by the user profile's access rules.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import platformdirs

KEYRING_SERVICE = "packline-smtp"
LOCAL_FILE_NAME = "smtp-passwords.json"


@dataclass(frozen=True)
class StoredPassword:
    """Where :meth:`PasswordStore.save` put a password: ``keyring`` or ``local_file``."""

    ref: str
    location: str
    note: str


class PasswordStore:
    """SMTP passwords by reference, in ``backend`` (the OS keyring by default) or a local file."""

    def __init__(
        self,
        config_dir: Path | None = None,
        backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        self.config_dir = config_dir or Path(platformdirs.user_config_dir("packline"))
        self.backend = backend or keyring.get_keyring()

    @property
    def local_file(self) -> Path:
        """The fallback file used when there is no keyring."""
        return self.config_dir / LOCAL_FILE_NAME

    def save(self, ref: str, password: str) -> StoredPassword:
        """Store ``password`` under ``ref``, in the keyring if possible, else the local file."""
        try:
            self.backend.set_password(KEYRING_SERVICE, ref, password)
        except keyring.errors.KeyringError:
            self._write_local(self._read_local() | {ref: password})
            return StoredPassword(ref, "local_file", (
                f"No system keyring is available, so the SMTP password is stored locally on this "
                f"computer in {self.local_file}, readable only by your user account."
            ))
        self._write_local({key: value for key, value in self._read_local().items() if key != ref})
        return StoredPassword(ref, "keyring", "The SMTP password is stored in the system keyring.")

    def load(self, ref: str) -> str | None:
        """The password stored under ``ref``, or ``None`` when there is none."""
        try:
            password = self.backend.get_password(KEYRING_SERVICE, ref)
        except keyring.errors.KeyringError:
            password = None
        return password if password is not None else self._read_local().get(ref)

    def forget(self, ref: str) -> None:
        """Remove the password stored under ``ref`` from both places; missing is fine."""
        try:
            self.backend.delete_password(KEYRING_SERVICE, ref)
        except keyring.errors.KeyringError:
            pass
        self._write_local({key: value for key, value in self._read_local().items() if key != ref})

    def _read_local(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.local_file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def _write_local(self, passwords: dict[str, str]) -> None:
        if not passwords and not self.local_file.exists():
            return
        self.config_dir.mkdir(parents=True, exist_ok=True)
        temporary = self.local_file.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(passwords, handle)
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.local_file)
