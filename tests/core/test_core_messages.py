"""Core messages are English templates with params: ``str()`` is the English sentence, and
:func:`desktop.errors.render` translates the template and every nested piece, never the values."""

from __future__ import annotations

import pytest
from factories import order, product

from desktop.auth import Actor, Permission, Role
from desktop.errors import InvalidInput, NotFound, PermissionDenied, Text, UserError, render
from desktop.services import allocation, shipping

PIRATE = {
    "{field} {value!r}: {problem}": "{field} be {value!r}, arr: {problem}",
    "{sku} quantity": "count o' {sku}",
    "is more than the {ready} allocated and unshipped ({left} left to ship)":
        "be more than the {ready} in the hold ({left} still to sail)",
    "{kind} {key!r} does not exist.": "No {kind} {key!r} aboard.",
    "SKU": "cargo",
}


def pirate(template: str) -> str:
    return PIRATE.get(template, template)


def test_str_is_english_and_render_translates_every_piece_but_not_the_values() -> None:
    error = InvalidInput(Text("{sku} quantity", sku="MUG-01"), 5,
                         Text("is more than the {ready} allocated and unshipped ({left} left to ship)", ready=2, left=3))
    assert str(error) == "MUG-01 quantity 5: is more than the 2 allocated and unshipped (3 left to ship)"
    assert error.template == "{field} {value!r}: {problem}" and error.params["value"] == 5
    assert (error.field, error.problem) == ("MUG-01 quantity",
                                            "is more than the 2 allocated and unshipped (3 left to ship)")
    assert render(error, pirate) == "count o' MUG-01 be 5, arr: be more than the 2 in the hold (3 still to sail)"


def test_plain_string_parts_are_templates_without_params() -> None:
    error = NotFound("SKU", "SKU")
    assert str(error) == "SKU 'SKU' does not exist."
    assert render(error, pirate) == "No cargo 'SKU' aboard."


def test_a_template_without_params_is_used_as_written() -> None:
    assert str(UserError('write it as {"Carrier": "https://...{tracking}"}')) == \
        'write it as {"Carrier": "https://...{tracking}"}'
    assert str(UserError("{{literal}} and {value}", value=1)) == "{literal} and 1"
    assert Text("{sku} quantity") == "{sku} quantity"


def test_text_is_the_english_string() -> None:
    text = Text("is not on order {number}", number="P1001")
    assert isinstance(text, str) and text == "is not on order P1001" and f"{text}!" == "is not on order P1001!"
    assert (text.template, text.params) == ("is not on order {number}", {"number": "P1001"})


def test_role_and_permission_words_are_translatable_pieces() -> None:
    with pytest.raises(PermissionDenied) as raised:
        Actor(7, "anna", Role.PACKER).require(Permission.REFUND)
    error = raised.value
    assert str(error) == "anna (packer) may not refund. Ask a manager or an admin."
    words = {"packer": "imballatore", "refund": "rimborsare"}
    assert "anna (imballatore) may not rimborsare." in render(error, lambda t: words.get(t, t))


def test_shipping_more_than_allocated_keeps_its_english_sentence_and_parts(db) -> None:
    product(db, "MUG-01", stock_qty=2)
    number = order(db, {"MUG-01": 2})
    with db.uow() as uow:
        allocation.allocate(uow, [number])
        uow.commit()
    with pytest.raises(InvalidInput) as raised, db.uow() as uow:
        shipping.ship(uow, number, "UPS", "T1", lines={"MUG-01": 5})
    error = raised.value
    assert str(error) == "MUG-01 quantity 5: is more than the 2 allocated and unshipped (2 left to ship)"
    assert render(error, pirate) == "count o' MUG-01 be 5, arr: be more than the 2 in the hold (2 still to sail)"
