"""Import preview: what will be stored — turns, speakers and their roles, warnings — before anything is."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from rupturetool.core.domain import SpeakerRole
from rupturetool.gui.transcript_model import clock
from rupturetool.services.importing import ReadTranscript

PREVIEW_TURNS = 300  # enough to judge the speakers; the whole session is stored
ROLE_CHOICES = [SpeakerRole.THERAPIST, SpeakerRole.CLIENT, SpeakerRole.OTHER, SpeakerRole.UNKNOWN]


class ImportDialog(QDialog):
    def __init__(self, reads: list[ReadTranscript], file_name: str, client: str = "", parent=None) -> None:
        super().__init__(parent)
        self.reads = reads
        self.setWindowTitle(f"Import {file_name}")
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        turns = sum(len(r.turns) for r in reads)
        summary = f"<b>{file_name}</b>: {len(reads)} session{'s' if len(reads) != 1 else ''}, {turns} turns"
        layout.addWidget(QLabel(summary))

        form = QFormLayout()
        self.client = QLineEdit(client)
        self.client.setPlaceholderText("pseudonymous client code, e.g. RIVER-07")
        named = any(r.parsed.client_key for r in reads)
        if named:
            self.client.setPlaceholderText("the file names its clients; this is used only where it does not")
        form.addRow("&Client", self.client)
        date_row = QHBoxLayout()
        self.has_date = QCheckBox("&Session date")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        form.addRow("", date_row)
        corrections = sum(len(r.parsed.corrections) for r in reads)
        self.fix_ocr = QCheckBox(
            f"Correct {corrections} likely OCR slips ('|' or '1' for 'I'); the imported text is kept and "
            "the correction can be reverted"
        )
        self.fix_ocr.setEnabled(corrections > 0)
        self.fix_ocr.setChecked(corrections > 0)
        if corrections:
            form.addRow("", self.fix_ocr)
        layout.addLayout(form)

        layout.addWidget(QLabel("Speakers — check each role; your choice is remembered for this client"))
        self.speakers = QTableWidget(0, 3)
        self.speakers.setHorizontalHeaderLabels(["Label", "Role", "How it was decided"])
        self.speakers.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.speakers.verticalHeader().hide()
        self._role_boxes: dict[str, QComboBox] = {}
        first = reads[0].parsed
        labels = list(dict.fromkeys(label for r in reads for label in r.parsed.speakers))
        for label in labels:
            row = self.speakers.rowCount()
            self.speakers.insertRow(row)
            self.speakers.setItem(row, 0, QTableWidgetItem(label))
            box = QComboBox()
            for role in ROLE_CHOICES:
                box.addItem(str(role), role)
            role = next((r.parsed.speakers[label] for r in reads if label in r.parsed.speakers), SpeakerRole.OTHER)
            box.setCurrentIndex(ROLE_CHOICES.index(role))
            box.currentIndexChanged.connect(self._fill_turns)
            box.setEnabled(role is not SpeakerRole.UNKNOWN)  # lines with no speaker are fixed turn by turn later
            self.speakers.setCellWidget(row, 1, box)
            self._role_boxes[label] = box
            self.speakers.setItem(row, 2, QTableWidgetItem(first.role_confidence.get(label, "")))
        self.speakers.setMaximumHeight(34 + 30 * min(len(labels), 5))
        layout.addWidget(self.speakers)

        warnings = [w for r in reads for w in r.parsed.warnings]
        if warnings:
            layout.addWidget(QLabel(f"Warnings ({len(warnings)}) — nothing was guessed silently"))
            self.warnings = QListWidget()
            self.warnings.addItems(warnings)
            self.warnings.setMaximumHeight(110)
            layout.addWidget(self.warnings)

        session_row = QHBoxLayout()
        session_row.addWidget(QLabel("Preview of"))
        self.session_box = QComboBox()
        for i, r in enumerate(reads):
            key = r.parsed.session_key
            self.session_box.addItem(f"session {key}" if key is not None else f"session {i + 1}", i)
        self.session_box.currentIndexChanged.connect(self._fill_turns)
        session_row.addWidget(self.session_box)
        session_row.addStretch(1)
        if len(reads) > 1:
            layout.addLayout(session_row)
        self.turns = QTableWidget(0, 4)
        self.turns.setHorizontalHeaderLabels(["Turn", "Speaker", "Time", "Text"])
        for column in range(3):
            self.turns.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.turns.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.turns.verticalHeader().hide()
        self.turns.setWordWrap(True)
        self.turns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.turns, stretch=1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C0392B")
        layout.addWidget(self.error)
        self._fill_turns()
        self.import_button.setDefault(True)  # Enter imports, from any field
        if named:
            self.import_button.setFocus()
        else:
            # The client decides where the session is filed: start there, text selected, so typing replaces a
            # suggested code instead of silently filing the session under the client that happened to be open.
            self.client.setFocus()
            self.client.selectAll()

    def roles(self) -> dict[str, SpeakerRole]:
        return {label: SpeakerRole(box.currentData()) for label, box in self._role_boxes.items()}

    def session_date(self) -> date | None:
        return self.date.date().toPython() if self.has_date.isChecked() else None

    def _fill_turns(self) -> None:
        read = self.reads[self.session_box.currentData() or 0]
        roles = self.roles()
        shown = read.turns[:PREVIEW_TURNS]
        self.turns.setRowCount(len(shown))
        for row, turn in enumerate(shown):
            role = roles.get(turn.speaker_label, turn.speaker_role)
            cells = [str(turn.index + 1), f"{turn.speaker_label} ({role})", clock(turn.start), turn.text]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if role is SpeakerRole.UNKNOWN:
                    item.setForeground(Qt.GlobalColor.red)
                self.turns.setItem(row, column, item)
        self.turns.resizeRowsToContents()

    def _accept(self) -> None:
        if not self.client.text().strip() and not all(r.parsed.client_key for r in self.reads):
            self.error.setText("Give a client code: the file does not name its client.")
            self.client.setFocus()
            return
        self.accept()
