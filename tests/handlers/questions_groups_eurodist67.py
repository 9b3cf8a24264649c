"""A group written by helper r36a in the thirty-fifth round, for blind set
43a (French as the German-speaking partners of a cross-border group write it,
and the Alsatian French of the French ones): the cross-border working group
on employment and training of the Eurodistrict Rhin-Kinzig, an invented
Eurodistrict around Strasbourg and the Ortenau — the Eurodistrict's
secretariat that coordinates it (its officer for employment and training,
the coordinator, and the assistant who writes the minutes in both
languages); its two co-chairs, the Eurométropole's vice-president for
employment and the Stadt Kehl's Erster Bürgermeister; the Eurométropole's
officer for employment clauses; the Stadt Kehl's officer for economic
development; the Collectivité européenne d'Alsace's officer for
cross-border affairs; the Région Grand Est's officer for cross-border
apprenticeship; France Travail's cross-border placement adviser; the
Agentur für Arbeit Offenburg's employer-service adviser and head of
vocational guidance; the Landratsamt Ortenaukreis' Jobcenter referent and
its Bildungsbüro's head; the CCI's apprenticeship adviser (the asker) and
the IHK's; an invented cross-border information point (« InfoBrücke »); an
invented cross-border training centre; an invented Berufsschule in Kehl;
the Mission locale de Strasbourg. Meetings: the plenary of September at the
Rathaus of Kehl, the apprenticeship workshop at the training centre, the
workshop on recognising qualifications at the Agentur für Arbeit, the
plenary of November at the Maison de l'Eurodistrict (last), the next one at
the CeA in Strasbourg in December, the forum's sub-group at the CCI in
January, the plenary with the elected members at the Landratsamt in
Offenburg in March. The attendance of September and November is in the
store, and the announced presences for 9 December; the person asking is a
member, not the coordinator. Organisation names are public bodies (the
Eurométropole, the CeA, the Région, France Travail, the Agentur für Arbeit,
the Landratsamt, the Stadt Kehl, the CCI, the IHK, the Mission locale) or
invented ones (the Eurodistrict, the information point, the training
centre, the Berufsschule); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["EURODIST67_AFTER_SETUP", "EURODIST67_ASKERS", "EURODIST67_GROUPS", "EURODIST67_TASKS"]

SLUG = "eurodist67"
ASKER = "Pierre Ritter"
SECRETARIAT = "Secrétariat de l'Eurodistrict Rhin-Kinzig"
EMS = "Eurométropole de Strasbourg"
KEHL = "Stadt Kehl"
AGENTUR = "Agentur für Arbeit Offenburg"
LANDRATSAMT = "Landratsamt Ortenaukreis"

EURODIST67_MEMBERS = (
    ("Anne-Sophie Wendling", SECRETARIAT, "Chargée de mission emploi et formation, coordinatrice du groupe de "
                                          "travail"),
    ("Sandrine Fritsch", SECRETARIAT, "Assistante bilingue, chargée des comptes rendus et des traductions"),
    ("Thomas Riehl", EMS, "Vice-président délégué à l'emploi et à l'insertion, co-président du groupe de travail"),
    ("Émilie Kuntz", EMS, "Chargée de mission clauses sociales d'insertion"),
    ("Markus Schwendemann", KEHL, "Erster Bürgermeister, adjoint au maire chargé de l'économie, co-président du "
                                 "groupe de travail"),
    ("Florian Maier", KEHL, "Chargé du développement économique (Wirtschaftsförderung)"),
    ("Christine Haegel", "Collectivité européenne d'Alsace", "Chargée de mission affaires transfrontalières et "
                                                             "insertion"),
    ("Julien Brendel", "Région Grand Est", "Chargé de mission apprentissage transfrontalier"),
    ("Nathalie Schaeffer", "France Travail", "Conseillère, référente du placement transfrontalier"),
    ("Jürgen Falk", AGENTUR, "Conseiller au service employeurs (Arbeitgeber-Service), référent recrutement "
                             "transfrontalier"),
    ("Sabine Kienzler", AGENTUR, "Responsable de l'orientation professionnelle (Berufsberatung)"),
    ("Heike Doll", LANDRATSAMT, "Référente insertion des jeunes au Jobcenter Ortenau"),
    ("Monika Vogt", LANDRATSAMT, "Responsable du bureau de la formation (Bildungsbüro)"),
    ("Pierre Ritter", "CCI Alsace Eurométropole", "Conseiller apprentissage et formation transfrontalière"),
    ("Katrin Bühler", "IHK Südlicher Oberrhein", "Conseillère en apprentissage (Ausbildungsberaterin), référente "
                                                 "des apprentis français"),
    ("Lucie Hamm", "InfoBrücke Kehl-Strasbourg", "Juriste, conseillère des travailleurs frontaliers"),
    ("Marc Wolff", "Centre de formation transfrontalier du Rhin", "Directeur du centre de formation"),
    ("Ulrike Benz", "Berufsschule am Rhein Kehl", "Directrice adjointe, responsable des classes binationales"),
    ("Yasmina Bouzid", "Mission locale de Strasbourg", "Conseillère, référente mobilité européenne des jeunes"),
)

EURODIST67_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Groupe de travail emploi et formation : lancement de l'année et bilan "
                                             "du forum 2026, salle du conseil, Rathaus de Kehl", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Atelier apprentissage transfrontalier, Centre de formation "
                                             "transfrontalier du Rhin, Strasbourg", ()),
    ("2026-11-05 10:00", "2026-11-05 12:00", "Atelier reconnaissance des qualifications, Agentur für Arbeit "
                                             "Offenburg", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Groupe de travail emploi et formation : programme 2027 et forum "
                                             "transfrontalier de l'emploi, Maison de l'Eurodistrict, Kehl", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Groupe de travail emploi et formation, hôtel de la Collectivité "
                                             "européenne d'Alsace, place du Quartier Blanc, Strasbourg",
     ("Organisation du forum transfrontalier de l'emploi 2027",
      "Dossier Interreg du projet Passerelle Apprentissage",
      "Bilan de la permanence commune des frontaliers",
      "Calendrier des réunions 2027")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Sous-groupe forum transfrontalier de l'emploi, CCI Alsace "
                                             "Eurométropole, Strasbourg",
     ("Liste des entreprises exposantes",
      "Plan de communication bilingue du forum")),
    ("2027-03-11 14:00", "2027-03-11 17:00", "Séance plénière avec les élus, Landratsamt Ortenaukreis, Offenburg",
     ("Rapport d'activité 2026 du groupe de travail",
      "Feuille de route emploi et formation 2027-2029")),
)

EURODIST67_DEADLINES = (
    ("2026-12-15", "Retour des fiches entreprises pour le forum transfrontalier de l'emploi"),
    ("2027-01-15", "Dépôt du dossier Interreg du projet Passerelle Apprentissage"),
    ("2027-01-29", "Inscription des jeunes au stage de découverte en entreprise outre-Rhin"),
    ("2027-02-19", "Remise du rapport d'activité 2026 au bureau de l'Eurodistrict"),
    ("2027-02-26", "Réservation des stands du forum par les entreprises"),
    ("2027-03-31", "Candidatures pour les classes binationales de la rentrée 2027"),
)

EURODIST67_DECISIONS = (
    ("2026-09-24", 1, "Le forum transfrontalier de l'emploi 2027 a lieu le jeudi 22 avril 2027 à la Stadthalle de "
                      "Kehl, avec 80 entreprises des deux côtés du Rhin."),
    ("2026-09-24", 1, "Les réunions du groupe de travail alternent entre Strasbourg et l'Ortenau et se tiennent en "
                      "français et en allemand, avec une interprète."),
    ("2026-09-24", 1, "Le compte rendu de chaque réunion est rédigé dans les deux langues par le secrétariat de "
                      "l'Eurodistrict et envoyé sous quinze jours."),
    ("2026-10-13", 2, "Le projet Passerelle Apprentissage vise 150 apprentis français dans des entreprises de "
                      "l'Ortenau d'ici 2029."),
    ("2026-10-13", 2, "Les apprentis du projet suivent la partie théorique en France et la partie pratique dans "
                      "une entreprise allemande."),
    ("2026-10-13", 2, "La Région Grand Est verse une aide à la mobilité de 200 euros par mois aux apprentis qui "
                      "travaillent de l'autre côté du Rhin."),
    ("2026-11-05", 3, "Le groupe demande à la chambre des métiers une attestation de comparabilité pour les CAP de "
                      "la restauration et de la logistique."),
    ("2026-11-05", 3, "L'InfoBrücke tient une permanence commune avec France Travail et l'Agentur für Arbeit le "
                      "premier mardi du mois à Kehl."),
    ("2026-11-19", 4, "Le budget 2027 du groupe de travail est de 45 000 euros, financé pour moitié par "
                      "l'Eurodistrict."),
    ("2026-11-19", 4, "Un cours d'allemand gratuit de 60 heures est proposé aux demandeurs d'emploi qui cherchent "
                      "un travail dans l'Ortenau."),
    ("2026-11-19", 4, "Les jeunes du stage de découverte outre-Rhin doivent avoir entre 16 et 25 ans."),
    ("2026-11-19", 4, "Le guide du travailleur frontalier est publié en ligne dans sa nouvelle version en février "
                      "2027."),
    ("2026-11-19", 4, "Une navette gratuite relie la gare de Strasbourg à la Stadthalle de Kehl toute la journée "
                      "du forum."),
)

EURODIST67_TASKS = {
    SLUG: (
        ("Organiser un job dating transfrontalier en décembre", "Jürgen Falk", "2026-10-30", 1, "cancelled"),
        ("Envoyer la liste des entreprises allemandes qui recrutent des apprentis", "Katrin Bühler", "2026-11-13",
         2),
        ("Traduire en allemand la fiche de présentation du projet Passerelle Apprentissage", "Sandrine Fritsch",
         "2026-11-20", 2, "done"),
        ("Présenter les chiffres des frontaliers inscrits à France Travail", "Nathalie Schaeffer", "2026-11-25", 3),
        ("Réserver la Stadthalle de Kehl pour le forum", "Florian Maier", "2026-11-27", 1, "done"),
        ("Recenser les entreprises alsaciennes intéressées par le forum", "Pierre Ritter", "2026-11-30", 4),
        ("Recueillir les fiches entreprises du forum", "Pierre Ritter", "2026-12-15", 4),
        ("Diffuser l'offre du cours d'allemand aux demandeurs d'emploi", "Heike Doll", "2026-12-18", 4),
        ("Préparer le dossier Interreg du projet Passerelle Apprentissage", "Anne-Sophie Wendling", "2027-01-08", 4),
        ("Organiser une visite de la Berufsschule pour les conseillers de la Mission locale", "Ulrike Benz",
         "2027-01-22", 2),
        ("Mettre à jour le guide du travailleur frontalier", "Lucie Hamm", "2027-01-29", 4),
        ("Chiffrer la navette entre la gare de Strasbourg et la Stadthalle", "Émilie Kuntz", "2027-02-05", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CCI's apprenticeship adviser, an
# Alsatian.
EURODIST67_ASKERS = {SLUG: ASKER}

EURODIST67_GROUPS = {
    SLUG: (EURODIST67_MEMBERS, EURODIST67_MEETINGS, EURODIST67_DEADLINES, EURODIST67_DECISIONS,
           "Anne-Sophie Wendling"),
}

# What the coordinator typed after the plenary of September at the Rathaus of Kehl (n°1) and the plenary of November
# at the Maison de l'Eurodistrict (n°4); nothing was recorded for the two workshops (n°2, n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Anne-Sophie Wendling, Sandrine Fritsch, Thomas Riehl, Markus Schwendemann, Florian Maier, "
    "Christine Haegel, Nathalie Schaeffer, Jürgen Falk, Heike Doll, Pierre Ritter, Katrin Bühler, Lucie Hamm, "
    "Marc Wolff",
    "/excuses n°1 Julien Brendel, Ulrike Benz, Émilie Kuntz",
    "/absents n°1 Yasmina Bouzid, Sabine Kienzler, Monika Vogt",
    "/presents n°4 Anne-Sophie Wendling, Sandrine Fritsch, Thomas Riehl, Émilie Kuntz, Florian Maier, Julien Brendel, "
    "Nathalie Schaeffer, Sabine Kienzler, Heike Doll, Monika Vogt, Katrin Bühler, Lucie Hamm, Yasmina Bouzid",
    "/excuses n°4 Markus Schwendemann, Pierre Ritter, Christine Haegel, Ulrike Benz",
    "/absents n°4 Jürgen Falk",
)

# What members said in the chat before the plenary of 9 December at the CeA (n°5); the asker has said nothing yet.
RSVPS = (
    ("Anne-Sophie Wendling", "/present"),
    ("Sandrine Fritsch", "/present"),
    ("Thomas Riehl", "/present"),
    ("Markus Schwendemann", "/present"),
    ("Christine Haegel", "/present"),
    ("Jürgen Falk", "/present"),
    ("Katrin Bühler", "/present"),
    ("Lucie Hamm", "/present"),
    ("Marc Wolff", "/present"),
    ("Heike Doll", "/excuse"),
    ("Julien Brendel", "/excuse"),
)

EURODIST67_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ed67", ATTENDANCE_COMMANDS, RSVPS),
}
