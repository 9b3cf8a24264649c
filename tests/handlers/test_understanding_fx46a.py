"""What the lead's blind set 93 (regie59, the conseil d'administration of an
invented régie de quartier in the Nord, asked by an habitante
administratrice on Tuesday 1 December 2026) missed on its first run, asked
in other words, with the neighbours that must stay as they were:

- « tu peux m'aider sur quoi ? », « en quoi tu peux m'aider ? »: what the
  bot is for, as « tu sers à quoi ? » (lexicon.toml, [shorthand_phrases]);
  a request for help on a thing stays no such question;
- « combien de tâches sont en retard au CA ? » where every open task came
  from a CA: the group's late tasks under their own heading, no « des
  séances … » (task_topic_listing._formation_tasks);
- « date du prochain ca ? »: the CA typed in lower case after the words
  ordering sittings (phrases.read_phrases); a typed « ça » stays « ça »;
- « c'est qui la CIP ? » of a role giving its initials in brackets
  (title_initials.title_by_initials);
- « l'assistante du directeur » is the « assistante de direction »; « qui
  encadre … ? » asks who handles it; « X a quel rôle ? » asks the member's
  card (lexicon.toml, [shorthand_phrases]);
- « un CDDI est renouvelé pour combien de temps ? »: a duration stated as
  « par périodes de six mois, dans la limite de vingt-quatre mois »
  (slot_checks._DURATION_TEXT), the CDDI a contrat d'insertion and the
  lavomatic a laverie (families.toml), a decision saying « CDDI » itself
  still first (decision_lead, dominance.first_of);
- « qui s'occupe des encombrants … ? » with no role saying it: the decision
  giving the work to a team the directory does not hold
  (who_named.gives_work, answers_people.in_charge, charge_asked.py);
- « Monique Vandamme a quel rôle au CA ? », « Partenord, on a qui au CA ? »:
  the CA that is the group itself closing a question on a member or a body
  (own_formation.without_own_tail)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def regie() -> Chat:
    return build_group("regie59")


def test_what_the_bot_helps_with(regie: Chat) -> None:
    assert "/aide" in sure(regie, "en quoi tu peux m'aider ?", "help")
    assert "/aide" in sure(regie, "vous pouvez m'aider sur quoi au juste ?", "help")
    # Help asked on a thing is no question on the bot (and never the asker's tasks).
    assert outcome_of(regie, "tu peux m'aider à remplir le dossier ?").intent != "help"
    assert not outcome_of(regie, "merci de m'avoir aidée hier soir").confident


def test_late_tasks_of_the_groups_own_body(regie: Chat) -> None:
    reply = sure(regie, "quelles actions du conseil d'administration sont en retard ?", "tasks_late")
    assert reply.startswith("Tâches en retard (3)")
    assert "Chiffrer l'entretien des parties communes" in reply
    # The open tasks asked of the CA: all of them, headed as the group's.
    assert sure(regie, "les tâches du CA ?", "tasks_late").startswith("Tâches en cours (9)")
    assert "Tâches en retard (3)" in sure(regie, "quelles tâches sont en retard ?", "tasks_late")


def test_the_ca_in_lower_case(regie: Chat) -> None:
    assert "n°3" in sure(regie, "c'était quel jour le dernier ca ?", "meeting_last")
    assert "8 décembre" in outcome_of(regie, "l'heure du prochain ca ?").reply.plain()
    assert "n°4" in sure(regie, "le prochain ça commence à quelle heure ?", "meeting_next")
    assert not outcome_of(regie, "ca va mieux aujourd'hui").confident


def test_a_title_by_its_initials_in_brackets(regie: Chat) -> None:
    assert "Aurore Decroix" in sure(regie, "c'est qui notre CIP ?", "role_holder")
    assert "Jeanne Teyssier" in sure(build_group("abc07"), "c'est qui la ENS ?", "role_holder")
    assert not outcome_of(regie, "c'est qui la DRH ?").confident


def test_titles_and_charges_in_other_words(regie: Chat) -> None:
    assert "Céline Dufour" in sure(regie, "l'assistant du directeur c'est qui ?", "role_holder")
    assert "Corinne Vasseur" in sure(build_group("mda45"), "c'est qui l'assistante de la directrice ?", "role_holder")
    assert "Didier Wallart" in sure(regie, "qui encadre les espaces verts ?", "in_charge")
    assert "Bastien Roumégoux" in sure(build_group("episol33"), "qui encadre le maraîchage ?", "in_charge")
    assert "Secrétaire" in sure(regie, "quel rôle a Monique Vandamme ?", "who_is")
    assert "Président" in sure(regie, "Jean-Marc Delattre a quel rôle ?", "who_is")
    # A title's holder asked by « rôle » stays the title's.
    assert "Monique Vandamme" in sure(regie, "qui a le rôle de secrétaire ?", "role_holder")


def test_a_term_and_its_bound(regie: Chat) -> None:
    assert "vingt-quatre mois" in sure(regie, "un contrat d'insertion dure combien de temps au maximum ?",
                                       "decisions_topic")
    assert "six mois" in sure(regie, "on renouvelle un CDDI pour combien de temps ?", "decisions_topic")
    # The decision saying « CDDI » itself stays first for its own words.
    reply = sure(regie, "combien de postes en CDDI en 2027 ?", "decisions_topic")
    assert reply.splitlines()[1].startswith("Décision n°10") and "36 équivalents temps plein" in reply


def test_a_launderette_in_chat(regie: Chat) -> None:
    assert "laverie solidaire" in sure(regie, "le lavomatic c'est ouvert quand ?", "decisions_topic")


def test_work_given_to_a_team_outside_the_directory(regie: Chat) -> None:
    assert "équipe nettoyage" in sure(regie, "qui gère les encombrants ?", "decisions_topic")
    assert "équipe nettoyage" in sure(regie, "les monstres aux Hirondelles, qui s'en occupe dès janvier ?",
                                      "decisions_topic")
    # A role saying the charge still answers it.
    assert "Ludovic Masson" in sure(regie, "qui s'occupe des jardins partagés ?", "in_charge")
    assert not outcome_of(regie, "qui s'occupe du barbecue de samedi ?").confident


def test_the_groups_own_body_closing_a_question_on_someone(regie: Chat) -> None:
    assert "Thomas Verhaeghe" in sure(regie, "Vilogia, c'est qui au CA ?", "org_representative")
    assert "Trésorière" in sure(regie, "Fatima Benali elle a quel rôle au CA ?", "who_is")
    # Attending the CA stays a question on a sitting.
    assert "excusés" in sure(regie, "Fatima Benali était présente au CA ?", "attendance_meeting")
