"""A group written by helper r23c in the twenty-second round, for blind set
30c: the « comité de suivi du plan vélo » of Chartres métropole (Eure-et-Loir)
— the agglomeration (its vice-president for mobility who chairs the
committee, the plan's project leader, a cycling-works technician), three
towns (Chartres, Lucé, Mainvilliers), Chartres's municipal police, the
Département, the DDT, the ADEME, the bus network Filibus, the education
authority's « savoir rouler à vélo » adviser, the CCI, a cyclists'
association and a community bike workshop. Plenary committees (Wednesday
evening) alternate with thematic workshops (Tuesday or Thursday afternoon).
Tasks in the store; attendance typed with /presents, /excuses, /absents, and
members' /present or /excuse for the workshop of 10 December. The person
asking is a member, not the coordinator: Lucé's councillor for soft mobility.
Organisation names are public bodies or plausible ones (the association and
the workshop are invented); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["VELO28_AFTER_SETUP", "VELO28_ASKERS", "VELO28_GROUPS", "VELO28_TASKS"]

SLUG = "velo28"
ASKER = "Caroline Dufresne"

MEMBERS = (
    ("Gérard Beaufils", "Chartres métropole",
     "Vice-président chargé des mobilités, président du comité de suivi du plan vélo"),
    ("Élodie Marchand", "Chartres métropole", "Cheffe de projet plan vélo"),
    ("Thomas Renaud", "Chartres métropole", "Technicien aménagements cyclables"),
    ("Sébastien Hamel", "Ville de Chartres", "Adjoint au maire chargé de la voirie"),
    ("Caroline Dufresne", "Ville de Lucé", "Conseillère municipale déléguée aux mobilités douces"),
    ("Patrice Lenoir", "Ville de Mainvilliers", "Directeur des services techniques"),
    ("Olivier Brault", "Police municipale de Chartres", "Chef de service, prévention routière"),
    ("Amélie Rousseau", "Conseil départemental d'Eure-et-Loir", "Chargée de mission véloroutes"),
    ("Yann Le Gall", "DDT d'Eure-et-Loir", "Référent mobilités actives"),
    ("Françoise Vallet", "ADEME Centre-Val de Loire", "Chargée de mission mobilité"),
    ("Karim Saïdi", "Filibus", "Responsable de l'intermodalité"),
    ("Nathalie Perrot", "DSDEN d'Eure-et-Loir", "Conseillère pédagogique, savoir rouler à vélo"),
    ("Claire Fontaine", "CCI Eure-et-Loir", "Conseillère plans de mobilité employeur"),
    ("Mathilde Girard", "Chartres à Vélo", "Présidente de l'association"),
    ("Julien Mercier", "Atelier vélo La Roue libre", "Animateur de l'atelier de réparation"),
)

MEETINGS = (
    ("2026-09-16 18:00", "2026-09-16 20:00", "Comité de suivi du plan vélo, hôtel d'agglomération, Chartres", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Atelier aménagements cyclables, mairie de Lucé", ()),
    ("2026-11-18 18:00", "2026-11-18 20:00", "Comité de suivi du plan vélo, mairie de Mainvilliers", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Atelier stationnement et intermodalité, pôle gare de Chartres",
     ("Abris vélos sécurisés en gare", "Vélos dans les bus Filibus", "Bilan du comptage de novembre")),
    ("2027-01-27 18:00", "2027-01-27 20:00", "Comité de suivi du plan vélo, hôtel d'agglomération, Chartres",
     ("Budget vélo 2027", "Schéma directeur cyclable", "Fête du vélo")),
    ("2027-03-18 14:00", "2027-03-18 16:00", "Atelier savoir rouler à vélo, DSDEN d'Eure-et-Loir, Chartres", ()),
)

DEADLINES = (
    ("2026-12-04", "Remontée des comptages vélo de novembre"),
    ("2026-12-17", "Dépôt du dossier à l'appel à projets Fonds mobilités actives"),
    ("2027-01-15", "Réponses à l'enquête mobilité auprès des employeurs"),
    ("2027-03-05", "Inscriptions des écoles au programme Savoir rouler à vélo"),
)

DECISIONS = (
    ("2026-09-16", 1, "Le comité de suivi se réunit en séance plénière tous les deux mois, avec des ateliers "
                      "thématiques entre deux."),
    ("2026-09-16", 1, "Le plan vélo vise 60 kilomètres de pistes cyclables supplémentaires d'ici 2030."),
    ("2026-09-16", 1, "Les comptages vélo sont publiés chaque mois sur le site de l'agglomération."),
    ("2026-10-13", 2, "Une piste cyclable bidirectionnelle relie Lucé à la gare de Chartres."),
    ("2026-10-13", 2, "Les aménagements provisoires sont testés six mois avant d'être rendus définitifs."),
    ("2026-10-13", 2, "L'aide à l'achat d'un vélo à assistance électrique est portée à 300 euros, sous conditions "
                      "de ressources."),
    ("2026-11-18", 3, "Deux cents arceaux de stationnement sont installés dans les centres-bourgs en 2027."),
    ("2026-11-18", 3, "La Fête du vélo aura lieu le dimanche 6 juin 2027 au bord de l'Eure."),
    ("2026-11-18", 3, "Les vélos ne sont pas admis dans les bus Filibus, sauf les vélos pliants."),
    ("2026-11-18", 3, "Aucun budget n'est prévu pour des vélos en libre-service avant 2028."),
)

VELO28_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité du 18 novembre", "Élodie Marchand", "2026-11-25", 3),
        ("Recenser les points noirs cyclables de Lucé", "Caroline Dufresne", "2026-11-27", 2),
        ("Proposer des emplacements d'arceaux pour le centre de Lucé", "Caroline Dufresne", "2026-12-18", 3),
        ("Installer les compteurs vélo de l'avenue d'Orléans", "Thomas Renaud", "2026-11-06", 2, "done"),
        ("Préparer le dossier pour l'appel à projets Fonds mobilités actives", "Thomas Renaud", "2026-12-14", 3),
        ("Demander à Filibus le coût des porte-vélos", "Karim Saïdi", "2026-11-20", 3),
        ("Diffuser l'enquête mobilité aux employeurs de la zone d'activités", "Claire Fontaine", "2026-12-11", 3),
        ("Réserver le site de la Fête du vélo", "Sébastien Hamel", "2027-01-22", 3),
        ("Lister les écoles volontaires pour le Savoir rouler", "Nathalie Perrot", "2026-11-13", 2, "done"),
    ),
}

# What the project leader typed after each meeting: n°1 12 present, 2 excused, 1 absent; n°2 8 present,
# 2 excused; n°3 10 present, 3 excused (the asker among them), 2 absent.
ATTENDANCE_COMMANDS = (
    "/presents n°1 Gérard Beaufils, Élodie Marchand, Sébastien Hamel, Caroline Dufresne, Patrice Lenoir, "
    "Amélie Rousseau, Yann Le Gall, Mathilde Girard, Karim Saïdi, Françoise Vallet, Julien Mercier, Thomas Renaud",
    "/excuses n°1 Nathalie Perrot, Claire Fontaine",
    "/absents n°1 Olivier Brault",
    "/presents n°2 Élodie Marchand, Caroline Dufresne, Patrice Lenoir, Mathilde Girard, Julien Mercier, "
    "Thomas Renaud, Yann Le Gall, Olivier Brault",
    "/excuses n°2 Sébastien Hamel, Amélie Rousseau",
    "/presents n°3 Gérard Beaufils, Élodie Marchand, Sébastien Hamel, Patrice Lenoir, Mathilde Girard, "
    "Karim Saïdi, Nathalie Perrot, Thomas Renaud, Claire Fontaine, Françoise Vallet",
    "/excuses n°3 Caroline Dufresne, Yann Le Gall, Julien Mercier",
    "/absents n°3 Amélie Rousseau, Olivier Brault",
)

# What members said before the workshop of 10 December (n°4); the asker said nothing.
RSVPS = (
    ("Mathilde Girard", "/present"),
    ("Karim Saïdi", "/present"),
    ("Thomas Renaud", "/present"),
    ("Patrice Lenoir", "/excuse"),
    ("Françoise Vallet", "/excuse"),
)

VELO28_ASKERS = {SLUG: ASKER}
VELO28_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Élodie Marchand")}
# What is typed after the group is set up (questions_groups.build_group runs it).
VELO28_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "velo28", ATTENDANCE_COMMANDS, RSVPS),
}
