"""A client's timeline in the app: the chart the CLI draws, with hover numbers, click-to-open and filters."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rupturetool.analytics.timeline_chart import save_figure, session_positions, timeline_figure
from rupturetool.core.errors import RuptureToolError
from rupturetool.services.exports import client_timeline
from rupturetool.services.project import Project

HOVER_COLUMNS = [
    ("n_withdrawal", "withdrawal markers"),
    ("n_confrontation", "confrontation markers"),
    ("rate_per_5min", "markers / 5 min"),
    ("episodes", "episodes"),
    ("episodes_resolved", "resolved"),
    ("max_stage", "highest stage"),
    ("client_scaling", "client scaling"),
    ("wai_sr_bond", "WAI-SR bond"),
]


class TimelineWindow(QWidget):
    openSession = Signal(int)

    def __init__(self, project: Project, client: str, parent=None) -> None:
        super().__init__(parent)
        self.project, self.client = project, client
        self.setWindowTitle(f"Timeline — {client}")
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.coder = QComboBox()
        self.coder.addItem("the session's coder", None)
        for coder in project.repo.coders():
            self.coder.addItem(coder.name, coder.name)
        self.subtype = QComboBox()
        self.subtype.addItem("all markers", None)
        for family in project.scheme.families:
            for sub in family.subtypes:
                self.subtype.addItem(f"{sub.code} {sub.name}", sub.code)
        self.rate = QCheckBox("per &5 minutes")
        export = QPushButton("&Export PNG/SVG…")
        export.clicked.connect(self.export)
        for label, widget in (("C&oder", self.coder), ("&Markers", self.subtype)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addWidget(self.rate)
        bar.addStretch(1)
        bar.addWidget(export)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.canvas: FigureCanvasQTAgg | None = None
        self.timeline = None
        for signal in (self.coder.currentIndexChanged, self.subtype.currentIndexChanged, self.rate.toggled):
            signal.connect(self.redraw)
        self.redraw()

    def redraw(self) -> None:
        try:
            self.timeline = client_timeline(self.project, self.client, self.coder.currentData())
            figure = timeline_figure(
                self.timeline, client=self.client, per_5min=self.rate.isChecked(), subtype=self.subtype.currentData()
            )
        except RuptureToolError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("Hover a session for its numbers; click it to open the session.")
        canvas = FigureCanvasQTAgg(figure)
        canvas.mpl_connect("motion_notify_event", self._hover)
        canvas.mpl_connect("button_press_event", self._click)
        if self.canvas is not None:
            self.layout().replaceWidget(self.canvas, canvas)
            self.canvas.deleteLater()
        else:
            self.layout().addWidget(canvas, stretch=1)
        self.canvas = canvas

    def session_at(self, xdata: float | None) -> int | None:
        """The row of the session whose bar is under an x position (dates or slots, as the chart places them)."""
        if xdata is None or self.timeline is None or self.timeline.empty:
            return None
        xs, width = session_positions(self.timeline)
        row = min(range(len(xs)), key=lambda i: abs(xs[i] - xdata))
        return row if abs(xs[row] - xdata) < width / 2 else None

    def describe(self, row: int) -> str:
        session = self.timeline.iloc[row]
        lines = [f"Session #{session['session_number']} — {session['session_date'] or 'no date'}"]
        for column, label in HOVER_COLUMNS:
            value = session.get(column)
            if value is not None and value == value:  # NaN is not equal to itself
                lines.append(f"{label}: {value:g}" if isinstance(value, float) else f"{label}: {value}")
        share = session.get("resolved_share")
        if share == share and share is not None:
            lines.append(f"resolved share: {share:.0%}")
        return "\n".join(lines)

    def _hover(self, event) -> None:
        row = self.session_at(event.xdata) if event.inaxes else None
        if row is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), self.describe(row), self.canvas)

    def _click(self, event) -> None:
        row = self.session_at(event.xdata) if event.inaxes else None
        if row is not None:
            self.openSession.emit(int(self.timeline.iloc[row]["session_id"]))

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, "Export timeline", f"{self.client}-timeline.png", "PNG image (*.png);;SVG drawing (*.svg)"
            )
        if path and self.canvas is not None:
            if Path(path).suffix.lower() not in (".png", ".svg"):
                path += ".png"
            save_figure(self.canvas.figure, path)
            self.message.setText(f"Saved {path}")
