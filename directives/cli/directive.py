"""Commands about a directive as a whole: ``parse``, ``ingest``, ``status``."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from directives.calendar import vn_date
from directives.cli.common import DAY_FORMAT, console, err_console, parse_date, refusals
from directives.cli.typer_vi import Typer
from directives.runtime import runtime
from directives.settings import get_settings

PANEL = "Văn bản chỉ đạo"
app = Typer(help="Văn bản chỉ đạo: đọc, tiếp nhận và theo dõi tình hình thực hiện.")
AsJson = Annotated[bool, typer.Option("--json", help="In kết quả dưới dạng JSON.")]


@app.command(rich_help_panel=PANEL)
def parse(
    file: Annotated[
        Path, typer.Argument(metavar="TỆP", help="Tệp văn bản chỉ đạo: .txt, .md, .docx hoặc .pdf.")
    ],
    as_json: AsJson = False,
) -> None:
    """Đọc văn bản chỉ đạo và in các nội dung nhận diện được (không lưu vào hệ thống)."""
    from directives.calendar import load_calendar
    from directives.intake import read_document
    from directives.org import load_org
    from directives.parser import parse_bytes

    settings = get_settings()
    with refusals():
        record = parse_bytes(
            read_document(file),
            file.name,
            load_org(settings.org_file),
            load_calendar(settings.calendar_file),
        )
    if as_json:
        sys.stdout.write(record.model_dump_json(indent=2) + "\n")
        return
    console.print(f"[bold]{record.document_type or '?'} số {record.number or '?'}[/bold]")
    console.print(
        f"{record.issuer or '?'}, {record.place or '?'}, ngày {vn_date(record.issued_on, '?')}"
    )
    console.print(f"V/v: {record.subject or '—'}")
    table = Table("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn")
    for item in record.actions:
        table.add_row(
            str(item.seq),
            item.text,
            item.lead_unit or "",
            ", ".join(item.coordinating_units),
            vn_date(item.deadline, item.deadline_text or ""),
        )
    console.print(table)
    for warning in record.warnings:
        console.print(f"[yellow]Lưu ý:[/yellow] {warning}")


@app.command(rich_help_panel=PANEL)
def ingest(
    file: Annotated[Path | None, typer.Argument(metavar="TỆP", help="Tệp văn bản chỉ đạo.")] = None,
    received_on: Annotated[
        str | None,
        typer.Option(help=f"Ngày tiếp nhận (mặc định là hôm nay), {DAY_FORMAT}."),
    ] = None,
    no_run: Annotated[
        bool,
        typer.Option("--no-run", help="Chỉ lưu văn bản, không khởi tạo luồng xử lý."),
    ] = False,
    draft: Annotated[
        Path | None,
        typer.Option(
            "--draft",
            help="Ghi kết quả đọc văn bản vào tệp JSON này để kiểm tra; không lưu vào hệ thống.",
        ),
    ] = None,
    from_draft: Annotated[
        Path | None,
        typer.Option("--from-draft", help="Tiếp nhận văn bản từ bản nháp JSON đã kiểm tra."),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--as", help="Mã quản trị viên đã kiểm tra bản nháp (ghi vào nhật ký kiểm tra)."
        ),
    ] = None,
) -> None:
    """Tiếp nhận văn bản chỉ đạo và khởi tạo luồng xử lý, hoặc lập bản nháp để kiểm tra trước."""
    from directives import intake
    from directives.drafting import NOT_IN_DIRECTORY

    if (file is None) == (from_draft is None) or (draft is not None and file is None):
        err_console.print(
            "[red]Lỗi:[/red] cần đúng một trong hai: tệp văn bản, hoặc --from-draft BẢN_NHÁP.json."
        )
        raise typer.Exit(2)
    rt = runtime()
    received = (
        parse_date(received_on, "--received-on")
        if received_on
        else rt.ws.local_date(datetime.now(UTC))
    )
    with refusals():
        if draft is not None and file is not None:
            body, to_fix = intake.draft_file(rt, file, received_on=received)
            draft.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", "utf-8")
            _print_draft_summary(body, draft, to_fix)
            if any(problem.endswith(NOT_IN_DIRECTORY) for problem in to_fix):
                units = "; ".join(f"{u.name} ({u.id})" for u in rt.ws.org.units)
                console.print(f"Đơn vị {NOT_IN_DIRECTORY}: {units}.", soft_wrap=True)
            return
        if from_draft is not None:
            result = intake.ingest_draft_file(
                rt,
                from_draft,
                actor=actor or "system",
                received_on=received,
                start_run=not no_run,
            )
        else:
            assert file is not None
            result = intake.ingest_file(rt, file, received_on=received, start_run=not no_run)
    console.print(
        f"Đã tiếp nhận văn bản số {result.number} (mã {result.code}), {result.actions} nhiệm vụ."
    )
    for note in result.notes:
        console.print(note, soft_wrap=True)
    for warning in result.parsed.warnings:
        if "Tết" in warning:
            err_console.print(f"Lưu ý: {warning}", soft_wrap=True)
    if result.flow_run_id:
        url = f"{rt.ws.settings.prefect.ui_url}/runs/flow-run/{result.flow_run_id}"
        console.print(f"Luồng xử lý: {url}", soft_wrap=True)
    elif result.run_deferred:
        err_console.print(
            "Máy chủ Prefect của hệ thống chưa chạy hoặc chưa kết nối được: văn bản đã được "
            "lưu, luồng xử lý sẽ được khởi tạo ở lượt rà soát định kỳ đầu tiên (15 phút một "
            "lần) sau khi chạy `directives serve`.",
            soft_wrap=True,
        )


def _print_draft_summary(body: dict[str, object], path: Path, to_fix: list[str]) -> None:
    actions = body.get("actions")
    count = len(actions) if isinstance(actions, list) else 0
    console.print(
        f"Đã lập bản nháp {path} ({count} nhiệm vụ); chưa lưu gì vào hệ thống. "
        f"Sau khi kiểm tra, giao nhiệm vụ bằng: directives ingest --from-draft {path}",
        soft_wrap=True,
    )
    warnings = body.get("warnings")
    for warning in warnings if isinstance(warnings, list) else []:
        console.print(f"[yellow]Lưu ý:[/yellow] {warning}", soft_wrap=True)
    if to_fix:
        console.print(
            "[yellow]Cần sửa trong bản nháp trước khi giao nhiệm vụ:[/yellow]",
            soft_wrap=True,
        )
        for problem in to_fix:
            console.print(f"  - {problem[0].upper()}{problem[1:]}", soft_wrap=True)


# Status ------------------------------------------------------------------------


@app.command(rich_help_panel=PANEL)
def status(
    number: Annotated[
        str | None,
        typer.Argument(
            metavar="SỐ_VĂN_BẢN",
            help="Số văn bản (ví dụ 115/UBND-NCPC) hoặc mã văn bản; bỏ trống: mọi văn bản.",
        ),
    ] = None,
    as_json: AsJson = False,
    today: Annotated[
        str | None,
        typer.Option(
            help=f"Đánh giá tiến độ tính đến ngày này (mặc định là hôm nay), {DAY_FORMAT}."
        ),
    ] = None,
) -> None:
    """Tình hình thực hiện từng văn bản chỉ đạo: nhiệm vụ, thời hạn, tiến độ."""
    from directives.status import all_statuses, directive_status

    rt = runtime()
    as_of = parse_date(today, "--today") if today else rt.ws.local_date(datetime.now(UTC))
    with refusals(), rt.sessions() as session:
        statuses = (
            [directive_status(session, rt.ws, number, as_of)]
            if number
            else all_statuses(session, rt.ws, as_of)
        )
    if as_json:
        payload = [s.model_dump(mode="json") for s in statuses]
        sys.stdout.write(
            json.dumps(payload[0] if number else payload, ensure_ascii=False, indent=2)
        )
        sys.stdout.write("\n")
        return
    for st in statuses:
        console.print(f"[bold]{st.number}[/bold] (mã {st.code}): {st.state_vi}")
        table = Table("Mã", "Đơn vị chủ trì", "Thời hạn", "Trạng thái", "Tiến độ")
        for a in st.actions:
            table.add_row(
                a.code,
                a.lead_unit_name,
                vn_date(a.effective_deadline, "—"),
                a.state_vi,
                a.timeliness_vi,
            )
        console.print(table)
        for warning in st.calendar_warnings:
            console.print(f"[yellow]Lưu ý:[/yellow] {warning}", soft_wrap=True)
