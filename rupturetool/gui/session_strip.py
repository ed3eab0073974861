"""A within-session timeline strip: markers as ticks by family, rupture episodes as bands, a turn cursor.

The x axis is session time in minutes when the transcript is timed, otherwise the turn number. Every family of
the scheme gets a row (the first family at the bottom, so 3RS puts withdrawal below confrontation). Data
positions are computed in ``set_data``; pixel geometry is cached per widget size, so a paint only replays a few
precomputed line and rectangle lists however long the session is.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rupturetool.core.domain import Marker, RuptureEpisode, Turn
from rupturetool.core.errors import SchemeError
from rupturetool.core.scheme import CodingScheme, FamilyDef
from rupturetool.core.timeslices import SLICE_MINUTES, has_times, turn_minutes
from rupturetool.gui import theme

STRIP_HEIGHT = 48
AXIS_HEIGHT = 12  # room for the axis numbers under the rows
BAND_SHARE = 0.4  # of each family row, for the episode lane above the marker ticks
TICK_HIT = 3  # pixels either side of a tick that still count as "on" it for a tooltip
MINUTE_STEPS = (5, 10, 15, 30, 60, 120, 240, 480)
NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)


def stage_label(scheme: CodingScheme, stage: int, family: str) -> str:
    """A short name for a stage on a family's path: "fears", "self-assertion", else the generic stage name."""
    stage_def = next((s for s in scheme.stages if s.number == stage), None)
    if stage_def is None:
        return ""
    path = stage_def.paths.get(family, "")
    head = path.split("(")[0].split(":")[0].strip().rstrip(".").strip()
    return head.lower() if head and len(head.split()) <= 3 else stage_def.name.lower()


def episode_text(episode: RuptureEpisode, scheme: CodingScheme) -> str:
    """One line for an episode, e.g. "W episode: stage 3 of 4 (fears), partial"."""
    family = next((f for f in scheme.families if f.code == str(episode.family)), None)
    letter = family.hotkey if family else str(episode.family)
    stage = episode.max_stage
    if stage == 0:
        reached = "no stage reached"
    else:
        label = stage_label(scheme, stage, str(episode.family))
        of = f" of {len(scheme.stages)}" if scheme.stages else ""
        reached = f"stage {stage}{of}" + (f" ({label})" if label else "")
    outcome = str(episode.outcome) if episode.outcome else "no outcome yet"
    return f"{letter} episode: {reached}, {outcome}"


@dataclass(frozen=True)
class _Tick:
    x: float  # data units: minutes or turn number
    row: int
    marker: Marker


@dataclass(frozen=True)
class _Band:
    x0: float
    x1: float
    row: int
    episode: RuptureEpisode
    text: str


@dataclass
class _Geometry:
    """Pixel positions for one widget size (rebuilt on resize or new data, never during a plain repaint)."""

    size: QSize
    plot: QRectF
    rows: list[QRectF]
    grid: list[QLineF]
    labels: list[tuple[QPointF, str]]
    band_rects: list[tuple[QRectF, int]]  # rect and index into _bands
    tick_lines: dict[int, list[QLineF]]  # row -> its ticks
    tick_px: list[list[float]]  # per row: tick x in pixels, sorted (for hit tests)
    tick_of_px: list[list[int]]  # per row: index into _ticks, same order


class SessionStrip(QWidget):
    """Markers and episodes of one session along its time; click or Left/Right to move to a turn."""

    turnClicked = Signal(int)  # the turn's index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        self.setAccessibleName("Session timeline")
        self._small = QFont(self.font())
        self._small.setPixelSize(9)
        self._scheme: CodingScheme | None = None
        self._families: list[FamilyDef] = []
        self._turns: list[Turn] = []
        self._xs: list[float] = []  # per turn position: its x in data units
        self._order: list[int] = []  # turn positions sorted by x, and their xs (for nearest-turn lookups)
        self._sorted_xs: list[float] = []
        self._position: dict[int, int] = {}  # turn index -> position in _turns
        self._timed = False
        self._x_max = 1.0
        self._ticks: list[_Tick] = []
        self._bands: list[_Band] = []
        self._current: int | None = None  # position of the cursor turn
        self._geometry: _Geometry | None = None
        self.setAccessibleDescription("No session loaded")

    # -- data ---------------------------------------------------------------------------------------------------

    def set_data(
        self,
        turns: Sequence[Turn],
        markers: Sequence[Marker],
        episodes: Sequence[RuptureEpisode],
        scheme: CodingScheme,
    ) -> None:
        keep = self.current_turn()  # the same turn keeps the cursor when data is refreshed after an edit
        self._scheme = scheme
        self._families = list(scheme.families)
        if turns is not getattr(self, "_turns_source", None):  # after a coding edit the turns are unchanged
            self._set_turns(turns)
        row_of = {f.code: i for i, f in enumerate(self._families)}

        self._ticks = []
        marker_turn: dict[int, int] = {}
        for marker in markers:
            if marker.id is not None:
                marker_turn[marker.id] = marker.turn_index
            pos = self._position.get(marker.turn_index)
            if pos is not None and marker.family in row_of:
                self._ticks.append(_Tick(self._xs[pos], row_of[marker.family], marker))

        self._bands = []
        for episode in episodes:
            involved = [marker_turn[m] for m in episode.marker_ids if m in marker_turn]
            involved += [s.turn_index for s in episode.stages] + [s.turn_index for s in episode.strategies]
            xs = [self._xs[self._position[t]] for t in involved if t in self._position]
            row = row_of.get(str(episode.family))
            if xs and row is not None:
                self._bands.append(_Band(min(xs), max(xs), row, episode, episode_text(episode, scheme)))

        self._current = self._position.get(keep) if keep is not None else None
        self._geometry = None
        self._describe()
        self.update()

    def _set_turns(self, turns: Sequence[Turn]) -> None:
        self._turns_source = turns
        self._turns = list(turns)
        self._position = {t.index: i for i, t in enumerate(self._turns)}
        self._timed = has_times(self._turns)
        if self._timed:
            self._xs = turn_minutes(self._turns)[0]
        else:
            self._xs = [float(t.index) for t in self._turns]
        self._order = sorted(range(len(self._xs)), key=self._xs.__getitem__)
        self._sorted_xs = [self._xs[i] for i in self._order]
        self._x_max = max(self._sorted_xs[-1] if self._sorted_xs else 0.0, 1.0)
        if self._timed:  # whole 5-minute segments, so the last gridline closes the session
            self._x_max = math.ceil(self._x_max / SLICE_MINUTES) * SLICE_MINUTES

    def set_current_turn(self, turn_index: int | None) -> None:
        """Draw the cursor at a turn (None hides it); does not emit ``turnClicked``."""
        position = self._position.get(turn_index) if turn_index is not None else None
        if position != self._current:
            self._current = position
            self._describe()
            self.update()

    def current_turn(self) -> int | None:
        return self._turns[self._current].index if self._current is not None else None

    def is_timed(self) -> bool:
        return self._timed

    def axis_unit(self) -> str:
        return "min" if self._timed else "turn"

    def _describe(self) -> None:
        if not self._turns:
            self.setAccessibleDescription("No session loaded")
            return
        counts = {f.code: 0 for f in self._families}
        for tick in self._ticks:
            counts[self._families[tick.row].code] += 1
        families = ", ".join(f"{n} {code}" for code, n in counts.items())
        span = f"{self._x_max:g} minutes" if self._timed else f"{len(self._turns)} turns, no timestamps"
        text = f"{len(self._ticks)} markers ({families}), {len(self._bands)} rupture episodes over {span}."
        if self._current is not None:
            text += f" Cursor at turn {self._turns[self._current].index}."
        self.setAccessibleDescription(text)

    # -- geometry -----------------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, STRIP_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, STRIP_HEIGHT)

    def _gutter(self) -> int:
        metrics = QFontMetrics(self._small)
        words = [f.hotkey for f in self._families] + ["turn", "min"]
        return max(metrics.horizontalAdvance(w) for w in words) + 8

    def x_to_px(self, x: float) -> float:
        plot = self._layout().plot
        return plot.left() + x / self._x_max * plot.width()

    def px_to_x(self, px: float) -> float:
        plot = self._layout().plot
        return (px - plot.left()) / max(plot.width(), 1.0) * self._x_max

    def row_rect(self, family: str) -> QRectF:
        """Where a family's row is drawn (for tests and for the lead's tooltips)."""
        rows = self._layout().rows
        return next(rows[i] for i, f in enumerate(self._families) if f.code == family)

    def turn_px(self, turn_index: int) -> float:
        return self.x_to_px(self._xs[self._position[turn_index]])

    def _layout(self) -> _Geometry:
        if self._geometry is not None and self._geometry.size == self.size():
            return self._geometry
        gutter = self._gutter()
        plot = QRectF(gutter, 2, max(self.width() - gutter - 6, 1), max(self.height() - AXIS_HEIGHT - 3, 1))
        n = max(len(self._families), 1)
        row_h = plot.height() / n
        # the first family at the bottom: 3RS withdrawal (moving away) below confrontation (moving against)
        rows = [QRectF(plot.left(), plot.bottom() - (i + 1) * row_h, plot.width(), row_h) for i in range(n)]
        self._geometry = geometry = _Geometry(self.size(), plot, rows, [], [], [], {}, [[] for _ in rows], [])

        def px(x: float) -> float:
            return plot.left() + x / self._x_max * plot.width()

        def band_height(row: QRectF) -> float:  # the top of a row: its episodes; the rest: its ticks
            return max(3.0, round(row.height() * BAND_SHARE) - 1)

        step = self._axis_step(plot.width())
        for k in range(int(self._x_max / step + 1e-9) + 1):
            x = px(k * step)
            geometry.labels.append((QPointF(x, plot.bottom() + AXIS_HEIGHT), f"{k * step:g}"))
            geometry.grid.append(QLineF(x, plot.bottom(), x, plot.bottom() + 3))
        if self._timed:  # the 3RS segments, unless they would be a grey wash (then every labelled step)
            every = SLICE_MINUTES if plot.width() * SLICE_MINUTES / self._x_max >= 4 else step
            for k in range(int(self._x_max / every + 1e-9) + 1):
                x = px(k * every)
                geometry.grid.append(QLineF(x, plot.top(), x, plot.bottom()))

        for i, band in enumerate(self._bands):
            row = rows[band.row]
            x0, x1 = px(band.x0), px(band.x1)
            if x1 - x0 < 4:  # a one-turn episode still shows as a band
                x0, x1 = (x0 + x1) / 2 - 2, (x0 + x1) / 2 + 2
            geometry.band_rects.append((QRectF(x0, row.top() + 1, x1 - x0, band_height(row)), i))

        scheme = self._scheme
        low, high = (scheme.significance_min, scheme.significance_max) if scheme else (1, 5)
        hits: list[list[tuple[float, int]]] = [[] for _ in rows]
        for i, tick in enumerate(self._ticks):
            row, x = rows[tick.row], round(px(tick.x)) + 0.5
            share = (min(max(tick.marker.significance, low), high) - low) / max(high - low, 1)
            height = (row.height() - band_height(row) - 3) * (0.5 + 0.5 * share)  # taller = more significant
            geometry.tick_lines.setdefault(tick.row, []).append(QLineF(x, row.bottom() - 1, x, row.bottom() - height))
            hits[tick.row].append((x, i))
        for row, pairs in enumerate(hits):
            pairs.sort()
            geometry.tick_px[row] = [p for p, _ in pairs]
            geometry.tick_of_px.append([i for _, i in pairs])
        return geometry

    def _axis_step(self, width: float) -> float:
        """Labelled positions at least ~44 px apart: round minutes when timed, round turn numbers if not."""
        steps = MINUTE_STEPS if self._timed else NICE_STEPS
        for step in steps:
            if width * step / self._x_max >= 44:
                return float(step)
        return float(steps[-1])

    # -- painting -----------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), base)
        if not self._turns or self._scheme is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No session")
            painter.end()
            return
        geometry = self._layout()
        dark = theme.is_dark()  # Okabe–Ito blue is dim on a dark base: lift the colours a little there
        colors = [theme.family_color(f.code, f.color) for f in self._families]
        colors = [c.lighter(125) if dark else c for c in colors]
        grid = QColor(text)
        grid.setAlpha(45)
        painter.setPen(QPen(grid, 1))
        painter.drawLines(geometry.grid)

        stages = max(len(self._scheme.stages), 1)
        for rect, i in geometry.band_rects:
            band = self._bands[i]
            color = colors[band.row]
            stage = min(band.episode.max_stage, stages)
            painter.setPen(QPen(color, 1))
            # darker = further through the resolution stages; stage 0 is an outline only
            painter.setBrush(theme.tint(color, 60 + 195 * stage // stages) if stage else Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        for row, lines in geometry.tick_lines.items():
            painter.setPen(QPen(colors[row], 2))
            painter.drawLines(lines)

        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        for rect, family, color in zip(geometry.rows, self._families, colors, strict=False):
            painter.setPen(color)
            painter.drawText(
                QRectF(0, rect.top(), geometry.plot.left() - 4, rect.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                family.hotkey,
            )
        painter.setPen(text)
        baseline = geometry.plot.bottom() + AXIS_HEIGHT
        painter.drawText(
            QPointF(geometry.plot.left() - 4 - metrics.horizontalAdvance(self.axis_unit()), baseline), self.axis_unit()
        )
        right = self.width() - 1
        for point, label in geometry.labels:
            width = metrics.horizontalAdvance(label)
            x = min(max(point.x() - width / 2, geometry.plot.left()), right - width)
            painter.drawText(QPointF(x, point.y()), label)

        if self._current is not None:
            x = round(self.x_to_px(self._xs[self._current])) + 0.5
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 2))
            painter.drawLine(QLineF(x, geometry.plot.top(), x, geometry.plot.bottom()))
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        painter.end()

    def resizeEvent(self, event) -> None:
        self._geometry = None
        super().resizeEvent(event)

    # -- interaction --------------------------------------------------------------------------------------------

    def turn_at(self, px: float) -> int | None:
        """The index of the turn nearest to a pixel x (the first of several at the same time)."""
        if not self._turns:
            return None
        x = self.px_to_x(px)
        i = bisect.bisect_left(self._sorted_xs, x)
        candidates = [j for j in (i - 1, i) if 0 <= j < len(self._sorted_xs)]
        best = min(candidates, key=lambda j: abs(self._sorted_xs[j] - x))
        best = bisect.bisect_left(self._sorted_xs, self._sorted_xs[best])  # first turn at that x
        return self._turns[self._order[best]].index

    def _go(self, position: int) -> None:
        position = min(max(position, 0), len(self._turns) - 1)
        self._current = position
        self._describe()
        self.update()
        self.turnClicked.emit(self._turns[position].index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._turns:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._go(self._position[self.turn_at(event.position().x())])
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
        if self._turns and event.key() in moves:
            start = self._current if self._current is not None else (-1 if moves[event.key()] > 0 else 0)
            self._go(start + moves[event.key()])
        elif self._turns and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._go(0 if event.key() == Qt.Key.Key_Home else len(self._turns) - 1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def tooltip_at(self, px: float, py: float) -> str:
        """What the tooltip says at a point: the ticks under it, else the episodes, else the nearest turn."""
        if not self._turns:
            return ""
        geometry = self._layout()
        row = next((i for i, r in enumerate(geometry.rows) if r.top() <= py <= r.bottom()), None)
        if row is not None:
            xs = geometry.tick_px[row]
            lo, hi = bisect.bisect_left(xs, px - TICK_HIT), bisect.bisect_right(xs, px + TICK_HIT)
            ticks = [self._ticks[geometry.tick_of_px[row][j]] for j in range(lo, hi)]
            if ticks:
                lines = [self._tick_text(t.marker) for t in ticks[:6]]
                if len(ticks) > 6:
                    lines.append(f"… and {len(ticks) - 6} more")
                return "\n".join(lines)
            bands = [
                self._bands[i]
                for rect, i in geometry.band_rects
                if rect.left() - 1 <= px <= rect.right() + 1 and self._bands[i].row == row
            ]
            if bands:
                return "\n".join(self._band_text(b) for b in bands)
        turn = self._turns[self._position[self.turn_at(px)]]
        return f"Turn {turn.index} ({turn.speaker_role}){self._when(turn.index)} — click to go there"

    def _when(self, turn_index: int) -> str:
        return f", {self._xs[self._position[turn_index]]:.1f} min" if self._timed else ""

    def _tick_text(self, marker: Marker) -> str:
        name = ""
        if self._scheme is not None:
            try:
                name = " " + self._scheme.subtype(marker.subtype).name
            except SchemeError:  # a subtype from another scheme version: show the code alone
                name = ""
        return (
            f"{marker.subtype}{name} — turn {marker.turn_index}{self._when(marker.turn_index)}, significance "
            f"{marker.significance}"
        )

    def _band_text(self, band: _Band) -> str:
        where = f"{band.x0:.1f}–{band.x1:.1f} min" if self._timed else f"turns {band.x0:g}–{band.x1:g}"
        strategies = " ".join(s.code for s in band.episode.strategies)
        return band.text + f"\n  {where}" + (f", strategies {strategies}" if strategies else "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
