"""What the lead's blind set lead97 (gdv51, the groupe de suivi of the schéma
départemental d'accueil des gens du voyage of the Marne, asked by the
families' representative on Tuesday 1 December 2026) missed on its first
run, asked in other words, with the neighbours that must stay as they were:

- « Julien doit rendre le calendrier prévisionnel pour quand ? »: « le
  calendrier » after its article is the noun of the member's task
  (« Préparer le calendrier prévisionnel … ») though the lexicon counts it a
  word of dates; the task's line answers, not the member's whole list
  (task_match.record_nouns, task_topic_listing.pilot_task);
- « la puéricultrice c'est qui ? »: a care profession written after another
  in the directory (« Infirmière puéricultrice de PMI ») is a title asked,
  not a charge (entities.toml [roles]: « puéricultrice », « sage-femme »);
- « les familles … peuvent rester plus longtemps ? »: staying said by its
  verb finds « la durée de séjour » (families.toml [sejour]);
- « une décision sur les fluides ? »: water and electricity said together
  (families.toml [fluides]); « le tarif des GP », « l'AGP »: the
  grands passages and the aire de grand passage by their initials
  (lexicon.toml [spelled_out]);
- « toutes les aires ferment en même temps l'été ? »: « en même temps »,
  « au même moment » ask whether things happen together, no word of the
  thing (lexicon.toml [shorthand_phrases]), and the rule « … à des dates
  décalées » answers.

Two labels were mended, not the code (the set's header): « qui coordonne le
groupe de suivi ? » is role_holder and « qui est le référent de la
gendarmerie ? » org_representative, as earlier sets label them."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def gdv() -> Chat:
    return build_group("gdv51")


def test_a_members_task_named_by_a_word_of_dates(gdv: Chat) -> None:
    reply = sure(gdv, "Julien doit transmettre le calendrier pour quand ?", "in_charge")
    assert "18 décembre" in reply and "Julien Perrot" in reply
    # Neighbours: what he has to do lists his tasks, the dates to come stay the group's dates.
    assert "Tâches de Julien Perrot" in sure(gdv, "Julien a quoi à faire ?", "tasks_mine")
    assert "Réception des demandes de grands passages" in sure(gdv, "les prochaines échéances ?", "dates_period")


def test_a_care_profession_is_a_title(gdv: Chat) -> None:
    assert "Émilie Féret" in sure(gdv, "qui est la puéricultrice ?", "role_holder")
    assert "Émilie Féret" in sure(gdv, "c'est qui la puéricultrice de la PMI ?", "role_holder")
    # Neighbours: the profession written first stays a title, the body asked stays its people.
    assert "Émilie Féret" in sure(gdv, "qui est l'infirmière ?", "role_holder")
    assert "Émilie Féret" in sure(gdv, "qui s'occupe de la PMI ?", "org_representative")


def test_staying_said_by_its_verb_is_the_length_of_stay(gdv: Chat) -> None:
    reply = sure(gdv, "les familles dont les enfants vont à l'école, elles peuvent rester plus longtemps sur l'aire ?",
                 "decisions_topic")
    assert "cinq mois" in reply
    # Neighbours: « il reste » is what is left to do; chatter about staying on after a meeting stays unsure.
    assert "Tâches en cours" in sure(gdv, "il reste quoi à faire ?", "tasks_late")
    assert not outcome_of(gdv, "on peut rester sur place après la réunion ?").confident


def test_the_fluides_and_the_travellers_initials(gdv: Chat) -> None:
    assert "compteurs individuels prépayés" in sure(gdv, "on a décidé quoi sur les fluides ?", "decisions_topic")
    assert "20 euros par caravane" in sure(gdv, "le tarif des GP c'est combien ?", "decisions_topic")
    assert "200 caravanes" in sure(gdv, "l'AGP accueille combien de caravanes ?", "decisions_topic")
    # Neighbour: the task force stays a sitting's name (« la prochaine TF »), no family plot.
    assert "n°4" in sure(gdv, "la prochaine TF c'est quand ?", "meeting_next")


def test_at_the_same_time_asks_the_rule_on_when(gdv: Chat) -> None:
    assert "dates décalées" in sure(gdv, "les aires ferment toutes au même moment ?", "decisions_topic")
    # Neighbour: an excuse for a clash of meetings stays unanswered.
    assert not outcome_of(gdv, "désolée, je ne serai pas là mardi, j'ai un conseil municipal au même moment").confident
