"""The families blind set 35c (usagers72, the conseil des usagers of an
association of Le Mans, asked in plain and second-language French by the day
centre's delegate on Tuesday 1 December 2026) missed on its first run, asked
in other words, with the neighbours that must stay as they were:

- a kind of premises after « à l' » (« on se réunit quand à l'épicerie ? »)
  names the one place opening with it, in a message about a sitting
  (at_building.py); the sittings it narrows a formation to are those whose
  decisions are asked (place_words.py, kind_decisions.py);
- an apology opening a question (« excusez moi je voulais savoir … ») is
  framing, not excusing oneself from a meeting (apology.py);
- « qui » and a title with no verb (« qui responsable domiciliation ? »)
  reads « qui est », not after a verb of charge the roles read as a title
  (« qui anime … »; missing_copula.py); a delegate's stand-in (« déléguée
  suppléante ») holds a seat of suppléant (seats.py);
- « qui rembourse … » of an open task saying that very verb and its object:
  its pilot (payers.py);
- a bare infinitive of coming after « quand » / « où » (« quand venir
  conseil jeudi ? ») asks the meeting (my_duty.py);
- « X c'est quel jour ? » of a thing one decision dates by weekday and no
  deadline holds (weekday_asked.py); « quand » of a thing a task and a
  decision stating a recurrence both hold: the decision (recurring_when.py);
- a sitting's noun and place with a time asked, in few words (« rencontre
  nantes c quel heure »): no chat about the clock (sitting_time.py);
- a meeting place named only by the words continuing a title, in a
  question asking who (« l'éducateur de l'accueil de jour c'est qui »): the
  title's words (role_phrases.py);
- « on peut avoir quelqu'un pour traduire ? »: the service decided, not a
  task's pilot, unless a member's role holds the need (offered.py);
- « c'est qui pour les jeunes ? » of a role « … pour les jeunes … »: its
  holder (represented.py);
- « … ou pas » with no question mark asks as « ? » does (or_not.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.apology import apology
from handlers.understanding.at_building import building_named
from handlers.understanding.my_duty import comes_bare
from handlers.understanding.or_not import or_not_asked
from handlers.understanding.normalise import words
from handlers.understanding.recurring_when import recurring_when
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def escale() -> Chat:
    return build_group("usagers72")


def test_a_building_after_a_names_the_place_opening_with_it(escale: Chat) -> None:
    assert "n°5" in sure(escale, "la prochaine réunion à l'épicerie c'est quand ?", "meeting_which")
    assert "n°2" in sure(escale, "le conseil à l'épicerie c'était quand ?", "meeting_which")
    # The premises' rule, no sitting spoken of: the decision, not a meeting.
    assert "10 %" in sure(escale, "la participation à l'épicerie c'est combien ?", "decisions_topic")


def test_building_named_needs_one_chain_and_a_sitting() -> None:
    phrases = {"salle commune": [], "salle commune du chrs": [], "epicerie solidaire": [], "salle des fetes": []}
    sitting = words("la réunion à l'épicerie")
    assert building_named(sitting, "epicerie", phrases) == ("epicerie solidaire", [])
    assert building_named(sitting, "salle", phrases) is None  # two rooms open with « salle »
    assert building_named(words("les prix à l'épicerie"), "epicerie", phrases) is None  # no sitting


def test_the_decisions_of_the_sitting_held_in_a_building(escale: Chat) -> None:
    reply = sure(escale, "qu'est-ce qui a été décidé au conseil à l'épicerie ?", "decisions_recent")
    assert "Décisions de la séance n°2" in reply


@pytest.mark.parametrize("text, framed", [
    ("bonjour madame excusez moi je voulais savoir quand est la réunion", {2, 3}),
    ("pardon de vous déranger qui représente la CAF", {0, 1, 2, 3}),
    ("excusez-moi pour jeudi je ne pourrai pas venir", set()),  # tells, asks nothing
    ("excusez moi", set()),
])
def test_an_apology_opening_a_question_is_framing(text: str, framed: set[int]) -> None:
    assert apology(words(text), set()) == framed


def test_an_apology_before_the_next_meeting(escale: Chat) -> None:
    assert "n°4" in sure(escale, "bonsoir excusez-moi de vous déranger, c'est quand le prochain conseil ?",
                         "meeting_which")
    # Excusing oneself stays news: no answer.
    assert not outcome_of(escale, "excusez moi pour jeudi je serai pas là").confident


@pytest.mark.parametrize("question, shown", [
    ("qui responsable domiciliation ?", "Olivier Brochard"),
    ("qui la directrice ?", "Claire Fontanel"),
    ("qui chef de service ?", "Rachid Benali"),
    ("qui est suppléante ?", "Nadia Haddad"),  # a seat (seats.py)
])
def test_a_title_without_its_verb(escale: Chat, question: str, shown: str) -> None:
    reply = sure(escale, question, "role_holder")
    assert shown in reply
    assert "Fatoumata" not in reply  # only the title's holder


def test_a_charge_keeps_its_verb(escale: Chat) -> None:
    assert "Sophie Lemarchand" in sure(escale, "qui coordonne le conseil ?", "role_holder")
    assert "Nadia Haddad" in sure(escale, "qui traduit le questionnaire ?", "in_charge")


def test_who_pays_back_a_task_holding_it(escale: Chat) -> None:
    assert "Aurélie Gasnier" in sure(escale, "qui rembourse les tickets de bus des délégués ?", "in_charge")
    # Whether it is paid back at all stays the decision.
    assert "tickets de bus" in sure(escale, "les tickets de bus sont remboursés ?", "decisions_topic")


@pytest.mark.parametrize("text, bare", [
    ("quand venir conseil jeudi", True),
    ("ou aller pour la reunion", True),
    ("qui vient jeudi", False),
    ("je dois venir quand", False),  # « je dois »: my_duty.comes
])
def test_a_bare_infinitive_of_coming(text: str, bare: bool) -> None:
    assert comes_bare(text.split()) is bare


def test_when_to_come_is_the_meeting(escale: Chat) -> None:
    assert "n°4" in sure(escale, "quand venir à la réunion de jeudi ?", "meeting_which")
    assert "n°4" in sure(escale, "à quelle heure venir jeudi ?", "meeting_next")
    assert "Annoncés présents" in sure(escale, "qui vient jeudi ?", "rsvp_upcoming")


def test_the_day_of_a_thing_decided_by_weekday(escale: Chat) -> None:
    assert "mardi et le jeudi" in sure(escale, "la distribution des colis c'est quel jour ?", "decisions_topic")
    # A deadline holding the thing keeps its day.
    assert "18 décembre" in sure(escale, "le repas de Noël c'est quel jour ?", "dates_period")


@pytest.mark.parametrize("asked, decisions, recurs", [
    ("la permanence c quand", ["Une permanence a lieu le premier lundi du mois."], True),
    ("les colis c'est quand", ["Les colis sont distribués le mardi et le jeudi."], True),
    ("la permanence c quand", ["Une permanence est ouverte à l'accueil de jour."], False),
    ("la première permanence c'est quand", ["Une permanence a lieu le premier lundi du mois."], False),
    ("qui tient la permanence", ["Une permanence a lieu le premier lundi du mois."], False),
])
def test_when_of_a_recurring_thing(asked: str, decisions: list[str], recurs: bool) -> None:
    assert recurring_when(words(asked), decisions) is recurs


def test_when_the_caf_comes(escale: Chat) -> None:
    assert "premier lundi" in sure(escale, "la permanence de la caf elle a lieu quand ?", "decisions_topic")
    # The task is still asked by its pilot.
    assert "Amina Touré" in sure(escale, "qui tient la première permanence CAF ?", "in_charge")


def test_a_sitting_and_its_hour_in_few_words(escale: Chat) -> None:
    assert "n°6" in sure(escale, "rencontre nantes c quel heure", "meeting_which")
    # The clock asked of nothing of the group's stays chat.
    assert not outcome_of(escale, "il est quelle heure ?").confident


def test_a_title_whose_words_name_a_meeting_place(escale: Chat) -> None:
    assert "Kevin Bruneau" in sure(escale, "l'éducateur de l'accueil de jour c'est qui", "role_holder")
    # The place named for a sitting stays the sitting.
    assert "n°3" in sure(escale, "la réunion à l'accueil de jour c'était quand ?", "meeting_which")


def test_a_service_asked_for(escale: Chat) -> None:
    assert "interprète" in sure(escale, "est-ce qu'on peut avoir quelqu'un pour traduire ?", "decisions_topic")
    # The task's own object named: the task and its pilot.
    assert "Nadia Haddad" in sure(escale, "il y a quelqu'un pour traduire le questionnaire ?", "in_charge")
    # A member's role holding the need: that member.
    assert "Julie Perrault" in sure(escale, "il y a quelqu'un pour les jeunes ?", "in_charge")


def test_who_is_there_for_a_public(escale: Chat) -> None:
    assert "Julie Perrault" in sure(escale, "c'est qui pour les jeunes ?", "role_holder")
    # A body asked so stays the body's people.
    assert "Amina Touré" in sure(escale, "c'est qui pour la CAF ?", "org_representative")


@pytest.mark.parametrize("text, read", [
    ("accueil de jour ouvert samedi ou pas", "accueil de jour ouvert samedi ?"),
    ("le repas c gratuit oui ou non", "le repas c gratuit ?"),
    ("tu viens ou pas ?", "tu viens ou pas ?"),  # a question mark already
    ("ou pas", "ou pas"),  # nothing before the tag
])
def test_or_not_is_a_question_mark(text: str, read: str) -> None:
    assert or_not_asked(text) == read


def test_open_on_saturday_or_not(escale: Chat) -> None:
    assert "samedi matin" in sure(escale, "l'accueil de jour il ouvre le samedi ou pas", "decisions_topic")
