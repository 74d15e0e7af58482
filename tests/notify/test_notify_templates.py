"""Customer emails render in every language, escape what customers type and fail loudly."""

import re
from datetime import date
from decimal import Decimal

import pytest

from desktop.notify.languages import LANGUAGES
from desktop.notify.samples import sample_context
from desktop.notify.templates import (
    LOGO_CID,
    MESSAGES,
    EmailTemplates,
    ShopIdentity,
    TemplateError,
)

SHOP = ShopIdentity(name="Bottega Verde", signature="Grazie!\nIl team di Bottega <Verde>")
SCRIPTS = {"ar": r"[\u0600-\u06ff]", "th": r"[\u0e00-\u0e7f]"}


@pytest.fixture
def templates(tmp_path):
    return EmailTemplates(SHOP, override_dir=tmp_path)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("message", MESSAGES)
def test_every_message_renders_in_every_language(templates, message, language):
    email = templates.render(message, language, sample_context(message))
    assert email.language == language
    assert email.subject and "\n" not in email.subject and "1042" in email.subject
    assert "1042" in email.text and "1042" in email.html
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in email.html
    assert "{{" not in email.text + email.html and "{%" not in email.text + email.html
    if language in SCRIPTS:
        assert re.search(SCRIPTS[language], email.subject)
        assert re.search(SCRIPTS[language], email.text)


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
@pytest.mark.parametrize("message", MESSAGES)
def test_translations_are_not_english(templates, message, language):
    english = templates.render(message, "en", sample_context(message))
    translated = templates.render(message, language, sample_context(message))
    assert translated.subject != english.subject
    assert "order" not in translated.text.lower()


def test_arabic_email_is_right_to_left_and_keeps_numbers_left_to_right(templates):
    email = templates.render("shipped", "ar", sample_context("shipped"))
    assert 'dir="rtl"' in email.html and 'lang="ar"' in email.html
    assert "text-align:right" in email.html
    assert '<span dir="ltr">1Z999AA10123456784</span>' in email.html


def test_shipped_email_links_to_the_carrier_tracking_page(templates):
    email = templates.render("shipped", "en", sample_context("shipped"))
    link = "https://www.ups.com/track?tracknum=1Z999AA10123456784"
    assert link in email.text
    assert f'href="{link}"' in email.html
    assert "UPS (Standard)" in email.text


def test_shop_tracking_url_override_wins_and_unknown_carrier_gets_no_link(tmp_path):
    templates = EmailTemplates(SHOP, tracking_urls={"ups": "https://track.example/{tracking}"})
    context = sample_context("shipped")
    assert "https://track.example/1Z999AA10123456784" in templates.render("shipped", "it", context).text
    unknown = templates.render("shipped", "it", context | {"carrier": "Corriere Locale"})
    assert "http" not in unknown.text and "href" not in unknown.html


def test_refund_amount_is_formatted_for_the_language(templates):
    context = sample_context("refund_issued") | {"amount": Decimal("1234.50"), "currency": "EUR"}
    assert "€1,234.50" in templates.render("refund_issued", "en", context).text
    assert "1.234,50\xa0€" in templates.render("refund_issued", "it", context).text
    assert "Bonifico bancario" in templates.render(
        "refund_issued", "it", context | {"method": "bank_transfer"}).text


def test_refund_amount_as_float_is_refused(templates):
    context = sample_context("refund_issued") | {"amount": 49.9}
    with pytest.raises(TypeError, match="Decimal"):
        templates.render("refund_issued", "en", context)


def test_dates_are_written_out_in_the_customer_language(templates):
    context = sample_context("delayed") | {"deliver_by": date(2026, 3, 16)}
    assert "lunedì 16 marzo 2026" in templates.render("delayed", "it", context).text
    assert "luni, 16 martie 2026" in templates.render("delayed", "ro", context).text


def test_missing_variable_fails_loudly_naming_it(templates):
    context = sample_context("shipped")
    del context["tracking_number"]
    with pytest.raises(TemplateError, match="tracking_number"):
        templates.render("shipped", "en", context)


def test_customer_text_is_escaped_in_html_but_kept_in_plain_text(templates):
    context = sample_context("delayed") | {"reason": "<b>Storm</b> & snow"}
    email = templates.render("delayed", "en", context)
    assert "&lt;b&gt;Storm&lt;/b&gt; &amp; snow" in email.html
    assert "<b>Storm</b> & snow" in email.text


def test_signature_keeps_its_lines_and_is_escaped(templates):
    email = templates.render("order_received", "en", sample_context("order_received"))
    assert "Grazie!<br>\nIl team di Bottega &lt;Verde&gt;" in email.html
    assert email.text.endswith("Grazie!\nIl team di Bottega <Verde>\n")


def test_logo_travels_as_an_inline_image_referenced_by_content_id():
    shop = ShopIdentity("Bottega Verde", "Ciao", logo=b"\x89PNG fake", logo_mime_type="image/png")
    email = EmailTemplates(shop).render("delivered", "en", sample_context("delivered"))
    assert f'src="cid:{LOGO_CID}"' in email.html
    assert [(image.cid, image.data) for image in email.inline_images] == [(LOGO_CID, b"\x89PNG fake")]


def test_without_a_logo_the_shop_name_heads_the_email(templates):
    email = templates.render("delivered", "en", sample_context("delivered"))
    assert email.inline_images == ()
    assert "cid:" not in email.html and "Bottega Verde</p>" in email.html


def test_user_override_file_replaces_the_built_in_template(templates, tmp_path):
    path = templates.override_path("delivered", "en", "txt")
    path.parent.mkdir(parents=True)
    path.write_text('{% extends "_layout.txt.j2" %}{% block subject %}Arrived: {{ order_number }}'
                    '{% endblock %}{% block body %}It is there.{% endblock %}', encoding="utf-8")
    email = templates.render("delivered", "en", sample_context("delivered"))
    assert email.subject == "Arrived: 1042"
    assert email.text.startswith("It is there.")
    assert templates.source("delivered", "en", "txt") == path.read_text(encoding="utf-8")
    assert templates.render("delivered", "it", sample_context("delivered")).subject != "Arrived: 1042"


def test_preview_shows_unsaved_edits_with_a_sample_order(templates):
    email = templates.preview("shipped", "ro", html_source=(
        '{% extends "_layout.html.j2" %}{% block body %}<p>AWB {{ tracking_number }}</p>{% endblock %}'
    ))
    assert "<p>AWB 1Z999AA10123456784</p>" in email.html
    assert "expediată" in email.text


def test_preview_of_a_broken_edit_reports_the_line(templates):
    with pytest.raises(TemplateError, match="line 2"):
        templates.preview("shipped", "en", text_source="{% block subject %}x{% endblock %}\n{% if %}")


def test_template_without_a_subject_block_is_refused(templates):
    with pytest.raises(TemplateError, match="subject"):
        templates.preview("shipped", "en", text_source="Just a body")


def test_unknown_message_or_language_is_refused(templates):
    with pytest.raises(TemplateError, match="no email message"):
        templates.render("birthday", "en", {})
    with pytest.raises(TemplateError, match="not available"):
        templates.render("shipped", "de", sample_context("shipped"))
