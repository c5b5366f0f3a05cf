<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="39"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="40"/>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerStrip</name>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="18"/>
        <source>TRAINING — this is the training directory. Every child in it is made up; do not enter real details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="72"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="73"/>
        <source>End the mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="89"/>
        <source>Mediating for {practitioner} — {purpose} · {left} left. Searches and records are recorded as done for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="102"/>
        <source>Session ends in {when}. Finish what you are doing; you will then need to sign in again with your password, smart card and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="110"/>
        <source>cpdesk will lock in {when} — press any key to stay unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="116"/>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="118"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/banners.py" line="119"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../cpdesk/widgets/busy.py" line="25"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/busy.py" line="32"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/busy.py" line="35"/>
        <location filename="../../cpdesk/widgets/busy.py" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountedText</name>
    <message>
        <location filename="../../cpdesk/widgets/counted_text.py" line="62"/>
        <source>You have 1 character remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/counted_text.py" line="63"/>
        <source>You have {n} characters remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/counted_text.py" line="66"/>
        <source>You have 1 character too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/counted_text.py" line="67"/>
        <source>You have {n} characters too many</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="39"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="39"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="40"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="40"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="41"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="41"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="61"/>
        <source>{name}, {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="99"/>
        <source>{name} must include a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="102"/>
        <source>Year must include 4 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="104"/>
        <source>{name} must include a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="107"/>
        <source>{name} must include a day and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="108"/>
        <source>{name} must include a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="111"/>
        <source>{name} must be after 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="113"/>
        <location filename="../../cpdesk/widgets/date_input.py" line="119"/>
        <source>{name} must be a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/date_input.py" line="122"/>
        <source>{name} must be today or in the past</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="23"/>
        <source>practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="24"/>
        <source>helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="25"/>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="26"/>
        <source>ContactPoint manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="27"/>
        <source>data administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="28"/>
        <source>user manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="46"/>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="46"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="47"/>
        <location filename="../../cpdesk/ui/status_bar.py" line="72"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="47"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="48"/>
        <source>Session expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="49"/>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="63"/>
        <source>The directory service is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="66"/>
        <source>Connected to {realm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="76"/>
        <source>Signed in as {username} ({roles}) — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="78"/>
        <source>Signed in as {username} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="85"/>
        <source>Session ends at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/status_bar.py" line="90"/>
        <source>Locks at {time} if not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../cpdesk/widgets/details.py" line="57"/>
        <source>{summary} (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/details.py" line="57"/>
        <source>{summary} (closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../cpdesk/ui/errors.py" line="27"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/errors.py" line="31"/>
        <source>cpdesk hit a problem it did not expect. What you were doing may not have finished; try it again.

If it keeps happening, call your helpdesk and give them this reference: {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../cpdesk/widgets/error_summary.py" line="17"/>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../cpdesk/widgets/text.py" line="81"/>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../cpdesk/ui/help.py" line="50"/>
        <source>Signing in

Put your smart card in the reader. The first time in a session, enter your username, your password and your card&apos;s PIN. When cpdesk is locked, your PIN alone unlocks it.

cpdesk locks itself after 15 minutes without use, when you remove your card, when the computer locks or sleeps, and when you press Ctrl+L.

Your card locks after several wrong PINs. If cpdesk warns that you have one try left and you are not sure of your PIN, call your helpdesk instead of trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../cpdesk/ui/help.py" line="16"/>
        <source>cpdesk help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/help.py" line="29"/>
        <source>Close help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/help.py" line="39"/>
        <source>Help: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineRadios</name>
    <message>
        <location filename="../../cpdesk/widgets/choice.py" line="32"/>
        <source>{name}: {option}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="47"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="95"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="97"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="128"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="129"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="130"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="58"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="127"/>
        <source>Sign in to cpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="63"/>
        <source>Why cpdesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="76"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="82"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="100"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="102"/>
        <source>Sign out, so that someone else can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="107"/>
        <source>Every search and every record you open is recorded. Use the directory only for your work with children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="141"/>
        <source>cpdesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="142"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="143"/>
        <location filename="../../cpdesk/ui/lock_screen.py" line="144"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="149"/>
        <source>Signed in as {username}. Enter your PIN to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="202"/>
        <source>Enter your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="204"/>
        <source>A username has only letters, numbers, dots, hyphens and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="207"/>
        <source>Enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="209"/>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="239"/>
        <source>Checking your PIN and signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/lock_screen.py" line="245"/>
        <source>Checking your PIN…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="71"/>
        <source>Your account has no tasks in cpdesk. If you need to search the directory, ask your user manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="73"/>
        <source>Your account cannot open records. If you need to, ask your user manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="124"/>
        <source>cpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="149"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="230"/>
        <source>No tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="295"/>
        <source>Mediated access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="298"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="299"/>
        <source>Enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="302"/>
        <source>Data issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="304"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="307"/>
        <location filename="../../cpdesk/ui/main_window.py" line="444"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="438"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="440"/>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="442"/>
        <source>My activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="447"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/main_window.py" line="722"/>
        <source>{app} — training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/training_screens.py" line="78"/>
        <source>Training scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/training_screens.py" line="80"/>
        <source>Class progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="25"/>
        <source>Insert your smart card into the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="26"/>
        <source>Your smart card&apos;s PIN is locked. Call your helpdesk to have it unblocked; do not try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="28"/>
        <source>Warning: this is the last try before your smart card locks. If you are not sure of your PIN, call your helpdesk instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="31"/>
        <source>Warning: your smart card has recorded wrong PINs. It will lock after a few more wrong tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="40"/>
        <source>The PIN has been entered wrongly {failures} times in a row. This workstation will not try again: call your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="60"/>
        <source>1 more try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="61"/>
        <source>{n} more tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="63"/>
        <source>1 wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="64"/>
        <source>{n} wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="65"/>
        <source>{wrong} on this workstation. You have {tries} before you must call your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="85"/>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="86"/>
        <source>The PIN of your smart card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/pin_entry.py" line="91"/>
        <source>Smart card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="48"/>
        <source>Search for a child: surname, date of birth and forenames first; Enter searches from any field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="50"/>
        <source>The records you opened since signing in, newest first (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="52"/>
        <source>Everything you did in the directory, as the service recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="54"/>
        <source>Your shielding requests and requests for contact, with their outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="56"/>
        <source>Decisions, reviews, interim shields, contact requests and alerts for your local authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="58"/>
        <source>Exercises for this classroom: each step is ticked when the service has seen you do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="61"/>
        <source>Every trainee&apos;s steps, refreshed every few seconds; anyone stuck is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="117"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="118"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="119"/>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="125"/>
        <source>Start the &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="129"/>
        <source>&amp;Stop the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="204"/>
        <source>Step {step} of {steps}: {name} — {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="208"/>
        <source>Step {step} of {steps}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Radios</name>
    <message>
        <location filename="../../cpdesk/widgets/radios.py" line="34"/>
        <source>{name}: {option}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenStack</name>
    <message>
        <location filename="../../cpdesk/ui/screen_stack.py" line="53"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="47"/>
        <source>Shielded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="48"/>
        <source>Sensitive service involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="49"/>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="50"/>
        <source>CAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="51"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="52"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="53"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/tags.py" line="54"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourCaption</name>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="81"/>
        <source>Tour caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="83"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="84"/>
        <source>Next screen of the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="86"/>
        <source>Stop the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/ui/presenter.py" line="92"/>
        <source>Tour caption: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <location filename="../../cpdesk/widgets/warning_text.py" line="23"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/widgets/warning_text.py" line="29"/>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
