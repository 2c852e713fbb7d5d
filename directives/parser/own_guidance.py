"""A numbered heading that carries the issuer's own guidance formula at its end ("II. Các Chi
cục Hải quan đã triển khai ... Đối với các Chi cục ..., Tổng cục Hải quan hướng dẫn bổ sung
như sau:", the page gluing the section's intro to its title): the items under it state how
the rule applies, no one's task (README: the items of the issuer's own guidance), whatever
bodies they name. Only the issuer's own words count so: a body the letter speaks to that
guides others under a heading ("2. ... Chi cục Hải quan nơi đăng ký tờ khai hướng dẫn người
khai ... như sau:", "III. Cục Hải quan TP. Hồ Chí Minh hướng dẫn Chi cục ...") is given that
work."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from directives.parser.clean import fold_keep
from directives.parser.formulas import OPINION, opens_opinion, own_opinion
from directives.parser.informs import news_title

if TYPE_CHECKING:
    from directives.parser.blocks import Block
    from directives.parser.zones import Context

# the verb of the formula, which its subject stands before
_VERB = re.compile(r"\b(?:co y kien|huong dan|tra loi|(?:xin )?luu y)\b")
# the kind words an issuer names itself by alone ("Bộ hướng dẫn ...", "Cục ...")
_SELF = re.compile(r"^(?:bo|tong cuc|cuc|so|uy ban nhan dan|ubnd|ban|vu|kho bac)$")


def issuer_guides(folded: str, issuer: str | None) -> bool:
    """The heading's words end in the issuer's own guidance or opinion formula, its subject
    the issuer as named ("Tổng cục Hải quan") or by its kind alone ("Bộ"), the formula no
    request to a body whose work is to guide."""
    if issuer is None or not own_opinion(folded):
        return False
    m = OPINION.search(folded)
    verbs = list(_VERB.finditer(folded, m.start())) if m is not None else []
    if not verbs:
        return False
    at = verbs[-1].start()  # (the formula's own verb: "ngoài ... nội dung hướng dẫn tại ...,")
    start = max(folded.rfind(mark, 0, at) for mark in (", ", "; ", ". ")) + 1
    subject = folded[start:at].strip(" ,;.")
    own = fold_keep(issuer).lower().strip()
    return bool(subject) and (subject == own or _SELF.match(subject) is not None)


def guidance_opens(block: Block, rank: float, issuer: str | None) -> bool:
    """The heading opens the issuer's own guidance that holds past the paragraphs inside it: an
    intro at the top level ("Cục X có ý kiến như sau:", to the letter's end), or a numbered
    section whose glued intro ends in the issuer's formula, or whose title names what is new
    in the rules the letter introduces ("I. Những điểm mới của Thông tư ...": what the rules
    now say, its paragraphs "Trước đây: ..." too), to the next section of its rank."""
    if block.marker is None:
        return opens_opinion(block) and not rank
    guides = issuer_guides(block.folded, issuer) or news_title(block.folded)
    return block.marker != "article" and guides


def guidance_ends(opinion: Context | None, block: Block, rank: float) -> bool:
    """A numbered section of the issuer's guidance (``opinion``) ends at the next heading of
    its rank or above ("III. Cục Hải quan X hướng dẫn ...")."""
    numbered = block.marker not in (None, "article")
    return opinion is not None and opinion.rank > 0 and numbered and rank <= opinion.rank
