"""Emails reach a real SMTP server on loopback; failures say whether to retry."""

import ipaddress
import socket
import ssl
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from desktop.notify.passwords import PasswordStore
from desktop.notify.samples import sample_context
from desktop.notify.smtp import (
    Attachment,
    SmtpError,
    SmtpSettings,
    backoff,
    build_message,
    message_id_for,
    send,
)
from desktop.notify.templates import EmailTemplates, ShopIdentity
from tests.support_loopback import LOCALHOST
from tests.support_smtp import Inbox, running_smtp

SHOP = ShopIdentity("Bottega Verde", "Il team di Bottega Verde", logo=b"\x89PNG logo")
SLIP = Attachment("return-slip-R-311.pdf", b"%PDF-1.7 slip", "application/pdf")


@pytest.fixture
def inbox():
    return Inbox()


@pytest.fixture
def server(inbox):
    with running_smtp(inbox) as controller:
        yield controller


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1: (cert path, key path)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, LOCALHOST)])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(LOCALHOST))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def server_tls_context(certificate):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


def client_tls_context(certificate):
    return ssl.create_default_context(cafile=str(certificate[0]))


def shipped_message(to="maria@example.com", key="order-1042:shipped"):
    rendered = EmailTemplates(SHOP).render("shipped", "it", sample_context("shipped"))
    return build_message(rendered, to, "Bottega Verde <shop@bottega.example>", (SLIP,), key)


def settings_for(controller, **overrides):
    values = dict(host=LOCALHOST, port=controller.port, security="none",
                  from_address="shop@bottega.example", timeout=5)
    return SmtpSettings(**(values | overrides))


def received(inbox):
    assert len(inbox.envelopes) == 1
    return message_from_bytes(inbox.envelopes[0].original_content, policy=policy.default)


def test_shipped_email_arrives_with_text_html_logo_and_attachment(server, inbox):
    send(settings_for(server), shipped_message())
    message = received(inbox)
    assert inbox.envelopes[0].rcpt_tos == ["maria@example.com"]
    assert "1042" in message["Subject"]
    assert message["Content-Language"] == "it"
    assert "1Z999AA10123456784" in message.get_body(("plain",)).get_content()
    html = message.get_body(("html",))
    assert 'lang="it"' in html.get_content()
    logo = next(part for part in message.walk() if part["Content-ID"])
    assert logo["Content-ID"] == "<shop-logo@packline>" and logo.get_content() == b"\x89PNG logo"
    (slip,) = list(message.iter_attachments())
    assert slip.get_filename() == "return-slip-R-311.pdf"
    assert slip.get_content() == b"%PDF-1.7 slip"


def test_resend_keeps_the_message_id_of_the_idempotency_key():
    first, again = shipped_message(), shipped_message()
    other = shipped_message(key="order-1043:shipped")
    assert first["Message-ID"] == again["Message-ID"] == message_id_for("order-1042:shipped",
                                                                         "bottega.example")
    assert other["Message-ID"] != first["Message-ID"]


def test_message_without_an_idempotency_key_is_refused():
    rendered = EmailTemplates(SHOP).render("shipped", "en", sample_context("shipped"))
    with pytest.raises(ValueError, match="idempotency"):
        build_message(rendered, "maria@example.com", "shop@bottega.example")


def test_stopped_server_gives_a_retryable_error(inbox):
    with running_smtp(inbox) as controller:
        pass
    with pytest.raises(SmtpError) as raised:
        send(settings_for(controller), shipped_message())
    assert raised.value.retryable
    assert f"{LOCALHOST}:{controller.port}" in str(raised.value)


def test_silent_server_times_out_with_a_retryable_error():
    listener = socket.socket()
    listener.bind((LOCALHOST, 0))
    listener.listen()
    try:
        settings = SmtpSettings(LOCALHOST, listener.getsockname()[1], "none", timeout=0.3)
        with pytest.raises(SmtpError) as raised:
            send(settings, shipped_message())
        assert raised.value.retryable
    finally:
        listener.close()


def test_unknown_recipient_is_a_permanent_error(server, inbox):
    with pytest.raises(SmtpError) as raised:
        send(settings_for(server), shipped_message(to="unknown@example.com"))
    assert not raised.value.retryable and raised.value.code == 550
    assert "unknown@example.com" in str(raised.value)
    assert inbox.envelopes == []


def test_busy_mailbox_is_a_retryable_error(server):
    with pytest.raises(SmtpError) as raised:
        send(settings_for(server), shipped_message(to="busy@example.com"))
    assert raised.value.retryable and raised.value.code == 451


def test_starttls_with_login_delivers_over_an_encrypted_connection(certificate, inbox, tmp_path):
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, session.ssl is not None))
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"s3cret"
        return AuthResult(success=ok, handled=False)

    with running_smtp(inbox, tls_context=server_tls_context(certificate), require_starttls=True,
                      authenticator=authenticator, auth_require_tls=True) as controller:
        store = PasswordStore(config_dir=tmp_path)
        store.save("shop@smtp", "s3cret")
        settings = settings_for(controller, security="starttls", user="shop", password_ref="shop@smtp")
        send(settings, shipped_message(), store, client_tls_context(certificate))
        assert logins == [(b"shop", True)]
        assert "1042" in received(inbox)["Subject"]

        store.save("shop@smtp", "wrong")
        with pytest.raises(SmtpError, match="refused the login") as raised:
            send(settings, shipped_message(), store, client_tls_context(certificate))
        assert not raised.value.retryable


def test_implicit_tls_delivers(certificate, inbox):
    with running_smtp(inbox, ssl_context=server_tls_context(certificate)) as controller:
        send(settings_for(controller, security="tls"), shipped_message(), None,
             client_tls_context(certificate))
        assert received(inbox)["To"] == "maria@example.com"


def test_untrusted_certificate_is_a_permanent_error(certificate, inbox):
    with running_smtp(inbox, tls_context=server_tls_context(certificate)) as controller:
        with pytest.raises(SmtpError, match="secure connection") as raised:
            send(settings_for(controller, security="starttls"), shipped_message())
        assert not raised.value.retryable


def test_login_without_a_saved_password_says_what_to_do(server, tmp_path):
    settings = settings_for(server, user="shop", password_ref="nobody@smtp")
    with pytest.raises(SmtpError, match="Enter it in Settings") as raised:
        send(settings, shipped_message(), PasswordStore(config_dir=tmp_path))
    assert not raised.value.retryable


def test_unknown_security_mode_is_refused():
    with pytest.raises(SmtpError, match="ssl"):
        SmtpSettings("smtp.example.com", 25, security="ssl")


def test_backoff_doubles_from_a_minute_and_stops_at_six_hours():
    assert [backoff(n) for n in range(5)] == [timedelta(0)] + [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert backoff(9) == timedelta(minutes=256)
    assert backoff(10) == backoff(1000) == timedelta(hours=6)
