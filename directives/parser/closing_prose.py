"""Closing prose: a paragraph that only closes the letter or looks back, no task of its own
("... nghiêm túc thực hiện Chỉ thị này", "Trong thời gian qua, ...", "Căn cứ ...", "Đề nghị
... triển khai thực hiện./."), told by the patterns of its opening (``_PROSE_OPENING``), of
words that may stand anywhere in it (``_PROSE_ANYWHERE``) and of a last paragraph that asks
everyone to carry out what was said (``_PROSE_LAST_WORDS``). The letter's other closing
formulas ("Trân trọng./.", "Trên đây là ...") and the ways a closing still asks something of
its own are in ``formulas``.
"""

from __future__ import annotations

import re

# "Yêu cầu Sở X, Sở Y, các cơ quan liên quan triển khai thực hiện./.": nothing of its own (the
# issuer named first too: "Sở X đề nghị UBND các xã, phường và yêu cầu Văn phòng Y triển khai
# thực hiện./.")
CARRY_OUT = re.compile(
    r"^(?:(?:so|bo|cuc|tong cuc|van phong|uy ban nhan dan|ubnd)\s[^.;:,]{0,60}?\s(?:kinh )?)?"
    r"(?:yeu cau|de nghi)\b[^.;:]{0,240}\btrien khai(?: thuc hien)?\s*\.(?:/\.?)?\s*$"
)
# "Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.", "Tổng cục Thuế trả lời để Cục
# Thuế được biết.": the issuer's answer handed over, no task of its own
ANSWERED = re.compile(
    r"^[^.;:]{0,80}\btra loi\b(?: (?:de|cho))?[^.;:]{0,80}?\b(?:duoc )?biet"
    r"(?:,? (?:va )?(?:thuc hien|trien khai))?\s*\.(?:/\.?)?\s*$"
)
# The closing prose's branches that may stand anywhere in the paragraph, behind a guard of
# the letters they start with, and those that open it, tried at its start only
# (closing_prose: either)
_PROSE_ANYWHERE = re.compile(
    r"(?=[cdknt])(?:(?:nghiem tuc|to chuc|khan truong) (?:phoi hop )?(?:trien khai )?"
    r"(?:thuc hien|chap hanh|quan triet) (?:noi dung )?(?:chi thi|cong van|cong dien|thong bao|"
    r"quyet dinh|ke hoach|van ban) nay"
    # "Yêu cầu Giám đốc Sở X, ... thực hiện ngay Công điện này./.": the cable's last words
    r"|\bthuc hien ngay (?:cong dien|chi thi|cong van|van ban) nay\s*\./"
    # the letter's last words: "... yêu cầu Trưởng các phòng nghiêm túc triển khai thực hiện./."
    # ("Tổng cục Thuế đề nghị các Cục Thuế chủ động triển khai, thực hiện./.")
    r"|(?:nghiem tuc|khan truong|chu dong) (?:trien khai,? )?(?:thuc hien|chap hanh)\s*\./\.?\s*$"
    # "... trân trọng đề nghị Bộ X quan tâm, sớm xem xét, chỉ đạo giải quyết./.": the request
    # made above, asked once more to be considered
    r"|\bde nghi\b[^.;:]{0,80}\bquan tam\b[ ,]*(?:(?:som|xem xet|chi dao|giai quyet)[ ,]*)+"
    r"\./\.?\s*$"
    # "... kính đề nghị các Bộ, ... quan tâm - chỉ đạo các cơ quan chức năng ... phối hợp chặt
    # chẽ với cơ quan thuế để triển khai thực hiện Nghị định số X, nếu phát sinh vướng mắc ...
    # ./.": the last words urge the bodies to see the text carried out (no date of their own)
    r"|\bde nghi\b(?![^.;:]*\b(?:truoc|cham nhat)\s+ngay\b)[^.;:]{0,200}\bquan tam\b[\s,-]*"
    r"(?:lanh dao[\s,-]*)?chi dao\b[^.;:]*\btrien khai thuc hien\b[^.;:]*\./\.?\s*$)"
)
# "(Trong) quá trình thực hiện gặp vướng mắc, doanh nghiệp phản ánh ... về Sở X ...": where
# whoever meets a difficulty sends it, the paragraph's last sentence
_DIFFICULTIES = (
    r"(?:trong )?qua trinh (?:to chuc )?(?:trien khai )?thuc hien\b[^.;]{0,40}"
    r"\b(?:kho khan|vuong mac)\b[^.;]*\b(?:phan anh|bao cao|lien he|gui)\b[^.;]*"
    r"\.(?:/\.?)?\s*$"
)
_PROSE_OPENING = re.compile(
    # what has been done so far: "Trong thời gian qua, ...", "Vừa qua, ..."
    r"(?:(?:trong )?thoi gian qua,|vua qua,"
    # "Trong quá trình thực hiện, Sở X ..., các Tập đoàn ... tiếp tục đề xuất với Bộ Y điều
    # chỉnh, bổ sung Danh mục ...": where the bodies send proposals to amend the text, as the
    # difficulties sentence says where to send difficulties (README, 133/01 Điều 3)
    r"|(?:dieu \d+\s*[.:]\s*)?(?:trong )?qua trinh (?:to chuc )?(?:trien khai )?thuc hien,?"
    r"[^.;:]{0,300}?"
    r"\b(?:de xuat|kien nghi)\s+(?:voi|ve|len)\s[^.;:]{2,80}?\s(?:sua doi|dieu chinh),?"
    r"\s+(?:bo sung|sua doi)\b[^.;]*\.(?:/\.?)?\s*$"
    r"|(?:can cu|xet|theo de nghi|qua xem xet|nham|"
    r"thuc hien (?:quyet dinh|cong van|chi thi|ke hoach|nghi quyet))"
    # "Văn phòng ... truyền đạt ý kiến chỉ đạo của Phó Chủ tịch ... để các cơ quan, đơn vị liên
    # quan tổ chức thực hiện./.", "... truyền đạt ý kiến chỉ đạo trên đến đơn vị biết, thực
    # hiện.": the office passing on the orders above, no task of its own
    r"|(?!giao |yeu cau |de nghi )[^.;:]{0,80}\btruyen dat y kien\b[^.;:]{0,200}\b(?:de|den)\b"
    r"[^.;:]{0,120}\b(?:biet|thuc hien)\s*\.(?:/\.?)?\s*$"
    # "Ủy ban nhân dân tỉnh yêu cầu UBND huyện ... khẩn trương tổ chức thực hiện.": the same,
    # the paragraph no more than the request to carry it out
    r"|[^.;:]{0,80}\b(?:yeu cau|de nghi)\b[^.;:]{0,160}\b(?:nghiem tuc|khan truong) to chuc "
    r"thuc hien"
    r"\s*\.(?:/\.?)?\s*$"
    # "Văn phòng Chính phủ kính mong các văn phòng phối hợp./.": the issuer only hopes for
    # its recipients' cooperation, naming no work
    r"|[^.;:]{0,80}\b(?:kinh |rat |tran trong )?mong\b[^.;:]{0,80}\b(?:phoi hop|hop tac|"
    r"quan tam|giup do)\b[^.;:]{0,40}\.?(?:/\.?)?\s*$"
    # a paragraph that says who answers for what: "X chịu trách nhiệm toàn diện trước ..."
    # (unless it goes on to ask: "...; lưu ý phải bảo đảm ...")
    r"|[^.;:]{0,80}\bchiu trach nhiem (?:toan dien )?truoc\b(?![^;]*;\s*(?:luu y|yeu cau)\b)"
    # "Đề nghị Sở X tổ chức thực hiện ngay và gửi báo cáo đúng thời hạn./.": the tasks above
    # asked once more to be done on time (no date of its own)
    r"|(?:yeu cau|de nghi)\b[^.;:]{0,200}\bthuc hien\b[^.;:]{0,80}\bdung (?:thoi han|thoi gian|"
    r"tien do)(?: (?:quy dinh|yeu cau|neu tren|tren))?\s*\./\.?\s*$|" + CARRY_OUT.pattern +
    # "Bộ X đề nghị Ủy ban nhân dân các tỉnh triển khai thực hiện theo đúng quy định, đảm bảo
    # ..., thực hành tiết kiệm ...": what the letter said, asked to be done as the rules say
    # (no date of its own in that sentence: "..., báo cáo kết quả trước ngày 15/12" asks)
    # (or as guided above: "... triển khai thực hiện theo hướng dẫn nêu trên.")
    r"|(?![^.]*(?:\d{1,2}\s*/\s*\d{1,2}\b|\bngay\s+\d{1,2}\s+thang\s+\d))"
    r"[^.;:]{0,80}\b(?:yeu cau|de nghi)\b[^.;:]{0,160}\b(?:trien khai|to chuc) thuc hien"
    r" (?:(?:theo )?dung (?:quy dinh|huong dan)|theo (?:cac )?huong dan (?:da )?(?:neu )?tren)"
    r"\s*[.,]"
    # "Sở X đề nghị Quý doanh nghiệp quan tâm thực hiện những nội dung trên.": the contents
    # above asked once more to be carried out, alone or before the sentence that says where to
    # send difficulties ("Quá trình thực hiện gặp vướng mắc, doanh nghiệp phản ánh về ...")
    r"|[^.;:]{0,80}\b(?:yeu cau|de nghi)\b[^.;:]{0,200}\bthuc hien (?:nghiem tuc )?"
    # ("... thực hiện nội dung trên đạt hiệu quả cao nhất.": how well, nothing of its own)
    r"(?:(?:nhung|cac) )?noi dung (?:neu |da neu )?tren(?: (?:dat|co) hieu qua(?: cao(?: nhat)?)?)?"
    r"\s*\.(?:/\.?)?\s*(?:$|" + _DIFFICULTIES + ")"
    ")"
)

# "... yêu cầu các đơn vị triển khai, báo cáo kết quả thực hiện./.", "... về 04 nội dung nêu
# trên./.": the last words ask everyone to carry out what the letter said (no date) (a date,
# in figures or words, makes it a task: "... gửi trước ngày 20 tháng 01 năm 2003"); tried
# only on a paragraph that ends in "./" or "./."
_PROSE_LAST_WORDS = re.compile(
    r"(?!.*(?:\d{1,2}\s*/\s*\d{1,2}\b|\bngay\s+\d{1,2}\s+thang\s+\d))"
    r"(?:.*\b(?:yeu cau|de nghi) (?:cac|nhung) (?:co quan|don vi)\b"
    r".*|.*\bnoi dung (?:neu )?tren)\s*\./\.?\s*$"
)


# "Giám đốc Sở X phối hợp với các sở, ban, ngành có liên quan tổ chức triển khai thực hiện
# Quyết định này", "Sở X chủ trì, phối hợp ... tổ chức ...": one body named (its title first),
# handed the organising of the decision with its partners: its task, not the closing
_ONE_BODY_ORGANISES = re.compile(
    r"^(?:dieu\s+\d+\s*[.:]\s*)?(?:giao\s+)?"
    r"(?:(?:giam doc|chanh van phong|thu truong|chu tich|truong ban|cuc truong)\s+)?"
    r"(?:so|ban|cuc|vu|van phong|uy ban nhan dan|cong an|bo|tong cuc|trung tam)\s(?!cac\b)"
    r"[^.;:]{2,80}?\s(?:chu tri,?\s+)?phoi hop\b[^.;:]{0,120}\bto chuc\b"
)


def closing_prose(folded: str) -> bool:
    """The paragraph only closes the letter or looks back (no task of its own): "... nghiêm
    túc thực hiện Chỉ thị này", "Trong thời gian qua, ...", "Căn cứ ...", "... tổ chức thực
    hiện./."."""
    if _PROSE_OPENING.match(folded) or ANSWERED.match(folded):
        return True
    anywhere = _PROSE_ANYWHERE.search(folded)
    if anywhere and not (anywhere[0].startswith("to chuc") and _ONE_BODY_ORGANISES.match(folded)):
        return True
    return folded.rstrip().endswith(("./", "./.")) and bool(_PROSE_LAST_WORDS.match(folded))
