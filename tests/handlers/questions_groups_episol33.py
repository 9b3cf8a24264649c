"""A group written by helper w31c in the thirtieth round, for the lead's
blind set 54 (a stranger's general set in the words of the people who run
food aid in a département: volunteers, social workers of the CCAS,
elected officials, the Département's and the CAF's officers, the food-aid
associations' delegates): the comité de pilotage of an invented network
of épiceries solidaires in Gironde, Épi'Sol 33 — its president (a
volunteer) who chairs the copil, its coordinator, the animatrice of its
new épicerie mobile (a refrigerated van touring four communes of the
Entre-deux-Mers from January) and its dietitian (ateliers cuisine); the
Département de la Gironde's officer for food insecurity; the CCAS of
Libourne (its director), of Bègles (a conseillère en économie sociale et
familiale, referent of the network's commissions d'accès) and of Langon
(the deputy mayor for solidarity, vice-president of the CCAS); the Banque
alimentaire de Bordeaux et de la Gironde (the volunteer in charge of the
partner associations' supplies and of the collecte nationale), the
Secours populaire, the Restos du Cœur, the CAF de la Gironde, ANDES; an
invented chantier d'insertion in market gardening that supplies fresh
vegetables; the volunteers or staff in charge of four invented épiceries
(Libourne — the network's secretary —, Langon — the asker —, Lormont —
the network's treasurer —, Bègles — the referent for the volunteers'
planning). Comités de pilotage, a commission approvisionnement at the
Banque alimentaire's warehouse, a working group on the épicerie mobile, a
working group on the commissions d'accès and a day of the volunteers;
the participation of the beneficiaries, the reste à vivre, access for
three months, grouped orders, Uniterres, the collecte nationale of 27 and
28 November, the volunteers' planning, the épicerie mobile's first tour.
Tasks (four late, one of them the asker's; two done; one cancelled), the
attendance of the commission approvisionnement and of the November copil
in the store, announced presences for the copil of 8 December; the person
asking is a member, not the coordinator. Organisation names are public
bodies or real associations (the Département, the CCAS, the CAF, the
Banque alimentaire, the Secours populaire, the Restos du Cœur, ANDES) or
invented ones (the network, the épiceries, the chantier d'insertion);
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["EPISOL33_AFTER_SETUP", "EPISOL33_ASKERS", "EPISOL33_GROUPS", "EPISOL33_TASKS"]

SLUG = "episol33"
ASKER = "Hélène Castagnet"
RESEAU = "Épi'Sol 33, réseau des épiceries solidaires de Gironde"
BANQUE = "Banque alimentaire de Bordeaux et de la Gironde"
SPF = "Secours populaire français, fédération de la Gironde"

EPISOL33_MEMBERS = (
    ("Thierry Lasserre", RESEAU, "Président du réseau, bénévole, président du comité de pilotage"),
    ("Céline Labat", RESEAU, "Coordinatrice du réseau des épiceries solidaires"),
    ("Manon Ducasse", RESEAU, "Animatrice de l'épicerie mobile de l'Entre-deux-Mers"),
    ("Claire Mounier", RESEAU, "Diététicienne du réseau, ateliers cuisine et nutrition"),
    ("Sophie Darriet", "Département de la Gironde",
     "Chargée de mission lutte contre la précarité alimentaire, direction des solidarités"),
    ("Patrick Dubos", "CCAS de Libourne", "Directeur du CCAS"),
    ("Nadia Benchekroun", "CCAS de Bègles",
     "Conseillère en économie sociale et familiale, référente des commissions d'accès du réseau"),
    ("Francis Laporte", "CCAS de Langon",
     "Adjoint au maire de Langon chargé des solidarités, vice-président du CCAS"),
    ("Gérard Mouliets", BANQUE,
     "Bénévole responsable des approvisionnements des associations partenaires et de la collecte nationale"),
    ("Isabelle Ferrand", SPF, "Secrétaire départementale chargée de la solidarité alimentaire"),
    ("Alain Castaing", "Restos du Cœur de la Gironde",
     "Délégué départemental adjoint, responsable de l'aide alimentaire"),
    ("Émilie Garros", "CAF de la Gironde", "Conseillère technique en action sociale"),
    ("Karim Haddad", "ANDES", "Chargé de développement Nouvelle-Aquitaine, programme Uniterres"),
    ("Bastien Roumégoux", "Le Potager de Garonne, chantier d'insertion", "Encadrant technique maraîchage"),
    ("Monique Dupouy", "L'Épi libournais, épicerie solidaire de Libourne",
     "Bénévole responsable de l'épicerie, secrétaire du réseau"),
    ("Hélène Castagnet", "Le Grenier langonnais, épicerie solidaire de Langon",
     "Bénévole responsable de l'épicerie"),
    ("Yannick Pujol", "La Courte Échelle, épicerie solidaire de Lormont",
     "Bénévole responsable de l'épicerie, trésorier du réseau"),
    ("Rachid Meziane", "Le Panier bèglais, épicerie solidaire de Bègles",
     "Responsable salarié de l'épicerie, référent du planning des bénévoles du réseau"),
)

EPISOL33_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité de pilotage du réseau Épi'Sol 33, salle du conseil "
                                             "d'administration du CCAS de Libourne", ()),
    ("2026-10-06 09:30", "2026-10-06 12:00", "Commission approvisionnement, entrepôt de la " + BANQUE, ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "Groupe de travail épicerie mobile, salle du conseil municipal de la "
                                             "mairie de Targon", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage du réseau Épi'Sol 33, épicerie solidaire La "
                                             "Courte Échelle, Lormont", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Comité de pilotage du réseau Épi'Sol 33, salle des commissions de "
                                             "l'hôtel du Département, Bordeaux",
     ("Bilan de la collecte nationale des 27 et 28 novembre",
      "Lancement des tournées de l'épicerie mobile en janvier",
      "Harmonisation des critères des commissions d'accès",
      "Planning des bénévoles pendant les fêtes de fin d'année")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Groupe de travail commissions d'accès, CCAS de Bègles",
     ("Barème commun du reste à vivre", "Durée des droits d'accès et renouvellements")),
    ("2027-02-06 10:00", "2027-02-06 16:00", "Journée des bénévoles du réseau, salle des fêtes de Langon",
     ("Accueil des bénéficiaires : formation des nouveaux bénévoles",
      "Atelier cuisine anti-gaspillage avec la diététicienne")),
)

EPISOL33_DEADLINES = (
    ("2026-12-04", "Envoi par chaque épicerie du bilan de la collecte nationale des 27 et 28 novembre"),
    ("2026-12-18", "Dépôt de la demande de subvention 2027 au Département de la Gironde au titre de la lutte contre "
                   "la précarité alimentaire"),
    ("2027-01-15", "Remise des plannings de bénévoles de l'épicerie mobile pour le premier trimestre"),
    ("2027-02-26", "Réponse à l'appel à projets Mieux manger pour tous de la DREETS"),
    ("2027-03-31", "Transmission à ANDES des chiffres d'activité 2026 des épiceries"),
)

EPISOL33_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage du réseau se réunit cinq fois par an, en alternance dans une "
                      "épicerie, un CCAS ou chez un partenaire."),
    ("2026-09-17", 1, "Les bénéficiaires paient 20 % du prix de vente en magasin des produits de l'épicerie."),
    ("2026-09-17", 1, "L'accès à une épicerie du réseau est accordé pour trois mois par la commission d'accès, "
                      "renouvelable deux fois."),
    ("2026-10-06", 2, "Les commandes groupées à la Banque alimentaire sont passées le lundi et livrées le jeudi "
                      "dans chaque épicerie."),
    ("2026-10-06", 2, "Le chantier d'insertion Le Potager de Garonne fournit chaque semaine les légumes frais des "
                      "épiceries de Langon et de Bègles."),
    ("2026-10-06", 2, "Les épiceries du réseau adhèrent au programme Uniterres d'ANDES pour les fruits et légumes "
                      "de producteurs locaux."),
    ("2026-10-22", 3, "L'épicerie mobile dessert Créon, Targon, Sauveterre-de-Guyenne et Monségur, une "
                      "demi-journée par semaine dans chaque commune."),
    ("2026-10-22", 3, "L'épicerie mobile commence ses tournées le mardi 12 janvier 2027."),
    ("2026-11-19", 4, "Le reste à vivre maximal pour accéder aux épiceries du réseau est fixé à 12 euros par "
                      "jour et par personne."),
    ("2026-11-19", 4, "Les denrées de la collecte nationale de novembre sont réparties entre les épiceries au "
                      "prorata du nombre de foyers accueillis."),
    ("2026-11-19", 4, "Chaque épicerie met à jour son planning des bénévoles en ligne avant le 25 de chaque mois."),
    ("2026-11-19", 4, "La diététicienne anime un atelier cuisine par mois dans chaque épicerie du réseau."),
)

EPISOL33_TASKS = {
    SLUG: (
        ("Ouvrir le planning partagé des bénévoles en ligne", "Rachid Meziane", "2026-10-09", 1, "done"),
        ("Signer la convention Uniterres avec ANDES", "Karim Haddad", "2026-10-30", 2, "done"),
        ("Recenser les épiceries volontaires pour les ateliers cuisine", "Claire Mounier", "2026-11-06", 1),
        ("Demander trois devis pour l'aménagement frigorifique du camion", "Manon Ducasse", "2026-11-13", 3),
        ("Organiser une tournée d'essai de l'épicerie mobile à Monségur", "Manon Ducasse", "2026-11-20", 3,
         "cancelled"),
        ("Envoyer les horaires d'ouverture de l'épicerie de Langon pour le guide du réseau", "Hélène Castagnet",
         "2026-11-20", 1),
        ("Comparer les barèmes de reste à vivre des CCAS du réseau", "Nadia Benchekroun", "2026-11-27", 4),
        ("Préparer le bilan de la collecte nationale magasin par magasin", "Gérard Mouliets", "2026-12-04", 4),
        ("Compiler les plannings des bénévoles pour les fêtes de fin d'année", "Rachid Meziane", "2026-12-07", 4),
        ("Proposer un partage des surplus de la collecte avec les Restos du Cœur", "Alain Castaing", "2026-12-11",
         4),
        ("Réserver la salle des fêtes de Langon pour la journée des bénévoles", "Francis Laporte", "2026-12-11",
         4),
        ("Rédiger la demande de subvention 2027 au Département", "Céline Labat", "2026-12-16", 4),
        ("Chiffrer la production de légumes d'hiver du chantier", "Bastien Roumégoux", "2026-12-18", 2),
        ("Informer les allocataires de la CAF de l'arrivée de l'épicerie mobile", "Émilie Garros", "2027-01-05",
         3),
        ("Présenter l'épicerie mobile aux travailleurs sociaux des maisons du Département", "Sophie Darriet",
         "2027-01-08", 3),
        ("Recruter des bénévoles pour les tournées de l'épicerie mobile", "Hélène Castagnet", "2027-01-08", 3),
        ("Faire l'inventaire des produits d'hygiène fournis par le Secours populaire", "Isabelle Ferrand",
         "2027-01-22", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the volunteer in charge of the épicerie
# of Langon.
EPISOL33_ASKERS = {SLUG: ASKER}

EPISOL33_GROUPS = {
    SLUG: (EPISOL33_MEMBERS, EPISOL33_MEETINGS, EPISOL33_DEADLINES, EPISOL33_DECISIONS, "Céline Labat"),
}

# What the network's coordinator typed after the commission approvisionnement (n°2) and the copil of November at
# Lormont (n°4); nothing was recorded for the copil of September (n°1) nor for the working group on the épicerie
# mobile at Targon (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Céline Labat, Gérard Mouliets, Isabelle Ferrand, Alain Castaing, Karim Haddad, "
    "Bastien Roumégoux, Monique Dupouy, Yannick Pujol, Rachid Meziane",
    "/excuses n°2 Hélène Castagnet, Claire Mounier",
    "/absents n°2 Patrick Dubos",
    "/presents n°4 Thierry Lasserre, Céline Labat, Manon Ducasse, Claire Mounier, Sophie Darriet, Patrick Dubos, "
    "Nadia Benchekroun, Gérard Mouliets, Émilie Garros, Monique Dupouy, Hélène Castagnet, Yannick Pujol, "
    "Rachid Meziane",
    "/excuses n°4 Alain Castaing, Isabelle Ferrand, Francis Laporte, Karim Haddad",
    "/absents n°4 Bastien Roumégoux",
)

# What members said in the chat before the copil of 8 December at the hôtel du Département (n°5).
RSVPS = (
    ("Thierry Lasserre", "/present"),
    ("Céline Labat", "/present"),
    ("Sophie Darriet", "/present"),
    ("Gérard Mouliets", "/present"),
    ("Manon Ducasse", "/present"),
    ("Francis Laporte", "/present"),
    ("Bastien Roumégoux", "/excuse"),
    ("Émilie Garros", "/excuse"),
)

EPISOL33_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "es33", ATTENDANCE_COMMANDS, RSVPS),
}
