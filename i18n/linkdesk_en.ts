<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppStatusBar</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/widgets/status_bar.py" line="65"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/models/caseload_model.py" line="165"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/caseload_view.py" line="138"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/formatting.py" line="52"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/formatting.py" line="53"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/directory_view.py" line="162"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/followups_tab.py" line="100"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/widgets/passphrase.py" line="70"/>
        <source>Too short: use at least %n characters. Four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Too short: use at least %n characters. Four or more unrelated words are easy to remember and hard to guess.</numerusform>
            <numerusform>Too short: use at least %n characters. Four or more unrelated words are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialogs</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/contact_dialogs.py" line="220"/>
        <source>Closing the case moves the person out of the active caseload and cancels %n scheduled follow-up(s). Their record is kept and the case can be reopened.</source>
        <translation>
            <numerusform>Closing the case moves the person out of the active caseload and cancels %n scheduled follow-up. Their record is kept and the case can be reopened.</numerusform>
            <numerusform>Closing the case moves the person out of the active caseload and cancels %n scheduled follow-ups. Their record is kept and the case can be reopened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/person/header.py" line="66"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/settings_view.py" line="130"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/setup_view.py" line="167"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCard</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="115"/>
        <source>Loaded %n record(s) from the file; this laptop is now up to date with the server.</source>
        <translation>
            <numerusform>Loaded %n record from the file; this laptop is now up to date with the server.</numerusform>
            <numerusform>Loaded %n records from the file; this laptop is now up to date with the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/snapshot_card.py" line="120"/>
        <source>Loaded %n record(s) from the file. What changed on the server since the file was made will arrive with the next sync; LinkDesk tries again by itself.</source>
        <translation>
            <numerusform>Loaded %n record from the file. What changed on the server since the file was made will arrive with the next sync; LinkDesk tries again by itself.</numerusform>
            <numerusform>Loaded %n records from the file. What changed on the server since the file was made will arrive with the next sync; LinkDesk tries again by itself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="60"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="61"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="76"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync/texts.py" line="78"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync_view.py" line="174"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync_view.py" line="267"/>
        <source>%n change(s) made on this laptop have not reached the server yet. If you sign out now they will be lost.</source>
        <translation>
            <numerusform>%n change made on this laptop has not reached the server yet. If you sign out now it will be lost.</numerusform>
            <numerusform>%n changes made on this laptop have not reached the server yet. If you sign out now they will be lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/sync_view.py" line="282"/>
        <source>Sign out and lose %n change(s)</source>
        <translation>
            <numerusform>Sign out and lose %n change</numerusform>
            <numerusform>Sign out and lose %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/team/dashboard_panel.py" line="42"/>
        <source>last synced %n day(s) ago</source>
        <translation>
            <numerusform>last synced %n day ago</numerusform>
            <numerusform>last synced %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/today_view.py" line="121"/>
        <source>%n more — show them all in Caseload</source>
        <translation>
            <numerusform>%n more — show it in Caseload</numerusform>
            <numerusform>%n more — show them all in Caseload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/today_view.py" line="156"/>
        <source>%1 for %n day(s) with no answer</source>
        <translation>
            <numerusform>%1 for %n day with no answer</numerusform>
            <numerusform>%1 for %n days with no answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/unlock_view.py" line="78"/>
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message numerus="yes">
        <location filename="../linkdesk/ui/views/workspace_view.py" line="236"/>
        <source>LinkDesk will lock in %n second(s) because nothing has happened. Move the mouse or press a key to stay unlocked.</source>
        <translation>
            <numerusform>LinkDesk will lock in %n second because nothing has happened. Move the mouse or press a key to stay unlocked.</numerusform>
            <numerusform>LinkDesk will lock in %n seconds because nothing has happened. Move the mouse or press a key to stay unlocked.</numerusform>
        </translation>
    </message>
</context>
</TS>
