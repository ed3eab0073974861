"""Grouping markers into rupture episodes: confirm or edit proposed groups, and pick an episode's markers.

Both dialogs only collect the coder's choice (marker ids); the caller stores it through the Project.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import Marker
from rupturetool.core.scheme import CodingScheme
from rupturetool.gui.episode_panel import family_name, family_swatch, marker_text, turn_range

MARKER_ID_ROLE = Qt.ItemDataRole.UserRole + 40


def _snippet(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _marker_item_text(marker: Marker, scheme: CodingScheme, texts: Mapping[int, str]) -> str:
    said = texts.get(marker.id) if marker.id is not None else None
    return marker_text(marker, scheme) + (f" — “{_snippet(said)}”" if said else "")


def _checked(item_state: Qt.CheckState) -> bool:
    return item_state == Qt.CheckState.Checked


class EpisodeProposalDialog(QDialog):
    """Proposed episodes (groups of nearby markers), each ticked; the coder unticks markers or whole proposals."""

    def __init__(
        self,
        groups: Sequence[Sequence[Marker]],
        scheme: CodingScheme,
        parent: QWidget | None = None,
        *,
        texts: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Proposed rupture episodes")
        self.resize(620, 460)
        texts = texts or {}
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            f"Nearby markers of the same family were grouped into {len(groups)} proposed "
            f"episode{'s' if len(groups) != 1 else ''}. Untick a marker to leave it out of its episode, or a whole "
            "proposal to skip it (Space ticks and unticks). Nothing is stored until you press Create."
            if groups
            else "There are no markers to group: every marker of this session already belongs to an episode, "
            "or none is coded yet."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Proposed episodes and their markers")
        self.tree.setUniformRowHeights(True)
        for number, group in enumerate(groups, start=1):
            head = QTreeWidgetItem()
            fam = group[0].family if group else ""
            head.setIcon(0, family_swatch(scheme, fam))
            turns = [m.turn_index for m in group]
            count = f"{len(group)} marker" + ("s" if len(group) != 1 else "")
            head.setText(0, f"Episode {number} · {family_name(scheme, fam)} · {turn_range(turns)} · {count}")
            head.setFlags(head.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            head.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(head)
            for marker in group:
                text = _marker_item_text(marker, scheme, texts)
                child = QTreeWidgetItem([text])
                child.setData(0, MARKER_ID_ROLE, marker.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                child.setToolTip(0, text + (f"\nNote: {marker.note}" if marker.note else ""))
                head.addChild(child)
            head.setExpanded(True)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.itemChanged.connect(lambda *_: self._update_ok())
        layout.addWidget(self.tree, stretch=1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.tree.setFocus()

    def accepted_groups(self) -> list[tuple[int, ...]]:
        """The ticked markers of each proposal that still has any, as marker ids in proposal order."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            ids = tuple(
                int(head.child(j).data(0, MARKER_ID_ROLE))
                for j in range(head.childCount())
                if _checked(head.child(j).checkState(0))
            )
            if ids:
                result.append(ids)
        return result

    def _update_ok(self) -> None:
        n = len(self.accepted_groups())
        self.ok_button.setText(f"&Create {n} episode{'s' if n != 1 else ''}")
        self.ok_button.setEnabled(n > 0)


class MarkerPickerDialog(QDialog):
    """Choose the markers of an existing episode from the session's markers (its current ones ticked)."""

    def __init__(
        self,
        markers: Sequence[Marker],
        scheme: CodingScheme,
        preselected: Iterable[int] = (),
        parent: QWidget | None = None,
        *,
        texts: Mapping[int, str] | None = None,
        title: str = "Markers of the episode",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 420)
        texts = texts or {}
        chosen = set(preselected)
        layout = QVBoxLayout(self)
        intro = QLabel("Tick the markers that belong to this episode (Space ticks and unticks).")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Markers of the session")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long texts elide
        for marker in sorted(markers, key=lambda m: (m.turn_index, m.start_char, m.id or 0)):
            text = _marker_item_text(marker, scheme, texts)
            item = QListWidgetItem(family_swatch(scheme, marker.family), text)
            item.setData(MARKER_ID_ROLE, marker.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if marker.id in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(text + (f"\nNote: {marker.note}" if marker.note else ""))
            self.list.addItem(item)
        first = next((i for i in range(self.list.count()) if _checked(self.list.item(i).checkState())), 0)
        if self.list.count():
            self.list.setCurrentRow(first)
        self.list.itemChanged.connect(lambda *_: self._update_ok())
        layout.addWidget(self.list, stretch=1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.list.setFocus()

    def chosen_ids(self) -> tuple[int, ...]:
        """The ticked markers' ids, in transcript order."""
        return tuple(
            int(self.list.item(i).data(MARKER_ID_ROLE))
            for i in range(self.list.count())
            if _checked(self.list.item(i).checkState())
        )

    def _update_ok(self) -> None:
        n = len(self.chosen_ids())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)
        self.hint.setText(
            f"{n} marker{'s' if n != 1 else ''} ticked."
            if n
            else "An episode needs at least one marker; to remove the episode, delete it instead."
        )
