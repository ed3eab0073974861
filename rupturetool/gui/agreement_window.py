"""Inter-rater agreement in the app: choose coders and scope, compute off the GUI thread, read the table, the
confusion matrix of a row, export the tidy CSV. The numbers are ``services.agreement.compute_agreement``'s, the
same as ``rupturetool agreement`` prints; see docs/agreement.md for what each one means.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rupturetool.core.errors import InputError, RuptureToolError
from rupturetool.gui.worker import run_task
from rupturetool.services.agreement import AgreementRequest, compute_agreement, write_agreement_csv
from rupturetool.services.project import Project

DASH = "—"
SPEAKERS = [
    ("therapist and client turns", None),
    ("client turns only", "client"),
    ("therapist turns only", "therapist"),
]
SCOPES = [("every client", "all"), ("one client", "client"), ("these sessions", "sessions")]
ICC_LABELS = {  # (short label for the table, what the subjects and values are)
    "marker_counts": ("counts / 5 min", "number of markers per 5-minute segment"),
    "marker_significance": ("significance / 5 min", "highest marker significance per 5-minute segment"),
    "slice_ratings": ("3RS rating / 5 min", "the coders' own 3RS significance ratings per 5-minute segment"),
    "session_ratings": ("session", "session-level rating"),
}


def fmt(value: float | None, *, percent: bool = False) -> str:
    """2–3 decimals (percentages 1); an undefined value as a dash (its reason goes in the notes)."""
    if value is None:
        return DASH
    return f"{value:.1f}%" if percent else f"{value:.3f}"


def result_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The table's rows in display order: each family then its subtypes, unknown codes, then the ICC blocks."""
    coders = report["coders"]
    rows: list[dict[str, Any]] = []

    def segment_row(label: str, level: str, code: str, block: dict[str, Any]) -> dict[str, Any]:
        kappa = block["kappa"] if len(coders) == 2 else block.get("fleiss_kappa")
        return {
            "label": label,
            "level": level,
            "code": code,
            "block": block,
            "units": block["n_units"],
            "marked": [block["marked"][c] for c in coders],
            "agreement": block["percent_agreement"],
            "kappa": kappa,
            "alpha": block["alpha"],
            "icc": None,
            "note": block.get("note", ""),
        }

    for fam, block in report["families"].items():
        rows.append(segment_row(fam, "family", fam, block))
        for code, sub in report["subtypes"].items():
            if sub.get("family") == fam:
                rows.append(segment_row(f"    {code}", "subtype", code, sub))
    for code, sub in report["subtypes"].items():
        if sub.get("family") is None:
            rows.append(segment_row(f"{code} (no installed scheme)", "subtype", code, sub))
    for measure, blocks in report["icc"].items():
        for code, block in blocks.items():
            short, long = ICC_LABELS.get(measure, (measure, measure))
            rows.append(
                {
                    "label": f"ICC {short}: {code}",
                    "about": f"ICC(2,1) on the {long}: {code}",
                    "level": "icc",
                    "code": code,
                    "measure": measure,
                    "block": block,
                    "units": block["n_subjects"],
                    "marked": [None] * len(coders),
                    "agreement": None,
                    "kappa": None,
                    "alpha": None,
                    "icc": block["icc"],
                    "note": block.get("note", ""),
                }
            )
    return rows


class AgreementWindow(QWidget):
    """A non-modal window: coders and scope on top, the statistics below, the selected row's detail at the side."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.project = project
        self.report: dict[str, Any] | None = None
        self.rows: list[dict[str, Any]] = []
        self.task = None
        self.setWindowTitle("Inter-rater agreement")
        self.resize(1150, 720)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        self.message = QLabel("Choose two or more coders, then Compute (Ctrl+Enter).")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 0)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAccessibleName("Agreement statistics")
        self.table.itemSelectionChanged.connect(self._show_detail)
        splitter.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Confusion matrix of the selected row")
        self.detail.setPlaceholderText("Select a row to see its confusion matrix.")
        splitter.addWidget(self.detail)
        splitter.setSizes([900, 250])
        layout.addWidget(splitter, stretch=1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.compute)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self._scope_changed()

    # -- the form ---------------------------------------------------------------------------------------------------
    def _build_form(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.coders = QListWidget()
        self.coders.setAccessibleName("Coders to compare")
        for coder in self.project.coders():
            item = QListWidgetItem(f"{coder.name} ({coder.role})")
            item.setData(Qt.ItemDataRole.UserRole, coder.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.coders.addItem(item)
        self.coders.setMaximumHeight(120)
        coders_box = QVBoxLayout()
        caption = QLabel("C&oders (Space checks):")
        caption.setBuddy(self.coders)
        coders_box.addWidget(caption)
        coders_box.addWidget(self.coders)
        row.addLayout(coders_box, stretch=2)

        form = QFormLayout()
        self.scope = QComboBox()
        for label, key in SCOPES:
            self.scope.addItem(label, key)
        self.client = QComboBox()
        for client in self.project.clients():
            self.client.addItem(client.code, client.code)
        self.sessions = QLineEdit()
        self.sessions.setPlaceholderText("session ids, e.g. 3, 4, 7")
        scope_row = QHBoxLayout()
        for widget in (self.scope, self.client, self.sessions):
            scope_row.addWidget(widget)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.speaker = QComboBox()
        for label, key in SPEAKERS:
            self.speaker.addItem(label, key)
        self.uncoded = QCheckBox("Count a session a coder left &uncoded as no markers")
        self.uncoded.setToolTip(
            "Only when every coder read every selected session: a session one coder has no codes in then counts "
            "with no markers for them (see docs/agreement.md)."
        )
        for text, widget, layout in (("&Scope", self.scope, scope_row), ("Spea&ker", self.speaker, None)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, layout if layout is not None else widget)
        form.addRow("", self.uncoded)
        form.addRow(
            "",
            QLabel("<i>Only sessions every chosen coder coded count; the others are listed below the table.</i>"),
        )
        row.addLayout(form, stretch=3)

        buttons = QVBoxLayout()
        self.compute_button = QPushButton("&Compute")
        self.compute_button.setToolTip("Compute the statistics (Ctrl+Enter)")
        self.compute_button.clicked.connect(self.compute)
        self.export_button = QPushButton("&Export CSV…")
        self.export_button.clicked.connect(self.export_csv)
        self.copy_button = QPushButton("Co&py table")
        self.copy_button.clicked.connect(self.copy_table)
        for button in (self.compute_button, self.export_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.export_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        return row

    def _scope_changed(self) -> None:
        key = self.scope.currentData()
        self.client.setVisible(key == "client")
        self.sessions.setVisible(key == "sessions")

    def checked_coders(self) -> tuple[str, ...]:
        items = (self.coders.item(i) for i in range(self.coders.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_checked(self, names: set[str]) -> None:
        for i in range(self.coders.count()):
            item = self.coders.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def request(self) -> AgreementRequest:
        """The request the form describes; a one-line InputError for what cannot be asked."""
        scope = self.scope.currentData()
        client = self.client.currentData() if scope == "client" else None
        if scope == "client" and client is None:
            raise InputError("there is no client to choose")
        session_ids = None
        if scope == "sessions":
            parts = [p for p in self.sessions.text().replace(";", ",").replace(" ", ",").split(",") if p]
            if not parts or not all(p.isdigit() for p in parts):
                raise InputError("give session ids as numbers separated by commas, e.g. 3, 4, 7")
            session_ids = tuple(int(p) for p in parts)
        return AgreementRequest(
            coders=self.checked_coders(),
            client=client,
            session_ids=session_ids,
            speaker=self.speaker.currentData(),
            uncoded_as_none=self.uncoded.isChecked(),
        )

    # -- computing ----------------------------------------------------------------------------------------------
    def compute(self) -> None:
        if self.task is not None:
            return  # one computation at a time
        try:
            request = self.request()
        except RuptureToolError as exc:
            self.message.setText(str(exc))
            return
        project = self.project

        def work(state) -> dict[str, Any] | None:
            state.progress(0, 0, f"Comparing {', '.join(request.coders)}…")
            report = compute_agreement(project, request)
            return None if state.cancelled() else report  # cancelled: the result is dropped

        self.compute_button.setEnabled(False)
        self.message.setText("Computing…")
        self.task = run_task(self, "Computing agreement…", work, self._computed, self._failed)

    def _computed(self, report: dict[str, Any] | None) -> None:
        self.task = None
        self.compute_button.setEnabled(True)
        if report is None:
            self.message.setText("Cancelled.")
            return
        self.show_report(report)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.compute_button.setEnabled(True)
        self.message.setText(str(exc) if isinstance(exc, RuptureToolError) else f"Could not compute: {exc}")

    def show_report(self, report: dict[str, Any]) -> None:
        self.report = report
        self.rows = result_rows(report)
        coders = report["coders"]
        kappa = "Cohen's κ" if len(coders) == 2 else "Fleiss' κ"
        headers = ["Code", "Units", *coders, "Agreement", kappa, "Krippendorff's α"]
        headers += ["ICC(2,1)", "Notes"]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for c, coder in enumerate(coders, start=2):
            self.table.horizontalHeaderItem(c).setToolTip(f"Units {coder} marked with the code")
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            segment = row["level"] != "icc"
            values = [row["label"], str(row["units"])]
            values += [str(n) if n is not None else "" for n in row["marked"]]
            values += [
                fmt(row["agreement"], percent=True) if segment else "",
                fmt(row["kappa"]) if segment else "",
                fmt(row["alpha"]) if segment else "",
                "" if segment else fmt(row["icc"]),
                row["note"],
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if 0 < c < len(values) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row["note"] and (text == DASH or c in (0, len(values) - 1)):
                    item.setToolTip(row["note"])
                elif c == 0 and row.get("about"):
                    item.setToolTip(row["about"])
                if row["level"] == "family":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(len(headers) - 1, 260)
        self.table.setWordWrap(False)
        units = f"{report['units']} units (each a {report['unit']})"
        self.message.setText(f"Agreement between {', '.join(coders)}: {len(report['sessions'])} sessions, {units}.")
        self.notes.setText("<br>".join(f"• {escape(n)}" for n in report["notes"]))
        self.export_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        if self.rows:
            self.table.selectRow(0)

    # -- the detail pane ----------------------------------------------------------------------------------------
    def _show_detail(self) -> None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or self.report is None:
            self.detail.clear()
            return
        self.detail.setHtml(detail_html(self.rows[selected[0].row()], self.report["coders"]))

    # -- export and copy ------------------------------------------------------------------------------------------
    def export_csv(self) -> Path | None:
        if self.report is None:
            return None
        name, _ = QFileDialog.getSaveFileName(self, "Export agreement table", "agreement.csv", "CSV (*.csv)")
        if not name:
            return None
        out = Path(name) if Path(name).suffix else Path(name + ".csv")
        try:
            rows = write_agreement_csv(self.report, out)
        except RuptureToolError as exc:
            QMessageBox.warning(self, "Export agreement table", str(exc))
            return None
        self.message.setText(f"Wrote {rows} rows to {out}.")
        return out

    def table_text(self) -> str:
        """The table as tab-separated text (headers first), as pasted into a spreadsheet."""
        columns = range(self.table.columnCount())
        lines = ["\t".join(self.table.horizontalHeaderItem(c).text() for c in columns)]
        for r in range(self.table.rowCount()):
            lines.append("\t".join(self.table.item(r, c).text().strip() for c in columns))
        return "\n".join(lines) + "\n"

    def copy_table(self) -> None:
        QGuiApplication.clipboard().setText(self.table_text())
        self.message.setText("The table is on the clipboard (tab-separated).")


def _matrix_html(a: str, b: str, confusion: list[list[int]]) -> str:
    cell = "style='padding:4px; text-align:right'"
    return (
        "<table border='1' cellspacing='0' style='border-collapse:collapse; border-color:#999; border-style:solid'>"
        f"<tr><th></th><th {cell}>{escape(b)}: 0</th><th {cell}>{escape(b)}: 1</th></tr>"
        f"<tr><th {cell}>{escape(a)}: 0</th><td {cell}>{confusion[0][0]}</td><td {cell}>{confusion[0][1]}</td></tr>"
        f"<tr><th {cell}>{escape(a)}: 1</th><td {cell}>{confusion[1][0]}</td><td {cell}>{confusion[1][1]}</td></tr>"
        "</table>"
    )


def detail_html(row: dict[str, Any], coders: list[str]) -> str:
    """The selected row's detail: confusion matrices (segment rows) or means and mean squares (ICC rows)."""
    block = row["block"]
    parts = [f"<h3>{escape(row.get('about') or row['label'].strip())}</h3>"]
    if row["level"] == "icc":
        parts.append(f"<p>ICC(2,1) {fmt(block['icc'])} on {block['n_subjects']} {escape(block['subject'])}s.</p>")
        means = block.get("means") or {}
        if means:
            parts.append("<p>Mean rating: " + ", ".join(f"{escape(c)} {v:.3f}" for c, v in means.items()) + "</p>")
        squares = [
            f"{k.removeprefix('ms_')} {v:.3f}" for k, v in block.items() if k.startswith("ms_") and v is not None
        ]
        if squares:
            parts.append("<p>Mean squares: " + ", ".join(squares) + "</p>")
    elif "confusion" in block:
        parts.append(f"<p>Units (segments) each coder marked or not, {block['n_units']} in all:</p>")
        parts.append(_matrix_html(coders[0], coders[1], block["confusion"]))
    else:
        parts.append(f"<p>Fleiss' κ {fmt(block.get('fleiss_kappa'))}; pairs:</p>")
        for pair in block.get("pairwise", []):
            a, b = pair["coders"]
            stats = f"agreement {fmt(pair['percent_agreement'], percent=True)}, Cohen's κ {fmt(pair['kappa'])}"
            parts.append(f"<p><b>{escape(a)} × {escape(b)}</b>: {stats}</p>")
            parts.append(_matrix_html(a, b, pair["confusion"]))
    if row["note"]:
        parts.append(f"<p><i>{escape(row['note'])}</i></p>")
    return "".join(parts)
