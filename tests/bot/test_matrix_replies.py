"""Reading Matrix replies, threads and mentions, without a homeserver."""

from __future__ import annotations

from bot.matrix.events import addressed
from bot.matrix.replies import answer_relation, read_relation, strip_fallback

BOT = "@greffier:example.org"
LEA = "@lea:example.org"


def reply_content(body: str, formatted: str | None = None, **relates: object) -> dict[str, object]:
    content: dict[str, object] = {"msgtype": "m.text", "body": body,
                                  "m.relates_to": {"m.in_reply_to": {"event_id": "$q"}, **relates}}
    if formatted is not None:
        content["formatted_body"] = formatted
    return content


def test_the_legacy_fallback_is_stripped_from_a_reply() -> None:
    body = "> <@lea:example.org> Qui vient jeudi ?\n> Et vendredi ?\n\n/decision Bastien vient"
    formatted = ('<mx-reply><blockquote><a href="https://matrix.to/#/!r/$q">In reply to</a> '
                 '<a href="https://matrix.to/#/@greffier:example.org">Greffier</a><br>Qui vient ?</blockquote>'
                 '</mx-reply>/decision Bastien vient')
    text, content = strip_fallback(body, reply_content(body, formatted))
    assert text == "/decision Bastien vient"
    assert content["formatted_body"] == "/decision Bastien vient"
    # The quoted pill to the bot no longer counts as a mention.
    assert addressed(text, content, BOT, ["greffier"]) == (False, "/decision Bastien vient")


def test_without_in_reply_to_a_quote_is_the_users_own_text() -> None:
    body = "> une citation du règlement\n\nqu'en pensez-vous ?"
    assert strip_fallback(body, {"msgtype": "m.text", "body": body})[0] == body


def test_relations_of_threads_and_replies() -> None:
    thread = read_relation({"m.relates_to": {"rel_type": "m.thread", "event_id": "$root", "is_falling_back": True,
                                             "m.in_reply_to": {"event_id": "$latest"}}})
    assert (thread.thread, thread.reply_to) == ("$root", None)  # a fallback is not a chosen reply
    genuine = read_relation({"m.relates_to": {"rel_type": "m.thread", "event_id": "$root", "is_falling_back": False,
                                              "m.in_reply_to": {"event_id": "$bot"}}})
    assert (genuine.thread, genuine.reply_to) == ("$root", "$bot")
    assert answer_relation("$cmd", thread) == {"rel_type": "m.thread", "event_id": "$root", "is_falling_back": True,
                                               "m.in_reply_to": {"event_id": "$cmd"}}
    assert answer_relation("$cmd", read_relation({})) == {"m.in_reply_to": {"event_id": "$cmd"}}


def test_m_mentions_alone_decides_when_present() -> None:
    assert addressed("Greffier : la séance ?", {"m.mentions": {}}, BOT, ["greffier"])[0] is False
    assert addressed("salut", {"m.mentions": {"user_ids": [LEA]}}, BOT, ["greffier"])[0] is False
    assert addressed("la séance ?", {"m.mentions": {"user_ids": [BOT]}}, BOT, ["greffier"]) == (True, "la séance ?")


def test_without_m_mentions_a_pill_or_a_leading_name_only() -> None:
    assert addressed("Greffier : quand est la séance ?", {}, BOT, ["greffier"]) == (True, "quand est la séance ?")
    assert addressed("greffier, qui est Léa ?", {}, BOT, ["greffier"]) == (True, "qui est Léa ?")
    assert addressed("le greffier du tribunal a signé", {}, BOT, ["greffier"]) == (False, "le greffier du tribunal a signé")
    assert addressed("Merci greffier", {}, BOT, ["greffier"])[0] is False
    encoded = {"formatted_body": '<a href="https://matrix.to/#/%40greffier%3Aexample.org">Le Greffier</a> : salut'}
    assert addressed("Le Greffier : salut", encoded, BOT, ["greffier"]) == (True, "salut")


def test_a_user_id_on_a_server_named_like_the_bot_is_not_a_mention() -> None:
    assert addressed("@lea:greffier.example.org a raison", {}, "@bot:greffier.example.org", ["greffier"])[0] is False
