"""A group the understanding was never tuned on, for the fourth engineer's
last held-out set (written after all their fixes): a Marseille steering
group of the contrat de ville (politique de la ville: État, Ville,
Métropole, bailleurs, centres sociaux, Mission locale). Tasks in the
store. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

__all__ = ["CITY_GROUPS", "CITY_TASKS"]

CITY_MEMBERS = (
    ("Farida Benchikh", "Ville de Marseille", "Adjointe au maire chargée de la politique de la ville"),
    ("Julien Castellani", "Préfecture des Bouches-du-Rhône", "Délégué du préfet pour les quartiers nord"),
    ("Sandrine Ollivier", "Aix-Marseille-Provence Métropole", "Directrice de la cohésion territoriale"),
    ("Karim Meziane", "Centre social de la Castellane", "Directeur, animateur du collectif des centres sociaux"),
    ("Élodie Ferracci", "13 Habitat", "Cheffe de projet renouvellement urbain"),
    ("Bruno Giraud", "Mission locale de Marseille", "Conseiller en insertion des jeunes"),
    ("Nadia Ait-Ouali", "Conseil citoyen des quartiers nord", "Membre tirée au sort, porte-parole"),
    ("Thomas Roux", "Ville de Marseille", "Chargé de mission contrat de ville, secrétaire du comité"),
    ("Lucie Marchetti", "CAF des Bouches-du-Rhône", "Conseillère technique petite enfance"),
    ("Samir Haddouche", "Aix-Marseille-Provence Métropole", "Vice-président délégué au logement, président du comité"),
)

CITY_MEETINGS = (
    ("2026-09-29 17:30", "2026-09-29 19:30", "Mairie des 15e et 16e arrondissements", ()),
    ("2026-10-27 17:30", "2026-10-27 19:30", "Centre social de la Castellane", ()),
    ("2026-11-24 17:30", "2026-11-24 19:00", "Visioconférence", ()),
    ("2026-12-15 17:30", "2026-12-15 19:30", "Cité des associations, Marseille",
     ("Appel à projets 2027 du contrat de ville", "Bilan de la rentrée scolaire", "Divers")),
    ("2027-01-26 17:30", "2027-01-26 19:30", "Hôtel de la Métropole", ("Renouvellement urbain",)),
    ("2027-03-23 17:30", "2027-03-23 19:30", "Friche la Belle de Mai", ()),
)

CITY_DEADLINES = (
    ("2026-12-11", "Dépôt des dossiers de l'appel à projets du contrat de ville"),
    ("2026-12-23", "Retour des bilans des actions d'été"),
    ("2027-01-29", "Liste des jeunes pour les chantiers éducatifs"),
    ("2027-03-05", "Évaluation à mi-parcours du contrat de ville"),
)

CITY_DECISIONS = (
    ("2026-09-29", 1, "Le comité se réunit un mardi soir par mois, dans un quartier différent à chaque fois."),
    ("2026-09-29", 1, "Le conseil citoyen a deux sièges avec voix consultative au comité."),
    ("2026-10-27", 2, "Les centres sociaux ouvrent leurs locaux le samedi pour l'aide aux devoirs."),
    ("2026-10-27", 2, "Une enveloppe de trente mille euros est réservée aux chantiers éducatifs."),
    ("2026-11-24", 3, "13 Habitat associe les habitants au projet de renouvellement urbain de la Castellane."),
)

CITY_TASKS = {
    "contrat-ville13": (
        ("Relancer les porteurs de projets", "Thomas Roux", "2026-11-25", 2),
        ("Préparer la réunion publique avec les habitants", "Élodie Ferracci", "2027-01-10", 3),
        ("Trouver les encadrants des chantiers éducatifs", "Bruno Giraud", "2026-11-28", 2),
        ("Recenser les places d'accueil petite enfance", "Lucie Marchetti", "2027-01-20", 3),
    ),
}

CITY_GROUPS = {
    "contrat-ville13": (CITY_MEMBERS, CITY_MEETINGS, CITY_DEADLINES, CITY_DECISIONS, "Thomas Roux"),
}
