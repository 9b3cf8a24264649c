"""Set 19cb's group, written by engineer C of the tenth round after the
fixes of set 19c and asked without looking at its failures: the platform
for older people of the Vaud Riviera (Vevey, Montreux, La Tour-de-Peilz) —
the canton's services named by what they do (a direction générale, an
office, the district's préfecture), the communes and their social services,
the home-care centre, the regional hospital, Pro Senectute and other
associations, the cantonal compensation office. Its members say « le
canton », « l'État », « la commune », « l'hôpital », « la caisse AVS », and
call the group « la plateforme ». Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["RIVIERA_GROUPS", "RIVIERA_TASKS"]

SLUG = "seniors-riviera"

RIVIERA_MEMBERS = (
    ("Nicole Chevalley", "Commune de Vevey", "Déléguée aux seniors, coordinatrice de la plateforme"),
    ("Alain Pasche", "Commune de Vevey", "Municipal en charge des affaires sociales"),
    ("Sandra Rochat", "Commune de Montreux", "Cheffe du service social"),
    ("Jean-Marc Dufaux", "Commune de La Tour-de-Peilz", "Secrétaire municipal"),
    ("Isabelle Gavillet", "Direction générale de la cohésion sociale (DGCS)", "Responsable de la politique cantonale vieillesse"),
    ("Rémy Chollet", "Office des curatelles et tutelles professionnelles", "Curateur, antenne de l'Est vaudois"),
    ("Corinne Favre", "Préfecture du district de la Riviera-Pays-d'Enhaut", "Préfète"),
    ("Pascal Borloz", "Caisse cantonale vaudoise de compensation AVS", "Conseiller en prestations complémentaires"),
    ("Maude Ruchet", "CMS de Vevey (AVASAD)", "Infirmière coordinatrice des soins à domicile"),
    ("Thierry Mottier", "Hôpital Riviera-Chablais", "Médecin gériatre"),
    ("Véronique Golay", "Pro Senectute Vaud", "Animatrice de quartiers solidaires"),
    ("Lucien Bonzon", "Alzheimer Vaud", "Conseiller pour les proches aidants"),
    ("Fanny Mercier", "Croix-Rouge vaudoise", "Responsable des transports bénévoles"),
    ("Yves Blanchoud", "Association des résidents de Clarens", "Président"),
)

RIVIERA_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:00", "Salle del Castillo, Vevey", ()),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Maison de Quartier de Montreux", ()),
    ("2026-11-19 09:00", "2026-11-19 11:30", "Hôpital de Rennaz, salle de conférence", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Salle del Castillo, Vevey",
     ("Plan canicule 2027", "Bilan des cafés seniors", "Budget de la plateforme")),
    ("2027-01-28 14:00", "2027-01-28 16:00", "Visioconférence", ("Enquête sur la solitude",)),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Salle des Remparts, La Tour-de-Peilz", ()),
)

RIVIERA_DEADLINES = (
    ("2026-12-11", "Délai pour les inscriptions aux cafés seniors de janvier"),
    ("2026-12-22", "Retour du questionnaire sur la solitude des aînés"),
    ("2027-02-12", "Délai de dépôt de la demande de subvention au canton"),
    ("2027-04-24", "Journée des proches aidants à Montreux"),
)

RIVIERA_DECISIONS = (
    ("2026-09-17", 1, "La plateforme se réunit chaque mois, en alternance à Vevey, Montreux et La Tour-de-Peilz."),
    ("2026-09-17", 1, "Un café seniors est ouvert chaque jeudi après-midi à la Maison de Quartier de Montreux."),
    ("2026-10-15", 2, "La DGCS finance une enquête sur la solitude des aînés de la Riviera."),
    ("2026-10-15", 2, "La Croix-Rouge étend les transports bénévoles aux rendez-vous médicaux de Rennaz."),
    ("2026-11-19", 3, "L'hôpital et le CMS partagent une fiche de sortie pour les patients de plus de 75 ans."),
    ("2026-11-19", 3, "Le plan canicule prévoit un appel téléphonique aux aînés isolés dès 30 degrés."),
)

RIVIERA_TASKS = {
    SLUG: (
        ("Imprimer les flyers des cafés seniors", "Véronique Golay", "2026-11-26", 3),
        ("Préparer la fiche de sortie commune", "Maude Ruchet", "2026-12-18", 3),
        ("Envoyer le questionnaire aux communes", "Nicole Chevalley", "2026-11-30", 2),
    ),
}

RIVIERA_GROUPS = {
    SLUG: (RIVIERA_MEMBERS, RIVIERA_MEETINGS, RIVIERA_DEADLINES, RIVIERA_DECISIONS, "Nicole Chevalley"),
}
