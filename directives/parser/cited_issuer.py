"""The body that issued a cited document, named after its number and date ("... ngày
18/01/2017 của Đoàn kiểm tra về ..."): where its name ends (a stop word, unless it falls
inside a known body's name), the title before the body ("Bộ trưởng Bộ ..."), the central
bodies that issue jointly ("của Bộ Chính trị, Ban Bí thư"), and how the name is written."""

from __future__ import annotations

import re

from directives.parser import cited_forms
from directives.parser.bodies import STARTS_BODY, TITLES
from directives.parser.cited_kinds import REFERENCE_TYPES
from directives.parser.cited_numbers import GLUED_STOP, issuer_stop
from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.names import org_display
from directives.parser.public_bodies import EXTERNAL_BODIES

_ISSUER_AFTER = re.compile(r"\s*,?\s*cua\s+")  # (after "ngày 27", "đề ngày 21", "đến ngày 21")
ISSUER_STOP = re.compile(
    r"\s+(?:ve|v/v|ban hanh|qu[yi] dinh|theo|tai|nham|de|dong thoi|ngay|trong|phe duyet|thi|nen|"
    # ("qui định" the older spelling of "quy định": "của Chính phủ qui định chi tiết ...")
    # ("Sở Giao dịch Chứng khoán": trading, no handing over; "Ban Tuyên giáo": propaganda;
    # "Công đoàn Giáo dục Việt Nam": education)
    r"thuc hien|huong dan|(?<!tuyen )giao(?! dich\b| duc\b)|thanh lap|da|sua doi|bo sung|ve viec|"
    # ("... của Ủy ban nhân dân tỉnh" / "Kính gửi: ...": a subject's last words before the
    # addressees)
    r"doi voi|kinh gui|gui|"
    # ("của Hội đồng nhân dân tỉnh X nhưng chưa hoàn thành ...": the sentence goes on)
    r"nhung|"
    # ("của Doanh nghiệp tư nhân X kèm theo hồ sơ ...": what came with the document)
    r"kem theo|"
    # ("Báo cáo ... của Chính phủ tiếp thu, chỉnh lý và giải trình ...": what the report does)
    r"tiep tuc|tiep thu|co neu|"
    # ("của Ban Thường vụ Thành ủy triển khai thực hiện Kết luận ...": what the document does)
    r"trien khai(?= thuc hien\b)|"
    # ("của Bộ Y tế dẫn chiếu thực hiện theo Thông tư số ...": what the document does, cites)
    r"dan chieu|"
    # ("của Chính phủ được sửa đổi, bổ sung tại ...": what was done to the document, passive)
    r"duoc|"
    # ("Tờ trình ... của Ủy ban nhân dân tỉnh X dự thảo Nghị quyết về ...": the draft it brings)
    r"du thao|"
    # ("của Hội đồng nhân dân tỉnh việc thành lập ...": "về việc" its "về" lost; not "Cục Việc làm")
    r"(?<!giup )viec(?! lam\b)|"
    # ("... tỉnh X tiếp nhận nguyên trạng Ban Y": a merger handing a body over)
    r"tiep nhan|"
    # what the cited document does: "của Thủ tướng Chính phủ kiện toàn ...", "... có hiệu lực"
    # (not a joint-stock company's "Cổ phần công nghiệp ...", folded "co phan cong ...")
    r"kien toan|(?<!co )phan cong|cong bo|dieu chinh|bai bo|chuyen giao|tam ngung|thay the|"
    # ("của Ủy ban X ý kiến về ...": what the body gave, its opinion; "của Cục Thuế X xin ý
    # kiến về ...": what the body asked)
    r"vuong mac|y kien|xin|"
    r"co hieu luc|het hieu luc|sau day|xac dinh|"
    r"cong hoa xa hoi chu nghia viet nam\W+doc lap|"  # (the motto after a subject line)
    # ("của UBND tỉnh X Quyết định phê duyệt ...": the cited document's title, opening with it;
    # a report's: "của Ban Quản lý X tỉnh Y Kết quả thẩm định ..."; a notice's: "của Văn phòng
    # Chính phủ Kết luận Phiên họp ...")
    r"quyet dinh|ket qua|ket luan)\b"
    # (or its date written bare: "của Ủy ban nhân dân tỉnh X 10/06/2026 về việc ...")
    r"|\s+\d{1,2}/\d{1,2}/\d{4}\b"
    # (or a figure the sentence gives: "... của Quốc hội khoảng 110 tỷ đồng", "... 12,5 tỷ đồng")
    r"|\s+(?:khoang|xap xi|gan|tren|hon)\s+\d|\s+\d+(?:[.,]\d+)*\s*(?:(?:ty|trieu|nghin|ngan)\b|%)"
    # "của UBND X trình Thủ tướng" (not "Chương trình", "Tờ trình", "công trình", "quy trình";
    # "của UBND X giải trình, tiếp thu ...": the name ends before "giải")
    r"|(?<!chuong)(?<!\bto)(?<!cong)(?<!quy)(?<!\blo)\s+(?:giai )?trinh\b"
    # (or a table's cell boundary: "... của Bộ Chính trị | Bộ Y tế | ...", the next cell's)
    r"|[,;.:()\n\"“”\[|]|\s+va\s+(?=[a-z])"
)
# "... và Tổng cục Thuế", "... và Ban Tuyên giáo Trung ương": a second body named after the
# first, by its organ's word
_ORGANS = (
    r"(?:Tổng cục|Cục|Bộ|Sở|Ủy ban|Uỷ ban|UBND|Bảo hiểm|Kho bạc|Ngân hàng|Ban|Văn phòng|Thanh tra|"
    r"Hội đồng|Trung tâm|Viện|Chi cục|Phòng|Công an|Tỉnh|Thành|Đảng|Mặt trận|Liên đoàn|Hội)"
)
_DOCUMENTS = (
    r"(?:Chương trình|Kế hoạch|Quyết định|Nghị quyết|Nghị định|Thông tư|Công văn|Chỉ thị|Luật|"
    r"Báo cáo|Tờ trình|Văn bản|Hướng dẫn|Thông báo|Đề án|Quy chế|Quy định|Kết luận|Công điện)"
)
_AND_BODY = re.compile(
    r"\s+va\s+(?=(?:tong cuc|cuc|bo|so|uy ban|ubnd|bao hiem xa hoi|kho bac|ngan hang|ban)\s)"
)
# A joint circular's issuers are the ministries listed after "của", however joined ("của Bộ Y
# tế - Bộ Tài chính - Bộ Lao động - ...", "của Bộ Quốc phòng, Bộ Lao động ...", "của Bộ Kế
# hoạch và Đầu tư và Bộ Tài chính"): its name ends at the stops but a comma and "và"
_APART = r"|[,;.:()\n\"“”\[|]|\s+va\s+(?=[a-z])"
assert ISSUER_STOP.pattern.endswith(_APART)
JOINT_ISSUER_STOP = re.compile(ISSUER_STOP.pattern[: -len(_APART)] + r"|[;.:()\n\"“”\[|]")
_TITLE_FIRST = re.compile(r"(?:bo truong|thu truong|chu tich|giam doc|thu tuong)\s+")
# The party's and the state's central bodies that issue a document jointly
CENTRAL = r"(?:ban bi thu|bo chinh tri|ban chap hanh trung uong(?: dang)?|chinh phu|quoc hoi)\b"
JOINT = re.compile(r",\s*" + CENTRAL)


def display_issuer(issuer: str) -> str:
    """The issuer's name squashed, a name in capitals written as a name (in sentence case, its
    abbreviations as written: "HĐND TỈNH X" -> "HĐND tỉnh X")."""
    issuer = squash(issuer.replace("*", " ")).strip()  # emphasis marks a page left behind
    return org_display(issuer, spelled=False) if issuer.isupper() else issuer


# A body's own name may hold a stop word ("Bộ Ngoại giao", "Sở Giao thông vận tải"):
# where the issuer opens with a known name, it is cut no shorter than that name.
# (the hyphen between a name's two parts written tight too: "Bộ Lao động-Thương binh và Xã hội")
_KNOWN_ISSUERS = sorted(
    {
        n
        for b in EXTERNAL_BODIES
        for n in (squash(fold_keep(b)), squash(fold_keep(b)).replace(" - ", "-"))
    },
    key=len,
    reverse=True,
)


# the known names by each word they hold after their first ("tai" -> "bo tai chinh", ...)
_HOLDING: dict[str, list[str]] = {}
for _name in _KNOWN_ISSUERS:
    for _word in set(_name.split()[1:]):
        _HOLDING.setdefault(_word, []).append(_name)


# "và" then a field of the name, capitalised, in small letters after it ("Trung tâm Quy hoạch
# và Điều tra tài nguyên nước quốc gia"): no body of its own (not "và Sở X", "và Ủy ban ...")
_FIELD_AFTER_AND = re.compile(
    rf"\s+và\s+(?!{_ORGANS}\s|{_DOCUMENTS}\s)[{CAPITAL}][^\W\d_]*\s+[{SMALL}]"
    r"(?![^,;.:()]{0,40}\bsố\b)"  # (nor a document the sentence cites next, by its number)
)


def _field_joined(window: str, text: str, at: int, stop: re.Match[str]) -> bool:
    """The "và" the stop is joins a field to the name the issuer's words go on with."""
    # (not the "và" of a known name: "Bộ Lao động - Thương binh và Xã hội", read as known)
    known = inside_known(window, stop.start()) > stop.start()
    return (
        stop.group(0).strip() == "va"
        and not known
        and bool(_FIELD_AFTER_AND.match(text, at + stop.start()))
    )


def _not_at(window: str, text: str, at: int, stop: re.Match[str]) -> bool:
    """The stop "tai" is "tài" as written ("... Điều tra tài nguyên nước"; in capitals too, a
    name's: "Bộ Tài nguyên Môi trường"), no "tại" (nor the "Tài" of a known name, "Bộ Tài
    chính", read as known)."""
    word = text[at + stop.start() : at + stop.end()].strip()
    known = inside_known(window, stop.start()) > stop.start()
    return stop.group(0).strip() == "tai" and word.lower() == "tài" and not known


def inside_known(window: str, cut: int) -> int:
    """The cut moved past a known body's name it falls inside ("Ban Cán sự đảng Bộ Tài chính":
    "tài" is no stop there)."""
    word = window[cut:].lstrip(", ").split(maxsplit=1)[:1]  # (a comma inside the name)
    for name in _HOLDING.get(word[0], ()) if word else ():
        at = window.rfind(name, 0, cut + len(name))
        end = at + len(name)
        starts = 0 <= at < cut and (at == 0 or window[at - 1] == " ")
        if starts and end > cut and (end == len(window) or not window[end].isalnum()):
            return end
    return cut


# the letters that shorten the name, in brackets right after it ("(GDĐT)", "(VEAM)")
_SHORT_NAME = re.compile(r"\s*\([A-ZĐ]{2,10}\)(?=\s+(?:ngày|về|tại|đã|số)\b|\s*[,;.])")


# A footnote's number glued to the word after it ("quy 7định"), no word of a body's name
_MARK_GLUED = re.compile(r"\s\d{1,2}[^\W\d_]")


# A board named for its matter: "(Trưởng) Ban Chỉ đạo quốc gia về phát triển ngành ...", the
# "về" inside its name
_STEERING_BOARD = r"(?:(?:pho )?truong )?ban chi dao"
_NAMED_ABOUT = re.compile(_STEERING_BOARD + r"(?: quoc gia| nha nuoc| trung uong)? ve ")
# (its helpers' team too, "Tổ giúp việc Ban Chỉ đạo ..."; the matter in small letters, with
# commas and "và": "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo
# và chuyển đổi số", "Ban Chỉ đạo phát triển du lịch, dịch vụ và đề án 08 tỉnh")
_BOARD = re.compile(
    r"(?:to giup viec )?" + _STEERING_BOARD + r"(?: quoc gia| nha nuoc| trung uong| tinh)? (?:ve )?"
)
# where the matter ends: the citation's own words ("về" the document's summary, "ban hành",
# "thông báo kết luận ...") or the sentence's end (the matter then read no further)
_BOARD_END = re.compile(r"\s+(?:ve|ban hanh|thong bao|ket luan|da)\b|\s*[;.:()\n\"“”|]")


def _board_end(text: str, folded: str, start: int) -> int | None:
    """Where the name of a board named for its matter, at ``start``, ends: before the words the
    citation goes on with; None when no such word ends it (its matter then not told from the
    document's summary: "Ban Chỉ đạo Trung ương về thúc đẩy ..., đồng bộ ...;")."""
    board = _BOARD.match(folded, start)
    if board is None or not text[board.end() : board.end() + 1].islower():
        return None
    end = _BOARD_END.search(folded, board.end(), board.end() + 200)
    return end.start() if end is not None and end.group().strip()[:1].isalpha() else None


# A repeal list's entry: "Quyết định số 63/2002/QĐ-UB ngày 16 tháng 10 năm 2002 của Ủy ban nhân
# dân tỉnh Bình Phước Tách phòng tổ chức - Hành chính ...": the province's name (its words all
# capitalised), then the document's summary, its first word capitalised, the next ones not
_UPPER, _LOWER = f"[{CAPITAL}]", f"[{SMALL}]"
_UPPER_WORD = rf"{_UPPER}[^\W\d_]*(?![\w])"
_SUMMARY_AFTER_PLACE = re.compile(
    rf"\b(?:tỉnh|Tỉnh|phố|Phố)(?: {_UPPER}\w*){{2,}}?"
    rf"(?P<cut>\s){_UPPER}\w*\s{_LOWER}\w*(?:\s{_LOWER}|$)"
)
# (a party committee named for its province: "Tỉnh ủy Gia Lai tiêu chí đánh giá ...", the
# province's name, then the document's summary in small letters)
_SUMMARY_AFTER_PARTY = re.compile(
    rf"^(?:Tỉnh|Thành) (?:ủy|uỷ)(?: {_UPPER}\w*){{1,3}}(?P<cut>\s){_LOWER}\w*\s{_LOWER}"
)

# (the nation's government or assembly: "Chính phủ Ứng dụng công nghệ thông tin trong ...", its
# name whole, then the summary, its first word capitalised, the next ones not; the central bodies'
# names are fixed, so a word in small letters after them ends them too: "của Chính phủ quản lý,
# cung cấp ...", "của Bộ Chính trị trên địa bàn tỉnh"; not an assembly's term, "Quốc hội khóa
# XV", nor "Quốc hội nước Cộng hòa ...")
_SUMMARY_AFTER_NATION = re.compile(
    r"^(?:Thủ tướng Chính [Pp]hủ|Chính [Pp]hủ|(?:Ủy|Uỷ) ban Thường vụ Quốc hội|Quốc hội"
    r"|Bộ Chính trị)"
    rf"(?P<cut>\s)(?:{_UPPER}\w*[\s,]+{_LOWER}|(?!(?:khóa|khoá|nước)\b){_LOWER})"
)


def _and_body_end(window: str, text: str, at: int, cut: int) -> int:
    """Where the issuers end when a known name that holds "và" is followed by another body
    ("của Bộ Nông nghiệp và Môi trường và Bộ Công an": both issued the joint plan)."""
    both = _AND_BODY.match(window, cut)
    if both is None or not _capital_at(text, at + both.end()):
        return cut
    stop = ISSUER_STOP.search(window, both.end())
    return inside_known(window, stop.start()) if stop is not None else len(window)


# "Đồng Tháp", "Bà Rịa - Vũng Tàu": a place's proper name, its words all capitalised
_PLACE = re.compile(rf"(?:\s+{_UPPER_WORD}(?:\s*-\s*{_UPPER_WORD})?){{1,4}}")


def _place_after(text: str, window: str, at: int, cut: int) -> int:
    """The cut moved past the place a known body's name is followed by in capitals ("Sở Giáo
    dục và Đào tạo Đồng Tháp"), when the issuer's name ends right after it (a stop word or a
    mark, or the window's end)."""
    place = _PLACE.match(text, at + cut)
    if place is None or place.group().split()[0] in ("Kính", "Nơi"):
        return cut  # ("của UBND tỉnh" / "Kính gửi: ...": the letter's own address label)
    end = place.end() - at
    stop = ISSUER_STOP.match(window, end)
    return end if end >= len(window) or (stop is not None and stop.start() == end) else cut


def _capital_at(text: str, at: int) -> bool:
    """The word a stop found at ``at`` (its spaces first) opens with a capital: a name's."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at < len(text) and text[at].isupper()


_OF_ASSEMBLY = re.compile(r" cua quoc hoi(?!\w)")
# The name printed twice, "của" between ("... của Chính phủ của Chính phủ sửa đổi ...")
_DOUBLED = re.compile(r"^(.+?) của \1$")


def _field_after(rest: str) -> bool:
    """A field named in capitals after "và", no body nor title ("của Công đoàn Khoa học và Công
    nghệ Việt Nam"): the issuer's name goes on."""
    cited = re.match(r"(?:[A-ZĐ]\w*\s+)*(?:[Ss]ố\b|\d)", rest)  # ("và Kế hoạch số 24/KH")
    return (
        rest[:1].isupper()
        and not STARTS_BODY.match(rest)
        and not TITLES.match(rest)
        and cited is None
        and not any(fold_keep(rest).startswith(f"{kind} ") for kind in REFERENCE_TYPES)
    )


def issuer_after(text: str, folded: str, start: int, jointly: bool = False) -> str | None:
    """The body named by "của ..." at ``start`` (after a cited number or its date), if any;
    all the bodies listed there for a circular issued ``jointly``."""
    m = _ISSUER_AFTER.match(folded, start)
    if not m:
        return None
    if (board := _board_end(text, folded, m.end())) is not None:
        return display_issuer(text[m.end() : board])
    # (several bodies' names take longer: "của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn
    # Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
    window = folded[m.end() : m.end() + (160 if jointly else 90)]
    stop = issuer_stop(JOINT_ISSUER_STOP if jointly else ISSUER_STOP, window, text, m.end())
    while jointly and stop is not None:
        # ("của Liên Bộ Tài chính - Tài nguyên và Môi trường": a ministry's name, no "tại";
        # "của Bộ Giao thông vận tải, Bộ Tài chính": a stop inside a known name)
        past = inside_known(window, stop.start())
        if _capital_at(text, m.end() + stop.start()):
            past = stop.end()
        elif past <= stop.start():
            break
        stop = JOINT_ISSUER_STOP.search(window, past)
    title = _TITLE_FIRST.match(window)
    offset = title.end() if title else 0  # "Bộ trưởng Bộ Tài chính": the body after the title
    known = next((offset + len(n) for n in _KNOWN_ISSUERS if window.startswith(n, offset)), 0)
    while (
        not known
        and stop is not None
        and stop[0].strip() == "va"
        and _field_after(text[m.end() + stop.end() :])
    ):
        stop = ISSUER_STOP.search(window, stop.end())  # ("... Khoa học và Công nghệ Việt Nam")
    if stop is not None and stop.group(0).strip() == "ve" and _NAMED_ABOUT.match(window):
        # "Ban Chỉ đạo quốc gia về X ban hành ...": its name, up to the verb (not "Ban Chỉ đạo
        # Trung ương về thúc đẩy ..., đồng bộ ...": what the plan is about)
        issuing = ISSUER_STOP.search(window, stop.end())
        stop = issuing if issuing is not None and issuing[0].strip() == "ban hanh" else stop
    while (
        not jointly
        and stop is not None
        and (_field_joined(window, text, m.end(), stop) or _not_at(window, text, m.end(), stop))
    ):
        stop = ISSUER_STOP.search(window, stop.end())  # ("Trung tâm Quy hoạch và Điều tra ...")
    both = _AND_BODY.match(window, stop.start()) if stop is not None else None
    if both is not None and text[m.end() + both.end() : m.end() + both.end() + 1].isupper():
        # "của Bảo hiểm xã hội Việt Nam và Tổng cục Thuế": two bodies issued it jointly
        stop = ISSUER_STOP.search(window, both.end())
    cut = stop.start() if stop else len(window)
    if known > cut and (len(window) == known or not window[known].isalnum()):
        cut = known
    elif known and _MARK_GLUED.search(window, known, cut):
        cut = known  # "Bộ Công Thương quy 7định chi tiết": a footnote's mark hid the stop word
    elif stop is not None:
        cut = inside_known(window, cut)
    cut = _and_body_end(window, text, m.end(), cut)
    if known and cut == known:  # ("Sở Giáo dục và Đào tạo Đồng Tháp về ...": its province)
        cut = _place_after(text, window, m.end(), cut)
        # ("Ủy ban Kinh tế và Tài chính của Quốc hội": the Assembly's committee, so named whole)
        cut += len(assembly.group()) if (assembly := _OF_ASSEMBLY.match(window, cut)) else 0
    joint = JOINT.match(window, cut)
    cut = joint.end() if joint else cut  # "của Bộ Chính trị, Ban Bí thư về ...": both issued it
    end = m.end() + cut
    # "Bộ Giáo dục và Đào tạo (GDĐT)": of the body's name (not of the one a head's title is
    # followed by: "Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT)", the minister issuing)
    short = _SHORT_NAME.match(text, end) if cut < len(window) and not title else None
    end = short.end() if short else end
    glued = GLUED_STOP.search(text, m.end(), end)  # "... Môi trường gửiThủ tướng ..."
    issuer = squash(text[m.end() : glued.start() if glued else end])
    summary = (
        _SUMMARY_AFTER_PLACE.search(issuer)
        or _SUMMARY_AFTER_PARTY.match(issuer)
        or _SUMMARY_AFTER_NATION.match(issuer)
    )
    issuer = issuer[: summary.start("cut")] if summary else issuer
    doubled = _DOUBLED.match(issuer)
    issuer = doubled.group(1) if doubled else issuer  # "Chính phủ của Chính phủ": printed twice
    # (none when it opens the next document cited: "..., của Sở X tại công văn số B")
    return None if cited_forms.opens_next(window, cut) else (display_issuer(issuer) or None)


# "số 78/2006/QH11 được Quốc hội ... khóa XI thông qua ngày ...": the passive's agent, who
# passed or issued the document, after its number
_PASSED_BY = re.compile(
    r"\s*,?\s*(?:da\s+)?duoc\s+(?P<who>[^.;:()\d]{3,100}?)\s+(?:thong qua|ban hanh|ky)\b"
)


def passed_after(text: str, folded: str, start: int) -> tuple[str, int] | None:
    """The body a passive after the number at ``start`` names ("được Quốc hội ... thông qua"),
    and where its verb ends (a date may follow: "thông qua ngày 29/11/2006"); else None."""
    m = _PASSED_BY.match(folded, start)
    if m is None:
        return None
    who = squash(text[m.start("who") : m.end("who")])
    return (who, m.end()) if who[:1].isupper() else None
