"""Concurrent uploads of the same bytes, some refused, while the collector runs: no committed
evidence row may ever be left without its file (1 to 5 rounds in 60 lost one before)."""

from __future__ import annotations

import os
import threading
from datetime import timedelta

import httpx
from sqlalchemy import select

from directives import custody
from directives.db import Evidence
from directives.portal.auth import make_login_token
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import BGD_ASSIGNEE, CSRF_META, VP_ASSIGNEE, LivePortal, Seeded

# 12 in the suite; EVIDENCE_RACE_ROUNDS=60 for the README's figure
ROUNDS = int(os.environ.get("EVIDENCE_RACE_ROUNDS", "12"))
GOOD = 4
REFUSED = 4


def signed_in(portal: LivePortal, settings: Settings, person: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=portal.url, follow_redirects=False, timeout=60)
    link = f"/dang-nhap/{make_login_token(settings, person)}"
    confirm = CSRF_META.search(client.get(link).text)  # the link's confirmation page
    assert confirm
    assert client.post(link, data={"csrf_token": confirm.group(1)}).status_code == 303
    found = CSRF_META.search(client.get("/").text)
    assert found
    return client, found.group(1)


def test_refused_uploads_racing_good_ones_and_the_collector_lose_no_file(
    live_portal: LivePortal, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    good = [signed_in(live_portal, settings, BGD_ASSIGNEE) for _ in range(GOOD)]
    refused = [signed_in(live_portal, settings, VP_ASSIGNEE) for _ in range(REFUSED)]
    statuses: list[int] = []
    collecting = threading.Event()

    def collector() -> None:  # a realistic grace: any upload here takes far less than a minute
        while not collecting.is_set():
            custody.collect_unreferenced(rt.sessions, rt.ws.evidence, timedelta(minutes=1))

    sweeper = threading.Thread(target=collector)
    sweeper.start()
    try:
        for round_ in range(ROUNDS):
            content = f"Báo cáo kết quả thực hiện, bản {round_}.".encode()
            barrier = threading.Barrier(GOOD + REFUSED)

            def post(
                client: httpx.Client, csrf: str, content: bytes, barrier: threading.Barrier
            ) -> None:
                barrier.wait()
                response = client.post(
                    f"/nhiem-vu/{code}/tai-lieu",
                    data={"csrf_token": csrf},
                    files={"file": ("bao-cao.txt", content, "text/plain")},
                )
                statuses.append(response.status_code)

            threads = [
                threading.Thread(target=post, args=(*pair, content, barrier))
                for pair in good + refused
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            with rt.sessions() as session:
                shas = session.scalars(select(Evidence.sha256)).all()
            lost = [sha for sha in shas if rt.ws.evidence.check(sha) is not None]
            assert lost == [], f"round {round_}: evidence rows without their file"
    finally:
        collecting.set()
        sweeper.join()
        for client, _ in good + refused:
            client.close()
    assert sorted(set(statuses)) == [303, 403]
    assert statuses.count(303) == GOOD * ROUNDS
    with rt.sessions() as session:
        assert len(session.scalars(select(Evidence.id)).all()) == GOOD * ROUNDS
        assert custody.verify_storage(session, rt.ws.evidence) == []
