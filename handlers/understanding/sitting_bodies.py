"""A kind of sitting that a role names, read as the sittings, not as a body.

« Coordinatrice du COTECH », « coprésidente du COPIL »: role_bodies.py makes
any acronym a role names (« du CCAS ») a body of the directory, so « le COPIL
d'octobre », « les décisions du COTECH de septembre » found both a body (the
role's holder) and the meetings whose places open with that formation, and the
bot offered « qui représente … ? » beside the meeting. When the very words are
a formation (meeting_formations of entities.toml) and the group's meetings sit
under it, the sittings are meant; the role still answers « qui coordonne le
COTECH ? » through its words (the role holder's reading needs no body)."""

from __future__ import annotations

from handlers.understanding.spans import Entity
from handlers.understanding.venues import formation_words
from handlers.understanding.world import plain

__all__ = ["sittings_over_role_bodies"]


def sittings_over_role_bodies(entities: list[Entity]) -> list[Entity]:
    """`entities` without a body found only in roles on the span of a formation's place (« le COPIL »)."""
    formations = {(e.start, e.end) for e in entities if e.kind == "place" and e.extra.get("formation")}
    return [e for e in entities
            if not (e.kind == "org" and e.extra.get("in_role") and (e.start, e.end) in formations
                    and plain(e.label) in formation_words())]
