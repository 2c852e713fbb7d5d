"""The body named before a cited document: "... của Sở Xây dựng tại Công văn số ...", and the
bodies a letter's opening lists with each one's letter in brackets after its name:

    Xét đề nghị của Bộ X (công văn số A ...), ý kiến của Bộ Y (công văn số B ...), Bộ Z
    (công văn số C ...) ...                       (Z after the bracket closing Y's item)
    ý kiến của các Bộ, ngành: Công thương (công văn số A ...), Tài chính (...)
                                                  (the shared "Bộ" given to each item)
    Xét đề nghị Bộ X (văn bản số A ...)           (the asking words right before the body)

A name bounded by "của" and its letter's bracket holds what a body's name may hold: the
country that owns it ("Ủy ban quốc gia UNESCO của Việt Nam") and, for a steering board named
for its task, that task ("Ban Chỉ đạo quốc gia khắc phục hậu quả ... trong chiến tranh ...").
"""

from __future__ import annotations

import re

from directives.parser import cited_forms
from directives.parser.bodies import STARTS_BODY
from directives.parser.cited_forms import NOT_ISSUER
from directives.parser.cited_issuer import ISSUER_STOP, display_issuer, inside_known
from directives.parser.cited_kinds import REFERENCE_TYPES
from directives.parser.cited_numbers import GLUED_STOP
from directives.parser.clean import fold_keep, squash

_KINDS = "van ban|" + "|".join(REFERENCE_TYPES)
# "... của Sở Xây dựng tại Công văn số 15972/...": the issuer named before the document
_ISSUER_BEFORE = re.compile(
    # ("của Tổng cục Thuế (trước đây) tại công văn số ...": the body under its name of the time)
    # (the last "của" before it: "... của Bộ X và chỉ đạo của Phó Thủ tướng Y tại Công văn số")
    # (a dot inside an abbreviation of single letters: "Công ty TNHH T.H.T")
    r"cua\s+(?P<issuer>(?:(?!\bcua\s)(?:[^,;:()\n.]|(?<=\b[a-z])\.(?=[a-z]\b))){3,90}?)"
    r"\s*(?:\([^()\d]{3,60}\)\s*)?(?:\(\s*)?"
    r"(?:tai|theo)?"
    r"\s*(?:cac\s+)?"
    r"(?:(?:" + _KINDS + r"))?\s*:?\s*(?:so\s*)?:?\s*$"
)
# (a known name holding a comma: "của Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch tại các văn
# bản: Số ...")
_ISSUER_BEFORE_COMMA = re.compile(_ISSUER_BEFORE.pattern.replace("[^,;:()", "[^;:()", 1))
# the letter's bracket right after the name: "... (công văn số", up to its kind's word or its
# number (the kind "văn bản" read from the words before the number)
_BRACKET = r"\s*\(\s*(?:(?:" + _KINDS + r")\s*(?:so\s*)?:?\s*)?$"
_NAME = r"(?:(?!\bcua\s)[^,;:()\n.]){3,90}?"
# "của Ủy ban quốc gia UNESCO của Việt Nam (công văn số": a body and the country owning it
_OWNED = re.compile(
    r"\bcua\s+(?P<issuer>" + _NAME + r"\s+cua\s+(?:(?!\bcua\s)[^,;:()\n.]){2,40}?)" + _BRACKET
)
# "của Ban Chỉ đạo quốc gia khắc phục hậu quả ... ở Việt Nam (công văn số": a board named for
# its task, the task's words part of its name (not "về việc": what the letter is about)
_BOARD = re.compile(
    r"\bcua\s+(?P<issuer>ban chi dao\b(?:(?!\bcua\s|ve viec)[^;:()\n.]){3,150}?)" + _BRACKET
)
# "...), Bộ Tài chính (công văn số": the next body of a list, after the bracket that closed
# the one before it
_LISTED_ITEM = re.compile(
    r"\(\s*(?:" + _KINDS + r")\s+so\b[^()]*\)\s*,\s*(?:va\s+)?(?P<issuer>" + _NAME + ")" + _BRACKET
)
# "ý kiến của các Bộ, ngành: Công thương (công văn số": a list's first body after its organ
_LIST_OPENS = r"\bcac\s+(?P<organ>bo|so|cuc|ban)\s*(?:,\s*[a-z]+(?:\s+[a-z]+)?\s*)?:\s*"
_FIRST_ITEM = re.compile(_LIST_OPENS + r"(?P<issuer>" + _NAME + ")" + _BRACKET)
_OPENED = re.compile(_LIST_OPENS)
# "Xét đề nghị Bộ X (văn bản số": the asking words right before the body ("đề nghị ca Bộ X",
# its "của" misprinted)
_ASKED = re.compile(
    r"\b(?:de nghi|y kien|kien nghi)\s+(?:ca\s+)?(?P<issuer>" + _NAME + ")" + _BRACKET
)
_SENTENCE_END = re.compile(r"[.;]\s|\n\s*\n")
# "ý kiến của Bộ A tại văn bản số 1 ngày ..., Bộ B tại văn bản số 2": a later body of a list,
# each with its own letter after "tại"; "Xét đề nghị Sở X tại các Công văn số": the asking words
# right before the body
_LISTED_AT = re.compile(
    r"(?:\d,\s*(?:va\s+)?|\b(?:de nghi|y kien|kien nghi)\s+)(?P<issuer>" + _NAME + r")"
    r"\s+tai\s*(?:cac\s+)?(?:" + _KINDS + r")?\s*(?:so\s*)?:?\s*$"
)
# "theo chỉ đạo tại các công điện của Thủ tướng Chính phủ, đặc biệt là các Công điện số A ...,
# Công điện số B ... và Công điện số C": documents singled out of a set a body issued, each
# the set's issuer's (the list going on in the same sentence)
_SINGLED_OUT = re.compile(
    r"\bcac\s+(?:" + _KINDS + r")\s+cua\s+(?P<issuer>" + _NAME + r")\s*,\s*"
    r"(?:dac biet|nhat|trong do|cu the) la\b[^.;:()]{0,300}?"
    r"(?:(?:" + _KINDS + r")\s*(?:so\s*)?:?)?\s*$"
)


def named_before(
    pattern: re.Pattern[str],
    text: str,
    folded: str,
    start: int,
    window: int,
    needs: re.Pattern[str] | None = None,
) -> str | None:
    """The "issuer" group of ``pattern`` in the ``window`` characters before ``start``; only
    where ``needs``, a cheaper pattern every match of ``pattern`` holds, is found there."""
    window_start = max(0, start - window)
    before = folded[window_start:start]
    m = pattern.search(before) if needs is None or needs.search(before) else None
    if m is None:
        return None
    return squash(text[window_start + m.start("issuer") : window_start + m.end("issuer")])


def issuer_before(text: str, folded: str, start: int) -> str | None:
    """The body named by "của" right before the document at ``start``, if any."""
    patterns = (
        (_SINGLED_OUT, 480),  # (a set's issuer before the list: "các công điện của X, đặc biệt là")
        (_ISSUER_BEFORE, 130),
        (_LISTED_AT, 120),  # (before a name holding a comma: the list's comma ends the name)
        (_ISSUER_BEFORE_COMMA, 130),
        (cited_forms.PROPOSED_BY, 420),
    )
    issuer = next((n for p, w in patterns if (n := named_before(p, text, folded, start, w))), None)
    if issuer is not None and not STARTS_BODY.match(issuer):
        # ("... của Việt Nam (công văn số": the country owning the body named before it)
        owned = named_before(_OWNED, text, folded, start, 180)
        issuer = owned if owned and _owned_name(owned) else issuer
    issuer = issuer or named_before(_BOARD, text, folded, start, 220)
    # a body is named with a capital ("của bộ máy ..." ends a subject, not an issuer) and
    # stands right before the document ("của Ban X về ... (Tờ trình số": what it is about)
    if not issuer or not issuer[:1].isupper() or NOT_ISSUER.match(issuer):
        return None  # ("Mẫu số 05 của Phụ lục IV kèm theo Thông tư số ...": a part of it)
    if fold_keep(issuer).startswith("ban chi dao "):
        return display_issuer(issuer)  # (a board's task is its name's: no stop word in it)
    whole = _whole(issuer)
    if whole is None:
        # "Xét đề nghị của Bộ X về việc ... (công văn số": the name ran on into what the
        # proposal is about; the proposer's own letter, in brackets after it
        proposer = named_before(cited_forms.PROPOSED_BY, text, folded, start, 420)
        whole = _whole(proposer) if proposer and proposer[:1].isupper() else None
    return whole


def _owned_name(issuer: str) -> bool:
    """ "Ủy ban quốc gia UNESCO của Việt Nam": a body's name (no stop word in it) with the
    owner after its "của", named with a capital and no body itself."""
    parts = re.split(r"\s+của\s+", issuer, maxsplit=1)
    if len(parts) != 2:
        return False
    body, owner = parts
    plain = STARTS_BODY.match(body) and owner[:1].isupper() and not STARTS_BODY.match(owner)
    return bool(plain) and _whole(body) is not None


def _whole(issuer: str) -> str | None:
    """``issuer`` as the name it is, or None when a stop word shows it runs past one."""
    glued = GLUED_STOP.search(issuer)  # "của Bộ X gửiThủ tướng Chính phủ (Công văn số"
    issuer = issuer[: glued.start()] if glued else issuer
    folded_issuer, at = fold_keep(issuer), 0
    if folded_issuer.endswith(" va"):
        return None  # "... của Bộ Chính trị và Văn bản số ...": a list of documents goes on
    while (stop := cited_forms.first_stop(ISSUER_STOP, folded_issuer, issuer, 0, at)) is not None:
        at = inside_known(folded_issuer, stop.start())
        if at == stop.start() and not (at := cited_forms.comma_goes_on(issuer, stop)):
            return None
    return display_issuer(issuer)


def bracketed_issuer(text: str, folded: str, opening: int) -> str | None:
    """The body whose letter a bracket right after its name cites, when no "của" names it: an
    item of a list of such bodies, or the body the asking words name."""
    if "(" not in folded[max(0, opening - 16) : opening]:
        return None
    item = named_before(_LISTED_ITEM, text, folded, opening, 400)
    first = named_before(_FIRST_ITEM, text, folded, opening, 140)
    name = item or first or named_before(_ASKED, text, folded, opening, 120)
    if name is None:
        return None
    organ = _shared_organ(text, folded, opening) if item or first else None
    if STARTS_BODY.match(name):
        return _whole(name)  # ("ngân hàng Phát triển VN": a body named whole, kept whole)
    if organ is None or not name[:1].isupper():
        return None
    named = _whole(name)
    return f"{organ} {named}" if named else None


def _shared_organ(text: str, folded: str, opening: int) -> str | None:
    """The organ a list's opening gives its items ("các Bộ, ngành:" -> "Bộ", as written), when
    the list opens in the same sentence before ``opening``."""
    window_start = max(0, opening - 700)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, window_start, opening)]
    window_start = ends[-1] if ends else window_start
    opened = [*_OPENED.finditer(folded, window_start, opening)]
    if not opened:
        return None
    organ = opened[-1]
    return text[organ.start("organ") : organ.end("organ")]
