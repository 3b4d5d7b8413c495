"""Per need domain, in English and French: referral reasons, goals in the person's words, steps, services."""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.enums import NeedDomain as D


@dataclass(frozen=True)
class DomainText:
    reasons: tuple[str, ...]
    goals: tuple[str, ...]
    steps: tuple[str, ...]
    need_notes: tuple[str, ...]
    # Typed-in services for when no directory is loaded: "service name|organisation".
    services: tuple[str, ...]


EN: dict[D, DomainText] = {
    D.INCOME: DomainText(
        ("Struggling to pay bills since her husband passed; not sure what benefits she can get.",
         "Income dropped after layoff at the mill; behind on hydro.",
         "Has not filed taxes for three years, so GIS and GST credit have stopped."),
        ("Get my taxes done so the pension top-up starts again", "Stop worrying about the hydro bill every month",
         "Find out if I can get disability support", "Have enough money left at the end of the month for groceries"),
        ("Book the free tax clinic at the library", "Gather last year's slips and the lease",
         "Call the income support office with the link worker", "Write down monthly bills together"),
        ("Behind on hydro by about $600.", "Not receiving GIS; taxes not filed.", "Only income is CPP."),
        ("Free tax clinic|Public library", "Income support intake|District social services"),
    ),
    D.HOUSING: DomainText(
        ("Landlord has given notice; worried about where to go.", "House is cold; furnace is failing.",
         "Living in a camper on a friend's land since the spring."),
        ("Stay in my apartment", "Get the furnace fixed before winter", "Find a place closer to town",
         "Get grab bars put in the bathroom so I can stay at home"),
        ("Call the legal clinic about the notice", "Apply for the home repair grant",
         "Put my name on the social housing list", "Ask the landlord for the repair in writing"),
        ("N12 notice received; hearing date not set.", "Furnace over 30 years old.", "Stairs are hard to manage."),
        ("Housing help|District social services", "Home repair grant|District social services"),
    ),
    D.FOOD_SECURITY: DomainText(
        ("Skipping meals at the end of the month.", "Lost weight since living alone; not cooking much.",
         "Diabetic and finding healthy food too expensive."),
        ("Eat a proper meal every day", "Learn some easy recipes for one person",
         "Have food in the cupboard at the end of the month", "Get meals brought in while my hip heals"),
        ("Register for the Good Food Box", "Try the community kitchen with the dietitian",
         "Sign up for Meals on Wheels", "Arrange the shopping shuttle on Wednesdays"),
        ("Uses the food bank monthly.", "Lives 40 km from the nearest grocery store.", "Cooking is tiring."),
        ("Food bank hamper|Community food bank", "Meals on Wheels|Seniors' centre"),
    ),
    D.SOCIAL_ISOLATION: DomainText(
        ("Lives alone since wife passed; says he hasn't talked to anyone in a week.",
         "Recently moved to the area and knows nobody.", "Stopped going out after a fall last winter."),
        ("Wants to get back to the curling club", "Have someone to talk to a couple of times a week",
         "Get out of the house at least once a week", "Make a friend or two in town",
         "Go back to the seniors' lunch on Wednesdays"),
        ("Call the curling club about the daytime league", "Try the lunch club with the link worker the first time",
         "Sign up for a friendly visitor", "Ask Rides North about a lift on league days"),
        ("Lonely most days; family lives in Sudbury.", "No car since licence was not renewed.",
         "Used to be very involved in the legion."),
        ("Friendly visiting|Befriending network", "Seniors' lunch club|Seniors' centre"),
    ),
    D.MENTAL_WELLBEING: DomainText(
        ("Low mood since retirement; doctor suggests community activities.",
         "Anxious since the accident; not sleeping well.", "Grieving and withdrawn."),
        ("Feel less on edge during the day", "Sleep better", "Find something I enjoy again",
         "Talk to people who understand what it's like"),
        ("Try the peer support drop-in", "Join the arts on prescription group", "Walk with the walking group twice a week",
         "Keep the warm line number by the phone"),
        ("Has a family doctor; no counsellor.", "Says mornings are the hardest.", "Not in crisis; safety plan not needed."),
        ("Peer support drop-in|Peer support collective", "Arts on prescription|Arts collective"),
    ),
    D.PHYSICAL_ACTIVITY: DomainText(
        ("Doctor wants him more active after a heart attack.", "Weight gain and knee pain; wants to move more.",
         "Balance is poor; two falls this year."),
        ("Walk to the post office and back without stopping", "Get stronger so I don't fall again",
         "Go swimming again", "Be able to play with my grandkids"),
        ("Join the Strong and Steady class", "Try aquafit on Tuesdays", "Walk with the group on Mondays",
         "Borrow snowshoes from the arena"),
        ("Uses a cane outdoors.", "Cleared for exercise by the nurse practitioner.", "Used to curl."),
        ("Falls prevention class|Seniors' centre", "Walking group|Community health centre"),
    ),
    D.CAREGIVER_SUPPORT: DomainText(
        ("Caring for husband with dementia; exhausted.", "Looking after her mother and working full time.",
         "Son with a disability; no break in years."),
        ("Get a few hours to myself each week", "Talk to other people going through the same thing",
         "Have a plan if something happens to me", "Keep Dad at home as long as we can"),
        ("Call the caregivers network about in-home respite", "Try the caregiver support group by phone",
         "Book the wills and powers of attorney clinic", "Visit the adult day program"),
        ("Caregiver for spouse, 24/7.", "No other family nearby.", "Feels guilty asking for help."),
        ("Caregiver support group|Caregivers network", "In-home respite|Caregivers network"),
    ),
    D.NEWCOMER_SETTLEMENT: DomainText(
        ("New to Canada on a work permit; family joined last month.", "Refugee family settling in town; needs help with services.",
         "International student's spouse; isolated at home."),
        ("Improve my English so I can talk to the doctor myself", "Get my nursing credentials recognised",
         "Meet other families", "Get the children settled in school"),
        ("Register at the newcomer centre", "Join the conversation circle on Wednesdays",
         "Ask about credential assessment", "Get a library card"),
        ("Arrived eight months ago.", "Health card received.", "Husband works shifts at the mine."),
        ("Settlement services|Newcomer centre", "English conversation circle|Newcomer centre"),
    ),
    D.TRANSPORTATION: DomainText(
        ("No car and misses appointments in town.", "Lost licence for medical reasons.",
         "Lives on a concession road with no bus."),
        ("Get to my appointments without asking my neighbour every time", "Get groceries on my own",
         "Be able to go to the lunch club"),
        ("Register with Rides North", "Book the shopping shuttle", "Ask about the mileage subsidy"),
        ("Lives 25 km from town.", "Cannot manage the van steps without help.", "Neighbour drives when he can."),
        ("Volunteer drivers|Rides North", "Shopping shuttle|Rides North"),
    ),
    D.DIGITAL_ACCESS: DomainText(
        ("Cannot book appointments online; no computer.", "Grandchildren gave her a tablet but she cannot use it.",
         "Needs email to apply for benefits."),
        ("Video call my grandchildren", "Renew my prescriptions online", "Set up an email address"),
        ("Book tech help at the library", "Borrow a tablet with internet", "Practise video calls with the volunteer"),
        ("Has a flip phone only.", "No internet at home.", "Keen to learn."),
        ("Tech help drop-in|Public library",),
    ),
    D.LEGAL: DomainText(
        ("Dispute with landlord over repairs.", "Disability support was refused.", "Wants to make a will."),
        ("Sort out the problem with my landlord", "Appeal the disability decision", "Get my will done"),
        ("Call the legal clinic for an intake", "Bring the letters to the appointment", "Book the wills clinic"),
        ("Appeal deadline in 30 days.", "Has all letters in a folder.", "No lawyer."),
        ("Legal clinic|Community legal clinic",),
    ),
    D.EMPLOYMENT_LEARNING: DomainText(
        ("Out of work since the mill closed.", "Wants to volunteer to have a reason to get up.",
         "Never finished high school; wants to upgrade."),
        ("Find part-time work", "Volunteer somewhere a couple of mornings a week", "Get my high school diploma"),
        ("Meet the employment counsellor", "Update the résumé", "Call volunteer matching about the food bank"),
        ("Worked 30 years at the mill.", "Good with his hands.", "Reads slowly; embarrassed about it."),
        ("Job search help|Employment centre", "Volunteer matching|Employment centre"),
    ),
    D.ARTS_CULTURE: DomainText(
        ("Used to paint; stopped after her stroke.", "Loves music; nowhere to play anymore.",
         "Wants a creative outlet."),
        ("Start painting again", "Join a choir", "Go to the book club", "Get back to knitting with other people"),
        ("Try the open studio on Wednesday", "Visit the book club at the library", "Bring her own brushes the first time"),
        ("Right hand weaker since the stroke.", "Played fiddle for 40 years.", "Reads a lot."),
        ("Community open studio|Arts collective", "Book club|Public library"),
    ),
    D.OTHER: DomainText(
        ("Needs help with several things at once; doctor unsure where to start.",),
        ("Get my paperwork in order",), ("Go through the pile of letters together",),
        ("Lots of small worries.",), ("211 Ontario|211",),
    ),
}

FR: dict[D, DomainText] = {
    D.INCOME: DomainText(
        ("A du mal à payer ses comptes depuis le décès de son mari ; ne connaît pas ses droits.",
         "Revenu en baisse depuis la mise à pied à la scierie ; retard sur le compte d'électricité.",
         "N'a pas fait ses impôts depuis trois ans ; le supplément de revenu garanti a cessé."),
        ("Faire mes impôts pour ravoir le supplément", "Arrêter de m'inquiéter pour le compte d'Hydro",
         "Savoir si j'ai droit à de l'aide", "Avoir assez d'argent à la fin du mois pour l'épicerie"),
        ("Réserver à la clinique d'impôt gratuite", "Rassembler les feuillets de l'an dernier",
         "Appeler le bureau d'aide au revenu avec l'intervenante", "Faire le budget ensemble"),
        ("Retard d'environ 600 $ sur l'électricité.", "Ne reçoit pas le SRG.", "Seul revenu : RRQ."),
        ("Clinique d'impôt gratuite|Bibliothèque publique", "Aide au revenu|Services sociaux du district"),
    ),
    D.HOUSING: DomainText(
        ("Le propriétaire veut reprendre le logement ; ne sait pas où aller.", "Maison froide ; la fournaise lâche.",
         "Vit dans une roulotte chez un ami depuis le printemps."),
        ("Rester dans mon logement", "Faire réparer la fournaise avant l'hiver", "Trouver un logement plus près du village",
         "Faire installer des barres d'appui pour rester chez moi"),
        ("Appeler la clinique juridique", "Faire une demande à la coopérative d'habitation",
         "Demander la réparation par écrit au propriétaire"),
        ("Avis de reprise reçu.", "Fournaise de plus de 30 ans.", "Les escaliers sont difficiles."),
        ("Logement abordable|Coopérative d'habitation", "Aide au logement|Services sociaux du district"),
    ),
    D.FOOD_SECURITY: DomainText(
        ("Saute des repas à la fin du mois.", "A perdu du poids depuis qu'elle vit seule ; cuisine peu.",
         "Diabétique ; trouve la nourriture santé trop chère."),
        ("Manger un vrai repas chaque jour", "Apprendre des recettes simples pour une personne",
         "Avoir de quoi manger à la fin du mois", "Recevoir des repas pendant ma convalescence"),
        ("S'inscrire aux cuisines collectives", "Demander un panier au dépannage alimentaire",
         "S'inscrire à la popote roulante", "Réserver le transport collectif pour l'épicerie"),
        ("Utilise le dépannage chaque mois.", "L'épicerie est à 40 km.", "Se fatigue vite en cuisinant."),
        ("Dépannage alimentaire|Banque alimentaire", "Popote roulante|Centre des aînés"),
    ),
    D.SOCIAL_ISOLATION: DomainText(
        ("Vit seul depuis le décès de sa femme ; dit ne parler à personne de la semaine.",
         "Arrivée récemment dans la région ; ne connaît personne.", "Ne sort plus depuis une chute l'hiver dernier."),
        ("Aimerait reprendre le tricot au centre communautaire", "Avoir quelqu'un à qui parler deux fois par semaine",
         "Sortir de la maison au moins une fois par semaine", "Retourner aux dîners de l'Âge d'or",
         "Me faire des amies au village"),
        ("Appeler le Club de l'Âge d'or", "Aller au cercle de tricot avec l'intervenante la première fois",
         "Demander une visite d'amitié", "Réserver le transport pour le mardi"),
        ("Se sent seule la plupart des jours ; sa fille vit à Montréal.", "N'a plus de voiture.",
         "Était très active à la paroisse."),
        ("Visites d'amitié|Voisins solidaires", "Dîners communautaires|Club de l'Âge d'or"),
    ),
    D.MENTAL_WELLBEING: DomainText(
        ("Moral bas depuis la retraite ; le médecin suggère des activités.",
         "Anxieux depuis l'accident ; dort mal.", "En deuil et replié sur lui-même."),
        ("Être moins sur les nerfs", "Mieux dormir", "Retrouver quelque chose qui me fait plaisir",
         "Parler à des gens qui comprennent"),
        ("Essayer la ligne d'écoute du soir", "Aller à la chorale le lundi", "Marcher avec le club deux fois par semaine"),
        ("A un médecin de famille.", "Les matins sont les plus difficiles.", "Pas en crise."),
        ("Ligne d'écoute du soir|Soutien par les pairs", "Chorale communautaire|Centre culturel"),
    ),
    D.PHYSICAL_ACTIVITY: DomainText(
        ("Le médecin veut qu'il bouge plus après son infarctus.", "Douleurs aux genoux ; veut bouger davantage.",
         "Équilibre fragile ; deux chutes cette année."),
        ("Marcher jusqu'au bureau de poste sans m'arrêter", "Devenir plus forte pour ne plus tomber",
         "Retourner à la piscine", "Pouvoir jouer avec mes petits-enfants"),
        ("Essayer le yoga sur chaise", "Aller à l'aquaforme le mardi", "Marcher avec le club le lundi",
         "Emprunter des raquettes à l'aréna"),
        ("Utilise une canne dehors.", "Exercice permis par l'infirmière praticienne.", "Jouait au pickleball."),
        ("Yoga sur chaise|Loisirs municipaux", "Club de marche|Centre de santé communautaire"),
    ),
    D.CAREGIVER_SUPPORT: DomainText(
        ("Prend soin de son mari atteint d'Alzheimer ; épuisée.", "S'occupe de sa mère et travaille à temps plein.",
         "Fils handicapé ; aucun répit depuis des années."),
        ("Avoir quelques heures pour moi chaque semaine", "Parler à d'autres proches aidants",
         "Avoir un plan s'il m'arrive quelque chose", "Garder papa à la maison le plus longtemps possible"),
        ("Appeler Proches aidants pour le répit à domicile", "Essayer le groupe de soutien par téléphone",
         "Prendre rendez-vous à la clinique d'information juridique"),
        ("Proche aidante jour et nuit.", "Pas d'autre famille proche.", "Se sent coupable de demander de l'aide."),
        ("Répit à domicile|Proches aidants Trois-Lacs", "Groupe de soutien|Proches aidants Trois-Lacs"),
    ),
    D.NEWCOMER_SETTLEMENT: DomainText(
        ("Nouvellement arrivé avec un permis de travail ; la famille l'a rejoint le mois dernier.",
         "Famille réfugiée qui s'installe ; a besoin d'aide pour les démarches."),
        ("Améliorer mon français pour parler au médecin", "Faire reconnaître mon diplôme",
         "Rencontrer d'autres familles", "Inscrire les enfants à l'école"),
        ("S'inscrire au centre d'accueil", "Commencer les ateliers de francisation", "Obtenir une carte de bibliothèque"),
        ("Arrivée il y a huit mois.", "Carte d'assurance maladie reçue.", "Le conjoint travaille de nuit."),
        ("Services d'établissement|Centre d'accueil", "Ateliers de francisation|Centre d'accueil"),
    ),
    D.TRANSPORTATION: DomainText(
        ("Pas de voiture ; manque des rendez-vous.", "A perdu son permis pour raison médicale.",
         "Vit dans un rang sans transport collectif."),
        ("Aller à mes rendez-vous sans toujours demander au voisin", "Faire mon épicerie moi-même",
         "Pouvoir aller aux dîners du mardi"),
        ("S'inscrire au transport collectif", "Faire la demande de transport adapté", "Demander l'accompagnement bénévole"),
        ("Vit à 25 km du village.", "A besoin d'aide pour monter dans l'autobus.", "Le voisin conduit quand il peut."),
        ("Transport collectif|Transport du Lac-Ombre", "Accompagnement aux rendez-vous|Voisins solidaires"),
    ),
    D.DIGITAL_ACCESS: DomainText(
        ("Ne peut pas prendre ses rendez-vous en ligne.", "Ses petits-enfants lui ont donné une tablette ; ne sait pas s'en servir."),
        ("Faire des appels vidéo avec mes petits-enfants", "Renouveler mes prescriptions en ligne",
         "Avoir une adresse courriel"),
        ("S'inscrire aux ateliers numériques", "Réserver l'aide numérique à la bibliothèque"),
        ("N'a qu'un téléphone à clapet.", "Pas d'internet à la maison.", "Motivée à apprendre."),
        ("Ateliers numériques|Centre Emploi-Avenir", "Aide numérique|Bibliothèque publique"),
    ),
    D.LEGAL: DomainText(
        ("Conflit avec le propriétaire pour des réparations.", "Veut faire un testament et un mandat de protection."),
        ("Régler le problème avec mon propriétaire", "Faire mon testament", "Comprendre mes droits"),
        ("Prendre rendez-vous à la clinique d'information juridique", "Apporter les lettres au rendez-vous"),
        ("A gardé toutes les lettres.", "Pas d'avocat.", "Délai de 30 jours."),
        ("Clinique d'information juridique|Centre Emploi-Avenir",),
    ),
    D.EMPLOYMENT_LEARNING: DomainText(
        ("Sans emploi depuis la fermeture de la scierie.", "Veut faire du bénévolat pour avoir une raison de se lever.",
         "N'a pas terminé son secondaire."),
        ("Trouver un emploi à temps partiel", "Faire du bénévolat deux matins par semaine", "Finir mon secondaire"),
        ("Rencontrer la conseillère en emploi", "Refaire le CV", "Appeler pour le jumelage bénévole"),
        ("A travaillé 30 ans à la scierie.", "Habile de ses mains.", "Lit lentement ; en est gêné."),
        ("Retour aux études et emploi|Centre Emploi-Avenir", "Jumelage bénévole|Centre Emploi-Avenir"),
    ),
    D.ARTS_CULTURE: DomainText(
        ("Peignait avant son AVC.", "Adore la musique ; ne joue plus.", "Cherche une activité créative."),
        ("Recommencer à peindre", "Chanter dans une chorale", "Aller aux veillées de musique",
         "Reprendre le tricot avec d'autres"),
        ("Essayer la chorale le lundi", "Aller à l'atelier d'artisanat le mercredi", "Apporter son violon à la veillée"),
        ("Main droite plus faible depuis l'AVC.", "Joue du violon depuis 40 ans.", "Lit beaucoup."),
        ("Chorale communautaire|Centre culturel", "Ateliers d'artisanat|Centre culturel"),
    ),
    D.OTHER: DomainText(
        ("A besoin d'aide pour plusieurs choses ; le médecin ne sait pas par où commencer.",),
        ("Mettre de l'ordre dans mes papiers",), ("Trier les lettres ensemble",),
        ("Beaucoup de petits soucis.",), ("211 Québec|211",),
    ),
}


def domain_text(language: str, domain: D) -> DomainText:
    return (FR if language == "fr" else EN)[domain]
