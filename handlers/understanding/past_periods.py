"""Periods behind today and periods bounded by a school moment, as a member
who missed meetings writes them: « depuis la rentrée », « depuis le début de
l'année scolaire », « depuis octobre », « cet automne » (said in December:
the one just over), « l'automne dernier », « le trimestre dernier », « le
semestre passé », « l'an dernier à la même époque », « l'année dernière »,
and ahead « jusqu'à la rentrée » (from November: up to January's day back,
the meetings before it, not the rentrée's own), « avant la fin de l'année
scolaire » (to the end of June).

Without them « depuis la rentrée on a décidé quoi ? » was read as January's
rentrée ahead, « cet automne » in December as next year's autumn and « le
trimestre dernier » as no period (its words then weighed as a decision's
topic). Every label names its dates, so the member sees what was read.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from handlers.understanding.school_periods import christmas_holidays, winter_back
from handlers.understanding.sitting_order import LAST, PREVIOUS, SINGULAR

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["past_periods", "school_year_close"]

# Seasons as months [first, last), as periods.py counts them (autumn is September to November).
_SEASONS = {"printemps": (3, 6), "ete": (6, 9), "automne": (9, 12), "hiver": (12, 3)}
_SEASON_NAMES = {"printemps": "le printemps", "ete": "l'été", "automne": "l'automne", "hiver": "l'hiver"}
_BACK = (LAST | PREVIOUS) & SINGULAR | {"passe", "passee"}
_PARTS = {"trimestre": 3, "semestre": 6}
# « à la même époque », « à la même période », « à la même date », « à pareille époque ».
_SAME_TIME = frozenset({"epoque", "periode", "date", "saison"})
# The bound words before « la rentrée » / « la fin de l'année scolaire » ahead.
_UNTIL = (("jusqu", "a", "la"), ("avant", "la"), ("d", "ici", "la"), ("ici", "la"))


def _fmt(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _school_year_start(today: date) -> date:
    """The 1st of September that opened the school year under way."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


def _since(folded: list[str], i: int, today: date) -> Period | None:
    """« depuis la rentrée », « depuis le début de l'année scolaire », « depuis septembre », « depuis le mois
    d'octobre »: from that start to today included."""
    from handlers.understanding.periods import FOLDED_MONTHS, MONTHS, Period

    if folded[i] != "depuis":
        return None
    k = i + 1
    if folded[k:k + 1] in (["la"], ["le"], ["l"]):
        k += 1
    if folded[k:k + 1] == ["rentree"]:
        end_word = k + 1 + (folded[k + 1:k + 3] == ["de", "septembre"]) * 2 + (folded[k + 1:k + 2] == ["scolaire"])
        start = _school_year_start(today)
        return Period(start, today + timedelta(days=1), f"depuis la rentrée (du {_fmt(start)} à aujourd'hui)", i,
                      end_word)
    if folded[k:k + 4] in (["debut", "de", "l", "annee"], ["debut", "d", "annee"]) and "scolaire" in folded[k + 3:k + 5]:
        end_word = k + folded[k:].index("scolaire") + 1
        start = _school_year_start(today)
        return Period(start, today + timedelta(days=1),
                      f"depuis le début de l'année scolaire (du {_fmt(start)} à aujourd'hui)", i, end_word)
    if folded[k:k + 1] == ["mois"] and folded[k + 1:k + 2] in (["de"], ["d"]):
        k += 2
    if k < len(folded) and folded[k] in FOLDED_MONTHS:
        month = FOLDED_MONTHS.index(folded[k]) + 1
        year = today.year if month <= today.month else today.year - 1
        start = date(year, month, 1)
        return Period(start, today + timedelta(days=1),
                      f"depuis {MONTHS[month - 1]} (du {_fmt(start)} à aujourd'hui)", i, k + 1)
    return None


def _season_back(folded: list[str], i: int, today: date) -> Period | None:
    """« cet automne » said once it is over (within six weeks of its end), « l'automne dernier »: the season
    just over."""
    from handlers.understanding.periods import Period

    word = folded[i]
    if word not in _SEASONS:
        return None
    this = i > 0 and folded[i - 1] in ("cet", "cette", "ce")
    last = folded[i + 1:i + 2] and folded[i + 1] in _BACK
    if not (this or last):
        return None
    first, end_month = _SEASONS[word]
    # The latest such season that has ended by today.
    for year in (today.year, today.year - 1):
        start = date(year if first <= end_month else year - 1, first, 1)
        end = date(year, end_month, 1)
        if end <= today:
            break
    if this and not today < end + timedelta(days=45):
        return None  # « cet été » in December: the coming one, periods.py's
    begin = i - 1 if this else i - (i > 0 and folded[i - 1] in ("l", "le", "la"))
    label = f"{_SEASON_NAMES[word]} {start.year} (du {_fmt(start)} au {_fmt(end - timedelta(days=1))})"
    return Period(start, end, label, begin, i + 1 + bool(last))


def _part_back(folded: list[str], i: int, today: date) -> Period | None:
    """« le trimestre dernier », « le semestre passé », « au trimestre précédent »: the calendar quarter or half
    before the one under way."""
    from handlers.understanding.periods import Period

    if folded[i] not in _PARTS or folded[i + 1:i + 2] == [] or folded[i + 1] not in _BACK:
        return None
    size = _PARTS[folded[i]]
    first = (today.month - 1) // size * size + 1
    end = date(today.year, first, 1)
    start_month = first - size
    start = date(today.year - (start_month < 1), (start_month - 1) % 12 + 1, 1)
    label = f"le {folded[i]} dernier (du {_fmt(start)} au {_fmt(end - timedelta(days=1))})"
    return Period(start, end, label, i, i + 2)


def _year_back(folded: list[str], i: int, today: date) -> Period | None:
    """« l'an dernier à la même époque », « l'année passée à la même période », « il y a un an »: that month a year
    ago; « l'an dernier », « l'année dernière » alone: last calendar year."""
    from handlers.understanding.periods import MONTHS, Period

    year_said = folded[i:i + 2] in (["an", "dernier"], ["annee", "derniere"], ["an", "passe"], ["annee", "passee"])
    ago = folded[i:i + 4] == ["il", "y", "a", "un"] and folded[i + 4:i + 5] in (["an"], ["annee"])
    if not (year_said or ago):
        return None
    k = i + (5 if ago else 2)
    same = folded[k:k + 3] in (["a", "la", "meme"],) and folded[k + 3:k + 4] and folded[k + 3] in _SAME_TIME
    same = same or folded[k:k + 2] == ["a", "pareille"] and folded[k + 2:k + 3] == ["epoque"]
    if same or ago:
        start = date(today.year - 1, today.month, 1)
        end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        end_word = k + (4 if folded[k + 1:k + 2] == ["la"] else 3) if same else k
        label = f"l'an dernier à la même époque (en {MONTHS[start.month - 1]} {start.year})"
        return Period(start, end, label, i - (not ago and i > 0 and folded[i - 1] == "l"), end_word)
    if folded[i + 2:i + 3] == ["scolaire"]:
        return None  # « l'année dernière scolaire »: unusual, left unread
    start = date(today.year - 1, 1, 1)
    return Period(start, date(today.year, 1, 1), f"l'an dernier (en {today.year - 1})",
                  i - (i > 0 and folded[i - 1] == "l"), i + 2)


def _until_rentree(folded: list[str], i: int, today: date, now: datetime | None) -> Period | None:
    """From November « jusqu'à la rentrée », « avant la rentrée », « d'ici la rentrée »: from today to the day
    back after the Christmas holidays (France's, the same in every zone), not January's rentrée itself."""
    from handlers.understanding.periods import Period

    if getattr(getattr(now, "tzinfo", None), "key", "") != "Europe/Paris" or not winter_back(today):
        return None
    for cue in _UNTIL:
        k = i + len(cue)
        if tuple(folded[i:k]) != cue or folded[k:k + 1] != ["rentree"]:
            continue
        if folded[k + 1:k + 3] == ["de", "septembre"]:
            return None  # September's, named: periods.py reads it
        for year in (today.year - 1, today.year):
            start, back = christmas_holidays(year)
            if today < back:
                break
        end_word = k + 1 + (folded[k + 1:k + 3] == ["de", "janvier"]) * 2
        said = {"avant": "avant", "jusqu": "jusqu'à"}.get(cue[0], "d'ici")
        return Period(today, back, f"{said} la rentrée de janvier (jusqu'au {_fmt(back - timedelta(days=1))})", i,
                      end_word)
    return None


def _school_year_end(folded: list[str], i: int, today: date) -> Period | None:
    """« avant la fin de l'année scolaire », « d'ici la fin de l'année scolaire », « jusqu'à la fin de l'année
    scolaire »: from today to the end of June (the last month of classes everywhere the bot is used)."""
    from handlers.understanding.periods import Period

    for cue in _UNTIL:
        k = i + len(cue)
        if tuple(folded[i:k]) != cue or folded[k:k + 1] != ["fin"]:
            continue
        rest = folded[k + 1:k + 5]
        if rest[:3] == ["de", "l", "annee"] and rest[3:4] == ["scolaire"]:
            end_word = k + 5
        elif rest[:3] == ["d", "annee", "scolaire"]:
            end_word = k + 4
        else:
            return None
        end = date(today.year if today.month < 7 else today.year + 1, 7, 1)
        return Period(today, end, f"d'ici la fin de l'année scolaire (jusqu'au {_fmt(end - timedelta(days=1))})", i,
                      end_word)
    return None


def school_year_close(folded: list[str], i: int, today: date) -> Period | None:
    """« le bilan de fin d'année scolaire », « la réunion de fin de l'année scolaire »: said with no bound before
    it, the close of the school year is its last month, June — not the end of the calendar year that « fin
    d'année » alone names (lead's set 36 read « de fin d'année scolaire » as the deadlines until 31 December)."""
    from handlers.understanding.periods import Period

    rest = folded[i + 1:i + 5]
    if folded[i:i + 1] != ["fin"] or not (rest == ["de", "l", "annee", "scolaire"] or rest[:3] == ["d", "annee",
                                                                                                    "scolaire"]):
        return None
    end = date(today.year if today.month < 7 else today.year + 1, 7, 1)
    return Period(date(end.year, 6, 1), end, f"en fin d'année scolaire (juin {end.year})", i,
                  i + 1 + (4 if rest[0] == "de" else 3))


# Words « de l'année » qualifies as a span of meetings (« la première réunion de l'année »).
# Only an order counted within the year: « les copils de l'année » in December asks the coming ones (lead's set 14).
_OF_YEAR = frozenset({"premiere", "premier", "derniere", "dernier"})


def _of_year(folded: list[str], i: int, today: date) -> Period | None:
    """« la (toute) première de l'année », « la dernière de l'année scolaire »: this calendar year, or the school
    year under way (September to June), whole: its first meeting may be behind us."""
    from handlers.understanding.periods import Period

    if folded[i:i + 3] != ["de", "l", "annee"] or not set(folded[max(0, i - 3):i]) & _OF_YEAR:
        return None
    after = folded[i + 3:i + 4]
    if after == ["scolaire"]:
        start = _school_year_start(today)
        end = date(start.year + 1, 7, 1)
        return Period(start, end, f"de l'année scolaire {start.year}-{end.year} (du {_fmt(start)} au "
                      f"{_fmt(end - timedelta(days=1))})", i, i + 4)
    if after and (after[0] in ("prochaine", "suivante", "derniere", "passee", "precedente", "d", "de")
                  or after[0].isdigit()):
        return None  # « de l'année prochaine », « de l'année 2027 » are periods.py's; « de l'année d'avant »: unread
    return Period(date(today.year, 1, 1), date(today.year + 1, 1, 1), f"de l'année {today.year}", i, i + 3)


def past_periods(folded: list[str], i: int, today: date, now: datetime | None = None) -> Period | None:
    """The period of these kinds that starts at word `i`, if any."""
    return (_since(folded, i, today) or _season_back(folded, i, today) or _part_back(folded, i, today)
            or _year_back(folded, i, today) or _until_rentree(folded, i, today, now)
            or _school_year_end(folded, i, today) or _of_year(folded, i, today))
