"""The only package that imports spaCy. Everything heavy is imported lazily."""
