"""Matching a question's topic words against stored texts (decisions,
deadlines) by lemma stems and synonyms, so that "vélos" finds "pistes
cyclables" and "financement" finds "subvention"."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache, lru_cache

import simplemma
from rapidfuzz import fuzz

from handlers.understanding.normalise import HERE, Word, lexicon, stem, words

__all__ = ["content_words", "grounded", "record_pairs", "topic_scores", "topic_stems", "with_activities"]

STEM_MATCH = 85.0
# A text matches when at least this share of the topic's words is in it.
SHARE = 0.5
SYNONYM_WEIGHT = 0.5
# « évaluateur » does « évaluation », « coordinatrice » « coordination », « formateur » « formation ».
_AGENT = re.compile(r"\b(\w+?)at(?:eur|rice)s?\b", re.IGNORECASE)


@cache
def _related() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its synonyms (lexicon.toml, [topics])."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        groups = tomllib.load(handle).get("topics", {}).values()
    related: dict[str, set[str]] = {}
    for group in groups:
        stop = lexicon().stopwords
        stems = {stem(w.lemma) for w in words(" ".join(group), shorthand=False) if w.folded not in stop}
        for s in stems:
            related.setdefault(s, set()).update(stems)
    return {k: frozenset(v) for k, v in related.items()}


def topic_stems(topic: Sequence[Word]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each meaningful topic word: its own stems, and its synonyms' stems."""
    stop = lexicon().stopwords
    out = []
    for word in topic:
        # « CV », « RH »: short, but an acronym as typed.
        if word.folded in stop or (len(word.folded) < 3 and not (len(word.raw) == 2 and word.raw.isupper())):
            continue
        own = frozenset({stem(word.lemma), stem(word.folded)})
        out.append((own, _related().get(stem(word.lemma), frozenset()) - own))
    return out


def _text_stems(text: str) -> frozenset[str]:
    # A record's own words, without chat shorthand ("rencontre" stays itself).
    found = words(text, shorthand=False)
    return frozenset(stem(w.lemma) for w in found) | frozenset(stem(w.folded) for w in found)


# Little words an acronym skips (« économie sociale et solidaire » is the ESS).
_ACRONYM_SKIP = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur"})


@lru_cache(maxsize=1 << 12)
def _initials(text: str) -> frozenset[str]:
    """The initials of each run of two to five words of `text`, little words skipped."""
    significant = [w.folded for w in words(text, shorthand=False) if w.folded not in _ACRONYM_SKIP and w.folded.isalpha()]
    return frozenset("".join(w[0] for w in significant[k:k + n])
                     for n in range(2, 6) for k in range(len(significant) - n + 1))


def topic_scores(topic: Sequence[Word], texts: Sequence[str]) -> list[float]:
    """Share of topic words (0-1) each text contains, by stem, typo, synonym or acronym."""
    wanted = topic_stems(topic)
    if not wanted:
        return [0.0] * len(texts)
    # « l'ESS », « le PAT »: a word no dictionary knows may be the initials of words of the text.
    acronyms = frozenset(w.folded for w in topic if 3 <= len(w.folded) <= 5 and w.folded.isalpha()
                         and (w.raw.isupper() or not simplemma.is_known(w.folded, lang="fr")))
    scores = []
    for text in texts:
        have = _text_stems(text) | (_initials(text) & acronyms if acronyms else frozenset())
        hits = 0.0
        for own, related in wanted:
            if own & have or any(fuzz.ratio(o, h) >= STEM_MATCH for o in own for h in have if len(h) >= 4):
                hits += 1.0
            elif related & have:
                # A synonym counts half: alone it finds its texts ("vélos" ->
                # "cyclables"), beside a word found nowhere it does not
                # ("le repas de Noël" is not about school canteens).
                hits += SYNONYM_WEIGHT
        scores.append(hits / len(wanted))
    return scores


# Words that say what is asked, not about what: never grounded in a record
# (« la séance de décembre » is a meeting even if a decision says so).
_ASKING = frozenset({
    "reunion", "reunions", "seance", "prochain", "prochains", "dernier", "precedent", "ordre", "jour", "date",
    "echeance", "calendrier", "agenda", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "semaine", "mois", "annee", "visio", "presentiel", "rediger", "membre", "membres",
})


def _content(found: Sequence[Word]) -> list[tuple[int, str]]:
    """(index, stem) of the words that carry meaning."""
    lex = lexicon()
    return [(i, stem(w.lemma)) for i, w in enumerate(found)
            if w.folded not in lex.stopwords and len(w.folded) >= 3 and w.lemma not in _ASKING and w.folded not in _ASKING
            and w.lemma not in lex.decision_words and w.folded not in lex.decision_words]


def content_words(found: Sequence[Word]) -> list[Word]:
    """The words of a message that say what it is about, not what it asks."""
    lex = lexicon()
    # « a été décidé »: « été » is the verb « être », whatever the lemmatiser says of the season.
    return [found[i] for i, _ in _content(found) if found[i].folded not in lex.question_words
            and found[i].lemma not in lex.stopwords and found[i].folded != "ete"]


@lru_cache(maxsize=64)
def record_pairs(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring meaningful stems in the group's records
    ("fiches de poste" -> (fich, poste)): a question that repeats two of
    them names that record, even with words the examples also use."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        content = _content(words(text, shorthand=False))
        pairs.update((a, b) for (_, a), (_, b) in zip(content, content[1:], strict=False))
    return frozenset(pairs)


_MEETING_ASKING = frozenset({"lieu", "heure", "heures"})


def grounded(found: Sequence[Word], pairs: frozenset[tuple[str, str]]) -> set[int]:
    """Indices of the message's words that repeat a pair of a record's words."""
    content = _content(found)
    hits: set[int] = set()
    lex = lexicon()
    decided = any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in found)
    for (i, a), (j, b) in zip(content, content[1:], strict=False):
        # « aura lieu », « à quelle heure » ask when and where a meeting is; they repeat a record
        # (« la semaine aura lieu en mars ») as its topic only in a question about decisions.
        asking = {found[i].lemma, found[j].lemma, found[i].folded, found[j].folded} & _MEETING_ASKING
        if (a, b) in pairs and j - i <= 3 and (decided or not asking):
            hits.update((i, j))
    return hits


def with_activities(text: str) -> str:
    """`text` with the activity each agent noun of it names: « … évaluateur du programme évaluation »."""
    return text + "".join(f" {m.group(1)}ation" for m in _AGENT.finditer(text))
