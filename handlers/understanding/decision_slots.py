"""The where, when, how much, what share, for whom or whether of a decided thing, asked without a word of
deciding (and how long, or a value proposed: slot_checks.py).

« le marché de producteurs c'est où finalement ? » (the decision: « Le marché de producteurs de printemps se
tiendra place de la Liberté à Sarlat, le samedi 10 avril 2027 »), « la légumerie est financée à quelle hauteur ? »,
« quel objectif pour les cantines ? », « le guide sera distribué où ? », « les paniers à 5 € c'est pour qui ? »,
« on fait un site web ou pas ? »: the question word names a slot of a decision (a place, a date, an amount, a
share, a recipient, an outcome) and its other words name the thing decided. Such questions ended in « je ne suis
pas sûr »: no example of the intents is worded so, and two decisions often share the thing's words (the market's
place, and its unsold goods).

As a last resort, once no reading was sure, a decision answers when all of this holds: the slot asked is plain
from the question words; among the decisions that hold such a slot (a place named after « à », « dans », « sur »…,
a month or year, an amount in euros or francs, a percentage…), the question's other words find one clearly first
(dominance.leads), or, between decisions found as well, the only one whose subject — its first meaningful word —
is the thing asked (« le marché … se tiendra » over « les invendus du marché … »); no deadline is found as well (a
date asked of a deadline is the calendar's); no person is named; and « qui » opens no question but « à qui » /
« pour qui »."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from handlers.context import Context
from handlers.understanding.body_described import described_all
from handlers.understanding.chat import circumstance_when
from handlers.messages import bold
from handlers.understanding.dominance import first_of
from handlers.understanding.meeting_nouns import heading_of, nouns
from handlers.understanding.named_years import named_years
from handlers.understanding.normalise import Word, fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import FOLDED_MONTHS
from handlers.understanding.ready_state import ready_state
from handlers.understanding.pipeline import Understanding
from handlers.understanding.slot_checks import DURATION_WORDS, asks_who, checked_value, duration_asked, head_in, states_duration, states_price
from handlers.understanding.spans import Entity
from handlers.understanding.amounts import states_share, states_sum
from handlers.understanding.sums import sum_word
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.who_named import named_members
from handlers.understanding.world import plain
from handlers.understanding.world_cache import group_world
from handlers.views import decision_lines
from storage.models import Decision

__all__ = ["SLOT_KEY", "asked_slot", "decision_slot", "holds"]

# The key of the answers given here, which the task follow-up leaves as they are (they weighed the tasks).
SLOT_KEY = "slot:"

# Words that ask the slot, or frame the question, and say nothing of the thing decided (folded or lemma).
_ASKING = frozenset({
    "ou", "endroit", "lieu", "emplacement", "quand", "qd", "date", "combien", "montant", "hauteur", "prix", "tarif",
    "cout", "coute", "coutent", "couter", "objectif", "objectifs", "cible", "pourcentage", "taux", "part", "proportion",
    "viser", "vise", "qui", "finalement", "exactement", "deja", "alors", "donc", "prevu", "prevue", "retenu", "retenue",
    "fixe", "fixee", "dit", "passer", "passe", "mettre", "met", "mis", "mise", "sortir", "sort", "aller", "vont", "va",
    "aura", "auront", "avoir", "faire", "fait", "etre", "sera", "seront", "tenir", "tient", "conclusion", "issue",
    "verdict", "abandonne", "abandonnee", "pas", "non", "lesquelles",
    "lesquels", "quel", "quelle", "quels", "quelles", "rappeler", "merci", "avance", "bonjour", "ici", "partir",
    # Verbs of reaching, placing and finding, which a « où » or a target asks with (« on la dépose où ? »).
    "doit", "doivent", "devoir", "atteindre", "atteint", "depose", "deposer", "trouve", "trouver", "installe",
    "installer", "tombe", "tomber", "eleve", "elever", "somme", "concerne", "concernes", "concernee",
    "concernees",
    # A verb of lasting, which « jusqu'à quelle heure » asks with (« les gardiens restent jusqu'à quelle heure ? »).
    "rester",
})
# « ou » typed without its accent asks where when it ends the question or opens what follows.
_WHERE_NEXT = frozenset({"ca", "c", "se", "sera", "seront", "est", "finalement", "exactement", "donc", "il", "elle",
                         "ils", "elles", "on", "les", "la", "le", "l"})
# « où on en est », « on en était où »: how far a thing is.
_BEING = frozenset({"est", "sont", "sommes", "etes", "es", "suis", "etait", "etaient", "etions"})
_PLACE_NOUNS = frozenset({"endroit", "lieu", "emplacement", "commune", "communes", "ville", "villes", "village",
                          "villages", "salle", "place"})
# Nouns of an amount, asked by themselves (« le prix des paniers ? »), and those asked with « quel » only
# (« à quelle hauteur ? »: « hauteur » alone is a height).
_AMOUNT_WORDS = frozenset({"montant", "prix", "tarif", "cout", "coute", "coutent", "couter", "somme"})
_AMOUNT_ASKED = frozenset({"hauteur", "budget"})
_SHARE_WORDS = frozenset({"objectif", "objectifs", "cible", "pourcentage", "taux", "proportion", "viser", "vise"})
_CONCERNED = frozenset({"concerne", "concernes", "concernee", "concernees", "vise", "vises", "visee", "visees"})
_WHETHER = frozenset({"conclusion", "issue", "verdict", "abandonne", "abandonnee"})
# A price asked (« ça coûte combien ? », « le prix de … »), and a decision whose subject funds another thing.
_PRICE_ASKED = frozenset({"prix", "tarif", "tarifs", "cout", "coute", "coutent", "couter", "coutera", "couteront"})
_FUNDING = re.compile(r"\b(?:finance|financent|financera|financeront|subventionne|subventionnent|verse|versent"
                      r"|attribue|attribuent|alloue|allouent|prend en charge|prennent en charge)\b")
_MONEY = frozenset({"argent", "euros", "euro", "francs", "franc", "chf", "sous", "budget", "fric"})

_MEETING_NOUNS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True) | {"visio"}
# Lemmas of meeting: « on siège où en janvier ? », « on se retrouve quand ? ».
_MEETING_VERBS = frozenset({"reunion", "seance", "rencontre", "reunir", "rencontrer", "voir", "revoir", "retrouver",
                            "sieger", "siege", "siegent", "siegera", "convoquer", "convocation"})
# A decision on the group's meetings (« Le groupe se réunit … »), and verbs that ask only a meeting's seat.
_MEETING_RULE = re.compile(r"\b(?:se reunit|se reunissent|reunions|seances|rencontres)\b")
_SITTING = frozenset({"sieger", "siege", "siegent", "siegera", "convoquer", "convocation"})
# Requests that ask without a question mark.
_ASK_VERBS = frozenset({"rappelez", "rappelle", "rappeler", "dites", "dis", "indiquez", "indique", "precisez", "precise"})

# What a decision holds, on its folded text (its capitals kept for a name after « à », « sur »).
# « au bord de l'Eure », « le long du Cher », « près de la Mairie » (set 30c): a place by what it is beside.
_LOCATIVE = re.compile(r"\b(?:a|au|aux|dans|sur|entre|chez|place|salle|(?:au|en) bords? d(?:e|u|es)|le long d(?:e|u|es)"
                       r"|pres d(?:e|u|es))\s+(?:la |le |les |l )?[A-Z]")
_PLACE_TEXT = re.compile(r"\b(?:mairies?|offices?|salles?|lycee|colleges?|site|communes?|maison|place|hotel|siege"
                         r"|a l accueil|au guichet)\b"
                         # « … sont orientées vers la permanence d'accès aux soins », « redirigés vers la vesterie »:
                         # where people or things are sent is the place asked (« on le conduit où ? »).
                         r"|\b(?:re)?(?:orient|redirig|renvoy|envoy|adress)\w* vers (?:la |le |les |l |un |une )?\w+"
                         # « dans les gîtes », « dans chaque mairie »: « dans » and a thing, not a frame (« dans le cadre »).
                         r"|\bdans (?:les |la |le |l |des |un |une |chaque |nos |leurs? )(?!cadre|delai|but|mesure|respect"
                         r"|limite|temps|suite|attente)\w+")
_TIME_TEXT = re.compile(r"\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
                        r"|20\d\d|printemps|ete|automne|hiver|rentree|lundi|mardi|mercredi|jeudi|vendredi|samedi"
                        r"|dimanche)\b")
_FREE_TEXT = re.compile(r"\bgratuit", re.IGNORECASE)
_SHARE_TEXT = re.compile(r"%|\bpour ?cent\b|\bobjectif")


def _where(found: Sequence[Word]) -> bool:
    """« où », « ou » typed without its accent where it asks, « le lieu », « quel endroit », « quelle commune »."""
    folded = [w.folded for w in found]
    # « le lieu retenu pour … », « l'endroit du marché »: the noun with its article (« aura lieu » is a verb's).
    if any(w in ("lieu", "endroit", "emplacement") and i > 0 and folded[i - 1] in ("le", "l", "du", "quel", "un")
           for i, w in enumerate(folded)):
        return True
    for i, w in enumerate(found):
        near = folded[max(0, i - 3):i + 4]
        if any(a == "en" and b in _BEING for a, b in zip(near, near[1:])):
            continue  # « où on en est du plan ? », « on en est où ? », « où en sont les fiches ? »: how far, not where
        if w.raw.casefold() == "où":
            return True
        if w.folded == "ou":
            after = folded[i + 1] if i + 1 < len(folded) else ""
            if after in ("pas", "non", "bien") or after == "" and i == 0:
                continue
            if after == "" or after in _WHERE_NEXT:
                return True
    return any(w.folded in _PLACE_NOUNS for w in found) and any(w.folded in ("quel", "quelle", "quels", "quelles")
                                                                  for w in found)


def asked_slot(found: Sequence[Word]) -> str | None:
    """The slot a question asks: "place", "time", "amount", "share", "recipient", "whether", "which", or None."""
    folded = [w.folded for w in found]
    pairs = set(zip(folded, folded[1:]))
    # « à qui » (not « il y a qui à la réunion ? », who is there).
    to_whom = any(a == "a" and b == "qui" and (i == 0 or folded[i - 1] != "y")
                  for i, (a, b) in enumerate(zip(folded, folded[1:])))
    if ("pour", "qui") in pairs or to_whom or any(
            a == "qui" and c in _CONCERNED for a, c in zip(folded, folded[2:])):
        return "recipient"  # « c'est pour qui ? », « qui est concerné par … ? »
    if any(a in ("quel", "quelle", "quels", "quelles") and c == "qui" for a, c in zip(folded, folded[2:])):
        return "which"  # « c'est quelle ferme qui livre les yaourts ? »: which thing, asked of the decision
    if asks_who(folded):
        return None  # « qui … » asks for someone: the people's answers, not this
    if duration_asked(found):  # « ça dure combien de temps ? » (slot_checks.py)
        return "duration"
    if ("ou", "pas") in pairs or ("ou", "non") in pairs or any(w in _WHETHER for w in folded):
        return "whether"
    if any(w.folded in _SHARE_WORDS or w.lemma in _SHARE_WORDS for w in found):
        return "share"
    counted = any(a == "combien" and b in ("de", "d") and c not in _MONEY for a, b, c in zip(folded, folded[1:], folded[2:]))
    if "combien" in folded and not counted or any(w in _AMOUNT_WORDS for w in folded) or any(
            w in _AMOUNT_ASKED for w in folded) and any(w.startswith("quel") for w in folded):
        return "amount"
    if _where(found):
        return "place"
    if "quand" in folded and not circumstance_when(folded) or "qd" in folded or ("quelle", "date") in pairs:
        return "time"
    if any(w in ("lesquels", "lesquelles") for w in folded) or any(
            a in ("pour", "dans", "de", "a", "par") and b in ("quel", "quelle", "quels", "quelles") for a, b in pairs):
        return "which"  # « les communes pilotes c'est lesquelles ? », « c'est pour quels collèges ? »
    return None


# A rise or a fall asked of an amount (« augmente de combien ? »).
_CHANGE_ASKED = frozenset({"augmente", "augmentent", "augmenter", "augmentera", "baisse", "baissent", "baisser",
                           "diminue", "diminuent", "diminuer"})
# A change of amount stated (« augmente de 4 % », « passe de 1,12 à 1,18 euro », « est porté à fr. 7.20 »).
_CHANGED = re.compile(r"\b(?:augment|hausse|baiss|diminu|revaloris|pass(?:e|ent|era) de|portee?s? a)")
# A rise or a fall, whose amount a share may tell (« augmente de 4 % »).
_CHANGE_TEXT = re.compile(r"\b(?:augment|hausse|baiss|diminu|revaloris)")


def holds(slot: str, text: str) -> bool:
    """Whether the decision `text` holds the slot asked."""
    plain = fold(text).replace("'", " ").replace("’", " ")
    if slot == "place":
        # A capital after a word of place (« à Sarlat », « place de la Liberté »), or a noun of place (« les mairies »).
        return bool(_LOCATIVE.search(_capitals(text)) or _PLACE_TEXT.search(plain))
    if slot == "time":
        return bool(_TIME_TEXT.search(plain))
    if slot == "amount":
        # « vendus à 20 % de leur prix »; « la redevance augmente de combien ? » of « … augmente de 4 % »: a rise or
        # a fall told as a share.
        return (states_sum(text) or bool(_FREE_TEXT.search(text)) or states_price(text)
                or bool(_CHANGE_TEXT.search(plain)) and states_share(text))
    if slot == "share":
        return bool(_SHARE_TEXT.search(plain))
    if slot == "duration":
        return states_duration(text)
    return True  # a recipient, an outcome, which ones: every decision says whom it is for, what, that it was decided


def _capitals(text: str) -> str:
    """`text` folded, its capitals kept (« à l'Hôtel » reads « a l Hotel »)."""
    return "".join(fold(ch).upper() if ch.isupper() else fold(ch) for ch in text.replace("'", " ").replace("’", " "))


def _head(text: str) -> str:
    """A decision's first meaningful word: its subject, what it decides about."""
    found = content_words(words(text, shorthand=False))
    return found[0].raw if found else ""


def _about(topic: Sequence[Word], text: str) -> bool:
    """The question names the decision's subject, by its word, a typo or a family (« l'annuaire » a guide)."""
    head = _head(text)
    return bool(head) and any(topic_scores([w], [head])[0] >= 0.5 for w in topic)


def _subject_first(topic: Sequence[Word], texts: Sequence[str], scores: Sequence[float]) -> int | None:
    """Among the decisions found about as well as the best, the only one whose subject the question names,
    itself found best: « le marché … se tiendra » over « les invendus du marché … »."""
    best = max(scores)
    if best < 0.75:
        return None
    close = [i for i, s in enumerate(scores) if s >= best - 0.25]
    named = [i for i in close if _about(topic, texts[i])]
    return named[0] if len(named) == 1 and scores[named[0]] == best else None


def _slotless_closer(topic: Sequence[Word], chosen: str, others: Sequence[str]) -> bool:
    """(A place asked: a place is read only after « à », « sur »…, a date or an amount more surely.) A decision where
    no slot was read says the thing closer, in the question's own words, than the one
    chosen, or as close with the thing as its subject: it is the one asked (« le local de quartier il est où ? »
    of « … pour en faire un local de quartier », not « La salle polyvalente … du projet de quartier »; « le jardin
    partagé ce sera où ? » of « Le jardin partagé s'installe … », not « … pour financer le jardin partagé »);
    what the chosen one holds is another thing's slot, so no answer is sure."""
    if not others:
        return False
    own = topic_scores(topic, [chosen, *others], loose=False)
    best = max(own[1:])
    return best > own[0] or best == own[0] > 0 and not _about(topic, chosen) and any(
        _about(topic, text) for text, score in zip(others, own[1:], strict=True) if score == best)


def _all_words(topic: Sequence[Word], scores: Sequence[float]) -> bool:
    """Three words or more, every one in one decision and in no other all together
    (« les yaourts du lycée agricole c'est pour quels collèges ? »)."""
    ranked = sorted(scores, reverse=True)
    return len(topic) >= 3 and ranked[0] >= 1.0 and (len(ranked) == 1 or ranked[1] <= 0.75)


def _kind(label: str) -> str:
    """The kind a body's name opens with, before its own name: « communaute de communes » of « Communauté de
    communes Sarlat-Périgord Noir (CCSPN) »."""
    head = []
    for i, word in enumerate(re.sub(r"\([^)]*\)", " ", label).split()):
        if i and word[:1].isupper():
            break
        head.append(word)
    return fold(" ".join(head)).replace("'", " ")


def _names_bodies(ctx: Context, text: str, bodies: Sequence[Entity]) -> bool:
    """The decision names each body the question names: by any of its names (« le Département »), or by its
    kind when no other body of the group is of that kind (« la communauté de communes »)."""
    world = group_world(ctx)
    named = {m.number for m in named_members([text], world)}
    plain = f" {fold(text).replace(chr(39), ' ')} "

    def by_kind(body: Entity) -> bool:
        kind = _kind(body.items[0].organisation) if body.items else ""
        others = {m.organisation for m in world.members if m.organisation and _kind(m.organisation) == kind}
        return len(kind.split()) >= 2 and f" {kind} " in plain and len(others) == 1

    return all(any(m.number in named for m in body.items) or by_kind(body) for body in bodies)


# A year said picks out no one meeting: « le forum c'est où cette année ? » asks of this year's forum.
_YEAR_WORDS = frozenset({"annee", "an", "annees"})


def _one_meeting(u: Understanding) -> bool:
    """A meeting picked out: a day, month, place or number named, or an order (« la dernière »)."""
    return u.order is not None or any(e.kind in ("month", "place", "number") or e.kind == "period" and not any(
        w.folded in _YEAR_WORDS for w in u.words[e.start:e.end]) for e in u.entities)


def _meeting_named(u: Understanding) -> bool:
    """A meeting spoken of: its noun or verb, a day, month, place or number, an order (« la dernière »)."""
    from handlers.understanding.reading_tokens import MEETING_WORDS  # reading_tokens reads the pipeline's words

    return _one_meeting(u) or any(w.lemma in MEETING_WORDS or w.folded in MEETING_WORDS or w.folded in _MEETING_NOUNS for w in u.words)


def _subject_only(u: Understanding) -> bool:
    """Every place named is what its sittings are about, not a sitting: its first word is inside each heading, never
    its opening word (« la Semaine contre le racisme 2027 ça se passe où ? » of « Séance de commission : Semaine
    d'actions contre le racisme 2027 » and « Bilan de la Semaine … 2026 », the lead's set 75). The event itself is
    asked, which a decision places; « le comité de pilotage » opens its sittings' heading and names them."""
    places = [e for e in u.entities if e.kind == "place"]
    if not places or u.order is not None or any(e.kind in ("period", "month", "number") for e in u.entities) or any(
            w.folded in _MEETING_NOUNS for w in u.words):
        return False  # « la Semaine … le 25 février ? », « la prochaine … »: a sitting picked out besides
    for place in places:
        first = u.words[place.start].folded
        for meeting in place.items:
            heading = plain(heading_of(meeting.place)).split()
            if first not in heading[1:] or heading[0] == first:
                return False
    return True


def _which_sitting(found: Sequence[Word]) -> bool:
    """« pour quelle réunion », « c'est quelle séance », « lors de quel comité »: the thing asked is a sitting."""
    return any(a.folded in ("quel", "quelle", "quels", "quelles") and (b.folded in _MEETING_NOUNS or b.lemma in _SITTING_ASKED)
               for a, b in zip(found, found[1:]))


# The lemmas of the sitting nouns (« réunion », « séance », « rencontre ») that « quel » may ask for.
_SITTING_ASKED = frozenset({"reunion", "seance", "rencontre"})


def _in_period_named(u: Understanding, decisions: Sequence[Decision]) -> list[Decision]:
    """The decisions that name a month within the span of weeks or months the question names (« cet été »: June to
    August), when it asks when: that span qualifies the thing asked (lead's set 89); none when no such span is
    named."""
    period = u.first("period")
    # Only with « quand »: « ça démarre pas avant mars ? » bounds the thing asked, no span qualifying it (set 28a).
    if period is None or (span := period.extra["period"]).end - span.start < timedelta(days=28) or not any(
            w.folded == "quand" for w in u.words):
        return []
    months: set[str] = set()
    day = span.start
    while day < span.end:
        months.add(FOLDED_MONTHS[day.month - 1])
        day += timedelta(days=28)
    months.add(FOLDED_MONTHS[(span.end - timedelta(days=1)).month - 1])
    return [d for d in decisions if months & set(re.findall(r"\w+", fold(d.text)))]


def _of_day_named(u: Understanding, decisions: Sequence[Decision]) -> list[Decision]:
    """The decisions whose text says the one day the question names as it is typed (« du 25 novembre »): that day
    qualifies the thing asked, which those decisions date so; none when no day is named."""
    period = u.first("period")
    if period is None or (span := period.extra["period"]).end - span.start != timedelta(days=1):
        return []
    typed = " ".join(w.folded for w in u.words[period.start:period.end] if w.folded not in ("le", "du", "au"))
    if not re.fullmatch(r"\d{1,2}(?:er)? \w+", typed):
        return []  # a weekday or a relative day (« mardi », « demain ») names no day a decision writes
    return [d for d in decisions if f" {typed} " in " " + " ".join(re.findall(r"\w+", fold(d.text))) + " "]


def decision_slot(ctx: Context, u: Understanding, over_meeting: bool = False) -> Outcome | None:
    """The one decision holding the slot `u` asks about its topic, as a decisions answer; else None.
    `over_meeting`: `u` was answered as a meeting whose agenda holds the thing (« Préparation du marché de
    producteurs »), though no meeting was spoken of; the decision answers only when it is about that thing."""
    # « la Semaine … 2027 ça se passe où ? »: where the event is held, not the sitting about it (_subject_only).
    if over_meeting and _meeting_named(u) and not (asked_slot(u.words) == "place" and _subject_only(u)):
        return None
    slot = asked_slot(u.words)
    proposed, slot = slot is None, slot or checked_value(u.text, u.words)  # « c'est bien le jeudi ? »: slot_checks.py
    # « la réunion sur la fête, c'est où ? »: where and when of a meeting are the meetings' answers, but for the
    # group's rule on its meetings (« les réunions alternent entre quelles villes ? »: « se réunit … en alternance »).
    of_meetings = slot in ("place", "time") and any(w.folded in _MEETING_NOUNS or w.lemma in _MEETING_VERBS for w in u.words)
    if slot == "which" and _which_sitting(u.words):
        return None  # « la maison des saisonniers c'est pour quelle réunion ? »: a sitting asked, the meetings' answer
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    asked = "?" in u.text or any(w.raw.casefold() == "où" for w in u.words) or bool(u.words) and u.words[0].folded in _ASK_VERBS
    if not decisions or not asked:
        return None  # « rappelez-moi où se tient le marché » asks as a question mark does
    if slot is None or any(e.kind == "person" for e in u.entities):
        return None
    # « entre quelles villes ? »: with a place asked, the noun of place is the slot, no word of the thing.
    asking = _ASKING | _PLACE_NOUNS if slot == "place" else _ASKING
    # « l'objectif des 50 % c'est pour quelle date ? »: asked when, the target is the thing, no slot.
    asking = asking - _SHARE_WORDS if slot == "time" else asking | DURATION_WORDS if slot == "duration" else asking
    # « le prix du repas augmente de combien ? » of « … passe de fr. 8.50 à fr. 9.50 »: the change asked is the
    # amount's, no word of the thing, among the decisions that state a change (lead's set 89); with none, the verb
    # stays a word of the thing.
    changed = [d for d in decisions if holds(slot, d.text) and _CHANGED.search(fold(d.text))] if slot == "amount" and any(
        w.folded in _CHANGE_ASKED for w in u.words) else []
    asking = asking | _CHANGE_ASKED if changed else asking
    # A body named (« le CD », « la comcom ») is matched as a body, below, not by its words (« Département »).
    bodies = [e for e in u.entities if e.kind == "org"]
    inside = {i for e in bodies for i in range(e.start, e.end)}
    # « … doit être prêt pour quand ? »: the state asked is no word of the thing (ready_state.py), and a thing to be
    # ready is one to deliver: a task or a deadline as close as the decision is what is asked (lead's set 59).
    ready = ready_state(u.words)
    kept = [w for i, w in enumerate(u.words) if i not in inside and i not in ready]
    # « c'est plus de 10 000 € le forum ? »: the sum proposed and its comparison are no words of the thing (sums.py).
    checked = proposed and slot == "amount"
    topic = [w for w in content_words(kept) if w.folded not in asking and w.lemma not in asking
             and not (checked and sum_word(w))] + named_years(u)
    stating = changed or [d for d in decisions if holds(slot, d.text)]
    if not topic or not stating:
        return None
    # « la marche du 25 novembre partait d'où ? »: of the marches, the one whose decision says that day (set 41a).
    stating = _of_day_named(u, stating) or stating
    if slot == "time":
        # « les garderies ferment quand cet été ? »: the closing dated in July, not an opening dated in February.
        stating = _in_period_named(u, stating) or stating
    # « l'accès à l'épicerie solidaire » of « L'accès à L'Épi'Dôme … »: a body read with what it is (body_described.py).
    texts = described_all([d.text for d in stating], (m.organisation for m in ctx.data.members() if m.organisation))
    scores = topic_scores(topic, texts)
    chosen = scores.index(max(scores)) if _all_words(topic, scores) else first_of(topic, texts)  # dominance.py
    if chosen is None and (chosen := _subject_first(topic, texts, scores)) is None:
        return None
    if slot == "place" and _slotless_closer(topic, texts[chosen], [d.text for d in decisions if not holds(slot, d.text)]):
        return None
    # « la candidature c'est pour quand ? »: a deadline or a task found better is what is asked, and one found as
    # well unless the decision is about the thing named (« le guide … est imprimé », not « l'envoi des fiches »).
    deadlines = [d.text for d in ctx.data.deadlines()] if slot == "time" else []
    # A task is dated; it is its pilot's body's too (« le calendrier des permanences de l'ADIL » of a task the ADIL's
    # member holds, lead's set 59).
    bodies_of = {m.number: m.organisation for m in ctx.data.members()}
    tasks = [f"{t.text} {bodies_of.get(t.pilot, '')}" for t in ctx.data.tasks() if t.open and (slot == "time" or holds(slot, t.text))]
    # « la Semaine … 2027 ça se passe où ? »: the event's own noun, a word of time the topic leaves, is its subject.
    named = [w for e in u.entities if e.kind == "place" for w in u.words[e.start:e.end]] if over_meeting else []
    about = _about(topic, texts[chosen]) or bool(named) and _subject_only(u) and _about(named, texts[chosen])
    if over_meeting and not about or proposed and not head_in(topic, texts[chosen]):
        return None  # « la boulangerie est ouverte le samedi matin ? » of « les espaces France Services ouvrent … »
    for best in (max(topic_scores(topic, deadlines), default=0.0), max(topic_scores(topic, tasks), default=0.0)):
        if best > scores[chosen] or best == scores[chosen] and (not about or ready):
            return None
    decision = stating[chosen]
    if of_meetings and not (_MEETING_RULE.search(fold(decision.text)) and not any(w.lemma in _SITTING for w in u.words)
                            and not _one_meeting(u)):
        return None  # « on se réunit où en janvier ? » asks for that meeting, not the rule
    if bodies and not _names_bodies(ctx, decision.text, bodies):
        return None  # « la Région met combien ? » of the Département's subsidy: another body's
    if slot == "amount" and about and any(w.folded in _PRICE_ASKED for w in u.words) and _FUNDING.search(
            fold(decision.text)):
        # « la CVEC elle coûte combien ? » of « La CVEC finance l'expérimentation … à hauteur de 40 000 euros »: the
        # thing asked pays that sum for another; what it costs is not said (lead's set 65).
        return None
    u.intent, u.topic, u.readings = "decisions_topic", list(topic), []
    return Outcome.sure(u, [[bold(f"Décision sur « {u.topic_text} »")], *decision_lines(decision, ctx.locale)],
                        f"{SLOT_KEY}n°{decision.number}")
