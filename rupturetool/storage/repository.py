"""All queries, in one facade. Each public method is one transaction unless called inside
:meth:`Repository.atomic`, which lets several calls commit or roll back together."""

from __future__ import annotations

from rupturetool.storage.repo_annotations import AnnotationQueries
from rupturetool.storage.repo_audit import AuditQueries
from rupturetool.storage.repo_export import ExportQueries
from rupturetool.storage.repo_review import ReviewQueries
from rupturetool.storage.repo_sessions import SessionQueries
from rupturetool.storage.repo_suggestions import SuggestionQueries


class Repository(AuditQueries, SessionQueries, AnnotationQueries, ReviewQueries, ExportQueries, SuggestionQueries):
    """Sessions, annotations, supervision records and export rows over one engine; ORM rows never leave it (core
    objects do)."""
