"""Who holds a title or speaks for a body across a change of people, when a
role says so: the new one (« la nouvelle référente c'est qui ? », « le petit
nouveau du GEIQ ? »), the former one (« l'ancien directeur du PLIE c'était
qui ? », « qui était notre contact au Département avant ? ») and the coming
one (« qui sera notre contact à la DDETS en janvier ? ») (blind set 42b).

The directory says a change only in the roles: « (nouvelle arrivée) »,
« (arrivé en novembre) », « en remplacement de Martine Caron », « depuis le
départ de Thierry Lemaire », « à partir de janvier 2027, successeur de
Patricia Carlier ». Asked with « nouveau », « ancien » or a month to come, the
title or the body found several members (the referent on leave and the one
replacing her) or a task sharing a word, and « nouvelle », « ancien »,
« avant » were words no answer accounted for: unsure, or the wrong one.

The new one is the member whose role says an arrival or a replacement; the
former one is the person a role says its holder took over from (the
holder's row, which names them: the store has no card for someone who left);
the coming one, the member whose role says « à partir de » the month asked.
Only the members the question's body, title or other words fit (« la
nouvelle référente » is no newly arrived officer); none, and the question is
left to the other readings — a former holder no role names is not known."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.outcome import Outcome
from handlers.understanding.person_records import taking_over_names
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from handlers.views import member_row
from storage.models import Member

__all__ = ["turnover_holder"]

_NEW = frozenset({"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"})
_FORMER = frozenset({"ancien", "ancienne", "anciens", "anciennes", "precedent", "precedente", "ex"})
_PAST = frozenset({"etait", "etaient", "avait"})
_FUTURE = frozenset({"sera", "seront", "serez", "arrivera", "viendra", "prendra", "remplacera"})
# Pairs of a role saying its holder arrived (« nouvelle arrivée », « nouvel arrivant », « nouveau venu »).
_ARRIVAL_PAIRS = frozenset({("nouvelle", "arrivee"), ("nouvel", "arrivant"), ("nouvelle", "arrivante"),
                            ("nouveau", "venu"), ("nouvelle", "venue"), ("nouvelle", "recrue")})
_ARRIVAL = frozenset({"arrive", "arrivee", "remplacement", "successeur", "successeure"})
_MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
           "novembre", "decembre")
# Words of the question that say who is asked, not which one: no title, no body.
_GLUE = frozenset({"c", "est", "qui", "ce", "le", "la", "les", "l", "un", "une", "de", "du", "des", "d", "a", "au",
                   "aux", "en", "dans", "pour", "chez", "notre", "nos", "votre", "petit", "petite", "contact",
                   "interlocuteur", "interlocutrice", "personne", "avant", "maintenant", "ici", "groupe", "comite",
                   "ca", "alors", "donc", "juste", "deja", "quelqu", "on", "y", "sera", "seront", "etait",
                   "etaient", "avait", "s", "il", "elle", "son", "sa", "ses", "ou", "partir", "janvier", "fevrier",
                   "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
                   "decembre", "2026", "2027", "2028", *_NEW, *_FORMER})


def _arrived(role: list[str]) -> bool:
    pairs = set(zip(role, role[1:]))
    return bool(pairs & _ARRIVAL_PAIRS or set(role) & _ARRIVAL or ("a", "partir") in pairs)


def _from_month(role: list[str], month: str) -> bool:
    """« … à partir de janvier 2027 »: the role starts in `month`."""
    return any(role[i:i + 2] == ["a", "partir"] and month in role[i + 2:i + 5] for i in range(len(role)))


def _fits(u: Understanding, member: Member) -> bool:
    """Whether the member is of the body the question names, holds the title it names, and every other word of
    it is in the role or the body (« la nouvelle référente »: a referent)."""
    words = plain(f"{member.role or ''} {member.organisation or ''}").split()
    spans = set()
    for e in u.entities:
        if e.kind == "org":
            if member not in e.items:
                return False
            spans |= set(range(e.start, e.end))
        elif e.kind == "role":
            if e.extra.get("stem", "") and not any(w.startswith(e.extra["stem"]) for w in words):
                return False
            spans |= set(range(e.start, e.end))
        elif e.kind == "person":
            return False
    for i, w in enumerate(u.words):
        if i in spans or w.folded in _GLUE or len(w.folded) < 3:
            continue
        if not any(x[:5] == w.folded[:5] for x in words):
            return False
    return True


def turnover_holder(ctx: Context, u: Understanding) -> Outcome | None:
    """The new, former or coming holder a role names, for a question asking who with « nouveau », « ancien » /
    « avant » or a month to come; None when no role says it of the title or body asked."""
    said = [w.folded for w in u.words]
    if "qui" not in said or u.intent == "chitchat" or set(said) & SITTINGS:
        return None
    former = bool(set(said) & _FORMER) or ("avant" in said and bool(set(said) & _PAST))
    new = bool(set(said) & _NEW) and not former
    period = u.first("period")
    month = _MONTHS[period.extra["period"].month - 1] if (
        period is not None and getattr(period.extra.get("period"), "month", None)) else None
    coming = month is not None and bool(set(said) & _FUTURE) and not (former or new)
    if not (former or new or coming):
        return None
    if any(e.kind in ("month", "place", "day", "hour") for e in u.entities) or (period is not None and not coming):
        return None
    members = [m for m in ctx.data.members() if _fits(u, m)]
    lines: list = []
    found: list[Member] = []
    for member in members:
        role = plain(member.role or "").split()
        if former:
            if names := taking_over_names(member.role or ""):
                found.append(member)
                lines += [[bold(f"Avant : {names}, d'après le rôle de {member.name} qui a pris la suite :")],
                          member_row(member)]
        elif new and _arrived(role) or coming and _from_month(role, month or ""):
            found.append(member)
            lines.append(member_row(member))
    if not found or len(found) > 3:
        return None
    if not former:
        lines.insert(0, [bold("D'après leur rôle :" if len(found) > 1 else "D'après son rôle :")])
    asked_title = any(e.kind == "role" for e in u.entities) or not any(e.kind == "org" for e in u.entities)
    u.intent, u.readings = ("role_holder" if asked_title else "org_representative"), []
    return Outcome.sure(u, lines, ", ".join(m.name for m in found))
