"""The body a sentence that opens with a case hands its work to: "Trường hợp Trung tâm X chưa
được thành lập ..., Ban Quản lý có trách nhiệm ...", "Căn cứ ..., trường hợp cần thiết phải ban
hành ... thì các cơ quan, tổ chức, đơn vị ... có trách nhiệm ban hành ...", and "Trong quá trình
thực hiện, nếu có phát sinh vấn đề chưa phù hợp, Giám đốc Trung tâm X đề xuất ... xem xét, điều
chỉnh ...": one body named alone to propose the changes the rules need (README's side duty
"advising changes"), not the bodies told where to send their difficulties ("..., các cơ quan,
đơn vị phản ánh về Sở X để tổng hợp, tham mưu ... điều chỉnh")."""

from __future__ import annotations

import re

from directives.parser.bodies import heading_bodies
from directives.parser.clean import fold_keep
from directives.parser.formulas import DIFFICULTY_CASE
from directives.parser.letters import CAPITAL
from directives.parser.subjects import subject_bodies

# "Trường hợp ..., Ban Quản lý ...": the case, then the body that is to act, capitalised after a
# comma
_AFTER_CASE = re.compile(r"^Trường hợp\s[^.;:]{2,240}?,\s+(?=\w)")
# "(Căn cứ ..., )trường hợp ... thì các cơ quan ...": the case closed by "thì", then the body
# (or the matter: "Đối với các vấn đề mà người nộp thuế ... kiến nghị ... thì cơ quan thuế ...")
_THEN = re.compile(
    r"^(?:Căn cứ\s[^.;:]{2,200}?,\s*)?(?:[Tt]rường hợp|[Nn]ếu|Đối với)\s[^.;:]{2,240}?\s+thì\s+"
    r"(?=\S)"
)
# "Nếu phát hiện sai sót trong hồ sơ, bản vẽ đã nộp, Công ty có trách nhiệm ...": a condition
# closed by a comma (its own commas before it), then the body, capitalised
_IF = re.compile(rf"^Nếu\s[^.;:]{{2,240}}?,\s+(?=[{CAPITAL}])")
_DIFFICULTY = re.compile(DIFFICULTY_CASE)
# (after the difficulty's case) the one body named alone, no comma nor "các" in its name, that
# is to propose, advise or recommend the changes
_PROPOSES = re.compile(
    r"(?:[^;.:]*?,\s*)?(?P<who>(?!cac\b)[^,;.:]{4,120}?)(?<!\bco the)\s+"
    r"(?:kip thoi\s+)?(?:de xuat|tham muu|kien nghi)\b[^.;]*\b(?:dieu chinh|sua doi|bo sung)\b"
)


def case_subject(says: str) -> list[str]:
    """The body a case clause hands the item's work to, named as its sentence's subject."""
    says = says.strip()
    case = _AFTER_CASE.match(says)
    if case is not None and says[case.end()].isupper():
        return subject_bodies(says[case.end() :])
    then = _THEN.match(says)
    if then is not None:
        return subject_bodies(says[then.end() :])
    proposer = proposing_body(says, fold_keep(says))
    return [proposer] if proposer else []


def then_subject(says: str) -> list[str]:
    """The body named after a matter or case closed by "thì" ("Đối với các vấn đề mà người
    nộp thuế, cơ quan thuế cấp dưới kiến nghị ... thì cơ quan thuế ... có trách nhiệm ..."), or
    after a condition and its comma ("Nếu ..., Công ty có trách nhiệm ..."): that body acts, not
    one the case names, and as written (the heading's body by its kind: README, 212/02)."""
    then = _THEN.match(says.strip()) or _IF.match(says.strip())
    return subject_bodies(says.strip()[then.end() :]) if then is not None else []


def proposing_body(text: str, folded: str, at: int | None = None) -> str | None:
    """After the case of a difficulty that opens ``text`` (or ends at ``at``), the one named body
    that is to propose the changes ("..., Giám đốc Trung tâm X đề xuất ... điều chỉnh ...")."""
    if at is None:
        opening = _DIFFICULTY.match(folded)
        if opening is None:
            return None
        at = opening.end()
    m = _PROPOSES.match(folded, at)
    if m is None or " cac " in f" {m.group('who')} ":
        return None
    named = heading_bodies(text[m.start("who") : m.end("who")])
    return named[0] if len(named) == 1 else None
