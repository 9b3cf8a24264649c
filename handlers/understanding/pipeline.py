"""From a message to an understanding: words, entities, intent, confidence.

The intent is confident only when its closest example is close enough,
clearly closer than any other intent's, and what the intent needs (a
person, an organisation, a topic...) was found in the group's store.
Otherwise the bot says what it understood and offers the closest readings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from handlers.understanding.narrowed_bodies import narrowed_bodies
from handlers.understanding.nested_body import without_nested_bodies
from handlers.understanding.member_of_body import card_complement, member_of_body_first
from handlers.understanding.body_staff import staff_first
from handlers.understanding.bare_charge import body_for_bare_charge
from handlers.understanding.card_body import body_checked_on_card
from handlers.understanding.card_check import checked_of_card
from handlers.understanding.charged_places import charged_words, role_words_of_charge
from handlers.understanding.chat import (PEOPLE, asks_time, coming_on_day, is_assent, is_farewell, is_future_news,
                                         not_for_reading, sitting_place_asked, timely)
from handlers.understanding.formation_subject import heading_narrowed, subject_formations, subject_headings
from handlers.understanding.own_noun import own_noun_frame
from handlers.understanding.record_period import periods_of_records
from handlers.understanding.progress_heading import progress_over_heading
from handlers.understanding.former_name import former_names
from handlers.understanding.sitting_order import COUNTED, HELD_ORDERS
from handlers.understanding.told_clauses import told_in_clauses
from handlers.understanding.clauses import is_news, plain_markers
from handlers.understanding.counted_items import counted_items
from handlers.understanding.cleft_check import guessed_doer
from handlers.understanding.bot_named import bot_named
from handlers.understanding.cast_vote import is_vote_cast
from handlers.understanding.deadline_nouns import dated_nouns, deadline_nouns  # « les comptes 2026, délai ? »
from handlers.understanding.echo import shorten
from handlers.understanding.entities import Entity, find_entities
from handlers.understanding.envelope import around_question
from handlers.understanding.excepted import excepted_words, without_excepted
from handlers.understanding.excepted_clause import excepted_clause
from handlers.understanding.group_bodies import class_levels
from handlers.understanding.group_name import formation_as_group, group_name_words
from handlers.understanding.guessed_holder import holder_first
from handlers.understanding.title_tie import title_over_charge
from handlers.understanding.sitting_title import title_over_sitting
from handlers.understanding.meeting_nouns import PLAIN
from handlers.understanding.month_heading import month_heading_words
from handlers.understanding.org_tails import joined_tails
from handlers.understanding.seated_clause import name_of_title, on_behalf_first, seated_clause
from handlers.understanding.set_phrases import outside_set_phrases
from handlers.understanding.fronted import fronted_orders, merged_ranking, qui_resumes, resumed_order
from handlers.understanding.fronted_asking import asking_put_back
from handlers.understanding.framing import closing, is_statement, is_vocative, opens_asking, polite
from handlers.understanding.habitual_days import habitual_days
from handlers.understanding.recorded_habits import recorded_habits
from handlers.understanding.hedges import approximations, hedges
from handlers.understanding.hearsay import hearsay
from handlers.understanding.intents import model
from handlers.understanding.meeting_decisions import decisions_of_meeting
from handlers.understanding.meeting_named import meeting_named
from handlers.understanding.meeting_outcome import outcome_of_meeting
from handlers.understanding.meeting_verbs import sitting_as_meeting
from handlers.understanding.named_bodies import bodies_over_names
from handlers.understanding.members_request import members_asked_to_act
from handlers.understanding.missing_copula import with_copula
from handlers.understanding.meeting_rivals import (dates_over_meeting, meeting_first, meeting_over_dates, one_sitting,
                                                  one_sitting_first, own_sitting, placed_sitting, since_sitting,
                                                  sittings_first)
from handlers.understanding.my_duty import coming_not_owed
from handlers.understanding.named_records import impossible, no_rival
from handlers.understanding.title_subject_body import subject_of_title
from handlers.understanding.town_kind import kind_of_town
from handlers.understanding.at_someone import guest_of_sitting, host_of_sitting, visited_kinds
from handlers.understanding.asker_condition import condition_clause, condition_times, condition_topic, without_origin
from handlers.understanding.order_words import before_a_date
from handlers.understanding.own_group import group_scope, own_group_words
from handlers.understanding.own_name import own_name_words, qualified_name
from handlers.understanding.proposals import is_proposal
from handlers.understanding.question_tags import question_tags
from handlers.understanding.ready_state import ready_state
from handlers.understanding.reading_tokens import tokens_of
from handlers.understanding.role_phrases import continued_roles, titles_over_records
from handlers.understanding.rhythm_not_due import rhythm_not_due
from handlers.understanding.normalise import Word, lexicon, words
from handlers.understanding.sitting_headings import folded_headings
from handlers.understanding.sitting_time import sitting_not_chat
from handlers.understanding.shape import has_content, is_greeting_to, opening
from handlers.understanding.spelling import body_initials, group_names, group_targets
from handlers.understanding.topics import SHARE, grounded, topic_scores
from handlers.understanding.world import World, entity_data, plain
from handlers.understanding.weather import asks_weather
from handlers.understanding.welcome import is_welcome
from handlers.understanding.wishes import is_wish

__all__ = ["CONFIDENT", "MARGIN", "PLAUSIBLE", "Understanding", "is_statement", "is_vocative", "shorten", "understand"]

# Cosine similarity (0-1) with the closest example.
CONFIDENT = 0.40
CONFIDENT_DESPITE = 0.8
MARGIN = 0.07  # over the next intent
PLAUSIBLE = 0.30  # a reading worth offering
MEETING_NOUNS = PLAIN | {"fois"}
# Lemmas that pick a meeting by its order ("la dernière réunion").
ORDER_WORDS = HELD_ORDERS
# « la deuxième réunion », « la 2e réu » (read « deuxième »): counted from the first, as « premier » (meeting_rank.py).


@dataclass
class Understanding:
    """What the bot made of a message; `intent` is set only when confident."""

    text: str
    words: list[Word]
    entities: list[Entity]
    topic: list[Word]
    tokens: list[str]
    ranking: list[tuple[str, float]]
    intent: str | None = None  # the confident reading, if any
    readings: list[str] = field(default_factory=list)  # closest plausible readings otherwise
    # Indices of words that frame the question and say nothing of it: polite
    # framing, a greeting, the group's own name (« le comité »).
    framing: set[int] = field(default_factory=set)
    loose: set[int] = field(default_factory=set)  # of which a clause of circumstance, whose known words still count
    own_name: set[int] = field(default_factory=set)  # of which the group's own name (« le CLS », « le copil du PAT »)

    def first(self, kind: str) -> Entity | None:
        return next((e for e in self.entities if e.kind == kind), None)

    def has(self, need: str) -> bool:
        if need == "topic":
            return bool(self.topic)
        if need == "qualifier":
            return any(self.first(k) for k in ("month", "place", "period", "number")) or self.order is not None
        return self.first(need) is not None

    @property
    def order(self) -> str | None:
        """"dernier", "precedent" or "premier" when it qualifies a meeting
        ("la dernière réunion", "la séance précédente"), not "les dernières décisions"."""
        for i, word in enumerate(self.words):
            if i in self.framing - self.loose:
                continue  # « Je n'étais pas là la dernière fois. La prochaine réunion ? » asks the next
            if any(e.kind == "place" and e.start == i < e.end - 1 for e in self.entities):
                continue  # « le premier conseil d'école »: the rank opens the sitting's heading, which names it (venues.py)
            near = self.words[max(0, i - 2):i] + self.words[i + 1:i + 3]
            # « au dernier CLS »: an order word before the group's own name picks one of its meetings.
            if (word.lemma in ORDER_WORDS or word.lemma in COUNTED) and (
                    any(w.lemma in MEETING_NOUNS for w in near) or i + 1 in self.own_name):
                return "premier" if word.lemma in COUNTED else word.lemma
            # « la fois d'avant », « la réunion d'avant » (not « avant la réunion »).
            # « la réunion des animateurs d'avant »: a sitting named by a kind or another name just before.
            named_before = any(e.kind == "place" and (e.extra.get("formation") or e.extra.get("bracketed"))
                               and i - 2 <= e.end <= i for e in self.entities)
            if word.folded == "avant" and (any(w.lemma in MEETING_NOUNS for w in self.words[max(0, i - 3):i])
                                           or named_before) and (
                    not before_a_date(self.words, self.entities, i)):  # not « avant Noël »: order_words.py
                return "precedent"
        return None

    @property
    def topic_text(self) -> str:
        """The unknown words as typed, bounded for echoing in a reply."""
        return shorten(" ".join(w.raw for w in self.topic))

    @property
    def score(self) -> float:
        return self.ranking[0][1] if self.ranking else 0.0


# The words asking which of several a thing is (« quelle communauté ? », « il fait quoi ? »).
_WHICH = frozenset({"quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "quoi"})
# Verbs by which a member's home is asked, and the card's words for one who lives there.
_LIVES = frozenset({"habite", "habitent", "reside", "resident", "vit"})
_RESIDENT = frozenset({"resident", "residente", "residents", "residentes", "habitant", "habitante", "habitants",
                       "habitantes"})


def _on_card(found: list[Word], topic: list[Word], entities: list[Entity]) -> bool:
    """Every unknown word is on the one member's card named (« Yara Haddad elle représente quelle communauté ? » of a
    « Représentante de la communauté syrienne »), which one asked (« quelle »): what is asked of her, which her card
    shows (the lead's set 77). Only when a word asks which thing: « Olivier Castagnet c'est lui qui fait les
    constats ? » asks whether he does a piece of work, which the tasks answer though his card says « constats » too
    (set 45a); « Valérie Soulard c'est la dame du sport santé ? », « Isabelle Mouret, c'est l'Anah ou la DDTM ? »
    check her card, which the checks of a title or a body answer once the reading is left unsure (answer.py)."""
    if not any(w.folded in _WHICH for w in found):
        return False
    people = [e for e in entities if e.kind == "person"]
    if len(people) != 1 or len(people[0].items) != 1:
        return False
    member = people[0].items[0]
    # « Gisèle Fontaine elle habite quel bâtiment ? » of a « résidente du bâtiment D »: where she lives, which a card
    # naming her a resident shows; the verb of living is then no word the card must repeat (set 49c).
    if any(w in plain(member.role or "").split() for w in _RESIDENT):
        topic = [w for w in topic if w.folded not in _LIVES] or topic
    if topic_scores(topic, [f"{member.role} {member.organisation}"], loose=False)[0] >= 1.0:
        return True
    # « Thierry Maufras il travaille pour quel bailleur ? » of « Essonne Habitat »: the kind of body asked, which his
    # body's name says by the words of that kind (entities.toml [kinds]: « bailleur » ~ « habitat »; lead's set 86).
    body, kinds = f" {plain(member.organisation or '')} ", entity_data()["kinds"]
    if len(topic) == 1 and any(f" {plain(w)} " in body for w in kinds.get(topic[0].folded, ())):
        return True
    # « Mathieu Gaucher il enseigne en quelle classe ? » of an « Enseignant de CE2 »: a school's class asked, which the
    # role names by its level (lexicon.toml `class_levels`), the other words asked on the card (the lead's set 88).
    role = f" {plain(member.role or '')} "
    # « enseigne » of an « Enseignant »: the verb of the title, on the card though not in its words.
    rest = [w for w in topic if topic_scores([w], [f"{member.role} {member.organisation}"], loose=False)[0] < 1.0
            and not (len(w.folded) >= 5 and f" {w.folded[:5]}" in role)]
    return len(rest) == 1 and rest[0].lemma == "classe" and any(f" {level} " in role for level in class_levels())


def _found_in_records(intent: str, topic: list[Word], world: World) -> bool:
    """The topic matches one of the records `intent` answers from."""
    texts = world.records.get(intent, ())
    if not (topic and texts) or (best := max(topic_scores(topic, texts))) < SHARE:
        return False
    # « le local est dispo à partir de quand ? »: a decision holding the whole topic (« … met à disposition un
    # local … à partir de janvier ») where a deadline holds part of it (« … pour le local partagé »): not the deadline.
    rival = _RIVAL_RECORDS.get(intent)
    return not (rival and (others := world.records.get(rival, ())) and max(topic_scores(topic, others)) > best)


# The records whose fuller match of the topic outweighs a close reading's own (a deadline's or a decision's).
_RIVAL_RECORDS = {"dates_period": "decisions_topic", "decisions_topic": "dates_period"}


def _asks(found: list[Word]) -> bool:
    """A question word (quand, quoi, qui…): news about a record is no question."""
    return any(w.folded in lexicon().question_words for w in found) or opens_asking(found)


def _asks_who(found: list[Word]) -> bool:
    """The message opens on « qui est », « qui sont » and asks no time."""
    return [w.folded for w in found[:2]] in (["qui", "est"], ["qui", "sont"]) and not asks_time(found)


def _same_answer(u: Understanding, best: str, ranking: list[tuple[str, float]]) -> frozenset[str]:
    """The close readings that the entities found settle to the same answer
    as `best`: « qui est l'inspectrice du PCS ? » read as a body's
    representative or as a role's holder names a role, so both answer who
    holds it, and the close call between them is no doubt."""
    from handlers.understanding.settle import settle  # settle reads Understanding: imported late

    def answered(name: str) -> str:
        u.intent = name
        try:
            return settle(u)
        finally:
            u.intent = None

    target = answered(best)
    return frozenset(name for name, s in ranking[1:3] if name != "chitchat" and answered(name) == target)


def understand(text: str, world: World, now: datetime) -> Understanding:
    from handlers.understanding.explained import filler_words  # explained reads Understanding: imported late

    found = sitting_as_meeting(words(plain_markers(text), names=group_names(world), targets=group_targets(world),
                                     headings=folded_headings([m.place for m in world.meetings]),
                                     capitals=body_initials(world)))  # « on siège quand ? »
    found = with_copula(found, find_entities(found, world, now))  # « qui responsable domiciliation ? »: missing_copula.py
    # « la caf du Rhône » (org_tails.py); « la remise en état » names no State (set_phrases.py).
    entities = joined_tails(found, outside_set_phrases(found, find_entities(found, world, now)))
    entities = narrowed_bodies(found, entities)  # « le CIS de Cluny » of six « CIS de … »: Cluny's (narrowed_bodies.py)
    entities = without_nested_bodies(found, entities)  # « le CR du GT sciences participatives »: nested_body.py
    entities, typed_entities = without_excepted(found, entities), entities  # « à part l'ARS, qui représente l'État ? »: excepted.py
    set_aside = excepted_words(found, typed_entities, entities)
    entities, clause = excepted_clause(text, found, entities)  # « hormis les comptages, on a quoi à rendre ? »
    set_aside |= clause
    entities, on_card = body_checked_on_card(found, entities)  # « Thierry n'est pas à la mairie ? »: card_body.py
    set_aside |= on_card
    entities, guess = guessed_doer(text, found, entities)  # « c'est pas le maire qui préside le copil ? »: cleft_check.py
    set_aside |= guess
    entities = bodies_over_names(found, entities, world)  # « les transports Cazals » is the firm (named_bodies.py)
    entities = kind_of_town(found, entities, world)  # « l'épicerie de Bègles » of its town's bodies (town_kind.py)
    entities = subject_of_title(found, entities)  # « la référente CPTS à l'ARS »: title_subject_body.py
    entities, hosted = host_of_sitting(found, entities, MEETING_NOUNS)  # « la réunion chez Ronan à la … »: at_someone.py
    set_aside |= hosted
    entities, guest = guest_of_sitting(found, entities, MEETING_NOUNS)  # « la réunion avec le cuisinier en septembre »
    set_aside |= guest
    entities = visited_kinds(found, entities)  # « la plaquette va chez les médecins ? »: at_someone.py
    entities = subject_formations(found, entities, world.meetings)  # « la réunion sur l'énergie »: formation_subject.py
    entities = subject_headings(found, entities, world.meetings)  # « le comité sur le plan de salle »: formation_subject.py
    entities = heading_narrowed(found, entities, world.meetings)  # « la formation M57 »: formation_subject.py
    entities = periods_of_records(found, entities, world.records)  # « le partage des sentiers pour l'été 2027 »: record_period.py
    entities = progress_over_heading(found, entities, world.records.get("tasks", ()))  # progress_heading.py
    entities = without_origin(found, entities)  # « j'arrive de Montargis, c'est où ? »: asker_condition.py
    entities = condition_times(text, found, entities)  # « au cas où … avant Noël, les dates de janvier ? »: asker_condition.py
    entities, aside = around_question(text, found, entities, world.records)  # context, thanks, signature: envelope.py
    entities, own = own_group_words(found, entities, world.own_names)  # « qui fait partie du CLS ? »: own_group.py
    entities, member_of = formation_as_group(found, entities)  # « qui fait partie du copil ? »: group_name.py
    own |= member_of | group_scope(found, entities, world.members)  # « qui représente le canton au sein de la plateforme ? »
    entities, own_records = own_noun_frame(found, entities, world.members)  # « les échéances de la commission »: own_noun.py
    own |= own_records
    own |= qualified_name(found, own, [m.place for m in world.meetings])  # « le CLSPD restreint »: own_name.py
    # « la réunion du groupe logement »: group_name.py.
    aside = (aside[0] | own | group_name_words(found, entities, [m.place for m in world.meetings]), aside[1])
    entities, continuing = continued_roles(found, entities, world)  # « la chargée de programmes »: role_phrases.py
    entities, habitual = habitual_days(found, entities)  # « l'ouverture le samedi, c'est acté ? »: habitual_days.py
    entities, habit = recorded_habits(found, entities, world.records.get("decisions_topic", ()),
                                      {m.start.date() for m in world.meetings})  # « la perm c a quelle heure le mercredi »
    habitual |= habit
    # Chat fillers (« déjà », « svp », « celle ») say nothing to match.
    # The group's own name frames the question only where it names the group (own_name.py).
    named = own_name_words(found, world.group_words)
    # « …, non ? », « … hein »: the tag asking agreement (question_tags.py).
    # « sauf erreur la prochaine c'est le 15 ? »: the hedge doubting one's memory (hedges.py).
    # « il n'y a que trois points à l'odj ? »: the count of what the answer lists (counted_items.py).
    # « … à quelle heure à peu près ? »: an approximation allowed, framing (hedges.approximations).
    aside = (aside[0] | named | question_tags(found) | hedges(found) | approximations(found) | set_aside
             | counted_items(found), aside[1])
    aside = (aside[0] | ready_state(found), aside[1])  # « la délib doit être prête pour quand ? »: ready_state.py
    # « la réunion de mars avec les habitants ? »: the heading's word confirms the month's one sitting (month_heading.py).
    aside = (aside[0] | month_heading_words(found, entities, world.meetings), aside[1])
    # « au cas où je serais en retard, ça commence à quelle heure jeudi ? »: asker_condition.py
    # « si je veux inscrire mon lycée à la semaine harcèlement, j'ai jusqu'à quand ? »: the condition is the topic.
    aside = (aside[0] | condition_clause(text, found, entities), aside[1] - condition_topic(text, found, entities))
    # « le juge des enfants qui siège à l'observatoire »: the seat in the group, framing (seated_clause.py).
    # « le nom du juge des enfants »: who holds the title (seated_clause.name_of_title).
    aside = (aside[0] | seated_clause(found, entities, world.own_names) | name_of_title(found, entities), aside[1])
    aside = (aside[0] | former_names(found, entities), aside[1])  # « l'ancienne Fondation Abbé Pierre »: former_name.py
    aside = (aside[0] | bot_named(found), aside[1])  # « comment ça marche ce bot ? »: bot_named.py
    aside = (aside[0] | hearsay(text, found), aside[1])  # « il paraît que le forum est avancé ? »: hearsay.py
    aside = (aside[0] | card_complement(found, entities), aside[1])  # « Kevin du périscolaire sera là ? »: member_of_body.py
    in_roles = grounded(found, world.role_pairs)
    # « qui est la déléguée du préfet ? » asks the holder even when a decision repeats the title (role_phrases.py).
    recorded = titles_over_records(found, entities, grounded(found, world.record_pairs), in_roles)
    tokens, topic = tokens_of(found, entities, filler_words(), recorded | continuing | habitual
                            | charged_words(found, entities, world.role_pairs)  # « qui gère les salles ? »
                            | deadline_nouns(found, entities, world.records)
                            | dated_nouns(found, entities, world.records, model().vocabulary), aside,
                            "?" in text or _asks(found), in_roles
                            | role_words_of_charge(found, world.role_pairs))  # « qui gère les archives ? »
    ranked = model().rank(tokens) if tokens else []
    # « la salle, on y va quand ? », « le café de janvier qui l'organise ? »: fronted.py
    resumed = resumed_order(tokens) if "," in text or qui_resumes(tokens) else None
    asking = asking_put_back(tokens)  # « de quoi on va parler le 10 ? »: fronted_asking.py
    for put_back in fronted_orders(text, found, entities, tokens) + [r for r in (resumed, asking) if r]:
        ranked = merged_ranking(ranked, model().rank(put_back))  # « en mars, il se passe quoi ? »: fronted.py
    ranking = [(name, s) for name, s in timely(ranked, found) if not impossible(name, entities)]
    ranking = coming_on_day(ranking, found, entities)  # « Claude il vient le 8 ? »: his presence, no origin (chat.py)
    ranking = rhythm_not_due(ranking, text, entities)  # « on envoie nos stats tous les combien ? » (rhythm_not_due.py)
    ranking = title_over_charge(ranking, entities)  # « qui est responsable de … au … ? »: title_tie.py
    ranking = title_over_sitting(ranking, found, entities)  # « présidente comité technique »: sitting_title.py
    ranking = meeting_first(ranking, found, entities)  # « la date de la réunion de mars ? »: meeting_rivals.py
    ranking = sittings_first(ranking, found, entities)  # « le calendrier des prochains CLE »: meeting_rivals.py
    ranking = one_sitting_first(ranking, found, entities)  # « la date de l'assemblée générale ? »: meeting_rivals.py
    ranking = coming_not_owed(ranking, found)  # « je dois venir où pour la prochaine ? »: my_duty.py
    ranking = staff_first(ranking, found, entities, own | named)  # « qui sont les salariés du syndicat ? »: body_staff.py
    ranking = member_of_body_first(ranking, found, entities)  # « c'est qui Gillou des commerçants ? »: member_of_body.py
    ranking = on_behalf_first(ranking, found, entities)  # « qui siège au titre de l'Agence de l'eau ? »: seated_clause.py
    ranking = sitting_not_chat(ranking, found, entities)  # « rencontre nantes c quel heure »: sitting_time.py
    # « le maître de port c'est toujours Ronan ? »: who holds it, the guess set aside (guessed_holder.py).
    ranking, entities, guess_words = holder_first(ranking, found, entities)
    result = Understanding(text, found, entities, topic, tokens, ranking)
    # The context before a question (« Je serai absente jeudi. ») is framing too: it asks nothing.
    result.loose = aside[1]
    result.own_name = own | named
    result.framing = polite(found) | set(range(opening(found))) | closing(found) | aside[0] | aside[1] | own_name_words(
        found, world.group_words, typed=True) | guess_words
    if not ranking:
        return result
    intents = model().intents
    if (is_statement(text, found[opening(found):], polite(found)) or is_vocative(text, found, entities)
            or is_greeting_to(text, found, entities) or is_farewell(text, found) or is_future_news(text, found)
            or is_assent(text, found)  # « ok pour moi pour la visio du 10 », « +1 pour Christine » (chat.py)
            or is_vote_cast(text, found)  # « vote pour », « je m'abstiens » (cast_vote.py)
            or is_wish(found, entities)  # « bonne journée ? », « bon week-end à tous » (wishes.py)
            or is_welcome(text, found)  # « Bienvenue à Maëlle qui remplace Hervé ! » (welcome.py)
            or asks_weather(found)  # « quel temps fait-il à Laissac ? » (weather.py)
            or is_proposal(found)  # « on pourrait faire la séance de mars à Tavannes ? »: proposals.py
            or members_asked_to_act(text, found)  # « merci de confirmer votre présence pour jeudi. »: members_request.py
            or told_in_clauses(text, found)  # « leila setait excusee elle etait en prefecture »: told_clauses.py
            or is_news(text, found, _asks(found) or bool(polite(found)) or any(w.folded == "t" for w in found))):
        result.intent = "chitchat"
        return result
    best, score = ranking[0]
    if best != "chitchat" and not has_content(found, entities, polite(found) | set(range(opening(found)))):
        # « non », « pas encore »: an answer to someone else, nothing to offer readings of.
        return result
    family = model().family(best)
    agreeing = family | _same_answer(result, best, ranking)
    if (decided := decisions_of_meeting(result, best, ranking)) is not None:
        # « on a décidé quoi la dernière fois ? »: the decisions of the meeting named,
        # which the meeting readings close by do not contradict.
        (score, agreeing), best = decided, "decisions_recent"
        family = model().family(best)
    elif (came := outcome_of_meeting(result, ranking)) is not None:
        # « qu'est-ce qui est ressorti de la réunion de mardi dernier ? »: its decisions (meeting_outcome.py).
        (score, agreeing), best = came, "decisions_recent"
        family, topic = model().family(best), result.topic  # the participle was no topic
    # « l'appel à projets de la Région c'est pour quand ? »: who-readings are no rival of a « quand » question.
    # « qui est le référent de parcours ? »: a question opening on « qui est / qui sont » asks for someone, whom
    # no date answers (lead's set 36: « parcours », a decision's word, brought the dates close).
    rivals = [(name, s) for name, s in ranking[1:] if not (name in PEOPLE and asks_time(found))
              and not (best in PEOPLE and name == "dates_period" and _asks_who(found)) and not no_rival(best, name, found, world)
              and not meeting_over_dates(best, name, found, entities)  # « quand a lieu notre prochaine rencontre ? »
              and not dates_over_meeting(best, name, found)  # « y a une séance et des délais en janvier ? »
              and not own_sitting(best, name, found, result.own_name)  # « la date du prochain CLE ? »
              and not one_sitting(best, name, found, entities)  # « la date du forum de l'alimentation locale ? »
              and not placed_sitting(best, name, found, entities)  # « l'horaire du groupe … à l'Office de tourisme ? »
              and not since_sitting(best, name, found)  # « qu'est-ce qui a changé depuis le dernier comité ? »
              and not sitting_place_asked(best, name, found, result.order)]  # « où on s'est vu la dernière fois ? »
    runner_up = next((s for name, s in rivals if name not in agreeing), 0.0)
    ready = all(result.has(need) for need in intents[best].needs)
    if not ready:
        # A sister intent whose needs are met answers instead ("qui est en
        # charge de la jeunesse ?" names a topic, not a role).
        def ready_in(names: frozenset[str]) -> tuple[str, float] | None:
            return next(((name, s) for name, s in ranking if name in names and name != best
                         and all(result.has(need) for need in intents[name].needs)), None)

        sister = ready_in(agreeing)
        if sister is not None and sister[0] not in family:
            # « qui est l'échevine de la cohésion sociale ? » read first as a body's
            # representative (no body named), then as a charge: both answer the role's holder.
            family = family | model().family(sister[0])
            runner_up = next((s for name, s in rivals if name not in agreeing | family), 0.0)
        if sister is not None:
            # The sister is judged on its own closeness, not on the first reading's.
            (best, score), ready = sister, True
        elif (bare := body_for_bare_charge(result, best, score, ranking, MARGIN)) is not None:
            # « qui suit ça à la CAF ? »: nothing charged, the body's people (bare_charge.py).
            charge, (best, score), ready = best, bare, True
            family = model().family(best)
            runner_up = next((s for name, s in rivals if name not in agreeing | family | {charge, best}), 0.0)
    # Words the bot does not know, in a question that never has any ("Paul a
    # raison", "à quelle heure tu manges ?"): the message is about something
    # else unless it matches an example very closely.
    # A reading as close that gives the same answer and takes a topic counts too
    # (« qui s'occupe de l'économie solidaire à Poitiers ? »: a body's people, or a charge).
    close = {name for name, s in ranking if name in agreeing and s >= score - MARGIN}
    free = best == "chitchat" or any(intents[name].takes_topic for name in family | close)
    bar = CONFIDENT if not topic or free else CONFIDENT_DESPITE
    if best == "who_is" and topic and {id(w) for w in topic} <= {id(found[i]) for i in checked_of_card(found, entities)}:
        bar = CONFIDENT  # « M. Rouiller il est conseiller communal ? »: the card answers what is checked (card_check.py)
    if best == "who_is" and topic and _on_card(found, topic, entities):
        # « Yara Haddad elle représente quelle communauté ? »: her role says it, the card answers; a reading merely
        # plausible will do, since every word asked is on the one card named (« Mme Ferrandi elle dirige quel
        # collège ? »: « dirige » weighs on other readings; lead's set 86).
        bar = PLAUSIBLE
        # The card shows what is asked, though not in the words asked (« bailleur » of « Essonne Habitat »).
        result.framing |= {i for i, w in enumerate(found) if any(w is t for t in topic)}
        # « Mme Ferrandi elle dirige quel collège ? »: a verb read as a title (« dirige » as « directeur ») asks which
        # body she runs, which the card shows whatever her title (« Principale du collège »).
        verbs = {e.start for e in result.entities if e.kind == "role" and e.end - e.start == 1 and (
            found[e.start].lemma.endswith("er") and found[e.start].lemma != found[e.start].folded)}
        result.entities = [e for e in result.entities if not (e.kind == "role" and e.start in verbs)]
        result.framing |= verbs
    if not_for_reading(best, text, found, entities):
        # « qqn sait qd c'est la réu de la Métropole ? », « le trésorier a envoyé les comptes »,
        # « la décision de la Métropole est tombée »: worded like a question it is not (chat.py).
        bar = 2.0
    if score >= bar and score - runner_up >= MARGIN and ready:
        result.intent = best
    elif score >= PLAUSIBLE and score - runner_up >= MARGIN and ready and (_asks(found) or polite(found)) and _found_in_records(best, topic, world):
        # « avant quand doit-on envoyer le bilan des clauses d'insertion ? »:
        # worded unlike the examples, but its topic is one of the group's
        # deadlines (or decisions), which the answer then shows. A polite request asks as a question
        # word does (« pourriez-vous m'indiquer l'échéance du rapport financier ? »).
        result.intent = best
    elif score >= PLAUSIBLE and score - runner_up >= MARGIN and ready and meeting_named(
            result, best, "?" in text or _asks(found) or bool(polite(found))):
        # « La prochaine séance commence-t-elle à 9 h 30 ou à 10 heures ? »: one meeting named, every word read
        # (meeting_named.py).
        result.intent = best
    else:
        result.readings = [
            name for name, s in ranking[:4]
            if s >= PLAUSIBLE and name != "chitchat" and all(result.has(n) for n in intents[name].needs)
        ][:3]
    return result
