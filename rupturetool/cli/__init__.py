"""Command-line interface over services."""
