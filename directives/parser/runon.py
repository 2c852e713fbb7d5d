"""Lines an old plain-text crawl ran together, cut apart before the letter is read:

... PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG ... (Ban hành kèm theo ...)
    -> the signature's lines, the attached document's title, its tie
1. Tăng cường sự lãnh đạo của cấp ủy ... tiến bộ 1.1.
Tổ chức nghiên cứu, tuyên truyền ...
    -> the heading, then "1.1. Tổ chức nghiên cứu, ..." (the number of the next item)
Trên đây là ... . Đề nghị Cục Thuế ... . Trong quá trình thực hiện nếu có vướng mắc, ... ./.
    -> the close's summary, the request it makes, the difficulties formula: one a line
"""

from __future__ import annotations

import re

from directives.parser.attached import ATTACHED, KINDS
from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import fold_keep, folding_to
from directives.parser.formulas import DIFFICULTY_CASE
from directives.parser.glued import unglue
from directives.parser.letters import CAPITAL

# "... PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG ...": a signer's name (a word in
# lower case) and, run on after it, the attached document's title in capitals to the line's end
_RUN_ON_TITLE = re.compile(rf"\s+(?=(?:{'|'.join(KINDS)})\b)")
# "... tiến bộ 1.1.": a sub-item's number at the end of the line before its text (or a part's
# first item after its title in capitals: "III. TỔ CHỨC THỰC HIỆN 1.")
_TRAILING_NUMBER = re.compile(
    r"^(?:(?P<head>\d{1,2}\.\s.*\S)\s+(?P<number>\d{1,2}(?:\.\d{1,2})+\.)"
    r"|(?P<part>[IVX]{1,4}\.\s.*[^\W\d_])\s+(?P<first>1\.))$"
)
# "3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, ...": a heading and its
# first sub-item run on one line
_HEAD_AND_FIRST = re.compile(
    rf"^(?P<n>\d{{1,2}})\.\s[^.;:]{{3,200}}?[^\W\d_](?=\s+(?P=n)\.1\.\s+[{CAPITAL}])"
)


# a close that sums up ("Trên đây là ..."); a later sentence of it that asks a body by name
# ("Đề nghị Cục Thuế ..."), or that opens the difficulties formula ("Trong quá trình ...")
_SUMS_UP = re.compile(r"^tren day la\b")
_T, _R = folding_to("t"), folding_to("r")  # (the letters a line it opens may open with)
_LATER_SENTENCE = re.compile(rf"(?<=\.) (?=(?:de nghi|yeu cau) |{DIFFICULTY_CASE})")


def cut_run_on(lines: list[str]) -> list[str]:
    """The lines with what a crawl ran on put back where it belongs."""
    out = [piece for line in _cut_run_on_titles(lines) for piece in _close_apart(line)]
    out = [piece for line in out for piece in _head_apart(line)]
    for i in range(len(out) - 1):
        line = out[i]
        if not (line.endswith(".") and line[-2:-1].isdigit()):
            continue
        m = _TRAILING_NUMBER.match(line)
        nxt = out[i + 1]
        if m is not None and nxt[:1].isupper() and (m.group("head") or m.group("part").isupper()):
            head, number = (
                m.group("head", "number") if m.group("head") else m.group("part", "first")
            )
            out[i], out[i + 1] = head, f"{number} {nxt}"
    return out


def _head_apart(line: str) -> list[str]:
    """A heading and its first sub-item run on one line, a line each."""
    m = _HEAD_AND_FIRST.match(line) if line[:1].isdigit() else None
    return [line] if m is None else [m.group(), line[m.end() :].strip()]


def _cut_run_on_titles(lines: list[str]) -> list[str]:
    """The lines with an attached document's title that a flattened page ran on after the
    decision's signature put on a line of its own, the signature cut apart as well."""
    out: list[str] = []
    for line in lines:
        runs_on = len(line) > 40 and any(kind in line for kind in KINDS)
        found = _RUN_ON_TITLE.finditer(line) if runs_on else iter(())
        m = next(
            (m for m in found if line[m.start() - 1].islower() and _title_and_tie(line[m.end() :])),
            None,
        )
        if m is None:
            out.append(line)
            continue
        signature = line[: m.start()]
        out += [*(unglue(signature) or [signature]), *_title_and_tie(line[m.end() :])]
    return out


def _title_and_tie(rest: str) -> list[str]:
    """A title in capitals, and the "(Ban hành kèm theo Quyết định ...)" run on after it, as
    lines; none when the rest of the line is not that."""
    title, bracket, note = rest.partition("(")
    if not title.isupper():
        return []
    if not bracket:
        return [title.strip()]
    return [title.strip(), bracket + note] if ATTACHED.match(fold_keep(bracket + note)) else []


def _close_apart(line: str) -> list[str]:
    """A close that sums up and then, in a sentence of its own, asks a body by name for work:
    the summary, the request and the difficulties formula after it, a line each (README: the
    request is a task, from its ask to its stop); any other line whole."""
    if line[:1] not in _T or line[1:2] not in _R:
        return [line]
    folded = fold_keep(line)
    if not _SUMS_UP.match(folded):
        return [line]
    cuts = [m.end() for m in _LATER_SENTENCE.finditer(folded)]
    asks = [at for at in cuts if folded.startswith(("de nghi ", "yeu cau "), at)]
    if not asks or not STARTS_BODY.match(line, asks[0] + len("đề nghị ")):
        return [line]
    bounds = [0, *(at for at in cuts if at >= asks[0])]
    return [line[a:b].strip() for a, b in zip(bounds, [*bounds[1:], len(line)], strict=True)]
