"""A group written by helper r37b in the thirty-sixth round, for blind set
44b (real-word errors and homophones, what autocorrect and quick typing
leave: « c'est ou la réunion ? », « qu'elle heure ? », « on ce voit
quand », « sa commence quand », « qui à pris la décision », « la CAFE »,
a surname turned into a common noun): the comité de pilotage of the Plan
mercredi and the holiday leisure centres of an invented town near Évreux,
Bréville-sur-Iton — the deputy mayor for education who chairs it, the
head of the town's youth and leisure service who coordinates it, the
service's assistant (who takes the apologies), its head of school catering
and transport; the SDJES de l'Eure's adviser; the CAF de l'Eure's
territorial adviser; the Éducation nationale's IEN and two school
directors; the leisure centre Les Castors' director (the asker) and its
animator; the Francas de l'Eure's delegate, who run the Bois-Joly centre,
its director and its inclusion animator; a parents' association; the
communauté d'agglomération Évreux Portes de Normandie; a sports club; the
town's médiathèque; the Département's PMI doctor. Meetings: the committees
of September and November, a working group on inclusion, the SDJES's visit
of Les Castors, the next committee on Wednesday 9 December, a PEDT
working group in January and the committee of February. Attendance is
recorded for the committees of September and November and the visit, and
the announced presences for 9 December; the person asking is a member, not
the coordinator. Organisation names are public bodies (the SDJES, the CAF
de l'Eure, the Éducation nationale, the Département de l'Eure, Évreux
Portes de Normandie) or the Francas, or invented ones (the town, its
schools, centres and associations); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["EVREUX27_AFTER_SETUP", "EVREUX27_ASKERS", "EVREUX27_GROUPS", "EVREUX27_TASKS"]

SLUG = "evreux27"
ASKER = "Sandrine Lecoq"
VILLE = "Ville de Bréville-sur-Iton"
FRANCAS = "Les Francas de l'Eure"

EVREUX27_MEMBERS = (
    ("Isabelle Vautrin", VILLE, "Adjointe au maire déléguée à l'éducation et à l'enfance, présidente du comité "
                                "de pilotage"),
    ("Grégory Lemarchand", VILLE, "Chef du service jeunesse et loisirs, coordinateur du Plan mercredi"),
    ("Aurélie Poulain", VILLE, "Assistante administrative du service jeunesse et loisirs, inscriptions et "
                               "facturation"),
    ("Julie Marais", VILLE, "Responsable de la restauration scolaire et des transports"),
    ("Stéphane Cordier", "SDJES de l'Eure", "Conseiller d'éducation populaire et de jeunesse, accueils "
                                            "collectifs de mineurs"),
    ("Nadège Fromentin", "CAF de l'Eure", "Conseillère territoriale enfance jeunesse"),
    ("Pascal Hébert", "Éducation nationale, circonscription d'Évreux 3", "Inspecteur de l'Éducation nationale "
                                                                          "(IEN)"),
    ("Céline Toutain", "École élémentaire Jules-Ferry de Bréville-sur-Iton", "Directrice d'école"),
    ("Mickaël Renault", "École maternelle Les Coquelicots de Bréville-sur-Iton", "Directeur d'école"),
    ("Sandrine Lecoq", "Accueil de loisirs Les Castors", "Directrice de l'accueil de loisirs"),
    ("Yohann Duval", "Accueil de loisirs Les Castors", "Animateur, référent des mercredis"),
    ("Laetitia Beaufils", FRANCAS, "Déléguée départementale, gestionnaire de l'accueil de loisirs du Bois-Joly"),
    ("Karim Belkacem", FRANCAS, "Directeur de l'accueil de loisirs du Bois-Joly"),
    ("Emma Quesnel", FRANCAS, "Animatrice au Bois-Joly, référente inclusion handicap"),
    ("Jérôme Lefrançois", "Association de parents d'élèves Les P'tits Brévillois", "Président de l'association "
                                                                                   "de parents"),
    ("Nathalie Chauvin", "Évreux Portes de Normandie", "Chargée de mission petite enfance et jeunesse de la "
                                                       "communauté d'agglomération"),
    ("Benoît Grandin", "Union sportive brévilloise", "Éducateur sportif, responsable de l'école multisports"),
    ("Claire Lesueur", VILLE, "Bibliothécaire jeunesse à la médiathèque Le Grand Pré"),
    ("Anne Vallée", "Département de l'Eure", "Médecin de PMI, centre médico-social d'Évreux"),
)

EVREUX27_MEETINGS = (
    ("2026-09-16 18:00", "2026-09-16 20:00", "Comité de pilotage du Plan mercredi : bilan de l'été 2026 et "
                                             "rentrée, salle du conseil municipal, mairie de Bréville-sur-Iton", ()),
    ("2026-10-07 14:00", "2026-10-07 16:00", "Groupe de travail inclusion des enfants en situation de handicap, "
                                             "accueil de loisirs du Bois-Joly", ()),
    ("2026-11-03 18:00", "2026-11-03 20:00", "Comité de pilotage : bilan des vacances d'automne et projet "
                                             "éducatif territorial, salle du conseil municipal, mairie de "
                                             "Bréville-sur-Iton", ()),
    ("2026-11-18 09:30", "2026-11-18 11:30", "Visite de l'accueil de loisirs Les Castors avec le SDJES et la CAF, "
                                             "12 rue des Tilleuls, Bréville-sur-Iton", ()),
    ("2026-12-09 18:00", "2026-12-09 20:00", "Comité de pilotage du Plan mercredi, salle du conseil municipal, "
                                             "mairie de Bréville-sur-Iton",
     ("Bilan de fréquentation des mercredis du premier trimestre",
      "Programme des vacances d'hiver et mini-séjour neige",
      "Renouvellement de la labellisation Plan mercredi",
      "Tarifs 2027 des accueils de loisirs")),
    ("2027-01-13 14:00", "2027-01-13 16:30", "Groupe de travail projet éducatif territorial 2027-2030, "
                                             "médiathèque Le Grand Pré",
     ("Diagnostic du territoire",
      "Objectifs éducatifs partagés avec les écoles")),
    ("2027-02-09 18:00", "2027-02-09 20:00", "Comité de pilotage : vacances de printemps et été 2027, salle du "
                                             "conseil municipal, mairie de Bréville-sur-Iton",
     ("Ouverture des inscriptions pour les vacances de printemps",
      "Recrutement des animateurs saisonniers de l'été",
      "Validation du projet éducatif territorial")),
)

EVREUX27_DEADLINES = (
    ("2026-12-04", "Envoi aux familles du programme d'activités des mercredis de janvier"),
    ("2026-12-11", "Retour au service jeunesse des fiches bilan des vacances d'automne des accueils de loisirs"),
    ("2027-01-15", "Déclaration des accueils de loisirs des vacances d'hiver auprès du SDJES"),
    ("2027-01-29", "Clôture des inscriptions aux accueils de loisirs pour les vacances d'hiver"),
    ("2027-01-31", "Transmission à la CAF de l'Eure des données d'activité 2026 des accueils de loisirs"),
    ("2027-03-31", "Remise du projet éducatif territorial 2027-2030 signé aux services de l'État"),
)

EVREUX27_DECISIONS = (
    ("2026-09-16", 1, "Les accueils de loisirs ouvrent le mercredi de 7 h 30 à 18 h 30, avec une inscription "
                      "possible à la demi-journée, avec ou sans repas."),
    ("2026-09-16", 1, "Le tarif des mercredis est calculé selon le quotient familial, de 3 € à 14 € la journée."),
    ("2026-09-16", 1, "Le comité de pilotage se réunit une fois par trimestre, en mairie, à 18 h."),
    ("2026-09-16", 1, "Les familles inscrivent leurs enfants aux mercredis sur le portail famille au plus tard le "
                      "jeudi précédent."),
    ("2026-10-07", 2, "Chaque accueil de loisirs désigne un animateur référent inclusion pour les enfants en "
                      "situation de handicap."),
    ("2026-10-07", 2, "La CAF de l'Eure finance un renfort d'animation pour l'accueil des enfants en situation de "
                      "handicap."),
    ("2026-11-03", 3, "Le ramassage en car entre les écoles et l'accueil de loisirs du Bois-Joly est maintenu le "
                      "mercredi midi."),
    ("2026-11-03", 3, "Les sorties à la médiathèque Le Grand Pré ont lieu un mercredi sur deux, à partir du 6 "
                      "janvier 2027."),
    ("2026-11-03", 3, "Un mini-séjour neige de quatre jours est proposé aux 8-12 ans pendant les vacances d'hiver, "
                      "dans la limite de 24 places."),
    ("2026-11-03", 3, "L'Union sportive brévilloise propose une initiation multisports le mercredi matin aux "
                      "enfants de 6 à 10 ans."),
    ("2026-11-03", 3, "Le projet éducatif territorial 2027-2030 est rédigé par un groupe de travail piloté par "
                      "Grégory Lemarchand."),
    ("2026-11-18", 4, "Les taux d'encadrement du Plan mercredi sont appliqués : un animateur pour 10 enfants de "
                      "moins de 6 ans et un pour 14 enfants de 6 ans et plus."),
    ("2026-11-18", 4, "Les familles transmettent le projet d'accueil individualisé (PAI) de leur enfant au "
                      "directeur de l'accueil de loisirs avant la première inscription."),
    ("2026-11-18", 4, "En cas d'empêchement, les membres du comité de pilotage préviennent Aurélie Poulain au "
                      "service jeunesse et loisirs."),
)

EVREUX27_TASKS = {
    SLUG: (
        ("Mettre à jour le règlement intérieur des accueils de loisirs", "Grégory Lemarchand", "2026-10-30", 1,
         "done"),
        ("Diffuser un questionnaire de satisfaction aux familles", "Jérôme Lefrançois", "2026-11-13", 1,
         "cancelled"),
        ("Organiser une formation des animateurs à l'accueil des enfants en situation de handicap", "Emma Quesnel",
         "2026-11-20", 2),
        ("Envoyer le compte rendu du comité de pilotage du 3 novembre", "Aurélie Poulain", "2026-11-24", 3),
        ("Transmettre le bilan de fréquentation des vacances d'automne des Castors", "Sandrine Lecoq",
         "2026-11-27", 3),
        ("Préparer le programme d'activités des mercredis de janvier aux Castors", "Sandrine Lecoq", "2026-12-04",
         3),
        ("Présenter le calendrier de l'initiation multisports", "Benoît Grandin", "2026-12-09", 3),
        ("Réserver le car du ramassage du mercredi midi pour le premier trimestre 2027", "Julie Marais",
         "2026-12-11", 3),
        ("Réserver l'hébergement du mini-séjour neige", "Karim Belkacem", "2026-12-15", 3),
        ("Préparer une sélection d'albums et l'heure du conte pour les sorties à la médiathèque", "Claire Lesueur",
         "2026-12-18", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the director of Les Castors.
EVREUX27_ASKERS = {SLUG: ASKER}

EVREUX27_GROUPS = {
    SLUG: (EVREUX27_MEMBERS, EVREUX27_MEETINGS, EVREUX27_DEADLINES, EVREUX27_DECISIONS, "Grégory Lemarchand"),
}

# What the coordinator typed after the committees of September (n°1) and November (n°3) and the visit of Les
# Castors (n°4); nothing was recorded for the working group on inclusion (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Isabelle Vautrin, Grégory Lemarchand, Aurélie Poulain, Stéphane Cordier, Nadège Fromentin, "
    "Céline Toutain, Sandrine Lecoq, Laetitia Beaufils, Karim Belkacem, Jérôme Lefrançois, Benoît Grandin, "
    "Claire Lesueur",
    "/excuses n°1 Pascal Hébert, Anne Vallée, Nathalie Chauvin",
    "/absents n°1 Mickaël Renault",
    "/presents n°3 Isabelle Vautrin, Grégory Lemarchand, Aurélie Poulain, Nadège Fromentin, Pascal Hébert, "
    "Céline Toutain, Mickaël Renault, Laetitia Beaufils, Karim Belkacem, Emma Quesnel, Julie Marais, "
    "Benoît Grandin, Claire Lesueur, Nathalie Chauvin",
    "/excuses n°3 Sandrine Lecoq, Stéphane Cordier, Jérôme Lefrançois",
    "/absents n°3 Anne Vallée",
    "/presents n°4 Grégory Lemarchand, Stéphane Cordier, Nadège Fromentin, Sandrine Lecoq, Yohann Duval, "
    "Anne Vallée",
    "/excuses n°4 Isabelle Vautrin",
)

# What members said in the chat before the committee of 9 December (n°5); the asker has said nothing yet.
RSVPS = (
    ("Isabelle Vautrin", "/present"),
    ("Grégory Lemarchand", "/present"),
    ("Aurélie Poulain", "/present"),
    ("Nadège Fromentin", "/present"),
    ("Laetitia Beaufils", "/present"),
    ("Benoît Grandin", "/present"),
    ("Jérôme Lefrançois", "/present"),
    ("Claire Lesueur", "/present"),
    ("Pascal Hébert", "/excuse"),
    ("Stéphane Cordier", "/excuse"),
)

EVREUX27_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "e27", ATTENDANCE_COMMANDS, RSVPS),
}
