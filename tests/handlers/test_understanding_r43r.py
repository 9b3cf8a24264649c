"""What blind sets 49c (copro93, a copropriété in difficulty and its plan de
sauvegarde) and 48c (forum45, is it still on) missed after the forty-first
round, asked in other words, with the neighbours that must stay as they were:

- a vote still to come asked « quand » in the present passive (« l'ascenseur
  il est voté quand ? ») or as a sitting's purpose (« on se retrouve quand
  pour voter l'ascenseur ? »): the coming sitting whose agenda holds the point,
  when no decision says it was voted (agenda_when.vote_to_come, vote_purpose;
  vote_record.py leaves it); a words of the sitting's own heading (« entre
  copropriétaires ») name the sitting, not the point;
- a count asked (« en combien de fois ? ») of one decision's words: a deadline
  that states no number is no rival (decision_lead.py);
- « la copro », « qu'est-ce qui remplace … » (« … prend le relais »),
  « on rentre dans … » (« l'entrée … dans »), « les mauvais payeurs » (« les
  débiteurs »): families.toml;
- « le CS » of a group whose « Conseil syndical des … » is a body: the body's
  initials, no centre social (phrases.py, spelling.body_initials);
- « la sous-préfète vient mardi ? »: a title followed by « venir » asks its
  holder's presence, though a decision repeats the title
  (role_phrases.titles_over_records);
- the hearsay frame (« on m'a dit que … ») and a preposition (« depuis la
  gare ») are no words of the thing checked as changed or still so, and
  « maintenant » checks a thing as it stands now (changed_record.py); the
  frame's « qu' » is no question word when « ne … plus » is read « toujours »
  (no_longer.py, hearsay.past_frame);
- « la décision n°1 est toujours valable ? »: the decision's answer shows
  its state (« (annulée) »), which accounts for « valable » (explained.toml);
- a sitting named by its place or heading that only a cancelled sitting has
  (« la réunion de Pithiviers est annulée ? »): that sitting, cancelled, with
  the next one (answers_meetings._cancelled_there)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def copro() -> Chat:
    return build_group("copro93")


@pytest.fixture(scope="module")
def forum() -> Chat:
    return build_group("forum45")


def test_a_vote_to_come_is_the_sitting_whose_agenda_holds_it(copro: Chat) -> None:
    reply = sure(copro, "le remplacement de l'ascenseur, il est voté quand ?", "meeting_which")
    assert "séance n°5" in reply and "19 janvier 2027" in reply
    assert "séance n°5" in sure(copro, "on se voit quand pour adopter le remplacement de l'ascenseur ?", "meeting_which")
    assert "séance n°5" in sure(copro, "c'est quand qu'on se retrouve pour voter l'ascenseur du B ?", "meeting_which")


def test_a_point_already_voted_keeps_its_decision(copro: Chat) -> None:
    # The roof was voted in October: the decision that voted it, no sitting to come holding « … toiture … ».
    assert "480 000" in sure(copro, "la toiture elle est votée quand ?", "decisions_topic")
    outcome = outcome_of(copro, "on se retrouve quand pour voter la toiture ?")
    assert not (outcome.confident and outcome.intent == "meeting_which")
    assert "480 000" in sure(copro, "la toiture a été votée quand ?", "decisions_topic")


def test_a_vote_a_deadline_dates_keeps_the_deadline() -> None:
    # « Vote du budget … » is a deadline: it says when, no sitting's agenda (lead's set 36b, set 46c, the dev set).
    assert "31 mars" in sure(build_group("port56"), "le budget du port, il est voté quand ?", "dates_period")
    assert "Validation du budget" in sure(build_group("reseau92"), "on a jusqu'à quand pour valider le budget ?",
                                          "dates_period")


def test_a_count_asked_of_one_decision(copro: Chat) -> None:
    assert "trois tranches" in sure(copro, "l'appel de fonds pour la toiture c'est payé en combien de fois ?",
                                    "decisions_topic")


def test_a_decision_found_by_its_family_of_words(copro: Chat) -> None:
    assert "prend le relais" in sure(copro, "l'OPAH copro dégradée, elle est remplacée par quoi ?", "decisions_topic")
    assert "pas retenue" in sure(copro, "la copro va entrer dans l'ORCOD-IN ?", "decisions_topic")
    assert "douze plus gros débiteurs" in sure(copro, "qu'est-ce qu'on fait contre les mauvais payeurs ?",
                                               "decisions_topic")


def test_the_council_by_its_initials(copro: Chat) -> None:
    reply = sure(copro, "le président du CS c'est qui ?", "role_holder")
    assert "Mamadou Sylla" in reply


def test_a_centre_social_by_its_initials_elsewhere() -> None:
    qpv = build_group("qpv60")
    reply = sure(qpv, "la réunion au CS du Champ-Fleuri c'est quand ?", "meeting_which")
    assert "Séance n°4" in reply and "Séance n°5" not in reply


def test_a_title_s_holder_coming(copro: Chat) -> None:
    assert "Hélène Morvan" in sure(copro, "la sous-préfète viendra le 8 ?", "rsvp_upcoming")
    # What was decided for her stays the decisions that name her title.
    assert "sous la présidence de la sous-préfète" in sure(copro, "qu'a-t-on décidé pour la sous-préfète ?",
                                                            "decisions_topic")


def test_news_heard_and_a_thing_checked_still_so(forum: Chat) -> None:
    assert "28 janvier" in sure(forum, "j'ai entendu dire que le forum était avancé, c'est vrai ?", "decisions_topic")
    assert "toutes les 20 minutes" in sure(forum, "la navette depuis la gare, elle est maintenue ?", "decisions_topic")


@pytest.mark.parametrize("chatter", [
    "il paraît que le forum était super l'an dernier",
    "on m'a dit que la navette était bondée",
])
def test_news_told_stays_quiet(forum: Chat, chatter: str) -> None:
    assert not outcome_of(forum, chatter).confident


def test_news_heard_of_a_thing_no_longer_done(forum: Chat) -> None:
    reply = sure(forum, "j'ai entendu dire qu'on ne faisait plus le satellite de Jargeau ?", "decisions_topic")
    assert "abandonné" in reply


def test_a_thing_as_it_stands_now(forum: Chat) -> None:
    assert "16h30" in sure(forum, "le forum commence à quelle heure maintenant ?", "decisions_topic")


def test_a_cancelled_sitting_named_by_its_place(forum: Chat) -> None:
    reply = sure(forum, "la réunion à Pithiviers, elle se fait toujours ?", "meeting_which")
    assert "Séance n°5 (annulée)" in reply and "Prochaine séance" in reply
    assert "(annulée)" in sure(forum, "la réunion des forums satellites, elle est maintenue ?", "meeting_which")
    # The event, not the sitting, when no sitting is named: the decision on the satellite forum of the Pithiverais.
    assert "9 mars 2027" in sure(forum, "c'est où le forum de Pithiviers maintenant ?", "decisions_topic")
    # An active sitting named by its place keeps its answer.
    assert "Séance n°4" in sure(forum, "la réunion à Orléans c'est quand ?", "meeting_which")


def test_a_decision_checked_as_still_valid(forum: Chat) -> None:
    assert "Décision n°1 (annulée)" in sure(forum, "la décision 1 est encore en vigueur ?", "decision_number")
    assert "Décision n°4 (modifiée)" in sure(forum, "la décision n°4, elle est toujours valable ?", "decision_number")
