"""Decisions taken while the asker was away: « y a eu quoi comme décisions
depuis que je suis parti ? », « je rentre de congé, qu'est-ce que j'ai loupé
comme décisions ? », « on a décidé quoi pendant mon absence ? ».

The bot knows when a member stopped coming from the attendance the
secretary typed: the stretch starts after the last sitting the asker was
marked present at, and holds every sitting held since. Its decisions are
listed as a past period's are (decisions_in_span.listed_decisions). Without
a recorded presence, or when a meeting, a month or a day is named (« j'ai
raté la réunion de novembre » is meeting_outcome's), this says nothing."""

from __future__ import annotations

from handlers.context import Context
from handlers.dates import format_day
from handlers.held import meeting_key
from handlers.understanding.decisions_in_span import listed_decisions
from handlers.understanding.normalise import Word
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from storage.attendance import attendance

__all__ = ["AWAY_WORDS", "away_cue", "decided_while_away"]

# « depuis que je suis parti / absent / en congé », « depuis mon départ », « pendant mon absence / congé »,
# « j'ai loupé / raté / manqué … comme décisions », « je rentre / reviens de congé ».
_SINCE = (("depuis", "que", "je", "suis"), ("depuis", "que", "j", "etais"), ("pendant", "que", "j", "etais"),
          ("depuis", "que", "je", "suis", "pas", "la"))
_AWAY = frozenset({"parti", "partie", "absent", "absente", "conge", "arret", "vacances", "parental", "paternite",
                   "maternite", "maladie"})
_MINE = (("depuis", "mon"), ("depuis", "ma"), ("pendant", "mon"), ("pendant", "ma"), ("durant", "mon"),
         ("durant", "ma"))
_MY_ABSENCE = frozenset({"depart", "absence", "conge", "arret", "vacances"})
_MISSED = frozenset({"loupe", "rate", "manque", "loupes", "rates", "manques", "loupees", "ratees", "manquees"})
_BACK = frozenset({"rentre", "reviens", "revenu", "revenue", "retour"})
# The words of the cue, not a topic of the decisions (« parti » is no decision's subject).
AWAY_WORDS = _AWAY | _MY_ABSENCE | _MISSED | _BACK | {"depuis", "pendant", "durant", "suis", "etais"}


def away_cue(words: list[Word]) -> bool:
    """Whether the question speaks of the asker's own absence."""
    folded = [w.folded for w in words]
    for i in range(len(folded)):
        for cue in _SINCE:
            if tuple(folded[i:i + len(cue)]) == cue and set(folded[i + len(cue):i + len(cue) + 3]) & _AWAY:
                return True
        for cue in _MINE:
            if tuple(folded[i:i + 2]) == cue and i + 2 < len(folded) and folded[i + 2] in _MY_ABSENCE:
                return True
        # « j'ai loupé quoi », « qu'est-ce que j'ai raté comme décisions »
        if folded[i:i + 2] == ["j", "ai"] and i + 2 < len(folded) and folded[i + 2] in _MISSED:
            return True
        # « je rentre de congé », « je reviens de vacances »
        if folded[i] == "je" and i + 1 < len(folded) and folded[i + 1] in _BACK and set(folded[i + 2:i + 5]) & _AWAY:
            return True
    return False


def decided_while_away(ctx: Context, u: Understanding) -> Outcome | None:
    """The decisions of the sittings held since the asker's last recorded presence, or None."""
    if not away_cue(u.words) or any(u.first(k) for k in ("month", "period", "place", "number")):
        return None
    me = ctx.sender.member
    if me is None:
        return None
    slug = ctx.group.slug
    held = sorted((m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now),
                  key=lambda m: m.start)
    present = [m for m in held if me.number in attendance(ctx.store, slug, meeting_key(m)).present]
    if not present:
        return None
    last = present[-1]
    since = [m for m in held if m.start > last.start]
    if not since:
        return None
    numbers = {m.number for m in since}
    taken = sorted((d for d in ctx.data.decisions() if d.status != "cancelled" and d.meeting_number in numbers),
                   key=lambda d: (d.taken_on, d.number))
    when = format_day(last.start.date(), ctx.locale)
    sittings = ", ".join(f"n°{m.number}" for m in since)
    heading = f"Décisions depuis votre dernière présence (séance n°{last.number}, {when}) : {len(taken)} (séances {sittings})"
    if not taken:
        return Outcome.sure(u, [f"Aucune décision depuis votre dernière présence (séance n°{last.number}, {when})."],
                            "aucune")
    return listed_decisions(ctx, u, heading, taken, 20)
