"""The families blind set 34b (ccource10, the commission mobilité of a
communauté de communes, asked by the mayor of Rue and in the staff's formal
register on Tuesday 1 December 2026) missed on its first run, asked in
other words, with the neighbours that must stay as they were:

- a venue's kind clipped (« la conf des maires »), read « réunion » by the
  chat shorthand: the one venue the clip opens (clipped_heads.py);
- an order word after a body named for its sittings (« la commission
  précédente », « le bureau suivant »): one sitting (meeting_nouns.py);
- a number after a record's noun (« la décision 10 ») is its number before
  it is a département's (entities.py, the Aube is « 10 »);
- a town of two or three letters alone in a place (« salle des fêtes, Rue »)
  names the meeting held there (venues.py);
- « quand » asked of a thing only a deadline holds (« Quand le budget 2027
  sera-t-il voté ? », « le prochain conseil communautaire »), or owed by a
  kind of body in the plural (« les communes doivent rendre leur avis pour
  quand ? »): the deadline (deadline_asked.py);
- « il y a quelque chose de prévu à Vaux ? »: the meeting at that place
  (answers_records.py);
- a title's tasks when a body is named with it (« la secrétaire de mairie a
  des choses à faire ? »): the holder among the body's people
  (title_tasks.py);
- « qui inscrit … au CRTE ? »: the task opened by a verb in « -it », the
  capitals spelling its words (task_verb_asked.py);
- « prêt » after « être » is the state asked, no topic drawing a decision on
  lending (ready_state.py); a word the shorthand reads otherwise
  (« délibération » as « décision ») that names one open task: that task,
  or, when a deadline writes it too, both offered (typed_task.py);
- « convoquée » (a sitting called), « délibéré » (decided), « agents » (a
  body's people, no topic): lexicon.toml."""

from __future__ import annotations

import pytest

from handlers.understanding.clipped_heads import clipped_venue
from handlers.understanding.meeting_nouns import sitting_words
from handlers.understanding.normalise import words
from handlers.understanding.ready_state import ready_state
from handlers.understanding.task_verb_asked import task_verb_asked
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def cc() -> Chat:
    return build_group("ccource10")


@pytest.mark.parametrize("typed, venues, venue", [
    ("conf", ("conference", "commission", "salle"), "conference"),
    ("comm", ("commission", "communaute"), None),  # opens two venues: neither
    ("con", ("conference",), None),  # too short a cut
    ("salle", ("salle",), None),  # no clip: the venue itself is looked up as typed
])
def test_a_clipped_venue_names_the_one_it_opens(typed: str, venues: tuple[str, ...], venue: str | None) -> None:
    assert clipped_venue(typed, venues) == venue


@pytest.mark.parametrize("question, intent, shown", [
    ("la conf des maires commence à quelle heure ?", "meeting_which", "Séance n°6"),
    ("on parle de quoi à la conf des maires ?", "agenda_items", "aux maires"),
    ("la conférence des maires c'est quand ?", "meeting_which", "Séance n°6"),
])
def test_the_mayors_conference_clipped(cc: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(cc, question, intent)


@pytest.mark.parametrize("folded, read", [
    (["la", "commission", "precedente"], {1: "réunion"}),
    (["le", "bureau", "suivant"], {1: "réunion"}),
    (["les", "commissions", "suivantes"], {1: "réunions"}),
    (["qui", "preside", "la", "commission"], {}),  # the body itself
])
def test_an_order_word_after_the_body_picks_a_sitting(folded: list[str], read: dict[int, str]) -> None:
    assert sitting_words(folded) == read


def test_the_previous_commission(cc: Chat) -> None:
    assert "n°3" in sure(cc, "c'était où la commission précédente ?", "meeting_last")


def test_a_record_number_before_a_departement(cc: Chat) -> None:
    assert "vélos à assistance électrique" in sure(cc, "c'est quoi la décision 10 ?", "decision_number")
    assert "vélos à assistance électrique" in sure(cc, "la décision n°10 ?", "decision_number")
    # The Aube's number alone still names its council.
    assert "Claudine Renard" in sure(cc, "qui représente le 10 ?", "org_representative")


def test_a_short_town_names_its_meeting(cc: Chat) -> None:
    assert "n°3" in sure(cc, "la commission à Rue c'était quel jour ?", "meeting_which")
    assert "Présents (11)" in sure(cc, "combien de présents à Rue ?", "attendance_meeting")
    # The body of the same name stays the body when its people are asked.
    assert "Thierry Babeau" in sure(cc, "qui représente Rue ?", "org_representative")


@pytest.mark.parametrize("question, shown", [
    ("le budget 2027 est voté quand ?", "30 mars"),
    ("le prochain conseil communautaire a lieu quand ?", "17 décembre"),
    ("les communes doivent envoyer leur avis pour quand ?", "11 décembre"),
    ("les mairies doivent rendre leur avis pour quand ?", "11 décembre"),
])
def test_when_asked_of_a_deadline(cc: Chat, question: str, shown: str) -> None:
    assert shown in sure(cc, question, "dates_period")


def test_the_decision_stays_when_it_holds_the_topic(cc: Chat) -> None:
    # « navette du marché » is a decision's, no deadline's: the decision answers.
    assert "samedi matin" in sure(cc, "la navette du marché, c'est quand ?", "decisions_topic")


def test_something_on_at_a_place(cc: Chat) -> None:
    assert "n°5" in outcome_of(cc, "il y a quelque chose de prévu à Fontaine ?").reply.plain()


def test_a_title_of_a_body_has_tasks(cc: Chat) -> None:
    assert "Recenser les arrêts" in sure(cc, "la secrétaire de mairie doit faire quoi ?", "tasks_mine")
    assert "Nathalie Petitjean" in sure(cc, "c'est qui la secrétaire de mairie ?", "role_holder")


@pytest.mark.parametrize("text, tasks, read", [
    ("qui inscrit les aires au CRTE ?",
     ("Inscrire les aires de covoiturage au contrat de relance et de transition écologique",),
     "qui doit inscrire les aires au contrat de relance et de transition écologique ?"),
    ("qui conduit l'étude de fréquentation ?", ("Conduire l'étude de fréquentation de la navette",),
     "qui doit conduire l'étude de fréquentation ?"),
    ("qui écrit le compte rendu ?", ("Envoyer le compte rendu",), None),  # no task opens « écrire »
])
def test_a_task_by_its_verb_in_it(text: str, tasks: tuple[str, ...], read: str | None) -> None:
    assert task_verb_asked(text, tasks) == read


def test_who_enters_the_car_sharing_areas(cc: Chat) -> None:
    assert "Laurent Cottin" in sure(cc, "qui inscrit les aires de covoiturage au CRTE ?", "in_charge")


def test_council_words(cc: Chat) -> None:
    assert "n°4" in outcome_of(cc, "la commission de mardi est convoquée à quelle heure ?").reply.plain()
    assert "samedi matin" in sure(cc, "qu'a délibéré la commission sur la navette du marché ?", "decisions_topic")


@pytest.mark.parametrize("text, ready", [
    ("le dossier est prêt ?", {3}),
    ("la délibération doit être prête pour quand ?", {4}),
    ("qui prête des chaises ?", set()),
])
def test_ready_is_a_state(text: str, ready: set[int]) -> None:
    assert ready_state(words(text)) == ready


def test_a_word_read_otherwise_naming_a_task(cc: Chat) -> None:
    # « délibération » is the task « Rédiger le projet de délibération … » and the deadline « Conseil communautaire :
    # délibération sur … »: both offered, no decision on lending (« prêtés ») given with confidence.
    outcome = outcome_of(cc, "la délibération doit être prête pour quand ?")
    assert not outcome.confident and "qui s'occupe d'un sujet" in outcome.reply.plain()
    # The decisions of a sitting keep their council's word.
    assert "Décisions de la séance n°3" in sure(cc, "les délibérations du 19 novembre ?", "decisions_recent")


def test_a_bodys_agents_are_its_people(cc: Chat) -> None:
    assert "Julie Drouot" in sure(cc, "les agents de la communauté de communes ?", "org_representative")

