"""The end of a window asked: « jusqu'à quand … ? », « avant quand … ? »,
« d'ici quand … ? », « jusqu'à quelle date … ? ».

Such a question asks until when an act can or must be done: « on peut encore
postuler à la direction jusqu'à quelle date ? », « les inscriptions pour le
séjour, c'est jusqu'à quand ? », « les constats, faut les envoyer à la DDT
avant quand ? ». The record that answers is the one whose act it is: the
deadline headed by that act (« Dépôt du dossier … », « Transmission des
constats … ») or by its closing (« Clôture des candidatures … »), or a
decision stating the limit of the act in its own words (« La réservation …
se fait au plus tard la veille à 17 h », « … suivent une formation d'ici
juin 2027 »). The first reading weighed all the records by their words and
gave a decision that merely shares the thing (« … assure l'intérim de la
direction jusqu'à l'arrivée … »), a task working towards the deadline
(« Constituer la liste des enfants inscrits … ») or another deadline whose
head is another act (« Inscription des agents à la formation » for when the
agents must be trained): sure, and wrong (the older sets 41a, 42b, 43b, 45a,
46b, 48a).

So, when the question asks the end of a window, the one record of those two
kinds that holds the act and clearly more of the question's other words than
any other answers; when none or two stand equal, the first reading stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.derivation import root
from handlers.understanding.normalise import Word, fold, stem, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.topics import content_words, families_of, topic_scores
from handlers.views import decision_lines, deadline_line

__all__ = ["asks_window", "window_record"]

# « jusqu'à quand », « jusqu'au combien », « avant quand », « d'ici quand », « au plus tard quand »,
# « jusqu'à quelle date / quel jour »: the end of a window, as folded words.
_CUES: tuple[tuple[str, ...], ...] = (("jusqu", "a", "quand"), ("jusqu", "quand"), ("jusqu", "au", "combien"),
                                      ("jusqu", "a", "quelle", "date"), ("jusqu", "a", "quel", "jour"),
                                      ("avant", "quand"), ("d", "ici", "quand"), ("tard", "quand"))

# The words that ask, or say that one must or may: never the thing whose window is asked.
_ASKING = frozenset({"jusqu", "avant", "ici", "quand", "date", "jour", "combien", "tard", "falloir", "faut", "devoir",
                     "doivent", "doit", "pouvoir", "peut", "peuvent", "encore", "etre", "avoir", "faire", "vouloir",
                     "veux", "veut", "echeance", "limite", "delai", "possible", "possibles"})

# The words that close a window before the act they head: « Clôture des inscriptions … », « Date limite de dépôt … ».
_CLOSING = frozenset({"cloture", "fin", "date", "limite", "echeance", "delai", "dernier", "derniere", "ouverture"})
_OF = frozenset({"de", "des", "du", "d", "l", "la", "le", "les", "a", "au", "aux"})

# Handing a thing in, by verb or noun: « envoyer » the constats is their « Transmission » or « Envoi », « rendre »
# a report its « Remise » or « Dépôt » (lexicon.toml keeps these families apart, each a word of its own).
_HANDING = frozenset(root(w.lemma) for w in words(
    "envoyer envoi transmettre transmission remettre remise déposer dépôt rendre retourner retour renvoyer renvoi "
    "soumettre", shorthand=False))

# A decision stating a limit: « au plus tard la veille », « jusqu'au 15 mars », « d'ici juin 2027 », « avant le 10 ».
_LIMIT = re.compile(r"\b(?:au plus tard|jusqu'?\s?(?:au|a|aux)\b|d'?\s?ici\b|avant (?:le|la|fin)\b)")


def asks_window(folded: Sequence[str]) -> bool:
    """The question asks until when (« jusqu'à quand », « avant quand », « d'ici quand »…)."""
    return any(tuple(folded[i:i + len(cue)]) == cue for cue in _CUES for i in range(len(folded)))


def _kin(a: Word, b: Word) -> float:
    """How surely two words say one act: 1 for one root (« inscrire », « inscription ») or one family of
    lexicon.toml (« postuler », « candidature »), half for two ways of handing in (« envoyer », « Transmission »:
    « déposer le dossier » is the « Dépôt des dossiers » before the « Retour des fiches »), else 0."""
    ra, rb = {root(a.lemma), root(a.folded)}, {root(b.lemma), root(b.folded)}
    own_a = ra | {stem(a.lemma), stem(a.folded)}
    if ra & rb or any(f & (rb | {stem(b.lemma), stem(b.folded)}) for f in families_of(a) if not f <= own_a):
        return 1.0
    return 0.5 if ra & _HANDING and rb & _HANDING else 0.0


def _head(text: str) -> Word | None:
    """The act a deadline is for: its first word, past a closing (« Clôture des candidatures … »: candidatures)."""
    found = [w for w in words(text, shorthand=False) if w.folded not in _OF]
    while found and found[0].folded in _CLOSING:
        found = found[1:]
    return found[0] if found and len(found[0].folded) > 3 else None


def window_record(ctx: Context, outcome: Outcome) -> Outcome | None:
    """The deadline or decision answering `outcome`'s question when it asks the end of a window (see the module),
    when it is not the one already shown; else None."""
    u = outcome.understanding
    if u is None or outcome.intent == "chitchat" or not asks_window([w.folded for w in u.words]):
        return None
    asked = [w for w in content_words(u.words) if w.folded not in _ASKING and w.lemma not in _ASKING]
    if len(asked) < 2:
        return None  # « les inscriptions c'est jusqu'à quand ? »: one word names no one record
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled]
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    scored: list[tuple[float, str, object]] = []
    heads = [_head(d.text) for d in deadlines]
    # « déposer leur dossier » of a « Dépôt des dossiers … »: the act said itself, not another handing in
    # (« Retour des fiches bilan des porteurs ») that shares another word.
    exact = any(head is not None and _kin(w, head) == 1.0 for head in heads for w in asked)
    for deadline, head in zip(deadlines, heads):
        acts = {i: kin for i, w in enumerate(asked) if head is not None and (kin := _kin(w, head))}
        if not acts or exact and max(acts.values()) < 1.0:
            continue  # « Inscription des agents à la formation » is not when the agents are trained
        others = [w for i, w in enumerate(asked) if i not in acts]
        # One other word at least, as written (not a synonym): « la rentrée » is no « Dépôt » though Belgians
        # « rentrent » a file, and a « Dépôt … au transport » no window of inscriptions to the school bus.
        if others and topic_scores(others, [deadline.text], loose=False)[0] > 0:
            share = topic_scores(others, [deadline.text])[0]
            scored.append(((max(acts.values()) + share * len(others)) / len(asked), "deadline", deadline))
    for decision in decisions:
        if not _LIMIT.search(fold(decision.text)):
            continue
        share = topic_scores(asked, [decision.text])[0]
        if share >= 1.0:  # the decision holds every word asked, the act among them
            scored.append((share, "decision", decision))
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    if len(scored) > 1 and scored[1][0] >= scored[0][0]:
        return None  # two records stand equal: the first reading stays
    _, kind, record = scored[0]
    shown = outcome.reply.plain()
    if outcome.confident and record.text in shown and shown.count("n°") <= 1:
        return None  # already the answer
    u.topic = asked
    if kind == "deadline":
        u.intent, u.readings = "dates_period", []
        return Outcome.sure(u, [deadline_line(record, ctx.now, ctx.locale)], record.text)
    u.intent, u.readings = "decisions_topic", []
    return Outcome.sure(u, [[bold(f"Décision sur « {u.topic_text} »")], *decision_lines(record, ctx.locale)],
                        f"n°{record.number}")
