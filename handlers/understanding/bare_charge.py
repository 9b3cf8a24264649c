"""« qui suit ça à la CAF ? »: a charge asked of a body, with nothing charged.

« qui suit / gère / s'occupe de ça à <body> ? » reads closest to a charge
(in_charge), which needs the thing handled; « ça » names none, so the
question was left unsure though it can only ask for the body's people. When
the charge reading lacks its topic, a body is named and no member, the body's
representatives (the reading just behind, within the margin of doubt) answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["body_for_bare_charge"]

def body_for_bare_charge(u: Understanding, best: str, score: float, ranking: list[tuple[str, float]],
                         margin: float) -> tuple[str, float] | None:
    """The body's representatives reading, for a charge with no topic asked of a named body, when it is at most
    `margin` (the pipeline's margin of doubt) behind the charge."""
    org = u.first("org")
    # « qui s'occupe de Hautepierre ? »: a place found only in roles is the charge itself (answers_people.org_people).
    if best != "in_charge" or u.topic or org is None or org.extra.get("in_role") or u.first("person") is not None:
        return None
    return next(((name, s) for name, s in ranking if name == "org_representative" and s >= score - margin), None)
