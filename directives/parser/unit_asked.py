"""Whether a paragraph asks a unit for work: the verbs of command an action opens with
(``IMPERATIVE``), the recipient asked politely or by its kind, a body named as the lead or the
subject of its work, enterprises given a task by name (``zones.is_action`` and the lists of
what an item covers ask it).
"""

from __future__ import annotations

import re

from directives.parser.addressees import NARRATIVE_AFTER as _NARRATIVE_AFTER
from directives.parser.article_labels import article_label
from directives.parser.asked import asked_bodies, asks_office_now
from directives.parser.blocks import Block
from directives.parser.clean import fold_keep, squash
from directives.parser.dashed_doer import run_in_body
from directives.parser.each_body import each_body
from directives.parser.enterprises import enterprise_subject
from directives.parser.formulas import asked_in_case
from directives.parser.leader_asks import leader_asks_unnamed
from directives.parser.letters import SMALL
from directives.parser.mentions import MentionFinder, Part
from directives.parser.named_leads import local_subject, named_officials
from directives.parser.polite import ASKING, politely_asked
from directives.parser.subjects import subject_acts

# "đề nghị Quý Ủy ban ...": the recipient, addressed politely (``politely_asked``) or by its
# kind and an abbreviation ("Bộ GDĐT đề nghị sở GDĐT các tỉnh báo cáo ...")
_ASKS_PERSON = re.compile(rf"\b(?:{ASKING}) dong chi\b")  # "Tôi đề nghị đồng chí Chủ tịch ..."
# (or the company a letter to it names by its kind: "..., đề nghị Công ty nộp lại hồ sơ ...")
_ASKS_BY_KIND = re.compile(
    r"\b(?:đề nghị|yêu cầu) (?:(?:[sS]ở|UBND) [A-ZĐ]{2,}\b"
    rf"|(?:Công ty|Doanh nghiệp) (?=[{SMALL}]))"
)
_ALREADY = re.compile(r"\bda (?:ban hanh|co|chi dao|giao|yeu cau|de nghi)\b")
# "Thực hiện chỉ đạo ... tại Chỉ thị số 18/CT-TTg ..., trong đó giao Bộ X ...": what the cited
# document asks, the grounds of the letter, not its task
_CITED_ASK = re.compile(
    r"\b(?:chi thi|cong dien|nghi quyet|quyet dinh|ket luan|thong bao|van ban)\s+so\b"
    r"[^.;]{0,300}\btrong do\s+(?:giao|yeu cau|chi dao|de nghi)\s+$"
)
IMPERATIVE = re.compile(
    r"^(?:tang cuong|chi dao|trien khai|to chuc|xay dung|ra soat|thuc hien|tham muu|ban hanh|"
    r"kien toan|hoan thien|hoan chinh|bo sung|bao cao|cap nhat|day manh|nang cao|khac phuc|"
    r"chu tri|phoi hop|don doc|kiem tra|cong khai|niem yet|bo tri|quan triet|nghien cuu|"
    r"de xuat|sua doi|chan chinh|gui|huong dan|theo doi|ung dung|duy tri|dam bao|bao dam|"
    r"tiep tuc|rut kinh nghiem|lap|trinh|cu|giao|yeu cau|tuyen truyen|thong ke|tong hop|"
    r"danh gia|rà soat|soan thao|xu ly|thanh tra|chu dong|nghiem tuc|tap trung|uu tien|"
    r"day nhanh|hoan thanh|thuc hien|sap xep|cai tien|van hanh|dua|lam ro|boi duong|dao tao|"
    r"chuan bi|nghiem chinh|chap hanh|tuan thu|tap huan|khan truong|hieu chinh|chinh sua)\b"
)


# "Doanh nghiệp có liên quan đã nhiều lần có văn bản ...": what the enterprises did
_RELATED = re.compile(r"^\s+(?:co )?lien quan\b")


def enterprises(block: Block) -> bool:
    """ "Doanh nghiệp viễn thông bảo đảm kinh phí ...": enterprises given a task by name, not
    told of as having done something ("Doanh nghiệp có liên quan đã có văn bản ...")."""
    names = enterprise_subject(block.text)
    if not names:
        return False
    folded = squash(block.folded)
    at = folded.find(fold_keep(names[-1]))
    rest = folded[at + len(names[-1]) :] if at >= 0 else ""
    related = _RELATED.match(rest)
    return not _NARRATIVE_AFTER.match(rest[related.end() :] if related else rest)


def asks_a_unit(block: Block, find: MentionFinder) -> bool:
    asked = politely_asked(block.folded, sent_to_do=True) or _ASKS_PERSON.search(block.folded)
    if asked or _ASKS_BY_KIND.search(block.text) or asks_office_now(block.text):
        return True  # "..., đề nghị Quý Ủy ban gửi báo cáo ...": the letter's recipient is asked
    at = article_label(block.folded)  # ("Điều 2. Trong quá trình ..., Bộ X rà soát ...")
    text, folded = block.text[at:], block.folded[at:]
    for m in find(text, folded):
        if m.part == Part.LEAD:
            # "... đã ban hành Công điện số 158 chỉ đạo Bộ Xây dựng ...": what was asked before
            # (or what a case's body asks: "Trường hợp Cục X đề nghị Sở Y ... thì ...")
            if _ALREADY.search(folded[max(0, m.start - 160) : m.start]):
                continue
            if _CITED_ASK.search(folded[max(0, m.start - 700) : m.start]):
                continue
            if asked_in_case(folded, m.start):
                continue
            return True
        subject = m.part == Part.SUBJECT and (m.start > 0 or not at)  # (after a clause)
        if subject and not _NARRATIVE_AFTER.match(folded[m.end :]):
            return True
    # ("Điều 2. Bộ Công Thương chủ trì ...", "Phân công Phó Thủ tướng A chỉ đạo ...")
    return (
        subject_acts(text)
        or local_subject(text)
        or enterprises(block)
        or bool(named_officials(text))
        or bool(asked_bodies(text))  # "Để ..., Bộ đề nghị Ủy ban nhân dân các tỉnh ..."
        or bool(each_body(text))  # "Mỗi sở, ngành xác định ...": each body of the kinds
        # ("Phó Thủ tướng X yêu cầu chưa khởi công ...": the leader asks, naming no body)
        or leader_asks_unnamed(text, folded)
        or bool(run_in_body(text, folded, IMPERATIVE))  # "Các trường X: Chuẩn bị ..."
    )
