"""Right pane: built from the active coding scheme (never hard-coded): families, subtypes, hotkeys, definitions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import Marker
from rupturetool.core.errors import SchemeError
from rupturetool.core.scheme import CodingScheme
from rupturetool.gui import theme

MARKER_ID_ROLE = Qt.ItemDataRole.UserRole + 20
SUBTYPE_ROLE = Qt.ItemDataRole.UserRole + 21


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


class CodingPanel(QWidget):
    subtypeChosen = Signal(str)  # subtype code
    removeRequested = Signal(int)  # marker id
    schemeChosen = Signal(str)  # scheme id

    def __init__(self, schemes: list[CodingScheme], active: CodingScheme) -> None:
        super().__init__()
        self.setMinimumWidth(300)
        self.setAccessibleName("Coding panel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        self.scheme_box = QComboBox()
        for scheme in schemes:
            self.scheme_box.addItem(f"{scheme.name} ({scheme.version})", scheme.id)
        self.scheme_box.setToolTip("The coding scheme whose codes this panel offers")
        self.scheme_box.currentIndexChanged.connect(lambda i: self.schemeChosen.emit(self.scheme_box.itemData(i)))
        outer.addWidget(self.scheme_box)

        self.codes = QTreeWidget()
        self.codes.setHeaderHidden(True)
        self.codes.setRootIsDecorated(False)
        self.codes.setWordWrap(True)
        self.codes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.codes.setUniformRowHeights(False)
        self.codes.setIndentation(8)
        self.codes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.codes.setAccessibleName("Codes of the active scheme")
        self.codes.itemClicked.connect(self._code_activated)
        self.codes.itemActivated.connect(self._code_activated)
        outer.addWidget(self.codes, stretch=3)

        options = QFormLayout()
        self.significance = QSpinBox()
        self.significance.setRange(1, 5)
        self.significance.setValue(3)
        self.significance.setToolTip("Significance of the next marker (Ctrl+1 … Ctrl+5)")
        self.significance_label = QLabel()
        self.significance.valueChanged.connect(self._show_significance_label)
        options.addRow("Significance", self.significance)
        options.addRow("", self.significance_label)
        self.actor = QComboBox()
        self.actor.addItem("Patient", "patient")
        self.actor.addItem("Therapist", "therapist")
        self.actor.setToolTip("Who shows the marker: the patient (default) or the therapist (Ctrl+T switches)")
        options.addRow("Actor", self.actor)
        self.note = QLineEdit()
        self.note.setPlaceholderText("Note for the next marker (optional)")
        options.addRow("Note", self.note)
        outer.addLayout(options)

        outer.addWidget(QLabel("Markers on the selected segment"))
        self.marker_list = QListWidget()
        self.marker_list.setAccessibleName("Markers on the selected segment")
        self.marker_list.setMaximumHeight(120)
        self.marker_list.setWordWrap(True)
        self.marker_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.marker_list, stretch=1)
        self.remove_button = QPushButton("Remove selected marker (Del)")
        self.remove_button.clicked.connect(self._remove_selected)
        outer.addWidget(self.remove_button)

        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.help)
        self.set_scheme(active)

    # -- building from the scheme -----------------------------------------------------------------------
    def set_scheme(self, scheme: CodingScheme) -> None:
        self.scheme = scheme
        i = self.scheme_box.findData(scheme.id)
        if i >= 0 and i != self.scheme_box.currentIndex():
            self.scheme_box.blockSignals(True)
            self.scheme_box.setCurrentIndex(i)
            self.scheme_box.blockSignals(False)
        self.codes.clear()
        for family in scheme.families:
            head = QTreeWidgetItem([f"{family.name}  —  key {family.hotkey}, then:"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setIcon(0, _swatch(theme.family_color(family.code, family.color)))
            head.setToolTip(0, family.description)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.codes.addTopLevelItem(head)
            for sub in family.subtypes:
                item = QTreeWidgetItem([f"{sub.hotkey}   {sub.code}  {sub.name}"])
                item.setData(0, SUBTYPE_ROLE, sub.code)
                item.setToolTip(
                    0,
                    f"<b>{sub.code} {sub.name}</b><br>{sub.definition}<br>"
                    f"<i>Keys: {family.hotkey} then {sub.hotkey}</i>",
                )
                head.addChild(item)
            head.setExpanded(True)
        self.significance.setRange(scheme.significance_min, scheme.significance_max)
        self._show_significance_label(self.significance.value())
        keys = ", ".join(f"<b>{f.hotkey}</b> then 1–{len(f.subtypes)} for {f.name.lower()}" for f in scheme.families)
        self.help.setText(
            f"<small>Select a segment (↑/↓), then press {keys}. <b>Del</b> removes your last marker on it, "
            "<b>Ctrl+Z</b> undoes. Every change is saved at once.</small>"
        )

    def _code_activated(self, item: QTreeWidgetItem) -> None:
        code = item.data(0, SUBTYPE_ROLE)
        if code:
            self.subtypeChosen.emit(code)

    def _show_significance_label(self, value: int) -> None:
        self.significance_label.setText(f"<small>{self.scheme.significance_labels.get(value, '')}</small>")

    # -- the selected segment's markers -----------------------------------------------------------------
    def show_markers(self, markers: list[Marker]) -> None:
        self.marker_list.clear()
        for m in markers:
            try:
                name = self.scheme.subtype(m.subtype).name
            except SchemeError:
                name = f"({m.scheme_id} scheme)"
            item = QListWidgetItem(f"{m.subtype} {name} · sig {m.significance} · {m.coder}")
            item.setData(MARKER_ID_ROLE, m.id)
            item.setToolTip(m.note or "no note")
            self.marker_list.addItem(item)
        if markers:
            self.marker_list.setCurrentRow(len(markers) - 1)
        self.remove_button.setEnabled(bool(markers))

    def _remove_selected(self) -> None:
        item = self.marker_list.currentItem()
        if item is not None:
            self.removeRequested.emit(int(item.data(MARKER_ID_ROLE)))

    def actor_value(self) -> str:
        return str(self.actor.currentData())

    def toggle_actor(self) -> str:
        self.actor.setCurrentIndex(1 - self.actor.currentIndex())
        return self.actor_value()

    def take_note(self) -> str:
        note = self.note.text().strip()
        self.note.clear()
        return note
