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
    <name>AlertsTab</name>
    <message>
        <location filename="../../cpdesk/views/management.py" line="728"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="729"/>
        <source>For your local authority: interim shields not confirmed in time, consent overrides, and shields overdue for review. Enter opens the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="731"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="731"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="731"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="731"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="746"/>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="747"/>
        <source>1 alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="747"/>
        <source>{n} alerts.</source>
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
    <name>CallForm</name>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="90"/>
        <source>Do not write case details or a child&apos;s details. Say only what the caller needs, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="184"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="186"/>
        <source>Who is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="187"/>
        <source>A user of cpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="188"/>
        <source>A member of the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="190"/>
        <source>Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="191"/>
        <source>The caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="193"/>
        <source>Which user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="194"/>
        <source>Their username, phone number or email. Press Enter to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="195"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="197"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="195"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="260"/>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="199"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="200"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="201"/>
        <source>A sentence, 500 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="202"/>
        <source>Where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="202"/>
        <source>Choose where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="204"/>
        <source>Where does it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="205"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="207"/>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="208"/>
        <source>Control Enter, from any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="255"/>
        <source>Select who is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="257"/>
        <source>Enter the user&apos;s username, phone number or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="261"/>
        <source>a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="265"/>
        <source>Choose where the call goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="279"/>
        <source>Some of the details are not in a form the service accepts. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="289"/>
        <source>Call logged: {route}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="291"/>
        <source>Call logged and sent to the {route}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="293"/>
        <source>Call logged for the helpdesk to follow up.</source>
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
    <name>ClaimedTab</name>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="407"/>
        <source>My claimed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="408"/>
        <source>Requests you are working on. Call the practitioner back only on the contact shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="410"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="410"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="410"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="410"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="411"/>
        <source>Call back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="416"/>
        <location filename="../../cpdesk/views/mediation.py" line="417"/>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="418"/>
        <source>Opens the chosen claimed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="428"/>
        <source>Mediate for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="431"/>
        <location filename="../../cpdesk/views/mediation.py" line="434"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="432"/>
        <source>Fulfilled: I called the practitioner back with the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="433"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="435"/>
        <source>Do not write the child&apos;s details or any case details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="437"/>
        <location filename="../../cpdesk/views/mediation.py" line="438"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="439"/>
        <source>For a decline, the reason: the practitioner sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="440"/>
        <source>Send outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="447"/>
        <source>You have no claimed requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="448"/>
        <source>{n} claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="451"/>
        <source>Request from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="453"/>
        <source>{urgency}. Child: {child}. Call back on: {callback} (registered for the practitioner). Asked {when} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="473"/>
        <source>Select fulfilled or declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="476"/>
        <source>Mediate for this request before fulfilling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="478"/>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="499"/>
        <source>Request fulfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="500"/>
        <source>Request declined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassDashboard</name>
    <message>
        <location filename="../../cpdesk/views/training.py" line="97"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="98"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="489"/>
        <location filename="../../cpdesk/views/training.py" line="531"/>
        <location filename="../../cpdesk/views/training.py" line="532"/>
        <source>Export completions (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="492"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="495"/>
        <source>Choose where to save the completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="506"/>
        <location filename="../../cpdesk/views/training.py" line="516"/>
        <location filename="../../cpdesk/views/training.py" line="521"/>
        <source>Class progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="523"/>
        <source>Each trainee&apos;s steps as the directory service checked them, refreshed every {seconds} seconds. Stuck means no new step for {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="527"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="528"/>
        <source>Refresh class progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="534"/>
        <source>Saves who completed which step and when, marked TRAINING, to a file you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="542"/>
        <source>Class progress status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="546"/>
        <source>Trainees and their steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="548"/>
        <source>A row per trainee; a column per step, each saying done and when, or not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="563"/>
        <source>Loading the class&apos;s progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="569"/>
        <source>Columns: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="603"/>
        <source>1 trainee started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="604"/>
        <source>{n} trainees started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="605"/>
        <source>No trainee has completed a step yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="607"/>
        <source>Stuck: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="608"/>
        <source>Checked at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="651"/>
        <source>Completions can be exported only from a training realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="657"/>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="662"/>
        <source>The file could not be saved ({error}). Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="666"/>
        <source>Exported 1 completed step to {file}. The file says TRAINING; it holds usernames and times only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="669"/>
        <source>Exported {n} completed steps to {file}. The file says TRAINING; it holds usernames and times only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassModel</name>
    <message>
        <location filename="../../cpdesk/views/training.py" line="64"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="401"/>
        <source>{scenario}, step {n}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="418"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="421"/>
        <source>Stuck: no new step for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="423"/>
        <source>Working ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="454"/>
        <source>{step}: done at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="455"/>
        <source>{step}: not yet</source>
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
    <name>ContactRequestView</name>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="294"/>
        <location filename="../../cpdesk/views/shielding.py" line="298"/>
        <source>Ask the management team to make contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="301"/>
        <source>A sensitive service is involved with this child. The local authority&apos;s ContactPoint management team will pass your message on and ask the service to contact you. They will not tell you which service it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="305"/>
        <source>Do not write case details here. Say who you are and why you need to speak to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="307"/>
        <location filename="../../cpdesk/views/shielding.py" line="308"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="308"/>
        <source>500 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="310"/>
        <source>Phone number for the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="311"/>
        <source>For example, 0113 496 0000. Give a phone number, an email address or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="314"/>
        <source>Email address for the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="325"/>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="330"/>
        <source>Enter a phone number or an email address for the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="333"/>
        <source>Enter a phone number, like 0113 496 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="335"/>
        <source>Enter an email address in the correct format, like name@example.gov.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="338"/>
        <source>This record has no sensitive-service notice to ask about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRequestsModel</name>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="87"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="88"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="89"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="90"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../cpdesk/views/management.py" line="651"/>
        <source>Contact requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="652"/>
        <source>Practitioners asking your team to pass a message to a sensitive service involved with a child of your local authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="654"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="654"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="654"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="654"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="664"/>
        <source>Open the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="666"/>
        <location filename="../../cpdesk/views/management.py" line="669"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="667"/>
        <source>Contact made: the service will call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="668"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="670"/>
        <location filename="../../cpdesk/views/management.py" line="671"/>
        <source>Note to the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="672"/>
        <source>They see this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="673"/>
        <source>Close request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="680"/>
        <source>Request about {id} from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="682"/>
        <source>Asked {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="684"/>
        <source>Message: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="688"/>
        <source>Reply to: {ways}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="703"/>
        <source>Select contact made or declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="705"/>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="713"/>
        <source>Request closed. The practitioner will see it in My requests.</source>
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
    <name>DataIssuesModel</name>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="114"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="115"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="116"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataIssuesView</name>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="236"/>
        <location filename="../../cpdesk/views/data_issues.py" line="241"/>
        <location filename="../../cpdesk/views/data_issues.py" line="243"/>
        <source>Data issues</source>
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
    <name>DecisionsTab</name>
    <message>
        <location filename="../../cpdesk/views/management.py" line="93"/>
        <source>Approving hides where each child you tick lives — address, school, GP, carers&apos; addresses — from everyone outside your management team, from their next search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="315"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="315"/>
        <source>Shielding requests for your local authority awaiting a decision, urgent first, then oldest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="318"/>
        <location filename="../../cpdesk/views/management.py" line="320"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="318"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="318"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="318"/>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="319"/>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="319"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="323"/>
        <location filename="../../cpdesk/views/management.py" line="324"/>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="325"/>
        <source>Opens the chosen shielding request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="335"/>
        <source>Open the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="337"/>
        <source>Other children at the same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="345"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="346"/>
        <source>Approve: shield the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="347"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="348"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="350"/>
        <location filename="../../cpdesk/views/management.py" line="351"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="352"/>
        <source>The requester sees this reason. No case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="353"/>
        <source>Why the address no longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="355"/>
        <source>If you leave a child at the address out, say why the address no longer applies to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="357"/>
        <source>Send decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="364"/>
        <source>Request for {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="365"/>
        <source>Ground: {ground}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="366"/>
        <source>On behalf of: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="367"/>
        <source>Requested by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="370"/>
        <source>Urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="372"/>
        <source>The requester asks for the household to be included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="374"/>
        <source>Justification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="383"/>
        <source>{name}, born {born}, ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="387"/>
        <source>Shield {name} too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="391"/>
        <source>Ticked children are shielded with this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="392"/>
        <source>No other children of your local authority live at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="394"/>
        <source>{household} 1 child of another local authority also live there: approving files an urgent request with their authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="397"/>
        <source>{household} {n} children of another local authority also live there: approving files an urgent request with their authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="410"/>
        <source>Select approve or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="412"/>
        <source>a reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="417"/>
        <source>why the address no longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="445"/>
        <source>Decision sent. The requester will see it in My requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="454"/>
        <source>Tick {name} too, or say why the address no longer applies to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="457"/>
        <source>Say why the address no longer applies to any child you leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="461"/>
        <source>A shield covers the household: other children of your local authority live at the same address and would be left unshielded.</source>
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
    <name>EnquiryQueueTab</name>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="435"/>
        <source>{team} queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="436"/>
        <source>Calls routed to your local authority&apos;s {team}, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="438"/>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="438"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="438"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="438"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="456"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="439"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="441"/>
        <source>Member of the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="442"/>
        <source>A user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="453"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="453"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="454"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="455"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="457"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="458"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="458"/>
        <source>No case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="459"/>
        <source>Update call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="466"/>
        <source>a member of the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="467"/>
        <source>a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="468"/>
        <source>{category}: {caller}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="470"/>
        <source>Logged by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="472"/>
        <source>Status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="473"/>
        <source>Summary: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="475"/>
        <source>Last note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="486"/>
        <source>Select the new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="487"/>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="494"/>
        <source>Call updated.</source>
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
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="52"/>
        <source>Report a problem with a record

Tell the data administrator of the local authority that owns this record that a detail is wrong. Choose the detail, say what it should be, and why you think so. Do not write case details.

The report is saved on this computer, encrypted, until the service has it. &quot;My requests&quot; shows what the data administrator did.

Esc: back to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="62"/>
        <source>Data issues

Reports that a field of one of your local authority&apos;s records is wrong, oldest first. Open one with Enter, check the record, then say whether it was corrected or not, with a note the reporter will see.

Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="98"/>
        <source>Helpdesk

Call: choose who is calling (Space on &quot;A user of cpdesk&quot;, or Down for a member of the public). For a user, type their username, phone number or email and press Enter to check them. Choose the category (type its first letter), Tab, type a short summary (no case details), Tab, choose where it goes (type its first letter), then press Ctrl+Enter to log the call.

Request for a mediator: for a practitioner who cannot use cpdesk. Check them, give what they know of the child and a phone number or email registered for them: the mediator calls them back there.

The other tabs are your teams&apos; queues.

Ctrl+Tab: next tab.  Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="80"/>
        <source>Management workspace

Each tab is one list of work: Decisions (shielding requests), Interim shields, Reviews, Contact requests and Alerts. Ctrl+Tab moves to the next tab. In a list, use the arrow keys and press Enter to open an item; its details and what you can do appear under the list.

A shield covers the household: approving one shields the children you tick at the same address; leaving one out needs a reason. Lifting is per household too.

Every decision is saved on this computer, encrypted, until the directory service has it; its status is shown under the form.

Ctrl+F: search.  Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="86"/>
        <source>Mediated access

Search on behalf of an authorised practitioner who cannot use cpdesk themselves.

Mediate: type the practitioner&apos;s username, phone number or email and press Enter to check them. Only an authorised user of your local authority can be mediated for. Choose the purpose and press &quot;Start mediating&quot;. For 30 minutes your searches and the records you open are recorded as done for them; the banner at the top says for whom and how long is left. Press End in the banner when you have finished.

On a record, &quot;Pass on details&quot; lists its contacts: tick each one you read out and choose &quot;Record what I passed on&quot;.

Open requests: claim a request to work on it. My claimed requests: mediate for it, then fulfil it, or decline it with a reason. Call the practitioner back only on the contact the request shows.

Ctrl+Tab: next tab.  Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="36"/>
        <source>My requests

The shielding requests and requests for contact you have made, newest first, and where each stands. Move through a list with the arrow keys: the outcome of the request you are on is shown under it.

Requests this computer has not been able to send yet are listed at the top, with &quot;Try again&quot; and &quot;Cancel request&quot;.

Ctrl+F: search.  Ctrl+L: lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="53"/>
        <source>Request shielding

Ask the local authority that owns this record to shield it. A shielded record shows only the child&apos;s name, date of birth, gender and ID to everyone outside that authority&apos;s management team: no address, school, GP or carers&apos; addresses.

Choose the ground, say briefly why (no case details), say on whose behalf you ask, and whether the other children at the same address should be included. Tick &quot;urgent&quot; if the child or family is at risk now.

The request is saved on this computer, encrypted, and sent at once; if the network is down it is sent when it comes back. &quot;My requests&quot; shows the decision.

Esc: back to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="66"/>
        <source>Ask the management team to make contact

The record says a sensitive service is involved but does not say which. The local authority&apos;s ContactPoint management team can pass your message on to that service and ask them to contact you. Give a short message (no case details) and a phone number or email address for the reply.

Esc: back to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="69"/>
        <source>Training scenarios

Exercises for this classroom. Choose a scenario in the list (arrow keys), read its steps, then do them in cpdesk: Ctrl+F takes you to the search. Each step is ticked when the directory service has seen you do it; this screen checks every few seconds while it is open. If you spend two minutes on a step, a hint appears under it.

Every child in the training directory is made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="78"/>
        <source>Class progress

Each trainee&apos;s steps as the directory service checked them, refreshed every few seconds while this screen is open. A trainee appears once the service has seen their first completed step. &quot;Stuck&quot; means no new step for 3 minutes: worth a visit.

Export completions (CSV) saves who completed which step and when, marked TRAINING, to a file you choose, for your user managers to record training dates. It holds usernames and times only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="51"/>
        <source>Users

Act on an account of your local authority: type the username, choose what to do, give a reason, and send. To re-enrol a card, choose &quot;Re-enrol a replacement card&quot; and then the card&apos;s public key file (PEM).

Suspending, revoking and re-enrolling sign the user out everywhere at once.

Ctrl+L: lock.</source>
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
    <name>HelpdeskView</name>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="506"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="512"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="514"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="530"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="517"/>
        <source>Helpdesk tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="530"/>
        <source>Enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="533"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="534"/>
        <source>Request for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="539"/>
        <source>{team} queue</source>
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
    <name>InterimTab</name>
    <message>
        <location filename="../../cpdesk/views/management.py" line="483"/>
        <source>Interim shields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="484"/>
        <source>Urgent interim shields awaiting confirmation. An interim shield not confirmed within 72 hours stays in place and raises an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="486"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="486"/>
        <source>Confirm by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="486"/>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="487"/>
        <source>Applied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="488"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="493"/>
        <source>Open the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="495"/>
        <source>Reason for confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="496"/>
        <source>Reason for confirming the shield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="497"/>
        <source>Confirm shield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="512"/>
        <source>Interim shield on {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="526"/>
        <source>a reason for confirming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueQueueTab</name>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="166"/>
        <source>Data issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="166"/>
        <source>Reports about your local authority&apos;s records, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="168"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="168"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="168"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="169"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="179"/>
        <source>Open the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="181"/>
        <location filename="../../cpdesk/views/data_issues.py" line="184"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="181"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="182"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="185"/>
        <location filename="../../cpdesk/views/data_issues.py" line="186"/>
        <source>Note for the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="187"/>
        <source>The reporter sees this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="188"/>
        <source>Send outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="196"/>
        <source>{field} on record {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="198"/>
        <source>Reported by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="201"/>
        <source>Should say: {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="203"/>
        <source>Why: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="218"/>
        <source>Select corrected or not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="219"/>
        <source>a note for the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="226"/>
        <source>Outcome sent.</source>
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
        <location filename="../../cpdesk/views/mediation.py" line="78"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="79"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="81"/>
        <source>Waiting for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="82"/>
        <source>A mediator is working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="83"/>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="84"/>
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
        <location filename="../../cpdesk/views/helpdesk.py" line="77"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="83"/>
        <location filename="../../cpdesk/views/workflow_labels.py" line="66"/>
        <source>ContactPoint manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="76"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="82"/>
        <location filename="../../cpdesk/views/workflow_labels.py" line="67"/>
        <source>Data administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="64"/>
        <source>Access problem (cannot sign in or search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="65"/>
        <source>Locked card or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="66"/>
        <source>Subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="67"/>
        <source>Shielding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="68"/>
        <source>Data error on a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="69"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="73"/>
        <source>Resolved on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="74"/>
        <source>Helpdesk: follow up later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="75"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="81"/>
        <location filename="../../cpdesk/views/workflow_labels.py" line="68"/>
        <source>User manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="86"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="87"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="88"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/workflow_labels.py" line="69"/>
        <source>ContactPoint trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="80"/>
        <location filename="../../cpdesk/views/workflow_labels.py" line="70"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="33"/>
        <location filename="../../cpdesk/views/data_issues.py" line="41"/>
        <location filename="../../cpdesk/views/data_issues.py" line="46"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="34"/>
        <source>Forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="35"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="36"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="37"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="39"/>
        <location filename="../../cpdesk/views/data_issues.py" line="44"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="40"/>
        <location filename="../../cpdesk/views/data_issues.py" line="45"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="42"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="43"/>
        <location filename="../../cpdesk/views/workflow_labels.py" line="71"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="48"/>
        <source>Waiting for the data administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="49"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="50"/>
        <source>Not changed</source>
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
    <name>ManagementView</name>
    <message>
        <location filename="../../cpdesk/views/management.py" line="757"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="763"/>
        <location filename="../../cpdesk/views/management.py" line="765"/>
        <source>Management workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="767"/>
        <source>Management lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatedRequestForm</name>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="93"/>
        <source>That phone number or email is not registered for this practitioner. Details are passed on only by calling them back on a registered contact: ask for the one their user manager holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="322"/>
        <source>Request for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="324"/>
        <source>For a practitioner who cannot use cpdesk. A mediator searches for them and calls them back on a contact registered for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="327"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="329"/>
        <source>Which practitioner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="330"/>
        <source>Their username, phone number or email. Press Enter to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="331"/>
        <source>What they know of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="333"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="335"/>
        <source>Forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="336"/>
        <location filename="../../cpdesk/views/helpdesk.py" line="337"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="338"/>
        <source>For example, 27 3 2014. A year alone will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="340"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="341"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="342"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="343"/>
        <source>Urgent: a child may be at risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="345"/>
        <source>How urgent is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="347"/>
        <source>Call back on phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="348"/>
        <source>A number registered for the practitioner, for example 0113 496 0000. Give a phone number, an email or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="351"/>
        <source>Or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="352"/>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="354"/>
        <source>Send request for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="373"/>
        <source>Check the practitioner: only an authorised user can ask for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="384"/>
        <source>Enter what the practitioner knows of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="387"/>
        <source>Select how urgent it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="390"/>
        <source>Enter a phone number or email registered for the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="400"/>
        <source>Some of the details are not in a form the service accepts. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="409"/>
        <source>Request sent to the mediators. They will call the practitioner back on the contact given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediatedRequestsModel</name>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="100"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="101"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="102"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="103"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationView</name>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="118"/>
        <source>No name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="120"/>
        <source>{child}, born {dob}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="123"/>
        <source>{child}, postcode {postcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="131"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="132"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="514"/>
        <location filename="../../cpdesk/views/mediation.py" line="520"/>
        <location filename="../../cpdesk/views/mediation.py" line="522"/>
        <source>Mediated access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="524"/>
        <source>Mediated access tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="528"/>
        <source>Mediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="529"/>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="530"/>
        <source>My claimed requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyRequestsView</name>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="53"/>
        <source>{status} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="54"/>
        <source>the ContactPoint manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="57"/>
        <source>{outcome} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="60"/>
        <source>{outcome}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="64"/>
        <source>{outcome}. The shield will be reviewed by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="128"/>
        <source>1 search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="130"/>
        <source>{n} searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="133"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="135"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="136"/>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="140"/>
        <source>{contacts} passed on: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="144"/>
        <source>{contacts} passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="146"/>
        <source>Receipt: fulfilled by {who} on {when}. {searches} on your behalf. Records viewed: {viewed}. {passed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="154"/>
        <location filename="../../cpdesk/views/requests.py" line="160"/>
        <location filename="../../cpdesk/views/requests.py" line="163"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="165"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="166"/>
        <source>Refresh my requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="177"/>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="181"/>
        <source>Shielding requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="183"/>
        <source>My shielding requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="188"/>
        <source>Outcome of the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="192"/>
        <source>Requests for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="193"/>
        <source>Asked of the management team about a sensitive service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="196"/>
        <source>My requests for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="202"/>
        <source>Outcome of the chosen request for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="205"/>
        <source>Requests for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="207"/>
        <source>My requests for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="212"/>
        <location filename="../../cpdesk/views/requests.py" line="213"/>
        <source>Show receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="214"/>
        <source>The receipt of the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="223"/>
        <source>Outcome of the chosen request for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="228"/>
        <source>Data issues I reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="230"/>
        <source>My data issue reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="235"/>
        <source>Outcome of the chosen data issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="243"/>
        <source>Loading your requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="270"/>
        <source>You have made no requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="281"/>
        <source>{shielding}, {contacts}, {mediated}, {issues}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="282"/>
        <source>1 shielding request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="283"/>
        <source>{n} shielding requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="284"/>
        <source>1 request for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="285"/>
        <source>{n} requests for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="286"/>
        <source>{n} for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="287"/>
        <source>1 data issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="288"/>
        <source>{n} data issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="293"/>
        <source>Not sent yet from this computer: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="310"/>
        <location filename="../../cpdesk/views/requests.py" line="327"/>
        <location filename="../../cpdesk/views/requests.py" line="360"/>
        <source>{status} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="312"/>
        <source>{status}. Note from the management team: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="324"/>
        <source>{status}; claimed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="329"/>
        <source>{status}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="341"/>
        <source>Fetching the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="363"/>
        <source>{status}. Note from the data administrator: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRequestsTab</name>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="366"/>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="367"/>
        <source>Practitioners of your local authority asking a mediator to search for them: urgent first, then oldest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="369"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="369"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="369"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="369"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="372"/>
        <location filename="../../cpdesk/views/mediation.py" line="373"/>
        <source>Claim request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="374"/>
        <source>Claims the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="393"/>
        <source>Request claimed: it is under &quot;My claimed requests&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="26"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="27"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="28"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="29"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="36"/>
        <source>{label}: sent. The directory service has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="40"/>
        <source>{label}: cancelled. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="42"/>
        <source>It was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="45"/>
        <source>{label}: not sent. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="48"/>
        <source>{label}: saved on this computer, not sent yet. {message} cpdesk will try again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="53"/>
        <source>{label}: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="72"/>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="75"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="76"/>
        <source>Try sending the request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="79"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="80"/>
        <source>Cancel the request (it will not be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/outbox_status.py" line="117"/>
        <source>This request is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassOnPanel</name>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="23"/>
        <source>Pass on details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="24"/>
        <source>Tick each contact you read out to the practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="38"/>
        <source>the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="40"/>
        <source>Tick each contact you read out to {who}, then record it. Their receipt lists what you passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="48"/>
        <source>{service}: {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="51"/>
        <source>{contact}, {practitioner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="58"/>
        <source>{relationship}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="61"/>
        <source>This record shows no contacts to pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="68"/>
        <location filename="../../cpdesk/views/pass_on.py" line="69"/>
        <source>Record what I passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="79"/>
        <source>Passed on: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="96"/>
        <source>The mediation has ended: start a new one to record what you pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="103"/>
        <source>cpdesk could not record these contacts. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="116"/>
        <source>Recorded: 1 contact passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/pass_on.py" line="117"/>
        <source>Recorded: {n} contacts passed on.</source>
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
    <name>PractitionerCheckBox</name>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="65"/>
        <source>{who} is an authorised user of your local authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="67"/>
        <source>Not authorised. This person is not an authorised user you can act for. Do not search for them: they can ask their user manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="70"/>
        <source>Suspended. This user&apos;s account is suspended. Do not search for them: they should call their user manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="73"/>
        <source>CRB check out of date. This user&apos;s CRB disclosure is more than three years old. Do not search for them: they should ask their user manager to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="105"/>
        <source>This person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="108"/>
        <source>{who} ({organisation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="150"/>
        <source>Username, phone number or email. Enter checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="154"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="155"/>
        <source>Check: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="161"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="191"/>
        <location filename="../../cpdesk/views/mediation.py" line="200"/>
        <source>Enter a username, phone number or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="194"/>
        <source>Checking…</source>
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
    <name>QueueTab</name>
    <message>
        <location filename="../../cpdesk/views/management.py" line="139"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="140"/>
        <source>Refresh: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="150"/>
        <source>Enter opens the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="187"/>
        <source>Loading {list}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="198"/>
        <source>Nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="199"/>
        <source>{n} to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="259"/>
        <source>Some of the details are not in a form the service accepts. Check them and try again.</source>
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
    <name>ReportIssueView</name>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="77"/>
        <source>{field} (a carer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="79"/>
        <source>{field} (a service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="92"/>
        <source>Carer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="94"/>
        <source>A carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="97"/>
        <source>{service}: {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="99"/>
        <source>A service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="104"/>
        <location filename="../../cpdesk/views/data_issues.py" line="109"/>
        <source>Report a problem with a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="106"/>
        <source>Send report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="116"/>
        <source>Which detail is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="118"/>
        <source>What should it say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="119"/>
        <source>If you do not know, say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="121"/>
        <source>Do not write case details. Say only how you know the detail is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="123"/>
        <source>Why you think it is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="124"/>
        <source>Why do you think it is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="129"/>
        <source>About: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="131"/>
        <source>Choose the detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="142"/>
        <source>Choose the detail that is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="143"/>
        <source>what it should say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/data_issues.py" line="146"/>
        <source>why you think it is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestShieldingView</name>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="48"/>
        <source>Do not write case details here. Say only why the child&apos;s whereabouts must be hidden now. The ContactPoint manager who decides will contact you if they need more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="228"/>
        <location filename="../../cpdesk/views/shielding.py" line="232"/>
        <source>Request shielding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="234"/>
        <source>The local authority that owns this record decides. If it is approved, the record shows only name, date of birth, gender and ID to everyone outside its management team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="237"/>
        <source>Ground for shielding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="241"/>
        <source>Why should this record be shielded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="242"/>
        <source>Choose the statutory ground that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="244"/>
        <location filename="../../cpdesk/views/shielding.py" line="245"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="246"/>
        <source>A sentence or two, 500 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="247"/>
        <source>On whose behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="250"/>
        <source>On whose behalf are you asking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="251"/>
        <location filename="../../cpdesk/views/shielding.py" line="254"/>
        <source>Include the other children at the same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="256"/>
        <source>A shield covers the household: the manager decides for each child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="258"/>
        <source>This is urgent: the child or family is at risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="260"/>
        <source>Urgent: the child or family is at risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="269"/>
        <source>Select the ground for shielding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="270"/>
        <source>a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="274"/>
        <source>Select on whose behalf you are asking</source>
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
    <name>ReviewsTab</name>
    <message>
        <location filename="../../cpdesk/views/management.py" line="98"/>
        <source>Lifting shows where the child lives again to everyone who may see the record. Lift every shielded child at the same address together, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="103"/>
        <source>The shield was not lifted: other children at the same address are still shielded, and lifting this one alone would give their address away. Tick them under &quot;Review together&quot; and lift them all, or renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="550"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="550"/>
        <source>Shields due for review within 30 days, overdue first. Renew or lift them per household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="553"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="553"/>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="553"/>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="553"/>
        <source>Applied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="554"/>
        <location filename="../../cpdesk/views/management.py" line="556"/>
        <source>Interim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="560"/>
        <source>Open the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="562"/>
        <source>Review outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="563"/>
        <source>Renew for another 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="564"/>
        <source>Lift the shield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="565"/>
        <source>Outcome of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="567"/>
        <source>Reason for the review outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="569"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="569"/>
        <source>No case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="570"/>
        <source>Review together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="571"/>
        <source>Tick the other shielded children at the same address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="578"/>
        <source>Send review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="585"/>
        <source>Shield on {id}, review by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="593"/>
        <source>ID {id} (review by {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="595"/>
        <source>Review {id} together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="612"/>
        <source>Select renew or lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="614"/>
        <source>a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="623"/>
        <source>Review sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/management.py" line="632"/>
        <source>The directory service said: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPane</name>
    <message>
        <location filename="../../cpdesk/views/training.py" line="157"/>
        <location filename="../../cpdesk/views/training.py" line="165"/>
        <location filename="../../cpdesk/views/training.py" line="174"/>
        <source>Training scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="175"/>
        <source>Choose a scenario, then do its steps in cpdesk. Each step is ticked when the directory service has seen you do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="181"/>
        <source>Scenario status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="185"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="186"/>
        <source>Arrow keys choose a scenario; its steps are shown beside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="217"/>
        <location filename="../../cpdesk/views/training.py" line="266"/>
        <source>Loading the scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="282"/>
        <source>{done} of {total} steps done. Checked at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="287"/>
        <source>Step done: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="288"/>
        <source>{n} steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="293"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="294"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="295"/>
        <source>{title} (level {level}, {state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="309"/>
        <source>Level 1: everyday work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="310"/>
        <source>Level 2: advanced</source>
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
    <name>ShieldingRequestsModel</name>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="72"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="73"/>
        <source>Child ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="74"/>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="75"/>
        <location filename="../../cpdesk/views/requests.py" line="82"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/requests.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartTab</name>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="229"/>
        <source>Mediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="231"/>
        <source>Both of you must be authorised users. Everything you do while mediating is recorded for you and for them, with the purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="238"/>
        <source>For the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="241"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="244"/>
        <source>Who are you searching for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="245"/>
        <source>Their username, phone number or email. Press Enter to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="248"/>
        <location filename="../../cpdesk/views/mediation.py" line="253"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="249"/>
        <location filename="../../cpdesk/views/mediation.py" line="292"/>
        <source>Choose the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="254"/>
        <source>Why the practitioner needs the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="257"/>
        <location filename="../../cpdesk/views/mediation.py" line="259"/>
        <source>Start mediating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="267"/>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="275"/>
        <source>For the request from {who} about {child}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="289"/>
        <source>Check the practitioner: only an authorised user can be mediated for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="318"/>
        <source>Check the details and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="331"/>
        <source>The mediation started, but cpdesk could not read the service&apos;s answer. End it from the service, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/mediation.py" line="346"/>
        <source>Mediating for {who} until {time}. End it from the banner at the top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../cpdesk/views/training.py" line="131"/>
        <source>Hint: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="143"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="145"/>
        <source>Done {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/training.py" line="147"/>
        <source>{step} {status}.</source>
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
    <name>UsersView</name>
    <message>
        <location filename="../../cpdesk/views/users.py" line="41"/>
        <source>Suspend the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="42"/>
        <source>They cannot sign in until reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="43"/>
        <source>Reinstate the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="44"/>
        <source>They can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="45"/>
        <source>Revoke their card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="46"/>
        <source>The card no longer signs in; enrol a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="47"/>
        <source>Re-enrol a replacement card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="48"/>
        <source>From the new card&apos;s public key (a PEM file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="64"/>
        <source>{username}: account active, card revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="67"/>
        <source>{username}: account active, card in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="70"/>
        <source>{username}: account suspended, card revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="73"/>
        <source>{username}: account suspended, card in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="79"/>
        <location filename="../../cpdesk/views/users.py" line="86"/>
        <location filename="../../cpdesk/views/users.py" line="88"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="89"/>
        <source>Users of your local authority only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="94"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="95"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="98"/>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="102"/>
        <location filename="../../cpdesk/views/users.py" line="104"/>
        <source>Choose the card&apos;s public key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="105"/>
        <source>A PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="108"/>
        <location filename="../../cpdesk/views/users.py" line="240"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="109"/>
        <source>Public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="111"/>
        <source>Replacement card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="112"/>
        <source>Suspending, revoking or re-enrolling signs the user out of every desk at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="114"/>
        <location filename="../../cpdesk/views/users.py" line="115"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="116"/>
        <source>Recorded with the action. No case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="117"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="119"/>
        <source>Send the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="130"/>
        <source>The user&apos;s standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="150"/>
        <source>The file could not be read. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="154"/>
        <source>The file is not a public key (PEM). Choose the card&apos;s public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="157"/>
        <source>Chosen: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="162"/>
        <source>The card&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="163"/>
        <source>Public key (*.pem *.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="172"/>
        <source>Enter the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="175"/>
        <source>Select what you want to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="177"/>
        <source>Choose the replacement card&apos;s public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="180"/>
        <source>a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="207"/>
        <source>Some of the details are not in a form the service accepts. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="222"/>
        <source>There is no user with that username in your local authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/users.py" line="230"/>
        <source>Done.</source>
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
<context>
    <name>_Form</name>
    <message>
        <location filename="../../cpdesk/views/helpdesk.py" line="150"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WriteScreen</name>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="97"/>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="128"/>
        <location filename="../../cpdesk/views/shielding.py" line="129"/>
        <source>Back to the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="146"/>
        <source>For {forenames} {surname}, ID {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cpdesk/views/shielding.py" line="181"/>
        <source>Some of the details are not in a form the service accepts. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
