"""A group the understanding was never tuned on, for the roles engineer's
blind set 16b (written in the seventh round before reading the
understanding code): the Toulouse / Haute-Garonne network on social
mediation and access to rights (Ville de Toulouse, Toulouse Métropole,
the Département, the CCAS, the CAF, the CPAM, the Préfecture, a mission
locale, France Services, the ADIL, the Défenseur des droits, the Secours
populaire, a prevention association and a conseil citoyen). Members hold
roles that people ask for by what they do (« médiatrice sociale » asked
as « qui fait la médiation »), and the decisions, dates and tasks use the
same words (médiation, accueil de jour, logement d'urgence, CLSPD), so
that a question about a person can be mistaken for one about a decision.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["MEDIATION_GROUPS", "MEDIATION_TASKS"]

MEDIATION_MEMBERS = (
    ("Samia Benhaddou", "Ville de Toulouse", "Médiatrice sociale, quartier du Mirail"),
    ("Gérard Fabre", "Conseil départemental de la Haute-Garonne", "Référent RSA à la Maison des solidarités de Bagatelle"),
    ("Lucie Arnaud", "Toulouse Métropole", "Chargée de mission logement"),
    ("Franck Delpech", "Ville de Toulouse", "Coordinateur du CLSPD"),
    ("Mireille Soulé", "Secours populaire français, fédération de la Haute-Garonne", "Responsable de l'accueil de jour"),
    ("Catherine Roques", "CCAS de Toulouse", "Directrice adjointe"),
    ("Nabil Chérif", "Mission locale Toulouse", "Conseiller en insertion professionnelle"),
    ("Jean-Luc Baylac", "Ville de Toulouse", "Élu délégué à la politique de la ville"),
    ("Awa Koné", "CAF de la Haute-Garonne", "Travailleuse sociale, accès aux droits"),
    ("Thomas Lagarde", "Préfecture de la Haute-Garonne", "Délégué du préfet, quartiers du Mirail et de Bagatelle"),
    ("Élodie Pujol", "Espace France Services de Bellefontaine", "Conseillère numérique"),
    ("Rachid Ammari", "Association Prévention Toulouse Ouest", "Éducateur spécialisé, prévention spécialisée"),
    ("Karima Ouali", "Ville de Toulouse", "Animatrice jeunesse, maison de quartier de Bellefontaine"),
    ("Hélène Castaing", "ADIL 31", "Juriste, prévention des expulsions locatives"),
    ("Patrice Mounié", "Défenseur des droits", "Délégué territorial, permanence à Empalot"),
    ("Inès Garrigues", "Ville de Toulouse", "Chargée de mission accès aux droits, coordinatrice du réseau"),
    ("Bernard Esquirol", "Conseil citoyen du Mirail", "Président"),
    ("Sophie Lasserre", "CPAM de la Haute-Garonne", "Conseillère accès aux soins"),
    ("Vincent Azéma", "Conseil départemental de la Haute-Garonne",
     "Responsable territorial de l'action sociale, secteur Toulouse Ouest"),
)

MEDIATION_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Maison de quartier de Bagatelle", ()),
    ("2026-10-29 09:30", "2026-10-29 12:00", "Centre social de la Reynerie", ()),
    ("2026-11-26 14:00", "2026-11-26 16:00", "Visioconférence", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Hôtel de ville de Toulouse, salle du Conseil",
     ("Bilan des permanences d'accès aux droits", "Plan grand froid et accueil de jour", "Calendrier 2027")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Espace France Services de Bellefontaine", ("Non-recours au RSA",)),
    ("2027-03-11 14:00", "2027-03-11 16:00", "Maison de la citoyenneté Sud-Est", ()),
)

MEDIATION_DEADLINES = (
    ("2026-12-08", "Envoi des chiffres du non-recours aux droits"),
    ("2026-12-15", "Dépôt des dossiers au fonds de la politique de la ville"),
    ("2027-01-12", "Bilan du CLSPD à transmettre à la préfecture"),
    ("2027-02-05", "Forum de l'accès aux droits à la Reynerie"),
)

MEDIATION_DECISIONS = (
    ("2026-09-24", 1, "Le réseau se réunit chaque mois, en alternance entre les quartiers."),
    ("2026-09-24", 1, "Une permanence commune d'accès aux droits ouvre à Bagatelle le mardi matin."),
    ("2026-10-29", 2, "La médiation sociale est étendue au quartier de Bellefontaine en 2027."),
    ("2026-10-29", 2, "Le CCAS ouvre dix places supplémentaires à l'accueil de jour pendant l'hiver."),
    ("2026-11-26", 3, "Les conseillers de la mission locale tiennent une permanence au Mirail un mercredi sur deux."),
    ("2026-11-26", 3, "Une fiche d'orientation commune pour le logement d'urgence est diffusée aux partenaires."),
)

MEDIATION_TASKS = {
    "mediation31": (
        ("Rédiger la fiche d'orientation logement d'urgence", "Lucie Arnaud", "2026-12-10", 3),
        ("Recenser les situations de non-recours au RSA", "Gérard Fabre", "2027-01-15", 3),
        ("Préparer le bilan du CLSPD", "Franck Delpech", "2027-01-08", 3),
        ("Organiser le forum de l'accès aux droits", "Inès Garrigues", "2027-01-30", 2),
        ("Former les médiateurs à l'accès aux soins", "Sophie Lasserre", "2026-11-20", 2),
    ),
}

MEDIATION_GROUPS = {
    "mediation31": (MEDIATION_MEMBERS, MEDIATION_MEETINGS, MEDIATION_DEADLINES, MEDIATION_DECISIONS,
                    "Inès Garrigues"),
}
