"""The demo's story, played only through the portal's HTTP interface.

Each person signs in with their own login link and their own client (cookie
jar, CSRF token), as they would in a browser: the assignees upload a report
and submit, an inspector returns one action with a comment, its assignee
uploads a corrected report and submits again, the inspector approves all,
and the inspection team signs the directive off. Any refused step raises
``StoryStepFailed`` with the HTTP status and the portal's Vietnamese message.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote

import httpx

from directives.org import OrgDirectory, Person, Role
from directives.portal.auth import make_login_token
from directives.settings import Settings

log = logging.getLogger(__name__)

_CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
REJECTION_COMMENT = (
    "Tài liệu kiểm chứng chưa thể hiện kết quả cụ thể; đề nghị bổ sung số liệu "
    "và văn bản ban hành kèm theo."
)


class StoryStepFailed(RuntimeError):
    """A step of the story was refused by the portal."""

    def __init__(self, step: str, status: int, message_vi: str) -> None:
        super().__init__(f"{step}: HTTP {status}: {message_vi}")
        self.step = step
        self.status = status
        self.message_vi = message_vi


@dataclass
class StoryResult:
    number: str
    code: str
    actions: int = 0
    uploads: int = 0
    submissions: int = 0
    approvals: int = 0
    rejections: int = 0
    rejected_action: str | None = None
    signatures: int = 0
    signed_by: list[str] = field(default_factory=list)
    final_state: str | None = None

    @property
    def closed(self) -> bool:
        return self.final_state == "closed"


def _error_of(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300]
    return str(body.get("error", body)) if isinstance(body, dict) else str(body)


class PersonClient:
    """One person's browser-like session on the portal."""

    def __init__(
        self, portal_url: str, settings: Settings, person: Person, keep_alive: bool = True
    ) -> None:
        self.person = person
        self.settings = settings
        # keep_alive=False: a new connection per request, as a browser gets after the server
        # it spoke to was killed (a pooled socket of the dead process is no request refused)
        self.http = httpx.Client(
            base_url=portal_url.rstrip("/"),
            follow_redirects=False,
            timeout=60,
            headers={"Accept": "application/json"},
            # (httpx's own default limits when kept alive)
            limits=httpx.Limits(
                max_connections=100, max_keepalive_connections=20 if keep_alive else 0
            ),
        )
        self.csrf = ""

    def _check(self, step: str, response: httpx.Response, expected: int) -> httpx.Response:
        if response.status_code != expected:
            raise StoryStepFailed(step, response.status_code, _error_of(response))
        return response

    def login(self) -> None:
        step = f"{self.person.name} đăng nhập"
        token = make_login_token(self.settings, self.person.id)
        confirm = self.http.get(f"/dang-nhap/{token}", headers={"Accept": "text/html"})
        self._check(
            step, self.http.post(f"/dang-nhap/{token}", headers=self._csrf(step, confirm)), 303
        )
        me = self._check(step, self.http.get("/api/toi"), 200).json()
        if me.get("id") != self.person.id:
            raise StoryStepFailed(step, 200, f"đăng nhập nhầm người dùng {me.get('id')}")
        page = self.http.get("/", headers={"Accept": "text/html"})
        self.csrf = self._csrf(step, page)["X-CSRF-Token"]

    def _csrf(self, step: str, page: httpx.Response) -> dict[str, str]:
        """The CSRF header for the session ``page`` was served in."""
        found = _CSRF_META.search(self._check(step, page, 200).text)
        if found is None:
            raise StoryStepFailed(step, 200, "trang không có mã bảo vệ biểu mẫu")
        return {"X-CSRF-Token": found.group(1)}

    def get_json(self, step: str, path: str) -> Any:
        return self._check(step, self.http.get(path), 200).json()

    def post(
        self,
        step: str,
        path: str,
        data: dict[str, str],
        files: dict[str, tuple[str, bytes, str]] | None = None,
    ) -> None:
        log.info("story: %s", step)
        response = self.http.post(path, data=data, files=files, headers={"X-CSRF-Token": self.csrf})
        self._check(step, response, 303)

    def upload_report(self, org: OrgDirectory, action: dict[str, Any], version: int) -> bytes:
        """Upload this person's unit's report on ``action`` (version 2 answers a rejection);
        returns the file's bytes."""
        name, content = report_file(org, action, version)
        code = action["code"]
        self.post(
            f"{self.person.name} tải lên tài liệu kiểm chứng cho {code}",
            f"/nhiem-vu/{code}/tai-lieu",
            data={
                "doc_number": f"{action['seq']:02d}/BC-{action['lead_unit'].upper()}",
                "doc_date": date.today().isoformat(),
                "period": f"Năm {date.today().year}",
                "criterion": "Công tác chỉ đạo, điều hành cải cách hành chính",
                "note": f"Báo cáo lần {version}",
            },
            files={"file": (name, content, "text/plain")},
        )
        return content


def report_file(org: OrgDirectory, action: dict[str, Any], version: int) -> tuple[str, bytes]:
    """A small plain-text report in Vietnamese, as a unit would file it."""
    today = date.today()
    text = (
        f"{(org.organization.parent or '').upper()}\n"
        f"{org.organization.name.upper()}\n"
        f"{action['lead_unit_name']}\n\n"
        f"BÁO CÁO\n"
        f"Kết quả thực hiện nhiệm vụ {action['code']}"
        f"{' (bổ sung, hoàn thiện)' if version > 1 else ''}\n\n"
        f"Nội dung nhiệm vụ: {action['text']}\n\n"
        f"Kết quả: đơn vị đã tổ chức triển khai thực hiện nhiệm vụ, ban hành văn bản "
        f"chỉ đạo và kế hoạch thực hiện; lập hồ sơ, tài liệu kiểm chứng kèm theo.\n"
        f"{'Số liệu bổ sung theo ý kiến thẩm định của Đoàn kiểm tra.' if version > 1 else ''}\n\n"
        f"Ngày {today.day:02d} tháng {today.month:02d} năm {today.year}\n"
    )
    name = f"Báo cáo kết quả thực hiện nhiệm vụ {action['code']} - lần {version}.txt"
    return name, text.encode("utf-8")


def _team(org: OrgDirectory) -> tuple[Person, list[Person]]:
    """An inspector to review (not the leader, where there is one) and the team, leader first."""
    leaders = org.with_role(Role.TEAM_LEADER)
    if not leaders:
        raise StoryStepFailed("chọn Đoàn kiểm tra", 0, "danh bạ không có Trưởng đoàn kiểm tra")
    members = [p for p in org.members(leaders[0].unit) if p not in leaders]
    inspectors = [p for p in org.with_role(Role.INSPECTOR) if not p.has(Role.TEAM_LEADER)]
    reviewer = inspectors[0] if inspectors else leaders[0]
    return reviewer, [*leaders, *members]


def play_story(
    portal_url: str,
    settings: Settings,
    org: OrgDirectory,
    number: str,
    after_submissions: Callable[[], None] | None = None,
) -> StoryResult:
    """Play the directive ``number`` from assignment to sign-off through the portal.

    ``after_submissions`` runs after each round of submissions (the demo sends
    the inspection team's review digest there, as a sweep would).
    """
    clients: dict[str, PersonClient] = {}

    def client(person: Person) -> PersonClient:
        if person.id not in clients:
            clients[person.id] = PersonClient(portal_url, settings, person)
            clients[person.id].login()
        return clients[person.id]

    reviewer, team = _team(org)
    api_path = f"/api/van-ban/{quote(number, safe='')}"
    try:
        status = client(reviewer).get_json("đọc tình trạng văn bản", api_path)
        actions: list[dict[str, Any]] = status["actions"]
        result = StoryResult(number=status["number"], code=status["code"], actions=len(actions))
        assignees: dict[str, Person] = {}
        for action in actions:
            people = org.assignees_of(action["lead_unit"])
            if not people:
                raise StoryStepFailed(
                    f"giao nhiệm vụ {action['code']}",
                    0,
                    f"đơn vị {action['lead_unit_name']} không có người thực hiện",
                )
            assignees[action["code"]] = people[0]

        def upload_and_submit(action: dict[str, Any], version: int) -> None:
            person = assignees[action["code"]]
            code = action["code"]
            client(person).upload_report(org, action, version)
            result.uploads += 1
            client(person).post(f"{person.name} nộp {code}", f"/nhiem-vu/{code}/nop", data={})
            result.submissions += 1

        def decide(code: str, approve: bool, comment: str) -> None:
            verb = "chấp thuận" if approve else "trả lại"
            client(reviewer).post(
                f"{reviewer.name} {verb} {code}",
                f"/nhiem-vu/{code}/tham-dinh",
                data={"decision": "approve" if approve else "reject", "comment": comment},
            )

        for action in actions:
            upload_and_submit(action, 1)
        if after_submissions is not None:
            after_submissions()
        first = actions[0]
        decide(first["code"], False, REJECTION_COMMENT)
        result.rejections += 1
        result.rejected_action = first["code"]
        upload_and_submit(first, 2)
        if after_submissions is not None:
            after_submissions()
        for action in actions:
            decide(action["code"], True, "Đạt yêu cầu.")
            result.approvals += 1

        for signer in team:
            current = client(signer).get_json("đọc tình trạng văn bản", api_path)
            if current["state"] == "closed":
                break
            client(signer).post(
                f"{signer.name} ký xác nhận hoàn thành {number}",
                f"/van-ban/{status['code']}/ky-xac-nhan",
                data={"decision": "sign", "comment": "Thống nhất xác nhận hoàn thành."},
            )
            result.signatures += 1
            result.signed_by.append(signer.id)
        final = client(reviewer).get_json("đọc tình trạng văn bản", api_path)
        result.final_state = final["state"]
        if not result.closed:
            raise StoryStepFailed(
                "kết thúc văn bản", 200, f"văn bản chưa kết thúc: {final['state_vi']}"
            )
        return result
    finally:
        for c in clients.values():
            c.http.close()
