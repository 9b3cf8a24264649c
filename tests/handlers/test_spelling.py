"""The spelling rules of questions (handlers/understanding/spelling.py), each
on words and sentences that no evaluation set uses, and what a member then
reads."""

from __future__ import annotations

import pytest

from handlers.understanding.normalise import fold, words
from handlers.understanding.spelling import drop_fillers, slip_of, split_elision
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


def folded(text: str, **kwargs: object) -> list[str]:
    return [w.folded for w in words(text, **kwargs)]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def chat() -> Chat:
    return build_group()


@pytest.mark.parametrize(("typed", "read"), [
    ("jai une question", ["j", "ai", "une", "question"]),
    ("lordinateur est en panne", ["l", "ordinateur", "est", "en", "panne"]),
    ("jusquici tout va bien", ["jusqu", "ici", "tout", "va", "bien"]),
    ("on part dAubagne", ["on", "part", "d", "aubagne"]),
    ("quy a-t-il demain", ["qu", "y", "a", "t", "il", "demain"]),
])
def test_a_glued_elision_is_read_as_two_words(typed: str, read: list[str]) -> None:
    assert folded(typed) == read


@pytest.mark.parametrize("typed", ["quelle salle", "donc voilà", "Da Costa arrive", "lamelle"])
def test_a_word_that_only_looks_glued_stays_whole(typed: str) -> None:
    # « quelle » and « donc » are words; « Da » opens a name.
    assert folded(typed) == [fold(w) for w in typed.split()]


def test_a_short_word_is_no_elision_of_a_shorter_one() -> None:
    # « quan » is « quand » with a letter dropped, not « qu'an ».
    assert folded("c'est quan") == ["c", "est", "quand"]


def test_a_capitalised_word_inside_a_sentence_or_a_name_of_the_group_stays_whole() -> None:
    assert split_elision("Lorient", lambda w: w in {"orient"}, opening=False) == ["Lorient"]
    assert split_elision("Lorient", lambda w: w in {"orient"}, opening=True) == ["L", "orient"]
    assert folded("Lorient, c'est loin", names={"lorient"})[0] == "lorient"


@pytest.mark.parametrize(("typed", "read"), [
    ("du coup, qui gère le budget ?", ["qui", "gere", "le", "budget"]),
    ("euh c'est où au fait", ["c", "est", "ou"]),
    ("dites-moi le nom du trésorier", ["le", "nom", "du", "tresorier"]),
])
def test_oral_fillers_are_dropped_from_a_question(typed: str, read: list[str]) -> None:
    assert folded(typed) == read


def test_a_filler_that_means_something_is_kept() -> None:
    # « on en fait quoi ? » asks what is done: « en fait » after a subject is no filler.
    assert folded("on en fait quoi ?") == ["on", "en", "fait", "quoi"]
    assert folded("qui en fait partie ?") == ["qui", "en", "fait", "partie"]
    assert folded("qui en fait gère la salle ?") == ["qui", "gere", "la", "salle"]
    assert drop_fillers(["euh"], [("euh",)]) == set()
    # Records keep every word they were written with.
    assert "coup" in folded("du coup de fil", shorthand=False)


@pytest.mark.parametrize(("typed", "read"), [
    ("le calendreir du mois", "calendrier"),   # two letters swapped
    ("l'annuaiire", "annuaire"),               # a letter doubled
    ("l'anuaire", "annuaire"),                 # a letter dropped
    ("le calendtier", "calendrier"),           # a neighbour key on AZERTY
    ("lundu prochain", "lundi"),
    ("la prochainee fois", "prochaine"),       # not « prochaines »: fewest letters changed
])
def test_a_typing_slip_is_read_as_the_word_meant(typed: str, read: str) -> None:
    assert read in folded(typed)


def test_a_slip_after_a_glued_elision_is_read_when_closer_than_a_slip_of_the_whole() -> None:
    # « soccupee »: « s'occupe » with a doubled letter, not « occupe » two letters away.
    assert folded("qui soccupee des salles") == ["qui", "s", "occupe", "des", "salles"]
    assert folded("montre-moi lanuaire") == ["montre", "moi", "l", "annuaire"]
    # « noembre » is a slip of « novembre » or « nombre », not « n'membre ».
    assert folded("noembre") == ["noembre"]


@pytest.mark.parametrize(("typed", "kept"), [
    ("la mire est floue", "mire"),    # a French word is never read as another (« maire »)
    ("quets-ce", "quets"),            # as close to « quest » as to « quels »: left as typed
    ("le zqxwv", "zqxwv"),
])
def test_a_word_is_never_corrected_into_another_known_or_doubtful_word(typed: str, kept: str) -> None:
    assert kept in folded(typed)


def test_a_slip_as_close_to_a_name_of_the_group_is_left_to_the_names() -> None:
    # « lundu » may be « lundi » or Mme Lundy: the word is left as typed.
    assert folded("lundu", names={"lundy"}) == ["lundu"]
    assert folded("Lundy", names={"lundy"}) == ["lundy"]


def test_a_name_is_read_through_a_doubled_dropped_or_swapped_letter_only() -> None:
    names = {"garnier", "vasseur", "lefevre"}
    assert slip_of("garneir", names) == "garnier"
    assert slip_of("vasseeur", names) == "vasseur"
    # A changed letter may be someone else (« Lefebre »), and two names as close are no answer.
    assert slip_of("lefebre", names) is None
    assert slip_of("marinn", {"marin", "marina"}) is None


def test_a_letter_changed_in_a_name_is_read_only_when_the_rest_of_the_name_says_who(chat: Chat) -> None:
    assert "Vice-présidente chargée des solidarités" in chat.say("qui est Nathalie Lefebre ?", private=True)
    assert "Conseiller entreprises" in chat.say("que fait Thomqs Petit ?", private=True)
    assert slip_of("lefebre", {"lefevre"}, changed=True) == "lefevre"
    # Alone, « Mme Lefebre » may be someone else: offered, not answered.
    assert "Vouliez-vous dire : Nathalie Lefèvre" in chat.say("c'est qui Mme Lefebre ?", private=True)


def test_all_caps_reads_as_plain_text() -> None:
    read = words("QUI EST LE TRÉSORIER DU CCAS ?", names={"ccas"})
    assert [w.raw for w in read] == ["qui", "est", "le", "trésorier", "du", "CCAS"]


@pytest.mark.parametrize("typed", [
    "du coup cest quand la prochainne réunion stp",
    "LA PROCHAINNE REU CEST OU ??",
    "euh, on se retrouve quadn au fait ?",
])
def test_a_member_typing_fast_gets_the_next_meeting(chat: Chat, typed: str) -> None:
    assert "n°4" in chat.say(typed, private=True)


def test_a_member_typing_fast_gets_who_represents_a_body(chat: Chat) -> None:
    assert "Sophie Garnier" in chat.say("qui represente lassociation des maires en fait ?", private=True)
    assert "Nathalie Lefèvre" in chat.say("cest qui Mme Leféfvre du coup ?", private=True)


def test_thanks_typed_fast_stay_thanks(chat: Chat) -> None:
    for text in ("merci bcp du coup", "MERCI POUR LORDRE DU JOUR", "jarrive dans 5 min"):
        reply = chat.reply(text, private=True)
        assert reply is None or "Séance n°" not in reply.plain() and "Échéance n°" not in reply.plain(), text
