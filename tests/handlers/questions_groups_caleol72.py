"""A group written by helper w41b in the fortieth round, for the lead's
blind set 83 (a stranger's general set in the words of the commission
d'attribution des logements et d'examen de l'occupation des logements
(CALEOL) of an invented office public de l'habitat in the Sarthe): the
invented OPH Loir et Sarthe Habitat — the administrator who chairs the
CALEOL, two other administrators, its director general (advisory vote), the
head of the rental management service (the group's coordinator), the
chargée de clientèle in charge of the occupation reviews and the CALEOL's
secretary; the tenants' representative (the CNL, the asker); the mayor of
the invented Bercé-sur-Loir and the deputy mayor of the invented
Vaubourg-le-Loir; the préfet's delegate (DDETS de la Sarthe); the invented
Communauté de communes Loir-et-Bercé's housing service; Action Logement
Services; the SIAO de la Sarthe; the CCAS of Bercé-sur-Loir; two social
workers of the Département de la Sarthe; the CAF de la Sarthe.
Meetings: the CALEOL of September at the OPH's head office, the CALEOL on
the occupation reviews of October at the Vaubourg agency, the CALEOL of
November at the head office, the CALEOL of 10 December at the head office,
the CALEOL of January at the Vaubourg agency and the partners' annual
seminar of March at the mairie of Bercé-sur-Loir. Tasks (three late, one of
them the asker's; one done; one cancelled), the attendance of the September
and November CALEOL in the store, announced presences for 10 December; the
person asking is a member, not the coordinator. Public bodies named: the
DDETS, Action Logement, the SIAO de la Sarthe, the CNL, the Département, the
CAF; the OPH, its communes, their CCAS, the EPCI, the applicants (only file
numbers and initials) and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CALEOL72_AFTER_SETUP", "CALEOL72_ASKERS", "CALEOL72_GROUPS", "CALEOL72_TASKS"]

SLUG = "caleol72"
ASKER = "Sylvie Bouttier"
OPH = "Loir et Sarthe Habitat"
BOARD = "Loir et Sarthe Habitat, conseil d'administration"
DEPARTEMENT = "Département de la Sarthe, maison départementale des solidarités de Bercé-sur-Loir"

CALEOL72_MEMBERS = (
    ("Gérard Boissière", BOARD, "Administrateur de l'OPH, président de la CALEOL"),
    ("Émilie Cormier", OPH, "Responsable du service gestion locative, coordinatrice de la CALEOL"),
    ("Nadine Péan", BOARD, "Administratrice de l'OPH, vice-présidente de la CALEOL"),
    ("Hervé Juignet", BOARD, "Administrateur de l'OPH, membre titulaire de la CALEOL"),
    ("Thierry Vallée", OPH, "Directeur général de l'OPH, voix consultative"),
    ("Christelle Bruneau", OPH, "Chargée de clientèle, référente de l'examen de l'occupation des logements "
                                "(sous-occupation, adaptation)"),
    ("Anthony Roullier", OPH, "Assistant de gestion locative, secrétaire de la CALEOL (convocations, procès-verbaux)"),
    ("Sylvie Bouttier", "CNL de la Sarthe (Confédération nationale du logement)",
     "Représentante des locataires, administratrice élue par les locataires"),
    ("Jean-Luc Hardouin", "Mairie de Bercé-sur-Loir", "Maire de Bercé-sur-Loir"),
    ("Catherine Fouquet", "Mairie de Vaubourg-le-Loir", "Adjointe au maire chargée des affaires sociales et du "
                                                        "logement"),
    ("Olivier Rigault", "DDETS de la Sarthe", "Délégué du préfet, gestionnaire du contingent préfectoral"),
    ("Aurélie Chauvin", "Communauté de communes Loir-et-Bercé", "Responsable du service habitat, chargée du "
                                                                "programme local de l'habitat (PLH)"),
    ("Damien Lecomte", "Action Logement Services", "Chargé de relations bailleurs, logements réservés aux "
                                                   "salariés"),
    ("Leïla Haddad", "SIAO de la Sarthe", "Coordinatrice accès au logement des sortants d'hébergement"),
    ("Marc Tessier", "CCAS de Bercé-sur-Loir", "Directeur du CCAS"),
    ("Isabelle Garnier", DEPARTEMENT, "Assistante sociale de secteur"),
    ("Julie Landais", DEPARTEMENT, "Conseillère en économie sociale et familiale, référente du FSL"),
    ("Pascal Guérin", "CAF de la Sarthe", "Conseiller technique logement, aides au logement (APL)"),
)

CALEOL72_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 17:00", "CALEOL, salle du conseil d'administration, siège de Loir et Sarthe "
                                             "Habitat à Bercé-sur-Loir", ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "CALEOL consacrée à l'examen de l'occupation des logements, agence de "
                                             "Vaubourg-le-Loir", ()),
    ("2026-11-19 14:00", "2026-11-19 17:30", "CALEOL, salle du conseil d'administration, siège de Loir et Sarthe "
                                             "Habitat à Bercé-sur-Loir", ()),
    ("2026-12-10 14:00", "2026-12-10 17:00", "CALEOL, salle du conseil d'administration, siège de Loir et Sarthe "
                                             "Habitat à Bercé-sur-Loir",
     ("Attribution des logements de la résidence Les Tilleuls",
      "Dossiers prioritaires DALO et contingent préfectoral",
      "Examen de l'occupation : douze logements en sous-occupation",
      "Cotation de la demande de logement social")),
    ("2027-01-14 14:00", "2027-01-14 17:00", "CALEOL, agence de Vaubourg-le-Loir",
     ("Attributions du mois de janvier",
      "Mutations pour adaptation au handicap et au vieillissement")),
    ("2027-03-11 09:30", "2027-03-11 12:30", "Séminaire annuel des partenaires de la CALEOL, salle du conseil "
                                             "municipal, mairie de Bercé-sur-Loir",
     ("Révision du règlement intérieur de la CALEOL",
      "Présentation du rapport annuel des attributions 2026")),
)

CALEOL72_DEADLINES = (
    ("2026-12-03", "Transmission des dossiers complets des candidats pour la CALEOL du 10 décembre"),
    ("2026-12-18", "Envoi au préfet des candidats proposés sur le contingent préfectoral pour Les Tilleuls"),
    ("2027-01-08", "Réponse des locataires en sous-occupation aux propositions de mutation"),
    ("2027-01-29", "Remise du bilan des attributions 2026 à la conférence intercommunale du logement"),
    ("2027-02-15", "Mise à jour de la grille de cotation de la demande"),
    ("2027-03-31", "Signature de la convention intercommunale d'attribution (CIA)"),
)

CALEOL72_DECISIONS = (
    ("2026-09-24", 1, "La CALEOL se réunit une fois par mois, le jeudi après-midi, sauf en août."),
    ("2026-09-24", 1, "Trois candidats sont présentés pour chaque logement, sauf insuffisance de demandes ou "
                      "candidat reconnu prioritaire DALO."),
    ("2026-09-24", 1, "Les dossiers sont présentés de façon anonyme, par numéro unique de demande et initiales du "
                      "demandeur."),
    ("2026-09-24", 1, "Les dossiers complets doivent parvenir au service gestion locative au plus tard une semaine "
                      "avant la séance."),
    ("2026-09-24", 1, "Le procès-verbal de chaque séance est envoyé aux membres sous quinze jours."),
    ("2026-10-22", 2, "Les locataires en sous-occupation se voient proposer deux offres de relogement plus petit "
                      "dans la même commune."),
    ("2026-10-22", 2, "Les frais de déménagement des mutations pour sous-occupation sont pris en charge par l'OPH "
                      "jusqu'à 1 000 euros."),
    ("2026-10-22", 2, "Les logements adaptés en rez-de-chaussée sont attribués en priorité aux personnes à mobilité "
                      "réduite."),
    ("2026-10-22", 2, "La situation des logements en sous-occupation est réexaminée tous les trois ans."),
    ("2026-11-19", 3, "Le taux d'effort maximal retenu pour une attribution est de 35 %, le reste à vivre étant "
                      "examiné au cas par cas."),
    ("2026-11-19", 3, "Le dossier n° 072-2026-0418 (Mme K.) est ajourné dans l'attente de l'évaluation sociale du "
                      "Département."),
    ("2026-11-19", 3, "Le T3 du 4 rue des Acacias à Vaubourg-le-Loir est attribué au ménage n° 072-2026-0352 (M. et "
                      "Mme L.)."),
    ("2026-11-19", 3, "Le candidat retenu se voit proposer une visite du logement dans les dix jours suivant la "
                      "décision."),
    ("2026-11-19", 3, "Un demandeur qui refuse deux propositions adaptées sans motif légitime perd sa priorité pour "
                      "un an."),
)

CALEOL72_TASKS = {
    SLUG: (
        ("Organiser une visite de la résidence Les Tilleuls pour les membres", "Thierry Vallée", "2026-11-05", 1,
         "cancelled"),
        ("Envoyer la grille de cotation aux membres", "Émilie Cormier", "2026-10-09", 1, "done"),
        ("Recenser les logements en sous-occupation du parc", "Christelle Bruneau", "2026-11-13", 2),
        ("Informer les locataires des aides au déménagement pour les mutations", "Sylvie Bouttier", "2026-11-25", 2),
        ("Réaliser l'évaluation sociale du ménage n° 072-2026-0418", "Isabelle Garnier", "2026-11-27", 3),
        ("Transmettre la liste des ménages prioritaires du contingent préfectoral", "Olivier Rigault",
         "2026-12-04", 3),
        ("Proposer des candidats salariés pour les logements réservés des Tilleuls", "Damien Lecomte",
         "2026-12-07", 3),
        ("Mettre à jour la liste des sortants d'hébergement prêts au relogement", "Leïla Haddad", "2026-12-08", 3),
        ("Préparer le bilan des attributions 2026", "Émilie Cormier", "2027-01-22", 3),
        ("Présenter l'avis des locataires sur le règlement intérieur", "Sylvie Bouttier", "2027-03-11", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the tenants' representative.
CALEOL72_ASKERS = {SLUG: ASKER}

CALEOL72_GROUPS = {
    SLUG: (CALEOL72_MEMBERS, CALEOL72_MEETINGS, CALEOL72_DEADLINES, CALEOL72_DECISIONS, "Émilie Cormier"),
}

# What the coordinator typed after the CALEOL of September (n°1) and of November (n°3); nothing was recorded for the
# CALEOL of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Gérard Boissière, Émilie Cormier, Nadine Péan, Hervé Juignet, Thierry Vallée, Christelle Bruneau, "
    "Anthony Roullier, Sylvie Bouttier, Jean-Luc Hardouin, Olivier Rigault, Aurélie Chauvin, Damien Lecomte, "
    "Leïla Haddad, Isabelle Garnier, Pascal Guérin",
    "/excuses n°1 Catherine Fouquet, Julie Landais",
    "/absents n°1 Marc Tessier",
    "/presents n°3 Gérard Boissière, Émilie Cormier, Hervé Juignet, Christelle Bruneau, Anthony Roullier, "
    "Sylvie Bouttier, Catherine Fouquet, Olivier Rigault, Leïla Haddad, Marc Tessier, Isabelle Garnier, "
    "Julie Landais",
    "/excuses n°3 Nadine Péan, Thierry Vallée, Jean-Luc Hardouin, Damien Lecomte, Pascal Guérin",
    "/absents n°3 Aurélie Chauvin",
)

# What members said in the chat before the CALEOL of 10 December (n°4).
RSVPS = (
    ("Gérard Boissière", "/present"),
    ("Émilie Cormier", "/present"),
    ("Hervé Juignet", "/present"),
    ("Anthony Roullier", "/present"),
    ("Christelle Bruneau", "/present"),
    ("Olivier Rigault", "/present"),
    ("Damien Lecomte", "/present"),
    ("Leïla Haddad", "/present"),
    ("Jean-Luc Hardouin", "/present"),
    ("Nadine Péan", "/excuse"),
    ("Pascal Guérin", "/excuse"),
)

CALEOL72_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "caleol", ATTENDANCE_COMMANDS, RSVPS),
}
