"""« Combien de membres compte la commission ? », « Quelles institutions sont représentées à la commission ? »:
the group's composition asked, the group named by the word its sittings' titles use (« Séance de la commission
sociale » makes « la commission » a meeting place). Read so, the announcements for the next sitting answered;
with a noun of membership (« membres », « institutions », « structures » …), no sitting noun (« séance »,
« réunion »), no time and nobody named, it is the directory (thirty-first round: the Swiss commission sociale).
« on est combien au conseil d'école ? » counts the group the same way (the lead's set 88)."""

from __future__ import annotations

from handlers.understanding.pipeline import MEETING_NOUNS, Understanding

__all__ = ["composition_asked"]

# Nouns counting or listing who the group is made of.
_MEMBERSHIP = frozenset({"membres", "institutions", "structures", "organismes", "organisations", "entites",
                         "partenaires", "composition", "compose", "composee"})
# Tense of a sitting held or to come (« Caritas sera-t-elle représentée mardi ? », « étaient représentées »).
_TENSED = frozenset({"sera", "seront", "serons", "etait", "etaient", "etions", "ete", "viendra", "viendront",
                     "vient", "viennent", "venus", "venues", "presents", "presentes", "excuses", "absents"})


def _counted_us(folded: list[str]) -> bool:
    """« on est combien au conseil d'école ? », « nous sommes combien … »: the group's own number asked in the
    present (« on sera combien mardi ? » asks the sitting's announcements: _TENSED)."""
    said = f" {' '.join(folded)} "
    return " combien " in said and (" on est " in said or " sommes " in said)


def composition_asked(u: Understanding) -> bool:
    """True when `u` asks who the group is made of, the group named only by a word of its sittings' place."""
    folded = [w.folded for w in u.words]
    # « le séminaire des partenaires c'est quand ? »: a noun of membership inside a sitting's name is that sitting's
    # (« Séminaire annuel des partenaires … », lead's set 83), no composition asked.
    placed = {i for e in u.entities if e.kind == "place" for i in range(e.start, e.end)}
    if not (any(f in _MEMBERSHIP for i, f in enumerate(folded) if i not in placed) or _counted_us(folded)) or any(
            f in _TENSED for f in folded):
        return False
    # « les membres du conseil d'école » where the schools are members' bodies: a body read inside the sitting's
    # words is the sitting's name, not the body asked (the lead's set 88).
    if not u.entities or any(e.kind != "place" and not set(range(e.start, e.end)) <= placed for e in u.entities):
        return False
    return not any(w.lemma in MEETING_NOUNS for w in u.words)
