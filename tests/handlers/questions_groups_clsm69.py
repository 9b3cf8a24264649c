"""A group written by helper w46a in the forty-fifth round, for the lead's
blind set 94 (a stranger's general set in the words of the conseil local de
santé mentale (CLSM) of the invented town of Rochenoire, about 30,000
inhabitants in the Rhône, in its comité de pilotage and its assemblée
plénière): the deputy mayor for health who chairs it, the town's CLSM
coordinator (the group's coordinator), the town's chargée de mission of the
contrat local de santé (also a PSSM trainer), a town councillor for housing;
the chef de pôle of the adult psychiatry sector (a psychiatrist of the CH Le
Vinatier), a child psychiatrist of the same hospital, the cadre de santé of
the CMP of Rochenoire; the ARS Auvergne-Rhône-Alpes's délégation
départementale du Rhône; the director of the CCAS; the chargée de gestion
locative of the invented bailleur social Habitat des Coteaux; the head of
the police municipale; the UNAFAM's delegate (families, the asker); the
animatrice of the invented GEM L'Escale; the Maison des adolescents du
Rhône; the invented Mission locale des Coteaux's référente santé; the
Éducation nationale's infirmière conseillère technique; a general
practitioner who chairs the invented CPTS; a social worker of the
Département du Rhône.
Meetings: the comité de pilotage of September at the mairie, the assemblée
plénière of October (during the SISM) at the salle Jacques-Prévert, the
comité de pilotage of November at the CCAS, the comité de pilotage of
8 December at the mairie, the comité of January at the CMP and the
assemblée plénière of March at the salle Jacques-Prévert. Attendance of the
three past meetings in the store, announced presences for 8 December; tasks
(three late, one of them the asker's; one done; one cancelled). The person
asking is a member, not the coordinator. Public bodies named: the CH Le
Vinatier, the ARS, the UNAFAM, the Maison des adolescents du Rhône, the
Éducation nationale, the Département du Rhône; the town, its services, the
bailleur, the GEM, the Mission locale, the CPTS and every person are
invented; situations are only initials."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSM69_AFTER_SETUP", "CLSM69_ASKERS", "CLSM69_GROUPS", "CLSM69_TASKS"]

SLUG = "clsm69"
ASKER = "Monique Sauvageot"
MAIRIE = "Mairie de Rochenoire"
SANTE = "Mairie de Rochenoire, service santé publique"
VINATIER = "CH Le Vinatier, secteur de psychiatrie adulte de Rochenoire"

CLSM69_MEMBERS = (
    ("Hélène Martinon", MAIRIE, "Adjointe au maire déléguée à la santé, présidente du CLSM"),
    ("Claire Demarest", SANTE, "Coordinatrice du CLSM, animatrice de la cellule de cas complexes"),
    ("Pauline Vial", SANTE, "Chargée de mission du contrat local de santé (CLS), formatrice PSSM"),
    ("Mathieu Clerc", MAIRIE, "Conseiller municipal délégué au logement"),
    ("Yves Lambertin", VINATIER, "Psychiatre, chef de pôle du secteur de psychiatrie adulte"),
    ("Anne-Sophie Rivoire", "CH Le Vinatier, secteur de psychiatrie infanto-juvénile",
     "Pédopsychiatre, médecin responsable du CMP enfants et adolescents"),
    ("Sandrine Colomb", "CH Le Vinatier, CMP de Rochenoire (centre médico-psychologique)",
     "Cadre de santé du CMP adultes"),
    ("Fabrice Ollagnier", "ARS Auvergne-Rhône-Alpes, délégation départementale du Rhône",
     "Chargé de mission santé mentale, référent du projet territorial de santé mentale (PTSM)"),
    ("Nathalie Berthet", "CCAS de Rochenoire", "Directrice du CCAS"),
    ("Karima Benali", "Habitat des Coteaux (bailleur social)",
     "Chargée de gestion locative, pilote du groupe de travail logement"),
    ("Franck Durieux", "Police municipale de Rochenoire", "Chef de service de la police municipale"),
    ("Monique Sauvageot", "UNAFAM du Rhône", "Déléguée UNAFAM, représentante des familles"),
    ("Léa Fontanel", "GEM L'Escale (groupe d'entraide mutuelle)", "Animatrice du GEM"),
    ("Julien Riboulet", "Maison des adolescents du Rhône",
     "Psychologue, pilote du groupe de travail jeunes"),
    ("Élodie Massardier", "Mission locale des Coteaux", "Référente santé des jeunes"),
    ("Véronique Chazal", "Éducation nationale, DSDEN du Rhône", "Infirmière conseillère technique"),
    ("Bertrand Gay", "CPTS Rochenoire et Coteaux",
     "Médecin généraliste, président de la CPTS, pilote du groupe de travail accès aux soins"),
    ("Isabelle Perret", "Département du Rhône, Maison du Rhône de Rochenoire",
     "Assistante sociale de secteur, référente des situations complexes"),
)

CLSM69_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Comité de pilotage du CLSM, salle des commissions, mairie de "
                                             "Rochenoire", ()),
    ("2026-10-06 18:00", "2026-10-06 20:30", "Assemblée plénière du CLSM pendant les SISM, salle "
                                             "Jacques-Prévert, Rochenoire", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Comité de pilotage du CLSM, salle de réunion du CCAS de "
                                             "Rochenoire", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Comité de pilotage du CLSM, salle des commissions, mairie de "
                                             "Rochenoire",
     ("Bilan des SISM 2026",
      "Charte de confidentialité de la cellule de cas complexes",
      "Délais d'attente au CMP adultes",
      "Budget 2027 du CLSM (ARS et ville)")),
    ("2027-01-19 14:00", "2027-01-19 16:00", "Comité de pilotage du CLSM, CMP de Rochenoire",
     ("Annuaire des ressources en santé mentale",
      "Calendrier des formations PSSM 2027")),
    ("2027-03-16 17:30", "2027-03-16 20:00", "Assemblée plénière du CLSM, salle Jacques-Prévert, Rochenoire",
     ("Rapport d'activité 2026 du CLSM",
      "Programme des SISM 2027")),
)

CLSM69_DEADLINES = (
    ("2026-11-27", "Retour des fiches ressources pour l'annuaire du CLSM"),
    ("2026-12-11", "Inscriptions à la formation premiers secours en santé mentale (PSSM) de janvier"),
    ("2026-12-18", "Signature de la charte de confidentialité par les participants de la cellule de cas complexes"),
    ("2027-01-15", "Dépôt du dossier de demande de financement 2027 auprès de l'ARS"),
    ("2027-02-26", "Propositions d'actions des partenaires pour les SISM 2027"),
    ("2027-03-31", "Contribution du CLSM au bilan du projet territorial de santé mentale (PTSM) du Rhône"),
)

CLSM69_DECISIONS = (
    ("2026-09-15", 1, "Le comité de pilotage se réunit tous les deux mois, le mardi après-midi ; l'assemblée "
                      "plénière se réunit deux fois par an."),
    ("2026-09-15", 1, "La cellule de cas complexes se réunit le premier jeudi de chaque mois dans les locaux du "
                      "CCAS."),
    ("2026-09-15", 1, "Les situations examinées en cellule sont présentées de façon anonyme (initiales et âge) et "
                      "chaque participant signe la charte de confidentialité."),
    ("2026-09-15", 1, "Une situation peut être présentée en cellule par tout membre, avec l'accord de la personne "
                      "concernée, sauf urgence."),
    ("2026-09-15", 1, "Trois groupes de travail sont constitués : jeunes, logement et accès aux soins."),
    ("2026-10-06", 2, "Deux sessions de formation PSSM de deux jours sont financées chaque année pour les "
                      "partenaires, à raison de 12 places par session."),
    ("2026-10-06", 2, "La plaquette du CLSM est tirée à 2 000 exemplaires et diffusée dans les mairies, les "
                      "pharmacies et les cabinets médicaux."),
    ("2026-10-06", 2, "L'annuaire des ressources en santé mentale est publié sur le site de la ville et mis à jour "
                      "chaque année."),
    ("2026-10-06", 2, "Le ciné-débat des SISM devient un rendez-vous annuel, au cinéma municipal Le Lumière."),
    ("2026-11-17", 3, "Un créneau de premier rendez-vous infirmier sous quinze jours est réservé au CMP adultes "
                      "pour les situations adressées par le CLSM."),
    ("2026-11-17", 3, "En cas de troubles de voisinage, le bailleur saisit la cellule de cas complexes avant "
                      "d'engager toute procédure d'expulsion."),
    ("2026-11-17", 3, "Le budget 2027 du CLSM est fixé à 48 000 euros, financé à parts égales par l'ARS et la "
                      "ville."),
    ("2026-11-17", 3, "Les admissions en soins sans consentement sur décision du représentant de l'État (SDRE) "
                      "font l'objet d'un bilan anonymisé présenté une fois par an au comité de pilotage."),
    ("2026-11-17", 3, "Un point d'écoute pour les 16-25 ans est ouvert le mercredi après-midi à la Mission locale, "
                      "tenu par la Maison des adolescents."),
)

CLSM69_TASKS = {
    SLUG: (
        ("Réserver la salle et le film du ciné-débat des SISM", "Claire Demarest", "2026-09-30", 1, "done"),
        ("Organiser une visite du GEM pour les élus", "Hélène Martinon", "2026-10-30", 1, "cancelled"),
        ("Diffuser la plaquette du CLSM aux pharmacies et aux cabinets médicaux", "Bertrand Gay", "2026-11-13", 2),
        ("Compiler les fiches ressources de l'annuaire", "Pauline Vial", "2026-11-20", 2),
        ("Recueillir les témoignages des familles pour le bilan des SISM", "Monique Sauvageot", "2026-11-26", 2),
        ("Rédiger le projet de charte de confidentialité de la cellule", "Claire Demarest", "2026-12-04", 3),
        ("Transmettre les chiffres des délais d'attente du CMP", "Sandrine Colomb", "2026-12-04", 3),
        ("Recenser les locataires concernés par des troubles de voisinage", "Karima Benali", "2026-12-15", 3),
        ("Mettre en place le point d'écoute jeunes à la Mission locale", "Élodie Massardier", "2027-01-06", 3),
        ("Préparer le dossier de financement ARS 2027", "Pauline Vial", "2027-01-08", 3),
        ("Présenter le bilan anonymisé des mesures SDRE", "Yves Lambertin", "2027-01-19", 3),
        ("Proposer une action des familles pour les SISM 2027", "Monique Sauvageot", "2027-02-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the UNAFAM's delegate.
CLSM69_ASKERS = {SLUG: ASKER}

CLSM69_GROUPS = {
    SLUG: (CLSM69_MEMBERS, CLSM69_MEETINGS, CLSM69_DEADLINES, CLSM69_DECISIONS, "Claire Demarest"),
}

# What the coordinator typed after the three past meetings (n°1 to n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Hélène Martinon, Claire Demarest, Pauline Vial, Mathieu Clerc, Yves Lambertin, "
    "Anne-Sophie Rivoire, Sandrine Colomb, Fabrice Ollagnier, Nathalie Berthet, Karima Benali, Monique Sauvageot, "
    "Léa Fontanel, Julien Riboulet, Bertrand Gay, Isabelle Perret",
    "/excuses n°1 Véronique Chazal, Élodie Massardier",
    "/absents n°1 Franck Durieux",
    "/presents n°2 Hélène Martinon, Claire Demarest, Pauline Vial, Mathieu Clerc, Sandrine Colomb, "
    "Nathalie Berthet, Karima Benali, Léa Fontanel, Julien Riboulet, Élodie Massardier, Véronique Chazal, "
    "Bertrand Gay, Isabelle Perret",
    "/excuses n°2 Yves Lambertin, Fabrice Ollagnier, Monique Sauvageot, Anne-Sophie Rivoire",
    "/absents n°2 Franck Durieux",
    "/presents n°3 Hélène Martinon, Claire Demarest, Pauline Vial, Yves Lambertin, Anne-Sophie Rivoire, "
    "Sandrine Colomb, Fabrice Ollagnier, Nathalie Berthet, Karima Benali, Franck Durieux, Monique Sauvageot, "
    "Léa Fontanel, Élodie Massardier, Isabelle Perret",
    "/excuses n°3 Bertrand Gay, Julien Riboulet, Véronique Chazal",
    "/absents n°3 Mathieu Clerc",
)

# What members said in the chat before the comité de pilotage of 8 December (n°4).
RSVPS = (
    ("Hélène Martinon", "/present"),
    ("Claire Demarest", "/present"),
    ("Yves Lambertin", "/present"),
    ("Sandrine Colomb", "/present"),
    ("Fabrice Ollagnier", "/present"),
    ("Nathalie Berthet", "/present"),
    ("Léa Fontanel", "/present"),
    ("Karima Benali", "/present"),
    ("Pauline Vial", "/present"),
    ("Franck Durieux", "/excuse"),
    ("Véronique Chazal", "/excuse"),
)

CLSM69_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "clsm", ATTENDANCE_COMMANDS, RSVPS),
}
