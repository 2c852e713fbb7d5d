"""Reports on the command line: ``report``, ``bundle`` (and ``bundle verify``), ``export``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from directives.cli.common import DAY_FORMAT, DirectiveRef, console, err_console, refusals
from directives.cli.typer_vi import Typer
from directives.errors import InvalidInput
from directives.reports.files import parse_day, vn_date
from directives.runtime import runtime

PANEL = "Báo cáo"
app = Typer(help="Báo cáo: báo cáo thực hiện, bộ tài liệu kiểm chứng, số liệu cả năm.")

Out = Annotated[Path, typer.Option("--out", help="Nơi ghi tệp.")]


@app.command(rich_help_panel=PANEL)
def report(
    directive: DirectiveRef,
    out: Out,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help=f"Tính đến ngày này (mặc định là hôm nay), {DAY_FORMAT}."),
    ] = None,
    number: Annotated[
        str | None, typer.Option("--number", help="Số báo cáo: 12 hoặc 12/BC-SNgV.")
    ] = None,
    signer: Annotated[str | None, typer.Option("--signer", help="Họ và tên người ký.")] = None,
    signer_title: Annotated[
        str | None, typer.Option("--signer-title", help="Chức vụ người ký: Giám đốc ...")
    ] = None,
    signer_capacity: Annotated[
        str | None,
        typer.Option("--signer-capacity", help="Thẩm quyền ký: KT. GIÁM ĐỐC, TL. GIÁM ĐỐC ..."),
    ] = None,
) -> None:
    """Lập báo cáo (.docx) kết quả thực hiện văn bản chỉ đạo, hoặc tiến độ tính đến một ngày."""
    from directives.reports.content import ReportOptions, report_content
    from directives.reports.docx_report import report_docx
    from directives.reports.files import write_atomic

    rt = runtime()
    options = ReportOptions(
        number=number,
        signer_name=signer,
        signer_title=signer_title,
        signer_capacity=signer_capacity,
    )
    with refusals():
        day = parse_day(as_of) if as_of else rt.ws.local_date(datetime.now(UTC))
        with rt.sessions() as session:
            content = report_content(session, rt.ws, directive, day, options)
        write_atomic(out, report_docx(content))
    kind = "kết quả" if content.closed else "tiến độ"
    console.print(
        f"Đã lập báo cáo {kind} thực hiện văn bản số {content.directive_number} "
        f"(tính đến ngày {vn_date(day)}): {out}"
    )


@app.command(rich_help_panel=PANEL)
def bundle(
    target: Annotated[
        str,
        typer.Argument(
            metavar="SỐ_VĂN_BẢN",
            help="Số hoặc mã văn bản; hoặc verify để kiểm tra một bộ tài liệu.",
        ),
    ],
    file: Annotated[
        Path | None, typer.Argument(metavar="TỆP", help="Với verify: tệp .zip cần kiểm tra.")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Nơi ghi tệp .zip.")] = None,
) -> None:
    """Lập bộ tài liệu kiểm chứng (.zip) của văn bản, hoặc kiểm tra: bundle verify TỆP.zip."""
    if target == "verify":
        with refusals():
            if file is None:
                raise InvalidInput("no bundle given", "Đề nghị chỉ rõ tệp .zip cần kiểm tra.")
            _verify(file)
        return
    from directives.reports.bundle import write_bundle
    from directives.reports.closeout import closeout_report

    rt = runtime()
    with refusals():
        if out is None:
            raise InvalidInput("no --out", "Đề nghị chỉ rõ nơi ghi bộ hồ sơ: --out TỆP.zip.")
        with rt.sessions() as session:
            report = closeout_report(session, rt.ws, target)
            built = write_bundle(session, rt.ws, target, out, report=report)
    console.print(
        f"Đã lập bộ tài liệu kiểm chứng: {built.files} tệp, {built.bytes} byte; "
        f"SHA-256 {built.sha256}: {out}"
    )


def _verify(path: Path) -> None:
    from directives.reports.verify import verify_bundle

    result = verify_bundle(path)
    if result.ok:
        console.print(
            f"Bộ hồ sơ văn bản số {result.directive_number} khớp danh mục: "
            f"{result.checked} tệp, mã băm và kích thước đúng."
        )
        return
    for problem in result.problems:
        err_console.print(problem.message_vi)
    err_console.print(
        f"[red]Bộ hồ sơ không khớp danh mục:[/red] {len(result.problems)} sai lệch "
        f"({result.checked} tệp đã kiểm tra)."
    )
    raise typer.Exit(1)


@app.command(rich_help_panel=PANEL)
def export(
    year: Annotated[int, typer.Option("--year", help="Năm cần xuất số liệu nhiệm vụ.")],
    out: Out,
) -> None:
    """Xuất mọi nhiệm vụ của một năm ra tệp .xlsx: một trang tổng hợp, một trang mỗi đơn vị."""
    from directives.reports.export import write_year_export

    rt = runtime()
    with refusals(), rt.sessions() as session:
        result = write_year_export(session, rt.ws, year, out, rt.ws.local_date(datetime.now(UTC)))
    console.print(
        f"Đã xuất {result.actions} nhiệm vụ năm {year} của {result.units} đơn vị "
        f"(tính đến ngày {vn_date(result.as_of)}): {out}"
    )
