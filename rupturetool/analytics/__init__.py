"""Tidy tables and statistics over stored data (pandas). Pure functions, tested without Qt."""
