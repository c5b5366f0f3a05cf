<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="31"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="32"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="33"/>
        <source>Child IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="34"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="64"/>
        <source>{ids} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="74"/>
        <location filename="../../cpdesk/views/activity.py" line="80"/>
        <location filename="../../cpdesk/views/activity.py" line="83"/>
        <location filename="../../cpdesk/views/activity.py" line="98"/>
        <source>My activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="84"/>
        <source>Everything you have done in the directory, newest first, as the service recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="87"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="88"/>
        <source>Refresh my activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="100"/>
        <source>Enter on a row about one child opens the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="109"/>
        <source>Loading your activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="114"/>
        <source>1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="115"/>
        <source>{n} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/activity.py" line="131"/>
        <source>This entry is about more than one child. Search for the child to open their record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ChildBanner</name>
    <message>
        <location filename="../../cpdesk/views/record.py" line="248"/>
        <location filename="../../cpdesk/views/record.py" line="312"/>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="273"/>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="275"/>
        <source>ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="279"/>
        <source>Address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="282"/>
        <source>Address: hidden (shielded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="286"/>
        <source>Also known as {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="295"/>
        <source>The child: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../cpdesk/views/record.py" line="168"/>
        <location filename="../../cpdesk/views/record.py" line="202"/>
        <source>{key}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="170"/>
        <source>Contact: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="171"/>
        <source>{details}. Press Control C to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="186"/>
        <source>Copy contact details: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../cpdesk/views/record.py" line="132"/>
        <source>Copy</source>
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
    <message>
        <location filename="../../cpdesk/views/activity.py" line="35"/>
        <source>My activity

Everything you have done in the directory, newest first, as the service recorded it: when, what, which children (by ID) and the reason you gave. If you see something you did not do, tell your ContactPoint manager straight away.

The focus is on the list: use the arrow keys to move, and Enter on a row about one child to open that record (your reason for viewing is asked and recorded as usual).

Ctrl+F: search.  Ctrl+R: recently viewed.  Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="44"/>
        <source>Recently viewed

The records you have opened since you signed in, newest first. Use the arrow keys to choose one and Enter to open it again (your reason for viewing is recorded as usual).

cpdesk keeps only the IDs and times on this computer, encrypted; the names are fetched from the directory each time you open this list, and that is recorded too.

Ctrl+R: this list.  Ctrl+F: search.  Ctrl+N: new caller.  Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="94"/>
        <source>A child&apos;s record

The banner at the top says who the child is: name, date of birth and age, gender, and the ID grouped for reading out. Right under it is the lead professional, the person most callers need. Then the other current services, the school, the GP, and the parents and carers. Services that ended in the last year are under &quot;Services that ended in the last year&quot;: press Space on it to open it.

When the record opens, the lead professional&apos;s Copy button has the focus: press Space (or Ctrl+C) to copy their details, or Tab to move to the next contact. Ctrl+Shift+C copies every contact on the screen. Copies are labelled (&quot;Phone: …&quot;) and cleared from the clipboard after 30 seconds.

If the service says the child may also have another record, a warning names it with a link that opens it: check it before passing on contacts.

Your reason for viewing is shown at the top; choose &quot;Change reason&quot; if it no longer applies. Every record you open is recorded with your reason.

Esc: back to the results.  Ctrl+N: new caller.  Ctrl+R: recently viewed.  Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search.py" line="26"/>
        <source>Search for a child

Give a surname and a date of birth (the year alone is enough), or an ID. Other combinations that work: surname, forenames and a range of birth dates; surname, gender and postcode; forenames, full date of birth, gender and postcode.

Press Enter in any field to search. The first result is selected: use the arrow keys to move and Enter to open a record. Choose a column heading to sort by match, name or date of birth. End a forename with * to match the start of a name. A range of birth dates is under &quot;Search by a range of birth dates&quot;.

If no child matches (or too many do), the focus moves to &quot;Widen search&quot;: check the details with the caller, then press Space to include similar names and nearby dates. Alt+W widens from anywhere.

Ctrl+N: new caller (clears the form and the results).  Ctrl+F or F2: back to the search form.  Ctrl+R: recently viewed.  Ctrl+L: lock.  Esc: back.</source>
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
    <name>Labels</name>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="22"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="22"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="23"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="23"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="24"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="24"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="25"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="25"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="26"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="26"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="27"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="27"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="29"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="30"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="31"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="34"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="35"/>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="36"/>
        <source>Health visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="37"/>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="38"/>
        <source>Youth worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="39"/>
        <source>Youth offending service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="40"/>
        <source>Sexual health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="41"/>
        <source>Mental health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="42"/>
        <source>Substance misuse service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="43"/>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="47"/>
        <source>Safeguarding a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="48"/>
        <source>Coordinating services for the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="49"/>
        <source>Finding a child missing education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="50"/>
        <source>Answering a helpdesk enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="51"/>
        <source>Searching for another practitioner (mediated request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="53"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="54"/>
        <source>Another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="57"/>
        <source>Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="58"/>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="59"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="63"/>
        <source>sounds alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="64"/>
        <source>short form of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="65"/>
        <source>another known name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="66"/>
        <source>names swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="67"/>
        <source>similar spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="68"/>
        <source>close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="69"/>
        <source>middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="70"/>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="74"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="75"/>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="76"/>
        <source>forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="77"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="78"/>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="79"/>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="83"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="84"/>
        <source>Session renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="85"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="86"/>
        <source>Searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="87"/>
        <source>Viewed a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="93"/>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="94"/>
        <source>too many matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="95"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="96"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="97"/>
        <source>not enough details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="124"/>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="127"/>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="137"/>
        <source>{day} {month} {year}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="143"/>
        <source>ID differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="144"/>
        <source>Surname differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="145"/>
        <source>Forename differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="146"/>
        <source>Date of birth differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="147"/>
        <source>Gender differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="148"/>
        <source>Postcode differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="158"/>
        <source>{field} differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="162"/>
        <source>Middle name used as first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="164"/>
        <source>Date of birth: one digit different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="166"/>
        <source>Date of birth: a year out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="180"/>
        <source>{grade}: {differ}; agrees on {agreed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="182"/>
        <source>{grade}: {differ}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="189"/>
        <source>{field} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="193"/>
        <source>{grade}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="200"/>
        <source>{action} ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="243"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="244"/>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="248"/>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="249"/>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="252"/>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="254"/>
        <source>{n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="255"/>
        <source>under a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/labels.py" line="261"/>
        <source>{date} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="19"/>
        <source>Domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="20"/>
        <source>The child, or an adult with them, has fled someone who may look for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="23"/>
        <source>Risk to an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="24"/>
        <source>An adult living with the child is at risk if their address is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="27"/>
        <source>Serious crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="28"/>
        <source>Showing where the child lives could harm the prevention or detection of a serious crime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="31"/>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="32"/>
        <source>The child&apos;s identities before and after adoption must not be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="35"/>
        <source>Risk to a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="36"/>
        <source>Showing where the child lives could put their placement at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="41"/>
        <source>Set by the data supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="44"/>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="45"/>
        <source>The child&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="46"/>
        <source>My agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="49"/>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="50"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="51"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="52"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="55"/>
        <source>Waiting for the management team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="56"/>
        <source>Contact made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="57"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="60"/>
        <source>Interim shield not confirmed within 72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="62"/>
        <source>Consent override recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="63"/>
        <source>Shield review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="66"/>
        <source>ContactPoint manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="67"/>
        <source>Data administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="68"/>
        <source>User manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="69"/>
        <source>ContactPoint trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="70"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="71"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="72"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="75"/>
        <source>Viewed the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="76"/>
        <source>Found in a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="77"/>
        <source>Listed in recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="95"/>
        <source>Enter {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="97"/>
        <source>{What} must be {limit} characters or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="101"/>
        <source>{What} must not contain special control characters</source>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="32"/>
        <source>Why are you looking at this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="43"/>
        <source>{reason}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="52"/>
        <source>Reason for viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="60"/>
        <source>Your reason is recorded with every record you open. It is kept for this session; you can change it on the record. Press its number (1 to 7) to choose it and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="80"/>
        <source>Give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="81"/>
        <source>Do not include the child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="87"/>
        <location filename="../../cpdesk/views/reason.py" line="90"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="91"/>
        <location filename="../../cpdesk/views/reason.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="135"/>
        <source>Select why you are looking at this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="136"/>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/reason.py" line="142"/>
        <source>Enter the reason you are looking at this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentModel</name>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="36"/>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="38"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="39"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="40"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="41"/>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="80"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="80"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentView</name>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="42"/>
        <source>You have not opened any records since you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="87"/>
        <location filename="../../cpdesk/views/recent.py" line="93"/>
        <location filename="../../cpdesk/views/recent.py" line="96"/>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="97"/>
        <source>The records you have opened since you signed in, newest first. Enter opens the record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="100"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="101"/>
        <source>Refresh the recently viewed list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="109"/>
        <source>Recently viewed summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="112"/>
        <source>Recently viewed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="122"/>
        <source>Loading the records you have viewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="138"/>
        <source>1 record viewed since you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="139"/>
        <source>{n} records viewed since you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/recent.py" line="141"/>
        <source>{viewed} Records the directory no longer shows you are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../cpdesk/views/record.py" line="74"/>
        <source>This record is shielded. Location details are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="76"/>
        <source>If you need to contact the people working with this child, ask your local authority&apos;s ContactPoint management team. They can pass on a message without revealing where the child lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="82"/>
        <source>Hidden because the record is shielded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="83"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="84"/>
        <source>Services that ended in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="85"/>
        <source>Who viewed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="86"/>
        <source>Request shielding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="87"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="88"/>
        <source>Ask the management team to make contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="90"/>
        <source>Contact details copied. They will be cleared from the clipboard in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="92"/>
        <source>Every contact on the screen copied. They will be cleared from the clipboard in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="330"/>
        <location filename="../../cpdesk/views/record.py" line="339"/>
        <source>Child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="348"/>
        <location filename="../../cpdesk/views/record.py" line="349"/>
        <source>Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="354"/>
        <source>Your reason for viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="356"/>
        <source>Change reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="357"/>
        <source>Change your reason for viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="360"/>
        <location filename="../../cpdesk/views/record.py" line="361"/>
        <source>Copy all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="362"/>
        <source>Control Shift C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="432"/>
        <source>Opening the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="432"/>
        <source>Still waiting for the directory service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="461"/>
        <source>Your reason for viewing: not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="463"/>
        <source>Your reason for viewing: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="524"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="532"/>
        <source>No lead professional recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="548"/>
        <source>No other contacts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="572"/>
        <source>Record of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="618"/>
        <source>Shielded on {when} by {who}; ground: {ground}; review by {review}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="623"/>
        <source>{shield} Interim shield: confirm by {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="625"/>
        <source>now (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="638"/>
        <source>Loading who viewed this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="654"/>
        <source>{when} — {username} ({roles}, {la}): {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="659"/>
        <source>{entry}, reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="662"/>
        <source>No one has viewed this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="682"/>
        <source>This child may also have record {id}; check before passing on contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="684"/>
        <source>This child also has record {id}; check it before passing on contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="695"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="701"/>
        <source>Open record {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="708"/>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="714"/>
        <source>{key}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="736"/>
        <location filename="../../cpdesk/views/record.py" line="746"/>
        <source>Report a problem with these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="743"/>
        <source>Contact actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="744"/>
        <source>Copy contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="748"/>
        <source>Report a problem with the child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="755"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="756"/>
        <location filename="../../cpdesk/views/record.py" line="772"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="758"/>
        <location filename="../../cpdesk/views/record.py" line="773"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="760"/>
        <location filename="../../cpdesk/views/record.py" line="775"/>
        <location filename="../../cpdesk/views/record.py" line="781"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="761"/>
        <source>{relationship}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="768"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="770"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="771"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="777"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="777"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="779"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="785"/>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="786"/>
        <source>Lead professional: {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/record.py" line="787"/>
        <source>{service}: {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="32"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="33"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="34"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="35"/>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="36"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="37"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="98"/>
        <source>{name} (also known as {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="106"/>
        <location filename="../../cpdesk/views/search_results.py" line="111"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="107"/>
        <location filename="../../cpdesk/views/search_results.py" line="111"/>
        <source>Not known</source>
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
    <name>SearchForm</name>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="43"/>
        <location filename="../../cpdesk/views/search_form.py" line="302"/>
        <source>Enter a surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="44"/>
        <source>Enter forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="45"/>
        <source>Enter a date of birth (the year alone is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="47"/>
        <source>Enter a full date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="48"/>
        <source>Enter a range of birth dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="50"/>
        <source>Choose a gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="51"/>
        <source>Enter a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="52"/>
        <source>Enter an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="56"/>
        <source>Enter a surname with letters in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="57"/>
        <source>Enter forenames with letters in them (at least 2 before *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="59"/>
        <source>Enter a postcode with letters and numbers in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="62"/>
        <source>Enter a surname and a date of birth, or an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="64"/>
        <source>Surname must be 100 characters or fewer, without special characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="66"/>
        <source>Forenames can end with * only after at least 2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="68"/>
        <source>Enter a real postcode, like LS6 2QE or LS6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="69"/>
        <source>An ID has only letters, numbers and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="70"/>
        <location filename="../../cpdesk/views/search_form.py" line="71"/>
        <source>Check the range of birth dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="120"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="121"/>
        <location filename="../../cpdesk/views/search_form.py" line="148"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="121"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="122"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="123"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="124"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="131"/>
        <source>Search by a range of birth dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="138"/>
        <location filename="../../cpdesk/views/search_form.py" line="154"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="139"/>
        <location filename="../../cpdesk/views/search_form.py" line="157"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="142"/>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="143"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="144"/>
        <source>For example, 27 3 2014. The year alone is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="146"/>
        <source>&amp;Forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="147"/>
        <source>End with * to match the start of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="149"/>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="150"/>
        <source>Full or first half, for example LS6 2QE or LS6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="152"/>
        <source>I&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="153"/>
        <source>For example, CP 044 967 6956</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="155"/>
        <source>Born on or after, for example 1 1 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="158"/>
        <source>Born on or before, for example 31 12 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="182"/>
        <location filename="../../cpdesk/views/search_form.py" line="184"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="186"/>
        <location filename="../../cpdesk/views/search_form.py" line="187"/>
        <source>Widen search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="189"/>
        <source>Search again including similar names and nearby dates of birth (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="192"/>
        <source>New caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="194"/>
        <source>New caller: clear the form and the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="312"/>
        <source>Check this detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_form.py" line="316"/>
        <source>Check the details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="45"/>
        <source>1 child found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="46"/>
        <source>{n} children found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="135"/>
        <source>Search result summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="137"/>
        <location filename="../../cpdesk/views/search_results.py" line="138"/>
        <source>Widen search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="140"/>
        <source>Search again including similar names and nearby dates of birth (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="148"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="159"/>
        <source>Sort by match, name or date of birth by choosing the column heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="183"/>
        <source>Too many children match. Add more details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="186"/>
        <source>{hint} Or choose &quot;Widen search&quot; to include similar names and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="192"/>
        <source>No child matches these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="194"/>
        <source>{hint} Check the details with the caller. To include similar names and dates, choose &quot;Widen search&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="201"/>
        <source>{found} (widened search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search_results.py" line="203"/>
        <source>{found}. Use the arrow keys to choose, then press Enter to open the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../cpdesk/views/search.py" line="43"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search.py" line="44"/>
        <source>Still searching the directory. A search through millions of records can take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search.py" line="52"/>
        <location filename="../../cpdesk/views/search.py" line="60"/>
        <location filename="../../cpdesk/views/search.py" line="67"/>
        <source>Search for a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search.py" line="81"/>
        <source>Search cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/search.py" line="165"/>
        <source>Add more details to search.</source>
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
