"""Formulas whose words say a sentence gives no task of its own: a letter's closing words
("Trân trọng./.", "Trên đây là ...", "Quyết định này có hiệu lực ...") and the intro of the
issuer's own opinion or guidance ("Cục X có ý kiến như sau:"); and the few ways such a closing
still asks something of its own (a date for a report, a body asked by name). A paragraph that
only closes or looks back ("... nghiêm túc thực hiện Chỉ thị này") is told by
``closing_prose``.
"""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.bodies import STARTS_BODY
from directives.parser.closing_prose import closing_prose
from directives.parser.enterprises import OPENS
from directives.parser.informs import news_from
from directives.parser.mentions import MentionFinder, Part
from directives.parser.subjects import subject_acts, subject_bodies

# "Trong quá trình (tổ chức,) (triển khai) thực hiện (quy trình), nếu có ...", "..., nếu phát sinh
# (phát hiện) khó khăn, vướng mắc, ...": the case of a difficulty met on the way (or on the way
# of the work itself: "Trong quá trình giải quyết TTHC, nếu có ..."), the text named or not
DIFFICULTY_CASE = (
    r"trong qua trinh (?:(?:to chuc,? )?(?:trien khai,? )?thuc hien"
    r"(?: (?:quy trinh|quy che|quy dinh|quyet dinh|ke hoach|chi thi|huong dan)(?: nay)?)?"
    r"|(?:giai quyet|xu ly|van hanh|ap dung)\b[^.;:,]{0,40}?)"
    r",? (?:neu co|co (?:kho khan|vuong mac)"
    r"|neu (?:phat sinh|phat hien|gap)(?: cac)? (?:kho khan|vuong mac))"
)
CLOSING = re.compile(
    # "Trân trọng./.", not "Bộ Tài chính trân trọng đề nghị ...": a request
    # ("... chịu trách nhiệm thi hành Quyết định này", not "... thi hành Quy chế (quy trình) này"
    # in the regulation's own article: the bodies told to carry the regulation out, a task)
    # (nor those the regulation names, then to carry it out: "Các đơn vị ... được quy định tại
    # Điều 2 của Quy định này chịu trách nhiệm thi hành.")
    r"(?<!quy dinh nay )(?<!quy che nay )"
    r"chiu trach nhiem thi hanh(?! quy (?:che|dinh|trinh) nay)|tran trong(?! (?:kinh )?de nghi)|"
    # ("... có trách nhiệm thi hành Quyết định này", "... căn cứ Quyết định thi hành./.": the same)
    r"co trach nhiem thi hanh (?:quyet dinh|nghi quyet) nay|\bcan cu quyet dinh thi hanh\b|"
    # "Quyết định này có hiệu lực kể từ ngày ký", not "... sau khi Luật ... có hiệu lực" nor a
    # task's words on when the rules it drafts take effect ("... ban hành văn bản quy định
    # chi tiết ..., có hiệu lực từ ngày 01 tháng 7 năm 2026")
    # (not "Trường hợp ... kể từ ngày Nghị quyết này có hiệu lực, Sở X ...": a case it dates)
    r"(?<!ngay nghi quyet )(?<!ngay quyet dinh )(?:nay |^)co hieu luc|"
    # (nor the documents a task names by the year they take effect: "Phổ biến văn bản QPPL
    # mới có hiệu lực thi hành từ năm 2024")
    r"^[^.;:]{0,80}\bco hieu luc(?: thi hanh)?,? (?:ke )?(?:tu|ngay|sau)\b(?! nam \d)|"
    # "Quyết định này thay thế Quyết định số ...", not "sửa đổi, bổ sung hoặc thay thế ..."
    r"(?<!hoac )(?<!bo sung, )thay the (?:quyet dinh|chi thi)|"
    r"kinh chuyen|(?P<above>^tren day la)|"
    # "Lưu ý: Đây là nội dung quan trọng đề nghị ... nghiêm túc thực hiện": an urging
    r"^(?:luu y\s*:\s*)?day la (?:nhiem vu|noi dung) (?:rat )?quan trong\b|"
    # (not "... thông báo để các Cục Thuế thông báo cho người nộp thuế biết và tổ chức thực
    # hiện": the bodies told pass it on, their task; nor "Ban hành Thông báo đến ...", a notice)
    r"(?<!ban hanh )(?:thong bao|thong tin) (?:de|den) "
    r"(?:(?!(?:thong bao|pho bien|huong dan) cho ).){0,240}\bbiet\b|"
    # "Văn phòng Chính phủ thông báo Bộ X biết, thực hiện./.", "Sở X thông báo cho các đơn vị
    # được biết và thực hiện./.", "Cục Thuế hướng dẫn để các đơn vị được biết và thực hiện./.":
    # the letter's last words
    r"^[^.;:]{0,80}\b(?:thong bao|huong dan) [^.;:]{0,160}\bbiet,? (?:va )?thuc hien\s*\./|"
    # (not the last of a body's verbs: "Bộ X chủ trì, ... xem xét, giải quyết đề nghị ..., trả
    # lời cho địa phương biết", the reply being the body's work)
    r"(?<!, )(?P<answered>tra loi (?:de|den|cho) .{0,240}\bbiet\b)|"
    r"(?:^|[.;] )nhan duoc (?:cong van|van ban|thong bao|chi thi|ke hoach|quyet dinh)|"
    r"(?P<on>" + DIFFICULTY_CASE + ")"
    # "c) Kịp thời phản ánh những khó khăn, vướng mắc phát sinh để Sở X hướng dẫn ...": an item
    # that only says where difficulties go, no subject of its own (README's difficulties line)
    r"|^(?:kip thoi )?phan anh (?:nhung |cac )?(?:kho khan|vuong mac)\b"
    # "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm ...": those the plan already named
    # (not "Các đơn vị được giao chủ trì soạn thảo văn bản QPPL có trách nhiệm gửi ...": the
    # units that draft, a group the work names, with a task of its own)
    r"|^(?:[^.;:]{0,80}\b(?:yeu cau|de nghi) (?:thu truong )?)?(?:cac|nhung) [^.;:]{0,40}"
    r"\bduoc (?:giao|phan cong) (?:chu tri(?! soan thao\b)|nhiem vu)(?![^.;]*\d{1,2}/\d{1,2})"
    # "Nội dung hướng dẫn tại công văn này được áp dụng từ ngày ...": when it takes effect
    r"|^[^.;:]{0,60}\b(?:cong van|van ban|quyet dinh|chi thi) nay duoc ap dung(?: thuc hien)? "
    r"(?:ke )?tu ngay"
    # "Quá trình thực hiện, nếu các nội dung ... được sửa đổi, bổ sung hoặc thay thế thì thực
    # hiện theo văn bản mới ...": which text applies once the cited ones change, no one's task
    r"|^[^.;]{0,250}?\bduoc sua doi, bo sung(?:,? hoac|,| va)? thay the thi (?:ap dung|thuc hien) "
    r"(?:theo )?(?:cac )?(?:quy dinh (?:tai|cua) )?(?:cac )?van ban"
)
# Words one of CLOSING's branches needs, each as it must stand: a paragraph holding none of
# them is passed over without running the long pattern
_CLOSING_WORDS = (
    "chiu trach nhiem thi hanh",
    "co trach nhiem thi hanh ",
    "can cu quyet dinh thi hanh",
    "tran trong",
    "co hieu luc",
    "thay the ",
    "kinh chuyen",
    "tren day la",
    "quan trong",
    "biet",
    "nhan duoc ",
    "trong qua trinh ",
    "duoc giao ",
    "duoc phan cong ",
    "duoc ap dung",
    "thay the thi ",
    "phan anh ",
)


# "Cục Thuế trả lời để Công ty biết và đề nghị Công ty liên hệ với cơ quan Thuế ...": the reply's
# closing goes on to ask the one it answers for something of its own
_AND_ASKS = re.compile(r",?\s*(?:va\s+|dong thoi\s+)?(?=(?:de nghi|yeu cau)\s)")


def answer_asks(block: Block, closing: re.Match[str], find: MentionFinder) -> bool:
    """A reply's closing ("... trả lời để X biết") that goes on to ask a body by name for work of
    its own ("... và đề nghị Công ty liên hệ với cơ quan Thuế ..."): a task, no closing (README)."""
    if closing.group("answered") is None:
        return False
    m = _AND_ASKS.match(block.folded, closing.end())
    if m is None:
        return False
    return asks_one(Block(block.marker, block.text[m.end() :], block.folded[m.end() :]), find)


def closing_words(folded: str) -> re.Match[str] | None:
    """CLOSING's match in a folded paragraph."""
    if any(word in folded for word in _CLOSING_WORDS):
        return CLOSING.search(folded)
    return None


# "Thực hiện Chỉ thị số ..., Bộ X đề nghị Sở Y báo cáo về ...", "Nhằm ..., Bộ Y tế yêu cầu
# các Sở Y tế ...": the ground or the aim, then the request made on it in the same sentence
# (not "Căn cứ ... về việc đề nghị hỗ trợ, ...": a request cited)
# (not "Căn cứ ý kiến chỉ đạo, yêu cầu các Sở ... triển khai thực hiện": no speaker, a closing)
GROUNDED_ASK = re.compile(
    r"^(?:thuc hien (?:quyet dinh|cong van|chi thi|ke hoach|nghi quyet)\b[^.;:]*,"
    r"[^.;:,]{0,60}\b(?:de nghi|yeu cau)\b"
    # ("Xét đề nghị ..., Phó Thủ tướng X giao Bộ Y ...": the speaker hands the work, not what
    # was handed before: "đã giao", "được giao")
    # ("Theo đề nghị của Bộ X tại Công văn ..., Chủ tịch UBND tỉnh giao Sở Y ...": the request
    # it answers, then the work it hands on)
    r"|(?:can cu|nham|xet|qua xem xet|theo de nghi)\b[^.;:]*,\s*(?!de nghi|yeu cau)[^.;:,]{2,60}"
    r"(?<!\bviec)(?<!\bve)(?<!\bcua)(?<!\bda)(?<!\bduoc)\s(?:de nghi|yeu cau|giao)\b"
    # "Căn cứ quy định nêu trên, Cục Thuế cần nghiên cứu ...": the body told what it needs to do
    r"|can cu\b[^.;:]*,\s*[^.;:,]{2,60}\scan (?!thiet\b|co\b|duoc\b)\w)"
)
# "Trên đây là ..., đề nghị ... báo cáo kết quả ... trước ngày 03/12/2025", "... yêu cầu ...;
# định kỳ trước ngày 30 tháng 11 hàng năm báo cáo ...": a closing that sets a date is a task
# (or, no one asked in words, "... có trách nhiệm ... Định kỳ gửi báo cáo kết quả thực hiện
# trước ngày 15/11 hằng năm về Sở X": a report on the results, sent by a date)
REPORT_DUE = re.compile(
    r"(?:\b(?:yeu cau|de nghi)\b.*|\bgui bao cao ket qua\b[^.;]{0,80})"
    r"\b(?:truoc|cham nhat)\s+(?:(?:thu\s+\w+|chu nhat)\s*,?\s+)?"
    r"(?:ngay\s+)?\d{1,2}(?:\s*/\s*|\s+thang\s+)\d{1,2}"
)
# "... đề nghị Ủy ban MTTQ tỉnh phối hợp thực hiện./.": only to carry out what the letter says
# (not "đề nghị chủ đầu tư thực hiện thủ tục, trình tự quyết định ...": a work of its own,
# named at length)
ONLY_CARRY_OUT = re.compile(
    r"\s*(?:(?:phoi hop|trien khai|to chuc),?\s+)*thuc hien\b(?!(?:[\s,]+[^\s.;,]+){8})"
)


# "..., Cục ATMT có ý kiến như sau:", "Bộ Y tế hướng dẫn như sau:": the issuer's own answer
# or guidance, whose items state how a rule applies, not tasks (unless one asks a body)
# (not a leader's whose opinion the letter conveys: "Phó Thủ tướng X có ý kiến như sau:")
# "..., Bộ Tài chính xin lưu ý ... như sau:": the issuer's own notes (not "trong đó lưu ý ...")
_NOTES = (
    r"|(?:^|[,;.]\s)(?:bo|tong cuc|cuc|kho bac|so|uy ban)\s[^,;.:]{0,40}?\b(?:xin )?luu y\b"
    r"(?:(?!de nghi|yeu cau|giao\b)[^;.:]){1,200}?\bnhu sau\s*:\s*$"
)
OPINION = re.compile(
    r"(?:^|[,;.]\s)(?:(?!de nghi|yeu cau|giao\b|thu tuong|chu tich|bo truong|truong ban|"
    r"lanh dao|giam doc|dong chi)[^,;.:])*\b(?:co y kien(?: (?:tham gia|gop y))?|huong dan|tra loi"
    r"|trao doi)(?:(?: (?:cu the|nhu sau|mot so noi dung|noi dung))*"
    # "Bộ Y tế hướng dẫn thực hiện một số nội dung liên quan đến ... Điều 22 như sau:"
    r"|\b(?:(?!de nghi|yeu cau|giao\b)[^;.:]){1,240}?\bnhu sau)\s*:\s*$" + _NOTES
)


# "Tổng cục Thuế đề nghị các Cục Thuế ... để triển khai, phổ biến, hướng dẫn ... như sau:":
# the sentence asks a body by its kind, the guiding being the work it asks for
_ASKS_BODY = re.compile(
    r"\b(?:de nghi|yeu cau)\s+(?:cac\s+|quy\s+)?(?:cuc|chi cuc|tong cuc|so|bo|ubnd|uy ban|"
    r"co quan|don vi|phong)\b"
)


def own_opinion(folded: str) -> bool:
    """The sentence gives the issuer's own opinion or guidance ("Bộ Y tế hướng dẫn như
    sau:"), not a request to a body whose work is to guide ("Tổng cục Thuế đề nghị các Cục
    Thuế căn cứ ... để triển khai, phổ biến, hướng dẫn ..., cụ thể một số nội dung như sau:")."""
    m = OPINION.search(folded)
    if m is None:
        return False
    start = folded.rfind(". ", 0, m.start() + 1) + 1
    return not _ASKS_BODY.search(folded, start, m.start() + 1)


def opens_opinion(block: Block) -> bool:
    """The intro opens the issuer's own opinion or guidance."""
    # ("Một số nội dung sửa đổi, bổ sung mới của Thông tư ... như sau:": the issuer sets out
    # what is new in the rules)
    return block.marker is None and (own_opinion(block.folded) or news_from(block.folded) >= 0)


def states_for(folded: str, opinion: bool) -> bool:
    """In the issuer's guidance, a heading naming a body that asks it nothing ("- Các cơ sở KCB
    thực hiện mã hóa, ghi chép như sau:"): how the rule applies to that body, not its task."""
    return opinion and ASKED.search(folded) is None and GIVES.search(folded) is None


# "giao Sở X ...": a heading that hands work to the body
GIVES = re.compile(r"\bgiao\b")


# "Khoản 1 Điều 59 Nghị định số ... quy định: ...", "Theo quy định tại điểm h khoản 2 Điều 59
# Luật ..., tổ chức ... có nghĩa vụ ..., cụ thể:", "... quy định tại khoản 2 Điều 10 Thông tư
# số ..., bao gồm:": the law the letter restates speaks, and its items are no tasks (unless
# the letter asks in the same words: "Theo quy định tại Điều 5 ..., đề nghị các Sở ...:")
RULE_SAYS = re.compile(
    r"^(?!.*\b(?:de nghi|yeu cau|giao)\b(?! sau\b))(?:"
    r"(?:tai\s+)?(?:diem \w+,?\s+)?(?:khoan \d+,?\s+)*dieu \d+\b[^:]{0,160}?\bquy dinh\s*:"
    r"|theo quy dinh tai (?:diem|khoan|dieu)\b[^:]*\b(?:cu the|nhu sau|sau)\s*:\s*$"
    r"|[^:]*\bquy dinh tai (?:diem|khoan|dieu)\b[^:]*\b(?:bao gom|gom)\s*:\s*$)"
)
# "Báo cáo ... được nộp cho các cơ quan sau đây:": the items name where it goes, case by case
SENT_TO = re.compile(r"\bduoc (?:nop|gui)(?: (?:cho|ve|den|toi))? cac co quan sau(?: day)?\s*:\s*$")
# "- Báo cáo định kỳ ... được lập theo Mẫu số 05 của Phụ lục IV ...": which form a document
# takes, said of the document, no body told to do anything
FORM_STATED = re.compile(
    r"^(?:bao cao|bieu|ho so|to khai|so|ban do|van ban)\b[^.;:]{0,200}\bduoc (?:lap|ghi|the hien)"
    r" theo (?:mau|bieu mau)\b[^.;]*[.;]?\s*$"
)

ASKED = re.compile(r"(?<!van ban )(?<!giay )(?<!ho so )(?<!co )(?<!theo )\b(?:de nghi|yeu cau)\s+")
# (or hands it work: "2. Giao Văn phòng Đăng ký đất đai khẩn trương ...")
_ASKS_OR_HANDS = re.compile(r"\b(?:de nghi|yeu cau|giao)\s+")
# "Căn cứ quy định trên, đề nghị Thuế tỉnh X ...": the ground, then the request, no speaker
_GROUNDS = re.compile(r"^(?:can cu|xet|qua xem xet)\b[^.;:]*?,\s*(?=(?:de nghi|yeu cau)\s)")


def asks_on_grounds(block: Block, find: MentionFinder, opinion: bool) -> bool:
    """The paragraph asks a body by name in its first sentence, no speaker named, after its
    ground ("Căn cứ ..., đề nghị X ...") or in the issuer's opinion after what it answers
    ("Đồng thời, vướng mắc của Công ty ... nên đề nghị Công ty liên hệ ...")."""
    return (opinion or _GROUNDS.match(block.folded) is not None) and asks_one(block, find)


# "Trường hợp Cục X đề nghị ...": the case's own body asks, no comma nor "thì" between
_CASE_ASKS = re.compile(r"^(?:truong hop|neu)\s(?:(?!\bthi\b(?! hanh))[^,;:.])+\s\w+ \w+\s+$")
_ASKS_WORD = re.compile(r"\b(?:de nghi|yeu cau)\s+")


def asked_in_case(folded: str, at: int) -> bool:
    """The body named at ``at`` is the one a case's own body asks ("Trường hợp Cục X đề nghị
    Chi cục Y cấp hóa đơn ... thì ..."), not one the letter asks."""
    return _CASE_ASKS.match(folded[:at]) is not None


# "4. Ngoài các nội dung nêu trên, đề nghị thực hiện đúng ...": a request that turns from the
# issuer's guidance above to its addressees, who lead it
BEYOND = re.compile(
    r"^ngoai (?:cac |nhung )?(?:noi dung|quy dinh|huong dan)[^.;:]{0,40}\btren\s*,\s*"
    r"(?:de nghi|yeu cau)\s"
)


def asks_one(block: Block, find: MentionFinder) -> bool:
    """ "..., đề nghị Sở Công Thương nghiên cứu, hướng dẫn ...": the sentence asks a particular
    body (not "các cơ quan, đơn vị") for something more than to carry out what it says."""
    if grounds := _GROUNDS.match(block.folded):  # (after its ground: "Căn cứ ..., đề nghị X")
        block = Block(block.marker, block.text[grounds.end() :], block.folded[grounds.end() :])
    if closing_prose(block.folded):
        return False
    first = _ASKS_WORD.search(block.folded)
    if first is not None and asked_in_case(block.folded, first.end()):
        return False  # "Trường hợp Cục X đề nghị Chi cục Y cấp ... thì ...": X asks, in a case
    for m in find(block.text, block.folded):
        before = block.folded[max(0, m.start - 12) : m.start]
        # ("2. Giao Văn phòng X khẩn trương ..." in the issuer's opinion: handed work, asked alike)
        if m.part == Part.LEAD and re.search(r"\b(?:de nghi|yeu cau|giao)\s+$", before):
            plural = block.folded[m.start :].startswith(("cac ", "nhung "))
            later = ". " in block.folded[: m.start]  # (in its own first sentence)
            return not (plural or later or ONLY_CARRY_OUT.match(block.folded, m.end))
    # a body the finder does not know, named by its kind ("đề nghị Chủ đầu tư bổ sung ...",
    # "đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ ...", "đề
    # nghị doanh nghiệp căn cứ ...")
    asked = _ASKS_OR_HANDS.search(block.folded)
    if asked is None or ". " in block.folded[: asked.start()]:
        return False
    plural = block.folded.startswith(("cac ", "nhung "), asked.end())
    rest = block.text[asked.end() :]
    named = STARTS_BODY.match(rest) or OPENS.match(rest)
    if named is None or plural:
        return False
    return not ONLY_CARRY_OUT.match(block.folded, asked.end() + named.end())


# "Đề nghị Ủy ban ...", "Yêu cầu Ban ...": a paragraph that opens by asking a body by its name
_ASKS_NAMED = re.compile(r"^(?:đề nghị|yêu cầu)\s+(?=\w)", re.IGNORECASE)
# what asks for nothing of its own after the bodies: "quan tâm, phối hợp thực hiện./."
_NOTHING_OWN = re.compile(
    r"(?:[\s,]|\b(?:va|quan tam|phoi hop|giup do|tao dieu kien|chi dao|trien khai|to chuc|"
    r"thuc hien|nghiem tuc|khan truong)\b)*(?:\./\.?|\.)?\s*$"
)


def asks_named(block: Block, find: MentionFinder) -> bool:
    """ "Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy phối hợp kiểm tra, giám sát
    ...": a paragraph that is the request itself, asking particular bodies (named with
    capitals, though no list knows them) for work of their own; not "Đề nghị bộ, ngành, địa
    phương quan tâm thực hiện./." nor "Đề nghị Ban X phối hợp thực hiện./."."""
    named = _ASKS_NAMED.match(block.text)
    if named is None or not block.text[named.end()].isupper() or not asks_one(block, find):
        return False
    bodies = subject_bodies(block.text)
    at = block.text.find(bodies[-1]) if bodies else -1
    return at >= 0 and not _NOTHING_OWN.match(block.folded, at + len(bodies[-1]))


# "Căn cứ danh sách, Cục Thuế đối chiếu, chốt số liệu ...": a short ground the work rests on,
# citing no document (no number), then the body that does it, as the sentence's subject
_WORK_GROUND = re.compile(r"^can cu\s[^.;:,\d]{2,40},\s*(?=\S)")
# (the work only carried out, no object: "..., Sở X tổ chức thực hiện./.", a closing)
_ONLY_CARRIED_OUT = re.compile(
    r"[^.;:]{2,80}?\s(?:to chuc |trien khai |nghiem tuc )*thuc hien\s*\.?/?\.?\s*$"
)


def acts_on_grounds(block: Block) -> bool:
    """The paragraph opens with the ground of its work, then the body that does it acts
    ("Căn cứ kết quả rà soát, Sở X tổng hợp ..."): a task, no closing "Căn cứ ..." prose."""
    ground = _WORK_GROUND.match(block.folded)
    rest = block.folded[ground.end() :] if ground is not None else ""
    if ground is None or closing_prose(rest) or _ONLY_CARRIED_OUT.match(rest):
        return False  # ("Căn cứ nội dung văn bản, Sở X tổ chức thực hiện./.": the closing)
    return subject_acts(block.text[ground.end() :])
