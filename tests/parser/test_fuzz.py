"""Random and mutated documents: a record or DocumentRejected comes out, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directives.calendar import WorkingCalendar
from directives.errors import DocumentRejected
from directives.org import OrgDirectory
from directives.parser import parse_bytes, parse_text
from directives.records import ParsedDirective
from tests.conftest import SEED
from tests.parser.corpus import encode_tcvn3, encode_vni, make_docx, make_pdf

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINES = SEED_TEXT.splitlines()
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Fragments that steer the parser into its less common paths.
PIECES = st.sampled_from(
    [
        "Số: ",
        "/UBND-",
        "ngày 31 tháng 02 năm 0000",
        "trước ngày 31/2",
        "trong quý IV năm 9999",
        "trong 999 ngày làm việc kể từ ngày nhận",
        "| STT | Nội dung | Đơn vị chủ trì | Thời gian |",
        "| 1 |",
        "Nơi nhận:",
        "KT. ",
        "TM.",
        "CHỦ TỊCH",
        "Kính gửi:",
        "V/v",
        "Điều 3.",
        "a)",
        "1.",
        "- ",
        "|",
        "\u0300\u0301",
        "Céng hßa",
        "Coäng hoøa",
        "\x00",
        "\ufeff",
        "trước 29/2 hằng năm",
        "6 tháng cuối năm 1899",
    ]
)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "swap", "cut", "piece"]))
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "delete" and lines:
            del lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.text(max_size=80)))
        elif op == "swap" and lines:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            lines = lines[:i]
        else:
            where = draw(st.integers(0, len(lines)))
            lines.insert(where, draw(PIECES) + draw(st.text(max_size=20)))
    return "\n".join(lines)


def _only_documented_errors(result: object) -> None:
    assert isinstance(result, ParsedDirective)


@FUZZ
@given(text=st.one_of(st.text(max_size=400), mutated_seed()))
def test_text(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> None:
    try:
        _only_documented_errors(parse_text(text, org, calendar))
    except DocumentRejected as err:
        assert err.message_vi


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=600),
        mutated_seed().map(lambda t: t.encode("utf-8", "surrogatepass")),
        mutated_seed().map(lambda t: t.encode("utf-16", "surrogatepass")),
        st.binary(max_size=200).map(lambda b: b"%PDF-1.4\n" + b),
        st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
    )
)
def test_bytes(data: bytes, org: OrgDirectory, calendar: WorkingCalendar) -> None:
    try:
        _only_documented_errors(parse_bytes(data, "fuzz.txt", org, calendar))
    except DocumentRejected as err:
        assert err.message_vi


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    fmt=st.sampled_from(["pdf", "docx", "tcvn3", "vni"]),
    cut=st.floats(0.0, 1.0),
    flip=st.integers(0, 10_000),
)
def test_damaged_files(
    fmt: str, cut: float, flip: int, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = "\n".join(line for line in SEED_LINES if line.strip())
    makers = {"pdf": make_pdf, "docx": make_docx, "tcvn3": encode_tcvn3, "vni": encode_vni}
    data = bytearray(makers[fmt](text))
    data = data[: max(1, int(len(data) * cut))]
    if data:
        data[flip % len(data)] ^= 0xFF
    try:
        _only_documented_errors(parse_bytes(bytes(data), f"damaged.{fmt}", org, calendar))
    except DocumentRejected as err:
        assert err.message_vi
