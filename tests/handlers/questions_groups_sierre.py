"""A group written by the lead in the eighteenth round, for the lead's blind
set 31, written during the round out of every engineer's reach and measured
once, on the round's merged code: the seniors' platform of the Sierre
district (Valais) — the town's delegate for seniors who coordinates it and
the town councillor who chairs it, Pro Senectute, the home-care centre
(CMS), the Red Cross, Alzheimer Valais, the hospital's liaison nurse, a
nursing home (EMS), a parish, a neighbourhood association, a neighbouring
commune and the volunteer drivers' service. Plenary sittings four times a
year, a carers' working group, a seniors' forum. Tasks and attendance in
the store; the person asking is the coordinator. Organisation names are
real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SIERRE_AFTER_SETUP", "SIERRE_ASKERS", "SIERRE_GROUPS", "SIERRE_TASKS"]

SLUG = "seniors-sierre"

SIERRE_MEMBERS = (
    ("Véronique Zufferey", "Commune de Sierre", "Déléguée aux seniors, coordinatrice de la plateforme"),
    ("Pierre-André Salamin", "Commune de Sierre", "Conseiller municipal en charge des affaires sociales, président de la plateforme"),
    ("Nathalie Epiney", "Pro Senectute Valais", "Assistante sociale"),
    ("Marc Rey", "CMS de Sierre", "Responsable des soins à domicile"),
    ("Chantal Théodoloz", "Croix-Rouge Valais", "Coordinatrice des bénévoles"),
    ("Jean-Luc Bonvin", "Alzheimer Valais", "Président de la section du Valais central"),
    ("Sabine Caloz", "Hôpital du Valais", "Infirmière de liaison"),
    ("Olivier Pont", "EMS Beaulieu", "Directeur"),
    ("Fabienne Berclaz", "Paroisse Sainte-Croix", "Animatrice pastorale"),
    ("Yvan Crettol", "Association de quartier de Glarey", "Président"),
    ("Laura Mabillard", "Commune de Chippis", "Conseillère communale"),
    ("Denis Favre", "Service de transport bénévole", "Responsable des chauffeurs"),
)

SIERRE_MEETINGS = (
    ("2026-09-10 17:00", "2026-09-10 19:00", "Séance plénière, Hôtel de Ville de Sierre", ()),
    ("2026-10-22 14:00", "2026-10-22 16:00", "Groupe proches aidants, CMS de Sierre", ()),
    ("2026-11-19 17:00", "2026-11-19 19:00", "Séance plénière, Hôtel de Ville de Sierre", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Groupe proches aidants, Pro Senectute Sierre",
     ("Journée des proches aidants 2027", "Café des aidants", "Flyer d'information sur le répit")),
    ("2027-01-21 17:00", "2027-01-21 19:00", "Séance plénière, Hôtel de Ville de Sierre",
     ("Budget 2027 de la plateforme", "Rapport annuel", "Accueil de la commune de Chippis")),
    ("2027-03-04 09:00", "2027-03-04 12:00", "Forum seniors, salle de la Sacoche", ()),
)

SIERRE_DEADLINES = (
    ("2026-12-14", "Inscriptions au repas de Noël des aînés"),
    ("2027-01-08", "Rapport annuel d'activité à la commune"),
    ("2027-01-29", "Demande de subvention à la Loterie Romande"),
    ("2027-02-19", "Programme du forum seniors"),
)

SIERRE_DECISIONS = (
    ("2026-09-10", 1, "La plateforme se réunit en plénière quatre fois par an, le jeudi à 17h."),
    ("2026-09-10", 1, "Un repas de Noël des aînés est organisé le 17 décembre à la salle de la Sacoche, au prix de 15 francs."),
    ("2026-09-10", 1, "Les nouveaux membres sont admis sur décision de la plénière."),
    ("2026-10-22", 2, "Un café des aidants a lieu le premier lundi de chaque mois au CMS."),
    ("2026-10-22", 2, "La journée des proches aidants 2027 se tiendra le 30 octobre."),
    ("2026-10-22", 2, "Un flyer sur les offres de répit est distribué dans les pharmacies et les cabinets médicaux."),
    ("2026-11-19", 3, "Le transport bénévole est gratuit pour les rentiers AVS au bénéfice de prestations complémentaires."),
    ("2026-11-19", 3, "Le budget 2027 de la plateforme est fixé à 12 000 francs."),
    ("2026-11-19", 3, "La commune de Chippis rejoint la plateforme dès janvier 2027."),
    ("2026-11-19", 3, "Le forum seniors aura lieu le 4 mars à la salle de la Sacoche."),
)

SIERRE_TASKS = {
    SLUG: (
        ("Réserver la salle de la Sacoche pour le repas de Noël", "Véronique Zufferey", "2026-11-20", 1, "done"),
        ("Imprimer les flyers sur le répit", "Nathalie Epiney", "2026-11-27", 2),
        ("Trouver des chauffeurs bénévoles supplémentaires", "Denis Favre", "2026-12-31", 3),
        ("Rédiger le rapport annuel d'activité", "Véronique Zufferey", "2027-01-06", 3),
        ("Préparer la demande à la Loterie Romande", "Pierre-André Salamin", "2027-01-25", 3),
        ("Contacter les pharmacies pour le flyer", "Marc Rey", "2026-11-30", 2),
        ("Organiser le café des aidants de janvier", "Chantal Théodoloz", "2027-01-04", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
SIERRE_ASKERS = {SLUG: "Véronique Zufferey"}

SIERRE_GROUPS = {
    SLUG: (SIERRE_MEMBERS, SIERRE_MEETINGS, SIERRE_DEADLINES, SIERRE_DECISIONS, "Pierre-André Salamin"),
}

# What the coordinator typed after the November plenary (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Véronique Zufferey, Pierre-André Salamin, Nathalie Epiney, Marc Rey, Jean-Luc Bonvin, Olivier Pont, "
    "Fabienne Berclaz, Denis Favre, Yvan Crettol",
    "/excuses n°3 Sabine Caloz, Chantal Théodoloz",
    "/absents n°3",
)

# What members said in the chat before the carers' working group (séance n°4).
RSVPS = (
    ("Nathalie Epiney", "/present"),
    ("Marc Rey", "/present"),
    ("Chantal Théodoloz", "/present"),
    ("Jean-Luc Bonvin", "/excuse"),
)

SIERRE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Véronique Zufferey", "sr", ATTENDANCE_COMMANDS, RSVPS),
}
