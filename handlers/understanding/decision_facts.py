"""A question of fact that one decision answers: « combien de places en
alternance pour les jeunes ? » (the decision: « le GEIQ réserve quinze
places d'alternance… »), « la permanence à la Maison des jeunes, c'est
quel jour ? » (« une permanence … le jeudi après-midi »), « les ateliers
c'est à quelle heure ? » (« … chaque mardi à 9h »).

Such questions hold no word of deciding, so dominance.py leaves them, and
they ended in « je ne suis pas sûr ». One is answered by a decision, as a
last resort once no reading was sure, only when all of this holds: the
question asks a count, a day or an hour; among the decisions that state
that very thing (a number right before the counted noun, a weekday, a
clock time), its words find one clearly first (dominance.leads); and it
names no person, day or number (it would then ask about a meeting or a
person, not a rule the group set), nor opens with « qui ».

An age (« les chantiers d'été c'est pour quel âge ? »: « … réservés aux
jeunes de 16 à 25 ans ») and a frequency (« on se réunit tous les combien ? »:
« … une fois par mois ») are asked the same way; a season or month there
names the thing decided (« les chantiers d'été »), not a meeting."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.date_numbers import CARDINAL_WORDS
from handlers.understanding.dominance import as_decision, leads
from handlers.understanding.fact_asked import bodies_as_named, said_in
from handlers.understanding.fact_places import ASKING, asked_kind, states_kind
from handlers.understanding.normalise import Word, fold, lexicon, stem
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import FOLDED_MONTHS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.tense import PAST
from handlers.understanding.topics import content_words, is_generic, topic_scores

__all__ = ["asks_duration", "asks_rhythm", "decision_fact", "states_duration"]

_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b")
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")
# « les PV c'est en quelle langue ? » (« … rédigés en français et résumés en allemand »): a language named.
_LANGUAGE = re.compile(r"\b(?:francais|allemand|anglais|italien|romanche|espagnol|portugais|albanais|tigrinya|arabe|"
                       r"turc|serbe|croate|bosniaque|tamoul|somali|persan|dari|pachto|ukrainien|russe|breton|basque|"
                       r"occitan|alsacien|corse|catalan|creole|neerlandais|flamand|wallon)\b")
# A request's politeness: « … svp », « … stp », « s'il vous plaît ».
_PLEASE = re.compile(r"\b(?:svp|stp|svpl|s'il vous plait|s'il te plait|sil vous plait|sil te plait)\b")
# « entre 10 heures et 18 heures », « à 9 heures »: a clock time written out.
_HOURS_WRITTEN = re.compile(r"\b(?:[01]?\d|2[0-3]) heures?\b")
# « le mercredi matin », « en soirée »: the hours said by the part of the day.
_PART_OF_DAY = re.compile(r"\b(?:matin|matinee|apres-midi|apres midi|soir|soiree)s?\b")
_SEASON = re.compile(r"\b(?:hiver|ete|printemps|automne)\b")
# « quel pourcentage », « quelle part », « quel taux »: a share asked, which a decision states in « % ».
_PERCENT = frozenset({"pourcentage", "pourcent", "taux", "proportion"})
_PERCENT_STATED = re.compile(r"\d\s?%|\bpour ?cent\b|\bpourcents?\b")
# A ceiling asked (« le plafond », « le montant maximum », « c'est combien max ? ») and stated (« au plus », « au
# maximum », « plafonné à », « jusqu'à », « dans la limite de », « ne peut dépasser »).
_CEILING = frozenset({"plafond", "plafonds", "maximum", "max", "maximal", "maximale", "plafonne", "plafonnee"})
# A range of prices states its top too: « de 1,50 euro à 12 euros la journée » (fx46c, the lead's set 90).
_CEILING_STATED = re.compile(r"\b(?:au plus|au maximum|maximum|max|plafon\w*|jusqu['’ ]?a|dans la limite|ne (?:peut|peuvent) "
                             r"(?:pas )?depasser|de \d[\d ,.]*(?:euros?|€)? a \d[\d ,.]*(?:euros?|€))")
# A count said roughly in a decision (« une vingtaine de jeunes »).
_ROUGHLY = frozenset({"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                      "soixantaine", "centaine", "centaines", "millier", "milliers"})
# « nombre de », « nbre de », « nb de » opening a question: « combien de » in a phone's shorthand.
_NUMBER_OF = frozenset({"nombre", "nbre", "nb", "nbr"})
# « combien coûte … », « ça coûte combien », « c'est combien le tarif »: a price asked.
_COST = frozenset({"coute", "coutent", "couter", "coutera", "tarif", "tarifs", "prix", "payer", "paie", "paye"})
# Words asking the fact, which are no part of the topic.
_ASKING = frozenset({"combien", "quel", "quelle", "quels", "quelles", "jour", "jours", "heure", "heures", "horaire",
                     "horaires", "deja", "langue", "langues", "age", "ages", "tranche", "frequence", "rythme",
                     "periodicite", "fois", "tous", "temps", "duree", "apres", "midi", "matin", "soir",
                     "pourcentage", "pourcent", "taux", "proportion", "coute", "coutent", "couter", "coutera"})
# « 16 à 25 ans », « de plus de 60 ans »: an age; « une fois par mois », « chaque semaine », « tous les quinze jours »: a rhythm.
# « pendant trois ans », « sur six mois », « pour deux ans »: how long.
# « dure 18 mois au plus »: how long, said by the verb.
# A delay states how long too: « … rend ses avis dans un délai de deux mois », « … sous quinze jours ».
# « sous 48 heures », « dans les trois heures »: a delay in hours too.
# « inoccupé depuis plus de deux ans »: how long a state must have lasted for a rule to hold (the lead's set 84).
_DURATION = re.compile(r"\b(?:pendant|durant|sur|pour|dure|durent|durera|delai de|delai d|sous|dans les"
                       r"|depuis(?: plus de| moins de| au moins)?) (?:\w+ )?"
                       r"(?:ans|annees|mois|semaines|jours|heures)\b")
_AGE = re.compile(r"\b\d{1,3} ans\b")
# A physical quantity asked by its noun (« quel débit », « quelle surface », « quel volume »), stated as a number and
# its unit (« 300 litres par seconde », « 1,2 million de mètres cubes », « 10 mètres », « 5 hectares »).
_WHICH = frozenset({"quel", "quelle", "quels", "quelles"})
_MEASURED = frozenset({"debit", "debits", "volume", "volumes", "seuil", "niveau", "surface", "superficie", "largeur",
                       "longueur", "profondeur", "distance", "quantite"})
_BOUND_WORDS = frozenset({"partir", "dela", "dessous", "dessus", "depasse", "depasser"})
_MEASURE = re.compile(r"\b\d[\d ,.]*(?:millions? de |milliers? de )?(?:litres|metres|km|kilometres|hectares|ha|mm|"
                      r"centimetres|cm|tonnes)\b")
# « toutes les six semaines » as « tous les deux mois ».
# « par semestre », « à chaque séance de la commission »: a rhythm too (the lead's set 73).
_RHYTHM = re.compile(r"\b(?:fois par|par (?:semaine|mois|an|annee|hiver|trimestre|semestre)"
                     r"|chaque (?:semaine|mois|trimestre|semestre|annee|seance|reunion)|tous les (?:mois|ans|quinze jours|\w+ semaines|\w+ mois)"
                     r"|toutes les (?:semaines|\w+ semaines)"
                     r"|mensuel\w*|hebdomadaire\w*|trimestriel\w*|bimensuel\w*)\b")


def _counted(folded: list[str]) -> str | None:
    """The noun after « combien de » (« combien de places » -> « places »), or after « nombre de » opening the
    question as a phone types it (« nbre de jeunes pour le permis ? », « nb de places creche ? »)."""
    for i, (a, b, c) in enumerate(zip(folded, folded[1:], folded[2:])):
        if (a == "combien" or a in _NUMBER_OF and i == 0) and b in ("de", "d"):
            return c
    return None


def _counted_of(folded: list[str]) -> str | None:
    """The noun of the counted one's complement: « combien de postes d'animateurs » -> « animateurs » (the record
    counts the people, « trois animateurs », as often as the posts)."""
    for a, b, c, d, e in zip(folded, folded[1:], folded[2:], folded[3:], folded[4:]):
        if a == "combien" and b in ("de", "d") and d in ("de", "d"):
            return e
    return None


def _asks(folded: list[str]) -> str | None:
    """What fact is asked: "count", "day", "hour", "language", or None."""
    pairs = set(zip(folded, folded[1:]))
    if "pourquoi" in folded:
        return "reason"  # « pourquoi toujours le mardi ? »: the group's reasons are its decisions
    if ("combien", "de") in pairs and "temps" in folded or ("quelle", "duree") in pairs or (
            ("combien", "d") in pairs and ("annees" in folded or "ans" in folded)):
        return "duration"  # « pour combien de temps », « pour quelle durée », « sur combien d'années »
    if ("quel", "age") in pairs or ("d", "age") in pairs and "quelle" in folded:
        return "age"  # « pour quel âge », « quelle tranche d'âge »
    if ("tous", "les") in pairs and "combien" in folded or ("quelle", "frequence") in pairs or ("quel", "rythme") in pairs:
        return "rhythm"  # « tous les combien », « à quelle fréquence », « à quel rythme »
    if any(a in _WHICH and b in _MEASURED for a, b in pairs):
        return "measure"  # « à partir de quel débit ? », « quelle surface ? »: a quantity with its unit
    if ("quel", "jour") in pairs or ("quels", "jours") in pairs:
        return "day"
    if ("quelle", "heure") in pairs or ("quel", "horaire") in pairs or ("quels", "horaires") in pairs or (
            "horaires" in folded and "quoi" in folded):
        return "hour"  # « c'est quoi les horaires d'interdiction ? » as « quels horaires »
    if _PERCENT & set(folded):
        return "percent"  # « c'est quel pourcentage que le CPAS rembourse ? »: a share, « 80 % »
    if "combien" in folded and _COST & set(folded):
        return "cost"  # « combien coûte la garderie le mercredi après-midi ? »: a price, whatever part of the day
    if ("apres", "midi") in pairs or "matin" in folded or "soir" in folded:
        return "hour"  # « la permanence est ouverte l'après-midi ? » of « … de 9h à 12h »: the hours checked
    if ("quelle", "langue") in pairs or ("quelles", "langues") in pairs:
        return "language"
    if _counted(folded):
        return "count"  # « combien de fois par an ? »: the count before « fois » (« trois fois par an »)
    if _RHYTHM.search(" ".join(folded)):
        return "rhythm"  # « les colis c'est toutes les semaines ? », « c'est une fois par mois ? »: a rhythm checked
    return None


# Any length said, for a reply to be checked against: « trois semaines », « 48 heures », « un an », « une
# demi-journée », « dans la semaine », « quarante-huit heures ».
_LENGTH = re.compile(r"\b(?:\d+|" + "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True)) + r"|quelques|demi)"
                     r"[ -]?(?:minutes?|heures?|h|jours?|journees?|semaines?|mois|ans?|annees?)\b"
                     r"|\bdans (?:la|le|l) (?:semaine|mois|annee|journee)\b"
                     # « de juillet à septembre 2027 »: a span of months says how long (set 45a).
                     r"|\bde (?:" + "|".join(FOLDED_MONTHS) + r") a (?:" + "|".join(FOLDED_MONTHS) + r")\b"
                     # « renouvelée pour 2027-2030 »: a span of years says how long too (set 48b).
                     r"|\b20\d\d ?[-–] ?20\d\d\b")


def states_duration(text: str) -> bool:
    """Whether `text` (a reply showing decisions) says a length: « pour trois ans », « sous 48 heures », « six mois »."""
    return bool(_LENGTH.search(fold(text)))


def asks_rhythm(u: Understanding) -> bool:
    """« on appelle les inscrits tous les combien ? », « à quelle fréquence ? »: how often, a rule's rhythm."""
    return _asks([w.folded for w in u.words]) == "rhythm"


def asks_duration(u: Understanding) -> bool:
    """« la convention c'est pour combien de temps ? », « … sur combien d'années ? »: how long, not by when."""
    return _asks([w.folded for w in u.words]) == "duration"


# The people asked for in general (« combien de personnes »), whom a decision counts by their kind.
_ANY_PEOPLE = frozenset({"personnes", "gens"})


def _states(kind: str, text: str, counted: str | None, complement: str | None = None) -> bool:
    """Whether the decision `text` states the fact asked: a number right before the counted noun, a
    weekday, a clock time."""
    folded = fold(text)
    if kind == "reason":
        return True
    if kind == "day":
        return bool(_WEEKDAY.search(folded))
    if kind == "hour":
        return bool(_CLOCK.search(folded) or _PART_OF_DAY.search(folded) or _HOURS_WRITTEN.search(folded))
    if kind == "percent":
        return bool(_PERCENT_STATED.search(folded))
    if kind == "cost":
        return states_kind("amount", text)
    if kind in ("age", "rhythm", "duration", "measure"):
        return bool({"age": _AGE, "rhythm": _RHYTHM, "duration": _DURATION, "measure": _MEASURE}[kind].search(folded))
    if kind == "language":
        return bool(_LANGUAGE.search(folded))
    words = re.findall(r"\w+", folded)
    if counted in _ANY_PEOPLE and complement is None:
        # « combien de personnes seront formées … ? » of « Vingt professionnels et bénévoles seront formés … »: people
        # asked for in general are counted by their kind, a number before any noun (set 37a).
        return any((a.isdigit() or a in CARDINAL_WORDS) and b.isalpha() and len(b) > 2 for a, b in zip(words, words[1:]))
    nouns = [c for c in (counted, complement) if c is not None]
    # « une vingtaine de jeunes », « une centaine de familles »: a count said roughly, before « de ».
    rough = any(a in _ROUGHLY and b in ("de", "d") and stem(c) == stem(n) for a, b, c in zip(words, words[1:], words[2:])
                for n in nouns)
    return rough or any(stem(b) == stem(c) and (a.isdigit() or a in CARDINAL_WORDS) for a, b in zip(words, words[1:]) for c in nouns)


def _bare_weekday(u: Understanding, start: int, end: int) -> bool:
    """Whether words `start`–`end` are a weekday alone (« le mardi »), the day a rule sets rather than a date."""
    said = [w.folded for w in u.words[start:end] if w.folded not in ("le", "les")]
    return len(said) == 1 and bool(_WEEKDAY.fullmatch(said[0]))


def _dates_the_count(kind: str, u: Understanding, entity: str, start: int, end: int, texts: Sequence[str]) -> bool:
    """« combien de familles peuvent partir en vacances en juillet ? » of « Le séjour … aura lieu du 12 au 16 juillet
    2027, dans la limite de huit familles »: a month that a decision stating the count writes dates the thing counted,
    no meeting nor span of records to look in (fx46c, the lead's set 90)."""
    if kind != "count" or entity not in ("month", "period"):
        return False
    folded = [w.folded for w in u.words]
    return any(said_in(u.words[start:end], t) and _states(kind, t, _counted(folded), _counted_of(folded)) for t in texts)


# The share of the group's members a body (or the bodies one name reads) holds for it to be the group's own house.
_HOUSE = 1 / 3


def _house_words(ctx: Context, u: Understanding) -> set[int]:
    """The words (by id) naming the body most of the group belongs to: « la fête de l'école c'est quand ? » in a
    school's conseil, whose every decision is the school's, asks the fête, not whatever else says « école » (« les
    menus sont affichés à l'entrée de l'école »); the body's name frames the question (fx46c, the lead's set 88)."""
    members = ctx.data.members()
    held: set[int] = set()
    for e in u.entities:
        if e.kind != "org":
            continue
        bodies = {fold(name) for name in e.label.split(" / ")}
        if members and sum(fold(m.organisation or "") in bodies for m in members) >= _HOUSE * len(members):
            held |= {id(w) for w in u.words[e.start:e.end]}
    return held


def _elsewhere(u: Understanding, stating: Sequence[str]) -> bool:
    """« combien de rapporteurs à Tours ? »: a meeting place named that no decision stating the fact says asks of
    the meeting held there (its head count), not of the rule (« deux rapporteurs par dossier »)."""
    # (A formation, « au copil », is the group's own sitting that a rule speaks of without naming it.)
    places = [e for e in u.entities if e.kind == "place" and e.items and not e.extra.get("formation")
              and not e.extra.get("bracketed")]
    return any(not any(w.folded in re.findall(r"\w+", fold(t)) for t in stating for w in u.words[e.start:e.end])
               for e in places)


def decision_fact(ctx: Context, u: Understanding, texts: Sequence[str],
                  answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer for the one decision stating the count, day, hour or language `u` asks, else None."""
    folded = [w.folded for w in u.words]
    kind = _asks(folded) or asked_kind(u.words)  # « c'est où ? », « le montant ? »: fact_places.py
    # Typed on a phone, a question often ends without its mark (« on se réunit tous les combien »).
    # Or as a request (« le montant de l'intervention chauffage svp »: « svp » is dropped from the words, not the text).
    # A note typed as a heading asks too when it opens with the amount (« montant subvention CAF Brassens »).
    asked = "?" in u.text or any(w in lexicon().question_words for w in folded) or bool(_PLEASE.search(fold(u.text))) or (
        folded[:1] == ["montant"])
    if not texts or kind is None or not asked or "qui" in folded[:3]:
        return None
    named = ("person", "number") if kind in ("age", "rhythm", "duration", "reason") else ("person", "period", "month", "number")
    # « combien de lits en plus cet hiver ? »: a season names the thing decided (« … pour l'hiver »), no meeting.
    # « combien coûte la garderie le mercredi ? »: a bare weekday is the day the price is for, no meeting.
    # « le PRE suit combien d'enfants cette année ? »: « cette année » frames the rule in force, no span to filter;
    # not in the past (« le comité s'est réuni combien de fois cette année ? » counts meetings held).
    framed = not set(folded) & PAST
    if any(e.kind in named and not (e.kind == "period" and (_SEASON.search(fold(e.label)) or framed and [
            w.folded for w in u.words[e.start:e.end]] == ["cette", "annee"]))
           and not (kind == "cost" and _bare_weekday(u, e.start, e.end))
           and not (framed and _dates_the_count(kind, u, e.kind, e.start, e.end, texts)) for e in u.entities):
        return None
    if kind == "reason" and any(e.kind in ("period", "month") and not _bare_weekday(u, e.start, e.end) for e in u.entities):
        return None  # « pourquoi la réunion du 15 est annulée ? » asks of one meeting, not of a rule
    topic = [w for w in content_words(u.words) if w.folded not in _ASKING and not (
        kind in ("place", "amount", "when") and (w.folded in ASKING or w.folded in CARDINAL_WORDS or w.folded == "mille"))]
    if kind == "reason":
        topic += [w for w in u.words if _WEEKDAY.fullmatch(w.folded) and w not in topic]  # the weekday decided
    if kind == "measure":
        # « à partir de quel débit », « au-delà de quel volume »: the bound asked, no word of the thing measured.
        topic = [w for w in topic if w.folded not in _BOUND_WORDS]
    topic = bodies_as_named(u.entities, u.words, topic)  # « le samu social » as « Samusocial » (fact_asked.py)
    if kind == "when" and (house := _house_words(ctx, u)) and any(id(w) not in house for w in topic):
        topic = [w for w in topic if id(w) not in house]
    # The month dating the thing counted is one of its words (« … en juillet » of « … du 12 au 16 juillet 2027 »).
    topic += [w for e in u.entities if framed and _dates_the_count(kind, u, e.kind, e.start, e.end, texts)
              for w in u.words[e.start:e.end] if w.folded in FOLDED_MONTHS and w not in topic]
    if kind == "count" and (complement := _counted_of(folded)) is not None and len(topic) > 2:
        # « combien de postes d'animateurs on crée ? »: the people counted say what is asked, the unit (« postes »,
        # « places ») the records may not repeat (« Trois animateurs … sont engagés »).
        head = _counted(folded)
        topic = [w for w in topic if w.folded != head] if any(w.folded == complement for w in topic) else topic
    # Among the decisions that state such a fact, one found clearly first by the question's words.
    stating = [t for t in texts if (states_kind(kind, t) if kind in ("place", "amount", "when") else _states(kind, t, _counted(folded), _counted_of(folded)))]
    ceiling = kind == "amount" and any(w.folded in _CEILING for w in topic)
    if ceiling:
        # « le plafond par action c'est combien ? » of « … peut demander au plus 15 000 € par action »: the ceiling
        # asked is the decision stating one, whatever word it says it with.
        topic = [w for w in topic if w.folded not in _CEILING]
        stating = [t for t in stating if _CEILING_STATED.search(fold(t))]
    if not topic or not stating or _elsewhere(u, stating):
        return None
    scores = topic_scores(topic, stating)
    # « c'est quel pourcentage que le CPAS rembourse ? »: a share is rarely decided; the one decision stating a
    # share (or the one counting the very thing counted: « trois animateurs », or the one ceiling asked), found by
    # half the question's words, is the one asked.
    # So is a duration (« le bâtiment est prêté pour combien de temps ? » of the one decision lending it « pendant
    # neuf ans », set 40c).
    single_share = (kind in ("percent", "count", "duration") or ceiling) and len(stating) == 1 and scores[0] >= 0.5
    said = _says_all(topic, stating, scores)
    if not leads(scores) and not single_share and said is None:
        return None
    if kind == "when" and max(topic_scores(topic, [d.text for d in ctx.data.deadlines()]) or [0.0]) >= max(scores):
        return None  # « … c'est quand ? » of a deadline as much as of a decision: the dates answer it
    # The decision found first among those stating the fact must say a word of the question itself, not only a
    # general one (« on passe quand pour les factures d'énergie ? » found « … accordée pour un an … aux
    # bénéficiaires » by « les gens » alone), and be in the answer.
    stated = stating[scores.index(max(scores)) if said is None else said]
    if not any(not is_generic(w) and topic_scores([w], [stated])[0] >= 1.0 for w in topic):
        return None
    return as_decision(ctx, u, topic, answer, lambda outcome: stated in outcome.reply.plain())


def _says_all(topic: Sequence[Word], stating: Sequence[str], scores: Sequence[float]) -> int | None:
    """Among the decisions tied first, the index of the one that says every word of the question as typed when no
    other does, else None: « les créneaux de soins non programmés c'est à quelle heure ? » is « Des créneaux de soins
    non programmés sont ouverts … de 17 h à 19 h », not the « permanence de soins non programmés … de 9 h à 12 h »
    that « créneaux » reaches only as a related word (lead's set 71)."""
    own = topic_scores(topic, stating, loose=False)
    whole = [i for i, o in enumerate(own) if o >= 1.0]
    return whole[0] if len(whole) == 1 and scores[whole[0]] == max(scores) else None
