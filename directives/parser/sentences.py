"""Task boundaries inside one item: a later sentence whose subject is another body
("... trước ngày 05/12. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo ...") is a task of its
own, given to that body."""

from __future__ import annotations

import itertools
import re

from directives.parser.answers import answered_first, answers_at
from directives.parser.article_labels import article_label
from directives.parser.bodies import STARTS_BODY, TITLES
from directives.parser.clean import fold_keep, squash
from directives.parser.comma_clauses import clause_part, comma_cuts
from directives.parser.duty_sentence import duty_stop
from directives.parser.lead_in import without_lead_in, without_title
from directives.parser.letters import CAPITAL
from directives.parser.mentions import MentionFinder, Part
from directives.parser.name_words import name_part
from directives.parser.partner_words import heads_parted, stops_in_asked, stops_in_partners
from directives.parser.subject_kinds import semicolon_names
from directives.parser.subjects import subject_acts, subject_bodies

# Where a sentence ends inside an item: a full stop before a capital.
# (or a semicolon before a capital: "...; Trên cơ sở đó, Ban Chỉ đạo ... xây dựng kế hoạch")
# (a capital indeed: "... xem xét quyết định. đề nghị Bộ X ..." is one sentence a stray stop
# broke, the range "\u00c0-\u1ef8" holding small letters too)
_SENTENCE_END = re.compile(rf"\.\s+(?=[{CAPITAL}])|;\s+(?=[{CAPITAL}])")
# "Về việc này, ...", "Về vấn đề trên, ...": the answer to what the sentences before report
_ON_THIS = re.compile(r"ve (?:viec|van de|noi dung) (?:nay|tren),")
# Words that open a sentence before its subject: "Trên cơ sở đó, Bộ Tư pháp ..."
# or a clause of purpose or role: "Để xác định vị trí của dự án, Ủy ban nhân dân tỉnh ..."
_OPENER = re.compile(
    # ("Trên cơ sở chủ trương của Hội đồng nhân dân tỉnh, Ban X trình ...": what it rests on;
    # not "Trên cơ sở kế hoạch của từng sở, cơ quan, ...", whose comma goes on with the list)
    r"^(?:(?:tren co so (?:do|nay|(?![^,;.:]*\bcua (?:tung|cac|moi)\s)[^,;.:]{3,100})|"
    r"dong thoi|sau do|ngoai ra|tiep do|"
    # ("Trong khi chờ Bộ X nâng cấp ứng dụng, Cục trưởng Cục Y chịu trách nhiệm ...": until)
    r"(?:de|nham|voi vai tro|trong khi cho),? [^,;.:]{3,160}),\s*"
    # "Định kỳ 06 tháng các cơ quan ... báo cáo ...": how often, then the bodies
    r"|dinh ky(?: \d{1,2} thang| hang (?:nam|quy|thang))?,?\s+(?=cac\s))"
)


def after_answers(text: str, folded: str) -> int:
    """Where an item's task starts after its first sentences that only say what bodies
    answer for ("X, Y chịu trách nhiệm toàn diện trước ... . X phối hợp ..."), 0 if none or
    when the task's sentence names no body of its own ("Sở X chịu trách nhiệm về .... Tham mưu
    ...": the body that answers does the work, and its sentence stays in the text)."""
    at = answered_first(folded, [m.end() for m in _SENTENCE_END.finditer(text)])
    return at if at and subject_bodies(text[at:]) else 0


def task_sentences(
    text: str, folded: str, find: MentionFinder, keep_later: bool = False
) -> list[tuple[str, str]]:
    """The item cut where a sentence hands a task to a body other than the one before (with
    ``keep_later``, for a numbered item under a heading that names its body, only where the
    later sentence asks its body by a lead verb of its own: "... . Giao Bộ X ...")."""
    first = after_answers(text, folded)
    cuts = [first]
    subject = _subject(text[first:], folded[first:], find) or _asked_first(text, folded, find)
    for m in _SENTENCE_END.finditer(text, first):
        start = m.end()
        named = _subject(text[start:], folded[start:], find)
        if answers_at(folded, start):
            continue  # "Các Bộ trưởng ... chịu trách nhiệm toàn diện trước ...": who answers for it
        if asked_again(text, folded, cuts[-1], start):
            cuts.append(start)  # "Đề nghị X ... . Trường hợp ..., đề nghị X ...": asked again
            continue
        if folded.startswith("truong hop ", start):
            continue  # "... . Trường hợp ..., Bộ X bổ sung ...": a case of the same task
        before = text[cuts[-1] : m.start()].strip()
        if text[m.start()] == ";" and (
            name_part(before + ";") == before or _addressees(before) or semicolon_names(before)
        ):
            continue  # "Các bộ, cơ quan ngang bộ; Ủy ban nhân dân các tỉnh ... làm": one list
        rest = text[start:].strip().rstrip(" .;")
        if text[m.start()] == ";" and (name_part(rest) == rest or semicolon_names(rest + ";")):
            continue  # "... của các Sở A; Sở B; Sở C.": the list runs on to the end, no task
        if subject is not None and _head_of(text[start:].lstrip(), subject):
            continue  # "Bộ X chỉ đạo .... Giao Bộ trưởng Bộ X xem xét ...": the same body
        if text[m.start()] == "." and stops_in_asked(text, folded, cuts[-1], m.start()):
            continue  # "kính đề nghị Bộ A. Bộ B, ... có ý kiến": one list
        if (text[m.start()] == "." and stops_in_partners(text, folded, cuts[-1], m.start())) or (
            text[m.start()] == ";" and heads_parted(text, folded, cuts[-1], m.start())
        ):
            # "... phối hợp với Sở A, Sở B. Sở C và UBND quận căn cứ ...": one list (or ";"
            # between partners named by their heads: "Phối hợp với Chánh Văn phòng UBND tỉnh;
            # Chủ tịch UBND các xã, phường tổ chức ...")
            continue
        if _ON_THIS.match(folded, start) and not _ASKED.search(before):
            cuts = [start]  # "Báo X có đăng bài .... Về việc này, Thủ tướng giao ...": the news
            continue  # the answer is about, no task
        if named is not None and _serves(before, text[start:]):
            continue  # "Sở A chủ trì, phối hợp Sở B ... . Sở B ... để Sở A đồng bộ": A's task
        if named is not None and _collects(before, text[start:]):
            continue  # "... báo cáo về Cục Thuế (qua phòng X) .... Phòng X tổng hợp ...": one flow
        if named is not None and text[m.start()] == ";" and _guided(text[start:], subject):
            # "Bộ A ban hành hướng dẫn ...; các bộ căn cứ hướng dẫn của Bộ A rà soát ..., gửi
            # kết quả về Bộ A; Bộ A tổng hợp ...": one sentence, the steps of A's task
            continue
        if keep_later and text[m.start()] == "." and not _ASKS_AT.match(folded, start):
            # "a) ... gửi Bộ X trước ngày .... Trên cơ sở đề xuất của các địa phương, Bộ X
            # tổng hợp, trình ...": a numbered item's later sentence stays in its action
            continue
        if named is not None and named != subject and not _ALSO_ALL.match(folded, start):
            cuts.append(start)
            subject = named
    bounds = [*cuts, len(text)]
    # (and within a sentence, at a clause whose subject is another body with its own verb, the
    # comma or semicolon before it left with the clause before)
    clauses = {
        a + c for a, b in itertools.pairwise(bounds) for c in comma_cuts(text[a:b], folded[a:b])
    }
    bounds = sorted({*bounds, *clauses})
    parts = [
        clause_part(text[a:b], folded[a:b], b in clauses, text[:a].rstrip().endswith(";"))
        for a, b in itertools.pairwise(bounds)
    ]
    if len(parts) < 2:
        return parts
    # "Về vấn đề này, Chính phủ đã ban hành ...": what was done before, not a task
    # "Hiện nay tổng khối lượng ... 61%", "Kết quả đạt được thời gian qua là ...": how things
    # stand, before the sentence that asks someone
    kept = [
        p
        for i, p in enumerate(parts)
        if not (_PAST.search(p[1][:120]) or (i == 0 and _STANDING.match(p[1])))
    ]
    # (every sentence reports or describes: an assessment, no task at all)
    return kept


def _serves(before: str, sentence: str) -> bool:
    """The partner the text ``before`` names does a step for its lead ("để Sở A ...")."""
    sentence = sentence.split(". ")[0]
    lead, partner = subject_bodies(before)[:1], subject_bodies(sentence)[:1]
    return bool(lead and partner) and f"để {lead[0]} " in sentence and partner[0] in before


def _collects(before: str, later: str) -> bool:
    """The later sentence's body consolidates the reports the text ``before`` sends it ("...
    báo cáo ... về Cục Thuế (qua phòng TH-NV-DT) ..." / "Phòng THNVDT tổng hợp ..."): the
    next step of the same reporting, however the letter spells the body's name."""
    named = subject_bodies(later.split(". ")[0])[:1]
    if not named or not later.startswith(f"{named[0]} tổng hợp "):
        return False
    sent = _SENDS.search(fold_keep(before))
    return sent is not None and _letters(named[0]) in _letters(before[sent.start() :])


# "báo cáo ... về", "gửi ...": the text sends its reports on to a body
_SENDS = re.compile(r"\b(?:bao cao|gui)\b")


def _letters(name: str) -> str:
    return re.sub(r"\W+", "", fold_keep(name)).lower()


def _guided(clause: str, lead: str | None) -> bool:
    """The clause's bodies act on the guidance of ``lead`` ("căn cứ hướng dẫn của Bộ A")."""
    clause = clause.split(";")[0]
    return lead is not None and f"căn cứ hướng dẫn của {lead}" in clause.replace("  ", " ")


def _asked_first(text: str, folded: str, find: MentionFinder) -> str | None:
    """ "Về việc ..., đề nghị Thuế tỉnh X trao đổi ...": the body the first sentence asks."""
    end = _SENTENCE_END.search(text)
    m = _ASKED.search(text, 0, end.start() if end else len(text))
    return _subject(text[m.end() :], folded[m.end() :], find) if m else None


def asked_again(text: str, folded: str, at: int, start: int) -> bool:
    """ "Đề nghị X ... . Trường hợp phát sinh vướng mắc ..., đề nghị X ...": the sentence at
    ``start`` asks a body by name once more, for a case of its own, after the text from ``at``
    asked one (not "Trường hợp vướng mắc, đề nghị liên hệ ...": the same request goes on)."""
    case = _CASE_ASK.match(folded, start)
    return bool(case and STARTS_BODY.match(text, case.end()) and _ASKED.search(text, at, start))


def case_sentences(text: str, folded: str) -> list[tuple[str, str]]:
    """A paragraph cut before each sentence that asks its body again for a case of its own."""
    cuts = [0]
    for m in _SENTENCE_END.finditer(text):
        if asked_again(text, folded, cuts[-1], m.end()):
            cuts.append(m.end())
    bounds = [*cuts, len(text)]
    return [(text[a:b].strip(), folded[a:b].strip()) for a, b in itertools.pairwise(bounds)]


def _head_of(sentence: str, body: str) -> bool:
    """The sentence's subject is the head of ``body`` ("Bộ trưởng Bộ X hướng dẫn ...")."""
    title = TITLES.match(sentence)
    return title is not None and sentence[title.end() :].startswith(body)


def _addressees(before: str) -> bool:
    """ "..., Sở X đề nghị Ủy ban A tỉnh; các Sở, ban, ngành của tỉnh; ...": the ";" parts the
    bodies an ask is addressed to, each a name alone (or its "của tỉnh"), one task after them."""
    asks = list(_ASKED.finditer(before))
    if not asks:
        return False
    for piece in before[asks[-1].end() :].split(";"):
        piece = piece.strip()
        rest = piece[len(name_part(piece)) :].strip()
        if not name_part(piece) or (rest and not _OWNER.match(rest)):
            return False
    return True


# "Giao Bộ X ...", "Với vai trò ..., yêu cầu các bộ ...": a sentence that asks by a lead verb
_ASKS_AT = re.compile(r"(?:[^.;]{0,200}?,\s*)?(?:giao|yeu cau|de nghi)\s")
_ASKED = re.compile(r"\b(?:đề nghị|yêu cầu|giao)\s+", re.IGNORECASE)
# "Trường hợp phát sinh vướng mắc ..., đề nghị X ...": a case, then a request of its own
_CASE_ASK = re.compile(r"truong hop\b[^.;:]{0,200}?,\s*(?:de nghi|yeu cau)\s+")
_OWNER = re.compile(r"^(?:của|thuộc)\s+\S+(?:\s+\S+)?$")


def _subject(text: str, folded: str, find: MentionFinder) -> str | None:
    """The body a sentence opens with as the one who acts, or None."""
    opener = _OPENER.match(folded)
    at = opener.end() if opener else 0
    sentence = text[at:].split(". ")[0]
    mentions = find(sentence, folded[at : at + len(sentence)])
    if mentions and mentions[0].start == 0 and mentions[0].part == Part.SUBJECT:
        return mentions[0].name
    if subject_acts(sentence):
        return squash(fold_keep(sentence.split()[0]))  # a body the finder does not know
    asked = _ASKS.match(sentence)
    if asked and (STARTS_BODY.match(sentence, asked.end()) or _KINDS.match(sentence, asked.end())):
        # "Yêu cầu các Bộ, cơ quan đổi mới ...": a task handed to a body named by its kind
        return squash(fold_keep(sentence[asked.end() :].split(",")[0]))
    return None


# "... được phê duyệt. Đồng thời, các địa phương chủ động ...": the same task goes on for all
# of a kind, no body's task of its own
_ALSO_ALL = re.compile(r"dong thoi,?\s+cac\s")
_ASKS = re.compile(r"(?:Giao|Yêu cầu|Đề nghị)\s+(?:các\s+)?", re.IGNORECASE)
# (or what a thing is held to be: "Thị trường các-bon được coi là công cụ kinh tế ...")
_STANDING = re.compile(
    r"^(?:hien nay|thoi gian qua|vua qua|ket qua dat duoc)\b"
    r"|^[^.;:,]{0,60}\bduoc (?:coi|xem|xac dinh) la\b"
)
# bodies named by their kind after "các": "Yêu cầu các địa phương ...", "các bộ, ngành ..."
_KINDS = re.compile(r"(?:địa phương|bộ, ngành|ngành|chủ đầu tư|nhà đầu tư)\b", re.IGNORECASE)


def opens_with_actor(text: str, folded: str, find: MentionFinder) -> bool:
    """The sentence opens (after a clause of purpose or role) with the body that acts."""
    return _subject(text, folded, find) is not None


# What was done before: "Về vấn đề này, Chính phủ đã ban hành Nghị quyết số ..."
_PAST = re.compile(
    # (also with the manner between: "Bộ X đã nghiêm túc thực hiện ...", "... đã nhiều lần có
    # văn bản gửi ...": what a body has done, reported)
    # (not "tối đa có thể": as much as can be, "đa" no "đã")
    r"(?<!\btoi )\bda (?:(?:nghiem tuc|nhieu lan|tich cuc|chu dong|kip thoi) )?"
    r"(?:ban hanh|co|chi dao|giao|yeu cau|de nghi|trien khai|thuc hien)\b"
)
# A line that only gives the item above its time: "Thời hạn hoàn thành: trước ngày ..."
# (or of what is handed in: "Thời hạn gửi báo cáo trước ngày ...", "Thời hạn nộp hồ sơ: ...")
OWN_TIME = re.compile(
    r"^(?:thoi gian|thoi han|tien do)(?: hoan thanh| thuc hien| (?:gui|nop) (?:bao cao|ho so|"
    r"van ban|ket qua|so lieu|y kien))?\s*:?\s"
)

# "Đảm bảo hoàn thành trong quý I/2026": a paragraph that only dates the task above it
DONE_BY = re.compile(r"^(?:(?:dam bao|bao dam) )?hoan thanh (?:trong|truoc|cham nhat|vao)\b")


def own_time(marker: str | None, folded: str) -> bool:
    """A paragraph, or a numbered item ("2. Thời hạn gửi báo cáo trước ngày ..."), that only
    gives the task above its time."""
    return (marker or "num")[:3] == "num" and OWN_TIME.match(folded) is not None


# A condition that goes on with the task above: "Trường hợp còn thiếu, ...", "Nếu ..."
# (or what it puts first: "Trong đó, ưu tiên các lĩnh vực: ...")
CONDITION = re.compile(r"^(?:truong hop|neu|rieng|trong do,)\s")
# The letter's closing "./." left on its last task
_CLOSE_MARK = re.compile(r"\.\s*/\s*\.?\s*$")
# An ellipsis that ends a task's text, its comma included (",...", ", …")
_ELLIPSIS = re.compile(r"(?<=\w)(?P<mark>(?:,\s*)?(?:\.\.\.|…))\.?\s*$")


# "Về đề nghị hỗ trợ vốn ...: giao Bộ Tài chính ...": the topic a conclusion answers, then the task
# (or what the topic asks for, after it: "Về ...: tăng số lượng cấp phó ...: giao Bộ Nội vụ ...")
_TOPIC = re.compile(
    r"^(?:Về )?[^.;:]{3,300}(?::[^.;:]{3,300})?:\s+"
    r"(?=(?:giao|đề nghị|yêu cầu)\s+(?:cho\s+)?(?P<ask>))"
)


# "..., theo hướng:": the items below say how the task before them is done
MANNER = re.compile(r"\btheo (?:cac )?(?:huong|dinh huong)(?: sau(?: day)?)?\s*:\s*$")


# (or "Dieu 2." in a scan that lost its diacritics)
# (with a colon only over a body's work, "Điều 2: Giao Sở X ...": a report's "- Điều 8: Văn bản
# này ..., đề nghị ..." names the draft's article its request speaks of; README 181/02)
_ARTICLE_MARK = re.compile(
    rf"^(?:Điều|Dieu)\s+\d{{1,3}}\s*(?:[.]|:(?=\s+(?:Giao\s|{STARTS_BODY.pattern})))\s+(?=\S)",
    re.IGNORECASE,
)


def task_text(text: str) -> str:
    """A task's text on one line, without the final full stop or the letter's "./.", nor
    the topic label before a task handed to a body."""
    text = squash(text)
    if _ARTICLE_MARK.match(text):  # "Điều 2. Giao ...": the marker (and a title run on), not text
        text = text[article_label(fold_keep(text[:80])) :]
    topic = _TOPIC.match(text)
    if topic and STARTS_BODY.match(text, topic.end("ask")):
        # (not "... như: yêu cầu phải nộp bản gốc; ...": a requirement listed, no body asked)
        text = text[topic.end() :]
    text = _CLOSE_MARK.sub("", without_lead_in(without_title(text)))
    if "Thời " in text or "Tiến độ" in text:
        text = _OWN_TIME_LAST.sub("", text)
    # (the pattern ends the text: only a text ending in an ellipsis is searched)
    trail = _ELLIPSIS.search(text) if text.rstrip().endswith(("...", "…")) else None
    if trail is not None:  # "..., tìm kiếm, cứu nạn,...": the ellipsis as written
        return text[: trail.start()].strip(" ;,.:*") + trail.group("mark")
    return text.strip(" ;,.:*") or text


def goes_on(folded: str, at: int) -> bool:
    """ "Trong quá trình thực hiện, nếu có ..." at ``at`` after a task's own sentences goes on
    with that task; it closes the letter when it opens its paragraph or follows words on the
    letter itself ("... nghiêm túc Chỉ thị này.")."""
    return at > 0 and not _LETTER_ITSELF.search(folded, 0, at)


_LETTER_ITSELF = re.compile(
    r"\b(?:chi thi|cong van|cong dien|ke hoach|van ban) nay\b"
    # "X yêu cầu Công ty ... nghiêm túc thực hiện; trong quá trình ...": the letter's last ask
    r"|\bnghiem tuc (?:trien khai )?thuc hien\s*[;,]"
)


# "... trên Hệ thống 751. Thời hạn hoàn thành: trước ngày 30/11/2025.": the item's time, which
# its deadline holds, closing its text
_OWN_TIME_LAST = re.compile(
    r"(?<=[.;])\s+\**(?:Thời hạn|Thời gian|Tiến độ)(?: hoàn thành| thực hiện)?\s*:[^.;:]*[.*\s]*$"
)


def within_lead(parts: list[tuple[str, str]], lead: str) -> list[tuple[str, str]]:
    """ "... Đồng thời, cấp uỷ, chính quyền cơ sở phải ..." under "cấp uỷ, tổ chức đảng, ...":
    a sentence whose subject is of the bodies the item's lead names goes on with its task."""
    kind = " ".join(fold_keep(lead).split()[:2]).strip(" ,")
    out = parts[:1]
    for text, folded in parts[1:]:
        subject = _SENTENCE_OPENER.sub("", folded)
        # ("... . Đề nghị Công ty hiệu chỉnh ..." under "đề nghị Công ty hoàn thiện ...:"; the
        # same body asked again for the item's work)
        asked = _ASKED_AGAIN.sub("", subject)
        if asked.startswith((kind + " ", kind + ",")) or _head_of(text, lead):
            out[-1] = (f"{out[-1][0]} {text}", f"{out[-1][1]} {folded}")
        else:
            out.append((text, folded))
    return out


_SENTENCE_OPENER = re.compile(r"^(?:dong thoi|ngoai ra|ben canh do|tren co so do),\s*")
_ASKED_AGAIN = re.compile(r"^(?:de nghi|yeu cau)\s+")


def own_task(folded: str, text: str = "") -> re.Match[str] | None:
    """Where a heading that names its body closes its own task before its items ("2. Chủ tịch
    Ủy ban nhân dân các tỉnh tổ chức theo dõi ..., trong đó:"); not a heading that hands the
    body work ("2. Giao Bộ Tài chính chủ trì ... rà soát ..., trong đó:" / "a) Đánh giá ..."):
    what it hands is the items, its own words staying out of them (README, 135/01), unless it
    singles out some of its tasks ("..., trong đó tập trung một số nhiệm vụ sau:")."""
    m = _OWN_TASK.search(folded) or duty_stop(text)  # ("1. Giao X lập Y. Y có trách nhiệm:")
    if m is None or not folded.startswith("giao ") or not _BARE_WHEREOF.match(m.group()):
        return m
    return None


_BARE_WHEREOF = re.compile(r",\s*trong do\s*:\s*$")
# "..., trong đó tập trung (thực hiện) một số nhiệm vụ sau:" (or "..., trong đó:") closing a
# body's own task
_OWN_TASK = re.compile(
    r"(?:,\s*trong do(?: (?:tap trung |can |chu trong )?(?:thuc hien )?(?:mot so |cac )?"
    r"(?:nhiem vu|noi dung|giai phap)[^.:;]{0,40}\bsau)?"
    # "1. Giao Sở X là cơ quan đầu mối ...; tổ chức thực hiện các nhiệm vụ sau:", "... trên địa
    # bàn, tập trung một số nhiệm vụ cụ thể sau:": the body's own task, then its items
    r"|[;,]\s*(?:tap trung|(?:to chuc )?thuc hien)\s+(?:mot so |cac )?(?:nhiem vu|noi dung)"
    r"[^.:;,]{0,40}\bsau)\s*:\s*$"
)


# "... Thời hạn hoàn thành: trước ngày ...": a deadline labelled for the whole item
TIME_LABEL = re.compile(r"(?:thoi han|thoi gian|tien do)(?: hoan thanh| thuc hien)?\s*:?\s*$")
