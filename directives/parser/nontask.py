"""Paragraphs that give no body anything to do, whatever zone they stand in: an approval or
praise ("Thống nhất ...", "Biểu dương ..."), the share of awards a body may propose, whom to
call, a reply's advice to apply the law it explained, what a report must carry, and an item
that only names the bodies concerned ("Các cơ quan, tổ chức, cá nhân khác có liên quan").
``zones.is_action`` asks first."""

from __future__ import annotations

import re

from directives.parser.befalls import befalls
from directives.parser.permits import holders_duties

# An approval, a finding or praise is not a task: "Thống nhất ...", "Đồng ý ...",
# "Ghi nhận, đánh giá cao ...", "Biểu dương ...".
# ("Thống nhất chỉ đạo thực hiện ...": to direct uniformly, a task, no approval)
_APPROVAL = re.compile(
    r"^(?:thong nhat(?! (?:chi dao|quan ly|lanh dao|dieu hanh|to chuc|thuc hien)\b)|dong y|"
    # ("Biểu dương, khen thưởng kịp thời các tập thể ...": to praise and reward, the work of it)
    r"ghi nhan|danh gia cao|bieu duong(?!,\s*(?:ton vinh,\s*)?khen thuong)|hoan nghenh|chap thuan|"
    r"cong nhan|khen ngoi|tran trong)\b"
)
# Whom to call: "Đầu mối hỗ trợ nghiệp vụ: số điện thoại ...; địa chỉ thư điện tử ..."
_CONTACT = re.compile(
    r"^(?:dau moi|(?:thong tin )?lien he)\b[^.;]{0,80}:\s*(?:so )?(?:dien thoai|thu dien tu|email)"
)
# Where a meeting is held: "3. Địa điểm: Hội trường Khách sạn X, thành phố Y" under an
# invitation, asking no one (unless it hands work: "Địa điểm: ..., giao Sở X chuẩn bị")
_VENUE = re.compile(
    r"^dia diem(?: (?:to chuc|hop|hoi nghi))?\s*:(?![^:]*\b(?:giao|de nghi|yeu cau|chuan bi|"
    r"bo tri)\b)[^:]*$"
)
# A share of awards a body may propose: "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân"
_QUOTA = re.compile(
    r"(?=[ktc])\b(?:khong qua|toi da|chon)\s+\d+\s+(?:tap the|ca nhan|truong hop)\b"
)
# (the words every match of it holds, looked for first as plain strings, a cheap test: here,
# and by the patterns below that keep such words beside them, keep them with the pattern)
_QUOTA_WORDS = ("tap the", "ca nhan", "truong hop")
# A reply's advice, wherever it stands: "Đề nghị Công ty căn cứ vào tình hình thực tế ...,
# đối chiếu với các quy định ... để thực hiện đúng quy định.": to apply the law it explained
_APPLY_THE_LAW = re.compile(
    r"^(?:de nghi|yeu cau) [^.;:]{0,40}\bcan cu\b[^.;:]*\bthuc hien (?:theo )?dung quy dinh"
    r"(?: cua phap luat)?\s*\.(?:/\.?)?\s*$"
)
# A reply's answer by pointing to the law, asking nothing more: "2. Về chính sách thuế: đề
# nghị Công ty nghiên cứu quy định tại khoản 6 Điều 16 Luật ...", no purpose ("để thực hiện")
# and no other sentence
_POINTS_TO_LAW = re.compile(
    r"^(?:ve [^:]{0,160}:\s*)?(?:de nghi|yeu cau) [^.;:]{0,40}?\b(?:nghien cuu|tham khao|can cu)"
    r"(?: vao)? (?:cac )?quy dinh tai\b(?:(?!\bde\b)[^;:.]|\.(?!\s|$))*\.?\s*$"
)
# A time limit said to be extended: "Thời gian tiếp nhận hồ sơ ... được kéo dài đến ngày X",
# what the letter grants, asking no one
_EXTENDED = re.compile(
    r"^(?:thoi gian|thoi han|han)\b[^.;:]{0,120}?\bduoc (?:keo dai|gia han|lui)\b[^;:]*$"
)

# A power the decision grants a team, board or council it sets up, not a duty ("Đoàn kiểm tra
# được sử dụng con dấu của Sở ...", "Tổ công tác được quyền yêu cầu ..."), and who divides
# the work ("Nhiệm vụ cụ thể của các thành viên do Trưởng đoàn phân công"): no task
_POWER = re.compile(
    # (or the delegate a heading names: "3. Được sử dụng con dấu của Sở ...")
    r"^(?:(?:doan|to|ban|hoi dong|nhom|truong doan|thanh vien)\b[^.;:,]{0,50}?\s+)?"
    r"duoc (?:su dung|quyen|phep|huong)\b(?:[^;.]|\.(?!\s))*\.?$"
    # (not one who submits it for another's decision: "Việc sửa đổi ... do Hội đồng X trình Ủy
    # ban nhân dân tỉnh quyết định", the council's work)
    r"|^(?:nhiem vu|cong viec|viec)\b[^.;]{0,120}\bdo (?:(?!\btrinh\b)[^.;]){1,60}"
    r"\b(?:phan cong|quyet dinh)\s*\.?\s*$"
    # (or a head's power in a regulation: "Tuỳ theo ..., Thủ trưởng cơ quan thuế có quyền quyết
    # định bổ sung ...", not "có quyền hạn", a mandate)
    r"|^(?:[^.;:]{0,80},\s*)?[^.;:,]{2,80}?\s+co quyen (?!han\b)(?:[^.]|\.(?!\s))*\.?$"
    # (or its end: "Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.")
    r"|^(?:doan|to|ban|hoi dong|nhom)\b[^.;:,]{0,50}?\s+tu giai the\b[^.;]*\.?$"
)
_POWER_WORDS = ("duoc ", "phan cong", "quyet dinh", "co quyen ", "tu giai the")

# The delegate's accountability and what it may not do, no task: "Chịu trách nhiệm trước Ủy ban
# nhân dân thành phố ... đối với nội dung được ủy quyền; không được ủy quyền tiếp ..." (the
# misprint that drops "nhiệm" too), or for the powers handed down ("... về việc tổ chức thực
# hiện có hiệu quả; đúng trình tự, thủ tục ... đối với các thủ tục được phân cấp theo Điều 3")
_ANSWERS_FOR_POWER = re.compile(
    r"^chiu trach (?:nhiem )?truoc\b[^.;]*\bduoc uy quyen\b[^.;]*"
    r"(?:;\s*khong duoc\b[^.;]*)?[.;]?$"
    r"|^chiu trach (?:nhiem )?truoc\b[^.;]*\bve\b[^.]*\bduoc phan cap\b(?:[^.]|\.(?!\s))*\.?$"
    # (or for what comes of a failure: "Chịu trách nhiệm đối với những hậu quả xảy ra ...")
    r"|^chiu trach nhiem(?: truoc [^.;]{2,80}?)? (?:ve|doi voi) (?:moi |nhung |cac )?"
    r"(?:hau qua|thiet hai)\b[^.;]*\.?$"
)

# A body's standing mandate, no task: "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định
# của pháp luật hiện hành." (or "thực hiện chức năng, nhiệm vụ, quyền hạn theo quy định")
_MANDATE = re.compile(
    r"^[^.;:,]{0,80}?\bthuc hien (?:cac )?(?:chuc nang, )?nhiem vu,? (?:va )?quyen han"
    r"(?: (?:cua minh|duoc giao))? theo quy dinh(?: cua phap luat)?(?: hien hanh)?\s*\.?$"
)
_MANDATE_WORDS = ("quyen han",)

# The enacting formula a decision or resolution closes its grounds with ("Ủy ban nhân dân tỉnh
# ban hành Quyết định ban hành Quy chế ...", or the rules it issues: "Ủy ban nhân dân thành phố
# Hà Nội ban hành Quy chế ..."; its title may list with ";"): the issuer issuing this document,
# one body (not "các tỉnh"), asking no report, no date and nothing more ("đồng thời ...")
_ENACTS = re.compile(
    r"^(?:chu tich )?(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)(?: (?:tinh|thanh pho))?"
    r"(?![^.;:,]{0,30}?\bcac\b)[^.;:,]{0,30}? ban hanh (?:quyet dinh|nghi quyet|quy che|quy dinh)\b"
    r"(?![^:]*\b(?:truoc ngay|cham nhat|dong thoi|bao cao|trong thang)\b)[^:]*$"
)

# What the work handed in must carry, no date of its own: "Báo cáo gửi về Bộ phải có xác nhận
# của Ủy ban nhân dân tỉnh.", "Hồ sơ phải được đóng dấu giáp lai." (a rule for the task above)
_MUST_CARRY = re.compile(
    r"^(?:bao cao|ho so|van ban|so lieu|bieu mau)\b[^.;:\d]{0,80}?\bphai (?:co|duoc|kem|ghi ro)\b"
    r"[^;:\d]*$"
)

# What the sender encloses: "Văn phòng Chính phủ xin gửi kèm theo bản sao công văn của Bộ X
# ...", asking nothing of it ("... để quý cơ quan nghiên cứu, có ý kiến" would)
_ENCLOSES = re.compile(
    r"^[^.;:]{0,60}\b(?:xin )?gui kem(?: theo)?\b"
    r"(?![^;]*\b(?:de nghi|yeu cau|de (?:\w+ )?(?:nghien cuu|xem xet|tham khao)|co y kien)\b)"
)
_ENCLOSES_WORDS = ("gui kem",)


# A decision's effect said first, then more of the article: "Điều 2. Quyết định này có hiệu lực
# kể từ ngày ký. Giao Sở X chủ trì ..." (the sentences after it may hand out work)
_EFFECT_FIRST = re.compile(
    r"^(?:dieu \d+\.\s*)?(?:quyet dinh|nghi quyet|chi thi|van ban) nay co hieu luc\b[^.;:]*\.\s+\S"
)


# Where the money comes from: "Nguồn kinh phí thực hiện: Được bố trí trong dự toán ngân sách
# Thành phố giao cho Công an Thành phố" (the budget allocated to the body, no task of it)
_FUNDED = re.compile(
    r"^(?:\d+\.\s*)?nguon (?:kinh phi|von)(?: thuc hien)?\s*:\s*(?:duoc |do |tu )?"
    r"(?:bo tri|nguon|ngan sach|du toan)\b[^;:]*$"
)


# Whom the rules apply to, an item naming the kinds of body concerned and nothing else ("5. Các
# cơ quan, đơn vị, tổ chức, cá nhân khác có liên quan.", under whatever heading the page put it)
_KIND = r"(?:co quan|don vi|to chuc|ca nhan|doanh nghiep|dia phuong)"
_CONCERNED = re.compile(
    rf"^(?:(?:cac|nhung) )?{_KIND}(?:(?:,| va|, va) {_KIND})*(?: khac)?(?: co)? lien quan\s*[.;]?$"
)


# "Các quyền và nghĩa vụ khác theo quy định của pháp luật": a duties list's catch-all, no work
_OTHER_RIGHTS = re.compile(
    r"^(?:cac )?quyen(?: han)?(?:(?:,| va|, va) (?:nghia vu|trach nhiem|quyen loi))* khac\b"
    r"[^;:]*$"
)


# A body's share of a sum: "+ Bộ Tài chính: 266.360.000 VNĐ bằng tiền mặt", "- Sở Y tế:
# 1.260.000 USD;" (what the body gets, no work)
SUM = re.compile(r"\d[\d.,]*\s*(?:usd|vnd|dong|trieu dong|ty dong|eur)\b")
_SHARE = re.compile(r"^[^:;.]{3,120}:\s*" + SUM.pattern)


# "Đồng ý ... và giao Bộ X chủ trì ...", "Đồng ý ..., Giao Bộ Y làm đầu mối ... để điều phối
# ...": the approval and the work handed share one unstated subject, the speaker, in one
# sentence, which is the task (README, session 20); not a role that names no work ("... và giao
# Bộ X là cơ quan đầu mối của Việt Nam tham gia Dự án")
_APPROVES_AND_GIVES = re.compile(
    r"^[^.;:]*?(?:,|\sva|\sdong thoi)\s+(?:giao|yeu cau|de nghi)\s"
    r"(?![^.;]*?\bla (?:co quan|don vi)\b(?![^.;]*\b(?:de|chu tri|phoi hop)\s))"
)


def approves(folded: str) -> bool:
    """The paragraph approves, finds or praises ("Thống nhất ...", "Biểu dương ..."), and hands
    no work in the approval's own sentence."""
    return bool(_APPROVAL.match(folded)) and not _APPROVES_AND_GIVES.match(folded)


def effect_first(folded: str) -> bool:
    """The paragraph opens with the decision's effect, a closing formula, and goes on."""
    return bool(_EFFECT_FIRST.match(folded))


# Who acts in a case, by the law that rules it: "Đối với địa bàn có doanh nghiệp đầu tư kinh
# doanh hạ tầng thì đơn vị kinh doanh hạ tầng thực hiện quản lý ... theo Nghị định số X." (a
# business the letter does not address, doing what the law gives it: no task)
_CASE_RULED = re.compile(
    r"^doi voi [^;:]{5,200}? thi (?:cac )?(?:doanh nghiep|don vi kinh doanh|chu dau tu|nha dau tu)"
    r"\b[^;:]{0,80}? thuc hien [^;:]{0,200}?\btheo (?:nghi dinh|luat|thong tu|quy dinh)\b[^;:]*$"
)

# A request that tells the body only what it may do: "Do đó, đề nghị cơ quan soạn thảo có thể
# nghiên cứu quy định ...; đồng thời có thể cân nhắc ..." (a permission, README session 19's
# "có thể"; 181/03 I.2), when the paragraph asks nothing else
_MAY = re.compile(
    r"^(?:[^.;:]*,\s*)?(?:de nghi|yeu cau)\s+[^.;:,]{2,60}?\s+co the\b"
    r"(?![^.]*\b(?:de nghi|yeu cau)\b)"
)


# "Sở Nông nghiệp và Môi trường (tiết c điểm 3 Mục IV) chỉ đạo ...", "UBND các xã, phường (tiết
# a điểm 1 Mục IV): ...": a body's share of another document's tasks, its part cited after the
# name: what that document gave, recounted, not the letter's own request
_RECOUNTED_PART = re.compile(
    r"^[^.;:()]{3,80}?\s\((?:tiet|diem|khoan|muc)\s[a-z0-9ivx]{1,5}\b[^()]{0,40}\)\s*(?::|\w)"
)

# "Trong thời gian qua, nước ta đã ...": what was done in the time gone by, recounted, when the
# block asks nothing (no "đề nghị", "yêu cầu", "giao", "phải", "cần", "chỉ đạo" in it)
_RECOUNTED_PAST = re.compile(
    r"^(?:trong )?thoi gian qua,\s[^.;:]{2,60}?\sda\s"
    r"(?![\s\S]*\b(?:de nghi|yeu cau|giao|phai|can|chi dao)\b)"
)

# "Trưởng Đoàn giám sát: Ông Phạm Văn Chánh - Chủ tịch HĐND tỉnh - phụ trách chung, ...": a
# person named with his post, and his own duties (batch 70's line: persons' duties, no task)
# "6. Ban giám khảo: 05 thành viên (BGH, Tổ trưởng)" over the table of its members: how many
# sit on a board and who, no task
_COMPOSED = re.compile(r"^(?:gom\s+)?\d{1,3}\s+thanh vien\b")
_NAMED_PERSON = re.compile(r"^(?:[^.;:]{2,60}:\s*)?(?:ong|ba)\s+(?:\w+\s+){1,4}?\w+\s+-\s+")


# "Nguyên tắc chung: kết hợp chặt chẽ các biện pháp ...": a run-in label that states the
# principle the duties below follow, no one's task (as a "Nguyên tắc" heading states aims)
_PRINCIPLE = re.compile(r"^(?:nguyen tac|quan diem)(?: chung| chi dao)?\s*:\s*[a-z]")


def _holds(folded: str, words: tuple[str, ...]) -> bool:
    """``folded`` holds one of the words a pattern needs (``_QUOTA_WORDS``): worth trying it."""
    return any(word in folded for word in words)


def asks_nothing(folded: str) -> bool:
    """A share of awards ("Công an tỉnh; Sở Tài chính mỗi đơn vị đề nghị không quá 01 tập
    thể"), whom to call, a reply's advice to apply the law it explained, a sanction on
    whoever breaks the rules ("... sẽ bị xử lý kỷ luật"), or only what a body may do."""
    return bool(
        (_holds(folded, _QUOTA_WORDS) and _QUOTA.search(folded))
        or _SHARE.match(folded)
        or _CONTACT.match(folded)
        or _PRINCIPLE.match(folded)
        or _VENUE.match(folded)
        or _APPLY_THE_LAW.match(folded)
        or _POINTS_TO_LAW.match(folded)
        or _EXTENDED.match(folded)
        or (_holds(folded, _POWER_WORDS) and _POWER.match(folded.strip()))
        or _MUST_CARRY.match(folded.strip())
        or (_holds(folded, _MANDATE_WORDS) and _MANDATE.match(folded.strip()))
        or _ANSWERS_FOR_POWER.match(folded.strip())
        or _ENACTS.match(folded.strip(" *"))
        or (_holds(folded, _ENCLOSES_WORDS) and _ENCLOSES.match(folded))
        or _FUNDED.match(folded.strip(" *"))
        or _CONCERNED.match(folded.strip(" *"))
        or _OTHER_RIGHTS.match(folded.strip(" *"))
        or befalls(folded)
        or _CASE_RULED.match(folded.strip(" *"))
        or _MAY.match(folded.strip(" *"))
        or _RECOUNTED_PART.match(folded.strip(" *"))
        or _RECOUNTED_PAST.match(folded.strip(" *"))
        or _NAMED_PERSON.match(folded.strip(" *"))
        or _COMPOSED.match(folded.strip(" *"))
        or _NOTED_CASE.match(folded.strip(" *"))
        or _DISCUSSED.match(folded.strip(" *"))
    )


# A programme's item for the meeting's discussion, whoever its dash names: "Các nội dung khác
# ... - các đơn vị cho ý kiến, thảo luận" (what is done at the meeting, no task to track)
_TALK = r"(?:cho y kien|gop y|trao doi|thao luan)"
_DISCUSSED = re.compile(
    rf"^[^.;:]*\s[-–—]\s+[^-–—.;:]{{0,60}}?\b{_TALK}(?:\s*,\s*(?:va\s+)?{_TALK}|\s+va\s+{_TALK})*"
    r"\s*\.?$"
)


# A note on how the law rules a case: "Lưu ý: trường hợp ... thì Phương án ... phải được ...
# phê duyệt ...", asking no one (not "Lưu ý: trường hợp ..., đề nghị doanh nghiệp ...")
_NOTED_CASE = re.compile(
    r"^luu y\s*:\s*(?:truong hop|neu)\s[^.;:]*\bthi\b(?!.*\b(?:de nghi|yeu cau)\b)"
)


# "Chậm nhất chín mươi (90) ngày trước khi giấy phép hết hạn, nếu Công ty còn tiếp tục khai
# thác ... thì phải làm thủ tục đề nghị gia hạn giấy phép": a licence's closing words binding its
# holder, named in the case, to renew it in time
_RENEWAL = re.compile(
    r"^cham nhat\b[^,;.]{0,80}\btruoc khi\b[^,;.]{0,60}\bhet han\s*,\s*neu\s+"
    r"(?P<holder>(?:chi nhanh )?(?:cong ty|doanh nghiep|chu dau tu|to chuc|co so|chu giay phep)"
    r"\b[^,;.]{0,120}?)"  # (or a company's branch: "Chi nhánh Công ty X - Nhà máy Y")
    r"\s+(?:con|van|co nhu cau|muon|tiep tuc)\b[^;.]{0,250}?\b(?:thi\s+)?phai\s+"
    r"(?:lam|thuc hien|tien hanh|nop)\b"
)


def binds_holder(folded: str) -> bool:
    """The sentence binds the licence's holder, named in its case, to renew it in time."""
    return _RENEWAL.match(folded) is not None or holders_duties(folded)


def bound_holder(text: str, folded: str) -> str | None:
    """The holder such a sentence binds, as it writes it ("Công ty"), or None."""
    m = _RENEWAL.match(folded)
    if m is None or len(text) != len(folded):
        return None
    return text[m.start("holder") : m.end("holder")]
