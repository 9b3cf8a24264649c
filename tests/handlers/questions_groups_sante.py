"""A group the understanding was never tuned on, for the roles engineer's
second blind set 16b2 (written in the seventh round after the fixes of set
16b, without looking at its own misses): the Metz / Moselle network on
health and access to rights of people in precarity (Ville de Metz, its
CCAS, Metz Métropole, the Département, the CPAM, the MDPH, a hospital's
mobile psychiatry team, a mission locale, a maison de justice et du droit,
the UDAF and associations). Roles are written as minutes write them and
asked by what the job does. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["SANTE_GROUPS", "SANTE_TASKS"]

SANTE_MEMBERS = (
    ("Claire Hoffmann", "Ville de Metz", "Coordinatrice du CLSM"),
    ("Yann Becker", "CCAS de Metz", "Responsable du pôle domiciliation et aides facultatives"),
    ("Leïla Mansouri", "Conseil départemental de la Moselle", "Puéricultrice de PMI, secteur Borny"),
    ("Damien Schmitt", "Metz Métropole", "Chef de projet du contrat local de santé"),
    ("Fatima Zerrouki", "Association AMLI", "Travailleuse pair, accompagnement des personnes sans domicile"),
    ("Olivier Klein", "CPAM de la Moselle", "Délégué à l'accès aux soins"),
    ("Sandrine Weber", "Ville de Metz", "Adjointe au maire chargée des solidarités"),
    ("Marc Muller", "Maison de justice et du droit de Borny", "Agent d'accès au droit"),
    ("Nathalie Thiel", "Centre hospitalier de Jury", "Infirmière de l'équipe mobile psychiatrie précarité"),
    ("Julien Roth", "Mission locale du Pays messin", "Conseiller santé"),
    ("Émilie Gross", "Conseil départemental de la Moselle", "Cheffe du service de l'aide sociale à l'enfance"),
    ("Kader Benali", "Association Interlude", "Interprète et médiateur en santé"),
    ("Brigitte Lang", "UDAF de la Moselle", "Mandataire judiciaire à la protection des majeurs"),
    ("Aurélie Fischer", "Ville de Metz", "Conseillère municipale déléguée au handicap"),
    ("Pierre Lorentz", "MDPH de la Moselle", "Évaluateur, compensation du handicap"),
    ("Sébastien Marchal", "Metz Métropole", "Animateur du réseau, secrétaire des séances"),
)

SANTE_MEETINGS = (
    ("2026-09-29 14:00", "2026-09-29 16:00", "Hôtel de ville de Metz, salon de Guise", ()),
    ("2026-10-27 09:30", "2026-10-27 12:00", "Maison de justice et du droit de Borny", ()),
    ("2026-11-24 14:00", "2026-11-24 16:00", "Visioconférence", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Metz Métropole, Maison de la Métropole",
     ("Santé mentale et logement", "Bilan des permanences d'interprétariat", "Calendrier 2027")),
    ("2027-01-26 09:30", "2027-01-26 12:00", "Centre hospitalier de Jury", ("Équipe mobile : bilan annuel",)),
)

SANTE_DEADLINES = (
    ("2026-12-11", "Retour des fiches de repérage santé mentale"),
    ("2027-01-15", "Dépôt du dossier de renouvellement du contrat local de santé"),
    ("2027-02-10", "Semaine d'information sur la santé mentale à Borny"),
)

SANTE_DECISIONS = (
    ("2026-09-29", 1, "Le réseau se réunit une fois par mois, en alternance entre Metz et Borny."),
    ("2026-10-27", 2, "Une permanence d'interprétariat est ouverte à la PASS de l'hôpital."),
    ("2026-10-27", 2, "La domiciliation des personnes sans domicile est centralisée au CCAS."),
    ("2026-11-24", 3, "Le contrat local de santé intègre un volet santé des jeunes."),
    ("2026-11-24", 3, "L'équipe mobile psychiatrie précarité intervient aussi dans les accueils de jour."),
)

SANTE_TASKS = {
    "sante57": (
        ("Préparer le bilan des permanences d'interprétariat", "Kader Benali", "2026-12-12", 3),
        ("Rédiger le volet santé des jeunes du contrat local de santé", "Julien Roth", "2027-01-10", 3),
        ("Recenser les places en accueil de jour", "Fatima Zerrouki", "2026-11-30", 2),
    ),
}

SANTE_GROUPS = {
    "sante57": (SANTE_MEMBERS, SANTE_MEETINGS, SANTE_DEADLINES, SANTE_DECISIONS, "Sébastien Marchal"),
}
