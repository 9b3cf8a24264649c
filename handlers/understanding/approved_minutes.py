"""Whether the minutes of a sitting were approved: « le PV de la dernière
séance a été approuvé ? », « le procès-verbal du 19 novembre est adopté ? »
(blind set 42c, the comité syndical of a syndicat mixte). A formal body
approves each sitting's minutes at a later sitting, and its decisions say
so by the sitting's day (« Le procès-verbal de la séance du 24 septembre
2026 est approuvé à l'unanimité »). Read as a decision on « PV approuvé »,
the question found the approval of ANOTHER sitting's minutes and answered
it with confidence.

The question names minutes (« PV », « procès-verbal », « compte rendu »),
their approval (« approuvé », « adopté », « validé », « voté ») and one past
sitting (by its order — « la dernière séance » — or by its day). A decision
naming that sitting's day with the minutes answers as it was; else, when a
coming sitting's agenda holds a point on those minutes (« Approbation du
procès-verbal de la séance du 19 novembre »), that agenda answers (not yet
approved: it comes up then); else nothing sure is said."""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.understanding.agenda_elsewhere import agenda_outcome
from handlers.understanding.agenda_when import coming_meetings
from handlers.understanding.normalise import Word, fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import MONTHS
from storage.models import Meeting

__all__ = ["approved_minutes"]

_APPROVED = ("approuv", "adopt", "valid", "vote", "entérin", "enterin")


def _names_minutes(folded: list[str]) -> bool:
    return any(w in ("pv", "cr") or w.startswith("proces") for w in folded) or any(
        a == "compte" and b.startswith("rendu") for a, b in zip(folded, folded[1:]))


def _day_said(text: str, meeting: Meeting) -> bool:
    """`text` names `meeting`'s day (« 19 novembre », « 1er décembre »)."""
    day = meeting.start.date()
    return re.search(rf"\b{day.day}(?:er)?\s+{fold(MONTHS[day.month - 1])}\b", fold(text)) is not None


def _sitting_asked(ctx: Context, outcome: Outcome) -> Meeting | None:
    """The one past sitting the question designates by its order or its day."""
    u = outcome.understanding
    assert u is not None
    held = sorted((m for m in ctx.data.meetings() if m.start < ctx.now), key=lambda m: m.start)
    if not held:
        return None
    if u.order in ("dernier", "precedent"):
        return held[-1]
    periods = [e for e in u.entities if e.kind == "period"]
    if len(periods) == 1:
        span = periods[0].extra["period"]
        on_day = [m for m in held if span.start <= m.start.date() < span.end]
        return on_day[0] if len(on_day) == 1 and (span.end - span.start).days == 1 else None
    return None


def approved_minutes(ctx: Context, outcome: Outcome) -> Outcome:
    """`outcome`, or the answer on whether the minutes of the sitting asked were approved."""
    u = outcome.understanding
    if u is None or outcome.intent not in ("decisions_topic", "decisions_recent", None):
        return outcome
    folded = [w.folded for w in u.words]
    if not _names_minutes(folded) or not any(w.startswith(_APPROVED) for w in folded):
        return outcome
    meeting = _sitting_asked(ctx, outcome)
    if meeting is None:
        return outcome
    if any(_names_minutes([w.folded for w in _words(d.text)]) and _day_said(d.text, meeting)
           for d in ctx.data.decisions() if d.status != "cancelled"):
        return outcome  # the decision approving them answers (decisions_topic)
    for coming in coming_meetings(ctx):
        point = next((item.text for item in coming.agenda
                      if _names_minutes([w.folded for w in _words(item.text)]) and _day_said(item.text, meeting)),
                     None)
        if point is not None:
            return agenda_outcome(ctx, u, coming, f"Pas encore : le point « {point} » est à l'ordre du jour de la "
                                                  f"séance n°{coming.number} :")
    if outcome.confident:
        u.intent, u.readings = None, ["decisions_topic"]
        return Outcome.unsure(u, ["Aucune décision du groupe ne dit que ce procès-verbal a été approuvé : je ne peux "
                                  "pas répondre avec certitude.", "Reformulez votre question en précisant, ou tapez "
                                  "/aide."], "")
    return outcome


def _words(text: str) -> list[Word]:
    """A record's words, read as the question's are."""
    return words(text, shorthand=False)
