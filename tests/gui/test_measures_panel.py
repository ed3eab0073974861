"""Session measures: one field per measure in core, blank = not rated, one report per finished edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from rupturetool.core import measures
from rupturetool.core.measures import MEASURES, MeasureSpec
from rupturetool.gui.measures_panel import MeasuresPanel


@pytest.fixture
def panel(qtbot) -> MeasuresPanel:
    widget = MeasuresPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def test_one_field_per_measure_with_its_range(panel: MeasuresPanel) -> None:
    assert list(panel.fields) == list(MEASURES)
    edit = panel.fields["client_scaling"]
    assert edit.accessibleName() == MEASURES["client_scaling"].label
    assert "1–10" in edit.toolTip() and edit.placeholderText() == "not rated"


def test_a_measure_added_to_core_gets_a_field(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = dict(MEASURES, extent_test=MeasureSpec("extent_test", "Extent resolved", 1, 5))
    monkeypatch.setattr(measures, "MEASURES", extra)
    monkeypatch.setattr("rupturetool.gui.measures_panel.MEASURES", extra)
    widget = MeasuresPanel()
    qtbot.addWidget(widget)
    assert "extent_test" in widget.fields
    assert widget.fields["extent_test"].accessibleName() == "Extent resolved"


def test_set_values_fills_without_reporting(panel: MeasuresPanel, qtbot) -> None:
    with qtbot.assertNotEmitted(panel.measureChanged):
        panel.set_values({"client_scaling": 6.0, "wai_sr_task": 15})
    assert panel.fields["client_scaling"].text() == "6"
    assert panel.fields["wai_sr_bond"].text() == ""
    assert panel.values()["wai_sr_task"] == 15.0 and panel.values()["wai_sr_bond"] is None


def test_reports_once_when_editing_finishes(panel: MeasuresPanel, qtbot) -> None:
    panel.set_values({"client_scaling": 6.0})
    edit = panel.fields["client_scaling"]
    seen: list[tuple] = []
    panel.measureChanged.connect(lambda name, value: seen.append((name, value)))
    type_into(qtbot, edit, "7.5")
    assert seen == []  # not on every keystroke
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert seen == [("client_scaling", 7.5)]
    panel.fields["wai_sr_task"].setFocus()  # leaving the field again: nothing new to report
    assert seen == [("client_scaling", 7.5)]

    type_into(qtbot, panel.fields["wai_sr_task"], "18")
    panel.fields["wai_sr_goal"].setFocus()  # focus out finishes the edit
    assert seen[-1] == ("wai_sr_task", 18.0)

    type_into(qtbot, edit, "")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert seen[-1] == ("client_scaling", None)  # blank = not rated
    assert len(seen) == 3


def test_out_of_range_cannot_be_typed_and_says_so(panel: MeasuresPanel, qtbot) -> None:
    edit = panel.fields["client_scaling"]
    message = panel.messages["client_scaling"]
    with qtbot.assertNotEmitted(panel.measureChanged):
        type_into(qtbot, edit, "11")
        assert edit.text() == "1"  # the second 1 was refused
        assert message.isVisible() and message.text() == "Only numbers 1–10, or blank for not rated."
        type_into(qtbot, edit, "x")
        assert edit.text() == ""


def test_an_unfinished_value_is_not_saved_and_explained(panel: MeasuresPanel, qtbot) -> None:
    panel.set_values({"wai_sr_bond": 12})
    edit = panel.fields["wai_sr_bond"]
    message = panel.messages["wai_sr_bond"]
    with qtbot.assertNotEmitted(panel.measureChanged):
        type_into(qtbot, edit, "3")  # below 4–20; could still become 3x, so it may be typed
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert message.isVisible()
    assert message.text() == "Enter a number 4–20 or leave blank: “3” was not saved (still 12)."
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # Esc puts the stored value back
    assert edit.text() == "12" and not message.isVisible()


def test_a_trailing_decimal_point_is_accepted_as_the_number(panel: MeasuresPanel, qtbot) -> None:
    edit = panel.fields["tension_patient"]
    with qtbot.waitSignal(panel.measureChanged) as changed:
        type_into(qtbot, edit, "4.")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert changed.args == ["tension_patient", 4.0]
    assert edit.text() == "4"
