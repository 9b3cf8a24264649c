"""The French of Lyon, Saint-Étienne and the Franco-Provençal country, of
blind set 49a (gier42, the comité de pilotage of a contrat de ville and cité
éducative of the vallée du Gier, asked by the director of a centre social
on Tuesday 1 December 2026), missed on its first run, asked in other words,
with the neighbours that must stay as they were:

- « ça fait une paye (qu'on s'est pas vus) », « pas de pressage, mais … »,
  « c'est pas le tout, mais … », « …, à tout bientôt » said beside the
  question; « on se rejoint (en bas du …) » for where the members meet;
  « quèque chose », « à la bourre »: lyon_turns.py;
- « la réunion où on a reporté / réparti / retenu … » names the sitting
  whose decisions say it, a figure of the description (« les 34 actions »)
  telling two sittings apart: decided_sitting.py;
- a past deadline that says more of the topic than any ahead answers
  (« les bilans intermédiaires c'était à rendre quand ? »):
  answers_records.dates_period;
- « l'annuaire du copil ? » is the directory of the body, as « la liste des
  participants du copil ? » is: participants.py;
- « la répartition des crédits » finds « les crédits sont répartis »: the
  nouns in « -ition » and the verbs in « -ir » share their root
  (derivation.py);
- a public election's score (« combien de voix … aux municipales ? ») is no
  record of the group's: left unsure (beyond_group.py)."""

from __future__ import annotations

import pytest

from handlers.understanding.derivation import root
from handlers.understanding.lyon_turns import lyon_as_french
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gier() -> Chat:
    return build_group("gier42")


def test_lyonnais_remarks_beside_the_question(gier: Chat) -> None:
    assert "n°4" in sure(gier, "ça fait une paye, la prochaine réunion c'est quand ?", "meeting_next")
    assert "n°4" in sure(gier, "le copil de mardi c'est à quelle heure ? ça fait une paille qu'on s'est pas croisés",
                         "meeting_which")
    assert "séance n°4" in sure(gier, "c'est pas le tout, mais on se voit où mardi ?", "meeting_which").casefold()
    assert "Fonsala" in sure(gier, "pas de pressage : la réunion de mardi c'est où ?", "meeting_which")
    assert "Dernières décisions" in sure(gier, "ça fait une paye que j'ai rien lu, quoi de neuf côté décisions ?",
                                         "decisions_recent")


def test_where_the_members_meet(gier: Chat) -> None:
    assert "Fonsala" in sure(gier, "on se rejoint où mardi ?", "meeting_which")
    assert "14h00" in sure(gier, "on se rejoint en bas de la salle mardi, ça commence à quelle heure ?",
                           "meeting_which")


def test_lyonnais_words_in_plain_french() -> None:
    assert lyon_as_french("y a quèque chose à rendre ?") == "y a quelque chose à rendre ?"
    assert lyon_as_french("qui est à la bourre ?") == "qui est en retard ?"
    assert lyon_as_french("quèqu'un a la salle ?") == "quelqu'un a la salle ?"


def test_lyonnais_chatter_stays_quiet(gier: Chat) -> None:
    for chatter in ("pas de pressage", "à tout bientôt", "ça fait une paye !", "bon c'est pas le tout, j'y vais",
                    "on se rejoint en bas à midi pour le mâchon", "je suis à la bourre, j'arrive"):
        assert not outcome_of(gier, chatter).confident, chatter


def test_a_sitting_named_by_a_decision_put_off_or_shared_out(gier: Chat) -> None:
    assert "n°2" in sure(gier, "le comité où on a reporté la vogue, c'était où ?", "meeting_which")
    assert "n°1" in sure(gier, "la séance qui a réparti les crédits de la cité éducative c'était à quelle heure ?",
                         "meeting_which")
    # Two sittings spoke of actions; the figure is written in the decision of one of them only.
    assert "n°3" in sure(gier, "la réunion où on a retenu les 12 nouvelles actions, c'était quel jour ?",
                         "meeting_which")
    # The decision itself, asked with no sitting, stays the decision.
    assert "printemps 2027" in sure(gier, "la vogue des quartiers a été reportée à quand ?", "decisions_topic")


def test_a_past_deadline_saying_more_of_the_topic(gier: Chat) -> None:
    reply = sure(gier, "le retour des bilans intermédiaires, c'était pour quand ?", "dates_period")
    assert "27 novembre" in reply and "passée" in reply
    # A word the deadline ahead says as well as the past one: the one ahead answers, as before.
    assert "15 février" in sure(gier, "le bilan annuel de la cité éducative c'est pour quand ?", "dates_period")
    assert "8 janvier" in sure(gier, "le dépôt sur Dauphin c'est pour quand ?", "dates_period")


def test_the_directory_of_the_body(gier: Chat) -> None:
    assert "Membres du groupe" in sure(gier, "tu as l'annuaire du comité de pilotage ?", "directory")
    # A body in the group is still asked for its people.
    assert "Julien Brunon" in sure(gier, "l'annuaire de la Mission locale ?", "org_members")


def test_a_noun_in_ition_finds_its_verb(gier: Chat) -> None:
    assert root("repartition") == root("repartir") == root("reparti")
    assert root("partir") != root("partie")  # a short verb keeps apart from the noun that looks like it
    assert "60 %" in sure(gier, "c'est quoi la répartition des crédits de la cité éducative ?", "decisions_topic")


def test_a_public_election_is_no_record(gier: Chat) -> None:
    outcome = outcome_of(gier, "le maire de Saint-Chamond il a fait quel score aux municipales ?")
    assert not outcome.confident and "élections" in outcome.reply.plain()
    assert not outcome_of(gier, "combien de voix aux législatives dans la vallée ?").confident
    # The group's own consultative voice is still found.
    assert "voix consultative" in sure(gier, "le conseil citoyen a quelle voix au comité technique ?", "decisions_topic")
