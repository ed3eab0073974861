"""The episode panel: a session's rupture episodes, and for the selected one its markers, Safran–Muran resolution
path (stages 1–4 as the scheme describes them for the episode's family), resolution strategies and outcome.

The panel only shows plain core objects and emits intent signals; the main window turns them into Project calls.
Turn indices in signals are 0-based (as stored); the text shows turns 1-based, as the transcript does.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.domain import Marker, Outcome, RuptureEpisode
from rupturetool.core.errors import SchemeError
from rupturetool.core.scheme import CodingScheme, FamilyDef
from rupturetool.gui import theme

EPISODE_ID_ROLE = Qt.ItemDataRole.UserRole + 30
TURN_ROLE = Qt.ItemDataRole.UserRole + 31
STRATEGY_ROLE = Qt.ItemDataRole.UserRole + 32

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.RESOLVED: "Resolved",
    Outcome.PARTIAL: "Partially resolved",
    Outcome.UNRESOLVED: "Unresolved",
}


# -- helpers shared with the proposal and marker-picker dialogs --------------------------------------------------
def turn_label(turn_index: int) -> str:
    """Turns are shown 1-based, as in the transcript."""
    return str(turn_index + 1)


def turn_range(turns: Sequence[int]) -> str:
    if not turns:
        return "no turns"
    low, high = min(turns), max(turns)
    return f"turn {turn_label(low)}" if low == high else f"turns {turn_label(low)}–{turn_label(high)}"


def family_def(scheme: CodingScheme, code: str) -> FamilyDef | None:
    try:
        return scheme.family(code)
    except SchemeError:
        return None


def family_name(scheme: CodingScheme, code: str) -> str:
    fam = family_def(scheme, code)
    return fam.name if fam else code.capitalize()


def family_letter(scheme: CodingScheme, code: str) -> str:
    fam = family_def(scheme, code)
    return fam.hotkey if fam else code[:1].upper()


def family_swatch(scheme: CodingScheme, code: str, size: int = 12) -> QIcon:
    fam = family_def(scheme, code)
    pixmap = QPixmap(size, size)
    pixmap.fill(theme.family_color(str(code), fam.color if fam else ""))
    return QIcon(pixmap)


def marker_text(marker: Marker, scheme: CodingScheme) -> str:
    """'W6 Content/affect split · turn 14 · significance 4'."""
    try:
        name = scheme.subtype(marker.subtype).name
    except SchemeError:
        name = f"({marker.scheme_id} scheme)"
    return f"{marker.subtype} {name} · turn {turn_label(marker.turn_index)} · significance {marker.significance}"


def _outcome(value: Outcome | str | None) -> Outcome | None:
    return Outcome(value) if value else None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _small_heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class _KeyList(QListWidget):
    """A list that reports Delete/Backspace (remove the current item), so removal works from the keyboard."""

    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class _StageRow(QFrame):
    """One stage of the resolution path: its name, what it looks like on this family's path, reached or not."""

    def __init__(self, panel: EpisodePanel, stage_number: int) -> None:
        super().__init__()
        self.stage = stage_number
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(2)
        self.title = QLabel()  # "● Stage 2 · Exploring the rupture experience": ● reached, ○ not yet
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.title)
        self.path = QLabel()
        self.path.setWordWrap(True)
        self.path.setIndent(14)
        column.addWidget(self.path)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.status = QLabel()
        self.jump = QPushButton()
        self.jump.setFlat(True)
        self.jump.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump.setStyleSheet("QPushButton { text-decoration: underline; text-align: left; padding: 0 2px; }")
        self.jump.clicked.connect(lambda: panel._jump_to_stage(self.stage))
        self.set_button = QPushButton()
        self.set_button.clicked.connect(lambda: panel._request_stage(self.stage))
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleName(f"Clear stage {stage_number}")
        self.clear_button.setToolTip(f"Remove the record that stage {stage_number} was reached")
        self.clear_button.clicked.connect(lambda: panel._request_stage_clear(self.stage))
        buttons.addWidget(self.status)
        buttons.addWidget(self.jump)
        buttons.addStretch(1)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        column.addLayout(buttons)


class EpisodePanel(QWidget):
    """The session's rupture episodes and the selected episode's resolution path, strategies and outcome."""

    episodeSelected = Signal(int)  # episode id, when the user picks another episode
    jumpRequested = Signal(int)  # turn index
    stageRequested = Signal(int, int)  # episode id, stage: mark it reached at the current turn
    stageClearRequested = Signal(int, int)  # episode id, stage
    strategyRequested = Signal(int, str)  # episode id, strategy code: used at the current turn
    strategyRemoveRequested = Signal(int, str, int)  # episode id, strategy code, turn index
    outcomeRequested = Signal(int, object)  # episode id, outcome value ("resolved", "partial", ...) or None
    deleteRequested = Signal(int)  # episode id
    markersEditRequested = Signal(int)  # episode id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Episode panel")
        self.setMinimumWidth(320)
        self._episodes: list[RuptureEpisode] = []
        self._markers: dict[int, Marker] = {}
        self._scheme: CodingScheme | None = None
        self._current_turn: int | None = None
        self._stage_rows: list[_StageRow] = []
        self._filling = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        self.episode_list = _KeyList()
        self.episode_list.setAccessibleName("Rupture episodes of the session")
        self.episode_list.setToolTip("Enter jumps to the episode's first turn; Delete deletes the episode")
        self.episode_list.setMaximumHeight(130)
        self.episode_list.setWordWrap(True)
        self.episode_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.episode_list.currentItemChanged.connect(self._episode_changed)
        self.episode_list.itemActivated.connect(self._episode_activated)
        self.episode_list.deletePressed.connect(self._request_delete)
        outer.addWidget(_small_heading("Rupture ep&isodes", self.episode_list))
        outer.addWidget(self.episode_list)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.empty_label)

        row = QHBoxLayout()
        self.markers_button = QPushButton("Edit mar&kers…")
        self.markers_button.setAccessibleName("Edit the episode's markers")
        self.markers_button.clicked.connect(self._request_markers_edit)
        self.delete_button = QPushButton("&Delete episode")
        self.delete_button.setAccessibleName("Delete the episode")
        self.delete_button.setToolTip("Delete the selected episode (its markers stay)")
        self.delete_button.clicked.connect(self._request_delete)
        row.addWidget(self.markers_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        outer.addLayout(row)

        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        self._build_markers(detail)
        self._build_path(detail)
        self._build_strategies(detail)
        self._build_outcome(detail)
        detail.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, stretch=1)
        self._show_episode(None)

    # -- building -----------------------------------------------------------------------------------------
    def _build_markers(self, layout: QVBoxLayout) -> None:
        self.marker_list = QListWidget()
        self.marker_list.setAccessibleName("Markers in the episode")
        self.marker_list.setToolTip("Enter or double-click jumps to the marker's turn")
        self.marker_list.setMaximumHeight(96)
        self.marker_list.setWordWrap(True)
        self.marker_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.marker_list.itemActivated.connect(self._jump_to_item)
        layout.addWidget(_small_heading("&Markers in this episode", self.marker_list))
        layout.addWidget(self.marker_list)

    def _build_path(self, layout: QVBoxLayout) -> None:
        self.path_box = QGroupBox("Resolution path")
        self.path_box.setAccessibleName("Resolution path")
        self.path_layout = QVBoxLayout(self.path_box)
        self.path_layout.setContentsMargins(6, 6, 6, 6)
        self.path_layout.setSpacing(4)
        self.path_summary = QLabel()
        self.path_summary.setWordWrap(True)
        self.path_summary.setTextFormat(Qt.TextFormat.RichText)
        self.path_summary.setAccessibleName("Resolution path reached so far")
        self.path_layout.addWidget(self.path_summary)
        self.path_note = QLabel()  # "this scheme has no stages" and similar
        self.path_note.setWordWrap(True)
        self.path_layout.addWidget(self.path_note)
        layout.addWidget(self.path_box)

    def _build_strategies(self, layout: QVBoxLayout) -> None:
        box = QGroupBox("Resolution strategies")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 6, 6, 6)
        self.strategy_list = _KeyList()
        self.strategy_list.setAccessibleName("Resolution strategies used in the episode")
        self.strategy_list.setToolTip("Enter jumps to the turn; Delete removes the strategy")
        self.strategy_list.setMaximumHeight(96)
        self.strategy_list.setWordWrap(True)
        self.strategy_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strategy_list.itemActivated.connect(self._jump_to_item)
        self.strategy_list.deletePressed.connect(self._request_strategy_remove)
        inner.addWidget(_small_heading("Strategies &used", self.strategy_list))
        inner.addWidget(self.strategy_list)
        self.remove_strategy_button = QPushButton("Remove strate&gy")
        self.remove_strategy_button.setAccessibleName("Remove the selected strategy")
        self.remove_strategy_button.clicked.connect(self._request_strategy_remove)
        inner.addWidget(self.remove_strategy_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.strategy_box = QComboBox()
        self.strategy_box.setAccessibleName("Resolution strategy to add")
        # Long strategy names must not widen the pane: the drop-down list shows them in full.
        self.strategy_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.strategy_box.setMinimumContentsLength(14)
        self.strategy_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_strategy_button = QPushButton()
        self.add_strategy_button.clicked.connect(self._request_strategy)
        pick = QHBoxLayout()
        pick.addWidget(self.strategy_box, stretch=1)
        pick.addWidget(self.add_strategy_button)
        inner.addWidget(_small_heading("Add st&rategy", self.strategy_box))
        inner.addLayout(pick)
        self.strategy_note = QLabel()
        self.strategy_note.setWordWrap(True)
        inner.addWidget(self.strategy_note)
        layout.addWidget(box)

    def _build_outcome(self, layout: QVBoxLayout) -> None:
        self.outcome_box = QComboBox()
        self.outcome_box.setAccessibleName("Outcome of the episode")
        self.outcome_box.setToolTip("The coder's judgement of how far the rupture was resolved")
        self.outcome_box.addItem("Not rated", None)
        for outcome, text in OUTCOME_LABELS.items():
            self.outcome_box.addItem(text, outcome.value)
        self.outcome_box.activated.connect(self._request_outcome)  # user choices only, not setCurrentIndex
        row = QHBoxLayout()
        row.addWidget(_small_heading("&Outcome", self.outcome_box))
        row.addWidget(self.outcome_box, stretch=1)
        layout.addLayout(row)

    # -- data in ------------------------------------------------------------------------------------------
    def set_data(
        self,
        episodes: Sequence[RuptureEpisode],
        markers: Sequence[Marker],
        scheme: CodingScheme,
        current_turn: int | None,
    ) -> None:
        """Show a session's episodes; the selected episode stays selected when it still exists."""
        keep = self.current_episode()
        self._episodes = list(episodes)
        self._markers = {m.id: m for m in markers if m.id is not None}
        if scheme is not self._scheme:
            self._scheme = scheme
            self._rebuild_scheme_parts()
        self._current_turn = current_turn
        self._filling = True
        try:
            self.episode_list.clear()
            for ep in self._episodes:
                item = QListWidgetItem(family_swatch(scheme, ep.family), self.episode_summary(ep))
                item.setData(EPISODE_ID_ROLE, ep.id)
                item.setToolTip(f"{family_name(scheme, ep.family)} episode, coded by {ep.coder}")
                self.episode_list.addItem(item)
            ids = [ep.id for ep in self._episodes]
            row = ids.index(keep.id) if keep is not None and keep.id in ids else 0
            if self._episodes:
                self.episode_list.setCurrentRow(row)
        finally:
            self._filling = False
        self.empty_label.setText(
            ""
            if self._episodes
            else "No episodes in this session yet: group markers into an episode first, then record its "
            "stages, strategies and outcome here."
        )
        self.empty_label.setVisible(not self._episodes)
        self._show_episode(self.current_episode())

    def set_current_turn(self, turn_index: int | None) -> None:
        """The transcript's current turn: where "Mark stage N" and "Add strategy" record."""
        self._current_turn = turn_index
        self._show_episode(self.current_episode())

    def select_episode(self, episode_id: int) -> None:
        """Select an episode without emitting episodeSelected (the caller already knows)."""
        for row in range(self.episode_list.count()):
            if self.episode_list.item(row).data(EPISODE_ID_ROLE) == episode_id:
                self._filling = True
                try:
                    self.episode_list.setCurrentRow(row)
                finally:
                    self._filling = False
                self._show_episode(self.current_episode())
                return

    def current_episode(self) -> RuptureEpisode | None:
        item = self.episode_list.currentItem()
        if item is None:
            return None
        episode_id = item.data(EPISODE_ID_ROLE)
        return next((ep for ep in self._episodes if ep.id == episode_id), None)

    def episode_summary(self, ep: RuptureEpisode) -> str:
        """'W episode · turns 12–18 · 3 markers · stage 2/4 · partial'."""
        scheme = self._scheme
        assert scheme is not None
        turns = [self._markers[m].turn_index for m in ep.marker_ids if m in self._markers]
        turns += [s.turn_index for s in ep.stages] + [s.turn_index for s in ep.strategies]
        letter = family_letter(scheme, ep.family)
        parts = [f"{letter} episode", turn_range(turns), _plural(len(ep.marker_ids), "marker")]
        if scheme.stages:
            parts.append(f"stage {ep.max_stage}/{len(scheme.stages)}")
        outcome = _outcome(ep.outcome)
        parts.append(outcome.value if outcome else "not rated")
        return " · ".join(parts)

    # -- the scheme's stages and strategies ---------------------------------------------------------------
    def _rebuild_scheme_parts(self) -> None:
        scheme = self._scheme
        assert scheme is not None
        for row in self._stage_rows:
            self.path_layout.removeWidget(row)
            row.deleteLater()
        self._stage_rows = []
        for stage in scheme.stages:
            row = _StageRow(self, stage.number)
            self.path_layout.addWidget(row)
            self._stage_rows.append(row)
        self.strategy_box.clear()
        for strat in scheme.strategies:
            self.strategy_box.addItem(f"{strat.code} {strat.name}", strat.code)
            tip = strat.definition or strat.name
            if strat.group:
                tip += f" ({strat.group} strategy)"
            self.strategy_box.setItemData(self.strategy_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.strategy_box.view().setMinimumWidth(420)  # the drop-down shows full names even in a narrow pane
        self.strategy_note.setText(
            "" if scheme.strategies else f"The scheme “{scheme.name}” defines no resolution strategies."
        )
        self.strategy_note.setVisible(not scheme.strategies)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Top to bottom as shown: the stage rows are rebuilt per scheme, after the widgets below them."""
        chain: list[QWidget] = [self.episode_list, self.markers_button, self.delete_button, self.marker_list]
        for row in self._stage_rows:
            chain += [row.jump, row.set_button, row.clear_button]
        chain += [
            self.strategy_list,
            self.remove_strategy_button,
            self.strategy_box,
            self.add_strategy_button,
            self.outcome_box,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing the selected episode ---------------------------------------------------------------------
    def _show_episode(self, ep: RuptureEpisode | None) -> None:
        has = ep is not None
        self.detail.setEnabled(has)
        self.markers_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.marker_list.clear()
        self.strategy_list.clear()
        if ep is None or self._scheme is None:
            self.path_summary.setText("Select an episode to see its resolution path.")
            self.path_note.setVisible(False)
            for row in self._stage_rows:
                row.setVisible(False)
            self.outcome_box.setCurrentIndex(0)
            self._update_strategy_buttons(None)
            return
        scheme = self._scheme
        for marker_id in ep.marker_ids:
            marker = self._markers.get(marker_id)
            text = marker_text(marker, scheme) if marker else f"marker #{marker_id} (not loaded)"
            item = QListWidgetItem(text)
            item.setData(TURN_ROLE, marker.turn_index if marker else None)
            if marker is not None and marker.note:
                item.setToolTip(marker.note)
            self.marker_list.addItem(item)
        self._show_path(ep, scheme)
        for event in sorted(ep.strategies, key=lambda s: (s.turn_index, s.code)):
            try:
                name = scheme.strategy(event.code).name
            except SchemeError:
                name = "(not in this scheme)"
            item = QListWidgetItem(f"{event.code} {name} · turn {turn_label(event.turn_index)}")
            item.setData(TURN_ROLE, event.turn_index)
            item.setData(STRATEGY_ROLE, event.code)
            self.strategy_list.addItem(item)
        if self.strategy_list.count():
            self.strategy_list.setCurrentRow(0)
        self._update_strategy_buttons(ep)
        self.outcome_box.setCurrentIndex(max(0, self.outcome_box.findData(_value(ep.outcome))))

    def _show_path(self, ep: RuptureEpisode, scheme: CodingScheme) -> None:
        fam = family_name(scheme, ep.family)
        if not scheme.stages:
            self.path_summary.setText(f"The scheme “{scheme.name}” defines no resolution stages.")
            self.path_note.setVisible(False)
            return
        described = [s for s in scheme.stages if s.paths.get(ep.family)]
        self.path_note.setText(
            f"This scheme describes no {fam.lower()} path: the stages are shown by their generic names."
            if not described
            else ""
        )
        self.path_note.setVisible(not described)
        reached = {s.number: s.name for s in scheme.stages if self._stage_turns(ep, s.number)}
        if ep.max_stage:
            name = reached.get(ep.max_stage, "")
            self.path_summary.setText(
                f"{fam} path: reached stage <b>{ep.max_stage}</b> of {len(scheme.stages)}"
                + (f" — {name}" if name else "")
            )
        else:
            self.path_summary.setText(f"{fam} path: no stage reached yet.")
        turn = self._current_turn
        declared = family_def(scheme, ep.family)
        color = theme.family_color(str(ep.family), declared.color if declared else "")
        for row, stage in zip(self._stage_rows, scheme.stages, strict=True):
            row.setVisible(True)
            turns = self._stage_turns(ep, stage.number)
            path = stage.paths.get(ep.family, "")
            dot = f'<span style="color: {color.name()}">●</span>' if turns else "○"
            row.title.setText(f"{dot} <b>Stage {stage.number}</b> · {stage.name}")
            row.path.setText(path or f"Not on the {fam.lower()} path in this scheme.")
            row.path.setEnabled(bool(path))
            row.status.setText("Reached at" if turns else "Not yet reached")
            row.jump.setVisible(bool(turns))
            if turns:
                shown = ", ".join(turn_label(t) for t in turns)
                row.jump.setText(f"turn {shown}")
                row.jump.setAccessibleName(f"Stage {stage.number} reached at turn {shown}: go to the turn")
                row.jump.setToolTip(f"Go to turn {turn_label(turns[0])}")
            row.set_button.setText("Mark at turn " + turn_label(turn) if turn is not None else "Mark at turn…")
            row.set_button.setEnabled(turn is not None)
            row.set_button.setAccessibleName(f"Mark stage {stage.number} at the current turn")
            row.set_button.setToolTip(
                f"Record that stage {stage.number} was reached at the current turn"
                if turn is not None
                else "Select a turn in the transcript first"
            )
            row.clear_button.setEnabled(bool(turns))
            row.setAccessibleName(f"Stage {stage.number}, {stage.name}: " + ("reached" if turns else "not yet reached"))

    @staticmethod
    def _stage_turns(ep: RuptureEpisode, stage: int) -> list[int]:
        return sorted(s.turn_index for s in ep.stages if s.stage == stage)

    def _update_strategy_buttons(self, ep: RuptureEpisode | None) -> None:
        turn = self._current_turn
        has_strategies = self.strategy_box.count() > 0
        self.strategy_box.setEnabled(ep is not None and has_strategies)
        self.add_strategy_button.setText(f"&Add at turn {turn_label(turn)}" if turn is not None else "&Add")
        self.add_strategy_button.setAccessibleName("Add the strategy at the current turn")
        self.add_strategy_button.setEnabled(ep is not None and has_strategies and turn is not None)
        self.add_strategy_button.setToolTip(
            "Record that the therapist used this strategy at the current turn"
            if turn is not None
            else "Select a turn in the transcript first"
        )
        self.remove_strategy_button.setEnabled(self.strategy_list.count() > 0)

    # -- user intents -------------------------------------------------------------------------------------
    def _episode_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._filling:
            return
        self._show_episode(self.current_episode())
        if current is not None:
            self.episodeSelected.emit(int(current.data(EPISODE_ID_ROLE)))

    def _episode_activated(self, _item: QListWidgetItem) -> None:
        ep = self.current_episode()
        if ep is None:
            return
        turns = [self._markers[m].turn_index for m in ep.marker_ids if m in self._markers]
        turns = turns or [s.turn_index for s in ep.stages]
        if turns:
            self.jumpRequested.emit(min(turns))

    def _jump_to_item(self, item: QListWidgetItem) -> None:
        turn = item.data(TURN_ROLE)
        if turn is not None:
            self.jumpRequested.emit(int(turn))

    def _jump_to_stage(self, stage: int) -> None:
        ep = self.current_episode()
        turns = self._stage_turns(ep, stage) if ep else []
        if turns:
            self.jumpRequested.emit(turns[0])

    def _selected_id(self) -> int | None:
        ep = self.current_episode()
        return ep.id if ep is not None else None

    def _request_stage(self, stage: int) -> None:
        episode_id = self._selected_id()
        if episode_id is not None and self._current_turn is not None:
            self.stageRequested.emit(episode_id, stage)

    def _request_stage_clear(self, stage: int) -> None:
        episode_id = self._selected_id()
        if episode_id is not None:
            self.stageClearRequested.emit(episode_id, stage)

    def _request_strategy(self) -> None:
        episode_id = self._selected_id()
        code = self.strategy_box.currentData()
        if episode_id is not None and code and self._current_turn is not None:
            self.strategyRequested.emit(episode_id, str(code))

    def _request_strategy_remove(self) -> None:
        episode_id = self._selected_id()
        item = self.strategy_list.currentItem()
        if episode_id is not None and item is not None:
            self.strategyRemoveRequested.emit(episode_id, str(item.data(STRATEGY_ROLE)), int(item.data(TURN_ROLE)))

    def _request_outcome(self, index: int) -> None:
        ep = self.current_episode()
        if ep is None or ep.id is None:
            return
        value = self.outcome_box.itemData(index)
        if value != _value(ep.outcome):
            self.outcomeRequested.emit(ep.id, value)

    def _request_delete(self) -> None:
        episode_id = self._selected_id()
        if episode_id is not None:
            self.deleteRequested.emit(episode_id)

    def _request_markers_edit(self) -> None:
        episode_id = self._selected_id()
        if episode_id is not None:
            self.markersEditRequested.emit(episode_id)


def _value(outcome: Outcome | str | None) -> str | None:
    out = _outcome(outcome)
    return out.value if out else None
