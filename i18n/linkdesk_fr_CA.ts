<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name></name>
    <message>
        <location filename="../linkdesk/ui/formatting.py" line="48"/>
        <source>Dates</source>
        <comment>today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/formatting.py" line="50"/>
        <source>Dates</source>
        <comment>tomorrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/formatting.py" line="52"/>
        <source>Dates</source>
        <comment>in %n day(s)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/formatting.py" line="53"/>
        <source>Dates</source>
        <comment>%n day(s) overdue</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="40"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="46"/>
        <source>%n change(s) not yet synced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="48"/>
        <source>Everything synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="51"/>
        <source>Working offline — changes are saved on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="54"/>
        <source>Saved on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="54"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="56"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="57"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="58"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="161"/>
        <source>No contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/models/caseload_model.py" line="162"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/models/caseload_model.py" line="173"/>
        <source>None scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="36"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="39"/>
        <source>Name, preferred name or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="42"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="43"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="44"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="45"/>
        <source>Any need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="46"/>
        <source>&amp;Need domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="48"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="49"/>
        <source>F&amp;lagged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="55"/>
        <source>Number of people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="65"/>
        <source>People in the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/caseload_view.py" line="85"/>
        <source>No one matches. Clear the search or filters, or start a new referral with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/caseload_view.py" line="126"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="28"/>
        <source>baseline %1, follow-up %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="33"/>
        <source>Chart of baseline and follow-up answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="53"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/chart.py" line="54"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="211"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="213"/>
        <source>Ask about each purpose separately. Without consent to keep and sync, the record stays on this laptop only and nothing can be sent to a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="229"/>
        <source>How consent was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="235"/>
        <source>&amp;Partner organisation (for sharing with a partner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="62"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="69"/>
        <source>For example: food bank, walking group, income tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="71"/>
        <source>&amp;Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="73"/>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="74"/>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="76"/>
        <source>Any community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="77"/>
        <source>Co&amp;mmunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="83"/>
        <source>Services found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="88"/>
        <source>No services match. Try fewer words, or another category or community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="112"/>
        <source>Suggest a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="114"/>
        <source>Prescribe for a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="120"/>
        <source>Choose a service to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="129"/>
        <source>Choose a service to prescribe for the person you came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/directory_view.py" line="162"/>
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="219"/>
        <source>Suggest a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="220"/>
        <source>Send to the directory steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="222"/>
        <source>Your suggestion about %1 is kept for the directory steward to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/directory_view.py" line="227"/>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="27"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="31"/>
        <source>Someone with a similar name and date of birth is already on this laptop. Check before creating a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="39"/>
        <source>date of birth not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="42"/>
        <source>Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="43"/>
        <source>Use this person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/duplicates.py" line="48"/>
        <source>No, this is a new person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="139"/>
        <source>That passphrase did not open LinkDesk. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="142"/>
        <source>Too many wrong passphrases. Wait a little and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="145"/>
        <source>After too many wrong passphrases this laptop&apos;s key was destroyed. Synced records are safe on the regional server: ask your administrator to enrol this laptop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="150"/>
        <source>The LinkDesk key file was altered or damaged, so it will not be used. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="153"/>
        <source>This computer has no secure keyring LinkDesk can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="156"/>
        <source>This laptop&apos;s device secret is missing from the keyring. Ask your administrator to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="160"/>
        <source>Choose a longer passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="161"/>
        <source>The database failed its integrity check. Nothing was changed. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="164"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="165"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="168"/>
        <source>That record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="169"/>
        <source>The person has not given the consent this needs. Record their consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="172"/>
        <source>This instrument has no recorded licence, so it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="175"/>
        <source>That change of status is not possible from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="176"/>
        <source>That file could not be read as a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="177"/>
        <source>Something went wrong. What you typed is still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="183"/>
        <location filename="../linkdesk/ui/texts.py" line="184"/>
        <source>This is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="185"/>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="186"/>
        <source>This date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="187"/>
        <source>Choose today or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="188"/>
        <source>Check this date: it is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="189"/>
        <source>This value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="190"/>
        <source>Enter a Canadian postal code like A1A 1A1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="191"/>
        <source>Enter a 10-digit phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="192"/>
        <source>A phone number has only digits, spaces, dashes and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="195"/>
        <source>Each need domain can appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="196"/>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="197"/>
        <source>This note has already been corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="198"/>
        <source>This flag is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="199"/>
        <source>This case is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="200"/>
        <source>This case is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="201"/>
        <source>This is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="202"/>
        <source>That service is not in the directory on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="203"/>
        <source>This date is before the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="204"/>
        <source>Enter the person&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="219"/>
        <source>Please check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="307"/>
        <source>First follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="307"/>
        <source>When and how you will next be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="310"/>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="312"/>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="314"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="29"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="34"/>
        <source>Schedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="45"/>
        <source>Scheduled follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="49"/>
        <source>Nothing scheduled. Use Schedule follow-up to plan the next contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="54"/>
        <source>Contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="56"/>
        <source>No notes yet. Add one after each contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="61"/>
        <source>Earlier follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="73"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="81"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="83"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="87"/>
        <source>Complete with note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="100"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="103"/>
        <source>Corrected by a later note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="105"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="111"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../linkdesk/ui/widgets/form_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalBox</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="24"/>
        <source>Goal %1, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="28"/>
        <source>Domain of goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="30"/>
        <source>Importance to the person (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="32"/>
        <source>Confidence (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="34"/>
        <source>First steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="60"/>
        <source>First goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="61"/>
        <source>One to three goals is usual. Leave a goal empty to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/goals_step.py" line="67"/>
        <source>&amp;Add another goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="19"/>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="29"/>
        <source>No goals yet. Add one in the person&apos;s own words with Add goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="46"/>
        <source>importance %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="48"/>
        <source>confidence %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="50"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="53"/>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="55"/>
        <source>Review %1: GAS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="58"/>
        <source>Review goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="59"/>
        <source>Review goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="57"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="97"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="98"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="99"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="100"/>
        <source>What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="101"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="102"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="109"/>
        <source>Step %1 of 6: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="118"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="122"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="123"/>
        <source>Keep what is typed and finish later (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="126"/>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="139"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="139"/>
        <source>&amp;Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="161"/>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="288"/>
        <source>Enter the person&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/intake_view.py" line="196"/>
        <source>This referral will be added to the existing record of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="35"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="16"/>
        <source>Physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="17"/>
        <source>Nurse practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="18"/>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="19"/>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="20"/>
        <source>Dietitian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="21"/>
        <source>Social service agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="22"/>
        <source>Community organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="23"/>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="25"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="26"/>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="27"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="29"/>
        <source>Keep and sync with the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="30"/>
        <source>Share with the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="31"/>
        <source>Share with a partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="32"/>
        <source>Evaluation and research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="33"/>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="34"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="35"/>
        <source>Witnessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="37"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="38"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="39"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="41"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="42"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="43"/>
        <source>Food security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="44"/>
        <source>Social isolation and loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="45"/>
        <source>Mental wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="46"/>
        <source>Physical activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="47"/>
        <source>Caregiver support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="48"/>
        <source>Newcomer settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="49"/>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="50"/>
        <source>Digital access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="51"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="52"/>
        <source>Employment and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="53"/>
        <source>Arts and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="54"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="56"/>
        <source>No need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="57"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="58"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="59"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="61"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="62"/>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="63"/>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="64"/>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="66"/>
        <source>Signpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="67"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="68"/>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="69"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="70"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="71"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="72"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="73"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="74"/>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="75"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="76"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="77"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="78"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="79"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="80"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="81"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="82"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="83"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="84"/>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="85"/>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="87"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="88"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="89"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="90"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="91"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="92"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="93"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="94"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="95"/>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="97"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="98"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="99"/>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="101"/>
        <source>Goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="102"/>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="103"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="104"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="105"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="107"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="108"/>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="109"/>
        <source>Lone-worker visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="110"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="111"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="112"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="114"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="115"/>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="116"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="117"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="118"/>
        <source>Goal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="119"/>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="120"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="121"/>
        <source>Outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="122"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="123"/>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="125"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/texts.py" line="126"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="57"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="58"/>
        <source>&amp;New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="59"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="60"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="61"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="66"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="67"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="68"/>
        <source>&amp;Refresh and sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="71"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="72"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="73"/>
        <source>&amp;About LinkDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="92"/>
        <source>About LinkDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/main_window.py" line="93"/>
        <source>LinkDesk helps social prescribing link workers keep their caseload, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="78"/>
        <source>Outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="83"/>
        <source>This wording is not a validated translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="85"/>
        <source>Timepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="103"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="110"/>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="121"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="121"/>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/measure_dialog.py" line="133"/>
        <source>Choose an answer to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../linkdesk/ui/widgets/nav_rail.py" line="19"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="73"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="82"/>
        <source>No assessment yet. Record what matters with New assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="86"/>
        <source>Assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="88"/>
        <source>What matters to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="89"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="90"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="93"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="96"/>
        <source>Needs by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/goals_tab.py" line="98"/>
        <source>No needs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="29"/>
        <source>Administer %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="45"/>
        <source>No outcome measures yet. Start with a baseline using Administer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="61"/>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/outcomes_tab.py" line="74"/>
        <source>A follow-up administration will show the change here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/overview_tab.py" line="21"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/overview_tab.py" line="28"/>
        <source>Corrected by a later note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="70"/>
        <source>Too short: use at least %n characters. Four or more unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="75"/>
        <source>Weak: avoid common words and repeated characters; add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="76"/>
        <source>Fair: a longer phrase (16 characters or more) would be stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="77"/>
        <source>Strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialogs</name>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="41"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="41"/>
        <source>Save goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="44"/>
        <source>Goal, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="46"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="48"/>
        <source>Importance to the person (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="50"/>
        <source>Confidence (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="52"/>
        <source>Target date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="54"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="83"/>
        <source>Much less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="84"/>
        <source>Somewhat less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="85"/>
        <source>As expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="86"/>
        <source>Somewhat more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="87"/>
        <source>Much more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="98"/>
        <source>Review goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="99"/>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="104"/>
        <source>Goal Attainment Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="106"/>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="186"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="138"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="108"/>
        <source>Keep the goal active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="115"/>
        <source>Close the goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="119"/>
        <source>Leave it closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="121"/>
        <source>Reopen the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="122"/>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="146"/>
        <source>New prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="147"/>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="153"/>
        <source>From the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="157"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="159"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="161"/>
        <source>Contact (phone, email or person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="166"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="195"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="168"/>
        <source>A signpost gives the person the details; a referral passes their details on (needs consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="176"/>
        <source>Not linked to a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="180"/>
        <source>For goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="182"/>
        <source>Barriers to getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="209"/>
        <source>Send prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="210"/>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="212"/>
        <source>Sending %1 checks the person&apos;s consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/care_dialogs.py" line="217"/>
        <source>How it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="45"/>
        <source>Schedule a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="46"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="50"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="52"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="54"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="164"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="68"/>
        <source>Complete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="69"/>
        <source>Save note and complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="74"/>
        <source>What happened (contact note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="76"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="142"/>
        <source>How you were in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="79"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="143"/>
        <source>Time spent (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="80"/>
        <source>Schedule the next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="83"/>
        <source>Next follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="101"/>
        <source>Reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="102"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="106"/>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="121"/>
        <source>Correct a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="123"/>
        <source>Add a contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="125"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="129"/>
        <source>Notes are never changed. Your correction is saved as a new note; the original stays in the record, marked as corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="159"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="160"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="166"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="170"/>
        <source>Partner organisation (for sharing with a partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="187"/>
        <source>Raise a flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="188"/>
        <source>Raise flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="190"/>
        <source>Link workers do not provide crisis care: if someone is in danger, call 911.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="197"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="199"/>
        <source>What is the concern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="200"/>
        <source>Escalate to my supervisor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="220"/>
        <source>Closing the case moves the person out of the active caseload and cancels %n scheduled follow-up(s). Their record is kept and the case can be reopened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="229"/>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="230"/>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="235"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="237"/>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="21"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="25"/>
        <source>Consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="26"/>
        <source>Raise flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="27"/>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="28"/>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="47"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="49"/>
        <source>speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="51"/>
        <source>needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/header.py" line="64"/>
        <source>No consent to keep and sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="22"/>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="25"/>
        <source>Who is this for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="27"/>
        <source>&amp;Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="28"/>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person_picker.py" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="129"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="130"/>
        <source>Only the first name is required; add what the person is happy to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="134"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="136"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="138"/>
        <source>&amp;Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="140"/>
        <source>Pro&amp;nouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="145"/>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="147"/>
        <source>Leave blank if the person prefers not to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="153"/>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="154"/>
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="157"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="159"/>
        <source>&amp;Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="161"/>
        <source>Postal c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="166"/>
        <source>Safe contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="168"/>
        <source>For example: do not leave messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="63"/>
        <source>Parts of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="83"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="84"/>
        <source>What matters &amp;&amp; needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="85"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="86"/>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="87"/>
        <source>Follow-ups &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="88"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="89"/>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="164"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/person_view.py" line="164"/>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="16"/>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="17"/>
        <source>Made with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="18"/>
        <source>What I want to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="19"/>
        <source>We have not written down goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="20"/>
        <source>My next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="21"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="22"/>
        <source>People and services that can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="23"/>
        <source>No services yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="24"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="25"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="26"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="27"/>
        <source>When we will talk next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="28"/>
        <source>Your link worker will call you to set a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="29"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/plan_document.py" line="30"/>
        <source>If something changes or you need help sooner, call your link worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="25"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="28"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="32"/>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="40"/>
        <source>Plan preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="46"/>
        <source>your link worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="50"/>
        <source>Save plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="56"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/plan_tab.py" line="60"/>
        <source>Plan saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionsTab</name>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="22"/>
        <source>Find in directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="25"/>
        <source>New prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="36"/>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="37"/>
        <source>Mark received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="38"/>
        <source>Mark accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="39"/>
        <source>Mark declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="40"/>
        <source>Mark attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="41"/>
        <source>Mark did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="42"/>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="43"/>
        <source>Cancel prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="54"/>
        <source>No prescriptions yet. Find a service in the directory, or type one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="65"/>
        <source>Stalled: no answer for 14 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/person/prescriptions_tab.py" line="68"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="84"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="84"/>
        <source>Who referred the person, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="86"/>
        <source>Referral &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="88"/>
        <source>Date &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="90"/>
        <source>Referrer&apos;s &amp;name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="93"/>
        <source>Referrer&apos;s &amp;organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="96"/>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="98"/>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetailPanel</name>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="28"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="29"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="30"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="31"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="32"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="33"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="34"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="46"/>
        <source>Last verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="48"/>
        <source>Never verified: check before referring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="50"/>
        <source>What it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="51"/>
        <source>Who can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="52"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="53"/>
        <source>How to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="54"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="65"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="70"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="75"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="80"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="84"/>
        <source>Web and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/service_detail.py" line="90"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="34"/>
        <source>Language and locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="39"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="42"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="45"/>
        <source>Lock after this many &amp;minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="47"/>
        <source>A warning appears two minutes before. Ctrl+L locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="54"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="65"/>
        <location filename="../linkdesk/ui/views/settings_view.py" line="77"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="67"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="70"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="94"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/settings_view.py" line="107"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="110"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/settings_view.py" line="117"/>
        <source>Passphrase changed. Use the new one next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="30"/>
        <source>Set up LinkDesk on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="34"/>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase that only you know: you will type it each time you unlock LinkDesk. If it is forgotten, records that have not synced cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="43"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="47"/>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="50"/>
        <source>Checking this computer&apos;s secure keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="52"/>
        <source>Use passphrase-only mode (my organisation allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="60"/>
        <location filename="../linkdesk/ui/views/setup_view.py" line="122"/>
        <source>Create encrypted storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="73"/>
        <source>This computer has a secure keyring. LinkDesk keeps a device secret there, so your data needs both this laptop and your passphrase to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="83"/>
        <source>This computer has no secure keyring that LinkDesk can use. In passphrase-only mode your data is still encrypted, but it is protected by your passphrase alone: anyone who copies the files can try to guess it. Use it only if your organisation allows it, and choose a long passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/setup_view.py" line="102"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="107"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="112"/>
        <source>Tick passphrase-only mode to continue on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/setup_view.py" line="117"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="14"/>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="16"/>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="18"/>
        <source>Start a new referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="19"/>
        <source>Search the caseload (or the directory when it is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="20"/>
        <source>Save the form you are in (an intake is kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="21"/>
        <source>Lock LinkDesk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="22"/>
        <source>Refresh and sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="23"/>
        <source>Go to Today, Caseload, New referral, Directory, Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="24"/>
        <source>Move between fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="25"/>
        <source>Open the selected person or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="26"/>
        <source>Close a dialog without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="29"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/shortcuts_dialog.py" line="29"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="66"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="68"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="87"/>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="87"/>
        <source>Nothing overdue. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="90"/>
        <source>Due today, with today&apos;s visits first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="91"/>
        <source>No follow-ups due today. Schedule one from a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="95"/>
        <source>Stalled prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="96"/>
        <source>No prescription has waited more than 14 days for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="100"/>
        <source>Open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="100"/>
        <source>No open risk or safeguarding flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="103"/>
        <source>Unfinished intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="104"/>
        <source>No unfinished intakes. Start one with New referral (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="131"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="139"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/today_view.py" line="140"/>
        <source>%1 for %n day(s) with no answer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="146"/>
        <source>Raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="149"/>
        <source>Unnamed person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/today_view.py" line="150"/>
        <source>%1 — saved %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="32"/>
        <source>LinkDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="34"/>
        <source>Enter your passphrase to open your caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="38"/>
        <source>Demo data: every person here is invented. The demo passphrase is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="45"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="49"/>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="60"/>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="74"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="65"/>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/unlock_view.py" line="69"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/unlock_view.py" line="78"/>
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatMattersStep</name>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="258"/>
        <source>What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="258"/>
        <source>In the person&apos;s own words where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="260"/>
        <source>What &amp;matters to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="262"/>
        <source>&amp;Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="264"/>
        <source>&amp;Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="265"/>
        <source>Needs by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="271"/>
        <source>Level of need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/intake/steps.py" line="277"/>
        <source>Notes on needs (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="73"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="74"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="75"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="76"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="78"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="79"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../linkdesk/ui/views/workspace_view.py" line="161"/>
        <source>This laptop is not connected to a regional server yet; your changes are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/workspace_view.py" line="184"/>
        <source>LinkDesk will lock in %n second(s) because nothing has happened. Move the mouse or press a key to stay unlocked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
