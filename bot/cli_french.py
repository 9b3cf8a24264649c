"""argparse in French: headings, the help option and its error messages.

argparse writes its own words in English (`usage:`, `options:`, `show this
help message and exit`, `the following arguments are required`). This
parser class and formatter replace them, without touching the argparse
module itself: every parser built from `FrenchParser` (subcommands
included, argparse creates them with the parent's class) speaks French.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

__all__ = ["FrenchFormatter", "FrenchParser", "translate_error"]

# argparse's error messages, as regular expressions, and their French.
_ERRORS = (
    (r"the following arguments are required: (.*)", r"arguments requis manquants : \1"),
    (r"unrecognized arguments: (.*)", r"arguments inconnus : \1"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", r"argument \1 : choix invalide : \2 (choix possibles : \3)"),
    (r"argument (\S+): expected one argument", r"argument \1 : une valeur est attendue"),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"argument \1 : valeur invalide : \3"),
    (r"argument (\S+): not allowed with argument (.*)", r"argument \1 : incompatible avec \2"),
    (r"ambiguous option: (\S+) could match (.*)", r"option ambiguë : \1 peut désigner \2"),
    (r"argument (\S+): ignored explicit argument (.*)", r"argument \1 : valeur ignorée \2"),
)


def translate_error(message: str) -> str:
    for pattern, french in _ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, french, message)
    return message


class FrenchFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class FrenchParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False  # argparse's own -h says "show this help message and exit"
        kwargs.setdefault("formatter_class", FrenchFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {translate_error(message)}\n")
