"""Validation of the after-meeting tables: tasks (storage/tasks.py) and
attendance (storage/attendance.py), as start-up, `store check` and
`store recover` see them (storage/validation.py calls these)."""

from __future__ import annotations

import re
from typing import Any, get_args

from storage.tasks import TaskStatus
from storage.validation_fields import Invalid, absent_or, iso_date, need, number, one_of, revision

__all__ = ["LEGACY_IMPORT", "attendance", "task"]

_TASK_STATUSES = get_args(TaskStatus)
# Rows written from imported minutes before the Task model existed
# (storage/imported_tasks.py, first version) keep the pilot's name in
# `pilot` and say so in `source`; Task.from_doc reads them as pilot_name.
LEGACY_IMPORT = "compte rendu importé"
# handlers.held.meeting_key: "3", or "3@2026-12-01" for one occurrence.
_MEETING_KEY = re.compile(r"[1-9][0-9]*(@[0-9]{4}-[0-9]{2}-[0-9]{2})?")
_MARKS = ("present", "excused", "absent")
_ANSWERS = ("present", "excused")


def task(doc: dict[str, Any]) -> None:
    number(doc)
    revision(doc)
    need(doc, "text", str)
    legacy = type(doc.get("pilot")) is str and doc.get("source") == LEGACY_IMPORT and not doc.get("pilot_name")
    if not legacy:  # else the pilot's name, as the first version of minutes import wrote it
        number(doc, "pilot", optional=True)  # a member number
    number(doc, "meeting_number", optional=True)
    for key in ("due", "created_on", "closed_on"):
        iso_date(doc, key, optional=True)
    one_of(doc, "status", _TASK_STATUSES, "open")
    for key in ("pilot_name", "created_by", "created_by_id", "closed_by", "origin", "source"):
        absent_or(doc, key, str)


def attendance(doc: dict[str, Any]) -> None:
    key = need(doc, "meeting", str)
    if not _MEETING_KEY.fullmatch(key):
        raise Invalid("champ « meeting » : séance inconnue")
    if "@" in key:
        iso_date({"meeting": key.split("@", 1)[1]}, "meeting")
    for mark in _MARKS:
        numbers = absent_or(doc, mark, list) or []
        if not all(type(n) is int and n > 0 for n in numbers):
            raise Invalid(f"champ « {mark} » : numéro de membre invalide")
    answers = absent_or(doc, "rsvp", dict) or {}
    for member, answer in answers.items():
        # JSON object keys are strings: member numbers written in ASCII digits.
        if not (member.isascii() and member.isdigit() and int(member) > 0) or answer not in _ANSWERS:
            raise Invalid("champ « rsvp » : réponse malformée")
