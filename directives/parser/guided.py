"""The parts of a guidance that give tasks: its sections on carrying it out, or, in a letter
that guides in its own words, the sentences that ask a body itself."""

from __future__ import annotations

import re

from directives.parser.clean import is_upper_line
from directives.parser.section_requests import section_requests
from directives.parser.statute import ARTICLE, CARRIED_OUT, NUMERAL, section_heads


def guidance_part(folded: list[str], body: list[int]) -> list[int] | None:
    """The lines of a guidance's ``body`` that give tasks: its Roman-numbered sections on
    carrying it out ("III. TỔ CHỨC THỰC HIỆN"), the sections before them ("I. NGUYÊN TẮC
    CHUNG", "II. QUY ĐỊNH CƠ CẤU, SỐ LƯỢNG ...") laying down what the guidance guides, its
    rules and content, no one's task; None when it has no such section."""
    heads = section_heads(folded, body)
    kept: list[int] = []
    carried = False
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(body)
        if CARRIED_OUT.search(_heading_words(folded, body[k:end])):
            kept.extend(body[k:end])
            carried = True
        else:  # ("Tổng cục Thuế yêu cầu các Cục Thuế:" over items, inside a section it guides)
            kept.extend(section_requests(folded, body[k:end]))
    return kept if len(heads) >= 2 and carried else None


def sectioned_rules_part(lines: list[str], folded: list[str], plan: list[int]) -> list[int]:
    """The lines of a regulation attached after the decision ("QUY ĐỊNH ... (Ban hành kèm
    theo ...)") set out in Roman-numbered sections and no articles, that give tasks: its
    section on carrying it out, as a guidance's ("V. TỔ CHỨC THỰC HIỆN: 1. ... Cục trưởng Cục
    Thuế các tỉnh ... có trách nhiệm ..."), to the regulation's signature or the forms after
    it (the first line in capitals under its text); none when it has articles
    (``attached_part`` reads those) or no such section."""
    if any(ARTICLE.match(folded[i]) for i in plan):
        return []
    kept: list[int] = []
    heading = False
    for i in guidance_part(folded, plan) or []:
        if NUMERAL.match(folded[i]):
            heading = True  # (a section's heading, its wrap in capitals under it)
        elif not is_upper_line(lines[i]):
            heading = False
        elif not heading and lines[i].strip():
            break
        kept.append(i)
    return kept


def _heading_words(folded: list[str], section: list[int]) -> str:
    """A section's heading: its numbered line and its wrap's lines, to a blank line or an item."""
    words = [NUMERAL.sub("", folded[section[0]], count=1)]
    for i in section[1:4]:
        if not folded[i].strip() or folded[i].startswith(("- ", "+ ")):
            break
        words.append(folded[i])
    return " ".join(words)


def guided_requests(folded: list[str], body: list[int]) -> tuple[list[int], dict[int, int]] | None:
    """The lines of a letter that guides in its own words ("Tổng cục Thuế hướng dẫn cụ thể ...
    như sau:") in Roman-numbered sections, none on carrying it out, that give tasks: between
    that sentence and its close ("Trên đây là ..."), what its sections lay down is how the rule
    runs, no one's task (their headings, "II. Rà soát ...", and "cán bộ thuế thực hiện các
    bước như sau:" making it read as one), and only a sentence that asks a body itself
    ("Ngoài ra, đề nghị Cục Thuế rà soát ...") is one, from that sentence on ("Hiện nay, ... .
    Do vậy ..., đề nghị cơ quan thuế rà soát ..."): the lines kept and where each request's
    sentence starts in its line. The lines before and after stay. None when it has no such
    sentence or no such sections."""
    start = next((k for k, i in enumerate(body) if _GUIDES_AS_FOLLOWS.search(folded[i])), None)
    if start is None:
        return None
    closes = (k for k in range(start + 1, len(body)) if _CLOSE.match(folded[body[k]]))
    end = next(closes, len(body))
    if len(section_heads(folded, body[start + 1 : end])) < 2:
        return None  # (items right under it, "1. ... / a) ...": the guidance items read so)
    asks = {i: m.start() for i in body[start + 1 : end] if (m := _ASKS_ITSELF.search(folded[i]))}
    return body[:start] + list(asks) + body[end:], {
        i: _sentence_at(folded[i], at) for i, at in asks.items()
    }


def _sentence_at(folded: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last stop before it that ends a
    sentence of words (not a number the page put before it: "02. Ngoài ra, đề nghị ...")."""
    stop = folded.rfind(". ", 0, at)
    return stop + 2 if stop > 0 and " " in folded[:stop].strip() else 0


# "Tổng cục Thuế hướng dẫn cụ thể về ... như sau:": the letter's own guidance follows
_GUIDES_AS_FOLLOWS = re.compile(r"\bhuong dan\b(?!.*\b(?:de nghi|yeu cau)\b).*\bnhu sau\s*:\s*$")
_CLOSE = re.compile(r"^tren day la\b")
# a sentence's own request, opening it or its clause ("..., đề nghị cơ quan thuế nhập ...",
# "..., Tổng cục Thuế đề nghị Cục Thuế ...": its speaker before it), not a past one it recounts
# ("... và đề nghị các cơ quan thuế này điều chỉnh lại") nor a system's ("hệ thống yêu cầu ...")
_ASKS_ITSELF = re.compile(
    r"(?:^|[.;:,]\s*)(?:(?:bo|tong cuc|cuc|kho bac|so|uy ban)\s(?:(?!nhan duoc)[^.;:,]){0,40}?\s"
    r"(?:kinh |xin |tran trong )?)?(?:de nghi|yeu cau)\s+(?!bat buoc\b)"
)
