"""Importers (one module per format) and exporters."""
