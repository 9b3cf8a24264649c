"""A group the understanding was never tuned on, for the meetings engineer's
second blind set (15cb, written after the fixes of 15c without probing it):
the Liège social-economy platform (Ville de Liège, Province de Liège, SPW,
Forem, ConcertES, SAW-B, a cooperative, a CPAS), meeting as a general
assembly, a bureau and a mobility working group, whose formation the
coordinator writes at the head of the place. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["ECOSOC_LG_GROUPS"]

LG_MEMBERS = (
    ("Sandrine Lejeune", "Ville de Liège", "Échevine de l'économie sociale, présidente de la plateforme"),
    ("Marc Delvaux", "Province de Liège", "Chargé de mission économie sociale, secrétaire"),
    ("Aurore Gilson", "SPW Économie", "Attachée, direction de l'économie sociale"),
    ("Karim Ouali", "Forem", "Conseiller entreprises d'insertion"),
    ("Pauline Collard", "SAW-B", "Animatrice territoriale"),
    ("Luc Thiry", "CPAS de Seraing", "Responsable de l'insertion socioprofessionnelle"),
    ("Nadia Hamdi", "Coopérative Vélocité", "Gérante"),
    ("Bernard Lhoest", "ConcertES", "Chargé d'études"),
)

LG_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 12:00", "Assemblée générale, Cité Miroir, Liège", ()),
    ("2026-10-08 12:30", "2026-10-08 14:00", "Bureau, Espace Belvaux, Grivegnée", ()),
    ("2026-11-05 09:30", "2026-11-05 11:30", "Groupe de travail mobilité, Gare des Guillemins, salle 2", ()),
    ("2026-11-26 12:30", "2026-11-26 14:00", "Bureau, Espace Belvaux, Grivegnée", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Assemblée générale, Cité Miroir, Liège",
     ("Comptes 2026", "Élection du bureau")),
    ("2026-12-17 12:30", "2026-12-17 14:00", "Bureau, visioconférence", ("Préparation du salon de l'économie sociale",)),
    ("2027-01-14 09:30", "2027-01-14 11:30", "Groupe de travail mobilité, Maison de la mobilité, Seraing",
     ("Plan vélo de l'agglomération",)),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Assemblée générale, Palais des Congrès, Liège", ("Rapport d'activités",)),
)

LG_DEADLINES = (
    ("2026-12-14", "Envoi des candidatures au bureau"),
    ("2027-02-05", "Inscriptions au salon de l'économie sociale"),
)

LG_DECISIONS = (
    ("2026-09-17", 1, "La plateforme élit un bureau de cinq membres en décembre."),
    ("2026-11-05", 3, "Un inventaire des vélos partagés est confié à la coopérative Vélocité."),
)

ECOSOC_LG_GROUPS = {
    "economie-sociale-lg": (LG_MEMBERS, LG_MEETINGS, LG_DEADLINES, LG_DECISIONS, "Marc Delvaux"),
}
