"""A group written by helper r34a in the thirty-third round, for blind set 41a
(inclusive writing and feminised titles): the commission égalité
femmes-hommes of Montbreuil-sur-Isère, an invented town of about 60,000
people in the Isère, with its partners against violence towards women — the
deputy mayor for equality who chairs it, the town's equality officer who
runs it (the coordinator), a town councillor for public tranquillity, the
Préfecture's déléguée départementale aux droits des femmes, the CIDFF's
director, a conseillère conjugale of the Planning familial (the asker: a
member, not the coordinator), a jurist of the victims' support association
(France Victimes), the head of service of an invented emergency shelter
association, the police nationale's officer for domestic violence, the
gendarmerie's officer of the maison de protection des familles, the CCAS's
director, the hospital's forensic doctor (unité médico-judiciaire), the
parquet's referent, a social landlord's officer, the Éducation nationale's
equality referent and the president of an invented women's rugby club. Its
subjects: the night « marche exploratoire » in the invented quartier des
Glycines, the 25 November campaign, emergency housing places, the training
of reception staff, the annual report on equality. Tasks (three late, four
done, one cancelled; two of the asker's), the attendance of the marche
exploratoire of October and of the steering committee of November in the
store (nothing recorded for the plenary of September), announced presences
for the plenary of 8 December. The town, its neighbourhoods, the shelter and
the club are invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["EGALITE38_AFTER_SETUP", "EGALITE38_ASKERS", "EGALITE38_GROUPS", "EGALITE38_TASKS"]

SLUG = "egalite38"
ASKER = "Léa Fournier"
TOWN = "Mairie de Montbreuil-sur-Isère"

EGALITE38_MEMBERS = (
    ("Sandrine Vial", TOWN, "Adjointe au maire chargée de l'égalité femmes-hommes et de la lutte contre les "
                            "discriminations, présidente de la commission égalité"),
    ("Karima Haddou", TOWN, "Chargée de mission égalité femmes-hommes, coordinatrice de la commission égalité"),
    ("Thierry Moulin", TOWN, "Conseiller municipal délégué à la tranquillité publique"),
    ("Anne-Laure Chabert", "Préfecture de l'Isère", "Déléguée départementale aux droits des femmes et à l'égalité"),
    ("Mireille Gonnet", "CIDFF de l'Isère", "Directrice du CIDFF"),
    ("Léa Fournier", "Planning familial de l'Isère", "Conseillère conjugale et familiale"),
    ("Patrick Rey", "France Victimes 38", "Juriste d'aide aux victimes"),
    ("Nadia Belkacem", "Le Relais des Femmes", "Cheffe de service de l'hébergement d'urgence"),
    ("Stéphanie Morel", "Commissariat de police nationale de Montbreuil-sur-Isère",
     "Brigadière-cheffe, référente violences intrafamiliales"),
    ("Olivier Brun", "Groupement de gendarmerie départementale de l'Isère",
     "Adjudant-chef, maison de protection des familles"),
    ("Marc Jaillet", "CCAS de Montbreuil-sur-Isère", "Directeur du CCAS"),
    ("Hélène Faure", "Centre hospitalier de Montbreuil-sur-Isère",
     "Médecin légiste, responsable de l'unité médico-judiciaire"),
    ("Claire Vernet", "Parquet du tribunal judiciaire de Grenoble", "Vice-procureure, référente violences "
                                                                     "intrafamiliales"),
    ("Romain Giraud", "Alpes Isère Habitat", "Chargé de gestion locative sociale"),
    ("Émilie Pasquier", "Direction des services départementaux de l'Éducation nationale de l'Isère",
     "Référente égalité filles-garçons"),
    ("Aurélie Bonnet", "Les Louves de Montbreuil, club de rugby féminin", "Présidente du club"),
)

EGALITE38_MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Séance plénière de rentrée de la commission égalité femmes-hommes, "
                                             "salle du conseil municipal, hôtel de ville", ()),
    ("2026-10-10 19:00", "2026-10-10 21:30", "Marche exploratoire de nuit dans le quartier des Glycines, départ de "
                                             "la maison de quartier des Glycines", ()),
    ("2026-11-12 14:00", "2026-11-12 16:00", "Comité de pilotage de la campagne du 25 novembre, salle "
                                             "Olympe-de-Gouges, maison des associations", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Séance plénière de la commission égalité femmes-hommes, salle du "
                                             "conseil municipal, hôtel de ville",
     ("Bilan de la campagne du 25 novembre", "Restitution de la marche exploratoire des Glycines",
      "Places d'hébergement d'urgence pour les femmes victimes de violences",
      "Premiers éléments du rapport annuel sur l'égalité")),
    ("2027-01-14 09:00", "2027-01-14 12:00", "Formation des agents d'accueil au repérage des violences conjugales, "
                                             "centre communal d'action sociale",
     ("Repérer les signes de violences", "Orienter vers les partenaires du réseau")),
    ("2027-02-09 14:00", "2027-02-09 16:00", "Groupe de travail hébergement d'urgence et logement, siège d'Alpes "
                                             "Isère Habitat",
     ("Convention de relogement prioritaire avec le bailleur", "Bilan des nuitées hôtelières")),
    ("2027-03-09 18:00", "2027-03-09 20:00", "Séance plénière de la commission égalité femmes-hommes, salle du "
                                             "conseil municipal, hôtel de ville",
     ("Adoption du rapport annuel sur l'égalité", "Bilan de la journée internationale des droits des femmes")),
)

EGALITE38_DEADLINES = (
    ("2026-12-11", "Retour des observations sur le rapport de la marche exploratoire des Glycines"),
    ("2026-12-18", "Dépôt de la demande de subvention au fonds interministériel de prévention de la délinquance "
                   "(FIPD)"),
    ("2027-01-08", "Inscription des agents d'accueil à la formation sur les violences conjugales"),
    ("2027-02-12", "Dépôt des candidatures à l'appel à projets égalité de la ville"),
    ("2027-03-31", "Remise du rapport annuel sur l'égalité femmes-hommes au conseil municipal"),
)

EGALITE38_DECISIONS = (
    ("2026-09-17", 1, "La commission égalité se réunit en séance plénière trois fois par an."),
    ("2026-09-17", 1, "Une marche exploratoire de nuit est organisée dans le quartier des Glycines avec des "
                      "habitantes."),
    ("2026-09-17", 1, "Le budget de la commission égalité est fixé à 25 000 euros pour 2027."),
    ("2026-10-10", 2, "L'éclairage de l'allée des Tilleuls et du passage sous la voie ferrée aux Glycines est "
                      "renforcé avant l'hiver."),
    ("2026-10-10", 2, "Une deuxième marche exploratoire a lieu au printemps 2027 dans le quartier de la gare."),
    ("2026-11-12", 3, "La campagne du 25 novembre a pour slogan « Ici, on ne laisse rien passer » ; elle est "
                      "affichée sur les bus et dans les commerces."),
    ("2026-11-12", 3, "Le 25 novembre, la façade de l'hôtel de ville est illuminée en orange et une marche part de "
                      "la place de la Libération à 18 h."),
    ("2026-11-12", 3, "Quatre places d'hébergement d'urgence supplémentaires pour les femmes victimes de violences "
                      "ouvrent au Relais des Femmes en janvier 2027."),
    ("2026-11-12", 3, "Tous les agents d'accueil de la mairie et du CCAS suivent une formation au repérage des "
                      "violences conjugales d'ici juin 2027."),
    ("2026-11-12", 3, "Le numéro 3919 et les contacts du réseau local sont affichés dans les toilettes des "
                      "équipements municipaux."),
    ("2026-11-12", 3, "Le club Les Louves de Montbreuil organise un tournoi de rugby féminin le 8 mars 2027."),
)

EGALITE38_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la séance plénière de septembre", "Karima Haddou", "2026-09-30", 1, "done"),
        ("Recruter des habitantes pour la marche exploratoire des Glycines", "Marc Jaillet", "2026-10-05", 1,
         "done"),
        ("Commander les affiches de la campagne du 25 novembre", "Karima Haddou", "2026-11-16", 3, "done"),
        ("Rédiger le rapport de la marche exploratoire des Glycines", "Karima Haddou", "2026-11-20", 2),
        ("Tenir un stand d'information au marché le 25 novembre", "Mireille Gonnet", "2026-11-25", 3, "done"),
        ("Organiser un ciné-débat au lycée pour le 25 novembre", "Émilie Pasquier", "2026-11-25", 3, "cancelled"),
        ("Chiffrer le renforcement de l'éclairage aux Glycines", "Thierry Moulin", "2026-11-27", 2),
        ("Recenser les places d'hébergement d'urgence disponibles dans l'agglomération", "Nadia Belkacem",
         "2026-11-30", 3),
        ("Préparer le bilan des plaintes pour violences conjugales de 2026", "Stéphanie Morel", "2026-12-04", 3),
        ("Rédiger la fiche réflexe pour les agents d'accueil", "Léa Fournier", "2026-12-07", 3),
        ("Présenter le protocole de la maison de protection des familles", "Olivier Brun", "2026-12-08", 3),
        ("Recenser les certificats médicaux délivrés par l'unité médico-judiciaire en 2026", "Hélène Faure",
         "2026-12-15", 3),
        ("Monter le dossier de demande de subvention FIPD", "Karima Haddou", "2026-12-18", 3),
        ("Animer la formation des agents d'accueil", "Patrick Rey", "2027-01-14", 3),
        ("Préparer la permanence juridique du CIDFF à la mairie", "Mireille Gonnet", "2027-01-15", 3),
        ("Animer un atelier sur le consentement au collège Jean-Jaurès", "Léa Fournier", "2027-01-22", 3),
        ("Proposer une convention de relogement prioritaire", "Romain Giraud", "2027-01-29", 3),
        ("Présenter le dispositif des téléphones grave danger", "Claire Vernet", "2027-02-09", 3),
        ("Organiser le tournoi de rugby féminin du 8 mars", "Aurélie Bonnet", "2027-02-26", 3),
        ("Rédiger le rapport annuel sur l'égalité femmes-hommes", "Karima Haddou", "2027-03-01", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the Planning familial's conseillère
# conjugale, who writes the reception staff's fiche réflexe and leads a workshop on consent.
EGALITE38_ASKERS = {SLUG: ASKER}

EGALITE38_GROUPS = {
    SLUG: (EGALITE38_MEMBERS, EGALITE38_MEETINGS, EGALITE38_DEADLINES, EGALITE38_DECISIONS, "Karima Haddou"),
}

# What the coordinator typed after the marche exploratoire of October (n°2) and the steering committee of
# November (n°3); nothing was recorded for the plenary of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sandrine Vial, Karima Haddou, Thierry Moulin, Marc Jaillet, Léa Fournier, Stéphanie Morel, "
    "Mireille Gonnet, Aurélie Bonnet",
    "/excuses n°2 Anne-Laure Chabert, Hélène Faure, Romain Giraud",
    "/absents n°2 Olivier Brun",
    "/presents n°3 Sandrine Vial, Karima Haddou, Anne-Laure Chabert, Mireille Gonnet, Patrick Rey, Nadia Belkacem, "
    "Émilie Pasquier, Marc Jaillet, Aurélie Bonnet, Olivier Brun",
    "/excuses n°3 Léa Fournier, Claire Vernet, Hélène Faure",
    "/absents n°3 Romain Giraud, Thierry Moulin",
)

# What members said in the chat before the plenary of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Sandrine Vial", "/present"),
    ("Karima Haddou", "/present"),
    ("Anne-Laure Chabert", "/present"),
    ("Olivier Brun", "/present"),
    ("Nadia Belkacem", "/present"),
    ("Marc Jaillet", "/present"),
    ("Claire Vernet", "/present"),
    ("Hélène Faure", "/excuse"),
    ("Romain Giraud", "/excuse"),
)

EGALITE38_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "eg38", ATTENDANCE_COMMANDS, RSVPS),
}
