"""What a body answers for: "X chịu trách nhiệm (toàn diện) trước Y về Z" says who is
accountable, no work of its own (examples/blind/README.md), unless it goes on to ask
("...; đồng thời ...") or gives the work itself ("chịu trách nhiệm hướng dẫn ...")."""

from __future__ import annotations

import re

from directives.parser.article_labels import article_label
from directives.parser.blocks import Block

# "X chịu trách nhiệm (toàn diện) trước Y", "X chịu trách nhiệm về Y", "... trong việc Y":
# what X answers for ("chịu trách nhiệm hướng dẫn ..." gives the work itself); X may be a
# list of bodies of one kind ("Ủy ban nhân dân các tỉnh: Lào Cai, Đồng Nai")
ANSWERS = re.compile(
    r"(?:[^.;:]|(?:(?<=cac tinh)|(?<=cac bo)|(?<=cac so)|(?<=cac thanh pho)):){0,240}"
    # ("Chi cục trưởng phải chịu hoàn toàn trách nhiệm về việc ...": wholly, the same)
    r"\bchiu (?:hoan toan )?trach nhiem (?:toan dien |hoan toan )?(?:truoc|ve|trong viec)\b"
)
# "Cục trưởng Cục X chịu trách nhiệm phân công ... và chịu trách nhiệm về quyết định ...": the
# sentence's first "chịu trách nhiệm" gives the work itself, what it answers for coming after
_WORK_FIRST = re.compile(
    r"(?:(?!chiu (?:hoan toan )?trach nhiem\b)[^.;:]){0,240}\bchiu (?:hoan toan )?trach nhiem "
    r"(?!(?:toan dien |hoan toan )?(?:truoc|ve|trong viec|theo)\b)[^\W\d_]"
)


def answers_at(folded: str, start: int) -> bool:
    """The sentence at ``start`` says what a body answers for (``ANSWERS``), not first the work
    it is charged with."""
    return ANSWERS.match(folded, start) is not None and not _WORK_FIRST.match(folded, start)


# (a sentence that goes on to ask: "...; đồng thời ...", "..., báo cáo ..."; not the liability
# an approval adds to it: "...; chịu trách nhiệm theo quy định của pháp luật và mọi thiệt hại")
_ASKS_TOO = re.compile(
    r"[^.]*(?:;(?!\s*(?:chiu trach nhiem theo quy dinh\b|(?:khong )?chiu trach nhiem ve\b))"
    r"|\bdong thoi\b|, bao cao\b(?! va\b))"
)
# A body that answers, named before it: not "Giao X chịu trách nhiệm ...", not the last of a
# run of verbs ("Phụ trách chung, chỉ đạo, chịu trách nhiệm ..."), not "a) Chịu trách nhiệm ..."
# under the body's heading
# (but "Giao Giám đốc Sở X chịu trách nhiệm về ...": one body handed only what it answers for)
_ANSWERER = re.compile(
    r"^(?:giao\s+(?:(?:giam doc|chu tich|thu truong)\s+)?(?=(?:so|cuc|chi cuc|van phong)\s))?"
    r"(?!(?:giao|yeu cau|de nghi)\b)(?:[^.;:]|(?<=cac tinh):)*[^\W\d_](?<!\bva)(?<!\bdong thoi)"
    r"\s+chiu (?:hoan toan )?trach nhiem\b"
)
_SENTENCES = re.compile(r"\.(?:/\.?)?(?:\s+|$)")
# The same with no body before it, in a numbered clause of the body's "Trách nhiệm của X"
# article: "1. Chịu trách nhiệm trước Ủy ban nhân dân tỉnh về nội dung ...", "1. Có trách nhiệm
# về tính đầy đủ ... đối với dữ liệu ..." (what X answers for, README session 18's call on
# 134/01; "Chịu trách nhiệm về việc trả lời ..." too, README's "về việc Y"; not "Chịu trách
# nhiệm trả lời ...", the work itself)
_ANSWERS_BARE = re.compile(
    r"^(?:chiu (?:hoan toan )?trach nhiem (?:toan dien |hoan toan )?(?:theo quy dinh )?"
    r"(?:truoc|ve)\b"
    r"|co trach nhiem (?:ve|doi voi))\b"
)


def only_answers(folded: str, marker: str | None = None) -> bool:
    """Whether every sentence of an item only says what a body answers for ("5. Bộ Y tế chịu
    trách nhiệm về việc tổng hợp số liệu. Bộ Tài chính ... chịu trách nhiệm về số liệu ..."),
    with no body named before it too in any list item (its ``marker``: "1. Chịu trách nhiệm
    trước ... về ..." under the body's title, and by session 29's third reading a dash or a
    lettered point too: 14/04's "b) Chịu trách nhiệm về nội dung hồ sơ ...")."""
    if "trach nhiem" not in folded:
        return False  # (what each sentence must say: most items say none of it)
    bare = marker not in (None, "article")
    folded = folded[article_label(folded) :]  # ("Điều 3. Bộ X chịu trách nhiệm về ...")
    sentences = [s.strip() for s in _SENTENCES.split(folded) if s.strip(" .")]
    return bool(sentences) and all(
        (m := _answers(s, bare)) is not None and not _ASKS_TOO.match(s, m.end()) for s in sentences
    )


def _answers(sentence: str, bare: bool) -> re.Match[str] | None:
    """What a sentence says a body answers for, the body named before it (or not, ``bare``)."""
    m = ANSWERS.match(sentence)
    if m is not None and _ANSWERER.match(sentence[: m.end()]) is not None:
        return m
    return _ANSWERS_BARE.match(sentence) if bare else None


def clause_answers(block: Block) -> bool:
    """``only_answers`` of an item, its marker saying whether it is a clause."""
    return only_answers(block.folded, block.marker)


def answered_first(folded: str, starts: list[int]) -> int:
    """Where an item's task starts when its first sentences only say what bodies answer for
    and a later one gives the work ("Bộ A, Bộ B ... chịu trách nhiệm toàn diện trước Thủ tướng
    Chính phủ về .... Bộ A phối hợp ... thực hiện ..."): that later sentence's start (``starts``
    the offsets where the item's sentences begin); 0 when it opens with its task."""
    label = at = article_label(folded)  # ("Điều 2. ": no sentence of its own)
    for start in (s for s in starts if s > label):
        if not only_answers(folded[at:start].rstrip(" ;.")):
            break
        at = start
    return 0 if at == label else at


def opens_answering(folded: str) -> bool:
    """Whether a paragraph opens by saying what bodies answer for ("Các bộ, cơ quan liên quan
    chịu trách nhiệm trước Đảng, Chính phủ ... về tiến độ ...; lưu ý phải bảo đảm ..."): inside
    a task's item it starts no action of its own and stays in that task's text, whatever it
    goes on to ask (examples/blind/README.md)."""
    return (
        "trach nhiem" in folded
        and (m := ANSWERS.match(folded)) is not None
        and _ANSWERER.match(folded[: m.end()]) is not None
    )
