"""The router: one incoming `Message` in, at most one `Reply` out.

It resolves the group a chat belongs to, who the sender is and whether they
coordinate it, dispatches commands through the table and free questions to
`handlers.questions`, and is the error boundary: a `UserError` becomes its
French message, anything else is logged and the user gets a short apology,
never a stack trace.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from handlers import questions
from handlers.args import check_message
from handlers.context import Context, GroupSettings, Sender, belongs, is_coordinator
from handlers.messages import InputError, Message, Reply, UserError
from handlers.registry import Command, CommandTable, command_target
from handlers.understanding.addressing import called_by_name
from storage.store import Store

__all__ = ["Router"]

log = logging.getLogger(__name__)

APOLOGY = "Désolé, un problème interne m'empêche de répondre. L'équipe technique a été prévenue ; réessayez plus tard."



class Router:
    def __init__(
        self,
        store: Store,
        groups: Sequence[GroupSettings],
        commands: CommandTable,
        clock: Callable[[], datetime],
        handled: Callable[[], None] = lambda: None,
        names: Iterable[str] = (),
    ) -> None:
        self.store = store
        self.groups = {g.slug: g for g in groups}
        self.commands = commands
        self.clock = clock
        # Called after each message is answered: the scheduler then sends
        # what the command made owed (announcements), after the reply.
        self.handled = handled
        # The bot's own user names (Telegram's @GreffierBot): a command
        # written /cmd@Name is ours only if Name is one of them. Adapters add
        # theirs once the platform has told them (getMe).
        self.names: frozenset[str] = frozenset(n.casefold() for n in names)

    # -- resolution ----------------------------------------------------------

    def group_for(self, message: Message) -> GroupSettings | None:
        """The group a chat is bound to (config, then /lier), or for a private
        chat the one group the sender belongs to."""
        if message.platform == "console":
            return self.groups.get(message.chat_id)
        for group in self.groups.values():
            if message.chat_id in group.chats.get(message.platform, ()):
                return group
        slug = self.store.bound_group(message.platform, message.chat_id)
        if slug in self.groups:
            return self.groups[slug]
        if message.private:
            # Checked again on every message: a member removed from the
            # group, or a coordinator dropped from its config, loses it at once.
            mine = self.groups_of(message)
            chosen = self.store.get_state(f"private-choice:{message.sender_key}")
            for group in mine:
                if group.slug == chosen:
                    return group
            if len(mine) == 1:
                return mine[0]
        return None

    def groups_of(self, message: Message) -> list[GroupSettings]:
        """Groups where the sender coordinates or has a member card."""
        return [group for group in self.groups.values() if belongs(group, message, self.store)]

    def context(self, message: Message, group: GroupSettings | None) -> Context:
        member = None
        if group is not None:
            member = self.store.group(group.slug).member_by_platform_id(message.platform, message.sender_id)
        sender = Sender(
            key=message.sender_key,
            name=member.name if member else message.sender_name,
            is_coordinator=group is not None and is_coordinator(group, message, self.store),
            member=member,
        )
        now = self.clock()
        return Context(
            message=message,
            sender=sender,
            now=now.astimezone(group.timezone) if group else now,
            store=self.store,
            commands=self.commands,
            group=group,
            groups=self.groups.get,
            mine=lambda: self.groups_of(message),
        )

    # -- dispatch ------------------------------------------------------------

    def handle(self, message: Message) -> Reply | None:
        """Answer one message (blocking: the store writes to disk)."""
        reply = self._handle(message)
        self.handled()
        return reply

    async def handle_async(self, message: Message) -> Reply | None:
        """Answer off the event loop, so disk writes never block other chats.

        The `handled` hook runs back on the loop: announcements the command
        made owed follow the reply instead of racing it.
        """
        reply = await asyncio.to_thread(self._handle, message)
        self.handled()
        return reply

    def _handle(self, message: Message) -> Reply | None:
        key = f"{message.platform}:{message.event_id}" if message.event_id else None
        if key is not None and self.store.event_done(key):
            log.info("event %s already answered; skipped", key)
            return None
        try:
            reply: Reply | None = self._dispatch(message)
        except UserError as error:
            reply = error.reply()
        except Exception:
            log.exception("command failed: platform=%s chat=%s", message.platform, message.chat_id)
            return Reply.of(APOLOGY)
        if key is not None and reply is not None:
            # After the write: a crash in between replays the event, and the
            # write's origin (see GroupStore._insert, storage/group_rows.py) keeps it from doubling.
            self.store.mark_event_done(key, self.clock())
        return reply

    def _dispatch(self, message: Message) -> Reply | None:
        text = message.text.strip()
        is_command = text[:1] in ("/", "!") and len(text) > 1 and not text[1].isspace()
        called = message.name_calls and called_by_name(text, self.names)
        if not is_command and not (message.private or message.addressed or called):
            return None  # group chatter not meant for the bot ("le greffier du tribunal" included)
        group = self.group_for(message)
        if not is_command:
            check_message(text)
            return questions.answer(self, message, group, text)
        token, args = (text.split(maxsplit=1) + [""])[:2]
        target = command_target(token)
        if target is not None and target not in self.names:
            if not message.private:
                return None  # another bot's command, in a chat we share with it
            return Reply.of(f"Cette commande s'adresse à un autre bot (@{token.partition('@')[2][:40]}) ; "
                            "je ne la traite pas.", "Tapez /aide pour mes commandes.")
        command = self.commands.find(token)
        if command is None:
            check_message(text)
            return self._unknown(token, message)
        check_message(text, command.usage_line)
        if args and not command.usage:
            raise UserError(f"/{command.name} ne prend pas d'argument.", command.usage_line)
        return self.run(command, message, group, args.strip())

    def run(self, command: Command, message: Message, group: GroupSettings | None, args: str) -> Reply:
        if command.needs_group and group is None:
            return self.no_group(message)
        ctx = self.context(message, group)
        if command.coordinator and not ctx.sender.is_coordinator:
            return Reply.of(
                f"Désolé, /{command.name} est réservé aux coordinateurs du groupe.",
                "Rien n'a été modifié. Demandez à un coordinateur, ou tapez /aide pour vos commandes.",
            )
        try:
            return command.run(ctx, args)
        except InputError as error:
            error.usage = error.usage or command.usage_line
            raise

    @staticmethod
    def no_group(message: Message) -> Reply:
        """What a command or a question that needs a group gets where none is known."""
        if message.private:
            return Reply.of(
                "Je ne sais pas de quel groupe vous parlez.",
                "Choisissez-le avec /groupe <nom-court> (voir /groupes).",
            )
        return Reply.of(
            "Ce salon n'est lié à aucun groupe de travail.",
            "Un coordinateur peut le lier avec /lier <nom-court>.",
        )

    def _unknown(self, token: str, message: Message) -> Reply | None:
        shown = token[:40]
        guess = self.commands.closest(token)
        if guess is None and not (message.private or message.addressed):
            return None  # another bot's command in a group: not ours to answer
        hint = f" Vouliez-vous dire /{guess} ?" if guess else ""
        return Reply.of(f"Je ne connais pas la commande « {shown} ».{hint}", "Tapez /aide pour la liste des commandes.")
