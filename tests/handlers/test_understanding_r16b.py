"""Yes-or-no questions that check a fact, counts and amounts, that blind set
24b (atl-tournai, the commission communale de l'accueil of Tournai) missed
on its first run, asked in its group and in other groups (Niort's
educational project pedt79, the PLIE of Lens plie-lens62, Prélaz in
Lausanne) to show the means are general:

- the group's own acronym told by the offices its members hold in it
  (« présidente de la CCA », « secrétaire de la CCA »: office_acronyms.py)
  is the group, and counting one of its meetings (« une CCA en janvier »,
  « la prochaine CCA ») it is read « réunion » (own_meetings.py);
- « est-ce que … » and an inverted subject (« suis-je », « a-t-il ») ask
  without « ? » (asked_marks.py); « …, non ? », « … hein ? » end a question
  as a tag, no word of it (question_tags.py);
- the meetings' habit counted (« combien de fois par an ») or checked in the
  plural (« les réunions c'est toujours le jeudi à 18h ? ») is the rule on
  them (meeting_rule.py); the next meeting checked on a wrong day shows the
  next one (answers_meetings.py);
- a share (« quel pourcentage »), a price (« combien coûte … le mercredi »),
  the people counted (« combien de postes d'animateurs ») and a figure checked
  wrong (« c'est bien nonante places ? ») find the decision stating them
  (decision_facts.py, decision_check.py);
- « on engage des animateurs finalement ? »: the decisions holding the title's
  word, not the latest ten (role_decided.py);
- « Fatou a rendu son bilan ? » when two tasks hold « bilan »: hers; « la
  Passerelle a des choses à rendre ? »: the body's tasks (task_questions.py);
  « le compte rendu de Kain il arrive quand ? »: the task on the minutes of
  the meeting held there (minutes_task.py);
- « le rapport ATL c'est bien pour le 18 ? »: the deadline with its own day
  (date_checked.py); « l'échevine vient jeudi ? »: the holder of the title in
  the gender asked (role_gender.py, presence_body.py);
- « je me suis annoncée pour … », « on est combien à venir … »
  (presence_cues.py).
And the news that look like them stay quiet."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def tournai() -> Chat:
    """Set 24b's group, asked by the ATL coordinator Aurélie Dufrane."""
    return build_group("atl-tournai")


@pytest.fixture(scope="module")
def pedt() -> Chat:
    """Set 21e's group, asked by the PEDT's coordinator Thibault Moreau."""
    return build_group("pedt79")


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("c'est quand la prochaine CCA ?", "meeting_next", "n°4"),
    ("est-ce qu'il y a une CCA en janvier", "meeting_which", "21 janvier"),
    ("la prochaine CCA c'est bien le 10 décembre ?", "meeting_which", "jeudi 3 décembre"),
    ("on etait cb a la derniere CCA", "attendance_meeting", "11 présents"),
    ("est-ce que le budget de l'extrascolaire a été approuvé", "decisions_topic", "185 000"),
    ("suis-je inscrite pour jeudi ?", "rsvp_upcoming", "annoncé votre présence"),
    ("est-ce que je me suis annoncée pour la CCA de jeudi", "rsvp_upcoming", "annoncé votre présence"),
    ("on est combien à venir jeudi ?", "rsvp_upcoming", "6 présents"),
    ("on a une réunion le 21 janvier, non ?", "meeting_which", "n°5"),
    ("on se réunit combien de fois par an ?", "decisions_topic", "six fois par an"),
    ("les réunions c'est toujours le jeudi à 18h ?", "decisions_topic", "six fois par an"),
    ("c'est quel pourcentage que le CPAS rembourse ?", "decisions_topic", "80 %"),
    ("combien coute la demi heure de garderie le mercredi aprem", "decisions_topic", "1,50 euro"),
    ("combien de postes d'animateurs on crée ?", "decisions_topic", "Trois animateurs"),
    ("c'est bien nonante places aux plaines de Pâques ?", "decisions_topic", "Septante places"),
    ("on engage des animateurs finalement ?", "decisions_topic", "Trois animateurs"),
    ("Fatou a rendu son bilan ?", "in_charge", "bilan de l'école des devoirs"),
    ("finalement la commission c'est jeudi ou pas ?", "meeting_which", "n°4"),
    ("le rapport ATL c'est bien pour le 18 ?", "dates_period", "11 décembre"),
    ("le compte rendu de Kain il arrive quand ?", "in_charge", "4 décembre"),
    ("l'échevine vient à la réunion de jeudi ?", "rsvp_upcoming", "Catherine Delhaye"),
    ("la Passerelle a des choses à rendre ?", "tasks_mine", "bilan de l'école des devoirs"),
])
def test_checks_and_counts_in_set_group(tournai: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(tournai, text, intent)


@pytest.mark.parametrize(("text", "intent", "key"), [
    ("est-ce que le forum des activités éducatives a été décidé", "decisions_topic", "6 février"),
    ("on se réunit combien de fois par mois ?", "decisions_topic", "une fois par mois"),
    ("le prochain comité c'est bien le 14 janvier ?", "meeting_which", "jeudi 17 décembre"),
    ("la Ligue de l'enseignement a des choses à rendre ?", "tasks_mine", "convention"),
    ("on a une réunion le 28 janvier, non ?", "meeting_which", "n°5"),
    ("est-ce que je me suis annoncé pour la réunion du 17", "rsvp_upcoming", "annoncé votre présence"),
    ("on est combien à venir le 17 ?", "rsvp_upcoming", "4 présents"),
    ("suis-je inscrit pour le 17", "rsvp_upcoming", "annoncé votre présence"),
    ("le comité c'est bien le 17 ?", "meeting_which", "n°4"),
    ("l'évaluation du PEDT c'est bien pour le 15 ?", "dates_period", "30 juin"),
])
def test_checks_and_counts_in_other_group(pedt: Chat, text: str, intent: str, key: str) -> None:
    assert key in sure(pedt, text, intent)


@pytest.mark.parametrize(("group", "text", "key"), [
    ("plie-lens62", "c'est quel pourcentage pour la clause sociale ?", "10 %"),
    ("plie-lens62", "la régie prend combien de postes de salariés ?", "12 salariés"),
    ("prelaz-lausanne", "le budget participatif c'est bien 40 000 francs ?", "30 000 francs"),
])
def test_amounts_in_other_groups(group: str, text: str, key: str) -> None:
    assert key in sure(build_group(group), text, "decisions_topic")


def test_the_meetings_to_come_counted_are_no_rhythm() -> None:
    # « combien de fois avant l'été »: the meetings to come, not the rule « … six fois par an ».
    assert outcome_of(build_group("atl-tournai"), "on se reunit combien de fois avant l'ete ?").intent != "decisions_topic"


@pytest.mark.parametrize("text", [
    "la réu est maintenue, je confirme", "on sera 12 jeudi", "3 places validées 👍",
    "le budget est passé au conseil communal hier soir 🎉", "Fatou a rendu son bilan ce matin, je le fais suivre",
    "on était 11 à Kain, pas mal pour un jeudi soir", "oui c'est bien le 21, je l'ai noté aussi",
    "hein oui je sais, j'ai vu passer le mail", "le budget c'est 185 000, comme prévu",
])
def test_news_that_look_like_checks_stay_quiet(tournai: Chat, text: str) -> None:
    assert not outcome_of(tournai, text).confident


def test_the_acronym_of_the_offices_is_the_group() -> None:
    from handlers.understanding.office_acronyms import office_acronym
    from storage.models import Member

    def member(number: int, organisation: str, role: str) -> Member:
        return Member(number=number, name=f"Membre {number}", organisation=organisation, role=role)

    offices = [member(1, "Commune de Sierre", "Conseillère communale, présidente de la CRA"),
               member(2, "Commune de Chippis", "Secrétaire de la CRA"),
               member(3, "Pro Senectute Valais", "Assistante sociale")]
    assert office_acronym(offices) == "cra"
    # Named once only, or the name of a member's body: no group's name.
    assert office_acronym(offices[:1] + offices[2:]) == ""
    assert office_acronym([*offices, member(4, "CRA Valais", "Directeur")]) == ""


def test_the_forms_that_ask_get_their_mark() -> None:
    from handlers.understanding.asked_marks import asked_mark
    assert asked_mark("est-ce que le budget a été voté").endswith("?")
    assert asked_mark("Bonjour, est ce qu'on se voit jeudi").endswith("?")
    assert asked_mark("le budget a-t-il été adopté").endswith("?")
    assert asked_mark("rappelez-vous que la réunion est jeudi") == "rappelez-vous que la réunion est jeudi"
    assert asked_mark("c'est ce que je pensais") == "c'est ce que je pensais"


def test_the_group_name_counting_a_meeting_is_a_meeting() -> None:
    from handlers.understanding.own_meetings import own_as_meeting
    assert own_as_meeting("y a une CCA en janvier ?", {"cca"}) == "y a une réunion en janvier ?"
    assert own_as_meeting("le prochain CLS c'est quand ?", {"cls"}) == "la prochaine réunion c'est quand ?"
    assert own_as_meeting("la CCA de jeudi est maintenue ?", {"cca"}) == "la réunion de jeudi est maintenue ?"
    assert own_as_meeting("qui fait partie de la CCA ?", {"cca"}) == "qui fait partie de la CCA ?"
    assert own_as_meeting("le copil a bien lieu le 15 ?", set()) == "la réunion a bien lieu le 15 ?"
    assert own_as_meeting("la commission est compétente ?", set()) == "la commission est compétente ?"
