"""Colours that work for colour-blind readers and in light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Okabe–Ito: withdrawal blue / confrontation orange are distinguishable in all common colour-vision deficiencies.
FALLBACK_FAMILY_COLORS = {"withdrawal": "#0072B2", "confrontation": "#E69F00"}


def family_color(code: str, declared: str = "") -> QColor:
    return QColor(declared or FALLBACK_FAMILY_COLORS.get(code, "#777777"))


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
