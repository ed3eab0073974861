"""Pure-Python domain: dataclasses, coding schemes, span maths, commands. No Qt, SQL, spaCy or pandas."""
