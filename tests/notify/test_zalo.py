"""The Zalo stand-in's contract, the token store and the apprise plugins."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import apprise
import httpx
import pytest
from pydantic import SecretStr

from directives.local.zalo_api_answers import NOT_FOLLOWER, OUTSIDE_WINDOW
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.notify import apprise_plugins
from directives.notify.zalo_api import StaticToken, post_json
from directives.notify.zalo_oa import OA_TEXT_MAX, TRUNCATION_NOTE, NotifyZaloOA, fit_text
from directives.notify.zalo_tokens import ZaloTokenError, ZaloTokenStore
from directives.notify.zalo_zns import normalize_phone
from directives.settings import ZaloSettings


def zalo_settings(standin: ZaloApiStandIn, access: str | None, refresh: str | None) -> ZaloSettings:
    return ZaloSettings(
        oa_api_url=standin.url,
        zns_api_url=standin.url,
        oauth_url=standin.url,
        app_id=standin.app_id,
        secret_key=SecretStr(standin.secret_key),
        access_token=SecretStr(access) if access else None,
        refresh_token=SecretStr(refresh) if refresh else None,
    )


def oa_payload(text: str = "Kính gửi") -> dict[str, object]:
    return {"recipient": {"user_id": "u1"}, "message": {"text": text}}


def test_standin_speaks_zalo_errors_with_http_200(zalo: ZaloApiStandIn) -> None:
    url = f"{zalo.url}/v3.0/oa/message/cs"
    unknown = httpx.post(url, json=oa_payload(), headers={"access_token": "not-issued"})
    assert unknown.status_code == 200 and unknown.json()["error"] == -216
    access, _ = zalo.issue_tokens()
    too_long = httpx.post(url, json=oa_payload("a" * 2001), headers={"access_token": access})
    assert too_long.json()["error"] == -201
    ok = httpx.post(url, json=oa_payload("Trân trọng."), headers={"access_token": access})
    assert ok.json()["error"] == 0 and ok.json()["data"]["message_id"]
    assert [m["text"] for m in zalo.messages] == ["Trân trọng."]
    recorded = (zalo.record_dir or Path()) / "zalo-messages.jsonl"
    assert "Trân trọng." in recorded.read_text(encoding="utf-8")


def test_standin_refuses_what_zalo_refuses_outside_the_window(zalo: ZaloApiStandIn) -> None:
    access, _ = zalo.issue_tokens()
    headers = {"access_token": access}
    zalo.reach["u1"] = OUTSIDE_WINDOW
    cs = httpx.post(f"{zalo.url}/v3.0/oa/message/cs", json=oa_payload(), headers=headers)
    assert cs.status_code == 200 and cs.json()["error"] == -230
    transaction = f"{zalo.url}/v3.0/oa/message/transaction"
    assert httpx.post(transaction, json=oa_payload(), headers=headers).json()["error"] == 0
    zalo.reach["u1"] = NOT_FOLLOWER
    assert httpx.post(transaction, json=oa_payload(), headers=headers).json()["error"] == -213


def test_standin_refresh_tokens_work_once(zalo: ZaloApiStandIn) -> None:
    _, refresh = zalo.issue_tokens()
    form = {"refresh_token": refresh, "app_id": zalo.app_id, "grant_type": "refresh_token"}
    url = f"{zalo.url}/v4/oa/access_token"
    first = httpx.post(url, data=form, headers={"secret_key": zalo.secret_key}).json()
    again = httpx.post(url, data=form, headers={"secret_key": zalo.secret_key}).json()
    assert first["access_token"] and first["refresh_token"] != refresh
    assert int(first["expires_in"]) > 0
    assert again["error"] == -14014
    wrong_secret = httpx.post(url, data=form, headers={"secret_key": "guess"}).json()
    assert wrong_secret["error"] != 0


def test_refresh_once_then_retry_once(zalo: ZaloApiStandIn, tmp_path: Path) -> None:
    access, refresh = zalo.issue_tokens()
    store = ZaloTokenStore(tmp_path, zalo_settings(zalo, access, refresh))
    zalo.expire_access_tokens()

    reply = post_json(f"{zalo.url}/v3.0/oa/message/cs", oa_payload(), store)

    assert reply.ok
    assert [r["path"] for r in zalo.requests] == [
        "/v3.0/oa/message/cs",
        "/v4/oa/access_token",
        "/v3.0/oa/message/cs",
    ]
    assert store.current().access_token != access


def test_static_token_is_not_refreshed(zalo: ZaloApiStandIn) -> None:
    access, _ = zalo.issue_tokens()
    zalo.expire_access_tokens()
    reply = post_json(f"{zalo.url}/v3.0/oa/message/cs", oa_payload(), StaticToken(access))
    assert not reply.ok and reply.error == -216
    assert [r["path"] for r in zalo.requests] == ["/v3.0/oa/message/cs"]


def test_concurrent_refreshes_spend_the_refresh_token_once(
    zalo: ZaloApiStandIn, tmp_path: Path
) -> None:
    access, refresh = zalo.issue_tokens()
    settings = zalo_settings(zalo, access, refresh)
    stores = [ZaloTokenStore(tmp_path, settings) for _ in range(4)]  # as if four workers
    barrier = threading.Barrier(len(stores))
    got: list[str] = []

    def refresh_stale(store: ZaloTokenStore) -> None:
        barrier.wait()
        got.append(store.refresh(access))

    threads = [threading.Thread(target=refresh_stale, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert [r["path"] for r in zalo.requests] == ["/v4/oa/access_token"]
    assert len(set(got)) == 1 and got[0] != access
    assert (tmp_path / "zalo_tokens.json").stat().st_mode & 0o777 == 0o600


def test_no_configured_token_is_a_clear_error(tmp_path: Path, zalo: ZaloApiStandIn) -> None:
    store = ZaloTokenStore(tmp_path, zalo_settings(zalo, None, None))
    with pytest.raises(ZaloTokenError, match="DIRECTIVES_ZALO__ACCESS_TOKEN"):
        store.access_token()
    reply = post_json(f"{zalo.url}/v3.0/oa/message/cs", oa_payload(), store)
    assert not reply.ok and "DIRECTIVES_ZALO__ACCESS_TOKEN" in reply.detail


def test_plugins_are_registered_with_apprise(zalo: ZaloApiStandIn) -> None:
    apprise_plugins.register()
    apprise_plugins.register()  # twice is harmless
    access, _ = zalo.issue_tokens()
    host = zalo.url.removeprefix("http://")
    notifier = apprise.Apprise()
    assert notifier.add(f"zalooa://{access}@{host}/u-42?tls=no&endpoint=transaction")
    assert notifier.add(f"zns://{access}@{host}/+84%20987%20654%20321?tls=no&template=T-1")

    assert notifier.notify(body="Kính gửi Ông/Bà", title="Nhắc hạn nhiệm vụ")

    by_kind = {m["kind"]: m for m in zalo.messages}
    assert by_kind["transaction"]["user_id"] == "u-42"
    assert by_kind["transaction"]["text"] == "Nhắc hạn nhiệm vụ\nKính gửi Ông/Bà"
    assert by_kind["zns"]["phone"] == "84987654321"
    assert by_kind["zns"]["template_data"] == {
        "title": "Nhắc hạn nhiệm vụ",
        "content": "Kính gửi Ông/Bà",
    }
    plugins: list[Any] = list(notifier)
    urls = [plugin.url() for plugin in plugins]
    assert any(u.startswith(f"zalooa://{access}@{host}/u-42?") for u in urls)


def test_oa_plugin_without_target_fails_permanently(zalo: ZaloApiStandIn) -> None:
    plugin = NotifyZaloOA(targets=[], api_url=zalo.url, tokens=StaticToken("x"))
    assert not plugin.notify(body="Kính gửi")
    assert plugin.permanent_failure and plugin.last_error == "no Zalo user id"


def test_fit_text_cuts_at_a_line_and_says_so() -> None:
    short = "Kính gửi Ông/Bà,\r\nTrân trọng."
    assert fit_text(short) == "Kính gửi Ông/Bà,\nTrân trọng."
    long = "\n".join(f"{n}. Rà soát, cập nhật quy chế làm việc." for n in range(200))
    cut = fit_text(long)
    assert len(cut) <= OA_TEXT_MAX and cut.endswith(TRUNCATION_NOTE)
    kept = cut.removesuffix(TRUNCATION_NOTE)
    assert kept.endswith("quy chế làm việc.")  # a whole line, not half a word


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0987654321", "84987654321"),
        ("+84 987 654 321", "84987654321"),
        ("84987654321", "84987654321"),
        ("12345", None),
    ],
)
def test_normalize_phone(raw: str, expected: str | None) -> None:
    assert normalize_phone(raw) == expected


def test_a_newly_configured_pair_replaces_the_stored_one(
    zalo: ZaloApiStandIn, tmp_path: Path
) -> None:
    access, refresh = zalo.issue_tokens()
    store = ZaloTokenStore(tmp_path, zalo_settings(zalo, access, refresh))
    refreshed = store.refresh(access)
    assert (
        ZaloTokenStore(tmp_path, zalo_settings(zalo, access, refresh)).access_token() == refreshed
    )

    new_access, new_refresh = zalo.issue_tokens()  # re-authorised by hand
    replaced = ZaloTokenStore(tmp_path, zalo_settings(zalo, new_access, new_refresh))

    assert replaced.access_token() == new_access
    assert replaced.refresh(new_access) not in (access, new_access, refreshed)
