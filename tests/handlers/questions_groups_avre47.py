"""A group written by helper w29b in the twenty-eighth round, for the
lead's blind set 47 (a stranger's general set in a mixed register, the
formal one of the State's services and the casual one of field workers):
the restricted working group (« cellule restreinte ») of the conseil
intercommunal de sécurité et de prévention de la délinquance (CISPD) of an
invented communauté d'agglomération Avre et Blaise, around Dreux — the
agglomeration's vice-president for prevention who chairs the CISPD (mayor
of Garnay), its coordinator, the sous-préfet of Dreux and the
sous-préfecture's officer for the politique de la ville, the head of the
police station and its délégué à la cohésion police-population, the head of
Vernouillet's police municipale, the captain commanding the gendarmerie
company, the parquet's délégué du procureur, the DSDEN's social adviser for
school dropout, the Département's head of the ASE for the Drouais, a
prévention spécialisée association (its head of service — the asker — and
a street educator), two social landlords, the SPIP, a victims' aid
association and two communes (Vernouillet, Dreux). Cellules restreintes,
two groupes thématiques (school dropout, domestic violence), a marche
exploratoire in a neighbourhood and a plenary session; rodéos urbains,
halls, TIG, vidéoprotection, the FIPD, the stratégie intercommunale.
Tasks (four late, one of them the asker's; two done; one cancelled) and the
attendance of the marche exploratoire and of the November cellule in the
store, announced presences for the cellule of 8 December; the person asking
is a member, not the coordinator. Organisation names are public bodies
(the sous-préfecture, the commissariat, the gendarmerie, the tribunal
judiciaire, the DSDEN, the Département, the SPIP, Immobilière 3F, town
halls) or invented ones (the agglomeration, the association, the landlord
Habitat Drouais, the victims' association); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["AVRE47_AFTER_SETUP", "AVRE47_ASKERS", "AVRE47_GROUPS", "AVRE47_TASKS"]

SLUG = "cispd-avre47"
ASKER = "Mehdi Saïdi"
AGGLO = "Communauté d'agglomération Avre et Blaise"

AVRE47_MEMBERS = (
    ("Bertrand Guillot", AGGLO, "Vice-président chargé de la sécurité et de la prévention de la délinquance, "
                                "président du CISPD, maire de Garnay"),
    ("Nadia Benali", AGGLO, "Coordinatrice du CISPD"),
    ("Pierre-Yves Castaing", "Sous-préfecture de Dreux", "Sous-préfet de l'arrondissement de Dreux"),
    ("Aurélie Vidal", "Sous-préfecture de Dreux", "Chargée de mission politique de la ville et prévention de la "
                                                  "délinquance"),
    ("Stéphane Roussel", "Commissariat de Dreux", "Commandant, chef de la circonscription de sécurité publique"),
    ("Karima Haddad", "Commissariat de Dreux", "Déléguée à la cohésion police-population"),
    ("Julien Morvan", "Police municipale de Vernouillet", "Chef de service de la police municipale"),
    ("Élise Marchand", "Compagnie de gendarmerie de Dreux", "Capitaine, commandante de la compagnie"),
    ("Gérard Fontanel", "Tribunal judiciaire de Chartres", "Délégué du procureur de la République, maison de "
                                                           "justice et du droit de Dreux"),
    ("Sabine Lecoq", "DSDEN d'Eure-et-Loir", "Conseillère technique de service social, référente décrochage "
                                             "scolaire"),
    ("Christelle Vasseur", "Conseil départemental d'Eure-et-Loir", "Responsable de l'aide sociale à l'enfance, "
                                                                   "territoire du Drouais"),
    ("Mehdi Saïdi", "Horizons Prévention", "Chef de service de prévention spécialisée"),
    ("Kevin Lopes", "Horizons Prévention", "Éducateur de rue, quartier des Glycines"),
    ("Patrick Lebreton", "Habitat Drouais", "Responsable de la tranquillité résidentielle"),
    ("Sonia Ferreira", "Immobilière 3F", "Gestionnaire de secteur, agence de Dreux"),
    ("Romain Tessier", "SPIP d'Eure-et-Loir", "Conseiller pénitentiaire d'insertion et de probation, antenne de "
                                              "Dreux"),
    ("Monique Perrault", "Aide aux victimes d'Eure-et-Loir", "Directrice, juriste d'aide aux victimes"),
    ("Yannick Fleury", "Mairie de Vernouillet", "Adjoint au maire chargé de la tranquillité publique"),
    ("Isabelle Roche", "Mairie de Dreux", "Conseillère municipale déléguée à la prévention"),
)

AVRE47_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Cellule restreinte du CISPD, sous-préfecture de Dreux", ()),
    ("2026-10-06 09:30", "2026-10-06 12:00", "Groupe thématique décrochage scolaire, DSDEN, Chartres", ()),
    ("2026-10-22 18:00", "2026-10-22 20:00", "Marche exploratoire, quartier des Glycines", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Cellule restreinte du CISPD, commissariat de Dreux", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Cellule restreinte du CISPD, hôtel d'agglomération",
     ("Bilan des rodéos urbains de l'été", "Occupation des halls de la tour Vivaldi",
      "Renouvellement de la convention d'accueil des travaux d'intérêt général",
      "Préparation de la stratégie intercommunale 2027-2030")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Groupe thématique violences intrafamiliales, maison de justice et "
                                             "du droit de Dreux",
     ("Prise en charge des auteurs de violences conjugales", "Attribution des téléphones grave danger")),
    ("2027-02-10 18:00", "2027-02-10 20:00", "Séance plénière du CISPD, salle des fêtes de Garnay",
     ("Présentation du projet de stratégie intercommunale", "Bilan annuel de la délinquance")),
)

AVRE47_DEADLINES = (
    ("2026-12-11", "Retour des fiches actions pour la stratégie intercommunale 2027-2030"),
    ("2026-12-18", "Remontée des chiffres de l'absentéisme scolaire du premier trimestre"),
    ("2027-01-29", "Dépôt des demandes de subvention au FIPD"),
    ("2027-03-05", "Signature de la convention d'accueil des TIG avec le SPIP"),
    ("2027-03-31", "Approbation de la stratégie intercommunale par le conseil communautaire"),
)

AVRE47_DECISIONS = (
    ("2026-09-17", 1, "La cellule restreinte du CISPD se réunit au moins une fois par trimestre, en alternance "
                      "entre la sous-préfecture, le commissariat et l'hôtel d'agglomération."),
    ("2026-09-17", 1, "Les échanges d'informations nominatives en cellule restreinte sont encadrés par une charte "
                      "de confidentialité signée par chaque membre."),
    ("2026-09-17", 1, "Le CISPD finance six caméras de vidéoprotection aux abords de la gare de Dreux."),
    ("2026-10-06", 2, "Les collégiens exclus temporairement sont accueillis en journée par Horizons Prévention "
                      "plutôt que laissés seuls à domicile."),
    ("2026-10-06", 2, "Un référent décrochage est désigné dans chaque collège de l'agglomération."),
    ("2026-10-22", 3, "L'éclairage du passage souterrain des Glycines est rénové avant la fin de l'hiver."),
    ("2026-10-22", 3, "Habitat Drouais condamne l'accès aux toits-terrasses de la tour Vivaldi."),
    ("2026-10-22", 3, "Les épaves du parking du Moulin-Neuf sont enlevées par la fourrière sous quinze jours."),
    ("2026-11-19", 4, "La police nationale et la gendarmerie mènent une opération commune contre les rodéos "
                      "urbains chaque week-end du printemps."),
    ("2026-11-19", 4, "Les communes de l'agglomération accueillent douze jeunes en travaux d'intérêt général en "
                      "2027."),
    ("2026-11-19", 4, "Un intervenant social en commissariat est recruté à mi-temps, financé par le FIPD."),
)

AVRE47_TASKS = {
    SLUG: (
        ("Envoyer la charte de confidentialité à chaque membre", "Nadia Benali", "2026-09-30", 1, "done"),
        ("Commander une étude de sûreté de la gare de Dreux", "Nadia Benali", "2026-10-30", 1, "cancelled"),
        ("Transmettre la liste des collèges sans référent décrochage", "Sabine Lecoq", "2026-10-30", 2, "done"),
        ("Recenser les points de rodéos urbains signalés cet été", "Julien Morvan", "2026-11-06", 1),
        ("Proposer un protocole d'accueil des collégiens exclus", "Mehdi Saïdi", "2026-11-13", 2),
        ("Chiffrer la rénovation de l'éclairage du souterrain des Glycines", "Yannick Fleury", "2026-11-20", 3),
        ("Condamner l'accès aux toits-terrasses de la tour Vivaldi", "Patrick Lebreton", "2026-11-27", 3),
        ("Demander l'enlèvement des épaves du parking du Moulin-Neuf", "Isabelle Roche", "2026-12-04", 3),
        ("Animer un café-rencontre police-habitants aux Glycines", "Karima Haddad", "2026-12-10", 3),
        ("Rédiger la fiche de poste de l'intervenant social en commissariat", "Nadia Benali", "2026-12-16", 4),
        ("Recenser les structures d'accueil des TIG dans les communes", "Romain Tessier", "2026-12-18", 4),
        ("Préparer le bilan des avertissements pénaux probatoires de 2026", "Gérard Fontanel", "2027-01-08", 4),
        ("Planifier les opérations anti-rodéos du printemps", "Stéphane Roussel", "2027-01-15", 4),
        ("Compter les fugues de mineurs confiés à l'ASE en 2026", "Christelle Vasseur", "2027-01-20", 4),
        ("Former les gardiens d'immeuble à l'orientation des victimes", "Monique Perrault", "2027-01-22", 4),
        ("Organiser une réunion de prévention des cambriolages dans les villages", "Élise Marchand", "2027-02-05",
         4),
        ("Monter un chantier éducatif avec les jeunes du Moulin-Neuf", "Mehdi Saïdi", "2027-02-12", 4),
        ("Lancer la consultation pour les caméras de la gare", "Bertrand Guillot", "2027-02-26", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the prévention spécialisée's head of
# service.
AVRE47_ASKERS = {SLUG: ASKER}

AVRE47_GROUPS = {
    SLUG: (AVRE47_MEMBERS, AVRE47_MEETINGS, AVRE47_DEADLINES, AVRE47_DECISIONS, "Nadia Benali"),
}

# What the coordinator typed after the marche exploratoire (n°3) and the cellule restreinte of November (n°4);
# nothing was recorded for the cellule of September (n°1) nor for the groupe thématique of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Nadia Benali, Yannick Fleury, Karima Haddad, Julien Morvan, Patrick Lebreton, Mehdi Saïdi, "
    "Kevin Lopes, Monique Perrault, Aurélie Vidal",
    "/excuses n°3 Bertrand Guillot, Sonia Ferreira",
    "/absents n°3 Stéphane Roussel",
    "/presents n°4 Bertrand Guillot, Nadia Benali, Pierre-Yves Castaing, Stéphane Roussel, Élise Marchand, "
    "Gérard Fontanel, Christelle Vasseur, Mehdi Saïdi, Romain Tessier, Patrick Lebreton, Julien Morvan",
    "/excuses n°4 Sabine Lecoq, Monique Perrault",
    "/absents n°4 Yannick Fleury",
)

# What members said in the chat before the cellule restreinte of 8 December (n°5).
RSVPS = (
    ("Bertrand Guillot", "/present"),
    ("Nadia Benali", "/present"),
    ("Pierre-Yves Castaing", "/present"),
    ("Élise Marchand", "/present"),
    ("Romain Tessier", "/present"),
    ("Gérard Fontanel", "/excuse"),
    ("Sonia Ferreira", "/excuse"),
)

AVRE47_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "av", ATTENDANCE_COMMANDS, RSVPS),
}
