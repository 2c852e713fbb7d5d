"""Round 23 (write-back): the two passes that rewrite the page for the parser's rules (glued
words apart, ``Reglue``; every dash a "-", ``AsWritten``) write the record's texts back as the
page has them through one walk, ``write_back``: every text of the record, in the page's
order, where on the page it is read, each character the pass gives back kept."""

from __future__ import annotations

from collections.abc import Mapping
from typing import get_args

from pydantic import BaseModel

from directives.org import OrgDirectory
from directives.parser.as_written import AsWritten
from directives.parser.syllables import Reglue
from directives.parser.write_back import FieldName, write_back
from directives.records import ParsedAction, ParsedDirective, Reference, Signer

# Texts of the record no page gives: the parser's own words
_NOT_WRITTEN = {"document_type", "signer.capacity", "references.type"}


def _record(texts: Mapping[FieldName, str]) -> ParsedDirective:
    """A record with ``texts`` in the fields they are named by (a field of a list: its one
    entry; ``warnings`` aside)."""
    return ParsedDirective(
        number=texts["number"],
        issuer=texts["issuer"],
        parent_issuer=texts["parent_issuer"],
        place=texts["place"],
        subject=texts["subject"],
        recipients=[texts["recipients"]],
        references=[
            Reference(number=texts["references.number"], issuer=texts["references.issuer"])
        ],
        actions=[
            ParsedAction(
                seq=1,
                text=texts["actions.text"],
                lead_unit=texts["actions.lead_unit"],
                coordinating_units=[texts["actions.coordinating_units"]],
                deadline_text=texts["actions.deadline_text"],
            )
        ],
        signer=Signer(title=texts["signer.title"], name=texts["signer.name"]),
        distribution=[texts["distribution"]],
        warnings=[texts["warnings"]],
    )


def _texts(record: ParsedDirective) -> dict[str, str | None]:
    """The texts of a record ``_record`` made, by field."""
    (ref,), (action,), signer = record.references, record.actions, record.signer
    assert signer is not None
    return {
        "parent_issuer": record.parent_issuer,
        "issuer": record.issuer,
        "number": record.number,
        "subject": record.subject,
        "place": record.place,
        "recipients": record.recipients[0],
        "references.number": ref.number,
        "references.issuer": ref.issuer,
        "actions.text": action.text,
        "actions.lead_unit": action.lead_unit,
        "actions.coordinating_units": action.coordinating_units[0],
        "actions.deadline_text": action.deadline_text,
        "signer.title": signer.title,
        "signer.name": signer.name,
        "distribution": record.distribution[0],
        "warnings": record.warnings[0],
    }


def _text_fields(model: type[BaseModel], prefix: str = "") -> set[str]:
    found = set()
    for name, info in model.model_fields.items():
        if info.annotation in (str, str | None, list[str]):
            found.add(prefix + name)
    return found


def test_the_walk_takes_every_text_of_the_record_and_no_other() -> None:
    texts = (
        _text_fields(ParsedDirective)
        | _text_fields(Reference, "references.")
        | _text_fields(ParsedAction, "actions.")
        | _text_fields(Signer, "signer.")
    )
    assert texts - _NOT_WRITTEN == set(get_args(FieldName))


class _Log:
    """A writer that writes each "-" as "–", and says where it was asked for what."""

    def __init__(self, places: dict[str, int]) -> None:
        self.places = places
        self.asked: list[tuple[FieldName, str | None, int, str]] = []

    def at(self, text: str | None, after: int) -> int:
        return self.places.get(text or "", after)

    def write(self, field: FieldName, text: str | None, after: int, within: str) -> str | None:
        self.asked.append((field, text, after, within))
        return text.replace("-", "–") if text else text


_FIELDS: tuple[FieldName, ...] = get_args(FieldName)


def test_every_text_is_written_back_whole_in_the_pages_order_where_it_is_read() -> None:
    texts = {name: f"{name} a-b" for name in _FIELDS}
    record = _record(texts)
    # where the page has each text as read (the walk's place moves with the header's fields,
    # the recipients and each task's text; a reference's issuer is read after its number)
    places = {texts[name]: 10 * (i + 1) for i, name in enumerate(_FIELDS)}
    log = _Log(places)
    write_back(record, log)
    assert _texts(record) == {name: f"{name} a–b" for name in _FIELDS}
    task = "actions.text a–b"
    assert log.asked == [
        ("parent_issuer", texts["parent_issuer"], 0, ""),
        ("issuer", texts["issuer"], 10, ""),
        ("number", texts["number"], 20, ""),
        ("subject", texts["subject"], 30, ""),
        ("place", texts["place"], 30, ""),  # (read beside the number; its name moves no place)
        ("recipients", texts["recipients"], 40, ""),
        ("references.number", texts["references.number"], 60, ""),
        ("references.issuer", texts["references.issuer"], 70, ""),
        ("actions.text", texts["actions.text"], 90, ""),
        ("actions.lead_unit", texts["actions.lead_unit"], 90, task),
        ("actions.coordinating_units", texts["actions.coordinating_units"], 90, task),
        ("actions.deadline_text", texts["actions.deadline_text"], 90, ""),
        ("signer.title", texts["signer.title"], 90, ""),
        ("signer.name", texts["signer.name"], 90, ""),
        ("distribution", texts["distribution"], 90, ""),
        ("warnings", texts["warnings"], 0, ""),  # the parser's own words: from the start
    ]


def test_an_entry_a_writer_gives_nothing_for_is_kept_as_read() -> None:
    class _Nothing(_Log):
        def write(self, field: FieldName, text: str | None, after: int, within: str) -> str:
            return ""

    record = _record({name: name for name in _FIELDS})
    write_back(record, _Nothing({}))
    assert record.recipients == ["recipients"]
    assert [r.number for r in record.references] == ["references.number"]
    assert [a.text for a in record.actions] == ["actions.text"]
    assert [a.coordinating_units for a in record.actions] == [["actions.coordinating_units"]]
    assert (record.distribution, record.warnings) == (["distribution"], ["warnings"])


# One text a field, each with a dash the page writes as another mark (the directory's unit,
# "Phòng Lãnh sự - Lễ tân", keeps its name)
_DASHED: dict[FieldName, str] = {
    "parent_issuer": "BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
    "issuer": "CỤC VIỆC LÀM – AN TOÀN LAO ĐỘNG",
    "number": "12/CVL–VP",
    "subject": "thống kê lao động giai đoạn 2021 – 2025",
    "place": "Phú Quốc – Kiên Giang",
    "recipients": "Sở Lao động – Thương binh và Xã hội",
    "references.number": "05/SLĐTBXH–VP",
    "references.issuer": "Sở Giáo dục – Đào tạo",
    "actions.text": "Giao Sở Văn hóa – Thể thao chủ trì, phối hợp với Sở Khoa học – Công nghệ",
    "actions.lead_unit": "Sở Văn hóa – Thể thao",
    "actions.coordinating_units": "Sở Khoa học – Công nghệ",
    "actions.deadline_text": "trong quý II – III năm 2025",
    "signer.title": "Phó Cục trưởng Cục Việc làm – An toàn lao động",
    "signer.name": "Nguyễn Thị Lan – Anh",
    "distribution": "Bộ trưởng Bộ Lao động – Thương binh và Xã hội",
    "warnings": "Kỳ báo cáo 2021 – 2025 chưa rõ.",
}


def test_the_pages_dashes_are_written_back_into_every_text(org: OrgDirectory) -> None:
    page = "\n".join(_DASHED.values()) + "\nGiao Phòng Lãnh sự – Lễ tân báo cáo."
    record = _record({name: text.replace("–", "-") for name, text in _DASHED.items()})
    record.actions[0].coordinating_units.append("Phòng Lãnh sự - Lễ tân")
    AsWritten(page).record(record, org)
    written = _texts(record)
    assert written == _DASHED
    assert record.actions[0].coordinating_units[1] == "Phòng Lãnh sự - Lễ tân"


def test_the_pages_glue_is_written_back_where_the_glue_pass_writes_it() -> None:
    glued = {name: text.replace(" – ", " ") for name, text in _DASHED.items()}
    glued |= {
        "recipients": "Sở Laođộng Thương binh và Xã hội",
        "actions.text": "Giao Sở Văn hóa chủ trì, báocáo Sở Kếhoạch và Đầu tư",
        "actions.lead_unit": "Sở Văn hóa",
        "actions.coordinating_units": "Sở Kếhoạch và Đầu tư",
        "actions.deadline_text": "trước ngày30/4/2025",
        "distribution": "Giám đốc Sở Kế hoạch và Đầu tư",
        "warnings": "Không rõ kỳ báocáo.",
    }
    glue = Reglue(list(glued.values()))
    record = _record({name: " ".join(glue.lines[i].split()) for i, name in enumerate(glued)})
    assert record.recipients == ["Sở Lao động Thương binh và Xã hội"]  # read apart
    glue.record(record)
    # (the page writes the body both ways: a task's body as the task's text writes it)
    assert _texts(record) == glued
