"""Filters over the transcript rows: client turns only, coded segments only, segments of unresolved episodes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from rupturetool.core.domain import SpeakerRole
from rupturetool.gui.transcript_model import TranscriptModel


class TranscriptFilter(QSortFilterProxyModel):
    """Rows of the source in source order; with no filter on, every row passes without further checks."""

    def __init__(self, source: TranscriptModel) -> None:
        super().__init__()
        self.source = source
        self.setSourceModel(source)
        self.client_only = False
        self.coded_only = False
        self.unresolved_only = False
        source.filtersChanged.connect(self._unresolved_changed)

    @property
    def active(self) -> bool:
        return self.client_only or self.coded_only or self.unresolved_only

    def set_filters(
        self, *, client_only: bool | None = None, coded_only: bool | None = None, unresolved_only: bool | None = None
    ) -> None:
        if client_only is not None:
            self.client_only = client_only
        if coded_only is not None:
            self.coded_only = coded_only
        if unresolved_only is not None:
            self.unresolved_only = unresolved_only
        self._refilter()

    def _unresolved_changed(self) -> None:
        if self.unresolved_only:
            self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()  # Qt 6.10+: the replacement of invalidateRowsFilter()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not (self.client_only or self.coded_only or self.unresolved_only):
            return True
        model = self.source
        if self.client_only and model.rows[source_row].turn.speaker_role is not SpeakerRole.CLIENT:
            return False
        if self.coded_only and not model.is_coded(source_row):
            return False
        return not (self.unresolved_only and not model.is_unresolved(source_row))

    def to_source(self, row: int) -> int:
        index = self.mapToSource(self.index(row, 0))
        return index.row() if index.isValid() else -1

    def from_source(self, row: int) -> int:
        if not 0 <= row < self.source.rowCount():
            return -1
        index = self.mapFromSource(self.source.index(row, 0))
        return index.row() if index.isValid() else -1
