"""A group written by w28b in the twenty-seventh round, for the lead's
blind set 44: the Yonne's network of insertion par l'activité économique
(the working group of the CDIAE) — the DDETS's IAE officer who
coordinates, France Travail's IAE referent, the Conseil départemental's
insertion and RSA service and its officer for the Sénonais, the PLIE of
the Auxerrois, an atelier chantier d'insertion (its director and its
encadrante technique, who asks), an entreprise d'insertion, an entreprise
de travail temporaire d'insertion, an association intermédiaire, the
regional federation of insertion enterprises, a business club, the
Mission locale and the Communauté de l'Auxerrois's social-clauses
facilitator. The CDIAE plenary at the prefecture in Auxerre, employers'
breakfasts in a different place each time, the commission d'attribution
des aides at the DDETS and the dialogues de gestion at the sous-préfecture
of Sens. Tasks (three late, one done, one cancelled) and the attendance of
the breakfast of October and of the commission of November in the store
(nothing recorded for the plenary of September), announced presences for
the breakfast of 10 December; the person asking is a member, not the
coordinator. Organisation names are real public bodies or invented ones
(the SIAE, the PLIE, the business club); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CDIAE89_AFTER_SETUP", "CDIAE89_ASKERS", "CDIAE89_GROUPS", "CDIAE89_TASKS"]

SLUG = "cdiae-yonne"
ASKER = "Céline Duverger"
CD = "Conseil départemental de l'Yonne"
ACI = "Les Jardins du Serein"

CDIAE89_MEMBERS = (
    ("Delphine Rousselot", "DDETS de l'Yonne", "Chargée de mission insertion par l'activité économique, "
                                               "coordinatrice du CDIAE"),
    ("Karim Benhamou", "France Travail", "Conseiller référent IAE de l'agence d'Auxerre"),
    ("Isabelle Perrot", CD, "Cheffe du service insertion et RSA"),
    ("Thibault Mercier", CD, "Chargé de mission insertion du territoire du Sénonais"),
    ("Benoît Chaput", "PLIE de l'Auxerrois", "Directeur du PLIE"),
    ("Hervé Lamothe", ACI, "Directeur de l'atelier chantier d'insertion"),
    ("Céline Duverger", ACI, "Encadrante technique d'insertion, atelier maraîchage"),
    ("Olivier Garnier", "Bois et Bocage", "Gérant de l'entreprise d'insertion"),
    ("Nadia Ferhat", "Intérim Solidaire 89", "Directrice d'agence de l'entreprise de travail temporaire d'insertion"),
    ("Patricia Blondeau", "Coup de Main Sénonais", "Directrice de l'association intermédiaire"),
    ("Antoine Ribeiro", "Fédération des entreprises d'insertion Bourgogne-Franche-Comté", "Délégué régional"),
    ("Jean-Marc Deschamps", "Club des entreprises inclusives de l'Yonne", "Président du club, dirigeant de "
                                                                          "Deschamps Bâtiment"),
    ("Sophie Vallet", "Mission locale de l'Auxerrois", "Conseillère contrat d'engagement jeune"),
    ("Guillaume Petit", "Communauté de l'Auxerrois", "Facilitateur des clauses sociales"),
)

CDIAE89_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 17:00", "Plénière du CDIAE, préfecture de l'Yonne, Auxerre", ()),
    ("2026-10-08 08:30", "2026-10-08 10:00", "Petit-déjeuner des employeurs, pépinière d'entreprises, Sens", ()),
    ("2026-11-17 09:30", "2026-11-17 12:30", "Commission d'attribution des aides, DDETS de l'Yonne, Auxerre", ()),
    ("2026-12-10 08:30", "2026-12-10 10:30", "Petit-déjeuner des employeurs, Les Jardins du Serein, Chablis",
     ("Accueillir un salarié en PMSMP", "Recrutements en CDDI dans le bâtiment", "Visite de l'atelier maraîchage")),
    ("2027-01-19 09:00", "2027-01-19 12:30", "Dialogues de gestion des SIAE, sous-préfecture de Sens",
     ("Bilan des sorties dynamiques 2026", "Aides au poste 2027")),
    ("2027-03-16 14:00", "2027-03-16 17:00", "Plénière du CDIAE, préfecture de l'Yonne, Auxerre",
     ("Diagnostic territorial de l'IAE", "Répartition du FDI 2027", "Préparation du forum de l'IAE")),
    ("2027-04-08 08:30", "2027-04-08 10:00", "Petit-déjeuner des employeurs, hôtel de ville, Avallon",
     ("Les clauses sociales dans les marchés publics",)),
)

CDIAE89_DEADLINES = (
    ("2026-12-04", "Retour du questionnaire sur les besoins de recrutement des employeurs"),
    ("2026-12-18", "Dépôt des demandes de FDI à la DDETS"),
    ("2027-01-08", "Envoi des demandes d'aides au poste 2027 des SIAE"),
    ("2027-02-26", "Signature des annexes financières 2027"),
    ("2027-03-31", "Transmission des bilans d'activité 2026"),
)

CDIAE89_DECISIONS = (
    ("2026-09-15", 1, "Le CDIAE se réunit en plénière deux fois par an, en septembre et en mars."),
    ("2026-09-15", 1, "Un petit-déjeuner des employeurs est organisé chaque trimestre dans un bassin d'emploi "
                      "différent."),
    ("2026-09-15", 1, "Quinze postes supplémentaires en atelier chantier d'insertion sont demandés pour le "
                      "Tonnerrois."),
    ("2026-10-08", 2, "Chaque entreprise du club accueille au moins deux salariés en insertion par an en PMSMP."),
    ("2026-10-08", 2, "Les offres d'emploi des entreprises du club sont transmises à France Travail et à la "
                      "Mission locale."),
    ("2026-11-17", 3, "Le fonds départemental d'insertion finance en priorité l'achat de véhicules pour la mobilité "
                      "des salariés."),
    ("2026-11-17", 3, "L'entreprise d'insertion Bois et Bocage obtient quatre aides au poste supplémentaires."),
    ("2026-11-17", 3, "Le Département cofinance les aides au poste des allocataires du RSA recrutés en atelier "
                      "chantier d'insertion."),
    ("2026-11-17", 3, "Les salariés en CDDI bénéficient d'une formation au permis de conduire financée par le "
                      "PLIE."),
    ("2026-11-17", 3, "Un forum de l'IAE est organisé à Sens au printemps 2027."),
)

CDIAE89_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la plénière de septembre", "Delphine Rousselot", "2026-09-25", 1, "done"),
        ("Recenser les besoins de recrutement des entreprises du club", "Jean-Marc Deschamps", "2026-11-06", 2),
        ("Organiser une visite de la plateforme logistique de Monéteau", "Guillaume Petit", "2026-11-13", 2,
         "cancelled"),
        ("Compter les PASS IAE prescrits aux allocataires du RSA", "Isabelle Perrot", "2026-11-25", 3),
        ("Proposer des PMSMP aux salariés de l'atelier maraîchage", "Céline Duverger", "2026-11-27", 2),
        ("Préparer la visite de l'atelier maraîchage pour le petit-déjeuner", "Céline Duverger", "2026-12-09", 3),
        ("Chiffrer l'achat de deux minibus pour la mobilité des salariés", "Hervé Lamothe", "2026-12-11", 3),
        ("Signer l'avenant de conventionnement de Bois et Bocage", "Olivier Garnier", "2026-12-15", 3),
        ("Monter le dossier FDI de l'association intermédiaire", "Patricia Blondeau", "2026-12-16", 3),
        ("Envoyer le calendrier des dialogues de gestion aux SIAE", "Delphine Rousselot", "2026-12-22", 3),
        ("Inscrire les salariés en CDDI à la formation au permis de conduire", "Benoît Chaput", "2027-01-15", 3),
        ("Présenter l'intérim d'insertion aux jeunes de la Mission locale", "Nadia Ferhat", "2027-01-29", 3),
        ("Réserver la salle du forum de l'IAE à Sens", "Thibault Mercier", "2027-02-05", 3),
        ("Rédiger la synthèse régionale des aides au poste", "Antoine Ribeiro", "2027-02-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the ACI's encadrante technique.
CDIAE89_ASKERS = {SLUG: ASKER}

CDIAE89_GROUPS = {
    SLUG: (CDIAE89_MEMBERS, CDIAE89_MEETINGS, CDIAE89_DEADLINES, CDIAE89_DECISIONS, "Delphine Rousselot"),
}

# What the coordinator typed after the breakfast at Sens (n°2) and the commission at the DDETS (n°3); nothing was
# recorded for the plenary of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Delphine Rousselot, Jean-Marc Deschamps, Karim Benhamou, Guillaume Petit, Nadia Ferhat, "
    "Patricia Blondeau, Céline Duverger, Sophie Vallet",
    "/excuses n°2 Hervé Lamothe, Olivier Garnier",
    "/absents n°2 Antoine Ribeiro, Isabelle Perrot, Thibault Mercier, Benoît Chaput",
    "/presents n°3 Delphine Rousselot, Karim Benhamou, Isabelle Perrot, Benoît Chaput, Hervé Lamothe, "
    "Olivier Garnier, Nadia Ferhat, Patricia Blondeau, Antoine Ribeiro",
    "/excuses n°3 Thibault Mercier, Guillaume Petit",
    "/absents n°3 Jean-Marc Deschamps, Sophie Vallet, Céline Duverger",
)

# What members said in the chat before the breakfast of 10 December at Chablis (n°4).
RSVPS = (
    ("Jean-Marc Deschamps", "/present"),
    ("Delphine Rousselot", "/present"),
    ("Karim Benhamou", "/present"),
    ("Hervé Lamothe", "/present"),
    ("Nadia Ferhat", "/excuse"),
    ("Guillaume Petit", "/excuse"),
)

CDIAE89_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "y89", ATTENDANCE_COMMANDS, RSVPS),
}
