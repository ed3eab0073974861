"""Two coders' layers of one session side by side, segment by segment, with agreement and disagreement highlighted,
and adjudication into the consensus layer: take A, take B, or edit the segment in the consensus layer.

Every adjudication is one Project call on the shared undo history, so Edit → Undo in the main window undoes it.
Keys: A / B take a side, E edits in the consensus layer, N / P (or Ctrl+↓/↑) next / previous disagreement,
Enter shows the segment in the transcript, D toggles "disagreements only", Esc closes.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.comparison import SegmentComparison, Verdict
from rupturetool.core.domain import RuptureEpisode, SessionDetail
from rupturetool.core.errors import RuptureToolError
from rupturetool.core.review import CONSENSUS
from rupturetool.gui import theme
from rupturetool.services.project import Project

COLUMNS = ("Turn", "Speaker", "Text", "A", "B", "Consensus", "Verdict")
TURN, SPEAKER, TEXT, A, B, CONS, VERDICT = range(len(COLUMNS))
VERDICT_COLORS = {  # Okabe–Ito: agreement bluish green, partial orange, disagreement vermillion
    Verdict.AGREE: "#009E73",
    Verdict.SUBTYPE: "#E69F00",
    Verdict.DISAGREE: "#D55E00",
    Verdict.ONLY_A: "#CC79A7",
    Verdict.ONLY_B: "#CC79A7",
}
_Index = QModelIndex | QPersistentModelIndex


def codes_text(markers) -> str:
    return " ".join(f"{m.subtype}·{m.significance}" for m in sorted(markers, key=lambda m: (m.subtype, m.start_char)))


class ComparisonModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SegmentComparison] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._labels: dict[int, str] = {}

    def load(self, detail: SessionDetail, rows: list[SegmentComparison]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._texts = {
            (t.index, s.index): " ".join(t.segment_text(s).split()) for t in detail.turns for s in t.segments
        }
        self._labels = {t.index: t.speaker_label for t in detail.turns}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TURN:
                return f"{row.turn_index + 1}.{row.segment_index + 1}"
            if column == SPEAKER:
                return self._labels.get(row.turn_index, "")
            if column == TEXT:
                return self._texts.get((row.turn_index, row.segment_index), "")
            if column == A:
                return codes_text(row.a)
            if column == B:
                return codes_text(row.b)
            if column == CONS:
                side = {"A": " (= A)", "B": " (= B)", "both": ""}.get(row.settled or "", "")
                return codes_text(row.consensus) + side
            if column == VERDICT:
                note = row.significance_note
                return "" if row.verdict is Verdict.UNCODED else str(row.verdict) + (f" · {note}" if note else "")
        elif role == Qt.ItemDataRole.BackgroundRole and column in (A, B, VERDICT):
            color = VERDICT_COLORS.get(row.verdict)
            if color is not None:
                return theme.tint(QColor(color), 70 if row.verdict.is_disagreement and not row.settled else 35)
        elif role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return self._texts.get((row.turn_index, row.segment_index), "")
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == VERDICT:
            return f"turn {row.turn_index + 1}: A {codes_text(row.a) or 'nothing'}, B {codes_text(row.b) or 'nothing'}"
        return None


def summary_text(rows: list[SegmentComparison], families: list[str]) -> str:
    """Counts of verdicts, adjudication progress and per-family Cohen's kappa over every segment of the session."""
    from rupturetool.analytics.agreement_stats import cohen_kappa  # numpy: only when a comparison is opened

    counts = {v: sum(r.verdict is v for r in rows) for v in Verdict}
    coded = len(rows) - counts[Verdict.UNCODED]
    disagreements = [r for r in rows if r.verdict.is_disagreement]
    settled = sum(r.settled is not None for r in disagreements)
    parts = [f"{coded} of {len(rows)} segments coded by either"]
    if coded:
        parts.append(f"agree {counts[Verdict.AGREE]} ({100 * counts[Verdict.AGREE] / coded:.0f}%)")
    parts += [f"{v} {counts[v]}" for v in (Verdict.SUBTYPE, Verdict.DISAGREE, Verdict.ONLY_A, Verdict.ONLY_B)]
    kappas = []
    for family in families:
        a = [any(m.family == family for m in r.a) for r in rows]
        b = [any(m.family == family for m in r.b) for r in rows]
        stat = cohen_kappa(a, b)
        kappas.append(f"{family} {stat.value:.2f}" if stat.value is not None else f"{family} — ({stat.note})")
    text = " · ".join(parts)
    text += f"<br>Cohen's κ per segment: {', '.join(kappas)}" if kappas else ""
    text += f"<br>Adjudicated: {settled} of {len(disagreements)} disagreements have consensus codes"
    return text


class ComparisonTable(QTableView):
    """The table keeps plain letters for adjudication (a table would otherwise use them for keyboard search)."""

    letter = Signal(str)
    LETTERS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_A: "A",
        Qt.Key.Key_B: "B",
        Qt.Key.Key_E: "E",
        Qt.Key.Key_N: "N",
        Qt.Key.Key_P: "P",
        Qt.Key.Key_D: "D",
    }

    def keyPressEvent(self, event) -> None:
        letter = self.LETTERS.get(Qt.Key(event.key()))
        if letter is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.letter.emit(letter)
            return
        super().keyPressEvent(event)


class ComparisonWindow(QWidget):
    goToTurn = Signal(int, int, int)  # session, turn, segment
    editInConsensus = Signal(int, int, int)
    changed = Signal(object)  # the Change of an adjudication

    def __init__(self, project: Project, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.project = project
        self.session_id = session_id
        self.detail = project.session(session_id)
        s = self.detail.session
        self.setWindowTitle(f"Compare coders — {s.client_code} session {s.number or '?'} ({s.date or 'no date'})")
        self.resize(1180, 720)

        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        layers = self._layers()
        for combo, default in ((self.coder_a, 0), (self.coder_b, 1)):
            combo.addItems(layers)
            combo.setCurrentIndex(min(default, len(layers) - 1))
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        label_a, label_b = QLabel("Coder &A:"), QLabel("Coder &B:")
        label_a.setBuddy(self.coder_a)
        label_b.setBuddy(self.coder_b)
        self.only_disagreements = QCheckBox("Only &disagreements")
        self.only_disagreements.toggled.connect(lambda _on: self._filter())
        bar = QHBoxLayout()
        for widget in (label_a, self.coder_a, label_b, self.coder_b, self.only_disagreements):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ComparisonModel()
        self.table = ComparisonTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Segments with both coders' codes")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.go())

        self.take_a = QPushButton("Take A (A)")
        self.take_a.clicked.connect(lambda: self.take(self.coder_a.currentText()))
        self.take_b = QPushButton("Take B (B)")
        self.take_b.clicked.connect(lambda: self.take(self.coder_b.currentText()))
        self.edit = QPushButton("Edit in consensus (E)")
        self.edit.clicked.connect(self.edit_in_consensus)
        self.next_button = QPushButton("Next disagreement (N)")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.previous_button = QPushButton("Previous (P)")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        buttons = QHBoxLayout()
        for button in (self.take_a, self.take_b, self.edit, self.previous_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.episodes = QTreeWidget()
        self.episodes.setHeaderLabels(["Coder", "Family", "Turns", "Highest stage", "Outcome", "Markers"])
        self.episodes.setRootIsDecorated(False)
        self.episodes.setAccessibleName("Both coders' episodes")
        self.episodes.setMaximumHeight(150)
        self.adopt = QPushButton("Adopt the chosen episode into the consensus layer")
        self.adopt.clicked.connect(self.adopt_episode)

        self.status = QLabel()
        self.status.setAccessibleName("What the last action did")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(QLabel("Episodes"))
        layout.addWidget(self.episodes)
        layout.addWidget(self.adopt)
        letters = {
            "A": lambda: self.take(self.coder_a.currentText()),
            "B": lambda: self.take(self.coder_b.currentText()),
            "E": self.edit_in_consensus,
            "N": lambda: self.step(1),
            "P": lambda: self.step(-1),
            "D": self.only_disagreements.toggle,
        }
        self.table.letter.connect(lambda key: letters[key]())
        for keys, slot in (
            ("Ctrl+Down", lambda: self.step(1)),
            ("Ctrl+Up", lambda: self.step(-1)),
            ("Esc", self.close),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.refresh()
        self.table.setFocus()

    # -- data ---------------------------------------------------------------------------------------------
    def _layers(self) -> list[str]:
        coders = {m.coder for m in self.project.markers(self.session_id)}
        coders |= {e.coder for e in self.project.episodes(self.session_id)}
        coders.discard(CONSENSUS)
        return sorted(coders) or [self.project.coder]

    def refresh(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        row = self.current_row()
        try:
            rows = self.project.compare(self.session_id, a, b)
        except RuptureToolError as exc:
            self.summary.setText(str(exc))
            self.model.load(self.detail, [])
            return
        self.model.load(self.detail, rows)
        families = [f.code for f in self.project.scheme.families]
        same = " (the same coder on both sides)" if a == b else ""
        self.summary.setText(f"<b>A = {a}, B = {b}</b>{same}<br>" + summary_text(rows, families))
        self._fill_episodes(a, b)
        self._filter()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        if row is not None:
            self.select(row)

    def _fill_episodes(self, a: str, b: str) -> None:
        self.episodes.clear()
        consensus = self.project.episodes(self.session_id, CONSENSUS)
        for coder in dict.fromkeys((a, b)):
            for episode in self.project.episodes(self.session_id, coder):
                self.episodes.addTopLevelItem(self._episode_item(episode))
        for episode in consensus:
            self.episodes.addTopLevelItem(self._episode_item(episode))

    def _episode_item(self, e: RuptureEpisode) -> QTreeWidgetItem:
        markers = {m.id: m for m in self.project.markers(self.session_id, e.coder)}
        turns = sorted({markers[i].turn_index + 1 for i in e.marker_ids if i in markers})
        span = f"{turns[0]}–{turns[-1]}" if len(turns) > 1 else (str(turns[0]) if turns else "")
        codes = " ".join(markers[i].subtype for i in e.marker_ids if i in markers)
        stage = str(e.max_stage) if e.max_stage else "—"
        item = QTreeWidgetItem([e.coder, e.family, span, stage, str(e.outcome or "not rated"), codes])
        item.setData(0, Qt.ItemDataRole.UserRole, e.id)
        return item

    def _filter(self) -> None:
        only = self.only_disagreements.isChecked()
        for i, row in enumerate(self.model.rows):
            self.table.setRowHidden(i, only and not row.verdict.is_disagreement)

    # -- where the keyboard is ----------------------------------------------------------------------------
    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def current(self) -> SegmentComparison | None:
        row = self.current_row()
        return self.model.rows[row] if row is not None and row < len(self.model.rows) else None

    def select(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.table.setCurrentIndex(self.model.index(row, VERDICT))
            self.table.scrollTo(self.model.index(row, 0))

    def step(self, step: int) -> None:
        start = self.current_row()
        start = -1 if start is None and step > 0 else (len(self.model.rows) if start is None else start)
        i = start + step
        while 0 <= i < len(self.model.rows):
            if self.model.rows[i].verdict.is_disagreement:
                self.select(i)
                return
            i += step
        self._say("No further disagreement" if step > 0 else "No earlier disagreement")

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- adjudication -------------------------------------------------------------------------------------
    def take(self, coder: str) -> None:
        row = self.current()
        if row is None:
            return
        try:
            change = self.project.adjudicate_segment(self.session_id, row.turn_index, row.segment_index, coder)
        except RuptureToolError as exc:
            self._say(str(exc))
            return
        self.changed.emit(change)
        self.refresh()
        self._say(change.description)

    def edit_in_consensus(self) -> None:
        row = self.current()
        if row is not None:
            self.editInConsensus.emit(self.session_id, row.turn_index, row.segment_index)

    def go(self) -> None:
        row = self.current()
        if row is not None:
            self.goToTurn.emit(self.session_id, row.turn_index, row.segment_index)

    def adopt_episode(self) -> None:
        item = self.episodes.currentItem()
        if item is None:
            self._say("Choose an episode in the list first")
            return
        try:
            change = self.project.adopt_episode(int(item.data(0, Qt.ItemDataRole.UserRole)))
        except RuptureToolError as exc:
            self._say(str(exc))
            return
        self.changed.emit(change)
        self.refresh()
        self._say(change.description)
