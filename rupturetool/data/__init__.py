"""Shipped data (coding schemes...), read through importlib.resources."""
