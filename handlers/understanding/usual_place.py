"""Where the group usually meets, asked as a rule: « on se réunit pas
toujours à Gournay ? », « les réunions c'est toujours à la mairie ? », « on
se retrouve systématiquement à Forges ? », and with no place named, « on se
réunit toujours au même endroit ? ».

« toujours » with the meetings in general (no date, no « prochaine », no
« de jeudi ») means « always », not « still » (« la réunion de jeudi c'est
toujours à la mairie ? » asks whether that meeting moved): the rule on the
meetings' place answers. The examples read the place as the next meeting
held there (set 28a, Bray: « Les réunions ont lieu en alternance à
Gournay-en-Bray et à Forges-les-Eaux »). The answer is the one decision
naming the place asked and speaking of meetings; none or several, nothing
here."""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.handled_case import TIMED_OR_PERSON
from handlers.understanding.normalise import fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words

__all__ = ["usual_place"]

# « toujours », « systématiquement », « à chaque fois », « tout le temps », as folded text.
_ALWAYS = re.compile(r"\b(?:toujours|systematiquement|a chaque fois|tout le temps|d habitude|habituellement)\b")
# The meetings in general: a verb of meeting in the present, or a plural noun of them.
_MEETING = re.compile(r"\b(?:se reunit|se reunissent|nous reunissons|se voit|se retrouve|se retrouvent|reunions|seances"
                      r"|comites|copils|rencontres)\b")
# A decision on where the meetings are held.
_HELD = re.compile(r"\b(?:reunions?|seances?|comites?|se reuni\w*|ont lieu|a lieu|alternance|altern\w+|tournant\w*)\b")

# The same place asked, none named (« toujours au même endroit ? »), and a decision's words on where sittings move
# or stay (« en alternance à Ottignies et à Louvain-la-Neuve », « à tour de rôle », « toujours au même lieu »).
_SAME_PLACE = re.compile(r"\bmeme (?:endroit|lieu|salle|adresse)\b")
_WHERE_RULE = re.compile(r"\b(?:alternance|altern\w+|tournant\w*|tour de role|meme (?:endroit|lieu|salle))\b")

# The question asking whether they move (« … ou on tourne ? », « … ou ça alterne ? »).
_ROTATION = re.compile(r"\b(?:tourne\w*|altern\w+|bouge\w*)\b")

# Of those, the words of the group's own sittings.
_SITTINGS = re.compile(r"\b(?:reunions?|seances?|comites?|se reuni\w*)\b")


def usual_place(ctx: Context, u: Understanding, decisions: tuple[str, ...],
                answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision on where the meetings are held, when the message asks whether they always are at a place it
    names; else None and `u` as it was."""
    folded = " ".join(w.folded for w in u.words)
    if "?" not in u.text or u.order is not None or not _ALWAYS.search(folded) or not _MEETING.search(folded):
        return None
    if any(e.kind in TIMED_OR_PERSON for e in u.entities):
        return None
    # « les plénières c'est toujours au même endroit ? »: a kind of sitting (a formation) names which meetings, no
    # place (set 41b).
    named = [e for e in u.entities if e.kind == "place" and not (e.extra.get("formation") and _SAME_PLACE.search(folded))]
    places = [w for e in named for w in u.words[e.start:e.end] if len(w.folded) > 2]
    if not places and _SAME_PLACE.search(folded):
        # « on se réunit toujours au même endroit ? »: no place named, the rule that moves the meetings or keeps them.
        held = [d for d in decisions if _SITTINGS.search(fold(d).replace("'", " "))
                and _WHERE_RULE.search(fold(d).replace("'", " "))]
    elif not places:
        return None
    else:
        held = [d for d in decisions if _HELD.search(fold(d).replace("'", " ")) and all(
            re.search(rf"\b{re.escape(w.folded)}", fold(d).replace("'", " ")) for w in places)]
    if not held and places and _ROTATION.search(folded):
        # « on se réunit toujours à Lavaurs ou on tourne ? »: no decision names the place, the one on where sittings
        # move or stay answers (« à tour de rôle dans les communes membres », set 48b).
        held = [d for d in decisions if _SITTINGS.search(fold(d).replace("'", " "))
                and _WHERE_RULE.search(fold(d).replace("'", " "))]
    if len(held) > 1:
        # « Les visites médiatisées ont lieu … à Blois » beside « Le groupe se réunit … à Blois ou dans une autre
        # ville »: the one that speaks of the group's own meetings, not of another event held there (set 33a).
        held = [d for d in held if _SITTINGS.search(fold(d).replace("'", " "))]
    if len(held) != 1:
        return None
    best = held[0]
    # The decision's own words are the topic, so that it alone is shown (the place asked names others too).
    return as_decision(ctx, u, content_words(words(best, shorthand=False)), answer,
                       accept=lambda o: fold(best)[:40] in fold(o.reply.plain()))
