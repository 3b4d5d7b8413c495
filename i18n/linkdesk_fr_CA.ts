<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="43"/>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="46"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="47"/>
        <source>Sync now (F5)</source>
        <translation>Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="59"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="65"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n modification pas encore synchronisée</numerusform>
            <numerusform>%n modifications pas encore synchronisées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="67"/>
        <source>Everything synced</source>
        <translation>Tout est synchronisé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="70"/>
        <source>Working offline — changes are saved on this laptop</source>
        <translation>Travail hors ligne — les modifications sont enregistrées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="73"/>
        <source>Saved on this laptop</source>
        <translation>Enregistré sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="178"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="55"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="56"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="57"/>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="58"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="59"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="164"/>
        <source>No contact yet</source>
        <translation>Aucun contact encore</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/models/caseload_model.py" line="165"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="176"/>
        <source>None scheduled</source>
        <translation>Aucun prévu</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="36"/>
        <source>Caseload</source>
        <translation>Charge de cas</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="39"/>
        <source>Name, preferred name or community</source>
        <translation>Nom, nom usuel ou communauté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="42"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="43"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="44"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="45"/>
        <source>Any need</source>
        <translation>Tous les besoins</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="46"/>
        <source>&amp;Need domain</source>
        <translation>&amp;Domaine de besoin</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="48"/>
        <source>&amp;Overdue only</source>
        <translation>En retard seu&amp;lement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="49"/>
        <source>F&amp;lagged only</source>
        <translation>Avec &amp;signalement seulement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="56"/>
        <source>Number of people found</source>
        <translation>Nombre de personnes trouvées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="58"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="71"/>
        <source>People in the caseload</source>
        <translation>Personnes de la charge de cas</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="93"/>
        <source>No one matches. Clear the search or filters, or start a new referral with Ctrl+N.</source>
        <translation>Personne ne correspond. Effacez la recherche ou les filtres, ou commencez une nouvelle demande avec Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/caseload_view.py" line="138"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="28"/>
        <source>baseline %1, follow-up %2</source>
        <translation>départ %1, suivi %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="33"/>
        <source>Chart of baseline and follow-up answers</source>
        <translation>Graphique des réponses de départ et de suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="60"/>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="61"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="38"/>
        <source>Changed in two places</source>
        <translation>Modifié à deux endroits</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="39"/>
        <source>Kept for now: %1 — by %2, %3</source>
        <translation>Conservé pour l’instant : %1 — par %2, %3</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="50"/>
        <source>Other value: %1 — by %2, %3</source>
        <translation>Autre valeur : %1 — par %2, %3</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="63"/>
        <source>Open person</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="69"/>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="73"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="75"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="80"/>
        <source>The record was deleted, so this change could not be applied.</source>
        <translation>Le dossier a été supprimé : cette modification n’a donc pas pu être appliquée.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="82"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="90"/>
        <source>you on this laptop</source>
        <translation>vous, sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="90"/>
        <source>you on another device</source>
        <translation>vous, sur un autre appareil</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="92"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="93"/>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="100"/>
        <source>Edit the value</source>
        <translation>Modifier la valeur</translation>
    </message>
</context>
<context>
    <name>ConnectCard</name>
    <message>
        <location filename="../linkdesk/ui/views/sync/connect_card.py" line="24"/>
        <source>Regional server</source>
        <translation>Serveur régional</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/connect_card.py" line="33"/>
        <source>Connect to your organisation&apos;s server to sync your caseload. The records already on this laptop are sent to the server as yours.</source>
        <translation>Connectez-vous au serveur de votre organisme pour synchroniser votre charge de cas. Les dossiers déjà présents sur cet ordinateur sont envoyés au serveur à votre nom.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/connect_card.py" line="46"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/connect_card.py" line="61"/>
        <source>This laptop is connected to %1 as %2. See the Sync page for details.</source>
        <translation>Cet ordinateur est connecté à %1 en tant que %2. Consultez la page Synchronisation pour les détails.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/connect_card.py" line="78"/>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/connect_card.py" line="85"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/connect_card.py" line="93"/>
        <source>Connected as %1. Syncing now; this laptop&apos;s records are on their way.</source>
        <translation>Connecté en tant que %1. Synchronisation en cours : les dossiers de cet ordinateur sont en route.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="211"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="213"/>
        <source>Ask about each purpose separately. Without consent to keep and sync, the record stays on this laptop only and nothing can be sent to a service.</source>
        <translation>Demandez pour chaque fin séparément. Sans consentement à conserver et synchroniser, le dossier reste sur cet ordinateur seulement et rien ne peut être envoyé à un service.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="229"/>
        <source>How consent was given: %1</source>
        <translation>Comment le consentement a été donné : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="235"/>
        <source>&amp;Partner organisation (for sharing with a partner)</source>
        <translation>Organisme &amp;partenaire (pour le partage avec un partenaire)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="84"/>
        <source>Team dashboard</source>
        <translation>Tableau de bord de l’équipe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="106"/>
        <source>No workers to show yet. Sync this laptop and refresh the team from the server.</source>
        <translation>Aucun intervenant à afficher pour le moment. Synchronisez ce portable et actualisez l’équipe à partir du serveur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="110"/>
        <source>Choose a number to see the people behind it.</source>
        <translation>Choisissez un nombre pour voir les personnes qu’il représente.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="114"/>
        <source>People behind the number</source>
        <translation>Personnes représentées par le nombre</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="122"/>
        <source>Worker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="122"/>
        <source>Laptop last synced</source>
        <translation>Dernière synchronisation du portable</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="142"/>
        <source>Unknown worker</source>
        <translation>Intervenant inconnu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="144"/>
        <source>%1 (no longer in the team)</source>
        <translation>%1 (ne fait plus partie de l’équipe)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="154"/>
        <source>Show the people</source>
        <translation>Afficher les personnes</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../linkdesk/ui/formatting.py" line="48"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/formatting.py" line="50"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/formatting.py" line="52"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/formatting.py" line="53"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="62"/>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="69"/>
        <source>For example: food bank, walking group, income tax</source>
        <translation>Par exemple : banque alimentaire, club de marche, impôts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="71"/>
        <source>&amp;Search services</source>
        <translation>&amp;Rechercher des services</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="73"/>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="74"/>
        <source>Cate&amp;gory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="76"/>
        <source>Any community</source>
        <translation>Toutes les communautés</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="77"/>
        <source>Co&amp;mmunity</source>
        <translation>Co&amp;mmunauté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="83"/>
        <source>Services found</source>
        <translation>Services trouvés</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="88"/>
        <source>No services match. Try fewer words, or another category or community.</source>
        <translation>Aucun service ne correspond. Essayez moins de mots, ou une autre catégorie ou communauté.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="112"/>
        <source>Suggest a correction…</source>
        <translation>Suggérer une correction…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="114"/>
        <source>Prescribe for a person…</source>
        <translation>Prescrire pour une personne…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="120"/>
        <source>Choose a service to see its details.</source>
        <translation>Choisissez un service pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="129"/>
        <source>Choose a service to prescribe for the person you came from.</source>
        <translation>Choisissez un service à prescrire pour la personne dont vous venez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/directory_view.py" line="162"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="219"/>
        <source>Suggest a correction</source>
        <translation>Suggérer une correction</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="220"/>
        <source>Send to the directory steward</source>
        <translation>Envoyer au responsable du répertoire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="222"/>
        <source>Your suggestion about %1 is kept for the directory steward to check.</source>
        <translation>Votre suggestion sur %1 est conservée pour vérification par le responsable du répertoire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="227"/>
        <source>What should change?</source>
        <translation>Que faudrait-il changer?</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="27"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="31"/>
        <source>Someone with a similar name and date of birth is already on this laptop. Check before creating a new record.</source>
        <translation>Une personne au nom et à la date de naissance semblables se trouve déjà sur cet ordinateur. Vérifiez avant de créer un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="39"/>
        <source>date of birth not recorded</source>
        <translation>date de naissance non notée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="42"/>
        <source>Use this person</source>
        <translation>Choisir cette personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="43"/>
        <source>Use this person: %1</source>
        <translation>Choisir cette personne : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="48"/>
        <source>No, this is a new person</source>
        <translation>Non, c’est une nouvelle personne</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="142"/>
        <source>That passphrase did not open LinkDesk. Check it and try again.</source>
        <translation>Cette phrase de passe n’a pas ouvert LinkDesk. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="145"/>
        <source>Too many wrong passphrases. Wait a little and try again.</source>
        <translation>Trop de phrases de passe erronées. Patientez un peu et réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="148"/>
        <source>After too many wrong passphrases this laptop&apos;s key was destroyed. Synced records are safe on the regional server: ask your administrator to enrol this laptop again.</source>
        <translation>Après trop de phrases de passe erronées, la clé de cet ordinateur a été détruite. Les dossiers synchronisés sont en sécurité sur le serveur régional : demandez à votre administrateur d’inscrire de nouveau cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="153"/>
        <source>The LinkDesk key file was altered or damaged, so it will not be used. Contact support.</source>
        <translation>Le fichier de clé de LinkDesk a été modifié ou endommagé; il ne sera pas utilisé. Communiquez avec le soutien.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="156"/>
        <source>This computer has no secure keyring LinkDesk can use.</source>
        <translation>Cet ordinateur n’a aucun trousseau sécurisé utilisable par LinkDesk.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="159"/>
        <source>This laptop&apos;s device secret is missing from the keyring. Ask your administrator to enrol it again.</source>
        <translation>Le secret d’appareil de cet ordinateur est absent du trousseau. Demandez à votre administrateur de l’inscrire de nouveau.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="163"/>
        <source>Choose a longer passphrase.</source>
        <translation>Choisissez une phrase de passe plus longue.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="164"/>
        <source>The database failed its integrity check. Nothing was changed. Contact support.</source>
        <translation>La base de données a échoué à la vérification d’intégrité. Rien n’a été modifié. Communiquez avec le soutien.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="167"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>La base de données est occupée. Réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="168"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein, rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="171"/>
        <source>That record no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="172"/>
        <source>The person has not given the consent this needs. Record their consent first.</source>
        <translation>La personne n’a pas donné le consentement nécessaire. Notez d’abord son consentement.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="175"/>
        <source>This instrument has no recorded licence, so it cannot be used.</source>
        <translation>Cet instrument n’a pas de licence enregistrée; il ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="178"/>
        <source>That change of status is not possible from here.</source>
        <translation>Ce changement de statut n’est pas possible à cette étape.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="179"/>
        <source>That file could not be read as a directory.</source>
        <translation>Ce fichier n’a pas pu être lu comme répertoire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="180"/>
        <source>Something went wrong. What you typed is still here; try again.</source>
        <translation>Un problème est survenu. Votre saisie est conservée; réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="186"/>
        <source>Choose a level for this need first, or choose another need.</source>
        <translation>Choisissez d&apos;abord un niveau pour ce besoin, ou choisissez un autre besoin.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="189"/>
        <location filename="../linkdesk/ui/texts.py" line="190"/>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="191"/>
        <source>This is too long.</source>
        <translation>C’est trop long.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="192"/>
        <source>This date cannot be in the future.</source>
        <translation>Cette date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="193"/>
        <source>Choose today or a later date.</source>
        <translation>Choisissez aujourd’hui ou une date ultérieure.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="194"/>
        <source>Check this date: it is too far in the past.</source>
        <translation>Vérifiez cette date : elle est trop lointaine.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="195"/>
        <source>This value is out of range.</source>
        <translation>Cette valeur est hors limites.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="196"/>
        <source>Enter a Canadian postal code like A1A 1A1.</source>
        <translation>Entrez un code postal canadien comme A1A 1A1.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="197"/>
        <source>Enter a 10-digit phone number.</source>
        <translation>Entrez un numéro de téléphone à 10 chiffres.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="198"/>
        <source>A phone number has only digits, spaces, dashes and brackets.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces, des tirets et des parenthèses.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="201"/>
        <source>Each need domain can appear only once.</source>
        <translation>Chaque domaine de besoin ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="202"/>
        <source>This consent was already withdrawn.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="203"/>
        <source>This note has already been corrected.</source>
        <translation>Cette note a déjà été corrigée.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="204"/>
        <source>This flag is already resolved.</source>
        <translation>Ce signalement est déjà résolu.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="205"/>
        <source>This case is already closed.</source>
        <translation>Ce dossier est déjà fermé.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="206"/>
        <source>This case is not closed.</source>
        <translation>Ce dossier n’est pas fermé.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="207"/>
        <source>This is no longer open.</source>
        <translation>Ce n’est plus ouvert.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="208"/>
        <source>That service is not in the directory on this laptop.</source>
        <translation>Ce service n’est pas dans le répertoire de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="209"/>
        <source>This date is before the consent was given.</source>
        <translation>Cette date précède le consentement.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="210"/>
        <source>Enter the person&apos;s details.</source>
        <translation>Entrez les renseignements de la personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="225"/>
        <source>Please check what you entered.</source>
        <translation>Veuillez vérifier votre saisie.</translation>
    </message>
</context>
<context>
    <name>FollowUpStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="314"/>
        <source>First follow-up</source>
        <translation>Premier suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="314"/>
        <source>When and how you will next be in touch.</source>
        <translation>Quand et comment aura lieu le prochain contact.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="317"/>
        <source>&amp;Due on</source>
        <translation>&amp;Prévu le</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="319"/>
        <source>Ho&amp;w</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="321"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="29"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="34"/>
        <source>Schedule follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="45"/>
        <source>Scheduled follow-ups</source>
        <translation>Suivis prévus</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="49"/>
        <source>Nothing scheduled. Use Schedule follow-up to plan the next contact.</source>
        <translation>Rien de prévu. Utilisez Planifier un suivi pour prévoir le prochain contact.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="54"/>
        <source>Contact notes</source>
        <translation>Notes de contact</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="56"/>
        <source>No notes yet. Add one after each contact.</source>
        <translation>Aucune note pour l’instant. Ajoutez-en une après chaque contact.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="61"/>
        <source>Earlier follow-ups</source>
        <translation>Suivis antérieurs</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="73"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="81"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="83"/>
        <source>Reschedule…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="87"/>
        <source>Complete with note…</source>
        <translation>Terminer avec une note…</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="100"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="103"/>
        <source>Corrected by a later note</source>
        <translation>Corrigée par une note ultérieure</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="105"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="111"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../linkdesk/ui/widgets/form_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GoalBox</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="24"/>
        <source>Goal %1, in the person&apos;s words</source>
        <translation>Objectif %1, dans les mots de la personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="28"/>
        <source>Domain of goal %1</source>
        <translation>Domaine de l’objectif %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="30"/>
        <source>Importance to the person (0-10)</source>
        <translation>Importance pour la personne (0 à 10)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="32"/>
        <source>Confidence (0-10)</source>
        <translation>Confiance (0 à 10)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="34"/>
        <source>First steps</source>
        <translation>Premières étapes</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="60"/>
        <source>First goals</source>
        <translation>Premiers objectifs</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="61"/>
        <source>One to three goals is usual. Leave a goal empty to skip it.</source>
        <translation>Un à trois objectifs, c’est habituel. Laissez un objectif vide pour le sauter.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="67"/>
        <source>&amp;Add another goal</source>
        <translation>Ajouter un autre ob&amp;jectif</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="19"/>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="29"/>
        <source>No goals yet. Add one in the person&apos;s own words with Add goal.</source>
        <translation>Aucun objectif pour l’instant. Ajoutez-en un dans les mots de la personne avec Ajouter un objectif.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="46"/>
        <source>importance %1/10</source>
        <translation>importance %1/10</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="48"/>
        <source>confidence %1/10</source>
        <translation>confiance %1/10</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="50"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="53"/>
        <source>Steps: %1</source>
        <translation>Étapes : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="55"/>
        <source>Review %1: GAS %2</source>
        <translation>Révision du %1 : GAS %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="58"/>
        <source>Review goal…</source>
        <translation>Réviser l’objectif…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="59"/>
        <source>Review goal: %1</source>
        <translation>Réviser l’objectif : %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="42"/>
        <source>Hand over %1</source>
        <translation>Transférer %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="51"/>
        <source>The person and all their records move to the worker you choose. Anything the current worker&apos;s laptop has not sent yet is kept and reaches the new worker; then the person leaves that laptop. This needs a connection to the server.</source>
        <translation>La personne et tous ses dossiers passent à l’intervenant que vous choisissez. Ce que le portable de l’intervenant actuel n’a pas encore envoyé est conservé et parvient au nouvel intervenant; la personne quitte ensuite ce portable. Une connexion au serveur est nécessaire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="61"/>
        <source>&amp;New worker</source>
        <translation>&amp;Nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="71"/>
        <source>Hand over</source>
        <translation>Transférer</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="56"/>
        <source>New referral</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="96"/>
        <source>Referral</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="97"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="98"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="99"/>
        <source>What matters</source>
        <translation>Ce qui compte</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="100"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="101"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="108"/>
        <source>Step %1 of 6: %2</source>
        <translation>Étape %1 sur 6 : %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="117"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="120"/>
        <source>Start another</source>
        <translation>En commencer une autre</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="121"/>
        <source>Keep this intake as a draft and start a new one</source>
        <translation>Garder cette admission comme brouillon et en commencer une nouvelle</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="125"/>
        <source>Save draf&amp;t</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="142"/>
        <source>&amp;Save and finish</source>
        <translation>&amp;Enregistrer et terminer</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="126"/>
        <source>Keep what is typed and finish later (Ctrl+S)</source>
        <translation>Garder la saisie et terminer plus tard (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="129"/>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="142"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="164"/>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="301"/>
        <source>Enter the person&apos;s first name.</source>
        <translation>Entrez le prénom de la personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="199"/>
        <source>This referral will be added to the existing record of %1.</source>
        <translation>Cette demande sera ajoutée au dossier existant de %1.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="35"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="16"/>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="17"/>
        <source>Nurse practitioner</source>
        <translation>Infirmière praticienne ou infirmier praticien</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="18"/>
        <source>Nurse</source>
        <translation>Infirmière ou infirmier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="19"/>
        <source>Pharmacist</source>
        <translation>Pharmacien ou pharmacienne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="20"/>
        <source>Dietitian</source>
        <translation>Diététiste</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="21"/>
        <source>Social service agency</source>
        <translation>Organisme de services sociaux</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="22"/>
        <source>Community organisation</source>
        <translation>Organisme communautaire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="23"/>
        <source>Self-referral</source>
        <translation>Demande personnelle</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="25"/>
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="26"/>
        <source>Soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="27"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="29"/>
        <source>Keep and sync with the program</source>
        <translation>Conserver et synchroniser avec le programme</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="30"/>
        <source>Share with the referrer</source>
        <translation>Partager avec la personne qui oriente</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="31"/>
        <source>Share with a partner organisation</source>
        <translation>Partager avec un organisme partenaire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="32"/>
        <source>Evaluation and research</source>
        <translation>Évaluation et recherche</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="33"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="34"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="35"/>
        <source>Witnessed</source>
        <translation>Devant témoin</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="37"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="38"/>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="39"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="41"/>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="42"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="43"/>
        <source>Food security</source>
        <translation>Sécurité alimentaire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="44"/>
        <source>Social isolation and loneliness</source>
        <translation>Isolement social et solitude</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="45"/>
        <source>Mental wellbeing</source>
        <translation>Bien-être mental</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="46"/>
        <source>Physical activity</source>
        <translation>Activité physique</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="47"/>
        <source>Caregiver support</source>
        <translation>Soutien aux proches aidants</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="48"/>
        <source>Newcomer settlement</source>
        <translation>Établissement des nouveaux arrivants</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="49"/>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="50"/>
        <source>Digital access</source>
        <translation>Accès numérique</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="51"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="52"/>
        <source>Employment and learning</source>
        <translation>Emploi et formation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="53"/>
        <source>Arts and culture</source>
        <translation>Arts et culture</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="54"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="56"/>
        <source>No need</source>
        <translation>Aucun besoin</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="57"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="58"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="59"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="61"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="62"/>
        <source>Partly achieved</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="63"/>
        <source>Not achieved</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="64"/>
        <source>Discontinued</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="66"/>
        <source>Signpost</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="67"/>
        <source>Referral</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="68"/>
        <source>Drafted</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="69"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="70"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="71"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="72"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="73"/>
        <source>Attended</source>
        <translation>Présente</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="74"/>
        <source>Did not attend</source>
        <translation>Absente</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="75"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="76"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="77"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="78"/>
        <source>Fax</source>
        <translation>Télécopieur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="79"/>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="80"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="81"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="82"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="83"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="84"/>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="85"/>
        <source>Childcare</source>
        <translation>Garde d’enfants</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="87"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="88"/>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="89"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="90"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="91"/>
        <source>Text message</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="92"/>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="93"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="94"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="95"/>
        <source>Rescheduled</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="97"/>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="98"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="99"/>
        <source>Discharge</source>
        <translation>Fin de suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="101"/>
        <source>Goals met</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="102"/>
        <source>Moved away</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="103"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="104"/>
        <source>Transferred</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="105"/>
        <source>Deceased</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="107"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="108"/>
        <source>Safeguarding</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="109"/>
        <source>Lone-worker visit</source>
        <translation>Visite en solo</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="110"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="111"/>
        <source>Escalated</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="112"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="114"/>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="115"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="116"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="117"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="118"/>
        <source>Goal review</source>
        <translation>Révision d’objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="119"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="120"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="121"/>
        <source>Outcome measure</source>
        <translation>Mesure de résultats</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="122"/>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="123"/>
        <source>Case closed</source>
        <translation>Dossier fermé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="124"/>
        <source>Supervisor case review</source>
        <translation>Révision du dossier par la supervision</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="125"/>
        <source>Signed off</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="126"/>
        <source>Action needed</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="128"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="129"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>LeaseView</name>
    <message>
        <location filename="../linkdesk/ui/views/sync/lease_view.py" line="25"/>
        <source>Connect to keep using LinkDesk</source>
        <translation>Connectez-vous pour continuer à utiliser LinkDesk</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/lease_view.py" line="29"/>
        <source>This laptop has not reached the regional server for more than 14 days, so LinkDesk keeps the records closed until it does. Nothing has been lost: everything is still saved on this laptop. Connect to the internet; LinkDesk syncs and opens again by itself.</source>
        <translation>Cet ordinateur n’a pas joint le serveur régional depuis plus de 14 jours : LinkDesk garde donc les dossiers fermés jusqu’à ce qu’il y parvienne. Rien n’a été perdu : tout est encore enregistré sur cet ordinateur. Connectez-vous à Internet; LinkDesk se synchronise et se rouvre de lui-même.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/lease_view.py" line="38"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/lease_view.py" line="42"/>
        <source>Try to connect now</source>
        <translation>Essayer de se connecter maintenant</translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <location filename="../linkdesk/ui/views/sync/login_fields.py" line="19"/>
        <source>Server &amp;address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/login_fields.py" line="21"/>
        <source>&amp;Username</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/login_fields.py" line="24"/>
        <source>Pass&amp;word</source>
        <translation>M&amp;ot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="67"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="68"/>
        <source>&amp;New referral</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="70"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="76"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="77"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="78"/>
        <source>&amp;Refresh and sync now</source>
        <translation>&amp;Actualiser et synchroniser</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="81"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="82"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="83"/>
        <source>&amp;About LinkDesk</source>
        <translation>À &amp;propos de LinkDesk</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="102"/>
        <source>About LinkDesk</source>
        <translation>À propos de LinkDesk</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="103"/>
        <source>LinkDesk helps social prescribing link workers keep their caseload, offline first.</source>
        <translation>LinkDesk aide les agents de liaison en prescription sociale à gérer leur charge de cas, même hors ligne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="196"/>
        <source>This laptop was removed from the regional server, so LinkDesk erased its copy of the records and its keys. Records that had synced are safe on the server. To use LinkDesk here again, set it up and connect to your organisation&apos;s server.</source>
        <translation>Cet ordinateur a été retiré du serveur régional : LinkDesk a donc effacé sa copie des dossiers et ses clés. Les dossiers déjà synchronisés sont en sécurité sur le serveur. Pour utiliser LinkDesk ici de nouveau, configurez-le et connectez-vous au serveur de votre organisme.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="205"/>
        <source>You signed out of the regional server and this laptop&apos;s copy of the records was removed.</source>
        <translation>Vous vous êtes déconnecté du serveur régional et la copie des dossiers sur cet ordinateur a été supprimée.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="78"/>
        <source>Outcome measure</source>
        <translation>Mesure de résultats</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="83"/>
        <source>This wording is not a validated translation.</source>
        <translation>Ce libellé n’est pas une traduction validée.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="85"/>
        <source>Timepoint</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="103"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="110"/>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="121"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="121"/>
        <source>Save answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="133"/>
        <source>Choose an answer to go on.</source>
        <translation>Choisissez une réponse pour continuer.</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../linkdesk/ui/widgets/nav_rail.py" line="19"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="73"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="84"/>
        <source>No assessment yet. Record what matters with New assessment.</source>
        <translation>Aucune évaluation pour l’instant. Notez ce qui compte avec Nouvelle évaluation.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="88"/>
        <source>Assessed %1</source>
        <translation>Évaluation du %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="90"/>
        <source>What matters to the person</source>
        <translation>Ce qui compte pour la personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="91"/>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="92"/>
        <source>Interests</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="95"/>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="98"/>
        <source>Needs by domain</source>
        <translation>Besoins par domaine</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="100"/>
        <source>No needs recorded.</source>
        <translation>Aucun besoin noté.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="112"/>
        <source>Referral from %1</source>
        <translation>Demande : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="116"/>
        <source>received %1</source>
        <translation>reçue le %1</translation>
    </message>
</context>
<context>
    <name>NotAcceptedCard</name>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="123"/>
        <source>Not accepted by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="126"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="132"/>
        <source>What was sent: %1</source>
        <translation>Ce qui a été envoyé : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="136"/>
        <source>This laptop now shows what the server has. To change it again, open the person.</source>
        <translation>Cet ordinateur affiche maintenant ce que contient le serveur. Pour modifier de nouveau, ouvrez le dossier de la personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="142"/>
        <source>Open person</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/inbox.py" line="146"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="29"/>
        <source>Administer %1…</source>
        <translation>Administrer %1…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="45"/>
        <source>No outcome measures yet. Start with a baseline using Administer.</source>
        <translation>Aucune mesure de résultats pour l’instant. Commencez par une mesure de départ avec Administrer.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="61"/>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="67"/>
        <source>(lower is better)</source>
        <translation>(plus bas, c’est mieux)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="80"/>
        <source>A follow-up administration will show the change here.</source>
        <translation>Une passation de suivi montrera l’évolution ici.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/overview_tab.py" line="22"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/overview_tab.py" line="24"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien de noté pour l’instant.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/overview_tab.py" line="31"/>
        <source>Corrected by a later note</source>
        <translation>Corrigée par une note ultérieure</translation>
    </message>
</context>
<context>
    <name>PairedChart</name>
    <message>
        <location filename="../linkdesk/ui/views/reports/charts.py" line="84"/>
        <source>baseline %1, follow-up %2</source>
        <translation>départ %1, suivi %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/charts.py" line="108"/>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/charts.py" line="108"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="70"/>
        <source>Too short: use at least %n characters. Four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Trop courte : utilisez au moins %n caractère. Quatre mots sans lien ou plus sont faciles à retenir et difficiles à deviner.</numerusform>
            <numerusform>Trop courte : utilisez au moins %n caractères. Quatre mots sans lien ou plus sont faciles à retenir et difficiles à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="75"/>
        <source>Weak: avoid common words and repeated characters; add more words.</source>
        <translation>Faible : évitez les mots courants et les caractères répétés; ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="76"/>
        <source>Fair: a longer phrase (16 characters or more) would be stronger.</source>
        <translation>Moyenne : une phrase plus longue (16 caractères ou plus) serait plus solide.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="77"/>
        <source>Strong passphrase.</source>
        <translation>Phrase de passe solide.</translation>
    </message>
</context>
<context>
    <name>PersonDialogs</name>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="41"/>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="41"/>
        <source>Save goal</source>
        <translation>Enregistrer l’objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="44"/>
        <source>Goal, in the person&apos;s words</source>
        <translation>Objectif, dans les mots de la personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="46"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="48"/>
        <source>Importance to the person (0-10)</source>
        <translation>Importance pour la personne (0 à 10)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="50"/>
        <source>Confidence (0-10)</source>
        <translation>Confiance (0 à 10)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="52"/>
        <source>Target date (optional)</source>
        <translation>Date cible (facultatif)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="54"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="83"/>
        <source>Much less than expected</source>
        <translation>Beaucoup moins que prévu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="84"/>
        <source>Somewhat less than expected</source>
        <translation>Un peu moins que prévu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="85"/>
        <source>As expected</source>
        <translation>Comme prévu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="86"/>
        <source>Somewhat more than expected</source>
        <translation>Un peu plus que prévu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="87"/>
        <source>Much more than expected</source>
        <translation>Beaucoup plus que prévu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="98"/>
        <source>Review goal</source>
        <translation>Réviser l’objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="99"/>
        <source>Save review</source>
        <translation>Enregistrer la révision</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="104"/>
        <source>Goal Attainment Scaling</source>
        <translation>Échelle d’atteinte des objectifs (GAS)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="106"/>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="186"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="138"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="108"/>
        <source>Keep the goal active</source>
        <translation>Garder l’objectif actif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="115"/>
        <source>Close the goal: %1</source>
        <translation>Clore l’objectif : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="119"/>
        <source>Leave it closed (%1)</source>
        <translation>Le laisser clos (%1)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="121"/>
        <source>Reopen the goal</source>
        <translation>Rouvrir l’objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="122"/>
        <source>Goal status</source>
        <translation>Statut de l’objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="146"/>
        <source>New prescription</source>
        <translation>Nouvelle prescription</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="147"/>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="153"/>
        <source>From the directory: %1</source>
        <translation>Du répertoire : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="157"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="159"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="161"/>
        <source>Contact (phone, email or person)</source>
        <translation>Contact (téléphone, courriel ou personne)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="166"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="195"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="168"/>
        <source>A signpost gives the person the details; a referral passes their details on (needs consent).</source>
        <translation>Une orientation donne les coordonnées à la personne; une recommandation transmet ses renseignements (consentement requis).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="176"/>
        <source>Not linked to a goal</source>
        <translation>Liée à aucun objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="180"/>
        <source>For goal</source>
        <translation>Pour l’objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="182"/>
        <source>Barriers to getting there</source>
        <translation>Obstacles pour s’y rendre</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="209"/>
        <source>Send prescription</source>
        <translation>Envoyer la prescription</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="210"/>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="212"/>
        <source>Sending %1 checks the person&apos;s consent first.</source>
        <translation>L’envoi de %1 vérifie d’abord le consentement de la personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="217"/>
        <source>How it was sent</source>
        <translation>Mode d’envoi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="45"/>
        <source>Schedule a follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="46"/>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="50"/>
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="52"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="54"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="164"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="68"/>
        <source>Complete follow-up</source>
        <translation>Terminer le suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="69"/>
        <source>Save note and complete</source>
        <translation>Enregistrer la note et terminer</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="74"/>
        <source>What happened (contact note)</source>
        <translation>Ce qui s’est passé (note de contact)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="76"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="142"/>
        <source>How you were in touch</source>
        <translation>Mode de contact</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="79"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="143"/>
        <source>Time spent (minutes)</source>
        <translation>Temps consacré (minutes)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="80"/>
        <source>Schedule the next follow-up</source>
        <translation>Planifier le prochain suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="83"/>
        <source>Next follow-up on</source>
        <translation>Prochain suivi le</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="101"/>
        <source>Reschedule follow-up</source>
        <translation>Reporter le suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="102"/>
        <source>Reschedule</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="106"/>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="121"/>
        <source>Correct a note</source>
        <translation>Corriger une note</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="123"/>
        <source>Add a contact note</source>
        <translation>Ajouter une note de contact</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="125"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="129"/>
        <source>Notes are never changed. Your correction is saved as a new note; the original stays in the record, marked as corrected.</source>
        <translation>Les notes ne sont jamais modifiées. Votre correction est enregistrée comme nouvelle note; l’originale reste au dossier, marquée comme corrigée.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="159"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="160"/>
        <source>Record consent</source>
        <translation>Noter un consentement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="166"/>
        <source>How consent was given</source>
        <translation>Comment le consentement a été donné</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="170"/>
        <source>Partner organisation (for sharing with a partner)</source>
        <translation>Organisme partenaire (pour le partage avec un partenaire)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="187"/>
        <source>Raise a flag</source>
        <translation>Créer un signalement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="188"/>
        <source>Raise flag</source>
        <translation>Créer le signalement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="190"/>
        <source>Link workers do not provide crisis care: if someone is in danger, call 911.</source>
        <translation>Les agents de liaison n’offrent pas d’intervention de crise : si une personne est en danger, composez le 911.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="197"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="199"/>
        <source>What is the concern?</source>
        <translation>Quelle est la préoccupation?</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="200"/>
        <source>Escalate to my supervisor now</source>
        <translation>Signaler à ma superviseure ou mon superviseur maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="220"/>
        <source>Closing the case moves the person out of the active caseload and cancels %n scheduled follow-up(s). Their record is kept and the case can be reopened.</source>
        <translation>
            <numerusform>Fermer le dossier retire la personne de la charge de cas active et annule %n suivi prévu. Son dossier est conservé et peut être rouvert.</numerusform>
            <numerusform>Fermer le dossier retire la personne de la charge de cas active et annule %n suivis prévus. Son dossier est conservé et peut être rouvert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="229"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="230"/>
        <source>Close the case</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="235"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="237"/>
        <source>Closing summary</source>
        <translation>Résumé de fermeture</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="23"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="28"/>
        <source>Edit details…</source>
        <translation>Modifier les renseignements…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="29"/>
        <source>Consent…</source>
        <translation>Consentement…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="30"/>
        <source>Raise flag…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="31"/>
        <source>Close case…</source>
        <translation>Fermer le dossier…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="32"/>
        <source>Reopen case</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/header.py" line="66"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n modification pas encore synchronisée</numerusform>
            <numerusform>%n modifications pas encore synchronisées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="69"/>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="81"/>
        <source>born %1</source>
        <translation>née ou né le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="85"/>
        <source>speaks %1</source>
        <translation>parle %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="87"/>
        <source>needs an interpreter</source>
        <translation>a besoin d’un interprète</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="93"/>
        <source>in your caseload</source>
        <translation>dans votre charge de cas</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="95"/>
        <source>in %1&apos;s caseload</source>
        <translation>dans la charge de cas de %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="97"/>
        <source>assigned to another worker</source>
        <translation>confié à une autre personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="63"/>
        <source>No consent to keep and sync</source>
        <translation>Aucun consentement à conserver et synchroniser</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="22"/>
        <source>Choose a person</source>
        <translation>Choisir une personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="25"/>
        <source>Who is this for?</source>
        <translation>Pour qui?</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="27"/>
        <source>&amp;Search the caseload</source>
        <translation>&amp;Rechercher dans la charge de cas</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="28"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="32"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="129"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="130"/>
        <source>Only the first name is required; add what the person is happy to share.</source>
        <translation>Seul le prénom est obligatoire; ajoutez ce que la personne accepte de partager.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="136"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="138"/>
        <source>&amp;Preferred name</source>
        <translation>Nom &amp;usuel</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="134"/>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="140"/>
        <source>Pronoun&amp;s</source>
        <translation>Prono&amp;ms</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="145"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="147"/>
        <source>Leave blank if the person prefers not to say.</source>
        <translation>Laissez vide si la personne préfère ne pas le dire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="153"/>
        <source>Preferred l&amp;anguage</source>
        <translation>&amp;Langue préférée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="154"/>
        <source>Needs an &amp;interpreter</source>
        <translation>A besoin d’un &amp;interprète</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="157"/>
        <source>Phon&amp;e</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="159"/>
        <source>&amp;Community</source>
        <translation>&amp;Communauté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="161"/>
        <source>Postal c&amp;ode</source>
        <translation>C&amp;ode postal</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="166"/>
        <source>Safe contact notes</source>
        <translation>Consignes de contact sécuritaire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="168"/>
        <source>For example: do not leave messages.</source>
        <translation>Par exemple : ne pas laisser de message.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="67"/>
        <source>Parts of the record</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="87"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="88"/>
        <source>What matters &amp;&amp; needs</source>
        <translation>Ce qui compte &amp;&amp; besoins</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="89"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="90"/>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="91"/>
        <source>Follow-ups &amp;&amp; notes</source>
        <translation>Suivis &amp;&amp; notes</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="92"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="93"/>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="168"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="168"/>
        <source>Save assessment</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="205"/>
        <source>Edit details</source>
        <translation>Modifier les renseignements</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="205"/>
        <source>Save details</source>
        <translation>Enregistrer les renseignements</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="229"/>
        <source>Enter the person&apos;s first name.</source>
        <translation>Entrez le prénom de la personne.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="16"/>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="17"/>
        <source>Made with %1 on %2</source>
        <translation>Préparé avec %1 le %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="18"/>
        <source>What I want to work on</source>
        <translation>Ce sur quoi je veux travailler</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="19"/>
        <source>We have not written down goals yet.</source>
        <translation>Nous n’avons pas encore écrit d’objectifs.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="20"/>
        <source>My next steps</source>
        <translation>Mes prochaines étapes</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="21"/>
        <source>By %1</source>
        <translation>D’ici le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="22"/>
        <source>People and services that can help</source>
        <translation>Personnes et services qui peuvent aider</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="23"/>
        <source>No services yet.</source>
        <translation>Aucun service pour l’instant.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="24"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="25"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="26"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="27"/>
        <source>When we will talk next</source>
        <translation>Notre prochaine conversation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="28"/>
        <source>Your link worker will call you to set a time.</source>
        <translation>Votre agente ou agent de liaison vous appellera pour fixer un moment.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="29"/>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="30"/>
        <source>If something changes or you need help sooner, call your link worker.</source>
        <translation>Si quelque chose change ou si vous avez besoin d’aide plus tôt, appelez votre agente ou agent de liaison.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="25"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="28"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="32"/>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="40"/>
        <source>Plan preview</source>
        <translation>Aperçu du plan</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="46"/>
        <source>your link worker</source>
        <translation>votre agente ou agent de liaison</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="50"/>
        <source>Save plan as PDF</source>
        <translation>Enregistrer le plan en PDF</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="56"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="60"/>
        <source>Plan saved as %1</source>
        <translation>Plan enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>PrescriptionsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="22"/>
        <source>Find in directory</source>
        <translation>Chercher dans le répertoire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="25"/>
        <source>New prescription</source>
        <translation>Nouvelle prescription</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="36"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="37"/>
        <source>Mark received</source>
        <translation>Marquer reçue</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="38"/>
        <source>Mark accepted</source>
        <translation>Marquer acceptée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="39"/>
        <source>Mark declined</source>
        <translation>Marquer refusée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="40"/>
        <source>Mark attended</source>
        <translation>Marquer présente</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="41"/>
        <source>Mark did not attend</source>
        <translation>Marquer absente</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="42"/>
        <source>Mark completed</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="43"/>
        <source>Cancel prescription</source>
        <translation>Annuler la prescription</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="54"/>
        <source>No prescriptions yet. Find a service in the directory, or type one in.</source>
        <translation>Aucune prescription pour l’instant. Trouvez un service dans le répertoire ou saisissez-en un.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="65"/>
        <source>Stalled: no answer for 14 days or more</source>
        <translation>Bloquée : sans réponse depuis 14 jours ou plus</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="68"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
</context>
<context>
    <name>ReferralStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="84"/>
        <source>Referral</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="84"/>
        <source>Who referred the person, and why.</source>
        <translation>Qui a orienté la personne, et pourquoi.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="86"/>
        <source>Referral &amp;source</source>
        <translation>Sour&amp;ce de la demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="88"/>
        <source>Date &amp;received</source>
        <translation>Date de réce&amp;ption</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="90"/>
        <source>Referrer&apos;s n&amp;ame (optional)</source>
        <translation>&amp;Nom de la personne qui oriente (facultatif)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="93"/>
        <source>Referrer&apos;s &amp;organisation (optional)</source>
        <translation>&amp;Organisme qui oriente (facultatif)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="96"/>
        <source>Reason for referral</source>
        <translation>Motif de la demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="98"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="59"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="66"/>
        <source>Same day</source>
        <translation>Le jour même</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="67"/>
        <source>1 to 3 days</source>
        <translation>1 à 3 jours</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="68"/>
        <source>4 to 7 days</source>
        <translation>4 à 7 jours</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="69"/>
        <source>8 to 14 days</source>
        <translation>8 à 14 jours</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="70"/>
        <source>15 to 30 days</source>
        <translation>15 à 30 jours</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="71"/>
        <source>More than 30 days</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="77"/>
        <source>Life satisfaction</source>
        <translation>Satisfaction à l’égard de la vie</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="78"/>
        <source>Things done are worthwhile</source>
        <translation>Les choses faites en valent la peine</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="79"/>
        <source>Happiness yesterday</source>
        <translation>Bonheur hier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="80"/>
        <source>Anxiety yesterday</source>
        <translation>Anxiété hier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="81"/>
        <source>Total score</source>
        <translation>Score total</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="82"/>
        <source>Direct question: how often lonely</source>
        <translation>Question directe : fréquence de la solitude</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="83"/>
        <source>Sense of belonging</source>
        <translation>Sentiment d’appartenance</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="89"/>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="90"/>
        <source>Higher is better</source>
        <translation>Plus élevé, c’est mieux</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="115"/>
        <source>Referral source</source>
        <translation>Source de l’aiguillage</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="115"/>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="144"/>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="116"/>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="184"/>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="223"/>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="261"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="118"/>
        <source>Referrals by source</source>
        <translation>Aiguillages par source</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="122"/>
        <source>Referrals counted by the date each was received.</source>
        <translation>Aiguillages comptés selon leur date de réception.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="131"/>
        <source>Time from referral to first contact</source>
        <translation>Délai entre l’aiguillage et le premier contact</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="133"/>
        <source>Median: %1 days</source>
        <translation>Médiane : %1 jours</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="135"/>
        <source>Median: no contact yet</source>
        <translation>Médiane : aucun contact pour l’instant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="141"/>
        <source>Referrals received in the period: whole days from the date received to the first contact recorded. A contact dated before the referral counts as the same day.</source>
        <translation>Aiguillages reçus pendant la période : nombre de jours entiers entre la date de réception et le premier contact consigné. Un contact daté d’avant l’aiguillage compte comme le jour même.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="144"/>
        <source>Days to first contact</source>
        <translation>Jours avant le premier contact</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="147"/>
        <source>Contacted: %1 of %2 referrals; not contacted yet: %3</source>
        <translation>Contactés : %1 aiguillages sur %2; pas encore contactés : %3</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="158"/>
        <source>Needs by domain</source>
        <translation>Besoins par domaine</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="160"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="160"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="167"/>
        <source>People with a need in each domain, from each person&apos;s latest assessment dated in the period.</source>
        <translation>Personnes ayant un besoin dans chaque domaine, d’après la dernière évaluation de chaque personne datée de la période.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="170"/>
        <source>People assessed: %1</source>
        <translation>Personnes évaluées : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="187"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="188"/>
        <source>Made</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="189"/>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="190"/>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="191"/>
        <source>Completed of sent</source>
        <translation>Terminées parmi les envoyées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="198"/>
        <source>Prescriptions by status</source>
        <translation>Prescriptions par statut</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="203"/>
        <source>Prescriptions made in the period, by kind and by their status today.</source>
        <translation>Prescriptions faites pendant la période, par type et selon leur statut actuel.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="204"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="212"/>
        <source>Goals set, by status today</source>
        <translation>Objectifs fixés, par statut actuel</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="215"/>
        <source>Goals set and achieved</source>
        <translation>Objectifs fixés et atteints</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="217"/>
        <source>Goals set in the period, by their status today; and goals whose status became achieved in the period (they may have been set earlier).</source>
        <translation>Objectifs fixés pendant la période, selon leur statut actuel; et objectifs devenus atteints pendant la période (ils peuvent avoir été fixés plus tôt).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="222"/>
        <source>Status today</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="222"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="227"/>
        <source>Achieved in the period: %1; partly achieved: %2</source>
        <translation>Atteints pendant la période : %1; partiellement atteints : %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="238"/>
        <source>Contacts by mode</source>
        <translation>Contacts par mode</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="241"/>
        <source>People contacted: %1</source>
        <translation>Personnes contactées : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="242"/>
        <source>Time recorded: %1 h %2 min over %3 contacts (mean %4 min)</source>
        <translation>Temps consigné : %1 h %2 min pour %3 contacts (moyenne %4 min)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="250"/>
        <source>Contacts with no duration recorded (not in the time spent): %1</source>
        <translation>Contacts sans durée consignée (non compris dans le temps consacré) : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="256"/>
        <source>Contacts and time spent</source>
        <translation>Contacts et temps consacré</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="257"/>
        <source>Contacts (notes) that happened in the period; a corrected note counts once.</source>
        <translation>Contacts (notes) ayant eu lieu pendant la période; une note corrigée compte une seule fois.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="260"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="260"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="279"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="280"/>
        <source>Better when</source>
        <translation>Meilleur quand</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="281"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="282"/>
        <source>Mean baseline</source>
        <translation>Moyenne au départ</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="283"/>
        <source>Mean follow-up</source>
        <translation>Moyenne au suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="284"/>
        <source>Mean change</source>
        <translation>Changement moyen</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="285"/>
        <source>Improved</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="306"/>
        <source>Change in %1</source>
        <translation>Changement : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="311"/>
        <source>Pairs: each person&apos;s first baseline and their last follow-up or discharge in the period. Change is follow-up minus baseline; improved follows the direction that is better.</source>
        <translation>Paires : la première mesure de départ de chaque personne et sa dernière mesure de suivi ou de fin de service dans la période. Le changement est le suivi moins le départ; « amélioré » suit le sens qui est meilleur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/sections.py" line="318"/>
        <source>No one has both a baseline and a follow-up in this period yet. Record a follow-up measure from a person&apos;s Outcomes tab.</source>
        <translation>Personne n’a encore de mesure de départ et de suivi dans cette période. Consignez une mesure de suivi à partir de l’onglet Résultats d’une personne.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="102"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="106"/>
        <source>Figures for the people on this laptop: your own caseload, or your team&apos;s once a supervisor&apos;s laptop has synced. Exports hold numbers only, never names.</source>
        <translation>Chiffres pour les personnes sur cet ordinateur : votre propre charge de cas, ou celle de votre équipe une fois l’ordinateur d’une superviseure ou d’un superviseur synchronisé. Les exportations ne contiennent que des nombres, jamais de noms.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="114"/>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="128"/>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="133"/>
        <source>Whose people</source>
        <translation>Personnes de qui</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="129"/>
        <source>Everyone on this laptop</source>
        <translation>Tout le monde sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="131"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="132"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="143"/>
        <source>Show figures</source>
        <translation>Afficher les chiffres</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="148"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="149"/>
        <source>Export de-identified CSV…</source>
        <translation>Exporter en CSV dépersonnalisé…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="150"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="162"/>
        <source>The de-identified CSV hides every count under 5, and any other count that would let someone work a hidden one out from a total.</source>
        <translation>Le CSV dépersonnalisé masque tout nombre inférieur à 5, ainsi que tout autre nombre qui permettrait de retrouver un nombre masqué à partir d’un total.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="182"/>
        <source>The start date must be on or before the end date.</source>
        <translation>La date de début doit être antérieure ou égale à la date de fin.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="185"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="218"/>
        <source>My caseload</source>
        <translation>Ma charge de cas</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="220"/>
        <source>%1 (people: %2)</source>
        <translation>%1 (personnes : %2)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="228"/>
        <source>Your own caseload.</source>
        <translation>Votre propre charge de cas.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="229"/>
        <source>Everyone on this laptop (your team).</source>
        <translation>Tout le monde sur cet ordinateur (votre équipe).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="230"/>
        <source>One worker&apos;s people.</source>
        <translation>Les personnes d’une seule intervenante ou d’un seul intervenant.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="231"/>
        <source>The whole region.</source>
        <translation>Toute la région.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="234"/>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="238"/>
        <source>Counted: %1</source>
        <translation>Calculé : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="245"/>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="289"/>
        <source>Nothing to count in this period.</source>
        <translation>Rien à compter pour cette période.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="259"/>
        <source>Save de-identified CSV</source>
        <translation>Enregistrer le CSV dépersonnalisé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="259"/>
        <source>Save CSV</source>
        <translation>Enregistrer le CSV</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="269"/>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="291"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="276"/>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="286"/>
        <source>LinkDesk report</source>
        <translation>Rapport LinkDesk</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/reports/reports_view.py" line="295"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>ResolveFlagDialog</name>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="116"/>
        <source>Resolve flag</source>
        <translation>Clore le signalement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="117"/>
        <source>Resolve</source>
        <translation>Clore</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="119"/>
        <source>Say what was done. The worker sees the resolution on the person&apos;s record.</source>
        <translation>Indiquez ce qui a été fait. L’intervenant voit la résolution dans le dossier de la personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="122"/>
        <source>What was &amp;done</source>
        <translation>Ce qui a été &amp;fait</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dialogs.py" line="128"/>
        <source>Say what was done.</source>
        <translation>Indiquez ce qui a été fait.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="70"/>
        <source>Back to the team</source>
        <translation>Retour à l’équipe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="74"/>
        <source>Hand over to another worker…</source>
        <translation>Transférer à un autre intervenant…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="84"/>
        <source>Read only: changes to the record are made by the person&apos;s link worker.</source>
        <translation>Lecture seule : les modifications du dossier sont faites par l’agent de liaison de la personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="90"/>
        <source>Earlier reviews of this person</source>
        <translation>Révisions antérieures de cette personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="99"/>
        <source>Case review</source>
        <translation>Révision du dossier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="107"/>
        <source>&amp;Note to the worker</source>
        <translation>&amp;Note à l’intervenant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="109"/>
        <source>Required when action is needed. The worker sees it on the person&apos;s timeline.</source>
        <translation>Obligatoire lorsqu’une action est requise. L’intervenant la voit dans l’historique de la personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="128"/>
        <source>Sign off review</source>
        <translation>Approuver la révision</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="150"/>
        <source>Why this case is reviewed: %1</source>
        <translation>Motif de la révision : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="162"/>
        <source>This person is no longer on this laptop.</source>
        <translation>Cette personne n’est plus sur ce portable.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="174"/>
        <source>Worker: %1</source>
        <translation>Intervenant : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="174"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="175"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="176"/>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="185"/>
        <source>Refresh the team from the server to see who can take over.</source>
        <translation>Actualisez l’équipe à partir du serveur pour voir qui peut prendre le relais.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="200"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="203"/>
        <source>No open flags.</source>
        <translation>Aucun signalement ouvert.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="209"/>
        <source>Resolve…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="210"/>
        <source>Resolve flag: %1</source>
        <translation>Clore le signalement : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="216"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="218"/>
        <source>No goals yet.</source>
        <translation>Aucun objectif pour le moment.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="221"/>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="223"/>
        <source>stalled</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="226"/>
        <source>No prescriptions yet.</source>
        <translation>Aucune prescription pour le moment.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="229"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="234"/>
        <source>No follow-ups.</source>
        <translation>Aucun suivi.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="237"/>
        <source>Recent timeline</source>
        <translation>Historique récent</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="239"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’a encore été consigné.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="248"/>
        <source>No reviews of this person yet.</source>
        <translation>Aucune révision de cette personne pour le moment.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="252"/>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · par %3</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="254"/>
        <source>a supervisor</source>
        <translation>une superviseure ou un superviseur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="261"/>
        <source>Not yet: %1</source>
        <translation>Pas encore : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="277"/>
        <source>Say what the worker should do.</source>
        <translation>Indiquez ce que l’intervenant doit faire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/review_page.py" line="300"/>
        <source>Review signed. It reaches the worker with the next sync.</source>
        <translation>Révision approuvée. Elle parviendra à l’intervenant à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="29"/>
        <source>No more changes to this record will be sent to the program, and nothing can be sent to a service for this person.</source>
        <translation>Plus aucune modification de ce dossier ne sera envoyée au programme, et rien ne pourra être envoyé à un service pour cette personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="34"/>
        <source>No more updates will be shared with the person who referred them.</source>
        <translation>Plus aucune nouvelle ne sera communiquée à la personne qui l’a orientée.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="37"/>
        <source>Referrals that pass on this person&apos;s details can no longer be sent.</source>
        <translation>Les recommandations qui transmettent ses renseignements ne pourront plus être envoyées.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="40"/>
        <source>This person will be left out of evaluation and research exports.</source>
        <translation>Cette personne sera exclue des exportations d’évaluation et de recherche.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="59"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="62"/>
        <source>No consent recorded</source>
        <translation>Aucun consentement noté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="69"/>
        <source>Open flags</source>
        <translation>Signalements ouverts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="79"/>
        <source>given %1</source>
        <translation>donné le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="82"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="84"/>
        <source>Withdraw consent: %1</source>
        <translation>Retirer le consentement : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="95"/>
        <source>Escalate</source>
        <translation>Signaler à la supervision</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="98"/>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="106"/>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="107"/>
        <source>Withdraw consent to “%1”?</source>
        <translation>Retirer le consentement « %1 »?</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="117"/>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="118"/>
        <source>Resolve flag</source>
        <translation>Résoudre le signalement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/safety_section.py" line="123"/>
        <source>How it was resolved</source>
        <translation>Comment il a été résolu</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPanel</name>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="28"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="29"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="30"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="31"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="32"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="33"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="34"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="46"/>
        <source>Last verified %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="48"/>
        <source>Never verified: check before referring</source>
        <translation>Jamais vérifié : à confirmer avant d’orienter</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="50"/>
        <source>What it offers</source>
        <translation>Ce qui est offert</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="51"/>
        <source>Who can use it</source>
        <translation>Qui peut l’utiliser</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="52"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="53"/>
        <source>How to apply</source>
        <translation>Comment s’inscrire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="54"/>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="65"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="70"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="75"/>
        <source>Hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="80"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="84"/>
        <source>Web and email</source>
        <translation>Web et courriel</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="91"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="51"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="54"/>
        <source>Language and locking</source>
        <translation>Langue et verrouillage</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="59"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="62"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="65"/>
        <source>Lock after this many &amp;minutes without use</source>
        <translation>Verrouiller après ce nombre de &amp;minutes sans activité</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="67"/>
        <source>A warning appears two minutes before. Ctrl+L locks at once.</source>
        <translation>Un avertissement s’affiche deux minutes avant. Ctrl+L verrouille tout de suite.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="74"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="88"/>
        <location filename="../linkdesk/ui/views/settings_view.py" line="100"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="90"/>
        <source>&amp;Current passphrase</source>
        <translation>Phrase de passe ac&amp;tuelle</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="93"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="117"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/settings_view.py" line="130"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="133"/>
        <source>Changing…</source>
        <translation>Changement…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="140"/>
        <source>Passphrase changed. Use the new one next time you unlock.</source>
        <translation>Phrase de passe changée. Utilisez la nouvelle au prochain déverrouillage.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="41"/>
        <source>Set up LinkDesk on this laptop</source>
        <translation>Configurer LinkDesk sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="48"/>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase that only you know: you will type it each time you unlock LinkDesk. If it is forgotten, records that have not synced cannot be recovered.</source>
        <translation>Tout ce que vous saisissez est chiffré sur cet ordinateur. Choisissez une phrase de passe que vous seul connaissez : vous la taperez chaque fois que vous déverrouillerez LinkDesk. Si elle est oubliée, les dossiers non synchronisés ne pourront pas être récupérés.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="57"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="61"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Retapez-la</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="64"/>
        <source>Checking this computer&apos;s secure keyring…</source>
        <translation>Vérification du trousseau sécurisé de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="66"/>
        <source>Use passphrase-only mode (my organisation allows it)</source>
        <translation>Utiliser le mode phrase de passe seule (mon organisme l’autorise)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="75"/>
        <location filename="../linkdesk/ui/views/setup_view.py" line="207"/>
        <source>Create encrypted storage</source>
        <translation>Créer le stockage chiffré</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="111"/>
        <source>Connect to my organisation&apos;s server</source>
        <translation>Me connecter au serveur de mon organisme</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="119"/>
        <source>Your organisation gives you the server address, a username and a password. Your caseload is downloaded once the server accepts them.</source>
        <translation>Votre organisme vous fournit l’adresse du serveur, un nom d’utilisateur et un mot de passe. Votre charge de cas est téléchargée dès que le serveur les accepte.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="138"/>
        <source>This computer has a secure keyring. LinkDesk keeps a device secret there, so your data needs both this laptop and your passphrase to open.</source>
        <translation>Cet ordinateur a un trousseau sécurisé. LinkDesk y garde un secret d’appareil : vos données ne s’ouvrent qu’avec cet ordinateur et votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="148"/>
        <source>This computer has no secure keyring that LinkDesk can use. In passphrase-only mode your data is still encrypted, but it is protected by your passphrase alone: anyone who copies the files can try to guess it. Use it only if your organisation allows it, and choose a long passphrase.</source>
        <translation>Cet ordinateur n’a aucun trousseau sécurisé utilisable par LinkDesk. En mode phrase de passe seule, vos données restent chiffrées, mais elles ne sont protégées que par votre phrase de passe : quiconque copie les fichiers peut essayer de la deviner. N’utilisez ce mode que si votre organisme l’autorise, et choisissez une longue phrase de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/setup_view.py" line="167"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="172"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="177"/>
        <source>Tick passphrase-only mode to continue on this computer.</source>
        <translation>Cochez le mode phrase de passe seule pour continuer sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="187"/>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="191"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="195"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="206"/>
        <source>Connect and create encrypted storage</source>
        <translation>Se connecter et créer le stockage chiffré</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="14"/>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="16"/>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="18"/>
        <source>Start a new referral</source>
        <translation>Commencer une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="19"/>
        <source>Search the caseload (or the directory when it is open)</source>
        <translation>Rechercher dans la charge de cas (ou dans le répertoire s’il est ouvert)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="20"/>
        <source>Save the form you are in (an intake is kept as a draft)</source>
        <translation>Enregistrer le formulaire en cours (une admission est gardée comme brouillon)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="21"/>
        <source>Lock LinkDesk now</source>
        <translation>Verrouiller LinkDesk maintenant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="22"/>
        <source>Refresh and sync now</source>
        <translation>Actualiser et synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="23"/>
        <source>Go to Today, Caseload, New referral, Directory, Settings</source>
        <translation>Aller à Aujourd’hui, Charge de cas, Nouvelle demande, Répertoire, Paramètres</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="24"/>
        <source>Go to Reports</source>
        <translation>Aller aux Rapports</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="25"/>
        <source>Go to Team (supervisors)</source>
        <translation>Aller à Équipe (superviseurs)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="26"/>
        <source>Go to Sync</source>
        <translation>Aller à la Synchronisation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="27"/>
        <source>Move between fields</source>
        <translation>Passer d’un champ à l’autre</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="28"/>
        <source>Open the selected person or service</source>
        <translation>Ouvrir la personne ou le service choisi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="29"/>
        <source>Close a dialog without saving</source>
        <translation>Fermer une fenêtre sans enregistrer</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="32"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="32"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SnapshotCard</name>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="38"/>
        <source>Start from a file</source>
        <translation>Démarrer à partir d’un fichier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="41"/>
        <source>This laptop has not received your caseload yet. If your administrator gave you a caseload file (for example on a USB key), load it here: it is much quicker than downloading everything over a slow connection. The file is encrypted; this laptop unlocks it with a key from the server, so it must be connected.</source>
        <translation>Cet ordinateur n’a pas encore reçu votre charge de cas. Si votre administrateur vous a remis un fichier de charge de cas (par exemple sur une clé USB), chargez-le ici : c’est beaucoup plus rapide que de tout télécharger sur une connexion lente. Le fichier est chiffré; cet ordinateur le déverrouille avec une clé fournie par le serveur, il doit donc être connecté.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="49"/>
        <source>Load the caseload from a file (USB key)…</source>
        <translation>Importer la charge de cas à partir d’un fichier (clé USB)…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="79"/>
        <source>Loading the file… This can take a few minutes; keep LinkDesk open.</source>
        <translation>Importation du fichier… Cela peut prendre quelques minutes; gardez LinkDesk ouvert.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="88"/>
        <source>Choose the caseload file</source>
        <translation>Choisir le fichier de charge de cas</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="90"/>
        <source>LinkDesk caseload file (*.snap *.snapshot *.ldsnap);;All files (*)</source>
        <translation>Fichier de charge de cas LinkDesk (*.snap *.snapshot *.ldsnap);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="115"/>
        <source>Loaded %n record(s) from the file; this laptop is now up to date with the server.</source>
        <translation>
            <numerusform>%n dossier importé à partir du fichier; cet ordinateur est maintenant à jour avec le serveur.</numerusform>
            <numerusform>%n dossiers importés à partir du fichier; cet ordinateur est maintenant à jour avec le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="120"/>
        <source>Loaded %n record(s) from the file. What changed on the server since the file was made will arrive with the next sync; LinkDesk tries again by itself.</source>
        <translation>
            <numerusform>%n dossier importé à partir du fichier. Ce qui a changé sur le serveur depuis la préparation du fichier arrivera à la prochaine synchronisation; LinkDesk réessaie de lui-même.</numerusform>
            <numerusform>%n dossiers importés à partir du fichier. Ce qui a changé sur le serveur depuis la préparation du fichier arrivera à la prochaine synchronisation; LinkDesk réessaie de lui-même.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="127"/>
        <source>The server could not be reached, and this laptop needs it to unlock the file (the key comes from the server). Connect to the internet, then try again. Nothing was changed.</source>
        <translation>Le serveur est injoignable, et cet ordinateur en a besoin pour déverrouiller le fichier (la clé vient du serveur). Connectez-vous à Internet, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="132"/>
        <source>The server does not recognise this file for your account: it was made for someone else, or it is too old. Nothing was changed. Ask your administrator for a new file, or let LinkDesk download your caseload over the internet.</source>
        <translation>Le serveur ne reconnaît pas ce fichier pour votre compte : il a été préparé pour une autre personne, ou il est trop ancien. Rien n’a été modifié. Demandez un nouveau fichier à votre administrateur, ou laissez LinkDesk télécharger votre charge de cas par Internet.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="138"/>
        <source>This file is damaged or is not a LinkDesk caseload file. Nothing was changed. Copy it to the USB key again, or ask your administrator for a new one.</source>
        <translation>Ce fichier est endommagé ou n’est pas un fichier de charge de cas LinkDesk. Rien n’a été modifié. Copiez-le de nouveau sur la clé USB, ou demandez-en un nouveau à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="143"/>
        <source>The file could not be read (was the USB key removed?). Nothing was changed. Try again.</source>
        <translation>Le fichier n’a pas pu être lu (la clé USB a-t-elle été retirée?). Rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="147"/>
        <source>This laptop already has your caseload from the server, so the file is not needed: LinkDesk keeps it up to date by syncing. Nothing was changed.</source>
        <translation>Cet ordinateur a déjà reçu votre charge de cas du serveur; le fichier n’est donc pas nécessaire : LinkDesk la tient à jour en synchronisant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="150"/>
        <source>The file was not loaded: %1. Nothing was changed.</source>
        <translation>Le fichier n’a pas été importé : %1. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="57"/>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="60"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="61"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="70"/>
        <source>Not connected to a regional server — changes are saved on this laptop</source>
        <translation>Non connecté à un serveur régional — les modifications sont enregistrées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="73"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="76"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="78"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="81"/>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="87"/>
        <source>Connect to the regional server to keep using LinkDesk</source>
        <translation>Connectez-vous au serveur régional pour continuer à utiliser LinkDesk</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="93"/>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="103"/>
        <source>Working offline — changes are saved on this laptop</source>
        <translation>Travail hors ligne — les modifications sont enregistrées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="99"/>
        <source>Not synced: %1</source>
        <translation>Non synchronisé : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="102"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="110"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="111"/>
        <source>Synced %1</source>
        <translation>Synchronisé : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="115"/>
        <source>the server could not be reached; LinkDesk will try again</source>
        <translation>le serveur est injoignable; LinkDesk réessaiera</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="116"/>
        <source>this version of LinkDesk does not match the server&apos;s; update LinkDesk</source>
        <translation>cette version de LinkDesk ne correspond pas à celle du serveur; mettez LinkDesk à jour</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="119"/>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="120"/>
        <source>the server asks you to sign in again</source>
        <translation>le serveur vous demande de vous reconnecter</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="121"/>
        <source>the connection is too unreliable; LinkDesk will try again</source>
        <translation>la connexion est trop instable; LinkDesk réessaiera</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="124"/>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>le certificat du serveur n’a pas pu être vérifié</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="125"/>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="126"/>
        <source>the server is busy; LinkDesk will try again shortly</source>
        <translation>le serveur est occupé; LinkDesk réessaiera sous peu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="127"/>
        <source>stopped when LinkDesk locked</source>
        <translation>arrêté au verrouillage de LinkDesk</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="136"/>
        <source>the server had a problem; LinkDesk will try again</source>
        <translation>le serveur a eu un problème; LinkDesk réessaiera</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="137"/>
        <source>something went wrong; LinkDesk will try again</source>
        <translation>un problème est survenu; LinkDesk réessaiera</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="144"/>
        <source>Enter the server&apos;s full address, starting with https:// (for example https://linkdesk.example.org).</source>
        <translation>Entrez l’adresse complète du serveur, commençant par https:// (par exemple https://linkdesk.example.org).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="149"/>
        <source>The server&apos;s security certificate could not be verified, so LinkDesk did not connect. Check the address, or ask your administrator.</source>
        <translation>Le certificat de sécurité du serveur n’a pas pu être vérifié : LinkDesk ne s’est donc pas connecté. Vérifiez l’adresse ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="156"/>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="157"/>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="159"/>
        <source>The server could not be reached. Check the address and this laptop&apos;s internet connection, then try again.</source>
        <translation>Le serveur est injoignable. Vérifiez l’adresse et la connexion Internet de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="165"/>
        <source>This version of LinkDesk does not match the server&apos;s. Update LinkDesk, then try again.</source>
        <translation>Cette version de LinkDesk ne correspond pas à celle du serveur. Mettez LinkDesk à jour, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="171"/>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="172"/>
        <source>The server refused the connection (error %1). Try again later.</source>
        <translation>Le serveur a refusé la connexion (erreur %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="176"/>
        <source>This laptop is already connected to a regional server.</source>
        <translation>Cet ordinateur est déjà connecté à un serveur régional.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="181"/>
        <source>This person is not in your caseload on the server (they may have been reassigned).</source>
        <translation>Cette personne ne fait pas partie de votre charge de cas sur le serveur (elle a peut-être été réassignée).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="184"/>
        <source>The server does not have this record.</source>
        <translation>Le serveur n’a pas ce dossier.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="185"/>
        <source>Notes, contacts and measures cannot be changed once saved; add a correction instead.</source>
        <translation>Les notes, les contacts et les mesures ne peuvent plus être modifiés une fois enregistrés; ajoutez plutôt une correction.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="188"/>
        <source>Only the regional server can change this (for example who the person is assigned to).</source>
        <translation>Seul le serveur régional peut modifier ceci (par exemple l’intervenant assigné à la personne).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="191"/>
        <source>The record it belongs to was not accepted by the server, so this was not either.</source>
        <translation>Le dossier auquel ceci se rattache a été refusé par le serveur; ceci l’a donc été aussi.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="194"/>
        <source>The server found a value it cannot accept: %1.</source>
        <translation>Le serveur a trouvé une valeur qu’il ne peut pas accepter : %1.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="195"/>
        <source>The server could not store this because it clashes with another record.</source>
        <translation>Le serveur n’a pas pu enregistrer ceci parce que cela entre en conflit avec un autre dossier.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="205"/>
        <source>The server did not accept this change (%1).</source>
        <translation>Le serveur n’a pas accepté cette modification (%1).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="210"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="211"/>
        <source>Referral</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="212"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="213"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="214"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="215"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="216"/>
        <source>Goal review</source>
        <translation>Révision d’objectif</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="217"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="218"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="219"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="220"/>
        <source>Outcome measure</source>
        <translation>Mesure des résultats</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="221"/>
        <source>Case closure</source>
        <translation>Fermeture du dossier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="222"/>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="226"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="227"/>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="228"/>
        <source>preferred name</source>
        <translation>nom d’usage</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="229"/>
        <source>pronouns</source>
        <translation>pronoms</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="230"/>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="231"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="232"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="233"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="234"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="235"/>
        <source>community</source>
        <translation>communauté</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="236"/>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="237"/>
        <source>safe contact notes</source>
        <translation>consignes pour joindre la personne en sécurité</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="238"/>
        <source>communication needs</source>
        <translation>besoins de communication</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="239"/>
        <source>accessibility needs</source>
        <translation>besoins d’accessibilité</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="240"/>
        <source>emergency contact</source>
        <translation>personne à joindre en cas d’urgence</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="241"/>
        <source>emergency contact phone</source>
        <translation>téléphone de la personne à joindre en cas d’urgence</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="242"/>
        <source>assigned worker</source>
        <translation>intervenant assigné</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="243"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="244"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="245"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="246"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="247"/>
        <source>due date</source>
        <translation>date prévue</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="248"/>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="249"/>
        <source>how</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="250"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="251"/>
        <source>what matters</source>
        <translation>ce qui compte</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="252"/>
        <source>strengths</source>
        <translation>forces</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="253"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="254"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="271"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="273"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync/texts.py" line="273"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="71"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="75"/>
        <source>This laptop&apos;s clock is more than 5 minutes away from the server&apos;s. Set the date and time correctly (or turn on automatic time) so changes are ordered correctly.</source>
        <translation>L’horloge de cet ordinateur diffère de plus de 5 minutes de celle du serveur. Réglez correctement la date et l’heure (ou activez l’heure automatique) pour que les modifications soient classées dans le bon ordre.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="87"/>
        <source>Conflicts to settle</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="91"/>
        <source>The same detail was changed in two places. LinkDesk kept one value for now; choose the right one, or type a new one. Your choice syncs like any other change.</source>
        <translation>Le même renseignement a été modifié à deux endroits. LinkDesk a conservé une valeur pour l’instant; choisissez la bonne ou saisissez-en une nouvelle. Votre choix se synchronise comme toute autre modification.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="99"/>
        <source>Not accepted by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="111"/>
        <source>Regional server</source>
        <translation>Serveur régional</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="123"/>
        <source>Your &amp;password, to sign in again</source>
        <translation>Votre mot de &amp;passe, pour vous reconnecter</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="125"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="132"/>
        <source>Connect in Settings…</source>
        <translation>Se connecter dans les paramètres…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="134"/>
        <source>Sign out of this server…</source>
        <translation>Se déconnecter de ce serveur…</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="139"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="162"/>
        <source>Connect this laptop to your organisation&apos;s regional server in Settings to sync your caseload and share it with your team.</source>
        <translation>Connectez cet ordinateur au serveur régional de votre organisme dans les paramètres pour synchroniser votre charge de cas et la partager avec votre équipe.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="169"/>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="170"/>
        <source>%1, signed in as %2</source>
        <translation>%1, connecté en tant que %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="171"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="173"/>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync_view.py" line="174"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="185"/>
        <source>Type your password.</source>
        <translation>Tapez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="210"/>
        <source>No conflicts. Nothing to settle.</source>
        <translation>Aucun conflit. Rien à régler.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="217"/>
        <source>The server accepted every change sent from this laptop.</source>
        <translation>Le serveur a accepté toutes les modifications envoyées par cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="259"/>
        <source>Sign out of this server</source>
        <translation>Se déconnecter de ce serveur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="261"/>
        <source>Signing out removes this laptop&apos;s copy of the records and its keys. Everything already synced stays on the server and comes back when you sign in again.</source>
        <translation>La déconnexion supprime la copie des dossiers et les clés de cet ordinateur. Tout ce qui est déjà synchronisé reste sur le serveur et revient quand vous vous reconnectez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync_view.py" line="267"/>
        <source>%n change(s) made on this laptop have not reached the server yet. If you sign out now they will be lost.</source>
        <translation>
            <numerusform>%n modification faite sur cet ordinateur n’a pas encore atteint le serveur. Si vous vous déconnectez maintenant, elle sera perdue.</numerusform>
            <numerusform>%n modifications faites sur cet ordinateur n’ont pas encore atteint le serveur. Si vous vous déconnectez maintenant, elles seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="276"/>
        <source>Sync first</source>
        <translation>Synchroniser d’abord</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync_view.py" line="282"/>
        <source>Sign out and lose %n change(s)</source>
        <translation>
            <numerusform>Se déconnecter et perdre %n modification</numerusform>
            <numerusform>Se déconnecter et perdre %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/sync_view.py" line="282"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="31"/>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="34"/>
        <source>Stale: never synced</source>
        <translation>En retard : jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="36"/>
        <source>Stale: no laptop enrolled</source>
        <translation>En retard : aucun portable inscrit</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="40"/>
        <source>Synced today</source>
        <translation>Synchronisé aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="42"/>
        <source>last synced %n day(s) ago</source>
        <translation>
            <numerusform>dernière synchronisation il y a %n jour</numerusform>
            <numerusform>dernière synchronisation il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="43"/>
        <source>Stale: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="49"/>
        <source>%1 — conflicts to settle: %2</source>
        <translation>%1 — conflits à régler : %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="59"/>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="63"/>
        <source>last contact %1</source>
        <translation>dernier contact le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="69"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="16"/>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="17"/>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="18"/>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="19"/>
        <source>No contact 30+ days</source>
        <translation>Sans contact depuis 30 jours ou plus</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="20"/>
        <source>Stalled prescriptions</source>
        <translation>Prescriptions bloquées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="21"/>
        <source>Open flags</source>
        <translation>Signalements ouverts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="22"/>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="26"/>
        <source>Consent is recorded and current</source>
        <translation>Le consentement est consigné et à jour</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="27"/>
        <source>What matters to the person is recorded</source>
        <translation>Ce qui compte pour la personne est consigné</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="28"/>
        <source>Goals are current and in the person&apos;s words</source>
        <translation>Les objectifs sont à jour et dans les mots de la personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="29"/>
        <source>Prescriptions are moving (none stalled)</source>
        <translation>Les prescriptions avancent (aucune bloquée)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="30"/>
        <source>A follow-up is planned</source>
        <translation>Un suivi est prévu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="31"/>
        <source>Notes are up to date</source>
        <translation>Les notes sont à jour</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="32"/>
        <source>Risks and safeguarding concerns are addressed</source>
        <translation>Les risques et les préoccupations de protection sont pris en charge</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="36"/>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="37"/>
        <source>Monthly sample</source>
        <translation>Échantillon du mois</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="38"/>
        <source>Supervisor&apos;s choice</source>
        <translation>Choix de la superviseure ou du superviseur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="42"/>
        <source>Signed off</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="43"/>
        <source>Action needed</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="48"/>
        <source>Only a supervisor can do this.</source>
        <translation>Seule une superviseure ou un superviseur peut faire ceci.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="49"/>
        <source>This person is not in your team on the server (they may have moved).</source>
        <translation>Cette personne ne fait pas partie de votre équipe sur le serveur (elle a peut-être été transférée).</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="52"/>
        <source>The chosen worker is not an active link worker in your team. Refresh the team and try again.</source>
        <translation>L’intervenante ou l’intervenant choisi n’est pas un agent de liaison actif de votre équipe. Actualisez l’équipe et réessayez.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="56"/>
        <source>This person is already in that worker&apos;s caseload.</source>
        <translation>Cette personne fait déjà partie de la charge de cas de cet intervenant.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="71"/>
        <source>The server cannot be reached right now. Nothing was changed; try again when you are online.</source>
        <translation>Le serveur est injoignable pour le moment. Rien n’a été modifié; réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="76"/>
        <source>The server did not accept this laptop&apos;s sign-in. Sign in again on the Sync page.</source>
        <translation>Le serveur n’a pas accepté la connexion de ce portable. Reconnectez-vous à la page Synchronisation.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="85"/>
        <source>The server refused the request. Nothing was changed.</source>
        <translation>Le serveur a refusé la demande. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/texts.py" line="87"/>
        <source>This laptop is not connected to a regional server. Connect it in Settings.</source>
        <translation>Ce portable n’est pas connecté à un serveur régional. Connectez-le dans Paramètres.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="110"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="114"/>
        <source>Refresh from server</source>
        <translation>Actualiser à partir du serveur</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="128"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="130"/>
        <source>Case review</source>
        <translation>Révision des dossiers</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="135"/>
        <source>Escalated flags first. Open a person to resolve a flag.</source>
        <translation>Les signalements transmis d’abord. Ouvrez une personne pour clore un signalement.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="136"/>
        <source>Open and escalated flags</source>
        <translation>Signalements ouverts et transmis</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="139"/>
        <source>No open risk or safeguarding flags in the team.</source>
        <translation>Aucun signalement de risque ou de protection ouvert dans l’équipe.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="142"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="147"/>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="155"/>
        <source>Review history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="151"/>
        <source>No reviews signed yet. Start from the review queue.</source>
        <translation>Aucune révision approuvée pour le moment. Commencez par la file de révision.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="166"/>
        <source>People &amp;sampled per worker each month</source>
        <translation>Personnes é&amp;chantillonnées par intervenant chaque mois</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="168"/>
        <source>Every flagged case is in the queue too. The sample stays the same all month.</source>
        <translation>Tous les dossiers signalés sont aussi dans la file. L’échantillon reste le même tout le mois.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="172"/>
        <source>Review queue</source>
        <translation>File de révision</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="175"/>
        <source>Nothing to review this month.</source>
        <translation>Rien à réviser ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="207"/>
        <source>%1 · team list from the server, %2</source>
        <translation>%1 · liste de l’équipe reçue du serveur, %2</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="210"/>
        <source>The team list has not been fetched from the server yet.</source>
        <translation>La liste de l’équipe n’a pas encore été reçue du serveur.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="216"/>
        <source>Review queue for %1</source>
        <translation>File de révision de %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="229"/>
        <source>Escalated flag</source>
        <translation>Signalement transmis</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="231"/>
        <source>reviewed: %1</source>
        <translation>révisé : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="233"/>
        <source>to review</source>
        <translation>à réviser</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="272"/>
        <source>(no longer on this laptop)</source>
        <translation>(n’est plus sur ce portable)</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="273"/>
        <source>unknown worker</source>
        <translation>intervenant inconnu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="295"/>
        <source>This laptop is not connected to a regional server. Connect it in Settings.</source>
        <translation>Ce portable n’est pas connecté à un serveur régional. Connectez-le dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="316"/>
        <source>Showing what this laptop last heard.</source>
        <translation>Affichage des dernières informations reçues par ce portable.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="344"/>
        <source>Unknown worker</source>
        <translation>Intervenant inconnu</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/team/team_view.py" line="391"/>
        <source>Handed over. The new worker gets the person at their next sync.</source>
        <translation>Transfert effectué. Le nouvel intervenant recevra la personne à sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="67"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="69"/>
        <source>New referral</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="88"/>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="88"/>
        <source>Nothing overdue. Well done.</source>
        <translation>Rien en retard. Bravo.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="91"/>
        <source>Due today, with today&apos;s visits first</source>
        <translation>Prévus aujourd’hui, visites du jour en premier</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="92"/>
        <source>No follow-ups due today. Schedule one from a person&apos;s record.</source>
        <translation>Aucun suivi prévu aujourd’hui. Planifiez-en un depuis le dossier d’une personne.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="96"/>
        <source>Stalled prescriptions</source>
        <translation>Prescriptions bloquées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="97"/>
        <source>No prescription has waited more than 14 days for an answer.</source>
        <translation>Aucune prescription n’attend de réponse depuis plus de 14 jours.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="101"/>
        <source>Open flags</source>
        <translation>Signalements ouverts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="101"/>
        <source>No open risk or safeguarding flags.</source>
        <translation>Aucun signalement de risque ou de protection ouvert.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="104"/>
        <source>Unfinished intakes</source>
        <translation>Admissions inachevées</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="105"/>
        <source>No unfinished intakes. Start one with New referral (Ctrl+N).</source>
        <translation>Aucune admission inachevée. Commencez-en une avec Nouvelle demande (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/today_view.py" line="121"/>
        <source>%n more — show them all in Caseload</source>
        <translation>
            <numerusform>%n de plus — tout voir dans Charge de cas</numerusform>
            <numerusform>%n de plus — tout voir dans Charge de cas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="145"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="155"/>
        <source>Stalled</source>
        <translation>Bloquée</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/today_view.py" line="156"/>
        <source>%1 for %n day(s) with no answer</source>
        <translation>
            <numerusform>%1 depuis %n jour sans réponse</numerusform>
            <numerusform>%1 depuis %n jours sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="163"/>
        <source>Raised %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="167"/>
        <source>Unnamed person</source>
        <translation>Personne sans nom</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="168"/>
        <source>%1 — saved %2</source>
        <translation>%1 — enregistré le %2</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="32"/>
        <source>LinkDesk is locked</source>
        <translation>LinkDesk est verrouillé</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="34"/>
        <source>Enter your passphrase to open your caseload.</source>
        <translation>Entrez votre phrase de passe pour ouvrir votre charge de cas.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="38"/>
        <source>Demo data: every person here is invented. The demo passphrase is “%1”.</source>
        <translation>Données de démonstration : toutes les personnes sont fictives. La phrase de passe de démonstration est « %1 ».</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="45"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="49"/>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="60"/>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="74"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="65"/>
        <source>Enter your passphrase.</source>
        <translation>Entrez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="69"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/unlock_view.py" line="78"/>
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de phrases de passe erronées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de phrases de passe erronées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatMattersStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="258"/>
        <source>What matters</source>
        <translation>Ce qui compte</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="258"/>
        <source>In the person&apos;s own words where you can.</source>
        <translation>Dans les mots de la personne autant que possible.</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="260"/>
        <source>What &amp;matters to you?</source>
        <translation>Qu’est-ce qui &amp;compte pour vous?</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="262"/>
        <source>&amp;Strengths</source>
        <translation>Forc&amp;es</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="264"/>
        <source>&amp;Interests</source>
        <translation>&amp;Intérêts</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="265"/>
        <source>Needs by domain</source>
        <translation>Besoins par domaine</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="271"/>
        <source>Level of need: %1</source>
        <translation>Niveau de besoin : %1</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="278"/>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="281"/>
        <source>Most &amp;pressing need for the person</source>
        <translation>Besoin le plus &amp;pressant pour la personne</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="282"/>
        <source>Notes on needs (optional)</source>
        <translation>Notes sur les besoins (facultatif)</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="99"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="100"/>
        <source>Caseload</source>
        <translation>Charge de cas</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="101"/>
        <source>New referral</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="102"/>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="103"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="104"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="107"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="109"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="110"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/workspace_view.py" line="236"/>
        <source>LinkDesk will lock in %n second(s) because nothing has happened. Move the mouse or press a key to stay unlocked.</source>
        <translation>
            <numerusform>LinkDesk se verrouillera dans %n seconde faute d’activité. Bougez la souris ou appuyez sur une touche pour rester déverrouillé.</numerusform>
            <numerusform>LinkDesk se verrouillera dans %n secondes faute d’activité. Bougez la souris ou appuyez sur une touche pour rester déverrouillé.</numerusform>
        </translation>
    </message>
</context>
</TS>
