"""rupturetool: study alliance ruptures and their repair in psychotherapy transcripts."""

__version__ = "0.1.0"
