"""A group written by helper w30a in the twenty-ninth round, for the
lead's blind set 49 (a stranger's general set in the words of a town's
sports world: elected officials, municipal staff, club presidents,
teachers and the State's and the Département's officers): the bureau of an
invented office municipal des sports (OMS) of Voiron, a mid-sized town in
Isère — the deputy mayor for sport who chairs the OMS, the town councillor
for handisport, the town's director of sport and its facilities manager
(gymnases, créneaux), the OMS's coordinator; the presidents of an invented
football club (vice-president of the OMS), judo club (treasurer), swimming
club, women's handball club (the asker) and climbing club (secretary); the
USEP's delegate for the circonscription and the UNSS district coordinator
(a PE teacher), the Département de l'Isère's sport officer, the SDJES's
conseiller d'animation sportive (Pass'Sport, ANS), an invented sport-santé
association's adapted-physical-activity teacher, the CDOS's vice-president
for training, and the Pays Voironnais's head of the aquatic centre.
Bureaux, a commission des créneaux, a visit of the building site of a new
synthetic pitch, a commission des subventions and the soirée des trophées
des sportifs; subventions, créneaux, gymnase Paul-Bert under renovation,
fête du sport, sport sur ordonnance. Tasks (four late, one of them the
asker's; two done; one cancelled), the attendance of the commission des
créneaux and of the November bureau in the store, announced presences for
the bureau of 9 December; the person asking is a member, not the
coordinator. Organisation names are public bodies (the town, the
Département, the SDJES, the CDOS, the USEP, the UNSS, the communauté
d'agglomération) or invented ones (the OMS, the clubs, the association);
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["OMS38_AFTER_SETUP", "OMS38_ASKERS", "OMS38_GROUPS", "OMS38_TASKS"]

SLUG = "oms38"
ASKER = "Amandine Cotte"
VILLE = "Ville de Voiron"
OMS = "Office municipal des sports de Voiron"

OMS38_MEMBERS = (
    ("Gilles Perrin", VILLE, "Adjoint au maire délégué aux sports, président de l'office municipal des sports"),
    ("Marion Gerbier", VILLE, "Conseillère municipale déléguée au handisport et au sport adapté"),
    ("Laurent Michallet", VILLE, "Directeur du service des sports"),
    ("Nadège Revol", VILLE, "Responsable des équipements sportifs au service des sports, planning des gymnases"),
    ("Sandrine Bouvier", OMS, "Coordinatrice de l'office municipal des sports"),
    ("Karim Belhadj", "Football Club de Voiron", "Président du club de football, vice-président de l'OMS"),
    ("Christine Argoud", "Judo Club de Voiron", "Présidente du club de judo, trésorière de l'OMS"),
    ("Thomas Guillermin", "Cercle des nageurs du Voironnais", "Président du club de natation"),
    ("Amandine Cotte", "Voiron Handball Féminin", "Présidente du club de handball féminin"),
    ("Julien Drevon", "Chartreuse Grimpe", "Président du club d'escalade, secrétaire de l'OMS"),
    ("Élodie Pellissier", "USEP Isère", "Professeure des écoles, déléguée USEP de la circonscription de Voiron"),
    ("Mathieu Faure", "UNSS Isère", "Professeur d'EPS au collège du Colombier, coordonnateur du district UNSS de "
                                   "Voiron"),
    ("Véronique Tournier", "Département de l'Isère", "Chargée de mission sport, territoire du Voironnais-Chartreuse"),
    ("Bruno Ravix", "SDJES de l'Isère", "Conseiller d'animation sportive, référent Pass'Sport et part territoriale "
                                        "de l'ANS"),
    ("Hélène Jacquier", "Bouge en Voironnais", "Enseignante en activité physique adaptée, coordinatrice de la maison "
                                               "sport-santé"),
    ("Patrick Mollard", "CDOS de l'Isère", "Vice-président chargé de la formation des dirigeants"),
    ("Lucas Bellin", "Communauté d'agglomération du Pays Voironnais", "Responsable du centre aquatique"),
)

OMS38_MEETINGS = (
    ("2026-09-14 18:30", "2026-09-14 20:30", "Bureau de l'OMS, maison des associations de Voiron", ()),
    ("2026-10-01 18:00", "2026-10-01 20:00", "Commission des créneaux, service des sports, hôtel de ville de Voiron",
     ()),
    ("2026-10-17 10:00", "2026-10-17 12:00", "Visite du chantier du terrain synthétique, stade du Colombier", ()),
    ("2026-11-17 18:30", "2026-11-17 20:30", "Bureau de l'OMS, dojo municipal de Voiron", ()),
    ("2026-12-09 18:30", "2026-12-09 20:30", "Bureau de l'OMS, salle du conseil municipal, hôtel de ville de Voiron",
     ("Inauguration du terrain synthétique du stade du Colombier", "Planning des créneaux du terrain synthétique",
      "Examen des candidatures aux trophées des sportifs", "Point sur les travaux du gymnase Paul-Bert")),
    ("2027-01-19 18:00", "2027-01-19 20:00", "Commission des subventions, maison des associations de Voiron",
     ("Examen des dossiers de demande de subvention des clubs", "Aide aux déplacements en compétition nationale")),
    ("2027-02-12 19:00", "2027-02-12 22:00", "Soirée des trophées des sportifs, salle des fêtes de Voiron",
     ("Remise des trophées des sportifs 2026",)),
)

OMS38_DEADLINES = (
    ("2026-12-04", "Envoi des candidatures aux trophées des sportifs 2026"),
    ("2026-12-18", "Dépôt des dossiers de demande de subvention municipale 2027 des clubs"),
    ("2027-01-29", "Remise des demandes de créneaux sur le terrain synthétique"),
    ("2027-03-19", "Clôture des inscriptions des clubs à la fête du sport"),
    ("2027-04-09", "Dépôt des demandes de subvention ANS part territoriale auprès du SDJES"),
)

OMS38_DECISIONS = (
    ("2026-09-14", 1, "Le bureau de l'OMS se réunit tous les deux mois, les commissions se tenant entre deux "
                      "bureaux."),
    ("2026-09-14", 1, "La fête du sport 2027 a lieu le samedi 5 juin au parc des Tilleuls."),
    ("2026-09-14", 1, "Une enveloppe de 8 000 euros est réservée à l'aide aux déplacements des clubs en compétition "
                      "nationale."),
    ("2026-10-01", 2, "Pendant la rénovation du gymnase Paul-Bert, Voiron Handball Féminin s'entraîne au gymnase des "
                      "Prairies le mardi et le jeudi soir."),
    ("2026-10-01", 2, "Un créneau de gymnase inutilisé trois semaines de suite est retiré au club et réattribué par "
                      "le service des sports."),
    ("2026-10-17", 3, "Le terrain synthétique du stade du Colombier est réservé aux scolaires en semaine jusqu'à "
                      "16h30."),
    ("2026-10-17", 3, "Le remplissage du terrain synthétique se fait en liège plutôt qu'en granulats de caoutchouc."),
    ("2026-11-17", 4, "Les subventions 2027 aux clubs sont calculées sur le nombre de licenciés, la part des moins de "
                      "18 ans et le niveau de compétition."),
    ("2026-11-17", 4, "Un trophée du bénévole de l'année est créé pour la soirée des trophées des sportifs."),
    ("2026-11-17", 4, "Une convention avec Bouge en Voironnais ouvre le gymnase des Prairies le lundi matin au sport "
                      "sur ordonnance."),
    ("2026-11-17", 4, "La cotisation annuelle des clubs à l'OMS reste fixée à 30 euros."),
)

OMS38_TASKS = {
    SLUG: (
        ("Mettre à jour l'annuaire des clubs sur le site de la ville", "Sandrine Bouvier", "2026-10-02", 1, "done"),
        ("Réserver le parc des Tilleuls pour la fête du sport", "Laurent Michallet", "2026-10-30", 1, "done"),
        ("Recenser les créneaux inutilisés dans les gymnases", "Nadège Revol", "2026-11-06", 2),
        ("Proposer un planning d'entraînement au gymnase des Prairies", "Amandine Cotte", "2026-11-13", 2),
        ("Demander un devis pour le remplissage en liège", "Laurent Michallet", "2026-11-20", 3),
        ("Organiser une visite du terrain synthétique pour les écoles", "Élodie Pellissier", "2026-11-25", 3,
         "cancelled"),
        ("Consulter les clubs sur les critères de subvention", "Christine Argoud", "2026-11-27", 4),
        ("Transmettre au centre aquatique les besoins en lignes d'eau du club", "Thomas Guillermin", "2026-12-11", 2),
        ("Constituer le jury des trophées des sportifs", "Julien Drevon", "2026-12-11", 4),
        ("Rédiger la convention de sport sur ordonnance", "Hélène Jacquier", "2026-12-15", 4),
        ("Réserver la salle des fêtes pour la soirée des trophées", "Gilles Perrin", "2026-12-18", 4),
        ("Répartir l'enveloppe d'aide aux déplacements entre les clubs", "Karim Belhadj", "2027-01-08", 1),
        ("Présenter le Pass'Sport aux dirigeants de clubs", "Bruno Ravix", "2027-01-15", 4),
        ("Instruire la demande d'aide du Département pour l'éclairage du terrain synthétique", "Véronique Tournier",
         "2027-01-22", 3),
        ("Monter un tournoi UNSS de football à sept sur le terrain synthétique", "Mathieu Faure", "2027-02-05", 3),
        ("Proposer une formation des dirigeants bénévoles avec le CDOS", "Patrick Mollard", "2027-02-12", 4),
        ("Recruter des bénévoles du handball pour la fête du sport", "Amandine Cotte", "2027-03-26", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the women's handball club's president.
OMS38_ASKERS = {SLUG: ASKER}

OMS38_GROUPS = {
    SLUG: (OMS38_MEMBERS, OMS38_MEETINGS, OMS38_DEADLINES, OMS38_DECISIONS, "Sandrine Bouvier"),
}

# What the OMS's coordinator typed after the commission des créneaux (n°2) and the bureau of November (n°4); nothing
# was recorded for the bureau of September (n°1) nor for the visit of the synthetic pitch's building site (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sandrine Bouvier, Laurent Michallet, Nadège Revol, Karim Belhadj, Christine Argoud, "
    "Thomas Guillermin, Julien Drevon, Mathieu Faure, Marion Gerbier",
    "/excuses n°2 Amandine Cotte, Gilles Perrin",
    "/absents n°2 Élodie Pellissier",
    "/presents n°4 Gilles Perrin, Marion Gerbier, Sandrine Bouvier, Laurent Michallet, Karim Belhadj, "
    "Christine Argoud, Julien Drevon, Amandine Cotte, Thomas Guillermin, Hélène Jacquier, Bruno Ravix, "
    "Patrick Mollard",
    "/excuses n°4 Véronique Tournier, Nadège Revol, Mathieu Faure",
    "/absents n°4 Lucas Bellin",
)

# What members said in the chat before the bureau of 9 December (n°5).
RSVPS = (
    ("Gilles Perrin", "/present"),
    ("Sandrine Bouvier", "/present"),
    ("Laurent Michallet", "/present"),
    ("Véronique Tournier", "/present"),
    ("Karim Belhadj", "/present"),
    ("Hélène Jacquier", "/present"),
    ("Bruno Ravix", "/excuse"),
    ("Thomas Guillermin", "/excuse"),
)

OMS38_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "om", ATTENDANCE_COMMANDS, RSVPS),
}
