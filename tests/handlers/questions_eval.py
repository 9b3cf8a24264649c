"""The evaluation of plain-French questions: a Hauts-de-Seine network of
municipalities (not the demo group), built through the store, and the
scoring of a question set against what the replies show.

Each line of a set (`tests/handlers/data/*.tsv`) is `intent<TAB>key<TAB>message`:
the reply must be a confident answer of that intent (or one answering the
same way) and show `key`; `none` marks a message that is not a question for
the bot and must not get a confident answer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from handlers.understanding.addressing import strip_address
from handlers.understanding.answer import respond
from storage.models import AgendaItem, replace
from storage.store import Store
from tests.helpers import Chat, group_config, make_chat

__all__ = ["DATA", "Score", "build_group", "evaluate", "load_set"]

DATA = Path(__file__).parent / "data"
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)
SLUG = "reseau92"

# Intents that answer a question the same way (same lines shown).
SAME_ANSWER = {
    "meeting_which": "meeting_next",
    "agenda_items": "meeting_next",
    "org_members": "org_representative",
    "tasks_mine": "tasks_late",
}

MEMBERS = (
    ("Nathalie Lefèvre", "Conseil départemental des Hauts-de-Seine", "Vice-présidente chargée des solidarités"),
    ("Karim Benali", "Ville de Nanterre", "Adjoint au maire chargé de l'emploi"),
    ("Sophie Garnier", "AMD 92", "Présidente de l'association, maire de Sceaux"),
    ("Olivier Marchetti", "Ville de Boulogne-Billancourt", "Directeur général des services"),
    ("Amandine Roussel", "Paris Ouest La Défense (POLD)", "Chargée de mission développement économique"),
    ("Jean-Baptiste Okafor", "Ville de Gennevilliers", "Conseiller municipal délégué à la jeunesse"),
    ("Hélène Vasseur", "Ville de Montrouge", "Directrice du CCAS"),
    ("Thomas Petit", "France Travail", "Conseiller entreprises"),
    ("Claire Dumont", "Préfecture des Hauts-de-Seine", "Sous-préfète chargée de la politique de la ville"),
    ("Mehdi Haddad", "AMD 92", "Trésorier, adjoint au maire de Clamart"),
    ("Isabelle Moreau", "Ville de Rueil-Malmaison", "Secrétaire générale"),
    ("Lucas Fontaine", "Conseil départemental des Hauts-de-Seine", "Chef du service insertion"),
    ("Camille Leroy", "Région Île-de-France", "Chargée de mission territoires"),
    ("Paul Dumont", "Ville de Colombes", "Adjoint au maire, coordinateur du réseau"),
    ("Fatou Diallo", "Emmaüs Connect", "Responsable de l'inclusion numérique"),
    ("Élise Charpentier", "Ville d'Issy-les-Moulineaux", "Directrice de la communication"),
)

MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:00", "Mairie de Nanterre, salle du conseil", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Mairie de Sceaux, salle des mariages", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Maison de l'emploi de Gennevilliers", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Hôtel de ville de Boulogne-Billancourt",
     ("Bilan du forum de l'emploi", "Plan vélo intercommunal", "Budget 2027 du réseau")),
    ("2027-01-19 09:30", "2027-01-19 11:30", "Visioconférence", ()),
    ("2027-03-16 14:00", "2027-03-16 16:00", "Mairie de Montrouge", ("Rapport annuel",)),
)

DEADLINES = (
    ("2026-12-04", "Envoi des contributions au rapport annuel"),
    ("2026-12-15", "Dépôt des candidatures à l'appel à projets économie sociale et solidaire"),
    ("2027-01-10", "Réponse au questionnaire sur la mobilité"),
    ("2027-01-31", "Validation du budget 2027 du réseau"),
    ("2027-02-12", "Forum intercommunal de l'emploi à Colombes"),
)

DECISIONS = (
    ("2026-09-15", 1, "Le réseau adopte sa charte de fonctionnement."),
    ("2026-09-15", 1, "Les réunions ont lieu à tour de rôle dans les communes membres."),
    ("2026-10-20", 2, "Une subvention de 15 000 € est demandée au Département pour le forum de l'emploi."),
    ("2026-10-20", 2, "Le groupe soutient un schéma intercommunal de pistes cyclables."),
    ("2026-11-17", 3, "La lettre d'information du réseau paraîtra chaque trimestre."),
    ("2026-11-17", 3, "Les communes mutualisent l'achat de produits bio pour les cantines scolaires."),
    ("2026-11-17", 3, "Le rapport annuel sera présenté à la séance de décembre."),
)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


def build_group(store: Store | None = None) -> Chat:
    """The network, written through the store as coordinators would."""
    chat = make_chat(store or Store.memory(), NOW, group_config(SLUG, timezone="Europe/Paris", locale="fr_FR"))
    data = chat.store.group(SLUG)
    for name, organisation, role in MEMBERS:
        data.add_member(name, organisation, role)
    for start, end, place, items in MEETINGS:
        meeting = data.add_meeting(_at(start), _at(end), place, tuple(AgendaItem(i, "Paul Dumont") for i in items))
        if meeting.start < NOW:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    for day, text in DEADLINES:
        data.add_deadline(_at(day + " 00:00"), text)
    for day, meeting_number, text in DECISIONS:
        data.add_decision(text, date.fromisoformat(day), meeting_number, "Paul Dumont", "telegram:coord-1", _at(day + " 18:00"))
    return chat


def load_set(name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        intent, key, message = line.split("\t")
        rows.append((intent.strip(), key.strip(), message.strip()))
    return rows


@dataclass
class Score:
    questions: int = 0
    correct: int = 0
    confident_wrong: int = 0
    chatter: int = 0
    chatter_quiet: int = 0
    per_intent: Counter[str] = field(default_factory=Counter)
    per_intent_ok: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def pct_correct(self) -> float:
        return 100.0 * self.correct / max(self.questions, 1)

    @property
    def pct_confident_wrong(self) -> float:
        return 100.0 * self.confident_wrong / max(self.questions, 1)

    @property
    def pct_quiet(self) -> float:
        return 100.0 * self.chatter_quiet / max(self.chatter, 1)


def evaluate(chat: Chat, rows: list[tuple[str, str, str]]) -> Score:
    score = Score()
    group = chat.group
    for expected, key, message in rows:
        msg = chat.message(message, private=True)
        outcome = respond(chat.router.context(msg, group), strip_address(message))
        shown = outcome.reply.plain()
        got = SAME_ANSWER.get(outcome.intent or "", outcome.intent or "")
        if expected == "none":
            score.chatter += 1
            if not outcome.confident:
                score.chatter_quiet += 1
            else:
                score.failures.append(f"[non-question answered as {outcome.intent}] {message}")
            continue
        score.questions += 1
        score.per_intent[expected] += 1
        ok = outcome.confident and got == SAME_ANSWER.get(expected, expected) and key.casefold() in shown.casefold()
        if ok:
            score.correct += 1
            score.per_intent_ok[expected] += 1
        elif outcome.confident:
            score.confident_wrong += 1
            score.failures.append(f"[CONFIDENT WRONG: {outcome.intent}, expected {expected} « {key} »] {message}")
        else:
            score.failures.append(f"[unsure, expected {expected} « {key} »; readings {outcome.understanding.readings if outcome.understanding else []}] {message}")
    return score
