"""A confident answer whose own text shows it missed what the question asked
(set 48c): then the readings are offered, since a confident wrong answer is
worse than « je ne suis pas sûr » (unless the record holding the question's
words answers it surely when asked again: unheld_retry.py).

- « c'est confirmé pour la navette ? », « les simulations d'entretien c'est
  dans quelle salle ? »: no meeting spoken of, the next meeting found only
  because a point of its agenda holds the words, while a decision in force
  holds them too: the decision may be what is asked (answered with it when
  it is sure on its own, answer.respond);
- « qu'est-ce qui était prévu à la réunion du 15 décembre ? »: the past tense
  dated a day typed without its year to last year, where no sitting was,
  while a sitting of the record falls on that day and month another year;
- « c le 28 ou le 4 le forum ?? »: two days offered as a choice, answered
  with a record that writes neither;
- « je mets quelle date … pour le forum ? »: a date asked, read as the
  asker's tasks though no task is spoken of;
- « c'est qui qui fait la navette … ? »: someone asked, answered with dates;
- « les ateliers CV … ? » answered as decisions « sur « réunion » », a
  meeting word the question does not hold (the shorthand read « ateliers »
  so), while a decision in force holds the question's own word;
- « le plan de salle doit être validé quand ? » answered as several decisions
  on « salle doit »: a modal verb taken as a topic word, no one decision
  found (one decision holding all the words is kept);
- « le comité sur le plan de salle, c'était quand ? »: a sitting asked by its
  subject, answered with one whose heading and agenda do not hold it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from handlers.understanding.normalise import fold
from handlers.understanding.periods import MONTHS

__all__ = ["figures_shown", "unheld_readings"]

_MEETING_NOUNS = frozenset({"reunion", "reunions", "reu", "reus", "comite", "comites", "seance", "seances", "prochaine",
                            "prochain", "rencontre", "commission", "ordre", "odj", "programme", "parle", "parler",
                            "aborde", "aborder", "point", "points", "copil", "pleniere", "ag", "assemblee", "bureau",
                            "conseil", "quand", "jour", "date", "heure"})
_WORD = re.compile(r"[a-z0-9]+")
_CHOICE = re.compile(r"\ble\s+(\d{1,2})\s+ou\s+(?:le\s+)?(\d{1,2})\b", re.IGNORECASE)
_DATE_ASKED = re.compile(r"\bquel(?:le)?\s+(?:date|jour)\b", re.IGNORECASE)
_TASK_WORDS = frozenset({"tache", "taches", "faire", "rendre", "dois", "doit", "echeance", "echeances", "mission",
                         "missions", "charge", "envoyer", "preparer", "relancer"})
_WHO_ASKED = re.compile(r"\bc['’]?\s*est\s+qui\b|\bqui\s+qui\b|\bqui\s+est[- ]ce\s+qui\b", re.IGNORECASE)
_HEADER = re.compile(r"^D[ée]cisions? sur « ([^»]+) »")
# « … doit être validé quand ? »: the modal verb misread as a topic only matters when a date is asked; « il faut être
# combien pour … ? », « … les gens qui ne peuvent plus payer … » found their decision (sets 26a, 18c).
_WHEN_ASKED = re.compile(r"\bquand\b|\bquel(?:le)?\s+(?:date|jour)\b|\bd['’]ici\b", re.IGNORECASE)
_MODALS = frozenset({"doit", "doivent", "peut", "peuvent", "faut", "faudra", "devra", "devront", "pourra"})
_SUBJECT = re.compile(r"\b(?:comit[ée]|r[ée]union|r[ée]u|s[ée]ance|rencontre|commission)\s+(?:sur|concernant|"
                      r"[àa]\s+propos\s+(?:de|du|des))\s+(?:(?:le|la|les|l['’]|du|des|de)\s*)?([^\s,?!.]+)",
                      re.IGNORECASE)
_STOP = frozenset({"les", "des", "une", "est", "que", "qui", "pour", "avec", "dans", "sur", "toujours", "encore",
                   "quelle", "quel", "quand", "comment", "combien", "c'est", "cest", "maintenant", "finalement"})


# « le groupe de travail des 40 ans »: a number written before a noun, which says which thing is meant.
# A day of a month (« le 10 décembre ») is a date, which a decision's own date line may not write alike.
_FIGURE = re.compile(r"\b(\d+)\s+(?!(?:janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)\w*\b)[^\W\d]",
                     re.UNICODE | re.IGNORECASE)


def figures_shown(text: str, reply: str) -> bool:
    """Every number `text` writes before a noun (« des 40 ans ») is one `reply` writes too: a decision found by the
    noun alone (« … des moins de 13 ans ») is not the one asked (lead's set 61)."""
    shown = set(re.findall(r"\d+", reply))
    return all(number in shown for number in _FIGURE.findall(text))


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


def _root(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith(("s", "x")) else word


def _holds(text_words: Sequence[str], word: str) -> bool:
    root = _root(word)
    return any(_root(w) == root for w in text_words)


def unheld_readings(text: str, intent: str, reply: str, topic: Sequence[str], decisions: Sequence[str],
                    meeting_days: Sequence[datetime], now: datetime) -> list[str] | None:
    """The readings to offer when the confident `reply` (read as `intent`) to `text` shows it missed what was asked,
    else None. `topic` the folded words of the question's topic, `decisions` the texts of the decisions in force,
    `meeting_days` the starts of the group's sittings."""
    asked = _words(text)
    shown = _words(reply)
    said = [_words(d) for d in decisions]
    if intent == "meeting_next" and topic and not any(w in _MEETING_NOUNS for w in asked) and any(
            all(_holds(d, fold(t).lower()) for t in topic) for d in said):
        return ["meeting_next", "decisions_topic"]
    if intent == "meeting_which" and reply.startswith("Aucune séance le") and (
            days := re.findall(r"\b(\d{1,2})\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
                               r"novembre|d[ée]cembre)\s+(\d{4})", reply.splitlines()[0])):
        day, month, year = days[0]
        if year not in text and any(str(m.year) != year and m.day == int(day) and fold(MONTHS[m.month - 1]) == fold(month)
                                    for m in meeting_days):
            return ["meeting_which"]
    if (choice := _CHOICE.search(text)) is not None and not any(w in (choice.group(1), choice.group(2)) for w in shown):
        return [intent]
    if intent == "tasks_mine" and _DATE_ASKED.search(text) and not any(w in _TASK_WORDS for w in asked):
        return ["tasks_mine", "decisions_topic"]
    if intent == "dates_period" and _WHO_ASKED.search(text):
        return ["dates_period", "in_charge"]
    if intent == "decisions_topic" and (header := _HEADER.match(reply)) is not None:
        named = _words(header.group(1))
        if any(w in _MODALS for w in named) and _WHEN_ASKED.search(text) and re.match(r"^D[ée]cisions sur « [^»]+ » \((?:[2-9]|\d\d+)\)", reply):
            return ["decisions_topic", "dates_period"]
        if named and all(w in _MEETING_NOUNS for w in named) and not any(_holds(asked, w) for w in named):
            kept = [w for w in asked if len(w) >= 5 and w not in _STOP and not _holds(shown, w)]
            if any(_holds(d, w) for w in kept for d in said):
                return ["decisions_topic"]
    if intent in ("meeting_last", "meeting_next", "meeting_which") and (subject := _SUBJECT.search(text)) is not None:
        word = _words(subject.group(1))
        # « la réunion sur l'APA » : initials the sitting's text may spell out (« allocation personnalisée
        # d'autonomie ») prove nothing missing (set 29d's test).
        if word and len(word[0]) >= 3 and not subject.group(1).isupper() and not _holds(shown, word[0]):
            return [intent, "meeting_which"]
    return None

