"""Names as a chat writes them, of blind set 47b (clspd30, the CLSPD of an
invented town of the Gard, asked by the head of the town's médiateurs on
Tuesday 1 December 2026), missed on its first run, asked in other words,
with the neighbours that must stay as they were:

- initials, a pet form that does not open the first name, a capitalised
  short name French knows as a word (« JPL », « Manu », « Val »:
  pet_names.py); a compound first name cut to two letters when its first
  word named several members (« Marie-Jo », « Jean-Mi »); « la Cath »
  (persons.py);
- the bodies' chat names: « la gendar' », « les flics municipaux », « le
  proc' », « le transporteur » of a « … Bus » (entities.toml);
- « c'est qui Gillou des commerçants ? »: the member's card, not a task
  sharing the words (member_of_body.py);
- « Nath a réservé combien de logements ? »: the member read as the body
  the records name (person_as_body.py);
- « la plénière avec la sous-préf c'est quand ? »: the guest set aside
  (sitting_with.py);
- « … c'était pour quand ? » of a deadline already past (answers_records.py);
- a task sharing no topic word, only the sitting's noun, is no answer; a
  task's event « a eu lieu ? » is its status (task_questions.py,
  lexicon.toml)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def clspd() -> Chat:
    return build_group("clspd30")


@pytest.fixture(scope="module")
def reseau() -> Chat:
    return build_group("reseau92")


def test_initials_pet_forms_and_short_names(clspd: Chat) -> None:
    assert "SPIP du Gard" in sure(clspd, "JPL il bosse où ?", "who_is")
    assert "Marie-Claire Dautun" in sure(clspd, "qui est MCD ?", "who_is")
    assert "Gendarmerie nationale" in sure(clspd, "Manu elle fait quoi ?", "who_is")
    assert "Cévennes Bus" in sure(clspd, "c'est qui Val ?", "who_is")
    assert "a présenté ses excuses" in sure(clspd, "Val sera là jeudi ?", "rsvp_upcoming")
    # Neighbours: the group's own acronym and a body stay themselves; a name nobody holds is not answered.
    assert "Habitat Cévenol" in sure(clspd, "qui représente Habitat Cévenol ?", "org_representative")
    assert not outcome_of(clspd, "c'est qui Ludo ?").confident
    assert not outcome_of(clspd, "c'est qui Mme Pujol ?").confident


def test_a_misspelled_surname_alone_is_still_offered(reseau: Chat, clspd: Chat) -> None:
    assert "Vouliez-vous dire : Nathalie Lefèvre" in ask(reseau, "c'est qui Mme Lefebre ?")
    assert "Vouliez-vous dire : Frédéric Lefèvre" in ask(clspd, "c'est qui M. Lefebre ?")


def test_a_compound_first_name_cut_short(clspd: Chat) -> None:
    assert "France Victimes 30" in sure(clspd, "Marie-Jo elle est d'où ?", "who_is")
    assert "Police municipale" in sure(clspd, "c'est qui Jean-Mi ?", "who_is")
    assert "parmi les excusés" in sure(clspd, "Jean-Mi était là le 19 novembre ?", "attendance_meeting")
    # Neighbour: the whole first names still tell them apart.
    assert "SPIP du Gard" in sure(clspd, "c'est qui Jean-Paul ?", "who_is")


def test_a_short_name_after_the_chat_s_article(clspd: Chat) -> None:
    assert "parmi les excusés" in sure(clspd, "la Cath elle était venue en septembre ?", "attendance_meeting")
    assert "Collège Les Châtaigniers" in sure(clspd, "le Seb il est principal où ?", "who_is")


def test_bodies_by_their_chat_names(clspd: Chat) -> None:
    assert "Emmanuelle García" in sure(clspd, "c'est qui pour la gendar' ?", "org_representative")
    assert "Jean-Michel Dupont" in sure(clspd, "qui représente les flics municipaux ?", "org_representative")
    assert "Marie-Claire Dautun" in sure(clspd, "le proc' c'est qui chez nous ?", "org_representative")
    assert "Valérie Soustelle" in sure(clspd, "le transporteur c'est qui ?", "org_representative")
    assert "Valérie Soustelle" in sure(clspd, "pour les bus c'est qui ?", "org_representative")


def test_a_member_named_with_their_body(clspd: Chat) -> None:
    assert "Président de l'association des commerçants" in sure(clspd, "c'est qui Gilles des commerçants ?", "who_is")
    assert "Responsable sûreté et prévention" in sure(clspd, "Valérie des bus c'est qui ?", "who_is")
    # Neighbour: her task asked as a task stays the task.
    assert "ligne 3" in sure(clspd, "Val doit faire le point sur les bus pour quand ?", "in_charge")


def test_a_member_read_as_the_body_the_records_name(clspd: Chat) -> None:
    assert "deux logements d'urgence" in sure(clspd, "Nathalie a réservé combien de logements pour les victimes ?",
                                              "decisions_topic")
    assert "mardi matin" in sure(clspd, "la permanence de Marie-Josée c'est quel jour ?", "decisions_topic")
    assert "4 décembre" in sure(clspd, "Fred il attend le dossier FIPD pour quand ?", "dates_period")
    # Neighbour: the member's card and presence stay theirs.
    assert "Habitat Cévenol" in sure(clspd, "Nath elle bosse où ?", "who_is")


def test_a_sitting_asked_with_its_guest(clspd: Chat) -> None:
    assert "Séance n°4" in sure(clspd, "la plénière avec la gendarmerie c'est à quelle heure ?", "meeting_which")
    assert "Séance n°3 (tenue)" in sure(clspd, "la réunion avec la France Victimes au CCAS c'était quand ?",
                                        "meeting_which")


def test_a_past_deadline_asked_by_its_topic(clspd: Chat) -> None:
    reply = sure(clspd, "les signalements sur les halls, c'était à rendre pour quand ?", "dates_period")
    assert "Échéance passée" in reply and "27 novembre" in reply
    # Neighbour: a deadline ahead is listed as it was.
    assert "18 décembre" in sure(clspd, "le diagnostic local de sécurité c'est pour quand ?", "dates_period")


def test_a_task_sharing_only_the_sitting_s_noun(clspd: Chat) -> None:
    assert not outcome_of(clspd, "le groupe de travail réseaux sociaux c'est quand ?").intent == "in_charge"
    reply = sure(clspd, "la réunion d'information des commerçants a eu lieu ?", "in_charge")
    assert "(annulée)" in reply
    # Neighbour: the task by its own words.
    assert "Stéphanie Arnal" in sure(clspd, "qui envoie le compte rendu du groupe de travail ?", "in_charge")
