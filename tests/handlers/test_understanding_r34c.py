"""Questions asked in a mood, of blind set 41c (crue62, the comité de suivi of
the recovery after a flood in an invented communauté de communes of the
Pas-de-Calais, asked by the president of a flooded neighbourhood's residents'
association on Tuesday 1 December 2026), missed on its first run, asked in
other words, and in another group, with the neighbours that must stay as
they were:

- a cry for help that is the whole message is the help; a formula of
  urgency or courtesy opening or closing the question (« Sans vouloir
  abuser, », « je repose ma question : », « Désolé de vous importuner : »,
  « …, à la fin ? », « …, vite »), sarcasm or weariness opening it (« bien
  sûr personne ne sait … », « comme d'habitude … »), an exclamation opening
  it (« Annulée ?! »), and a complaint after its last « ? » (« … ? ça fait
  une semaine que je cherche ») are read away (moods.py);
- « solliciter » and « résumer » are verbs of the formal frame (lexicon.toml
  `polite_verbs`);
- « Prénom, est-ce que … ? » is spoken to the member: the « ce » of « est-ce
  que » points back to no one (framing.is_vocative);
- « je ne sais même plus quand … » is forgotten, as « je ne sais plus »
  (forgotten.py);
- the farmers find « exploitation agricole », the insurances « assureurs »
  (lexicon.toml `[topics]`);
- « il faut s'adresser à qui pour l'ADIL ? », « je dois m'adresser à qui … »:
  the modal before the verb of turning is no charge asked (turn_to_body.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def crue() -> Chat:
    return build_group("crue62")


@pytest.fixture(scope="module")
def cmj() -> Chat:
    return build_group("cmj33")


def test_a_cry_for_help_alone_is_the_help(crue: Chat, cmj: Chat) -> None:
    assert "/" in sure(crue, "au secours !!!", "help")
    assert "/" in sure(cmj, "SOS", "help")


def test_courtesy_and_urgency_around_the_question_are_read_away(crue: Chat, cmj: Chat) -> None:
    assert "Nadia Bekkouche" in sure(crue, "Sans vouloir abuser, qui est notre contact à la DDTM ?",
                                     "org_representative")
    assert "n°4" in sure(crue, "Je repose ma question : quand a lieu le prochain comité ?", "meeting_next")
    assert "n°4" in sure(crue, "Désolé de vous importuner : la prochaine réunion se tient quand ?", "meeting_next")
    assert "n°4" in sure(cmj, "on se revoit quand, à la fin ?", "meeting_next")
    assert "Présents (11)" in sure(cmj, "qui était là à la dernière réunion ? ça fait trois jours que je demande",
                                   "attendance_meeting")
    # Nothing asked besides the mood: nothing to answer.
    for text in ("sans vouloir vous déranger, je serai en retard", "bien sûr, merci", "je suis à bout, vraiment"):
        assert not outcome_of(crue, text).confident, text


def test_an_exclamation_before_the_question(crue: Chat) -> None:
    assert "n°4" in sure(crue, "Déplacée encore ?! la prochaine réunion c'est quand du coup", "meeting_next")
    # « Bonjour ! » greets: the question after it keeps its own opening (set 32c).
    assert "n°4" in sure(crue, "Bonjour ! Désolée : la prochaine réunion, c'est quand et où ?", "meeting_next")


def test_sarcasm_opening_the_question(crue: Chat, cmj: Chat) -> None:
    assert "Thierry Maréchal" in sure(crue, "comme d'habitude personne ne sait qui suit les assureurs…", "in_charge")
    assert "Fatou Diallo" in sure(cmj, "bien sûr personne ne sait qui représente la CAF…", "org_representative")


def test_formal_verbs_of_asking(crue: Chat) -> None:
    assert "salle du conseil communautaire" in sure(
        crue, "Je me permets de vous solliciter afin de connaître l'heure du prochain comité.", "meeting_next")
    assert "Décision n°8" in ask(crue, "Pourriez-vous me résumer les décisions du 19 novembre ?")


def test_a_question_spoken_to_a_member_by_name(crue: Chat, cmj: Chat) -> None:
    for chat, text in ((crue, "Sylvie, est-ce que le CCAS a encore des logements libres ?"),
                       (cmj, "Karim, est-ce que la mairie a reçu les devis ?")):
        assert not outcome_of(chat, text).confident, text


def test_forgotten_with_meme(cmj: Chat) -> None:
    assert "n°2" in sure(cmj, "je ne me souviens même plus quand on a eu la commission sport", "meeting_which")


def test_farmers_and_insurers_in_the_records_words(crue: Chat) -> None:
    assert "1 500 euros" in sure(crue, "on a décidé quoi au sujet des agriculteurs ?", "decisions_topic")
    assert "10 décembre" in sure(crue, "la déclaration des dommages aux assurances, c'est avant quand ?",
                                 "dates_period")


def test_whom_to_turn_to_after_a_modal(crue: Chat) -> None:
    assert "Camille Leroy" in sure(crue, "il faut s'adresser à qui pour l'ADIL ?", "in_charge")
    assert "Fatou Diallo" in sure(build_group("cmj33"), "je dois m'adresser à qui pour la CAF ?", "in_charge")
