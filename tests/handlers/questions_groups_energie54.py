"""A group written by the helper r23b in the twenty-second round, for the
blind set 30b (formal register): the departmental committee of
Meurthe-et-Moselle against energy poverty and for the energy renovation of
homes — the Department (the vice-president who chairs the committee, the
project lead who runs its secretariat, the head of the housing solidarity
fund, FSL), the DDT and its local Anah delegation, the ALEC (France Rénov'
advice), the ADIL, SOLIHA (which runs the SLIME home visits), the CAF, the
CCAS of Vandœuvre-lès-Nancy (its director and an ambassador of energy
efficiency), Enedis, GRDF, an energy supplier's solidarity department, the
national energy ombudsman, a social landlord and the Fondation pour le
logement des défavorisés. Plenary sessions twice a year, a technical
committee on the FSL energy aid, a steering committee of the SLIME. Tasks
and attendance in the store; the person asking is a member, not the
coordinator: the France Rénov' adviser of the ALEC. Organisation names are
real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ENERGIE54_AFTER_SETUP", "ENERGIE54_ASKERS", "ENERGIE54_GROUPS", "ENERGIE54_TASKS"]

SLUG = "energie54"

ENERGIE54_MEMBERS = (
    ("Véronique Thiriet", "Conseil départemental de Meurthe-et-Moselle",
     "Vice-présidente chargée de l'habitat, présidente du comité départemental"),
    ("Coralie Humbert", "Conseil départemental de Meurthe-et-Moselle",
     "Cheffe de projet précarité énergétique, secrétaire du comité"),
    ("Fabrice Colin", "Conseil départemental de Meurthe-et-Moselle", "Responsable du fonds de solidarité logement"),
    ("Denis Marchal", "Direction départementale des territoires de Meurthe-et-Moselle",
     "Chef du service habitat, délégué local adjoint de l'Anah"),
    ("Julien Gérardin", "ALEC Nancy Grands Territoires", "Conseiller France Rénov'"),
    ("Isabelle Rémy", "ADIL de Meurthe-et-Moselle", "Juriste"),
    ("Mathieu Pierson", "SOLIHA Meurthe-et-Moselle", "Chargé d'opérations, référent du SLIME"),
    ("Nadège Toussaint", "CAF de Meurthe-et-Moselle", "Conseillère en économie sociale et familiale"),
    ("Hervé Lhuillier", "CCAS de Vandœuvre-lès-Nancy", "Directeur"),
    ("Yannick Barthélemy", "CCAS de Vandœuvre-lès-Nancy", "Ambassadeur de l'efficacité énergétique"),
    ("Amandine Lallemand", "Enedis Lorraine", "Référente des relations avec les collectivités"),
    ("Olivier Jacquot", "GRDF", "Délégué territorial"),
    ("Karima Benali", "EDF", "Correspondante solidarité"),
    ("Pascale Weber", "Médiateur national de l'énergie", "Chargée des relations avec les acteurs sociaux"),
    ("Thomas Didier", "Meurthe-et-Moselle Habitat", "Responsable du pôle réhabilitation"),
    ("Gaëlle Morel", "Fondation pour le logement des défavorisés", "Chargée de mission Grand Est"),
)

ENERGIE54_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Séance plénière du comité départemental, Hôtel du Département à Nancy",
     ()),
    ("2026-10-13 09:30", "2026-10-13 12:00",
     "Comité technique FSL énergie, Maison départementale des solidarités de Lunéville", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage du SLIME, locaux de l'ALEC à Nancy", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Comité technique FSL énergie, CCAS de Vandœuvre-lès-Nancy",
     ("Bilan des aides FSL énergie 2026", "Campagne du chèque énergie 2027",
      "Repérage des passoires thermiques dans le parc social")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Séance plénière du comité départemental, Hôtel du Département à Nancy",
     ("Rapport d'activité 2026", "Règlement intérieur du FSL 2027", "Convention avec les fournisseurs d'énergie")),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Comité de pilotage du SLIME, mairie de Pont-à-Mousson", ()),
)

ENERGIE54_DEADLINES = (
    ("2026-12-04", "Remontée des dossiers d'impayés de novembre"),
    ("2026-12-18", "Avis sur le projet de règlement intérieur du FSL 2027"),
    ("2027-01-15", "Bilan annuel des visites à domicile du SLIME"),
    ("2027-02-26", "Candidatures à l'appel à projets des ambassadeurs de l'efficacité énergétique"),
)

ENERGIE54_DECISIONS = (
    ("2026-09-17", 1, "Le plafond de l'aide FSL énergie est porté à 600 euros par foyer et par an."),
    ("2026-09-17", 1, "Les ménages en impayé d'énergie sont orientés vers le SLIME pour une visite à domicile."),
    ("2026-09-17", 1, "Le comité départemental se réunit en séance plénière deux fois par an."),
    ("2026-10-13", 2, "Les dossiers FSL énergie sont instruits en quinze jours au plus."),
    ("2026-10-13", 2, "Un kit d'économies d'énergie (ampoules LED, mousseurs, multiprise) est remis à chaque visite."),
    ("2026-10-13", 2, "La CAF transmet chaque mois au Département la liste des allocataires en impayé d'énergie."),
    ("2026-11-19", 3, "L'objectif du SLIME est fixé à 400 visites à domicile en 2027."),
    ("2026-11-19", 3,
     "Les propriétaires occupants modestes sont accompagnés par France Rénov' pour monter leur dossier MaPrimeRénov'."),
    ("2026-11-19", 3, "Les logements classés F ou G du parc social sont rénovés en priorité d'ici 2028."),
    ("2026-11-19", 3,
     "L'ADIL tient une permanence sur les litiges avec les fournisseurs le premier mercredi du mois à Lunéville."),
)

ENERGIE54_TASKS = {
    SLUG: (
        ("Diffuser le relevé de décisions du comité technique d'octobre", "Coralie Humbert", "2026-10-23", 2, "done"),
        ("Recenser les logements classés F ou G du parc social", "Thomas Didier", "2026-11-27", 3),
        ("Mettre à jour la plaquette France Rénov' sur MaPrimeRénov'", "Julien Gérardin", "2026-11-30", 3),
        ("Transmettre le bilan des aides FSL énergie 2026", "Fabrice Colin", "2026-12-07", 3),
        ("Préparer une note sur la campagne du chèque énergie 2027", "Karima Benali", "2026-12-08", 3),
        ("Rédiger le projet de règlement intérieur du FSL 2027", "Coralie Humbert", "2026-12-11", 3),
        ("Organiser la formation des ambassadeurs de l'efficacité énergétique", "Julien Gérardin", "2026-12-15", 3),
        ("Planifier les visites à domicile du SLIME de janvier", "Mathieu Pierson", "2026-12-18", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the France Rénov' adviser.
ENERGIE54_ASKERS = {SLUG: "Julien Gérardin"}

ENERGIE54_GROUPS = {
    SLUG: (ENERGIE54_MEMBERS, ENERGIE54_MEETINGS, ENERGIE54_DEADLINES, ENERGIE54_DECISIONS, "Coralie Humbert"),
}

# What the secretary's account typed after the steering committee of the SLIME (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Véronique Thiriet, Coralie Humbert, Julien Gérardin, Mathieu Pierson, Nadège Toussaint, "
    "Hervé Lhuillier, Yannick Barthélemy, Thomas Didier, Gaëlle Morel",
    "/excuses n°3 Denis Marchal, Karima Benali",
    "/absents n°3 Olivier Jacquot",
)

# What members said in the chat before the technical committee in Vandœuvre (séance n°4).
RSVPS = (
    ("Fabrice Colin", "/present"),
    ("Nadège Toussaint", "/present"),
    ("Hervé Lhuillier", "/present"),
    ("Amandine Lallemand", "/excuse"),
)

ENERGIE54_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Julien Gérardin", "en", ATTENDANCE_COMMANDS, RSVPS),
}
