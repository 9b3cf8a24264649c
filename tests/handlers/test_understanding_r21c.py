"""The formal, institutional register that blind set 29c (odpe47, the
departmental child-protection observatory of Lot-et-Garonne, asked by its
officer on Tuesday 1 December 2026) missed on its first run, asked in other
words, in its group and in the CLEA of GrandAngoulême (clea16):

- the group called by the noun its own offices are held in (« présidente de
  l'observatoire », « vice-président de l'observatoire »: « l'observatoire »,
  and « l'ODPE » spelled out from it; own_group.py, office_acronyms.py),
  « sur » after that name making no topic of it;
- « Savez-vous où / qui / si … ? », « Sauriez-vous … ? »: the inverted frame
  of « vous savez » (leadins.py);
- who someone is or holds a title, said formally: « de qui s'agit-il ? », « le
  nom du <titre> », « qui occupe la fonction de », « à quel organisme
  appartient / relève … », a clause « qui siège à l'observatoire » after the
  title (seated_clause.py), a short title with its complement (« juge des
  enfants »: role_forms.py, role_spans.py), a feminine title typed choosing
  before the group's own offices (answers_people.py);
- a body called by the subject its name opens on after a verb asking a body
  (« qui siège pour la gendarmerie ? »: body_subject_word.py), « les membres
  issus de / provenant de X »;
- the group's sittings as « instance(s) », decisions as « délibérations »,
  meeting « à nouveau » (the next sitting, not the rhythm decision: topics.py),
  « figure à l'ordre du jour », « disposer de », « l'ensemble des », « qui
  suit celui du … », « vos fonctionnalités »; a medical check one subject.
And what those readings must leave alone."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def odpe() -> Chat:
    return build_group("odpe47")


@pytest.fixture(scope="module")
def clea() -> Chat:
    return build_group("clea16")


@pytest.mark.parametrize(("text", "intent", "shown"), [
    # The group called « l'observatoire » by its offices.
    ("qui fait partie de l'observatoire ?", "directory", "Membres du groupe (19)"),
    ("les dernières décisions de l'observatoire svp", "decisions_recent", "Dernières décisions"),
    ("qui est le vice-président de l'observatoire ?", "role_holder", "Gérard Fabre"),
    ("l'avis de l'ODPE sur le schéma, c'est pour quand ?", "dates_period", "vendredi 26 février 2027"),
    # The inverted « savez-vous ».
    ("Sauriez-vous qui représente la CAF ?", "org_representative", "Nicolas Bergès"),
    ("Savez-vous si la séance plénière de juin est maintenue ?", "meeting_which", "jeudi 10 juin 2027"),
    # Who, formally.
    ("À quel organisme appartient M. Bergès ?", "who_is", "CAF de Lot-et-Garonne"),
    ("Mme Réau relève de quel organisme ?", "who_is", "DSDEN de Lot-et-Garonne"),
    ("M. Dufau, de qui s'agit-il ?", "who_is", "Directeur territorial"),
    ("la directrice de la Maison départementale de l'enfance, de qui s'agit-il ?", "role_holder", "Sylvie Couderc"),
    ("pourriez-vous m'indiquer le nom du médecin de PMI ?", "role_holder", "Hélène Marty"),
    ("le nom de la présidente de l'observatoire ?", "role_holder", "Annick Sempé"),
    ("le pédiatre qui siège au sein de l'observatoire, c'est qui ?", "role_holder", "Amina Tahri"),
    ("le juge des enfants, c'est qui ?", "role_holder", "Pascal Lartigue"),
    ("qui exerce les fonctions de directeur territorial de la PJJ ?", "role_holder", "Marc Dufau"),
    ("qui est la vice-présidente ?", "role_holder", "Annick Sempé"),
    # A body by the subject of its name, a body's members said formally.
    ("qui siège pour la gendarmerie au sein de l'observatoire ?", "org_representative", "Thierry Roumégoux"),
    ("les membres provenant de la PJJ ?", "org_members", "Marc Dufau"),
    # Sittings, decisions, agenda, help in the institutional register.
    ("la prochaine instance se tient où ?", "meeting_next", "n°4"),
    ("les instances prévues en 2027 ?", "meetings_upcoming", "Prochaines séances en 2027 (3)"),
    ("Quand nous retrouverons-nous à nouveau ?", "meeting_next", "n°4"),
    ("les délibérations du comité de pilotage de novembre ?", "decisions_recent", "Décisions de la séance n°3"),
    ("Je souhaiterais disposer de l'ordre du jour de la prochaine séance.", "agenda_items", "Protocole de traitement"),
    ("Le plan de formation figure-t-il à l'ordre du jour du comité technique de janvier ?", "agenda_items",
     "Plan de formation des professionnels"),
    ("le comité qui suit celui du 19 janvier, c'est où ?", "meeting_which", "n°6"),
    ("qu'a-t-on décidé sur l'examen médical d'admission ?", "decisions_topic", "bilan de santé d'entrée"),
    ("Quelles sont les fonctionnalités disponibles ?", "help", "Je réponds aux questions"),
])
def test_the_observatory_asked_formally(odpe: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(odpe, text, intent)


@pytest.mark.parametrize(("text", "intent", "shown"), [
    ("Sauriez-vous qui représente la DRAC ?", "org_representative", "Nadia Cherif"),
    ("Pourriez-vous m'indiquer le nom de la conseillère pédagogique en arts plastiques ?", "role_holder",
     "Sandrine Pelletier"),
    ("Quelle est la prochaine instance ?", "meeting_next", "n°4"),
    ("Les délibérations du comité de pilotage de novembre, s'il vous plaît.", "decisions_recent",
     "Décisions de la séance n°3"),
    ("M. Texier, de qui s'agit-il ?", "who_is", "Conservatoire Gabriel Fauré"),
    ("Qui occupe le poste de responsable des transports scolaires ?", "role_holder", "Mathieu Blanchard"),
    ("les membres issus de la DSDEN ?", "org_members", "Bernard Joubert"),
])
def test_the_same_register_in_another_group(clea: Chat, text: str, intent: str, shown: str) -> None:
    assert shown in sure(clea, text, intent)


def test_how_often_the_group_meets_is_still_the_decision(odpe: Chat) -> None:
    # « à nouveau » asks the next sitting; the rhythm asked keeps the decision on it.
    assert "deux fois par an" in sure(odpe, "à quel rythme l'observatoire se réunit-il ?", "decisions_topic")


def test_the_minutes_noun_is_no_verb_of_belonging(odpe: Chat) -> None:
    # « relève » (the verb) and « relevé » (the noun) fold alike: the noun keeps the meeting's decisions.
    assert "Décisions de la séance n°3" in sure(odpe, "le relevé de décisions du 19 novembre ?", "decisions_recent")


@pytest.mark.parametrize("text", [
    "La délibération de la commission permanente a été publiée.",
    "quel est le nom de la salle ?",
    "Savez-vous faire un compte rendu ?",
    "Monsieur Bordes, pourriez-vous me faire parvenir la version consolidée du cahier des charges ?",
    "Gérard, pourras-tu représenter l'UDAF à ma place jeudi ?",
])
def test_what_the_formal_readings_leave_alone(odpe: Chat, text: str) -> None:
    outcome = outcome_of(odpe, text)
    assert not (outcome.confident and outcome.intent in ("role_holder", "who_is", "org_representative",
                                                         "decisions_topic", "minutes_request")), outcome.reply.plain()
