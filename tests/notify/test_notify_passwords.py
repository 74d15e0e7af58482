"""The SMTP password goes to the OS keyring, or to a private local file when there is none."""

import stat

import keyring.backend
import keyring.errors
from keyring.backends import fail

from desktop.notify.passwords import KEYRING_SERVICE, PasswordStore


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A working keyring kept in memory, standing in for the OS one this test machine lacks."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items = {}

    def set_password(self, service, username, password):
        self.items[service, username] = password

    def get_password(self, service, username):
        return self.items.get((service, username))

    def delete_password(self, service, username):
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError(username)
        del self.items[service, username]


def test_password_goes_to_the_keyring_when_there_is_one(tmp_path):
    backend = MemoryKeyring()
    store = PasswordStore(config_dir=tmp_path, backend=backend)
    stored = store.save("shop@smtp.example.com", "s3cret")
    assert stored.location == "keyring"
    assert backend.items == {(KEYRING_SERVICE, "shop@smtp.example.com"): "s3cret"}
    assert not store.local_file.exists()
    assert store.load("shop@smtp.example.com") == "s3cret"


def test_without_a_keyring_the_password_is_stored_locally_and_privately(tmp_path):
    store = PasswordStore(config_dir=tmp_path / "packline", backend=fail.Keyring())
    stored = store.save("shop@smtp.example.com", "s3cret")
    assert stored.location == "local_file"
    assert "stored locally" in stored.note and str(store.local_file) in stored.note
    assert stat.S_IMODE(store.local_file.stat().st_mode) == 0o600
    assert store.load("shop@smtp.example.com") == "s3cret"


def test_forgetting_removes_the_password_everywhere(tmp_path):
    local = PasswordStore(config_dir=tmp_path, backend=fail.Keyring())
    local.save("a", "1")
    local.save("b", "2")
    local.forget("a")
    assert (local.load("a"), local.load("b")) == (None, "2")
    keyring_store = PasswordStore(config_dir=tmp_path, backend=MemoryKeyring())
    keyring_store.save("b", "3")
    keyring_store.forget("b")
    assert keyring_store.load("b") is None


def test_moving_to_a_keyring_removes_the_local_copy(tmp_path):
    PasswordStore(config_dir=tmp_path, backend=fail.Keyring()).save("shop", "old")
    store = PasswordStore(config_dir=tmp_path, backend=MemoryKeyring())
    store.save("shop", "new")
    assert "shop" not in store.local_file.read_text(encoding="utf-8")
    assert store.load("shop") == "new"
