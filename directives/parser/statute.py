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

from directives.parser.article_labels import article_label
from directives.parser.blocks import Block
from directives.parser.bodies import heading_bodies
from directives.parser.body_articles import body_heading, task_opens

# ("Phần A", "Phần II": a procedure divided into parts as a regulation is into chapters)
# (not a sentence's cited chapter its line's wrap put first: "... chuyển Điều 6 dự thảo Quy định lên
# / Chương I về các nội dung quy định chung cho phù hợp.", "Phần I của Phụ lục I ...")
_CHAPTER = re.compile(
    r"^(?:chuong\s+(?:[ivxlc]+|\d+)|phan\s+(?:[ivxlc]+|\d+|[a-h]))\b"
    r"(?!\s+(?:ve|cua|va|nay|theo|hoac|tai|thuoc)\b)\s*[.:]?\s*"
)
# (not a sentence's cited article its line's wrap put first: "Điều 6 của Nghị quyết này;")
ARTICLE = re.compile(
    r"^dieu\s+\d+\b(?!\s*(?:[,;)]|(?:cua|va|nay|theo|hoac|khoan|nghi|quyet|luat)\b))"
)
CARRIED_OUT = re.compile(r"\b(?:to chuc thuc hien|trach nhiem thi hanh)\b")
# "TỔ CHỨC THỰC HIỆN KIẾN NGHỊ KIỂM TRA": a title (in capitals) carrying out something else than
# the document, a rule's topic
_CARRIES_ELSE = re.compile(
    r"\bTỔ CHỨC THỰC HIỆN\s+(?!VÀ\b|NÀY\b|QUY CHẾ|QUY ĐỊNH|QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾ HOẠCH|"
    r"CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|THÔNG TƯ|CHỈ THỊ)(?P<word>\w{2,})"
)


def _carries_else(title: str) -> bool:
    """The title, as printed, carries out something else than the document."""
    m = _CARRIES_ELSE.search(title)
    return m is not None and m.group("word").isupper()


# an article's title that gives bodies their work ("Trách nhiệm thi hành", "Nhiệm vụ của ..."),
# not one that states a body's mandate ("Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn": the
# standing duties of a department whose functions the rules set out)
_DUTY_TITLE = re.compile(
    r"^dieu\s+\d+\s*[.:]?\s*"
    # ("Điều 7. Hiệu lực và trách nhiệm thi hành": the effect joined to carrying it out)
    r"(?:hieu luc(?: thi hanh)?\s*(?:,|va)\s*)?"
    r"(?:to chuc thuc hien|trach nhiem|"
    r"nhiem vu(?!\s*(?:,|va)\s*quyen han)|phan cong|thi hanh|dieu khoan thi hanh|"
    # ("Điều 18. Giám sát thi hành Nghị quyết": who is to supervise it)
    r"giam sat (?:viec )?(?:thi hanh|thuc hien|to chuc thuc hien)|"
    # ("Điều 6. Hội đồng nhân dân tỉnh giao": the issuer giving the bodies under it their work)
    r"[^.;:]{3,60}\sgiao\s*:?\s*$)"
)


def implementation_part(lines: list[str], folded: list[str], body: list[int]) -> list[int]:
    """The lines of ``body`` in its chapters on carrying it out, when it is divided into
    chapters and has one; else ``body`` as it is. In such a chapter an article headed by a body
    alone ("Điều 20. Văn phòng UBND tỉnh", beside "Điều 25. Trách nhiệm của ...") lists that
    body's tasks like one titled for its duties."""
    heads = [k for k, i in enumerate(body) if _CHAPTER.match(folded[i])]
    last = _title(folded, body[heads[0] :]) if len(heads) == 1 else ""
    if CARRIED_OUT.search(last):  # steps whose only part is "Phần III / TỔ CHỨC THỰC HIỆN"
        return _duty_articles(folded, body[heads[0] :], lines, _topics(last))
    if len(heads) < 2:
        heads = _sections(folded, body)
    if len(heads) < 2:
        return body
    kept: list[int] = []
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(body)
        # (a forms list after it ends it too: "DANH MỤC MẪU BIỂU", "Phụ lục" or not)
        end = next((e for e in range(k + 1, end) if _annex_opens(lines, folded, body[e])), end)
        title = _title(folded, body[k:end])
        raw = " ".join(lines[i].strip() for i in body[k : min(end, k + 6)])
        if CARRIED_OUT.search(title) and not _carries_else(raw):
            kept.extend(_duty_articles(folded, body[k:end], lines, _topics(title)))
    return kept or _closing_chapter(folded, body, heads) or body


def without_transitional(folded: list[str], body: list[int]) -> list[int]:
    """``body`` less the articles titled transitional ("Điều 2. Điều khoản chuyển / tiếp", its
    title wrapped or not) outside a chapter: rules, no tasks (README, session 29's third
    reading of 221/04), unless titled for carrying it out too ("... và tổ chức thực hiện")."""
    starts = [n for n, i in enumerate(body) if ARTICLE.match(folded[i])]
    dropped: set[int] = set()
    for a, b in zip(starts, [*starts[1:], len(body)], strict=False):
        title = " ".join(folded[i] for i in body[a : min(a + 2, b)])
        if _TRANSITIONAL.search(title) and not CARRIED_OUT.search(title):
            dropped.update(range(a, b))
    return [i for n, i in enumerate(body) if n not in dropped]


# "DANH MỤC MẪU BIỂU", "PHỤ LỤC / DANH MỤC BIỂU MẪU": the list of the blank forms a procedure
# prescribes, which follow it
_FORMS_LIST = re.compile(
    r"^(?:phu luc(?:\s+(?:so\s+)?[ivx\d]+)?[\s.:-]*)?danh muc\s+(?:cac\s+)?(?:mau bieu|bieu mau)\b"
)


# "PHỤ LỤC 1 / DANH MỤC THÔNG TIN ...", a form's own letterhead ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT
# NAM" over "BIÊN BẢN ..."): what the regulation attaches after its last article begins
_ANNEX = re.compile(r"^(?:phu luc(?:\s+(?:so\s+)?[ivx\d]+)?\s*[.:-]?\s*$|cong hoa xa hoi\b)")


def _annex_opens(lines: list[str], folded: list[str], i: int) -> bool:
    """Line ``i`` opens the forms list, an annex or a form after the regulation's articles: a
    heading in capitals as printed."""
    if _FORMS_LIST.match(folded[i]):
        return True
    return _ANNEX.match(folded[i]) is not None and lines[i].strip()[:6].isupper()


def _closing_chapter(folded: list[str], body: list[int], heads: list[int]) -> list[int]:
    """With no chapter titled for carrying the document out, the last chapter that holds an
    article so titled ("Chương IV / ĐIỀU KHOẢN THI HÀNH / Điều 12. Tổ chức thực hiện", "ĐIỀU
    KHOẢN CUỐI CÙNG"): its duty articles, the "Trách nhiệm của ..." articles of the chapters
    before it being the regulation's rules; none when no chapter holds one (the bodies'
    responsibilities are then where its tasks are). Chapters hold all the articles: with one
    before the first heading ("Điều 2. ... / i) Phòng Quan hệ quốc tế;" taken for a section's
    numeral), the headings are no chapters."""
    if any(ARTICLE.match(folded[i]) for i in body[: heads[0]]):
        return []
    for n in range(len(heads) - 1, -1, -1):
        end = heads[n + 1] if n + 1 < len(heads) else len(body)
        chapter = body[heads[n] : end]
        if any(_CARRY_OUT_ARTICLE.match(folded[i]) for i in chapter):
            return _duty_articles(folded, chapter)
    return []


# "Điều 12. Tổ chức thực hiện", "Điều 15. Trách nhiệm thi hành": the article on carrying it out
_CARRY_OUT_ARTICLE = re.compile(
    r"^dieu\s+\d+\s*[.:]?\s*(?:to chuc thuc hien|trach nhiem thi hanh|dieu khoan thi hanh)"
    r"\s*\.?\s*$"
)


# "I- QUY ĐỊNH CHUNG", "IV. TỔ CHỨC THỰC HIỆN": a Roman-numbered section's heading
_SECTION = re.compile(r"^[ivx]{1,4}\s*[-.:)]\s*\S")
NUMERAL = re.compile(r"^[ivx]{1,4}\s*[-.:)]\s*")


def section_heads(folded: list[str], body: list[int]) -> list[int]:
    """The positions in ``body`` of its Roman-numbered section headings."""
    return [k for k, i in enumerate(body) if _SECTION.match(folded[i])]


def _sections(folded: list[str], body: list[int]) -> list[int]:
    """The positions in ``body`` of its Roman-numbered sections when they are the chapters of
    a regulation issued in its own name ("I- QUY ĐỊNH CHUNG / Điều 1. ...", ..., "IV- TỔ CHỨC
    THỰC HIỆN / Điều 20. ..."): each holds articles (a plan's sections, "I. MỤC ĐÍCH, YÊU
    CẦU", hold none, and are no chapters)."""
    heads = section_heads(folded, body)
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(body)
        if not any(ARTICLE.match(folded[i]) for i in body[k + 1 : end]):
            return []
    return heads


def attached_part(
    lines: list[str], folded: list[str], body: list[int], rules: bool = False
) -> list[int]:
    """The lines of a regulation attached after the decision's signature that give tasks: its
    chapter on carrying it out, or, when it has articles and no chapters ("Điều 3. Cơ cấu tổ
    chức" ... "Điều 4. Tổ chức thực hiện"), its articles titled for that when it has some.
    A regulation (``rules``: "QUY ĐỊNH", "QUY CHẾ") with neither gives none: its procedure
    articles ("Ủy ban nhân dân cấp xã thực hiện rà soát ...") are its rules."""
    part = implementation_part(lines, folded, body)
    if part != body:
        return part
    heads = [k for k, i in enumerate(body) if _CHAPTER.match(folded[i])]
    if rules and len(heads) >= 2:
        # (a regulation in chapters, none on carrying it out: only a chapter on the bodies'
        # responsibilities, "Chương II / TRÁCH NHIỆM VỀ QUẢN LÝ CHỢ", gives tasks; a "Trách
        # nhiệm ..." article among a rule chapter's lays duties on its own subjects: README)
        ends = [*heads[1:], len(body)]
        chapters = [body[k:end] for k, end in zip(heads, ends, strict=True)]
        part = [i for c in chapters if _DUTIES_CHAPTER.match(_title(folded, c).strip()) for i in c]
    return _duty_articles(folded, part, otherwise=[] if rules else None)


# "TRÁCH NHIỆM VỀ QUẢN LÝ CHỢ", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN", "NHIỆM VỤ CỦA ...": a chapter on
# the bodies' responsibilities
_DUTIES_CHAPTER = re.compile(r"^(?:trach nhiem|nhiem vu)\b")


def resolution_part(lines: list[str], folded: list[str], body: list[int]) -> list[int] | None:
    """The lines of a council resolution's ``body`` that give tasks: its chapter or its
    articles on carrying it out ("Điều 8. Tổ chức thực hiện"), the rule articles before them
    left out ("Điều 3. Trình tự thực hiện / ... Ủy ban nhân dân cấp xã có trách nhiệm ..."
    states the procedure the resolution lays down); None when it has no such part."""
    part = attached_part(lines, folded, body)
    return None if part == body else part


def scoped_part(lines: list[str], folded: list[str], body: list[int]) -> list[int] | None:
    """The lines of a decision that lays down rules itself, its first article titled for its
    scope ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"), that give tasks: its articles on
    carrying it out ("Điều 4. Trách nhiệm thi hành"), as for a regulation; None when its first
    article is titled otherwise or none of its articles is so titled. The powers it delegates,
    the measures its rule articles list and the mandate it sets out ("Điều 1. Vị trí và chức
    năng / Điều 2. Nhiệm vụ, quyền hạn") are its rules."""
    first = next((i for i in body if ARTICLE.match(folded[i])), None)
    if first is None or not _SCOPE_FIRST.match(folded[first]):
        return None
    return resolution_part(lines, folded, body)


# (or a decision that sets out a body's position and functions in its own articles, "Điều 1. Vị
# trí và chức năng" before "Điều 2. Nhiệm vụ, quyền hạn": the body's mandate, its rules; or the
# offices and units it is made of, "Điều 1. Cơ cấu tổ chức bộ máy của Sở X, như sau: ... (1)
# Văn phòng Sở; (2) Phòng ...": a list of names, none of them a task)
_SCOPE_FIRST = re.compile(
    r"^dieu\s+1\s*[.:]\s*(?:pham vi dieu chinh|doi tuong ap dung"
    r"|vi tri(?:\s*,|\s+va)\s+chuc nang|(?:quy dinh\s+)?co cau to chuc)\b"
)


def _topics(title: str) -> list[str]:
    """The topics a follow-up chapter's title joins to carrying the document out ("KHEN THƯỞNG,
    KỶ LUẬT VÀ TỔ CHỨC THỰC HIỆN" -> "khen thuong", "ky luat")."""
    carried = CARRIED_OUT.search(title)
    before = title[: carried.start()] if carried else ""
    return [t.strip(" *") for t in re.split(r",|\bva\b", before) if len(t.strip(" *")) > 3]


def _duty_articles(
    folded: list[str],
    chapter: list[int],
    lines: list[str] | None = None,
    topics: list[str] | None = None,
    otherwise: list[int] | None = None,
) -> list[int]:
    """The chapter's lines (``otherwise`` when given and none of its articles is titled for
    carrying it out), less its articles on other matters when some of its articles are
    titled for carrying it out ("Điều 11. Khiếu nại, tố cáo" beside "Điều 12. Tổ chức thực
    hiện" / "Điều 14. Trách nhiệm của Sở ..."): the complaints a regulation provides for are
    its rules, no tasks. With ``lines`` (the chapter on carrying it out), an article headed
    by a body alone is one of its duty articles, and so is one titled for the time of the work
    ("Điều 9. Thẩm quyền, trình tự, thời gian đánh giá, xếp loại": who does each step when), or
    on a topic the chapter's title joins to carrying it out (``topics``: "Điều 12. Khen thưởng,
    kỷ luật" under "KHEN THƯỞNG, KỶ LUẬT VÀ TỔ CHỨC THỰC HIỆN")."""
    starts = [n for n, i in enumerate(chapter) if ARTICLE.match(folded[i])]
    # (an article ends at the next one or at the next chapter's heading: "Chương IV")
    ends = [*starts[1:], len(chapter)]
    spans = [(a, _chapter_end(folded, chapter, a, b)) for a, b in zip(starts, ends, strict=False)]
    duties = [
        (a, b)
        for a, b in spans
        if _DUTY_TITLE.search(folded[chapter[a]])
        or (lines is not None and _body_title(lines, folded, chapter[a]))
        # ("Điều 9. Trình tự, thời gian đánh giá" in the chapter: when the bodies do each step)
        or (lines is not None and _SCHEDULE.match(folded[chapter[a]]))
        or (lines is not None and _REPORTING.match(folded[chapter[a]]))
        # ("Điều 11. Hiệu lực thi hành" closing the chapter: "2. Thủ trưởng các đơn vị ... chịu
        # trách nhiệm thi hành Quy chế này", its effect clause a closing formula)
        or (lines is not None and _EFFECT.match(folded[chapter[a]]))
        # ("Điều 12. Khen thưởng, kỷ luật" under "KHEN THƯỞNG, KỶ LUẬT VÀ TỔ CHỨC THỰC HIỆN")
        or any(
            folded[chapter[a]][article_label(folded[chapter[a]]) :].startswith(t)
            for t in topics or ()
        )
    ]
    if not duties:
        return chapter if otherwise is None else otherwise
    # ("Điều 27. Quy định chuyển tiếp" beside them in the chapter on carrying it out, ``lines``:
    # who keeps doing what until a handover, a body's work; alone it makes no chapter of duties.
    # Outside that chapter, beside the decision's own follow-up article, it is rules: 80/02)
    if lines is not None:
        duties = sorted(
            duties + [(a, b) for a, b in spans if _TRANSITIONAL.search(folded[chapter[a]])]
        )
    kept = chapter[: starts[0]]
    for a, b in duties:
        kept.extend(chapter[a:b])
    return kept


def _chapter_end(folded: list[str], chapter: list[int], a: int, b: int) -> int:
    """``b``, or the position of the first chapter heading between ``a`` and ``b``."""
    return next((n for n in range(a + 1, b) if _CHAPTER.match(folded[chapter[n]])), b)


_SCHEDULE = re.compile(r"^dieu\s+\d+\s*[.:]?[^.;:]{0,60}?\b(?:thoi gian|tien do|lo trinh)\b")
# "Chế độ thông tin báo cáo", "Chế độ giao ban, tổng kết", "Khen thưởng": an article in the
# follow-up chapter on the reports and meetings the bodies hold on the rules, their work
_REPORTS_TITLE = re.compile(
    r"(?:che do\s+)?(?:(?:thong tin(?:,|\s+va)?\s+)?bao cao|giao ban|so ket|tong ket"
    r"|khen thuong\s*$)"
)
_REPORTING = re.compile(r"^dieu\s+\d+\s*[.:]?\s*" + _REPORTS_TITLE.pattern)
_EFFECT = re.compile(r"^dieu\s+\d+\s*[.:]?\s*hieu luc(?: thi hanh)?\s*\.?\s*$")
_TRANSITIONAL = re.compile(r"^dieu\s+\d+\s*[.:]?\s*(?:quy dinh|dieu khoan|xu ly) chuyen tiep\b")


def _body_title(lines: list[str], folded: list[str], i: int) -> bool:
    """ "Điều 21. Sở Khoa học và Công nghệ": an article's heading that names a body and no more,
    a line of its own (a blank line, a clause or its task's verb after it, not the rest of a
    sentence)."""
    cut = article_label(folded[i])
    alone = i + 1 >= len(lines) or not lines[i + 1].strip() or bool(_CLAUSE.match(lines[i + 1]))
    alone = alone or task_opens(lines[i + 1])  # (its paragraph, no blank line between)
    return bool(cut) and bool(alone) and body_heading(lines[i][cut:], asked=True)


_CLAUSE = re.compile(r"^\s*(?:\d+\.|[a-zđ]\))\s")


def _title(folded: list[str], chapter: list[int]) -> str:
    """The chapter's title: its heading line's words and the lines under it to its first article."""
    first = _CHAPTER.match(folded[chapter[0]]) or NUMERAL.match(folded[chapter[0]])
    words = [folded[chapter[0]][first.end() :] if first else ""]
    for i in chapter[1:6]:
        if ARTICLE.match(folded[i]):
            break
        words.append(folded[i])
    return " ".join(words)


def duties_article(block: Block) -> bool:
    """ "Điều 14. Trách nhiệm của Sở Khoa học và Công nghệ": a regulation's article over the
    body's duties, its title naming the body."""
    cut = article_label(block.folded)
    if _CARRY_OUT_TITLE.match(block.folded, cut) or (
        cut and _REPORTS_TITLE.match(block.folded, cut)
    ):
        return True  # "Điều 12. Tổ chức thực hiện" over the items that give the bodies work
    duties = _DUTIES_TITLE.match(block.folded, cut) if cut else None
    if duties and _FIRMS.match(block.folded, duties.end()):
        return True  # "Trách nhiệm của doanh nghiệp cung cấp dịch vụ ...": firms, a body's kind
    return bool(duties) and bool(heading_bodies(block.text[cut:]))


def duties_title(folded: str) -> bool:
    """ "Trách nhiệm của Chủ đầu tư, ... ." (folded, its marker cut): a title over a body's
    duties, its full stop no sentence's end."""
    return _DUTIES_TITLE.match(folded) is not None


def body_article(block: Block) -> bool:
    """ "Điều 20. Văn phòng UBND tỉnh": an article headed by a body alone, its name all the title
    says; in a regulation's chapter on carrying it out, the body's tasks follow (elsewhere the
    powers a decision gives it may: "Điều 2. Sở Giáo dục và Đào tạo / 1. Chủ trì thực hiện
    tuyển dụng ...")."""
    cut = article_label(block.folded)
    return bool(cut) and body_heading(block.text[cut:], asked=True)


def chapter_heading(folded: str) -> bool:
    """ "Chương III": a chapter's heading line."""
    return _CHAPTER.match(folded) is not None


# ("Trách nhiệm, quyền hạn của X", "Nhiệm vụ và quyền hạn của X": X's duties, its powers too)
_DUTIES_TITLE = re.compile(
    r"(?:trach nhiem|nhiem vu)(?: chung| cu the)?(?:(?:\s*,\s*|\s+va\s+)quyen han)?"
    # ("Trách nhiệm Sở Công Thương": the body named right after, "của" left out; only a name the
    # heading's bodies know makes it a body's article)
    r"(?: cua\s+| (?=\S))"
)
# The kind of body a regulation's follow-up chapter may lay duties on by what it does
_FIRMS = re.compile(r"(?:cac )?(?:doanh nghiep|nha cung cap|nha thau|chu dau tu)\b")


def titled_list(block: Block) -> bool:
    """An article whose title alone heads the items under it: a body's duties, or the scope."""
    return duties_article(block) or scope_article(block)


def scope_article(block: Block) -> bool:
    """ "Điều 2. Đối tượng áp dụng": an article over whom the rules apply to (its items are
    those it concerns, "3. Cơ quan, tổ chức, cá nhân khác có liên quan."), or their scope; or
    such a numbered clause of an article ("2. Đối tượng áp dụng." over "a) ...", "b) ...")."""
    if block.marker not in (None, "article", "table"):
        return bool(_SCOPE_TITLE.match(block.folded))
    cut = article_label(block.folded)
    return bool(cut) and bool(_SCOPE_TITLE.match(block.folded, cut))


_SCOPE_TITLE = re.compile(
    r"(?:doi tuong ap dung|pham vi dieu chinh(?:,? (?:va )?doi tuong ap dung)?)\s*[.:]?\s*$"
)
# ("Điều 16. Điều khoản thi hành" of a regulation: the bodies told to carry it out)
_CARRY_OUT_TITLE = re.compile(r"(?:to chuc thuc hien|dieu khoan thi hanh)\s*\.?\s*$")
