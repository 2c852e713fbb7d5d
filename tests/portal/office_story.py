"""A department a few months into its work, dated around today, for the overview pages.

Three letters are ingested and played through the store with explicit times,
so every bucket, marker and time-line mark has something to show:

- 21/CT-SNV (received 80 days ago): done on time, done late, returned after an
  approved extension, uploaded but not submitted and overdue, an extension
  pending across Tết, two submissions waiting for review;
- 115/UBND-NCPC, the seed (no deadlines: ongoing), every action approved, so
  the directive awaits the team leader's sign-off;
- 45/TB-SNV, one action approved and the letter signed off (closed).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from directives import store
from directives.intake import ingest_file
from directives.runtime import Runtime
from tests.conftest import SEED

VP = "ngo-van-cuong"
HTQT = "le-minh-chau"
TT = "vo-thanh-hai"
BGD = "do-thi-hoa"
INSPECTOR = "dang-van-minh"
LEADER = "huynh-thi-lan"
RETURN_COMMENT = "Đề nghị bổ sung Quyết định kiện toàn Ban Chỉ đạo ISO có chữ ký, đóng dấu."


def _vn(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def directive_text(today: date) -> str:
    def d(n: int) -> str:
        return _vn(today + timedelta(days=n))

    issued = today - timedelta(days=80)
    return f"""UBND TỈNH KIÊN GIANG
SỞ NGOẠI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/CT-SNV
Kiên Giang, ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}

CHỈ THỊ
Về việc khắc phục tồn tại sau kiểm tra cải cách hành chính

Giám đốc Sở Ngoại vụ chỉ thị các phòng, đơn vị thuộc Sở thực hiện tốt các nhiệm vụ sau:

1. Văn phòng Sở:
- Rà soát, sửa đổi Quy chế làm việc của Sở, trình Giám đốc Sở ban hành trước ngày {d(-45)}.
- Cập nhật danh mục hồ sơ lưu trữ năm của Sở, hoàn thành trước ngày {d(-30)}.
- Kiện toàn Ban Chỉ đạo ISO của Sở, trình Giám đốc Sở trước ngày {d(5)}.

2. Phòng Hợp tác quốc tế:
- Rà soát, công khai thủ tục hành chính lĩnh vực hợp tác quốc tế, chậm nhất ngày {d(-10)}.
- Xây dựng kế hoạch hợp tác quốc tế năm tới, trình Giám đốc Sở trước ngày {d(70)}.

3. Thanh tra Sở:
- Tự kiểm tra việc thực hiện quy chế dân chủ tại cơ quan, báo cáo Giám đốc Sở trước ngày {d(-3)}.
- Kiểm tra việc chấp hành giờ giấc làm việc của công chức, báo cáo trước ngày {d(25)}.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.

GIÁM ĐỐC
(Đã ký)
Nguyễn Văn An
"""


def notice_text(today: date) -> str:
    issued, due = today - timedelta(days=60), today - timedelta(days=20)
    return f"""UBND TỈNH KIÊN GIANG
SỞ NGOẠI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/TB-SNV
Kiên Giang, ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}

THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban

Giám đốc Sở kết luận và giao nhiệm vụ như sau:

1. Văn phòng Sở:
- Hoàn thiện báo cáo tổng kết công tác văn thư, lưu trữ, trước ngày {_vn(due)}.

Nơi nhận:
- Văn phòng Sở;
- Lưu: VT.

GIÁM ĐỐC
(Đã ký)
Nguyễn Văn An
"""


@dataclass(frozen=True)
class OfficeStory:
    today: date
    directive: str  # the code of 21/CT-SNV
    seed: str  # the code of 115/UBND-NCPC (awaiting sign-off)
    closed: str  # the code of 45/TB-SNV
    codes: dict[str, str]  # role in the story -> action code


def at(today: date, days: int) -> datetime:
    return datetime.combine(today + timedelta(days=days), time(3, 0), tzinfo=UTC)


def play(rt: Runtime, workdir: Path, today: date) -> OfficeStory:
    ws = rt.ws
    letter = workdir / "21-CT-SNV.txt"
    letter.write_text(directive_text(today), "utf-8")
    notice = workdir / "45-TB-SNV.txt"
    notice.write_text(notice_text(today), "utf-8")
    main = ingest_file(rt, letter, received_on=today - timedelta(days=80), start_run=False)
    seed = ingest_file(rt, SEED, received_on=today - timedelta(days=40), start_run=False)
    closed = ingest_file(rt, notice, received_on=today - timedelta(days=60), start_run=False)
    codes = {
        "on_time": f"{main.code}-1",
        "late": f"{main.code}-2",
        "returned": f"{main.code}-3",
        "unsubmitted": f"{main.code}-4",
        "extension": f"{main.code}-5",
        "queue_overdue": f"{main.code}-6",
        "queue_open": f"{main.code}-7",
    }

    def upload(code: str, who: str, day: int, name: str = "Báo cáo kết quả.pdf") -> None:
        stored = ws.evidence.put(io.BytesIO(f"%PDF-1.4\n{code} {day}\n%%EOF\n".encode()))
        meta = store.EvidenceMeta(original_name=name, doc_number="12/BC-SNgV")
        store.add_evidence(session, ws, code, who, stored, meta, at(today, day))

    def submitted(code: str, who: str, day: int) -> None:
        upload(code, who, day)
        store.submit(session, ws, code, who, at(today, day))

    def review(code: str, day: int, approve: bool = True, comment: str | None = None) -> None:
        store.review(
            session, ws, code, INSPECTOR, approve=approve, comment=comment, now=at(today, day)
        )

    with rt.sessions.begin() as session:
        for ref, day in ((main, -79), (seed, -39), (closed, -59)):
            store.assign_actions(session, ws, ref.directive_id, at(today, day))
        submitted(codes["on_time"], VP, -50)
        review(codes["on_time"], -48)
        submitted(codes["late"], VP, -20)
        review(codes["late"], -18)
        store.request_extension(
            session,
            ws,
            codes["returned"],
            VP,
            until=today + timedelta(days=12),
            reason="Chờ ý kiến của Sở Nội vụ.",
            now=at(today, -25),
        )
        store.decide_extension(
            session, ws, codes["returned"], INSPECTOR, approve=True, now=at(today, -24)
        )
        submitted(codes["returned"], VP, -6)
        review(codes["returned"], -4, approve=False, comment=RETURN_COMMENT)
        upload(codes["unsubmitted"], HTQT, -2, "Danh mục thủ tục hành chính.xlsx")
        store.request_extension(
            session,
            ws,
            codes["extension"],
            HTQT,
            until=today + timedelta(days=90),
            reason="Trùng kỳ nghỉ Tết Nguyên đán; đề nghị gia hạn.",
            now=at(today, -1),
        )
        submitted(codes["queue_overdue"], TT, -2)
        submitted(codes["queue_open"], TT, -1)
        seed_actions = store.get_directive(session, seed.directive_id).actions
        for n, action in enumerate(seed_actions):
            who = BGD if action.lead_unit == "bgd" else VP
            submitted(action.code, who, -30 + n)
            review(action.code, -25 + n)
        submitted(f"{closed.code}-1", VP, -28)
        review(f"{closed.code}-1", -26)
        store.sign_off(session, ws, closed.directive_id, LEADER, now=at(today, -22))
    return OfficeStory(today, main.code, seed.code, closed.code, codes)
