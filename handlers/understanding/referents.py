"""« c'est qui le référent mobilité ? » names a title, « Référent mobilité »: when
several roles speak of mobility (a « Chargée de mission Pass mobilité » and a
« Conseiller insertion, référent mobilité »), the one titled referent is
asked for, not everyone in charge of the subject. So for any title said with
its article before its charge: « qui est l'échevin de l'énergie ? » asks for
the « Échevin du logement et de l'énergie », not for the « Responsable de la
cellule énergie » too."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["asked_as_title", "titled_referents"]

# Words of charge that a role holds as a title (« Référente insertion »).
_REFERENT = ("referent", "referente")
# Before the word, what makes it a title: an article (without one, « qui est référente insertion ? » asks
# for the charge, as set 16c labels it).
_BEFORE = frozenset({"le", "la", "l", "un", "une"})
# After it, what makes it a charge instead (« le référent pour le RSA »).
_CHARGE_AFTER = frozenset({"pour", "sur", "en"})
_OF = frozenset({"du", "de", "des", "d"})
# Words of charge, not titles (answers_people.GENERIC_CHARGE and their forms).
_CHARGE_WORDS = ("charge", "respons", "referen", "delegu", "pilot", "contact", "interlo")


def _asks_referent(u: Understanding) -> bool:
    """An article, « référent(e) », then its charge (« c'est qui le référent RSA ? »); or « est référente du … »
    (« qui est référente du plan jeunes ? »: the position of that programme, as set 17cb labels it)."""
    return any(word.folded in _REFERENT and u.words[i + 1].folded not in _CHARGE_AFTER and (
        u.words[i - 1].folded in _BEFORE or u.words[i - 1].folded == "est" and u.words[i + 1].folded in _OF)
               for i, word in enumerate(u.words[1:-1], start=1))


def _title(u: Understanding) -> tuple[str, ...] | None:
    """The head of the title asked: « referent », or the first letters of a title said with its article
    before its charge (« l'échevin de l'énergie », « la directrice de l'insertion »: « echevi », « direct »),
    not a word of charge (« le responsable », « le délégué », « la charge » name whoever has it in charge)."""
    if _asks_referent(u):
        return ("referent",)
    for e in u.entities:
        head = plain(e.label).split()[:1]
        # Asked as who holds it (« qui est l'… », « c'est qui la … »), not as a charge (« qui fait la prévention »).
        held = any(w.lemma == "etre" for w in u.words[:max(e.start - 1, 0)])
        if (e.kind == "role" and e.extra.get("titled") and 0 < e.start and u.words[e.start - 1].folded in _BEFORE
                and held and head and len(head[0]) >= 6 and not head[0].startswith(_CHARGE_WORDS)):
            # The title's other names too (« l'échevin » of an « Adjoint au maire »: entities.toml [roles]).
            others = [s.split()[0][:6] for s in str(e.extra.get("stem", "")).split("|") if len(s.split()) == 1 and len(s) >= 5]
            return tuple(dict.fromkeys([head[0][:6], *others]))
    return None


def _asks_title(u: Understanding) -> bool:
    return _title(u) is not None


def _titled(member: Member, titles: tuple[str, ...] = ("referent",)) -> bool:
    return any(w.startswith(titles) for w in plain(member.role).split())


def titled_referents(u: Understanding, found: list[Member]) -> list[Member]:
    """The members of `found` whose role holds the title « référent(e) », when the question asks for that
    title followed by its charge; `found` itself otherwise (or when none holds it)."""
    if (title := _title(u)) is None:
        return found
    return [m for m in found if _titled(m, title)] or found


def asked_as_title(u: Understanding, found: list[Member]) -> bool:
    """« c'est qui le référent RSA ? » asks for the holder of the title « Référent RSA », not for whoever
    has the RSA in charge (« qui est le référent pour le RSA ? »): the title asked, and every member found
    holds it."""
    title = _title(u)
    return title is not None and all(_titled(m, title) or title == ("referent",) and _heads_it(m) for m in found)


# Titles that head a programme or a service: its referent for those outside it (« la référente PRE » of the
# « Coordinatrice du programme de réussite éducative »).
_HEADS = ("coordinat", "coordonnat", "responsable", "chef", "direct", "pilote")


def _heads_it(member: Member) -> bool:
    """`member`'s role opens with a title that heads what it names (« Coordinatrice du programme … »)."""
    return plain(member.role).split()[:1] != [] and plain(member.role).split()[0].startswith(_HEADS)
