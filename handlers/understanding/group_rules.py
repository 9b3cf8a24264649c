"""The group's own rules, asked as members ask them: « comment on devient
membre ? », « qui vote ? », « les suppléants ils votent ? », « il faut
combien de présents pour voter ? », « le mandat dure combien de temps ? »,
« on peut rempiler ? », « si on rate trois plénières on est viré ? »,
« on peut venir à deux ? », « faut signer quelque chose ? », « qui élit le
bureau ? », « le bureau c'est combien de personnes ? ».

A conseil de développement, a conférence, a committee records its rules of
membership, voting, quorum and mandates as decisions (« Seuls les membres
titulaires ont voix délibérative », « Les membres sont nommés pour un mandat
de trois ans, renouvelable une fois »), but members ask in other words:
« voter » for « voix délibérative », « rempiler » for « renouvelable »,
« venir à deux » for « une personne invitée », « viré » for « démissionnaire ».
Each family below pairs the ways a question asks about one kind of rule
with the ways a decision records it; when a question asks in a family's
words and decisions record that kind of rule, those decisions answer — the
one the question's other words find first (« le bureau est élu pour
combien de temps ? »: the bureau's mandate, not the members'), else all of
the family's (at most three), each shown whole so the member reads the
rule. Only for a question (a mark or a question word) that no reading
answered with confidence, or that was read as the directory or a
meeting's attendance (« combien de membres au bureau ? » is no roll call of
the bureau's last sitting); never for a question to a colleague (« tu »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.context import Context
from handlers.messages import Reply, Span, bold
from handlers.understanding.coming_cues import quorum_asked
from handlers.understanding.normalise import fold, lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.views import decision_lines
from storage.models import Decision

__all__ = ["group_rule", "meeting_habit", "vote_ahead"]

_NUMBER = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante" \
          r"|cinquante|soixante|cent|dix-huit|dix-huit)"
_MODAL = r"\b(?:peut|peuvent|peux|pouvons|pouvez|pourrait|pourraient|pouvoir|droit|faut|faudrait|possible|doit|doivent)\b"


@dataclass(frozen=True)
class _Family:
    """One kind of rule: how a question asks about it, how a decision records it."""

    label: str  # what the reply's heading says the rules are about
    asked: tuple[str, ...]  # patterns over the folded question; any one asks
    recorded: str  # pattern over a folded decision
    modal: bool = False  # the question must also ask whether one may (« on peut … ? », « faut … ? »)
    also: str = ""  # a pattern the question must hold as well (« absent » and what follows: « viré », « la règle »)
    unless: str = ""  # a pattern that makes the question another one (« il nous reste combien de temps » is no term)
    counts: bool = False  # things counted are no rule of it unless its rules write the word (_counted_elsewhere)

    def cues(self, question: str) -> set[str]:
        """The words of `question` that ask in this family's words (no case to tell its rules apart)."""
        found = {m.group(0) for p in (*self.asked, self.also) if p for m in re.finditer(p, question)}
        return {w for said in found for w in said.split()}


# In order: the first family a question asks in and a decision records answers (« combien de présents pour
# voter ? » asks the quorum before the vote).
_FAMILIES = (
    # A quorum is often recorded without its name: « le comité délibère valablement si la moitié de ses membres
    # sont présents ».
    _Family("le quorum", (r"\bquorum\b", r"\bcombien\b.*\b(?:voter|vote|votes|deliberer|delibere|valable|valables)\b"),
            r"\bquorum\b|\b(?:delibere|deliberent|siege|siegent|vote|votent) valablement\b"),
    _Family("le vote", (r"\bqui vote\b", r"\bvotent\b", _MODAL + r".{0,40}\bvoter\b", r"\bdroit de vote\b",
                        r"\bvoix\b"),
            r"\bvoix (?:deliberative|consultative)\b|\bdroit de vote\b|\bvotent\b|\b(?:suppleant|titulaire|membre)s? vote\b"),
    _Family("les mandats", (r"\bmandats?\b", r"\brempil\w*", r"\brenouvelables?\b",
                            r"\b(?:nomme|nommes|nommee|nommees|elu|elus|elue|elues|designe|designes|designee|designees)"
                            r" pour combien\b",
                            r"\bcombien de temps\b.{0,40}\b(?:reste|restent|rester|elu|elus|elue|elues|siege|siegent)\b",
                            r"\b(?:reste|restent|rester|siege|siegent)\b.{0,40}\bcombien de temps\b"),
            r"\bmandats?\b|\brenouvelables?\b|\b(?:elu|elus|elue|elues|nomme|nommes|nommee|nommees|designe|designes)\b"
            r".{0,60}\bpour (?:un|une|" + _NUMBER + r") (?:ans?|annees?|mois)\b",
            # « combien de temps il nous reste pour répondre ? »: the time left before a date, not a term of office.
            unless=r"\bil (?:nous |me |m |vous |leur |lui |te |t )?rest(?:e|ait|era)\b"),
    _Family("les absences", (r"\b(?:absent|absente|absents|absentes|absence|absences|rate|rater|rates|manque"
                             r"|manquer)\b",),
            r"\babsen\w*\b.*\b(?:demissionnaire\w*|exclu\w*|radie\w*|perd\w*)",
            also=r"\b(?:vire|vires|viree|virer|exclu|exclus|exclue|radie|radies|perd|perdre|regle|passe|demission\w*"
                 r"|bout)\b"),
    _Family("l'élection et les choix", (r"\bqui (?:elit|elisent|designe|designent|nomme|nomment|choisit|choisissent"
                                        r"|examine|examinent)\b",
                                        r"\b(?:elu|elus|elue|elues|designe|designes|nomme|nommes|choisi|choisis|examine"
                                        r"|examinee|examines|examinees)\b par qui\b"),
            r"\b(?:elu|elus|elue|elues|designe|designes|nomme|nommes|nommee|nommees) par\b"
            r"|\b(?:elit|examine|examinent|choisit|designe) les\b"),
    _Family("l'entrée des membres", (r"\b(?:devenir|devient|deviens|devenu|devenue) membres?\b", r"\brejoindre\b",
                                     r"\b(?:rentre|rentrer|entre|entrer) (?:au|a la|dans)\b", r"\brecrut\w*",
                                     r"\bnouveaux membres\b", r"\bcandidat\w*", r"\badher\w*", r"\bpostul\w*",
                                     _MODAL + r" (?:pas )?(?:etre|devenir) membres?\b", _MODAL + r" sieger\b",
                                     # « combien d'élus siègent ? » where the rule says whether they may
                                     r"\bcombien d (?:elus|conseillers)\b.{0,30}\b(?:siegent|sont membres|font partie)\b"),
            r"\bcandidatures?\b|\brecrut\w*|\badhesions?\b|\brenouvellement des membres\b"
            r"|\b(?:peut|peuvent) (?:pas )?etre membres?\b", counts=True),
    _Family("les invités", (r"\b(?:venir|viens|vient|venons|venez|viennent) a (?:deux|plusieurs|trois)\b",
                            r"\b(?:amener|emmener|ramener|inviter|venir avec|accompagne|accompagnee|accompagnes)\b",
                            r"\binvite(?:s|es)?\b"),
            r"\binvite\w*|\baccompagn\w*", modal=True),
    _Family("les signatures", (r"\bsign\w*",), r"\bsign\w*", modal=True),
    _Family("la composition", (r"\bcombien de (?:membres|personnes|gens|sieges|habitants|representants|places)\b",
                               r"\b(?:c'?est|c est|sont|etre|est) combien\b.{0,20}\ben tout\b",
                               r"\bcombien\b.{0,20}\ben tout\b"),
            r"\b(?:compte|comptent|comprend|comprennent|compose|composee|regroupe|rassemble) (?:\w+ )?" + _NUMBER
            + r" (?:membres|habitants|personnes|representants|sieges|elus)\b"),
)
# Readings a rule question is often taken for, wrongly, with confidence: the members listed, a sitting's roll call.
_OVERRIDDEN = frozenset({"directory", "attendance_meeting"})
_TO_YOU = re.compile(r"(?:^|\s)(?:tu|t'|toi|te)(?:\s|$)|\bt'")
# « qui doit envoyer … ? », « qui va signer … ? »: someone asked for a task, not a rule.
_DOER = re.compile(r"\bqui (?:doit|doivent|va|vont|s occupe|fait|envoie|prepare|redige)\b")
# Words of quantity and indefinites that name no case (« plusieurs fois », « quelqu'un », « sans »).
_VAGUE = frozenset({"sans", "avec", "plusieurs", "fois", "quelqu", "quelque", "quelques", "chose", "suite", "tout", "tous",
                    "toute", "toutes", "monde", "gens", "personne", "personnes", "certains", "certaines", "autres"})
_EVERYDAY = 3
# How much better a rule outside the family must fit the question's other words to take the question from it.
_OUTSIDE = 0.25
# Shown at most.
_SHOWN = 3
# The decision the question's other words find first must lead the next by this much to stand alone.
_LEAD = 0.15


def _asked(u: Understanding) -> bool:
    """A mark or a question word (not the « quand » of « c'est long quand même »)."""
    return "?" in u.text or any(w.folded in lexicon().question_words for w in u.words) and not re.search(
        r"\bquand meme\b", _plain(u.text))


def _plain(text: str) -> str:
    """Folded, its punctuation made spaces (« d'habitude » -> « d habitude »), as the patterns read it."""
    return " ".join(re.sub(r"[^\w-]+", " ", fold(text)).split())


def _family_of(question: str, texts: Sequence[str]) -> tuple[_Family, list[int]] | None:
    """The first family the question asks in whose rules a decision records, with those decisions' indices."""
    folded = [fold(t) for t in texts]
    for family in _FAMILIES:
        if not any(re.search(p, question) for p in family.asked):
            continue
        if family.modal and not re.search(_MODAL + r"|\ba le droit\b|\bont le droit\b", question):
            continue
        if family.also and not re.search(family.also, question):
            continue
        if family.unless and re.search(family.unless, question):
            continue
        found = [i for i, t in enumerate(folded) if re.search(family.recorded, t)]
        if found and family.counts and _counted_elsewhere(family, question, [folded[i] for i in found]):
            continue
        if found:
            return family, found
    return None


# « combien d'adhérents », « cb de candidats », « le nombre de recrues »: the word counted.
_COUNTED = re.compile(r"\b(?:combien|cb|nombre) (?:de|d) (\w+)")
# Units a rule of entry is counted in (« il faut combien d'années d'ancienneté pour adhérer ? » asks the rule).
_UNITS = frozenset({"temps", "jours", "semaines", "mois", "ans", "annees", "heures", "euros", "fois"})
# Words compared by their first letters (« recrute » and « recrutées »).
_STEM = 5


def _counted_elsewhere(family: _Family, question: str, found: Sequence[str]) -> bool:
    """Things counted, not through the family's own count, where the rules found write none of the question's
    words of the family (« on a combien d'adhérents côté entreprises ? » found « 15 recrutements pour
    janvier »): a number is asked — a decision stating it answers, or none —, not how one joins. « combien de
    personnes on recrute en janvier ? » keeps the rule « Douze personnes … seront recrutées »."""
    counted = _COUNTED.search(question)
    if counted is None or counted.group(1) in _UNITS or any(
            re.search(p, question) and "combien" in p for p in family.asked):
        return False
    said = {w[:_STEM] for w in family.cues(question)}
    return not any(w[:_STEM] in said for text in found for w in text.split())


# « jusqu'à quand », « jusqu'au combien »: a deadline asked.
_UNTIL = re.compile(r"\bjusqu ?(a|au|à) (quand|quel|quelle|combien)\b")


def group_rule(ctx: Context, outcome: Outcome) -> Outcome | None:
    """The decisions recording the rule a member asks about, else None."""
    u = outcome.understanding
    if u is None or outcome.intent == "chitchat" or (outcome.confident and outcome.intent not in _OVERRIDDEN):
        return None
    if outcome.confident and outcome.intent == "attendance_meeting" and quorum_asked(u):
        return None  # « le quorum était atteint au dernier copil ? »: who came answers it, not the rule (coming_cues.py)
    if not _asked(u) or _TO_YOU.search(fold(u.text)):
        return None  # « Gérard, tu as pu lire le règlement intérieur ? » is for Gérard
    if _DOER.search(_plain(u.text)):
        return None  # « qui doit envoyer le questionnaire de recrutement ? » asks for a task's pilot
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    # As typed: the reading of the words maps some (« siéger » read as « se réunir »).
    question = _plain(u.text)
    if (hit := _family_of(question, [d.text for d in decisions])) is None:
        return None
    if _UNTIL.search(question) and _family_of(question, [d.text for d in ctx.data.deadlines()]) is not None:
        # « jusqu'à quand les gens peuvent postuler pour entrer au comité ? » asks for the deadline of the
        # applications, which a deadline of the same family holds, not for the rule on membership.
        return None
    family, found = hit
    if outcome.confident and _in_sitting_name(u, family.cues(question)):
        # « qui s'était excusé au groupe de travail recrutement ? »: the family's word (« recrutement ») names the
        # sitting whose roll call is asked (« Groupe de travail recrutement et insertion »), no rule.
        return None
    chosen = [decisions[i] for i in found]
    # The question's other words (and the roles of the members it names: « Sylvie Moulia a le droit de vote ? »
    # is the elected referee's case) tell the decisions of a family apart.
    said = " ".join([u.text] + [m.role for e in u.entities if e.kind == "person" for m in e.items if getattr(m, "role", "")])
    scores = topic_scores(content_words(words(said)), [d.text for d in chosen]) if len(chosen) > 1 else [1.0]
    ranked = sorted(zip(scores, chosen, strict=True), key=lambda p: (-p[0], p[1].number))
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] >= _LEAD:
        ranked = ranked[:1]
    # « quelqu'un qui vient d'emménager à Prémery peut postuler ? »: its other words find a rule outside the family
    # (on where applicants live) better than any of the family's: that case is not this family's to answer.
    # The group's own name and the bodies, places and people named are no case (« comment on devient membre du
    # conseil de développement ? » is not the rule naming the council); a word the family's rules share tells none.
    named = {i for e in u.entities for i in range(e.start, e.end)}
    cues = family.cues(question)
    case = [w for i, w in enumerate(u.words) if i not in named and i not in u.own_name and w.folded not in cues
            and w.folded not in _VAGUE]
    case = content_words(case)
    # A word three rules or more hold is the group's everyday word (« le conseil »), no case of one rule.
    case = [w for w in case if sum(score > 0 for score in topic_scores([w], [d.text for d in decisions])) < _EVERYDAY]
    others = [d for d in decisions if d not in chosen]
    if case and others and max(topic_scores(case, [d.text for d in others])) >= max(
            topic_scores(case, [d.text for d in chosen])) + _OUTSIDE:
        return None
    return _shown(ctx, u, family.label, [d for _, d in ranked[:_SHOWN]])



def _in_sitting_name(u: Understanding, cues: set[str]) -> bool:
    """Every word of `cues` is said inside a sitting's name (a place the question names)."""
    inside = {w.folded for e in u.entities if e.kind == "place" for w in u.words[e.start:e.end]}
    return bool(cues) and cues <= inside


# « les réunions commencent toujours à 20h ? », « c'est toujours le mardi ? », « il y a combien de plénières par
# an ? », « les plénières tombent quel jour en général ? »: the habit of the meetings, checked or counted.
# « quel jour de la semaine » asks the weekday every sitting falls on; « combien de fois par jour » counts as
# « par semaine » does (a rhythm, not today as a period).
_HABIT = re.compile(r"\btoujours\b|\bd habitude\b|\ben general\b|\bgeneralement\b|\bhabituellement\b|\bnormalement\b"
                    r"|\ben principe\b|\bpar (?:jour|an|annee|mois|semaine|trimestre)\b|\btous les combien\b"
                    r"|\bquels? jours? de la semaine\b")
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# « combien de comités de pilotage par an ? »: a committee is a sitting as a « copil » is.
_SITTINGS = (r"\b(?:reunions?|plenieres?|seances?|bureau|commissions?|comites?|rencontres?|copils?|cotechs?|assemblees?|reunit"
             r"|reunissent|reunir|voit|retrouve|retrouvent|siege|siegent|commencent|commence)\b")
# « les plénières sont le mardi à 20h ? »: the sittings in the plural on « le <weekday> », every one of them.
_PLURAL_ON_DAY = re.compile(r"\bles (?:reunions|plenieres|seances|commissions|rencontres)\b.*\ble " + _WEEKDAY + r"\b")
_PLURAL_SITTINGS = r"\b(?:les|nos|vos|des) (?:reunions|plenieres|seances|commissions|rencontres|copils|cotechs|assemblees)\b"
# What the habit checks, and how a decision sets it: a weekday said as a habit (« le mardi », « les jeudis »; a bare
# « jeudi » is one day), an hour (« 20h », « 18 h 30 », « 20 heures »), a count in a unit of time (« par an »; not
# « combien de fois avant l'été », the meetings to come counted).
_ASPECTS = {
    "day": (re.compile(r"\b(?:le|les) " + _WEEKDAY + r"s?\b|\bquel jour\b"), re.compile(r"\b" + _WEEKDAY + r"s?\b")),
    "hour": (re.compile(r"\b\d{1,2} ?h(?:eures?)?(?: ?\d\d)?\b|\bquelle heure\b"),
             re.compile(r"\b\d{1,2} ?h(?:eures?)?(?: ?\d\d)?\b")),
    "count": (re.compile(r"\bpar (?:jour|an|annee|mois|semaine|trimestre)\b|\btous les combien\b"),
              re.compile(r"\bpar (?:an|annee|mois|semaine|trimestre)\b|\bfois par\b|\bchaque (?:semaine|mois|trimestre)\b"
                         r"|\btou(?:s|tes) les (?:deux |trois |six )?(?:semaines|mois|trimestres)\b")),
    "holidays": (re.compile(r"\bpendant les (?:vacances|conges)\b"), re.compile(r"\b(?:vacances|conges)\b")),
}
# One meeting named: « la prochaine », « la réunion de jeudi », « le 8 », « en janvier » — no habit.
_ONE = re.compile(r"\b(?:prochaine?s?|derniere?s?|precedente?|cette|ce|demain|hier)\b|\b(?:de|du|ce) " + _WEEKDAY
                  + r"\b|\b\d{1,2}\b(?! ?h)")


def meeting_habit(ctx: Context, u: Understanding) -> Outcome | None:
    """The decisions setting the meetings' day, hour or rhythm, for a question checking or counting their habit."""
    if not _asked(u) or _TO_YOU.search(fold(u.text)):
        return None
    question = _plain(u.text)
    asked = [kind for kind, (said, _) in _ASPECTS.items() if said.search(question)]
    if not asked:
        return None  # « c'est toujours à l'hôtel de ville ? » checks a place, which no rhythm says
    # « toujours » is « still » of one sitting (« la plénière est toujours à 18h ? », « on se retrouve toujours à
    # 9h30 ? »: the next one), « always » of the sittings in the plural or of a weekday said as a habit.
    plural = bool(re.search(_PLURAL_SITTINGS, question)) or "day" in asked or "holidays" in asked
    habit = bool(_HABIT.search(question)) and (plural or not re.search(r"\btoujours\b", question)) and (
        bool(re.search(_SITTINGS, question)) or "day" in asked)
    # « on se réunit pendant les vacances scolaires ? » asks whether the sittings' habit holds then (« … une fois par
    # mois, hors vacances scolaires »: school holidays are no span the bot can date, holiday_doubt.py); not « l'accueil
    # jeunes pendant les vacances c'est quel jour ? », which names no sitting.
    habit = habit and not ("holidays" in asked and not re.search(_SITTINGS, question)) or (
        "holidays" in asked and bool(re.search(_SITTINGS, question)))
    if not (habit or _PLURAL_ON_DAY.search(question)) or _ONE.search(question) or any(
            e.kind in ("month", "number") for e in u.entities):
        return None
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    found = [d for d in decisions if re.search(_SITTINGS, _plain(d.text))
             and any(_ASPECTS[kind][1].search(_plain(d.text)) for kind in asked)]
    if not found:
        return None
    scores = topic_scores(content_words(words(u.text)), [d.text for d in found]) if len(found) > 1 else [1.0]
    ranked = sorted(zip(scores, found, strict=True), key=lambda p: (-p[0], p[1].number))
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] >= _LEAD:
        ranked = ranked[:1]
    return _shown(ctx, u, "le rythme des réunions", [d for _, d in ranked[:_SHOWN]])


def _shown(ctx: Context, u: Understanding, label: str, shown: Sequence[Decision]) -> Outcome:
    lines: list[list[Span] | str] = [[bold(f"Ce que le groupe a décidé sur {label} ({len(shown)})")]]
    for decision in shown:
        lines.extend(decision_lines(decision, ctx.locale))
    u.intent, u.readings = "decisions_topic", []
    return Outcome(Reply.of(*lines), "decisions_topic", True, ", ".join(f"n°{d.number}" for d in shown), u)


# « on vote le nouveau bureau quand ? », « on élit la présidente quand ? »: a vote to come, asked when — the sitting that
# holds it, not a decision already taken (« on a voté le budget quand ? » asks that one's date).
_VOTE_AHEAD = re.compile(r"\b(?:on|nous) (?:vote|votera|votons|voterons|elit|elira|elisons|elirons|va voter|va elire)\b"
                         r".*\bquand\b|\bquand\b.*\b(?:on|nous) (?:vote|votera|votons|elit|elira|elisons|va voter|va elire)\b")


def vote_ahead(u: Understanding | None) -> bool:
    """A vote or an election to come, asked when: read as a decision, it would be a guess."""
    return u is not None and bool(_VOTE_AHEAD.search(_plain(u.text)))
