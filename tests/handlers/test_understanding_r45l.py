"""The lead's set 88 (ecole45, the conseil d'école of an invented groupe
scolaire in the Loiret, asked by the FCPE's head of list on Tuesday
1 December 2026), raised again in the forty-fourth round (helper r45l),
asked in other words than the set's rows, with the neighbours that must
stay as they were:

- « c'est qui le DDEN ? » answered with the DDEN's people: the body's one
  word spells the initials of its one member's title (« Délégué
  départemental de l'Éducation nationale (DDEN) »), whose holder is asked
  (body_head.titled_head);
- « les représentants des parents d'élèves c'est qui ? » answered with the
  FCPE list alone: a plural title said in full, « c'est qui » after it, asks
  all who hold it, whatever their list (represented.py);
- « la tête de liste FCPE » read as « la tête » (who heads a body): the
  title of three words opening on the pair's second word is the one said
  (role_spans.py);
- « le conseil extraordinaire » named no sitting: a heading closing on a
  word of the sitting's kind (« Conseil d'école extraordinaire ») is named by
  its noun and that word (venues.py);
- « …, afin que nous puissions préparer nos questions ? »: the asker getting
  ready with the answer is set aside (own_purpose.py);
- « les conseils d'école », plural, of sittings headed « Premier / Deuxième
  … conseil d'école »: their list, no school (entities._in_sitting_name,
  kind_lists.py);
- « à l'inspection » finds « à l'IEN » (lexicon.toml [topics]); « la fête »
  finds « la kermesse » (families.toml); « la liste indé » is the independent
  list (entities.toml [short_forms]);
- « Kevin du périscolaire sera là le 8 ? »: the words of his card after his
  name say which member is meant, no topic (member_of_body.card_complement);
- « l'élue aux écoles »: « aux » and a plural after a title is the field it
  is charged with, no school (title_qualifier.py);
- « celle sur les travaux de la cour c'était quel jour ? »: the
  demonstrative opening the message stands for the sitting whose heading
  holds the words (formation_subject.subject_headings);
- « on a combien de conseils d'ici la fin de l'année scolaire ? »: a sitting
  body counted in the plural counts its sittings (kind_lists.plural_sittings);
- « qu'a-t-on décidé contre le harcèlement ? »: « contre » marks the topic as
  « sur » does (lexicon.toml topic_markers);
- (the lead's note) « qui vient au conseil d'école ? », unsure since the
  forty-third round: coming to what roles name too (« présidente du conseil
  d'école ») is coming to its sittings, the next one (reading_tokens.py).

Left unsure: « le dernier conseil d'école de
l'année scolaire » (the last sitting of a period to come), « qui est là pour
la circonscription ? » (two bodies hold the word), the school's everyday words
no record writes (« la viande », « les menus », « l'arachide », « le
soutien », « le préau quand il pleut », « refaite »)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def ecole() -> Chat:
    return build_group("ecole45")


def test_a_body_s_acronym_spelling_its_one_member_s_title_asks_the_holder(ecole: Chat) -> None:
    reply = sure(ecole, "qui c'est le DDEN ?", "role_holder")
    assert "« DDEN » d'après son rôle" in reply and "Gilles Foucher" in reply
    # Neighbours: who represents it is still its people; a body whose acronym is no title keeps its people.
    assert "Gilles Foucher" in sure(ecole, "qui représente le DDEN ?", "org_representative")
    reply = sure(ecole, "c'est qui la FCPE ?", "org_representative")
    assert "Franck Ménard" in reply and "Laetitia Gomes" in reply
    assert "Isabelle Verdier" in sure(ecole, "c'est qui l'IEN ?", "role_holder")


def test_a_plural_title_said_in_full_asks_all_its_holders(ecole: Chat) -> None:
    reply = sure(ecole, "les représentants des parents c'est qui ?", "role_holder")
    for name in ("Estelle Jourdain", "Franck Ménard", "Céline Hardy", "Olivier Besnard", "Romain Perrier"):
        assert name in reply
    assert "Hélène Marchais" not in reply
    # Neighbour: their presence asked is no list of holders.
    assert not outcome_of(ecole, "les représentants des parents sont là le 8 ?").confident


def test_the_head_of_a_list_is_the_title_of_three_words(ecole: Chat) -> None:
    reply = sure(ecole, "c'est qui la tête de liste de la FCPE ?", "role_holder")
    assert "Estelle Jourdain" in reply and "Franck Ménard" not in reply
    # Neighbour: « à la tête de » still asks who heads the body.
    assert "Kevin Lebrun" in sure(ecole, "qui est à la tête du service enfance ?", "role_holder")


def test_a_sitting_named_by_its_noun_and_the_word_of_its_kind(ecole: Chat) -> None:
    assert "18h00" in sure(ecole, "le conseil extraordinaire commence à quelle heure ?", "meeting_which")
    assert "Annoncés présents" in sure(ecole, "qui sera au conseil extraordinaire ?", "rsvp_upcoming")
    # Neighbour: the sitting of November is still the one named by its month.
    assert "n°2" in sure(ecole, "le conseil d'école de novembre avait commencé à quelle heure ?", "meeting_which")


def test_the_asker_getting_ready_is_set_aside(ecole: Chat) -> None:
    reply = sure(ecole, "Pourriez-vous me transmettre l'ordre du jour du prochain conseil d'école afin que je puisse "
                        "préparer la réunion ?", "agenda_items")
    assert "Carte scolaire 2027" in reply


def test_the_councils_in_the_plural_are_their_list(ecole: Chat) -> None:
    reply = sure(ecole, "les conseils d'école c'est quand ?", "meetings_upcoming")
    assert "Prochaines séances" in reply and "n°6" in reply
    # Neighbour: the next one alone is still one sitting.
    assert "n°4" in sure(ecole, "le prochain conseil d'école ?", "meeting_which")


def test_the_parents_words_for_records(ecole: Chat) -> None:
    assert "11 décembre" in sure(ecole, "les effectifs pour l'inspection c'est pour quand ?", "dates_period")
    assert "26 juin" in sure(ecole, "la fête de fin d'année c'est quand ?", "decisions_topic")
    assert "Olivier Besnard" in sure(ecole, "qui est sur la liste indé ?", "org_representative")


def test_the_words_of_a_card_after_a_first_name_say_which_member(ecole: Chat) -> None:
    assert "a présenté ses excuses" in sure(ecole, "Kevin du périscolaire vient le 8 ?", "rsvp_upcoming")
    assert "fiche de liaison" in sure(ecole, "Kevin du périscolaire doit faire quoi ?", "tasks_mine")
    # Neighbour: words his card does not hold are no description of him; the question is left unsure.
    assert not outcome_of(ecole, "Kevin de la cantine sera là le 8 ?").confident


def test_a_title_and_its_field_after_aux(ecole: Chat) -> None:
    assert "Martine Courtois" in sure(ecole, "qui est l'adjointe aux écoles ?", "role_holder")
    # Neighbour: the school named alone is still the body.
    assert "Aurélie Thibault" in sure(ecole, "qui représente l'école ?", "org_representative")


def test_the_demonstrative_opening_a_question_names_the_sitting(ecole: Chat) -> None:
    assert "n°3" in sure(ecole, "celle sur les travaux, elle a eu lieu où ?", "meeting_which")
    # Neighbour: after a noun, the demonstrative is that noun's.
    assert outcome_of(ecole, "la décision, celle sur la cour oasis ?").intent != "meeting_which"


def test_councils_counted_are_their_sittings(ecole: Chat) -> None:
    reply = sure(ecole, "il reste combien de conseils avant l'été ?", "meetings_upcoming")
    assert "n°5" in reply and "n°6" in reply
    # Neighbour: how many sit on the council is the directory.
    assert "Membres du groupe" in sure(ecole, "on est combien au conseil ?", "directory")


def test_what_was_decided_against_a_thing_is_about_it(ecole: Chat) -> None:
    assert "équipe ressource" in sure(ecole, "qu'est-ce qui a été décidé contre le harcèlement ?", "decisions_topic")
    # Neighbour: a vote against, asked of a decision, still shows the vote (blind set 48b's group).
    sivom = build_group("sivom15")
    assert "2 contre (M. Malbec, Mme Lavergne)" in sure(sivom, "qui a voté contre la hausse des ordures ménagères ?",
                                                        "decisions_topic")


def test_coming_to_a_sitting_the_roles_name_too(ecole: Chat) -> None:
    # « présidente du conseil d'école » names the council in a role: coming to it is coming to its sittings.
    assert "séance n°4" in sure(ecole, "qui viendra au conseil d'école ?", "rsvp_upcoming")
    assert "séance n°2" in sure(ecole, "qui est venu au conseil d'école ?", "attendance_meeting")
    # Neighbour: who runs it is still the roles' charge.
    assert "Hélène Marchais" in sure(ecole, "qui gère le conseil d'école ?", "in_charge")
