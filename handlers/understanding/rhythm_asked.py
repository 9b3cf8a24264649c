"""How often one of the group's bodies meets, asked of it by name:
« la plénière c'est tous les combien ? », « le cotech c'est tous les
combien ? », « on a comité technique à quelle fréquence ? », « le GT
décrochage ça revient chaque mois ? », « la commission d'attribution ça
revient chaque mois ? », « les groupes de travail se retrouvent tous les
combien ? ».

Named by its kind, the body reads as one of its meetings (the next
comité technique), or as nothing; but a rhythm is no meeting: the decision
that set it answers. A message asks a rhythm when it says « tous les
combien », « à quelle fréquence », « à quel rythme », or asks whether
something « revient chaque mois » / « toutes les semaines »; the body is
the rest of its words. The answer is the one decision that says a rhythm
(« tous les », « toutes les », « chaque », « une fois par », « par mois »…)
and holds the body's words (or, with no body said, names one of the
group's kinds of meetings — « on se réunit à quel rythme ? »). Several
such decisions, or none: nothing here (the question is read as before).

A month or a season asked of the meetings when none falls in it (« on siège
en juillet ? », « y a pas de CT l'été ? ») is answered the same way by the
decision on their rhythm that names it (« … sauf en juillet et août »),
rather than by « aucune séance en juillet » and the next one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import fold, lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import FOLDED_MONTHS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.venues import formation_words
from handlers.understanding.world import plain

__all__ = ["asks_rhythm", "kinds_of", "pause_decision", "rhythm_decision"]

_ASKED = re.compile(
    r"\b(?:tou(?:te)?s les combien"
    r"|(?:quelle|quel) (?:frequence|rythme|periodicite|cadence)"
    r"|(?:revien(?:t|nent)|repasse(?:nt)?|se repete(?:nt)?) (?:chaque|tou(?:te)?s les) (?:semaines?|mois|ans?|annees?|trimestres?)"
    # (« la navette passe combien de fois par jour ? », set 47a: a day too.)
    r"|combien de fois par (?:jour|semaine|mois|an|annee|trimestre)"
    # « on se réunit combien de fois dans l'année ? » (lead's set 78): the times within a unit of time.
    r"|combien de fois (?:dans l|dans le|dans la|sur l|sur le|chaque) (?:semaine|mois|an|annee|trimestre)"
    # « il y a combien de plénières par an ? », « combien de réunions du GT par mois ? »: the sittings counted by a
    # unit of time are their rhythm.
    r"|combien (?:de|d) (?:[\w-]+ ){1,3}par (?:semaine|mois|an|annee|trimestre)"
    # « on avait dit quoi sur le rythme des plénières ? »: the rhythm of a sitting named (lead's set 69).
    r"|(?:le|du|la|de la) (?:rythme|frequence|periodicite) (?:des|du|de la|de l))\b")
# « y a une réunion publique tous les ans ? », « il y a un copil chaque mois ? »: a rhythm checked, said last, of a
# body the question names (lead's set 52).
_CHECKED = re.compile(r"\b(?:y a|y a t il|il y a) .*\b(?:tou(?:te)?s les|chaque) (?:semaines?|mois|ans|annees?|trimestres?)\W*$")
# What a decision says when it sets a rhythm.
# (Not « à chaque comité technique »: a rhythm counts time.)
_UNITS = r"(?:jours?|semaines?|mois|ans?|annees?|trimestres?|semestres?|lundis|mardis|mercredis|jeudis|vendredis)"
_RHYTHM = re.compile(rf"\b(?:(?:tou(?:te)?s les|chaque)(?: \w+)? {_UNITS}|fois par|par {_UNITS}"
                     r"|mensuel\w*|hebdomadaire\w*|trimestriel\w*|bimensuel\w*)\b")
# A price by the unit of time or of person (« 60 € par an et par enfant »): no rhythm.
_PRICE_RATE = re.compile(r"(?:€|euros?|eur|chf|francs?)\s+par \w+(?: et par \w+)?")
# Words of the question that are the asking, not the body (folded).
_ASKING = frozenset({
    "tous", "toutes", "les", "le", "la", "l", "combien", "quelle", "quel", "frequence", "rythme", "periodicite",
    "cadence", "revient", "reviennent", "repasse", "repassent", "repete", "repetent", "chaque", "semaine", "semaines",
    "mois", "an", "ans", "annee", "annees", "trimestre", "trimestres", "fois", "par", "c", "est", "ce", "ca", "cela",
    "on", "se", "a", "en", "de", "du", "des", "d", "nous", "vous", "y", "il", "elle", "ils", "elles", "reunit",
    "reunissent", "retrouve", "retrouvent", "voit", "voir", "siege", "siegent", "tient", "tiennent", "reunir",
    "dans", "sur", "deja", "maintenant", "exactement", "actuellement", "donc", "alors", "svp", "stp", "au", "aux", "et", "ou", "pas",
    "sont", "sommes", "est-ce", "que", "qu", "lieu", "ont", "avoir", "avons", "a-t-on", "t", "bien", "toujours",
    "reunion", "reunions", "seance", "seances", "reu", "reus", "rencontre", "rencontres",
    # « les GT se voient tous les combien ? », « on se rencontre … », « il y a combien de plénières par an ? ».
    "voient", "voyons", "rencontrent", "reunissons", "retrouvons", "ya",
    # The verbs a sitting takes (« on le fait tous les combien ? », « ça tombe chaque mois ? »).
    "fait", "font", "faire", "tombe", "tombent", "passe", "passent", "organise", "organisent", "prevu", "prevue",
    "prevus", "prevues", "convoque", "convoquee", "normalement", "habituellement", "general", "principe",
    # « c'était quoi la règle sur le rythme des réunions ? »: the rule asked is the decision (the lead's set 84).
    "etait", "quoi", "regle", "regles",
    # « la sous-occupation on la revoit tous les combien ? »: doing it again is the rhythm asked, not the thing
    # (which the decision says « réexaminée », lead's set 83).
    "revoit", "revoient", "revoir", "revoyons", "reexamine", "reexaminent", "refait", "refont", "renouvelle",
    "renouvellent",
    "lui", "leur", "me", "te", "je", "tu", "j", "m", "s", "un", "une", "ces", "cette", "cet", "ci", "la-bas",
    "hein", "euh", "coup", "sinon", "vraiment", "non", "oui",
    # « on doit voir les familles tous les combien ? »: the duty is the asking, the families the thing.
    "doit", "doivent", "dois", "devons", "devez", "faut", "peut", "peuvent",
    # « on avait dit quoi sur le rythme des plénières ? », « qu'a-t-on décidé sur … »: what was said of it.
    "avait", "avions", "dit", "decide", "decidee", "decides"})


# The stems of the verbs by which a decision says the group meets.
_MEETS = frozenset({"reunit", "reunis", "siege", "siegen"})
# The stems of the plain nouns of a sitting, which a kind's name may open with (« Réunion plénière … »).
_SITTING_STEMS = frozenset({"reunio", "seance", "rencon"})


def asks_rhythm(text: str) -> bool:
    """The message asks how often (« tous les combien », « à quelle fréquence », « ça revient chaque mois »)."""
    folded = fold(text).replace("'", " ").replace("’", " ")
    return bool(_ASKED.search(folded) or _CHECKED.search(folded))


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word.rstrip("s")


def _held(word: str, stems: set[str], shorthand: dict[str, str]) -> bool:
    """The decision holds the body's word: as typed, numbered (« GT » of « GT1, GT2 »), or as chat shorthand reads
    it (« GT »: « groupe »)."""
    return (word in stems or any(s.startswith(word) and s[len(word):].isdigit() for s in stems)
            or bool(expanded := shorthand.get(word, "").split()) and all(_stem(x) in stems for x in expanded))


def rhythm_decision(ctx: Context, u: Understanding, decisions: Sequence[str],
                    answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision setting the rhythm of the body the question names, when one clearly does; else None."""
    if not asks_rhythm(u.text):
        return None
    # A kind of meeting named (« le cotech », « la plén ») is said by its place's words (« Comité technique »).
    formations = [e for e in u.entities if e.kind == "place" and e.extra.get("formation")]
    named = {fold(w.raw) for e in formations for w in u.words[e.start:e.end]}
    kind_words = [{_stem(w) for w in re.findall(r"[\w-]+", fold(heading_of(m.place))) if len(w) > 3}
                  for e in formations for m in e.items if getattr(m, "place", "")]
    spelled = set().union(*kind_words) if kind_words else set()
    shorthand = lexicon().synonyms
    # (Not the lexicon's stop words: « commission », « comité » are among them, and name the body here.)
    said = [w for w in re.findall(r"[\w-]+", fold(u.text).replace("'", " ").replace("’", " "))
            if w not in _ASKING and w not in named and _stem(w) not in spelled
            and shorthand.get(w) not in ("reunion", "reunions")]
    body = {_stem(w) for w in said if len(w) > 1}
    if not body and not kind_words and not _ASKED.search(fold(u.text).replace("'", " ").replace("’", " ")):
        return None  # « il y a une plénière chaque mois ? » with no body read: not the group's rhythm in general
    kinds = set().union(*kinds_of(ctx))
    names = _kind_names(ctx)
    candidates: list[str] = []
    meeting_only: list[str] = []
    for text in decisions:
        held = fold(text)
        if not _RHYTHM.search(_PRICE_RATE.sub(" ", held)):
            continue  # « 60 € par an et par enfant » is a price by the year, no rhythm of meeting
        stems = {_stem(w) for w in re.findall(r"[\w-]+", held.replace("'", " "))}
        if body or kind_words:
            if all(_held(b, stems, shorthand) for b in body) and (not kind_words or any(k <= stems for k in kind_words)):
                candidates.append(text)
        elif kinds & stems and (names & stems or _MEETS & stems):
            # « on se réunit à quel rythme ? »: the group's own kinds of meetings, by their names or as meeting — not
            # by their subject alone: beside a « Groupe de travail sur les visites », « Les familles peuvent rendre
            # visite … tous les jours » is no rhythm of the group's sittings (cvs56).
            candidates.append(text)
        elif _MEETS & stems:
            # Else the group meeting (« Le comité se réunit au moins quatre fois par an », its places named by an
            # acronym no kind lists: lead's set 78) — only when no decision names a kind: beside « La plénière … se
            # réunit une fois par trimestre », the working groups' « chacun se réunit une fois par mois » is no second
            # answer (set 25a).
            meeting_only.append(text)
    candidates = candidates or meeting_only
    if not candidates and len(kind_words) > 1:
        # « les GT se voient tous les combien ? »: a formation of several subjects (GT seniors, GT logement) is said
        # by the words its meetings share (« groupe de travail »), which the decision on its rhythm holds; « Réunion
        # plénière de la CLDR » by « plénière », « CLDR » (« réunion » is every sitting's, the decision says « se réunit »).
        shared = set.intersection(*kind_words) - _SITTING_STEMS
        candidates = [text for text in decisions if _RHYTHM.search(fold(text)) and shared
                      and shared <= {_stem(w) for w in re.findall(r"[\w-]+", fold(text).replace("'", " "))}
                      and all(_held(b, {_stem(w) for w in re.findall(r"[\w-]+", fold(text).replace("'", " "))},
                                    shorthand) for b in body)]
        kind_words = [shared] if candidates else kind_words
    if len(candidates) != 1:
        return None
    best = candidates[0]
    # The body in the decision's own words as the topic: the answer finds that decision and shows it.
    named_stems = body | set().union(*kind_words) if kind_words else body or set().union(*kinds_of(ctx))
    decision_words = words(best, shorthand=False)
    topic = [w for w in decision_words if _stem(w.folded) in named_stems]
    return as_decision(ctx, u, list({w.lemma: w for w in topic}.values()) or decision_words, answer,
                       accept=lambda o: fold(best)[:40] in fold(o.reply.plain()))


def kinds_of(ctx: Context) -> list[set[str]]:
    """The stems of the group's kinds of meetings, as its places open with one (« Comité technique », « Plénière de
    la cellule de veille », « COPIL CTG »); a place that is only a venue names no kind."""
    kinds = formation_words()
    heads = [plain(heading_of(m.place)) for m in ctx.data.meetings() if m.place]
    return [{_stem(w) for w in head.split() if len(w) > 3} for head in heads
            if any(head == k or head.startswith(f"{k} ") for k in kinds)]


def _kind_names(ctx: Context) -> set[str]:
    """The stems of the names of the group's kinds of meetings (« groupe », « travai » of « Groupe de travail sur les
    visites »), without the subjects their places add."""
    kinds = formation_words()
    heads = [plain(heading_of(m.place)) for m in ctx.data.meetings() if m.place]
    return {_stem(w) for head in heads for k in kinds if head == k or head.startswith(f"{k} ")
            for w in k.split() if len(w) > 3}


_SEASONS = {"ete": "ete", "estival": "ete", "estivale": "ete", "hiver": "hiver", "hivernal": "hiver",
            "automne": "automne", "printemps": "printemps"}
_MEETING_INTENTS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming"})


def _months(start: date, end: date) -> set[str]:
    """The folded names of the months a span touches."""
    names, day = set(), start.replace(day=1)
    while day < end:
        names.add(FOLDED_MONTHS[day.month - 1])
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return names


def pause_decision(ctx: Context, u: Understanding, decisions: Sequence[str],
                   answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« on siège en juillet ? », « y a pas de comité technique l'été ? »: with no meeting then, the one decision
    on the meetings' rhythm that names that month or season (« … sauf en juillet et août »); else None."""
    if u.intent not in _MEETING_INTENTS or "?" not in u.text:
        return None
    periods = [e for e in u.entities if e.kind == "period"]
    if len(periods) != 1 or any(e.kind in ("person", "org", "number") for e in u.entities):
        return None
    period = periods[0].extra["period"]
    if period.end - period.start < timedelta(days=28):
        return None  # a day or a week asks for its meeting, not for the rule
    if any(period.start <= m.start.date() < period.end for m in ctx.data.meetings()):
        return None  # a meeting then: it answers
    said = {_SEASONS.get(w.folded) for w in u.words} - {None}
    months = _months(period.start, period.end)
    formations = [e for e in u.entities if e.kind == "place" and e.extra.get("formation")]
    kinds = [{_stem(w) for w in re.findall(r"[\w-]+", fold(heading_of(m.place))) if len(w) > 3}
             for e in formations for m in e.items if getattr(m, "place", "")]
    candidates = []
    for text in decisions:
        held = fold(text)
        named = set(re.findall(r"[\w-]+", held.replace("'", " ")))
        if not _RHYTHM.search(held) or not (named & months or {_SEASONS.get(w) for w in named} & said):
            continue
        stems = {_stem(w) for w in named}
        if kinds and not any(k <= stems for k in kinds):
            continue
        candidates.append(text)
    if len(candidates) != 1:
        return None
    best = candidates[0]
    topic = [w for w in words(best, shorthand=False) if w.folded in months or w.folded in _SEASONS]
    return as_decision(ctx, u, topic, answer, accept=lambda o: fold(best)[:40] in fold(o.reply.plain()))
