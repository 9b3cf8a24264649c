"""A group written by helper w33c in the thirty-second round, for the
lead's blind set 60 (a stranger's general set in the words of the people
who sit on the comité de pilotage of a maison sport-santé: the town's
deputy mayor for sport, the maison sport-santé's coordinator and its
enseignants en activité physique adaptée (APA), the ARS, the DRAJES, the
CPAM, GPs and a kinésithérapeute, the hospital's diabetes and cardiology
departments, a sports federation's comité départemental, a cancer
patients' association, the CCAS, a mutuelle and the Département's elderly
service): the comité de pilotage of an invented maison sport-santé in the
Puy-de-Dôme, the Maison sport-santé du Val d'Allier, at the complexe
sportif des Granges of an invented commune near Issoire,
Saint-Vernet-d'Allier — the deputy mayor for sport who chairs the
comité; the maison sport-santé's coordinator (the group's coordinator),
an enseignant APA (referent for the diabetes and cardiology pathways) and
an enseignante APA (the after-cancer programme and the seniors' slots:
the asker); the ARS Auvergne-Rhône-Alpes' délégation départementale (its
referent for sport-santé); the DRAJES Auvergne-Rhône-Alpes (a conseiller
d'animation sportive, referent for the label); the CPAM du Puy-de-Dôme
(its head of prevention); two GPs (the maison sport-santé's medical
referent at the commune's maison de santé pluriprofessionnelle, and the
prescribers' representative for the Issoire sector); a
masseur-kinésithérapeute (referent for exercise retraining); the centre
hospitalier d'Issoire's head of diabetology and its head of cardiac
rehabilitation; the comité départemental EPGV's technical adviser
(Gym'Santé slots in the clubs); the president of an invented cancer
patients' association, Cap Vie 63; the CCAS' director; an invented
mutuelle's prevention officer; the Département's officer for the
prevention of loss of autonomy (conférence des financeurs). Comités de
pilotage (September at the mairie, November at the Agglo Pays d'Issoire,
the next one at the maison sport-santé, the annual one in March), an
information evening for prescribing GPs (sport sur ordonnance), working
groups on the diabetes and cardiology pathways (at the hospital) and on
seniors and falls (at the CCAS); the programme (12 weeks, two sessions a
week, the fee, the fitness assessments), the beneficiaries' numbers, the
slots and their places (Nordic walking, exercise retraining, adapted
aquagym, after-cancer sessions), the budget and its funders, the label's
renewal. Tasks (four late, one of them the asker's; two done; one
cancelled), the attendance of the comités of September and November in
the store, announced presences for the comité of 8 December; the person
asking is a member, not the coordinator. Organisation names are public
bodies or real organisations (the ARS, the DRAJES, the CPAM, the centre
hospitalier d'Issoire, the EPGV's comité départemental, the Agglo Pays
d'Issoire, the Département) or invented ones (the maison sport-santé, the
commune, its CCAS and maison de santé, the practices, the patients'
association, the mutuelle); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MSS63_AFTER_SETUP", "MSS63_ASKERS", "MSS63_GROUPS", "MSS63_TASKS"]

SLUG = "mss63"
ASKER = "Clémence Fayolle"
MSS = "Maison sport-santé du Val d'Allier"
MAIRIE = "Mairie de Saint-Vernet-d'Allier"
HOPITAL = "Centre hospitalier d'Issoire"

MSS63_MEMBERS = (
    ("Jean-Marc Chassaing", MAIRIE, "Adjoint au maire chargé des sports, président du comité de pilotage de la maison "
                                    "sport-santé"),
    ("Aurélie Tixier", MSS, "Coordinatrice de la maison sport-santé"),
    ("Romain Bouchet", MSS, "Enseignant en activité physique adaptée (APA), référent des parcours diabète et "
                            "cardiologie"),
    ("Clémence Fayolle", MSS, "Enseignante en activité physique adaptée (APA), responsable du programme après cancer "
                              "et des créneaux seniors"),
    ("Nathalie Brugière", "ARS Auvergne-Rhône-Alpes, délégation départementale du Puy-de-Dôme",
     "Chargée de mission prévention et promotion de la santé, référente sport-santé"),
    ("Thierry Manry", "DRAJES Auvergne-Rhône-Alpes", "Conseiller d'animation sportive, référent sport-santé et label "
                                                     "Maisons sport-santé"),
    ("Sophie Goigoux", "CPAM du Puy-de-Dôme", "Responsable du service prévention"),
    ("Pierre Vialatte", "Maison de santé pluriprofessionnelle de Saint-Vernet-d'Allier",
     "Médecin généraliste, référent médical de la maison sport-santé"),
    ("Malika Benhadj", "Cabinet médical du Pont, Issoire", "Médecin généraliste, représentante des médecins "
                                                           "prescripteurs du secteur d'Issoire"),
    ("Benoît Chabrol", "Cabinet de kinésithérapie des Granges, Saint-Vernet-d'Allier",
     "Masseur-kinésithérapeute, référent réentraînement à l'effort"),
    ("Claire Montel", HOPITAL, "Médecin diabétologue, cheffe du service de diabétologie-endocrinologie"),
    ("Youssef Amrani", HOPITAL, "Cardiologue, responsable de l'unité de réadaptation cardiaque"),
    ("Mathilde Jouve", "Comité départemental EPGV du Puy-de-Dôme", "Conseillère technique fédérale, responsable des "
                                                                   "créneaux Gym'Santé des clubs"),
    ("Jacqueline Besse", "Cap Vie 63, association de patients atteints de cancer", "Présidente de l'association"),
    ("Sylvie Roddier", "CCAS de Saint-Vernet-d'Allier", "Directrice du CCAS"),
    ("Frédéric Cournil", "Mutuelle Dômes Santé", "Chargé de prévention, référent des partenariats"),
    ("Laurence Fournioux", "Département du Puy-de-Dôme, service des personnes âgées",
     "Chargée de mission prévention de la perte d'autonomie, secrétariat de la conférence des financeurs"),
)

MSS63_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Comité de pilotage de la maison sport-santé : bilan du premier semestre "
                                             "2026, salle du conseil municipal, mairie de Saint-Vernet-d'Allier", ()),
    ("2026-10-08 19:30", "2026-10-08 21:30", "Soirée d'information des médecins prescripteurs sur le sport sur "
                                             "ordonnance, maison de santé pluriprofessionnelle de "
                                             "Saint-Vernet-d'Allier", ()),
    ("2026-11-03 14:00", "2026-11-03 16:00", "Groupe de travail parcours diabète et cardiologie, salle de staff du "
                                             "service de diabétologie, centre hospitalier d'Issoire", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Comité de pilotage de la maison sport-santé, salle du conseil "
                                             "communautaire, Agglo Pays d'Issoire, Issoire", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Comité de pilotage de la maison sport-santé, salle de motricité de la "
                                             "maison sport-santé, complexe sportif des Granges, Saint-Vernet-d'Allier",
     ("Nombre de bénéficiaires accompagnés en 2026 et liste d'attente",
      "Budget prévisionnel 2027 et plan de financement",
      "Calendrier du dossier de renouvellement du label Maison sport-santé",
      "Ouverture du créneau d'aquagym adaptée à la piscine des Prades")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Groupe de travail seniors et prévention des chutes, salle de réunion du "
                                             "CCAS de Saint-Vernet-d'Allier",
     ("Programme des ateliers équilibre et prévention des chutes 2027",
      "Transport des bénéficiaires isolés vers les créneaux")),
    ("2027-03-16 14:00", "2027-03-16 17:00", "Comité de pilotage annuel de la maison sport-santé, salle du conseil "
                                             "municipal, mairie de Saint-Vernet-d'Allier",
     ("Rapport d'activité 2026",
      "Validation du dossier de renouvellement du label avant son dépôt")),
)

MSS63_DEADLINES = (
    ("2026-12-04", "Envoi à la coordinatrice des listes d'émargement des créneaux de novembre"),
    ("2026-12-18", "Dépôt de la demande de financement à la conférence des financeurs de la prévention de la perte "
                   "d'autonomie du Puy-de-Dôme"),
    ("2027-01-29", "Réponse à l'appel à projets sport-santé de l'ARS Auvergne-Rhône-Alpes et de la DRAJES"),
    ("2027-02-26", "Transmission du rapport d'activité 2026 de la maison sport-santé à l'ARS et à la DRAJES"),
    ("2027-04-30", "Dépôt du dossier de renouvellement du label Maison sport-santé"),
)

MSS63_DECISIONS = (
    ("2026-09-15", 1, "La maison sport-santé se fixe un objectif de 250 bénéficiaires accompagnés en 2027, contre 180 "
                      "en 2026."),
    ("2026-09-15", 1, "Le programme sport sur ordonnance dure 12 semaines, à raison de deux séances d'activité "
                      "physique adaptée par semaine."),
    ("2026-09-15", 1, "La participation des bénéficiaires est fixée à 20 euros pour les 12 semaines ; elle est "
                      "gratuite pour les bénéficiaires de la complémentaire santé solidaire."),
    ("2026-10-08", 2, "Les médecins prescrivent l'activité physique adaptée sur le formulaire régional de "
                      "prescription, adressé à la maison sport-santé par messagerie sécurisée."),
    ("2026-10-08", 2, "Chaque bénéficiaire passe un bilan de condition physique avec un enseignant APA au début et à "
                      "la fin du programme."),
    ("2026-11-03", 3, "Un créneau de marche nordique réservé aux patients diabétiques a lieu le mardi de 10 h à "
                      "11 h 30 au départ du parc des Prades."),
    ("2026-11-03", 3, "Les patients sortis de réadaptation cardiaque du centre hospitalier sont orientés vers le "
                      "créneau de réentraînement à l'effort du jeudi à 17 h au gymnase des Granges."),
    ("2026-11-24", 4, "Un créneau d'aquagym adaptée ouvre à la piscine des Prades le vendredi de 11 h à 12 h à partir "
                      "du 8 janvier 2027."),
    ("2026-11-24", 4, "La mutuelle Dômes Santé rembourse à ses adhérents leur participation au programme, dans la "
                      "limite de 60 euros par an."),
    ("2026-11-24", 4, "Un créneau d'activité physique après cancer, ouvert aux adhérents de Cap Vie 63, a lieu le "
                      "lundi de 14 h 30 à 15 h 30 dans la salle de motricité de la maison sport-santé."),
    ("2026-11-24", 4, "Le budget prévisionnel 2027 de la maison sport-santé est fixé à 145 000 euros, dont 60 000 "
                      "euros demandés à l'ARS."),
    ("2026-11-24", 4, "La maison sport-santé demande le renouvellement de son label pour cinq ans ; le dossier est "
                      "validé au comité de pilotage de mars 2027."),
)

MSS63_TASKS = {
    SLUG: (
        ("Mettre en ligne le formulaire de prescription sur le site de la maison sport-santé", "Aurélie Tixier",
         "2026-10-02", 1, "done"),
        ("Envoyer à tous les médecins du secteur le courrier d'information sur le sport sur ordonnance",
         "Pierre Vialatte", "2026-10-23", 2, "done"),
        ("Recenser les médecins généralistes du secteur d'Issoire prêts à prescrire", "Malika Benhadj",
         "2026-11-13", 2),
        ("Préparer la grille commune du bilan de condition physique d'entrée et de sortie", "Clémence Fayolle",
         "2026-11-20", 2),
        ("Tester un créneau de gym sur chaise à la résidence autonomie des Tilleuls", "Sylvie Roddier",
         "2026-11-26", 1, "cancelled"),
        ("Transmettre le nombre de patients de réadaptation cardiaque orientés vers la maison sport-santé",
         "Youssef Amrani", "2026-11-27", 3),
        ("Envoyer le cahier des charges national du renouvellement du label", "Thierry Manry", "2026-11-27", 4),
        ("Transmettre le dossier de candidature de la conférence des financeurs", "Laurence Fournioux",
         "2026-12-03", 4),
        ("Rédiger la fiche de liaison entre le service de diabétologie et la maison sport-santé", "Claire Montel",
         "2026-12-04", 3),
        ("Préparer le budget prévisionnel 2027 et le plan de financement", "Aurélie Tixier", "2026-12-07", 4),
        ("Envoyer le nombre de patients en ALD pour diabète du secteur d'Issoire", "Sophie Goigoux", "2026-12-09",
         3),
        ("Réserver les lignes d'eau de la piscine des Prades pour l'aquagym adaptée", "Jean-Marc Chassaing",
         "2026-12-10", 4),
        ("Chiffrer le transport des bénéficiaires isolés vers les créneaux", "Sylvie Roddier", "2026-12-11", 4),
        ("Transmettre le modèle de convention de remboursement des adhérents de la mutuelle", "Frédéric Cournil",
         "2026-12-16", 4),
        ("Concevoir le programme des séances du créneau après cancer", "Clémence Fayolle", "2027-01-08", 4),
        ("Diffuser la plaquette du créneau après cancer aux adhérents de Cap Vie 63", "Jacqueline Besse",
         "2027-01-15", 4),
        ("Recenser les clubs EPGV qui accueillent les bénéficiaires en fin de programme", "Mathilde Jouve",
         "2027-01-22", 1),
        ("Rédiger le bilan des parcours diabète et cardiologie pour le rapport d'activité 2026", "Romain Bouchet",
         "2027-02-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the enseignante APA who runs the
# after-cancer programme and the seniors' slots.
MSS63_ASKERS = {SLUG: ASKER}

MSS63_GROUPS = {
    SLUG: (MSS63_MEMBERS, MSS63_MEETINGS, MSS63_DEADLINES, MSS63_DECISIONS, "Aurélie Tixier"),
}

# What the coordinator typed after the comité de pilotage of September at the mairie (n°1) and the one of November at
# the Agglo Pays d'Issoire (n°4); nothing was recorded for the prescribers' evening (n°2) nor for the working group at
# the hospital (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Marc Chassaing, Aurélie Tixier, Romain Bouchet, Clémence Fayolle, Nathalie Brugière, "
    "Thierry Manry, Sophie Goigoux, Pierre Vialatte, Claire Montel, Mathilde Jouve, Sylvie Roddier, Jacqueline Besse",
    "/excuses n°1 Youssef Amrani, Laurence Fournioux, Malika Benhadj",
    "/absents n°1 Frédéric Cournil",
    "/presents n°4 Jean-Marc Chassaing, Aurélie Tixier, Romain Bouchet, Nathalie Brugière, Pierre Vialatte, "
    "Malika Benhadj, Benoît Chabrol, Claire Montel, Youssef Amrani, Jacqueline Besse, Sylvie Roddier, "
    "Frédéric Cournil, Laurence Fournioux",
    "/excuses n°4 Clémence Fayolle, Thierry Manry, Mathilde Jouve",
    "/absents n°4 Sophie Goigoux",
)

# What members said in the chat before the comité de pilotage of 8 December at the maison sport-santé (n°5).
RSVPS = (
    ("Jean-Marc Chassaing", "/present"),
    ("Aurélie Tixier", "/present"),
    ("Nathalie Brugière", "/present"),
    ("Thierry Manry", "/present"),
    ("Pierre Vialatte", "/present"),
    ("Claire Montel", "/present"),
    ("Frédéric Cournil", "/present"),
    ("Laurence Fournioux", "/present"),
    ("Youssef Amrani", "/excuse"),
    ("Jacqueline Besse", "/excuse"),
)

MSS63_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ms63", ATTENDANCE_COMMANDS, RSVPS),
}
