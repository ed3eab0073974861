"""What the transcript pane paints: markers on their characters in their family colour, and both palettes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from rupturetool.gui import theme
from rupturetool.gui.transcript_delegate import PAD_X
from rupturetool.gui.transcript_model import TEXT, TranscriptModel
from rupturetool.gui.transcript_view import TranscriptView

sys.path.insert(0, str(Path(__file__).parent))
from test_transcript_view import SCHEME, make_detail, marker  # the same small session


@pytest.fixture
def painted(qtbot):
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(theme.light_palette())
    model = TranscriptModel(SCHEME)
    view = TranscriptView(model, SCHEME)
    qtbot.addWidget(view)
    view.resize(900, 400)
    detail = make_detail()
    # "you think" inside the client's segment "Whatever you think is best, honestly.", and a confrontation.
    text = detail.turns[1].text
    start = text.index("you think")
    model.load(
        detail,
        [marker(detail.turns[1], start, start + 9, "W5", mid=1), marker(detail.turns[3], 14, 44, "C5", mid=2)],
    )
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.delegate.measure_calls > 0)
    yield model, view, detail
    app.setPalette(original)


def grab(view: TranscriptView) -> QImage:
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def columns_with(image: QImage, rect, color: QColor, top: int | None = None) -> list[int]:
    """x of every pixel column in ``rect`` (from ``top`` down) holding exactly ``color``."""
    wanted = color.rgb()
    return [
        x
        for x in range(rect.left(), rect.right())
        if any(image.pixel(x, y) == wanted for y in range(rect.top() if top is None else top, rect.bottom()))
    ]


def row_rect(view: TranscriptView, model: TranscriptModel, text: str):
    row = next(i for i, r in enumerate(model.rows) if r.text.startswith(text))
    return view.visualRect(view.proxy.index(view.proxy.from_source(row), TEXT))


def test_a_character_span_is_underlined_in_its_family_colour_exactly_there(painted):
    model, view, _detail = painted
    image = grab(view)
    blue = theme.display_family_color("withdrawal")
    rect = row_rect(view, model, "Whatever you think")
    assert columns_with(image, rect, blue), "no withdrawal colour painted on the coded segment"
    xs = columns_with(image, rect, blue, top=rect.center().y())  # the underline, not the superscript above
    metrics = QFontMetrics(view.font())
    expected_start = rect.left() + PAD_X + metrics.horizontalAdvance("Whatever ")
    expected_end = expected_start + metrics.horizontalAdvance("you think")
    underline = [x for x in xs if x > rect.left() + 3]  # leave out a whole-segment bar (none here)
    assert abs(underline[0] - expected_start) <= 3 and abs(underline[-1] - expected_end) <= 3
    for other in ("How has the week", "You smiled", "Fine."):
        assert columns_with(image, row_rect(view, model, other), blue) == []
    orange = theme.display_family_color("confrontation")
    assert columns_with(image, row_rect(view, model, "We keep going"), orange)
    assert columns_with(image, row_rect(view, model, "Whatever you think"), orange) == []


def test_dark_palette_repaints_rows_from_the_palette(painted):
    model, view, _detail = painted
    client = row_rect(view, model, "Fine.")
    therapist = row_rect(view, model, "You smiled")
    light = grab(view)
    base_light = QApplication.palette().color(QApplication.palette().ColorRole.Base)
    assert QColor(light.pixel(client.right() - 5, client.center().y())).name() == base_light.name()

    theme.apply_color_scheme(QApplication.instance(), Qt.ColorScheme.Dark)
    dark = grab(view)
    palette = QApplication.palette()
    assert palette.color(palette.ColorRole.Window).lightness() < 128 and theme.is_dark()
    client_pixel = QColor(dark.pixel(client.right() - 5, client.center().y()))
    therapist_pixel = QColor(dark.pixel(therapist.right() - 5, therapist.center().y()))
    assert client_pixel.name() == palette.color(palette.ColorRole.Base).name()
    assert therapist_pixel.name() == theme.therapist_background().name() != client_pixel.name()
    assert therapist_pixel.lightness() < 100
    # Okabe–Ito blue is lifted on the dark base, and the lifted colour is what is painted.
    blue = theme.display_family_color("withdrawal")
    assert blue.lightness() > theme.family_color("withdrawal").lightness()
    assert columns_with(dark, row_rect(view, model, "Whatever you think"), blue)


def test_search_hits_are_highlighted(painted, qtbot):
    model, view, _detail = painted
    rect = row_rect(view, model, "How has the week")
    view.select_row(0)  # the search starts from here: the selection does not move
    before = grab(view)
    view.search("week")
    after = grab(view)
    changed = [
        x
        for x in range(rect.left(), rect.right())
        if before.pixel(x, rect.center().y()) != after.pixel(x, rect.center().y())
    ]
    metrics = QFontMetrics(view.font())
    start = rect.left() + PAD_X + metrics.horizontalAdvance("How has the ")
    assert changed and abs(changed[0] - start) <= 3
    assert changed[-1] <= start + metrics.horizontalAdvance("week") + 3
