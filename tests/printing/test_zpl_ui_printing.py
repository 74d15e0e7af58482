"""The Qt printing widgets: preview loads a generated PDF; the editor emits a valid profile."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pytestqt")

from printing.profiles import PrinterProfile  # noqa: E402
from reports import shipping_label  # noqa: E402


def test_preview_shows_every_page_of_a_generated_label(qtbot, shipping):
    from ui.printing.preview import PdfPreviewDialog

    out = io.BytesIO()
    shipping_label.build([shipping, shipping], out)
    dialog = PdfPreviewDialog(out.getvalue(), "Label")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 2


def test_print_test_label_emits_the_edited_profile(qtbot):
    from ui.printing.profile_editor import PrinterProfileEditor

    editor = PrinterProfileEditor()
    qtbot.addWidget(editor)
    editor.set_profile(PrinterProfile("Desk", "tcp://10.0.0.5", dpi=300, darkness=20))
    with qtbot.waitSignal(editor.test_requested) as signal:
        editor.test_button.click()
    assert signal.args[0] == PrinterProfile("Desk", "tcp://10.0.0.5", dpi=300, darkness=20)


def test_an_empty_name_shows_the_reason_instead_of_printing(qtbot):
    from ui.printing.profile_editor import PrinterProfileEditor

    editor = PrinterProfileEditor()
    qtbot.addWidget(editor)
    editor.uri.setText("tcp://10.0.0.5")
    editor.test_button.click()
    assert editor.error.text() == "A printer profile needs a name."
