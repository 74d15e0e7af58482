"""The Email settings page: SMTP values and password, template editing with preview, test email."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket  # noqa: E402
from email import message_from_bytes, policy  # noqa: E402

import keyring.backends.fail  # noqa: E402
import pytest  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult, LoginPassword  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from desktop.auth import SYSTEM  # noqa: E402
from desktop.models import Setting  # noqa: E402
from desktop.notify.passwords import PasswordStore  # noqa: E402
from desktop.notify.samples import sample_context  # noqa: E402
from desktop.notify.templates import BUILTIN_DIR, EmailTemplates, ShopIdentity  # noqa: E402
from desktop.services import outbox  # noqa: E402
from desktop.services import settings as shop_settings  # noqa: E402
from desktop.services import users  # noqa: E402
from ui.email_settings import EmailSettingsPage  # noqa: E402
from ui.ops import Operations  # noqa: E402

LOCALHOST = "127.0.0.1"


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind((LOCALHOST, 0))
        return probe.getsockname()[1]


@pytest.fixture
def passwords(tmp_path):
    """A password store on a PC without a keyring: the password goes to a private local file."""
    return PasswordStore(tmp_path / "config", keyring.backends.fail.Keyring())


@pytest.fixture
def open_page(qtbot, db, passwords, tmp_path):
    """Opens the page as a user of ``role`` and waits for its values."""
    made = []

    def open_(role="manager"):
        with db.uow(SYSTEM) as uow:
            actor = users.add_user(uow, f"{role}{len(made)}", role, "correct horse battery")
            uow.commit()
        ops = Operations(db, actor)
        page = EmailSettingsPage(ops, passwords=passwords, templates_dir=tmp_path / "edited")
        qtbot.addWidget(page)
        made.append(ops)
        with qtbot.waitSignal(page.loaded):
            pass
        return page

    yield open_
    for ops in made:
        ops.shutdown()


def fill_smtp(page, host="mail.example.com", port=465, user="orders@shop.example",
              password="hunter2-s3cret", sender="Shop <orders@shop.example>"):
    page.smtp.host.setText(host)
    page.smtp.port.setValue(port)
    page.smtp.security.setCurrentIndex(page.smtp.security.findData("tls"))
    page.smtp.user.setText(user)
    page.smtp.password.setText(password)
    page.smtp.from_address.setText(sender)


def save(qtbot, page):
    with qtbot.waitSignal(page.saved):
        page.save()


def builtin(message, language, kind):
    return (BUILTIN_DIR / language / f"{message}.{kind}.j2").read_text(encoding="utf-8")


def test_smtp_settings_go_to_the_database_and_the_password_only_to_the_password_store(
        qtbot, open_page, db, passwords):
    page = open_page()
    fill_smtp(page)
    save(qtbot, page)

    with db.uow(SYSTEM) as uow:
        assert shop_settings.get(uow, "smtp.host") == "mail.example.com"
        assert shop_settings.get(uow, "smtp.port") == "465"
        assert shop_settings.get(uow, "smtp.security") == "tls"
        assert shop_settings.get(uow, "smtp.user") == "orders@shop.example"
        assert shop_settings.get(uow, "mail.from") == "Shop <orders@shop.example>"
        stored = [row.value for row in uow.session.query(Setting)]
        sender_ref = outbox.smtp_settings(uow).password_ref
    assert not any("hunter2" in value for value in stored)
    assert passwords.load(sender_ref) == "hunter2-s3cret"
    assert "stored locally" in page.smtp.password_note.text()
    assert page.smtp.password.text() == ""

    reopened = open_page()
    assert reopened.smtp.host.text() == "mail.example.com"
    assert reopened.smtp.port.value() == 465
    assert reopened.smtp.security.currentData() == "tls"
    assert reopened.smtp.user.text() == "orders@shop.example"
    assert reopened.smtp.from_address.text() == "Shop <orders@shop.example>"
    assert reopened.smtp.password.text() == ""
    assert reopened.smtp.password.placeholderText().startswith("Saved")


def test_a_saved_password_follows_a_change_of_smtp_user(qtbot, open_page, db, passwords):
    page = open_page()
    fill_smtp(page, user="old@shop.example")
    save(qtbot, page)
    page.smtp.user.setText("new@shop.example")
    save(qtbot, page)

    with db.uow(SYSTEM) as uow:
        ref = outbox.smtp_settings(uow).password_ref
    assert passwords.load(ref) == "hunter2-s3cret"
    assert passwords.load("smtp:old@shop.example@mail.example.com") is None


def test_preview_shows_the_text_being_typed(qtbot, open_page):
    page = open_page()
    page.editor.pick("shipped", "en")
    html = page.editor.editors["html"]
    html.setPlainText(html.toPlainText().replace("Good news", "Splendid news"))
    txt = page.editor.editors["txt"]
    txt.setPlainText(txt.toPlainText().replace("is on its way", "has left the building"))

    qtbot.waitUntil(lambda: "Splendid news" in page.editor.browser.toPlainText(), timeout=2000)
    assert "has left the building" in page.editor.subject.text()
    assert "1Z999AA10123456784" in page.editor.text_part.toPlainText()


def test_arabic_preview_is_right_to_left(qtbot, open_page, tmp_path):
    page = open_page()
    page.editor.pick("shipped", "ar")

    templates = EmailTemplates(ShopIdentity("My Shop", "My Shop"), tmp_path / "edited")
    assert 'dir="rtl"' in templates.preview("shipped", "ar").html
    assert "تم شحن طلبك" in page.editor.browser.toPlainText()
    directions, greeting_alignment = set(), None
    block = page.editor.browser.document().begin()
    while block.isValid():
        if block.text().strip():
            directions.add(block.blockFormat().layoutDirection())
        if "مرحب" in block.text():
            greeting_alignment = block.blockFormat().alignment()
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    assert greeting_alignment & right == right


def test_a_broken_template_shows_its_line_inline_and_cannot_be_saved(qtbot, open_page, tmp_path):
    page = open_page()
    page.editor.pick("shipped", "en")
    html = page.editor.editors["html"]
    html.setPlainText(html.toPlainText().replace("{{ carrier }}", "{{ carrier }"))

    qtbot.waitUntil(lambda: not page.editor.error.isHidden(), timeout=2000)
    assert "line 6" in page.editor.error.text()
    assert not page.editor.save_button.isEnabled()
    assert not page.editor.save()
    assert not (tmp_path / "edited" / "en" / "shipped.html.j2").exists()

    html.setPlainText(html.toPlainText().replace("{{ carrier }", "{{ carier }}"))
    qtbot.waitUntil(lambda: "carier" in page.editor.error.text(), timeout=2000)
    assert "is undefined (line 6)" in page.editor.error.text()


def test_saving_then_reverting_restores_the_built_in_template(qtbot, open_page, tmp_path):
    page = open_page()
    page.editor.pick("delayed", "it")
    html = page.editor.editors["html"]
    edited = html.toPlainText().replace(
        "{% endblock %}", "<p>Grazie della pazienza.</p>\n{% endblock %}")
    html.setPlainText(edited)
    page.editor.save_button.click()

    override = tmp_path / "edited" / "it" / "delayed.html.j2"
    assert override.read_text(encoding="utf-8") == edited
    assert not (tmp_path / "edited" / "it" / "delayed.txt.j2").exists()
    templates = EmailTemplates(ShopIdentity("My Shop", "My Shop"), tmp_path / "edited")
    sent = templates.render("delayed", "it", sample_context("delayed"))
    assert "Grazie della pazienza." in sent.html
    assert page.editor.status.text() == "Edited on this PC"

    page.editor.revert_button.click()

    assert not override.exists()
    assert html.toPlainText() == builtin("delayed", "it", "html")
    assert page.editor.status.text() == "Built-in"
    assert "Grazie della pazienza." not in page.editor.browser.toPlainText()


def test_send_test_email_delivers_one_message_with_the_typed_password(qtbot, open_page):
    inbox, logins = Inbox(), []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append(auth_data.login)
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"typed-not-saved"
        return AuthResult(success=ok, handled=False)

    controller = Controller(inbox, hostname=LOCALHOST, port=free_port(),
                            authenticator=authenticator, auth_require_tls=False)
    controller.start()
    try:
        page = open_page()
        fill_smtp(page, host=LOCALHOST, port=controller.port, user="shop",
                  password="typed-not-saved", sender="Shop <orders@shop.example>")
        page.smtp.security.setCurrentIndex(page.smtp.security.findData("none"))
        page.smtp.test_to.setText("owner@shop.example")
        with qtbot.waitSignal(page.test_finished, timeout=20000) as finished:
            page.smtp.test_button.click()
    finally:
        controller.stop()

    assert finished.args == [True]
    assert logins == [b"shop"]
    assert len(inbox.envelopes) == 1
    assert inbox.envelopes[0].rcpt_tos == ["owner@shop.example"]
    received = message_from_bytes(inbox.envelopes[0].content, policy=policy.default)
    assert received["Subject"] == "Packline test email"
    assert "Test email sent to owner@shop.example" in page.smtp.test_result.text()


def test_send_test_email_to_a_server_that_is_down_says_why(qtbot, open_page):
    page = open_page()
    fill_smtp(page, host=LOCALHOST, port=free_port(), user="")
    page.smtp.security.setCurrentIndex(page.smtp.security.findData("none"))
    page.smtp.test_to.setText("owner@shop.example")
    with qtbot.waitSignal(page.test_finished, timeout=20000) as finished:
        page.smtp.test_button.click()

    assert finished.args == [False]
    assert "The test email was not sent: Cannot reach the mail server" in page.smtp.test_result.text()
    assert page.smtp.test_button.isEnabled()


def test_a_clerk_sees_the_email_settings_read_only(qtbot, open_page, db, tmp_path):
    page = open_page("clerk")

    assert page.smtp.host.isReadOnly() and page.smtp.password.isReadOnly()
    assert not page.smtp.security.isEnabled() and not page.smtp.test_button.isEnabled()
    assert page.editor.editors["html"].isReadOnly()
    assert not page.editor.save_button.isEnabled() and not page.editor.revert_button.isEnabled()
    assert "Hello" in page.editor.browser.toPlainText()

    page.smtp.host.setText("sneaky.example.com")
    page.save()
    page.ops.wait()
    with db.uow(SYSTEM) as uow:
        assert shop_settings.get(uow, "smtp.host") == ""


def test_the_page_renders_both_sections(qtbot, open_page, tmp_path):
    page = open_page()
    fill_smtp(page)
    page.resize(900, 760)
    page.show()
    qtbot.waitExposed(page)
    shot = tmp_path / "email-settings.png"

    assert page.grab().save(str(shot))
    assert shot.stat().st_size > 10_000
    assert page.title == "Email"
