"""Colours that work for colour-blind readers and in light and dark palettes.

Every colour is derived from the application palette at paint time, so a switch of the system colour scheme
(light ↔ dark) repaints correctly without anything cached.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# Okabe–Ito: withdrawal blue / confrontation orange are distinguishable in all common colour-vision deficiencies.
FALLBACK_FAMILY_COLORS = {"withdrawal": "#0072B2", "confrontation": "#E69F00"}


def family_color(code: str, declared: str = "") -> QColor:
    return QColor(declared or FALLBACK_FAMILY_COLORS.get(code, "#777777"))


def display_family_color(code: str, declared: str = "") -> QColor:
    """The family colour as drawn on the current palette: Okabe–Ito blue is dim on a dark base, so lift it."""
    color = family_color(code, declared)
    return color.lighter(140) if is_dark() and color.lightness() < 140 else color


def is_dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tint(color: QColor, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


def therapist_background() -> QColor:
    """A quiet background that sets therapist turns apart from client turns."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return base.darker(108) if not is_dark() else base.lighter(130)


def speaker_color(therapist: bool) -> QColor:
    """Speaker names: therapists in the palette's text colour, clients in a link-like accent (bold in both)."""
    palette = QApplication.palette()
    if therapist:
        return palette.color(QPalette.ColorRole.Text)
    return palette.color(QPalette.ColorRole.Link)


def rule_color(strong: bool) -> QColor:
    """The line between segments of one turn (faint) and between turns (strong)."""
    color = QColor(QApplication.palette().color(QPalette.ColorRole.Text))
    color.setAlpha(110 if strong else 35)
    return color


def search_hit_color() -> QColor:
    """Search hits: the palette's highlight, translucent so marker colours still show through."""
    return tint(QApplication.palette().color(QPalette.ColorRole.Highlight), 110)


def cue_chip_colors() -> tuple[QColor, QColor]:
    """(fill, text) of a non-verbal cue chip such as "(smiles)"."""
    palette = QApplication.palette()
    text = QColor(palette.color(QPalette.ColorRole.Text))
    fill = QColor(text)
    fill.setAlpha(28)
    text.setAlpha(170)
    return fill, text


def selection_tint() -> QColor:
    return tint(QApplication.palette().color(QPalette.ColorRole.Highlight), 55)


# -- following the system colour scheme ----------------------------------------------------------------------
def dark_palette() -> QPalette:
    """A dark palette for styles that do not bring one (Fusion on Linux)."""
    p = QPalette()
    window, base, text = QColor("#2b2b2e"), QColor("#1f1f22"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26262a"),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.Highlight: QColor("#3d6fb6"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.PlaceholderText: QColor("#8a8a8a"),
        QPalette.ColorRole.Mid: QColor("#444448"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def light_palette() -> QPalette:
    style = QApplication.style() or QStyleFactory.create("Fusion")
    return style.standardPalette()


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Set the light or dark palette; widgets get a PaletteChange event and repaint with derived colours."""
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette())


def follow_system(app: QApplication) -> None:
    """Use the system's light/dark scheme now and whenever it changes (Qt 6.5+)."""
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        apply_color_scheme(app, Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))
