"""A group the understanding was never tuned on, for the records engineer's
second blind set (15d_b, written after the fixes of set 15d without probing
it first): the local mental health council (conseil local de santé mentale)
of Valence Romans, in the Drôme: the hospital's psychiatry, two towns, a
social landlord, families' and users' associations, the police, the CCAS,
the regional health agency. Decisions in coordinators' words, tasks with
pilots, two of them overdue on 1 December 2026. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["DROME_GROUPS", "DROME_TASKS"]

CLSM_MEMBERS = (
    ("Christelle Vernet", "Ville de Valence", "Adjointe au maire déléguée à la santé, présidente du conseil"),
    ("Julien Marcon", "Ville de Valence", "Coordinateur du conseil local de santé mentale"),
    ("Anne Rochas", "Centre hospitalier Drôme Vivarais", "Psychiatre, cheffe du pôle de psychiatrie adulte"),
    ("Mathieu Ferrand", "Centre hospitalier Drôme Vivarais", "Cadre de santé du centre médico-psychologique"),
    ("Sylvie Bonnet", "Ville de Romans-sur-Isère", "Conseillère municipale déléguée à la prévention"),
    ("Rachid Amrani", "Valence Romans Habitat", "Responsable de la médiation locative"),
    ("Hélène Dufaud", "UNAFAM Drôme", "Déléguée départementale"),
    ("Kevin Laurent", "GEM Le Rebond", "Animateur du groupe d'entraide mutuelle"),
    ("Nadia Cherif", "CCAS de Valence", "Responsable du pôle hébergement"),
    ("Pascal Giraud", "Police municipale de Valence", "Chef de service"),
    ("Élodie Chapuis", "ARS Auvergne-Rhône-Alpes", "Chargée de mission santé mentale, délégation de la Drôme"),
    ("Thomas Reynier", "Mission locale Valence Tain Sud Drôme", "Conseiller référent santé"),
)

CLSM_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Hôtel de ville de Valence, salle des commissions", ()),
    ("2026-10-22 14:00", "2026-10-22 16:00", "Centre hospitalier, salle Vivarais", ()),
    ("2026-11-26 09:30", "2026-11-26 12:00", "Mairie de Romans-sur-Isère", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Maison de la vie associative, Valence",
     ("Semaines d'information sur la santé mentale", "Bilan de la cellule de cas complexes")),
    ("2027-02-11 14:00", "2027-02-11 16:00", "Visioconférence", ("Équipe mobile de psychiatrie",)),
)

CLSM_DEADLINES = (
    ("2026-12-11", "Retour des fiches de situation à la cellule de cas complexes"),
    ("2027-01-15", "Programme des Semaines d'information sur la santé mentale"),
    ("2027-02-05", "Réponse à l'appel à projets de l'ARS"),
)

# Numbered in this order: n°1 to n°12.
CLSM_DECISIONS = (
    ("2026-09-24", 1, "Le conseil se réunit en plénière deux fois par an et en comité de pilotage chaque trimestre."),
    ("2026-09-24", 1, "Une cellule de cas complexes examine chaque mois les situations signalées par les bailleurs."),
    ("2026-09-24", 1, "Le groupe valide la charte de confidentialité de la cellule de cas complexes."),
    ("2026-09-24", 1, "Il est convenu que les Semaines d'information sur la santé mentale ont lieu en mars à Romans."),
    ("2026-10-22", 2, "Accord pour financer une formation aux premiers secours en santé mentale pour vingt agents d'accueil."),
    ("2026-10-22", 2, "Report du point sur l'équipe mobile de psychiatrie à la séance de février."),
    ("2026-10-22", 2, "Il est convenu que le GEM ouvre une permanence le samedi matin."),
    ("2026-10-22", 2, "Le CCAS réserve deux logements temporaires aux personnes qui sortent d'hospitalisation."),
    ("2026-11-26", 3, "Accord pour financer l'interprétariat lors des consultations du CMP."),
    ("2026-11-26", 3, "Le groupe valide un annuaire des ressources en santé mentale diffusé aux mairies."),
    ("2026-11-26", 3, "Il est convenu de mener une enquête sur la souffrance psychique des étudiants."),
    ("2026-11-26", 3, "Report de la journée d'étude sur la pair-aidance à l'automne 2027."),
)

DROME_TASKS = {
    "clsm26": (
        ("Rédiger la charte de confidentialité", "Julien Marcon", "2026-11-06", 1),
        ("Trouver un organisme de formation aux premiers secours", "Élodie Chapuis", "2026-11-20", 2),
        ("Mettre à jour l'annuaire des ressources", "Hélène Dufaud", "2026-12-15", 3),
        ("Préparer le questionnaire de l'enquête étudiante", "Thomas Reynier", "2027-01-08", 3),
        ("Chiffrer le coût de l'interprétariat", "Mathieu Ferrand", "2026-12-20", 3),
    ),
}

DROME_GROUPS = {
    "clsm26": (CLSM_MEMBERS, CLSM_MEETINGS, CLSM_DEADLINES, CLSM_DECISIONS, "Julien Marcon"),
}
