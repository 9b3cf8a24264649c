"""The families blind set 36a (qpv60, the steering group of a contrat de
ville in the Oise, asked in acronyms and institutional jargon by Oise
Habitat's GUP and TFPB manager on Tuesday 1 December 2026) missed on its
first run, asked in other words, with the neighbours that must stay as they
were:

- a kind of sitting a role names (« coordinatrice du COTECH », « coprésidente
  du COPIL ») is the sittings, not a body of the directory: « le COPIL
  d'octobre », « les décisions du COTECH de septembre » (sitting_bodies.py);
- the group's own kind counted in its meetings' places too (« COTECH du
  contrat de ville, … »), so a programme one role and one agenda item name
  (« le PRE ») is a topic, not the group (own_group.py);
- what an acronym means, asked alone (« c'est quoi la GUP ? », « que veut
  dire NPNRU ? »): the lexicon's reading offered, unsure, never a record
  (acronym_meaning.py);
- « la CP », « le DP »: the chef(fe) de projet and the délégué du préfet,
  after an article only (entities.toml [roles]);
- « la référente PRE » of a « Coordinatrice du programme de réussite
  éducative »: the title heading the programme (referents.py);
- « le 1er trimestre », « l'éduc nat », the State's services in full, « le
  CS » (a centre social): lexicon.toml; the large social landlords whose
  names say no kind (Clésence, Vilogia…): entities.toml [kinds]."""

from __future__ import annotations

import pytest

from handlers.understanding.acronym_meaning import meaning_asked
from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def qpv() -> Chat:
    return build_group("qpv60")


@pytest.mark.parametrize("question, intent, shown", [
    ("les décisions du COTECH de septembre ?", "decisions_recent", "séance n°1"),
    ("qu'a-t-on acté au copil d'octobre ?", "decisions_recent", "séance n°2"),
    ("le COPIL de janvier c'est où ?", "meeting_which", "Séance n°5"),
    ("Le COPIL 2027 se tiendra-t-il à l'hôtel d'agglo ?", "meeting_which", "Séance n°5"),
    ("je suis noté pour le COTECH ?", "rsvp_upcoming", "Vous n'avez rien annoncé"),
])
def test_a_kind_of_sitting_a_role_names_is_the_sittings(qpv: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(qpv, question, intent)


@pytest.mark.parametrize("question, intent, shown", [
    ("qui coordonne le COTECH ?", "role_holder", "Nadia Berrahou"),
    ("qui copréside le COPIL ?", "role_holder", "Chantal Rigaud"),
])
def test_the_role_over_the_sitting_still_answers_who(qpv: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(qpv, question, intent)


@pytest.mark.parametrize("question, shown", [
    ("on a décidé quoi pour le PRE ?", "2 à 16 ans"),
    ("le PRE, on a décidé quoi ?", "2 à 16 ans"),
])
def test_a_programme_beside_the_contract_is_a_topic(qpv: Chat, question: str, shown: str) -> None:
    reply = sure(qpv, question, "decisions_topic")
    assert shown in reply and "tour Verlaine" not in reply


def test_the_contract_the_sittings_are_of_is_still_the_group(qpv: Chat) -> None:
    assert "séance n°4" in sure(qpv, "c'est quand la prochaine réu du CDV ?", "meeting_next")


@pytest.mark.parametrize("question", [
    "c'est quoi la GUP ?", "Que veut dire NPNRU ?", "TFPB ça veut dire quoi déjà ?",
    "désolée je suis nouvelle, c'est quoi le PRE ?", "que signifie le sigle QPV ?",
])
def test_the_meaning_of_an_acronym_is_no_record(qpv: Chat, question: str) -> None:
    outcome = outcome_of(qpv, question)
    assert not outcome.confident and "se lit d'ordinaire" in outcome.reply.plain()
    assert "Décision n°" not in outcome.reply.plain()


def test_an_unknown_acronym_is_said_unknown(qpv: Chat) -> None:
    assert "Je ne connais pas le sens du sigle « XYZT »" in ask(qpv, "c'est quoi le XYZT ?")


@pytest.mark.parametrize("text, term", [
    ("c'est quoi la GUP ?", "GUP"),
    ("ça veut dire quoi ANRU ?", "ANRU"),
    ("c'est quoi le GT3 ?", None),  # a working group's number: no term of the field
    ("c'est quoi l'ODJ ?", None),  # the shorthand reads « ordre du jour »: the agenda
    ("c'est quoi la date limite du FSE ?", None),  # more than the term
    ("la GUP c'est quand ?", None),  # no meaning asked
])
def test_what_asks_a_meaning(text: str, term: str | None) -> None:
    found = meaning_asked(text)
    assert (found.raw if found else None) == term


def test_the_agenda_asked_by_its_shorthand_stays(qpv: Chat) -> None:
    assert "Convention GUP" in sure(qpv, "c'est quoi l'ODJ ?", "agenda_items")


@pytest.mark.parametrize("question, shown", [
    ("c'est qui la CP contrat de ville ?", "Nadia Berrahou"),
    ("la CP, c'est qui ?", "Nadia Berrahou"),
    ("qui est le DP des quartiers de Montbrêche ?", "Olivier Mercadier"),
    ("le DP c'est qui ?", "Olivier Mercadier"),
    ("c'est qui la référente PRE ?", "Souad Hamdi"),
])
def test_titles_by_their_initials(qpv: Chat, question: str, shown: str) -> None:
    reply = sure(qpv, question, "role_holder")
    assert shown in reply and "Gérard Lemaire" not in reply


def test_a_school_class_is_no_title(qpv: Chat) -> None:
    assert not outcome_of(qpv, "qui s'occupe des élèves de CP ?").confident


@pytest.mark.parametrize("question, intent, shown, absent", [
    ("les échéances du 1er trimestre 2027 ?", "dates_period", "16 mars", "15 décembre"),
    ("quelles échéances au 1er semestre ?", "dates_period", "31 mars", "15 décembre"),
    ("qui représente les bailleurs ?", "org_representative", "Amandine Roussel", "Léa Vandamme"),
    ("qui vient des bailleurs sociaux ?", "org_representative", "Franck Duquesnoy", "Maryse Delhaye"),
    ("Qui représente la direction départementale de l'emploi, du travail et des solidarités ?", "org_representative",
     "Léa Vandamme", "Maryse Delhaye"),
    ("qui vient de l'éduc nat ?", "org_representative", "Rachid Amrani", "Souad Hamdi"),
    ("la réunion au CS du Champ-Fleuri c'est quand ?", "meeting_which", "Séance n°4", "Séance n°5"),
])
def test_jargon_of_the_field(qpv: Chat, question: str, intent: str, shown: str, absent: str) -> None:
    reply = sure(qpv, question, intent)
    assert shown in reply and absent not in reply


def test_the_first_of_the_month_stays_a_day(qpv: Chat) -> None:
    assert "Aucune séance le mardi 1er décembre 2026" in sure(qpv, "il y a une réunion le 1er décembre ?", "meeting_which")


def test_the_prefet_s_delegate_by_initials_is_the_delegate_only(qpv: Chat) -> None:
    reply = sure(qpv, "c'est qui le DP ?", "role_holder")
    assert "Olivier Mercadier" in reply and "Antoine Delcourt" not in reply
    assert "Antoine Delcourt" in sure(qpv, "c'est qui le sous-préfet ?", "role_holder")


@pytest.mark.parametrize("question, intent, shown", [
    ("qu'est-ce qu'on valide au COPIL de janvier ?", "agenda_items", "Validation de la programmation 2027"),
    ("on valide quoi le 19 janvier ?", "agenda_items", "Avenant"),
    ("on a validé quoi au COPIL ?", "decisions_recent", "40 %"),  # the past: what was decided
])
def test_what_a_sitting_is_to_approve_is_its_agenda(qpv: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(qpv, question, intent)
