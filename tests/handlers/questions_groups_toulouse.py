"""A group the understanding was never tuned on, for the entity engineer's
second blind set (written after the fixes of set 14, without looking at
its misses): the Toulouse steering committee of the « Logement d'abord »
plan (Métropole, Ville, Préfecture/DDETS, Département, SIAO, a social
landlord whose name holds the Métropole's, CAF, Fondation Abbé Pierre,
ADIL, an association with « Habitat » in its name, a conseil citoyen).
Tasks in the store. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["TOULOUSE_GROUPS", "TOULOUSE_TASKS"]

HOUSING_FIRST_MEMBERS = (
    ("Hélène Dupré-Lafon", "Toulouse Métropole", "Vice-présidente en charge de l'habitat, présidente du comité"),
    ("Jean-Michel Ortiz", "Ville de Toulouse", "Adjoint au maire chargé des solidarités"),
    ("Claire Vidal", "DDETS de la Haute-Garonne", "Cheffe du pôle hébergement et logement"),
    ("Mathieu Barthe", "Conseil départemental de la Haute-Garonne", "Chef du service de l'insertion"),
    ("Sonia Belkacemi", "Service intégré d'accueil et d'orientation (SIAO 31)", "Directrice"),
    ("Romain Castex", "Toulouse Métropole Habitat", "Directeur de la gestion locative"),
    ("Nathalie Lacombe", "CAF de la Haute-Garonne", "Conseillère technique logement"),
    ("Youssef El Idrissi", "Fondation Abbé Pierre", "Délégué régional Occitanie"),
    ("Agathe Marty", "Ville de Colomiers", "Directrice du CCAS"),
    ("Pierre Roux", "Habitat et Humanisme Haute-Garonne", "Bénévole, trésorier de l'association"),
    ("Fabienne Sarrail", "Conseil citoyen des Izards", "Porte-parole"),
    ("Thierry N'Guessan", "Agence départementale d'information sur le logement (ADIL 31)", "Juriste"),
    ("Laura Ferrand", "Toulouse Métropole", "Cheffe de projet Logement d'abord, secrétaire du comité"),
    ("Patrick Le Bras", "Association régionale des organismes HLM d'Occitanie", "Chargé d'études"),
    ("Inès Bouzid", "France Travail", "Conseillère accompagnement global, référente pour Blagnac"),
    ("Marc Lafforgue", "Ville de Blagnac", "Conseiller municipal délégué au logement"),
)

HOUSING_FIRST_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:00", "Toulouse Métropole, 6 rue René Leduc", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Mairie de Colomiers, salle Gascogne", ()),
    ("2026-11-19 14:00", "2026-11-19 15:30", "Visioconférence", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Préfecture de la Haute-Garonne, salle Occitanie",
     ("Bilan de l'hiver", "Plan grand froid", "Pensions de famille")),
    ("2027-01-28 09:30", "2027-01-28 12:00", "Maison des associations de Blagnac", ("Captation de logements",)),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Mairie de Toulouse, salle des Illustres", ()),
)

HOUSING_FIRST_DEADLINES = (
    ("2026-12-14", "Recensement des places d'hébergement d'hiver"),
    ("2027-01-08", "Candidatures à l'appel à manifestation d'intérêt pensions de famille"),
    ("2027-02-15", "Bilan annuel du Logement d'abord"),
)

HOUSING_FIRST_DECISIONS = (
    ("2026-09-17", 1, "Le comité se réunit chaque mois, en alternance entre Toulouse et les communes."),
    ("2026-09-17", 1, "Le SIAO centralise les demandes d'hébergement d'urgence."),
    ("2026-10-22", 2, "Toulouse Métropole Habitat réserve vingt logements par an au Logement d'abord."),
    ("2026-10-22", 2, "Le conseil citoyen des Izards est associé au choix des pensions de famille."),
    ("2026-11-19", 3, "L'ADIL tient une permanence mensuelle de prévention des expulsions."),
    ("2026-11-19", 3, "La Fondation Abbé Pierre finance une étude sur les squats."),
)

TOULOUSE_TASKS = {
    "logement31": (
        ("Recenser les logements vacants du parc social", "Romain Castex", "2026-11-25", 2),
        ("Préparer la convention avec le SIAO", "Laura Ferrand", "2026-12-18", 3),
        ("Rédiger la fiche sur la prévention des expulsions", "Thierry N'Guessan", "2026-12-05", 3),
        ("Chiffrer les places en pension de famille", "Mathieu Barthe", "2027-01-20", 3),
        ("Contacter les associations de Blagnac", "Marc Lafforgue", "2026-11-28", 2),
    ),
}

TOULOUSE_GROUPS = {
    "logement31": (HOUSING_FIRST_MEMBERS, HOUSING_FIRST_MEETINGS, HOUSING_FIRST_DEADLINES, HOUSING_FIRST_DECISIONS,
                   "Laura Ferrand"),
}
