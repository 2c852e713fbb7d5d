"""The part of a normative document that gives tasks.

A regulation divided into chapters ("Chương I / QUY ĐỊNH CHUNG", "Chương II / HỖ TRỢ ...")
states in its chapters before the last how a policy applies: who qualifies, what is paid,
and the procedure step by step ("Doanh nghiệp gửi hồ sơ ... Trong 02 ngày làm việc, Ủy ban
nhân dân cấp huyện thẩm định ..."). Those are the law's words, no tasks, dated or not. The
bodies are given their work in the chapter on carrying the document out ("Chương IV / TỔ
CHỨC THỰC HIỆN VÀ ĐIỀU KHOẢN THI HÀNH"): where a document has one, its tasks come from it.
"""

from __future__ import annotations

import re

_CHAPTER = re.compile(r"^chuong\s+(?:[ivxlc]+|\d+)\b\s*[.:]?\s*")
_ARTICLE = re.compile(r"^dieu\s+\d+")
_CARRIED_OUT = re.compile(r"\bto chuc thuc hien\b")


def implementation_part(folded: list[str], body: list[int]) -> list[int]:
    """The lines of ``body`` in its chapters on carrying it out, when it is divided into
    chapters and has one; else ``body`` as it is."""
    heads = [k for k, i in enumerate(body) if _CHAPTER.match(folded[i])]
    if len(heads) < 2:
        return body
    kept: list[int] = []
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(body)
        if _CARRIED_OUT.search(_title(folded, body[k:end])):
            kept.extend(body[k:end])
    return kept or body


def _title(folded: list[str], chapter: list[int]) -> str:
    """The chapter's title: its heading line's words and the lines under it up to its first
    article."""
    first = _CHAPTER.match(folded[chapter[0]])
    words = [folded[chapter[0]][first.end() :] if first else ""]
    for i in chapter[1:6]:
        if _ARTICLE.match(folded[i]):
            break
        words.append(folded[i])
    return " ".join(words)
