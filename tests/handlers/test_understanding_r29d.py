"""The families blind set 36c (aines23, the comité des aînés of a rural
commune, asked in spoken syntax by a retired volunteer on Tuesday 1 December
2026) missed on its first run, asked in other words and in another group,
with the neighbours that must stay as they were:

- a stressed pronoun doubling the subject between commas (« je suis inscrit,
  moi, pour le 10 ? », « nous, on se voit quand ? »): the subject said once
  (stressed_pronoun.py);
- a sitting named by its order word alone and put first (« la précédente,
  elle était à quelle heure ? »): « la réunion précédente » (order_alone.py);
- « c'est sur quoi ? » asked of a sitting: what it is about, no one's work
  (task_words.names_tasks);
- a title's work asked in other words (« la secrétaire de mairie, elle a des
  choses en cours ? »): her tasks, not the decision naming her title
  (decision_lead.py gives way);
- a question word with its preposition put first (« de quoi on va parler le
  10 ? »): also read set back after its verb (fronted_asking.py);
- a relative clause whose subject is the group (« les décisions qu'on a
  prises aux Genêts, c'était quoi ? »): its participle (our_relative.py);
- a check closing on the change it fears (« c'est toujours le 10 ou ça a
  changé ? »): the check (or_not.py);
- fillers then the subject put first (« alors la réunion de janvier, c'est
  où ? »): the subject is asked about, no chat lead-in (leadins.py);
- « où » of a sitting named by its point (« la réunion pour les familles,
  c'est où que ça se fait ? »): that sitting (agenda_when.py);
- « où » of a thing left between the decisions and the dates, when one
  deadline on it says where it is held (« le repas des aînés, c'est où ? »):
  that deadline (where_asked.place_dated)."""

from __future__ import annotations

import pytest

from handlers.understanding.fronted_asking import asking_put_back
from handlers.understanding.leadins import is_chat_lead_in
from handlers.understanding.normalise import words
from handlers.understanding.or_not import without_changed_tail
from handlers.understanding.order_alone import sitting_of_order
from handlers.understanding.our_relative import participle_of_ours
from handlers.understanding.stressed_pronoun import without_stressed_pronoun
from handlers.understanding.where_asked import _says_venue
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def aines() -> Chat:
    return build_group("aines23")


@pytest.fixture(scope="module")
def cc() -> Chat:
    return build_group("ccource10")


@pytest.mark.parametrize("text, read", [
    ("je suis inscrit, moi, pour le 10 ?", "je suis inscrit pour le 10 ?"),
    ("moi, je dois rendre quoi ?", "je dois rendre quoi ?"),
    ("nous, on se voit quand ?", "on se voit quand ?"),
    ("Roger, lui, il vient jeudi ?", "Roger, il vient jeudi ?"),
    ("alors moi, j'ai quoi à faire ?", "alors j'ai quoi à faire ?"),
    ("qu'est-ce qu'il me reste à faire, à moi ?", "qu'est-ce qu'il me reste à faire ?"),
    ("c'est qui, toi ?", "c'est qui, toi ?"),  # nothing doubled: « toi » is asked of
    ("et moi ?", "et moi ?"),
    ("Pierre, lui, vient ?", "Pierre, lui, vient ?"),  # no clitic « il » after it
])
def test_a_stressed_pronoun_doubling_the_subject(text: str, read: str) -> None:
    assert without_stressed_pronoun(text) == read


@pytest.mark.parametrize("text, read", [
    ("la précédente, elle était à quelle heure ?", "la réunion précédente, elle était à quelle heure ?"),
    ("alors la suivante, elle est où ?", "alors la réunion suivante, elle est où ?"),
    ("la précédente réunion, c'était où ?", "la précédente réunion, c'était où ?"),  # the noun said
    ("la dernière fois, on était combien ?", "la dernière fois, on était combien ?"),
])
def test_an_order_word_alone_put_first(text: str, read: str) -> None:
    assert sitting_of_order(text) == read


@pytest.mark.parametrize("tokens, read", [
    (["de", "quoi", "on", "aller", "parler", "zzperiode"], ["on", "aller", "parler", "de", "quoi", "zzperiode"]),
    (["a", "qui", "je", "envoyer", "le", "zzsujet"], ["je", "envoyer", "a", "qui", "le", "zzsujet"]),
    (["on", "parler", "de", "quoi"], None),  # already in the examples' order
    (["de", "quoi", "zzsujet"], None),  # no clause after it
])
def test_a_fronted_question_word_set_back(tokens: list[str], read: list[str] | None) -> None:
    assert asking_put_back(tokens) == read


@pytest.mark.parametrize("text, read", [
    ("les décisions qu'on a prises aux Genêts, c'était quoi ?", "les décisions prises aux Genêts, c'était quoi ?"),
    ("les points que nous avons abordés en octobre ?", "les points abordés en octobre ?"),
    ("ce qu'on a décidé la dernière fois ?", "ce qu'on a décidé la dernière fois ?"),  # no noun qualified
    ("c'est quand qu'on a voté ?", "c'est quand qu'on a voté ?"),  # a cleft
    ("le devis que Paul a envoyé ?", "le devis que Paul a envoyé ?"),  # another subject
])
def test_a_relative_clause_of_the_group(text: str, read: str) -> None:
    assert participle_of_ours(text) == read


@pytest.mark.parametrize("text, read", [
    ("c'est toujours le 10 ou ça a changé ?", "c'est toujours le 10 ?"),
    ("c'est à la mairie ou c'est déplacé ?", "c'est à la mairie ?"),
    ("ou ça a changé ?", "ou ça a changé ?"),  # nothing checked before it
])
def test_a_check_closing_on_a_change(text: str, read: str) -> None:
    assert without_changed_tail(text) == read


@pytest.mark.parametrize("question, intent, shown", [
    ("je suis inscrit, moi, pour le 10 ?", "rsvp_upcoming", "rien annoncé"),
    ("moi, je dois faire quoi ?", "tasks_mine", "planning des chauffeurs"),
    ("la précédente, elle était à quelle heure ?", "meeting_last", "n°3"),
    ("la réunion publique, c'est sur quoi ?", "meeting_which", "aide à domicile"),
    ("la secrétaire de mairie, elle a des choses en cours ?", "tasks_mine", "Inscrire les aînés"),
    ("de quoi on va parler le 10 ?", "agenda_items", "repas de Noël"),
    ("les décisions qu'on a prises aux Genêts, c'était quoi ?", "decisions_recent", "séance n°2"),
    ("Et la réunion, c'est toujours le 10 ou ça a changé ?", "meeting_which", "n°4"),
])
def test_the_set_s_spoken_questions(aines: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(aines, question, intent)


@pytest.mark.parametrize("question, intent, shown", [
    ("moi, j'ai quoi à rendre ?", "tasks_mine", "aire de covoiturage de Rue"),
    ("la précédente, elle s'est tenue où ?", "meeting_last", "n°3"),
    ("la conf des maires, c'est sur quoi ?", "meeting_which", "aux maires"),
    ("de quoi on parle en janvier ?", "agenda_items", "seniors"),
    ("les décisions qu'on a prises à Germaine ?", "decisions_recent", "séance n°2"),
    ("la commission, c'est toujours le 8 ou ça a bougé ?", "meeting_which", "n°4"),
])
def test_in_other_words_in_another_group(cc: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(cc, question, intent)


def test_neighbours_stay(aines: Chat, cc: Chat) -> None:
    # Someone's work asked « sur quoi » is still their tasks.
    assert "personnes isolées" in sure(aines, "Sylvie, elle est sur quoi en ce moment ?", "tasks_mine")
    # A title asked alone is still who holds it.
    assert "Maryse Tixier" in sure(aines, "la secrétaire de mairie, c'est qui ?", "role_holder")
    # The last meeting named with its noun is as it was.
    assert "n°3" in sure(cc, "la dernière commission c'était quand ?", "meeting_last")
    # Chat with a stressed pronoun stays chat.
    assert not outcome_of(aines, "Moi, je serai pas là jeudi.").confident


@pytest.mark.parametrize("clause, lead_in", [
    ("alors la réunion de janvier", False),  # the subject put first
    ("bon ben la réunion d'octobre", False),
    ("ok celle de mars", False),
    ("alors", True),
    ("bon ben", True),
    ("dsl j'ai raté le msg", True),
    ("alors moi la réunion", True),  # the member speaking of themselves
])
def test_fillers_before_the_subject_put_first(clause: str, lead_in: bool) -> None:
    assert is_chat_lead_in(words(clause)) is lead_in


@pytest.mark.parametrize("text, venue", [
    ("Repas de Noël des aînés à la salle polyvalente", True),
    ("Forum au centre social", True),
    ("Inscriptions au repas des aînés auprès de la mairie", False),  # a body turned to, no venue
    ("Retour des questionnaires sur l'isolement", False),
])
def test_a_record_saying_where_it_is_held(text: str, venue: bool) -> None:
    assert _says_venue(text) is venue


@pytest.mark.parametrize("question, intent, shown", [
    ("alors la réunion de janvier, c'est où ?", "meeting_which", "n°5"),
    ("bon ben la réunion d'octobre, elle était où ?", "meeting_which", "n°2"),
    ("alors la réunion pour les familles, c'est où que ça se fait ?", "meeting_which", "n°6"),
    ("la réunion sur l'APA, c'est où ?", "meeting_which", "n°6"),
    ("le repas des aînés, c'est où ?", "dates_period", "salle polyvalente"),
])
def test_fillers_and_where(aines: Chat, question: str, intent: str, shown: str) -> None:
    assert shown in sure(aines, question, intent)


def test_fillers_before_a_sitting_in_another_group(cc: Chat) -> None:
    assert "n°5" in sure(cc, "alors la commission de janvier, c'est où ?", "meeting_which")
    assert "n°2" in sure(cc, "bon, la réunion d'octobre, elle s'est tenue où ?", "meeting_which")
    # A lead-in of the member's own still reads away.
    assert "n°4" in sure(cc, "dsl j'ai raté le msg, on se réunit quand ?", "meeting_next")
