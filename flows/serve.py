"""Serve the deployments from this process: ``python -m flows.serve``.

Before serving, the embedded default (one runner: this process) requeues the
runs a previous serve process left Running or Pending when it died (``kill
-9``, OOM, power loss): their subprocesses died with it, and nothing else would
ever move them on. It must happen before ``serve()`` starts, while this runner
executes nothing, so a run it requeues cannot be alive. See
``orchestration.requeue_interrupted_runs``; with several workers, turn it off
(``DIRECTIVES_PREFECT__RECOVER_ON_START=false``) and rely on Prefect's
heartbeat-based zombie detection instead. With a work pool
(``DIRECTIVES_PREFECT__WORK_POOL``) this process never requeues: it creates the
zombie automation with the others, then becomes a worker of the pool.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from typing import NoReturn

from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.logging import get_logger
from prefect.schedules import Cron

from directives.alerts import ALERT_PATH, alert_token
from directives.console import ensure_automations
from directives.orchestration import requeue_interrupted_runs
from directives.settings import Settings, get_settings
from flows.lifecycle import directive_lifecycle
from flows.sweep import reminder_sweep

SWEEP_CRON = "*/15 * * * *"
log = get_logger("flows.serve")


LIFECYCLE_DESCRIPTION = (
    "Theo dõi một văn bản chỉ đạo: giao nhiệm vụ cho các đơn vị, nhắc việc theo lịch làm "
    "việc, tạm dừng chờ Đoàn kiểm tra ký xác nhận (việc ký được đọc từ cơ sở dữ liệu), rồi "
    "lập báo cáo kết thúc và bộ hồ sơ kiểm chứng. Mỗi văn bản một lượt chạy, đặt tên theo số "
    "văn bản; bảng tình hình và tiến độ nằm ở mục Artifacts của lượt chạy."
)
SWEEP_DESCRIPTION = (
    "Rà soát nhắc việc 15 phút một lần (giờ Việt Nam): gửi nhắc việc, cảnh báo quá hạn và "
    "báo cáo cấp trên đến hạn, gửi các tin còn trong hàng đợi, khởi động hoặc tiếp tục các "
    "luồng chưa làm được khi máy chủ Prefect gián đoạn."
)


def ensure_alerts(settings: Settings) -> None:
    """The automations that mail the admins about failed, crashed or stuck runs; best
    effort, so a server without the automation services still serves the flows."""
    try:
        created = ensure_automations(
            settings.portal.url + ALERT_PATH,
            alert_token(settings),
            timedelta(minutes=settings.prefect.stuck_run_minutes),
            # only with workers: a lone serve() requeues its runs at start-up instead
            zombie_after=timedelta(seconds=settings.prefect.zombie_after_seconds)
            if settings.prefect.work_pool
            else None,
        )
    except Exception:
        log.warning("could not create the Prefect automations", exc_info=True)
        return
    if created:
        log.info("automations created: %s", ", ".join(created))


def deployments(settings: Settings) -> list[RunnerDeployment]:
    """The product's deployments, described and tagged for the operator."""
    lifecycle = directive_lifecycle.to_deployment(
        name="directive-lifecycle",
        description=LIFECYCLE_DESCRIPTION,
        tags=["directives", "văn bản chỉ đạo"],
    )
    sweep = reminder_sweep.to_deployment(
        name="reminder-sweep",
        description=SWEEP_DESCRIPTION,
        tags=["directives", "nhắc việc"],
        schedules=[Cron(SWEEP_CRON, timezone=settings.workflow.timezone)],
    )
    # called from sync code, to_deployment returns the deployment, not a coroutine
    assert isinstance(lifecycle, RunnerDeployment) and isinstance(sweep, RunnerDeployment)
    return [lifecycle, sweep]


def work_pool_worker(pool: str) -> NoReturn:
    """The scale-out path: the deployments (``prefect deploy --all --prefect-file
    config/prefect.yaml``) run on the process work pool's workers, and this process
    becomes one of them (creating the pool if missing), as ``prefect worker start``
    does on the other hosts."""
    log.info("deployments run on work pool %r; this process is one of its workers", pool)
    command = ["-m", "prefect", "worker", "start", "--pool", pool, "--type", "process"]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, *command])


def main(*extra: RunnerDeployment) -> None:
    """Recover (single runner only), make sure the automations exist, then serve the
    product's deployments and any ``extra`` ones (the run benchmark's bare flow), or,
    with a work pool, work for the pool."""
    settings = get_settings()
    pool = settings.prefect.work_pool
    if settings.prefect.recover_on_start and pool is None:
        requeued = requeue_interrupted_runs()
        log.info(
            "start-up recovery: %d run(s) left running by a dead process requeued", len(requeued)
        )
    ensure_alerts(settings)
    if pool is not None:
        work_pool_worker(pool)
    serve(*deployments(settings), *extra, limit=settings.prefect.serve_limit)


if __name__ == "__main__":
    main()
