"""What each role sees: the work list, the directive page, the JSON status."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from directives.settings import Settings
from tests.portal.conftest import (
    ADMIN,
    BGD_ASSIGNEE,
    DIRECTOR,
    INSPECTOR,
    LEADER,
    VP_ASSIGNEE,
    Seeded,
    sign_in,
)

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def section_ids(page: str) -> set[str]:
    known = ("cho-ky", "cho-tham-dinh", "nhiem-vu-don-vi", "tat-ca-van-ban")
    return {s for s in known if f'id="{s}"' in page}


def test_each_role_sees_its_own_work(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    expected = {
        BGD_ASSIGNEE: {"nhiem-vu-don-vi"},
        VP_ASSIGNEE: {"nhiem-vu-don-vi"},
        INSPECTOR: {"cho-tham-dinh"},
        LEADER: {"cho-tham-dinh", "cho-ky"},
        DIRECTOR: {"nhiem-vu-don-vi", "tat-ca-van-ban"},
        ADMIN: {"nhiem-vu-don-vi", "tat-ca-van-ban"},  # the admin sits in Văn phòng Sở
    }
    vp_codes = [c for c, u in seeded.actions.items() if u == "vp"]
    bgd_codes = [c for c, u in seeded.actions.items() if u == "bgd"]
    for person, sections in expected.items():
        other = TestClient(client.app, follow_redirects=False)
        sign_in(other, settings, person)
        page = other.get("/").text
        assert section_ids(page) == sections, person
        if person == VP_ASSIGNEE:
            assert all(f'data-action="{c}"' in page for c in vp_codes)
            assert not any(f'data-action="{c}"' in page for c in bgd_codes)
        if person == ADMIN:
            assert seeded.number in page


def test_the_directive_page_and_its_status(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    sign_in(client, settings, BGD_ASSIGNEE)
    page = client.get(f"/van-ban/{seeded.code}").text
    assert f"số {seeded.number}" in page
    assert "chỉ đạo công tác cải cách hành chính năm 2016" in page
    assert "Đang thực hiện" in page
    assert page.count('data-action="') == 6
    assert "Văn phòng Sở" in page and "Ban Giám đốc Sở" in page
    assert "Tiếp nhận văn bản" in page  # history
    assert 'id="ky-xac-nhan"' not in page  # not a signer
    by_number = client.get(f"/van-ban/{quote(seeded.number, safe='')}")
    assert by_number.status_code == 200
    assert client.get("/van-ban/999-KHONG-CO").status_code == 404

    status = client.get(f"/api/van-ban/{quote(seeded.number, safe='')}").json()
    assert status["code"] == seeded.code
    assert {a["code"]: a["lead_unit"] for a in status["actions"]} == seeded.actions
    assert all(a["timeliness_vi"] for a in status["actions"])

    leader = TestClient(client.app, follow_redirects=False)
    sign_in(leader, settings, LEADER)
    signer_page = leader.get(f"/van-ban/{seeded.code}").text
    assert "Ký xác nhận hoàn thành" in signer_page
    assert "Chưa thể ký xác nhận hoàn thành" in signer_page
    assert 'value="sign"' not in signer_page  # no sign-off form while actions are open


def test_unknown_addresses_answer_in_vietnamese(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    sign_in(client, settings, BGD_ASSIGNEE)
    for path in ("/khong-co-trang-nay", "/tai-lieu/khong-phai-so"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Không tìm thấy" in response.text
    wrong_method = client.get(f"/nhiem-vu/{seeded.action_of('bgd')}/nop")
    assert wrong_method.status_code in {404, 405}
    assert 'id="error-message"' in wrong_method.text
