"""A group the understanding was never tuned on, for the blind set of
questions that carry a date or a period (set 15g): the early-childhood
commission of the Gironde's family-services network (CAF, Département and
its PMI, the towns' early-childhood services, relais petite enfance, a
parental crèche, ACEPP, MSA, UDAF). Meetings from September to April,
deadlines spread over four months, decisions of three past meetings, tasks
with due days. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

__all__ = ["BORDEAUX_GROUPS", "BORDEAUX_TASKS"]

CHILDHOOD_MEMBERS = (
    ("Véronique Labat", "CAF de la Gironde", "Responsable du pôle petite enfance"),
    ("Jérôme Castaing", "Département de la Gironde", "Chef du service de PMI"),
    ("Anne Lacoste", "Département de la Gironde", "Médecin de PMI, secteur du Libournais"),
    ("Sandrine Dupuy", "Ville de Bordeaux", "Directrice de la petite enfance"),
    ("Marc Etcheverry", "Ville de Mérignac", "Adjoint au maire chargé de la petite enfance, président de la commission"),
    ("Nadia Boukhari", "Ville de Pessac", "Coordinatrice des relais petite enfance"),
    ("Christelle Darrigade", "RPE du Libournais", "Animatrice du relais petite enfance"),
    ("Laurent Fauché", "Crèche associative Les Lucioles", "Directeur"),
    ("Émilie Sarrazin", "ACEPP 33", "Chargée d'accompagnement des crèches parentales"),
    ("Patrick Ducos", "MSA Gironde", "Conseiller en action sociale"),
    ("Sophie Larrieu", "UDAF de la Gironde", "Chargée de mission parentalité"),
    ("Hugo Bernadet", "Ville de Lormont", "Chef de projet petite enfance"),
    ("Aurélie Cazenave", "CAF de la Gironde", "Secrétaire de la commission"),
)

CHILDHOOD_MEETINGS = (
    ("2026-09-29 14:00", "2026-09-29 16:30", "CAF de la Gironde, salle Garonne, Bordeaux", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Maison de la petite enfance de Mérignac", ()),
    ("2026-11-26 14:00", "2026-11-26 16:00", "Visioconférence", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Hôtel du Département, Bordeaux",
     ("Schéma départemental des services aux familles", "Places en crèche à Pessac", "Calendrier 2027")),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Relais petite enfance de Libourne",
     ("Bilan des RPE", "Formation des assistantes maternelles")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Mairie de Pessac", ("Budget 2027",)),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Centre social de Lormont", ("Bilan du premier trimestre",)),
    ("2027-04-15 14:00", "2027-04-15 16:30", "Crèche Les Lucioles, Bègles", ()),
)

CHILDHOOD_DEADLINES = (
    ("2026-12-04", "Retour des chiffres de fréquentation des crèches"),
    ("2026-12-11", "Dépôt du dossier CAF pour le bonus territoire"),
    ("2026-12-18", "Envoi du bilan des RPE au Département"),
    ("2027-01-08", "Réponse à l'appel à projets Fonds publics et territoires"),
    ("2027-01-29", "Retour du questionnaire aux assistantes maternelles"),
    ("2027-02-12", "Journée départementale de la petite enfance à Mérignac"),
    ("2027-03-31", "Rapport d'activité de la PMI"),
)

CHILDHOOD_DECISIONS = (
    ("2026-09-29", 1, "La commission se réunit une fois par mois, en alternance à Bordeaux et dans les communes."),
    ("2026-09-29", 1, "Les relais petite enfance partagent un agenda commun des ateliers d'éveil."),
    ("2026-10-22", 2, "La CAF finance 24 places supplémentaires en micro-crèche à Lormont."),
    ("2026-10-22", 2, "Un guide des modes d'accueil est rédigé avec la PMI."),
    ("2026-11-26", 3, "Les crèches publient leurs places vacantes chaque lundi sur un tableau partagé."),
    ("2026-11-26", 3, "La journée départementale de la petite enfance a lieu en février à Mérignac."),
    ("2026-11-26", 3, "Le bilan des RPE est présenté à la séance du 15 décembre."),
)

# Tasks: (text, pilot's name, due day, meeting number); NOW (questions_groups) is Tuesday 1 December 2026.
BORDEAUX_TASKS = {
    "bordeaux33": (
        ("Mettre à jour le guide des modes d'accueil", "Jérôme Castaing", "2026-11-20", 2),
        ("Envoyer les chiffres de fréquentation à la CAF", "Laurent Fauché", "2026-11-27", 3),
        ("Réserver la salle de la journée départementale", "Marc Etcheverry", "2026-12-10", 3),
        ("Relancer les mairies pour le questionnaire", "Nadia Boukhari", "2027-01-15", 3),
    ),
}

BORDEAUX_GROUPS = {
    "bordeaux33": (CHILDHOOD_MEMBERS, CHILDHOOD_MEETINGS, CHILDHOOD_DEADLINES, CHILDHOOD_DECISIONS,
                   "Aurélie Cazenave"),
}
