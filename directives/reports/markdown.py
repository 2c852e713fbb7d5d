"""The báo cáo as Markdown: the flow run's artifact, from the same content as the .docx."""

from __future__ import annotations

from directives.reports.content import GAPS_NOTE_VI, GAPS_TITLE, HEADINGS, ReportContent
from directives.reports.files import vn_date

APPENDIX_HEADER = (
    "| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn | Ngày hoàn thành | Kết quả "
    "| Tài liệu kiểm chứng |\n|---|---|---|---|---|---|---|"
)


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def report_markdown_text(content: ReportContent) -> str:
    """The whole report: header facts, title, body, recipients, signer, appendix table."""
    signer = [s for s in (content.signer_capacity, content.signer_title) if s]
    lines = [
        f"**{content.parent_body}** · **{content.issuing_body}** · {content.number_line}",
        "",
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** · **Độc lập - Tự do - Hạnh phúc**",
        "",
        f"*{content.place_date}*",
        "",
        f"# {content.title}",
        f"## {content.subject}",
        "",
        f"Kính gửi: {content.recipient}.",
        "",
        content.intro,
        "",
        f"### {HEADINGS[0]}",
        "",
        content.assignment,
        "",
        content.summary,
        "",
        f"### {HEADINGS[1]}",
        "",
    ]
    for a in content.actions:
        lines += [f"**{a.seq}. Nhiệm vụ:** {a.text}.", "", *a.details, ""]
    lines += [f"### {HEADINGS[2]}", "", *(f"- {item}" for item in content.remains), ""]
    if content.gaps:
        lines += [f"## {GAPS_TITLE}", "", *(f"- {gap}" for gap in content.gaps), ""]
        lines += [GAPS_NOTE_VI, ""]
    lines += [f"### {HEADINGS[3]}", ""]
    lines += [f"{i}. {item}" for i, item in enumerate(content.proposals, 1)]
    lines += ["", content.closing, "", "**Nơi nhận:**", ""]
    lines += [f"- {item}" for item in content.distribution]
    lines += ["", *(f"**{s}**" for s in signer), "", f"**{content.signer_name}**", ""]
    lines += ["---", "", "**Phụ lục**", "", f"**{content.appendix_title}**", ""]
    lines += [f"*{content.appendix_note}*", "", APPENDIX_HEADER]
    for a in content.actions:
        cells = (
            str(a.seq),
            a.text,
            a.unit_name,
            vn_date(a.deadline),
            vn_date(a.completed_on),
            a.bucket_vi,
            "; ".join(a.evidence) or "—",
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
