"""File → Import and drag-and-drop: preview one file before storing it, or import a batch with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from rupturetool.core.errors import RuptureToolError
from rupturetool.gui.import_dialog import ImportDialog
from rupturetool.gui.worker import run_task
from rupturetool.services import importing
from rupturetool.services.importing import BatchResult, ImportRequest, ImportResult
from rupturetool.services.project import Project

FILE_FILTER = "Transcripts (*.txt *.vtt *.srt *.docx *.csv *.tsv *.xlsx *.json);;All files (*)"


def describe_error(exc: Exception) -> str:
    if isinstance(exc, RuptureToolError):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc}"


class ImportFlow:
    """Runs imports for a window; ``done`` gets the stored results so the window can show them."""

    def __init__(
        self,
        parent: QWidget,
        project: Project,
        default_client: Callable[[], str],
        done: Callable[[list[ImportResult]], None],
    ) -> None:
        self.parent = parent
        self.project = project
        self.default_client = default_client
        self.done = done
        self.dialog_factory = ImportDialog  # tests replace it to answer the dialog

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.parent, "Import transcripts", "", FILE_FILTER)
        if names:
            self.start([Path(n) for n in names])

    def start(self, paths: list[Path]) -> None:
        files = importing.expand(paths)
        if len(files) == 1:
            self.preview(files[0])
        elif files:
            self.batch(files)

    # -- one file: preview, then store ---------------------------------------------------------------------
    def preview(self, path: Path) -> None:
        request = ImportRequest()
        run_task(
            self.parent,
            f"Reading {path.name}…",
            lambda _state: importing.preview(path, request),
            lambda reads: self._show_preview(path, reads),
            self._error,
            cancellable=False,
        )

    def _show_preview(self, path: Path, reads) -> None:
        dialog = self.dialog_factory(reads, path.name, self.default_client(), self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = ImportRequest(
            client=dialog.client.text().strip() or None,
            session_date=dialog.session_date(),
            fix_ocr=dialog.fix_ocr.isChecked(),
        )
        roles = dialog.roles()

        def store(_state) -> list[ImportResult]:
            return importing.store(self.project, [importing.with_roles(r, roles) for r in reads], request)

        run_task(self.parent, f"Storing {path.name}…", store, self.done, self._error, cancellable=False)

    # -- many files: one client, progress, cancel ------------------------------------------------------------
    def batch(self, files: list[Path]) -> None:
        client, ok = QInputDialog.getText(
            self.parent,
            "Import transcripts",
            f"Client code for the {len(files)} files (files that name their clients keep them):",
            text=self.default_client(),
        )
        if not ok:
            return
        request = ImportRequest(client=client.strip() or None)
        run_task(
            self.parent,
            f"Importing {len(files)} files…",
            lambda state: importing.import_files(self.project, files, request, state),
            self._batch_done,
            self._error,
        )

    def _batch_done(self, batch: BatchResult) -> None:
        self.done(batch.imported)
        if batch.errors or batch.cancelled:
            lines = [f"{Path(f).name}: {e}" for f, e in batch.errors]
            head = f"Imported {len(batch.imported)} sessions."
            if batch.cancelled:
                head += " Cancelled before the rest."
            QMessageBox.warning(
                self.parent, "Import", head + ("\n\nNot imported:\n" + "\n".join(lines) if lines else "")
            )

    def _error(self, exc: Exception) -> None:
        QMessageBox.warning(self.parent, "Import", describe_error(exc))
