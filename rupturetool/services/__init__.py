"""The application facade used by both the CLI and the GUI."""
