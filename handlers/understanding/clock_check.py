"""Meeting questions read again before they are answered.

A time of day checked with nothing else said: « c'est toujours à 14h ? »,
« on commence bien à 17h ? », « toujours 9h30 ? », « la prochaine c'est
bien à 14h ? ». Nothing names a meeting but the hour, so the question
checks the next one's time: its answer shows the hour it really starts,
which confirms or corrects the one asked. A day or a place said with the
hour (« c'est à 14h le 10 ? ») names its own meeting and is read elsewhere
(day_meeting.py); anything more (« la piscine ouvre à 14h ? ») is not this.

The habit of the meetings (« la plénière se réunit à quel rythme ? », « on
se voit quel jour en principe ? ») is not one meeting: read as a meeting,
it is left unsure between the meeting and a decision, so that the rule the
group decided answers it when one clearly does (meeting_rule.py).
"""

from __future__ import annotations

from handlers.understanding.meeting_rule import habit_said, how_often
from handlers.understanding.pipeline import Understanding
from handlers.understanding.shape import is_clock_time

__all__ = ["checks_next_time", "meeting_reread"]

_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meetings_upcoming"})

# The words such a check is made of, besides the hour (folded).
_GLUE = frozenset({"c", "est", "ce", "ca", "cela", "toujours", "tjrs", "tjs", "bien", "encore", "a", "pour", "vers", "des",
                   "on", "commence", "commencer", "demarre", "debute", "se", "maintenu", "maintenue", "confirme",
                   "confirmee", "prevu", "prevue", "la", "le", "l", "prochaine", "prochain", "reunion", "seance",
                   "rencontre", "reu", "rdv", "et", "du", "coup", "alors", "donc", "finalement", "ok", "nous",
                   "commencons", "debutons", "heure", "reste", "sommes", "rendez", "vous", "y", "va"})
# Words that make it a check of what was said before (« toujours », « bien »), not an announcement.
_CHECKING = frozenset({"toujours", "tjrs", "tjs", "bien", "encore", "maintenu", "maintenue", "confirme", "confirmee"})


def checks_next_time(u: Understanding) -> bool:
    """The message only checks an hour (with « toujours », « bien »…): the next meeting's time is asked."""
    if "?" not in u.text or u.entities:
        return False
    said = [w for i, w in enumerate(u.words) if i not in u.framing]
    clocks = [w for w in said if is_clock_time(w)]
    rest = [w for w in said if not is_clock_time(w)]
    return (len(clocks) == 1 and all(w.folded in _GLUE for w in rest)
            and any(w.folded in _CHECKING for w in rest))


def meeting_reread(u: Understanding) -> tuple[str | None, list[str]] | None:
    """(intent, readings) for a meeting question read again, else None (`u` read as it was)."""
    if checks_next_time(u):
        return "meeting_next", []
    if u.intent in _MEETING_READINGS and (habit_said(u) or how_often(u)) and not any(
            w.lemma in ("prochain", "dernier") for w in u.words):
        return None, [u.intent, "decisions_topic"]
    return None
