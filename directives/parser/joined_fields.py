"""A department's name of two fields joined by a dash ("Phòng Kế hoạch - Tài chính", "Phòng
Văn hóa - Xã hội"): the first field's lower-case words run on to the second's capitals."""

from __future__ import annotations


def fields_joined(named: list[str], rest: list[str]) -> int:
    """How many of ``rest`` (lower-case words, then the dash) the name ``named``, ending on a
    capitalised word, takes before the next field's capitalised word; 0 if none."""
    dash = next((k for k, w in enumerate(rest[:3]) if w in ("-", "–")), 0)
    if not dash or not named or not named[-1][:1].isupper() or len(rest) <= dash + 1:
        return 0
    lower = all(w.isalpha() and w.islower() for w in rest[:dash])
    return dash + 1 if lower and rest[dash + 1][:1].isupper() else 0
