"""How a decision was taken, of blind set 48b (sivom15, the comité syndical
of an invented SIVOM of the Cantal, asked by a delegate on Tuesday 1 December
2026), missed on its first run, asked in other words, with the neighbours
that must stay as they were:

- the vote, who proposed or presented it, and why, asked of the decision
  whose record says it (« adopté par 6 voix pour, 2 contre (…) », « sur
  proposition de … », « motif : … »): vote_record.py;
- another body's vote is no record of the group's: left unsure
  (vote_record.others_vote);
- « augmente de combien ? » of a rise told as a share (« augmente de 4 % »):
  decision_slots.py;
- « 60 € par an et par enfant » is a price, no rhythm of meeting
  (rhythm_asked.py);
- « le comité où on a débattu de … » names the sitting so headed
  (described_meeting.py);
- whether someone was there is never answered by a decision
  (presence_not_decided.py);
- « on se réunit toujours à Lavaurs ou on tourne ? »: the rule on where the
  sittings move, no decision naming the place (usual_place.py);
- « les effectifs par circuit »: a head count, no word of change
  (taking_effect.py);
- (helper r41b2) the group's own body (« l'annuaire du SIVOM ») is the group
  (group_body.py); a title asked in the plural counts its substitutes
  (role_scope.deputy); an election answers who represents the group as the
  decision (answers_people.who_the_decision_names); « la séance où on a
  choisi … » is a sitting named by what it decided (decided_sitting.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def sivom() -> Chat:
    return build_group("sivom15")


def test_who_voted_against_or_abstained(sivom: Chat) -> None:
    assert "2 contre (M. Malbec, Mme Lavergne)" in sure(sivom, "la redevance des ordures, qui a voté contre ?",
                                                        "decisions_topic")
    assert "6 voix pour" in sure(sivom, "la hausse de la redevance, c'était unanime ?", "decisions_topic")
    assert "abstention (M. Vialard)" in sure(sivom, "Henri s'est abstenu pour la collecte des sacs jaunes ?",
                                             "decisions_topic")
    assert "scrutin secret" in sure(sivom, "l'élection au syndicat de tri, c'était à bulletin secret ?",
                                    "decisions_topic")
    assert "pas lieu à un vote" in sure(sivom, "le débat d'orientation budgétaire a été voté ?", "decisions_topic")


def test_who_proposed_and_why(sivom: Chat) -> None:
    reply = sure(sivom, "c'est qui qui a proposé la hausse de la redevance ?", "decisions_topic")
    assert "sur proposition de Mireille Teyssèdre" in reply
    assert "Annoncer la hausse" not in reply  # the task sharing the words is not what is asked
    assert "sur proposition d'Henri Vialard" in sure(sivom, "qui a proposé d'augmenter le ticket de la piscine ?",
                                                     "decisions_topic")
    assert "mieux-disante" in sure(sivom, "pourquoi on a retenu les Cars du Carladès ?", "decisions_topic")
    assert "Cars du Carladès" in sure(sivom, "quelqu'un a voté contre le choix du transporteur ?", "decisions_topic")


def test_neighbours_stay(sivom: Chat) -> None:
    # A deadline naming a report is no « sur le rapport de … »; the task's pilot is still asked by its verb.
    assert "31 mars" in sure(sivom, "le rapport sur le prix du service déchets c'est pour quand ?", "dates_period")
    assert "Rémi Lascombes" in sure(sivom, "qui demande les devis pour le car de Puech-Redon ?", "in_charge")
    # « le vote pour … » is the noun: no vote cast asked (a deadline of a vote's end stays the calendar's).
    # A vote cast or said in the chat asks nothing.
    assert not outcome_of(sivom, "j'ai voté contre, je l'assume").confident
    assert not outcome_of(sivom, "bravo Mireille pour ton élection !").confident


def test_another_bodys_vote_is_left_unsure(sivom: Chat) -> None:
    assert not outcome_of(sivom, "le conseil départemental a voté notre subvention piscine ?").confident
    assert not outcome_of(sivom, "la Région a voté le tarif des transports quand ?").confident
    assert "45 000 €" in sure(sivom, "la subvention pour la filtration, c'est passé à l'unanimité ?", "decisions_topic")


def test_a_rise_told_as_a_share(sivom: Chat) -> None:
    assert "4 %" in sure(sivom, "la redevance des ordures augmente de combien ?", "decisions_topic")
    # Neighbour: a price asked is still the decision stating it in euros.
    assert "0,50 €" in sure(sivom, "l'entrée de la piscine augmente de combien ?", "decisions_topic")


def test_a_price_by_the_year_is_no_rhythm(sivom: Chat) -> None:
    reply = sure(sivom, "le comité syndical se réunit tous les combien ?", "decisions_topic")
    assert "une fois par trimestre" in reply
    assert "60 €" not in reply


def test_a_committee_described_by_its_debate(sivom: Chat) -> None:
    assert "Séance n°3" in sure(sivom, "le comité où on a débattu des orientations budgétaires, c'était quel jour ?",
                                "meeting_which")
    # Neighbour: the debate asked itself is still its decision.
    assert "pas lieu à un vote" in sure(sivom, "le DOB c'était voté ou seulement débattu ?", "decisions_topic")


def test_presence_is_not_a_decision(sivom: Chat) -> None:
    assert not outcome_of(sivom, "le transporteur était là quand on a parlé du car de Puech-Redon ?").confident
    assert "parmi les excusés" in sure(sivom, "Mme Chambon était là au comité de novembre ?", "attendance_meeting")


def test_whether_the_sittings_move(sivom: Chat) -> None:
    assert "à tour de rôle" in sure(sivom, "on se réunit toujours à Lavaurs ou ça tourne ?", "decisions_topic")
    # Neighbour: without asking whether they move, the place named is the sitting held there.
    assert "Séance n°4" in sure(sivom, "on se réunit toujours à Lavaurs ?", "meeting_which")


def test_head_counts_are_no_change(sivom: Chat) -> None:
    assert "27 novembre" in sure(sivom, "les effectifs d'élèves par circuit c'était à rendre pour quand ?",
                                 "dates_period")


def test_the_noun_of_a_vote_is_no_vote_cast() -> None:
    # « le vote pour le skatepark » names the vote, whose end a deadline dates (set 40a's row, kept as on main).
    assert "18 décembre" in sure(build_group("cmj33"), "le vote pour le skatepark il se finit quand", "dates_period")


def test_the_groups_own_body_is_the_group(sivom: Chat) -> None:
    # « président du SIVOM », « trésorier du SIVOM » in the titles of other bodies' members: the SIVOM is the group's
    # own body, its directory and tasks the group's (group_body.py), not its director's body alone.
    assert "Membres du groupe (20)" in sure(sivom, "le répertoire du SIVOM svp", "directory")
    reply = sure(sivom, "les tâches en retard du SIVOM ?", "tasks_late")
    assert "Tâches en retard (2)" in reply and "Pascal Mazeyrat" in reply
    # Neighbour: a body only its own members' titles name stays that body.
    assert "Syndicat mixte de tri du Cantal (1)" in sure(sivom, "les tâches du Syndicat mixte de tri ?", "tasks_mine")


def test_a_plural_title_counts_its_substitutes(sivom: Chat) -> None:
    # « les délégués » asked in the plural: the substitute delegate holds the title too (role_scope.deputy).
    reply = sure(sivom, "c'est qui les délégués de Boissel ?", "role_holder")
    assert "Pascal Mazeyrat" in reply and "Élodie Rigal — Commune de Boissel — Déléguée suppléante" in reply
    # Neighbour: the singular asks the titular delegate only.
    reply = sure(sivom, "le délégué de Boissel ?", "role_holder")
    assert "Pascal Mazeyrat" in reply and "Élodie Rigal" not in reply


def test_an_election_is_the_decision(sivom: Chat) -> None:
    # « Mireille Teyssèdre est élue déléguée … au Syndicat mixte de tri »: who represents the group there is what the
    # election decided, answered as the decision (answers_people.who_the_decision_names).
    reply = sure(sivom, "c'est qui qui nous représente au Syndicat mixte de tri ?", "decisions_topic")
    assert "Mireille Teyssèdre est élue déléguée du SIVOM au Syndicat mixte de tri du Cantal" in reply


def test_a_sitting_named_by_a_choice_made(sivom: Chat) -> None:
    # « la séance où on a choisi le transporteur »: choosing is deciding, the sitting of the decision awarding the
    # contract (decided_sitting.py), not the coming commission whose heading shares « transport ».
    assert "Séance n°1 (tenue) — jeudi 24 septembre 2026" in sure(
        sivom, "la séance où on a retenu le transporteur, c'était quand ?", "meeting_which")
    # Neighbour: a choice found in decisions of two sittings names none of them.
    assert "Séance n°" not in sure(sivom, "la réunion où on a retenu les cars, c'était où ?", "decisions_topic")
