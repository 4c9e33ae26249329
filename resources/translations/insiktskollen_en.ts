<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name />
    <message>
        <location filename="../../ui/history.py" line="64" />
        <source>Kommentar: {field}</source>
        <translation>Comment: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66" />
        <source>Milstolpe: {field}</source>
        <translation>Milestone: {field}</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../ui/action_form.py" line="113" />
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="116" />
        <source>Milstolpar</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="117" />
        <source>Kommentarer</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="127" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="144" />
        <source>Vad ska göras? (t.ex. Telefontider)</source>
        <translation>What is to be done?</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="153" />
        <source>Kommentar till statusbytet (sparas som uppföljning)</source>
        <translation>Comment on the status change (saved as a follow-up)</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="156" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="158" />
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="164" />
        <source>Välj eller skriv ett nytt namn</source>
        <translation>Choose or type a new name</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="165" />
        <source>Välj eller skriv en ny enhet</source>
        <translation>Choose or type a new unit</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="177" />
        <source>Spara (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="179" />
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="188" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="190" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="191" />
        <source>&amp;Bedömning</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="192" />
        <source>&amp;Framsteg</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="196" />
        <source>&amp;Ansvarig</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="196" />
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="201" />
        <location filename="../../ui/action_form.py" line="434" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="202" />
        <location filename="../../ui/action_form.py" line="435" />
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="203" />
        <location filename="../../ui/action_form.py" line="436" />
        <source>Klar datum</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="209" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="210" />
        <source>Servicefaktorer</source>
        <translation>Service factors</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="211" />
        <source>Myndighetsområden</source>
        <translation>Authority areas</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="212" />
        <source>Beskr&amp;ivning</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="213" />
        <source>Förväntad &amp;effekt</source>
        <translation>Expected &amp;effect</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="277" />
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="277" />
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="277" />
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="277" />
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="277" />
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="322" />
        <source>Ingen åtgärd vald</source>
        <translation>No action selected</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="336" />
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="430" />
        <source>Titel: en åtgärd måste ha en titel.</source>
        <translation>Title: an action must have a title.</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="443" />
        <source>Klart senast: {due} ligger före start {start}.</source>
        <translation>Due: {due} is before start {start}.</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="448" />
        <source>Klar datum: {done} ligger före start {start}.</source>
        <translation>Completed: {done} is before start {start}.</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="454" />
        <source>Klar datum: anges bara när status är Klar.</source>
        <translation>Completed: only given when the status is Done.</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="521" />
        <source>Inte sparat: {reason}
Det du skrev finns kvar i formuläret.</source>
        <translation>Not saved: {reason}
What you typed is still in the form.</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="531" />
        <source>ny åtgärd {title}</source>
        <translation>new action {title}</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="551" />
        <source>ny kommentar på {title}</source>
        <translation>new comment on {title}</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="554" />
        <source>ändra {field} på {title}</source>
        <translation>change {field} of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="558" />
        <source>ändra {title}</source>
        <translation>change {title}</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="583" />
        <source>Läs in deras version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="585" />
        <source>Spara min text som ny ändring</source>
        <translation>Save my text as a new change</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="619" />
        <source>{who} har ändrat åtgärden medan du skriver. När du sparar får du välja vilken version som gäller.</source>
        <translation>{who} changed the action while you were typing. When you save you can choose which version counts.</translation>
    </message>
    <message>
        <location filename="../../ui/action_form.py" line="621" />
        <source>Någon annan</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="42" />
        <source>Åtgärden skapades</source>
        <translation>Action created</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="43" />
        <source>Åtgärden togs bort</source>
        <translation>Action removed</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="46" />
        <source>Ny kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47" />
        <source>Kommentar borttagen</source>
        <translation>Comment removed</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50" />
        <source>Ny milstolpe</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51" />
        <source>Milstolpe borttagen</source>
        <translation>Milestone removed</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../ui/action_table.py" line="37" />
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="38" />
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="39" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="40" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="41" />
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="42" />
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="43" />
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="44" />
        <source>Servicefaktorer</source>
        <translation>Service factors</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="61" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="62" />
        <source>Tillg</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="63" />
        <source>Bem</source>
        <translation>Treat</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="64" />
        <source>Komp</source>
        <translation>Comp</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="65" />
        <source>Rätts</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="66" />
        <source>Eff</source>
        <translation>Effic</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="238" />
        <source>⚠ {days} d sen</source>
        <translation>⚠ {days} d late</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="240" />
        <source>◔ om {days} d</source>
        <translation>◔ in {days} d</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="251" />
        <source>Försenad: skulle ha varit klar {due}</source>
        <translation>Overdue: should have been done {due}</translation>
    </message>
    <message>
        <location filename="../../ui/action_table.py" line="253" />
        <source>Ska vara klar inom {days} dagar</source>
        <translation>Due within {days} days</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="45" />
        <source> Detaljer finns i {path}.</source>
        <translation> Details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="46" />
        <source>Ett oväntat fel inträffade: {error}. Det du sparat finns kvar.{where}</source>
        <translation>An unexpected error occurred: {error}. What you saved is kept.{where}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="47" />
        <source>Oväntat fel</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="67" />
        <source>Databasfilen {path} finns inte. Vill du skapa en ny, tom databas där?</source>
        <translation>The database file {path} does not exist. Create a new, empty database there?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="68" />
        <source>Databasen finns inte</source>
        <translation>The database does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="69" />
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="73" />
        <location filename="../../ui/app.py" line="76" />
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/chart_view.py" line="64" />
        <source>NKI över åren med åtgärderna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="65" />
        <source>Åtgärdernas tidslinje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="66" />
        <source>Servicefaktorerna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="67" />
        <source>Åtgärder och servicefaktorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="68" />
        <source>Åtgärder per status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="72" />
        <source>Alla kundgrupper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="83" />
        <source>inget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="84" />
        <source>En mållinje för NKI (0 = ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="85" />
        <source>Stor text (projektor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="86" />
        <source>Exportera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="87" />
        <source>Spara diagrammet som PNG, SVG eller PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="95" />
        <source>&amp;Diagram:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="96" />
        <source>&amp;Kundgrupp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="97" />
        <source>&amp;Område:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="102" />
        <source>Å&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="103" />
        <source>&amp;Jämför med:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="104" />
        <source>&amp;Mål (NKI):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="118" />
        <source>Diagrammet ritas när vyn visas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="191" />
        <source>Alla kundgrupper: diagrammet visar företag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="200" />
        <source>första</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="201" />
        <source>senaste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="211" />
        <source>ingen jämförelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="255" />
        <source>Diagrammet kan inte visas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="271" />
        <source>Exportera diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="285" />
        <location filename="../../ui/chart_view.py" line="290" />
        <source>Exporten misslyckades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="291" />
        <source>Diagrammet kunde inte sparas i {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="296" />
        <source>Sparat i {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../ui/action_dialogs.py" line="125" />
        <source>Ny kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="138" />
        <source>Vad har hänt sedan förra uppföljningen?</source>
        <translation>What has happened since the last follow-up?</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="143" />
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="144" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="145" />
        <source>&amp;Framsteg</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="146" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="147" />
        <source>&amp;Av</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="171" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="173" />
        <source>Datum: skriv ett datum, t.ex. 2024-05-02.</source>
        <translation>Date: type a date, e.g. 2024-05-02.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="176" />
        <source>Av: skriv vem som skriver kommentaren.</source>
        <translation>By: type who writes the comment.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="179" />
        <source>Kommentar: texten får inte vara tom.</source>
        <translation>Comment: the text must not be empty.</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../ui/followup_tabs.py" line="159" />
        <source>Ny kommentar…</source>
        <translation>New comment…</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="166" />
        <source>{date} · {author} · {status}, {progress} %</source>
        <translation>{date} · {author} · {status}, {progress} %</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="174" />
        <source>Inga kommentarer ännu. Skriv den första med ”Ny kommentar…”.</source>
        <translation>No comments yet. Write the first with “New comment…”.</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="176" />
        <source>Kommentarer ({n})</source>
        <translation>Comments ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="185" />
        <source>ny kommentar på {title}</source>
        <translation>new comment on {title}</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="36" />
        <source>Excel-arbetsbok: åtgärder, kommentarer, resultat (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="40" />
        <source>CSV för Excel: åtgärder (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="41" />
        <source>CSV för Excel: kommentarer (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="42" />
        <source>CSV för Excel: resultat (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="43" />
        <source>JSON: allt (*.json)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="29" />
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="35" />
        <location filename="../../ui/file_actions.py" line="41" />
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="36" />
        <location filename="../../ui/file_actions.py" line="77" />
        <source>Insiktskollen-databas (*.db)</source>
        <translation>Insiktskollen database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="42" />
        <source>Filen {path} finns redan. Välj ett nytt namn, eller öppna filen med Arkiv → Öppna databas.</source>
        <translation>The file {path} already exists. Choose a new name, or open it with File → Open database.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="51" />
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="52" />
        <source>Insiktskollen-databas (*.db);;Alla filer (*)</source>
        <translation>Insiktskollen database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="61" />
        <source>(inga andra filer)</source>
        <translation>(no other files)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="69" />
        <location filename="../../ui/file_actions.py" line="76" />
        <location filename="../../ui/file_actions.py" line="82" />
        <location filename="../../ui/file_actions.py" line="89" />
        <source>Säkerhetskopiera</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="70" />
        <source>Säkerhetskopior görs här bara av databasfiler (SQLite). En serverdatabas säkerhetskopieras av den som sköter servern.</source>
        <translation>Only database files (SQLite) are backed up here. A server database is backed up by whoever runs the server.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83" />
        <source>Kopian kan inte sparas över den öppna databasen själv. Välj ett annat namn.</source>
        <translation>The copy cannot be saved over the open database itself. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="90" />
        <source>Kopian kunde inte sparas i {path}: {reason}</source>
        <translation>The copy could not be saved in {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="94" />
        <source>Säkerhetskopian sparades i {path}</source>
        <translation>The backup was saved in {path}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filter_bar.py" line="23" />
        <source>Sök i titel, beskrivning, ansvarig, enhet …</source>
        <translation>Search title, description, owner, unit …</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="26" />
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="35" />
        <source>Alla faktorer</source>
        <translation>All factors</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="38" />
        <source>Endast &amp;försenade</source>
        <translation>Only &amp;overdue</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="49" />
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="74" />
        <source>Alla enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="75" />
        <source>Alla ansvariga</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="97" />
        <source>Visar {shown} av {total} åtgärder</source>
        <translation>Showing {shown} of {total} actions</translation>
    </message>
</context>
<context>
    <name>Fält</name>
    <message>
        <location filename="../../ui/i18n.py" line="56" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="57" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="58" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59" />
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61" />
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63" />
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64" />
        <source>Klar datum</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65" />
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66" />
        <source>Servicefaktorer</source>
        <translation>Service factors</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="67" />
        <source>Myndighetsområden</source>
        <translation>Authority areas</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68" />
        <source>Förväntad effekt</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72" />
        <source>Författare</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75" />
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76" />
        <source>Antal svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77" />
        <source>Felmarginal</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78" />
        <source>Svarsfrekvens</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79" />
        <source>Preliminär</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="80" />
        <source>Källa</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ImportActionsDialog</name>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="80" />
        <source>Rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="81" />
        <source>Blir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="82" />
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="83" />
        <source>Ändringar eller fel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="94" />
        <source>Importera åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="96" />
        <source>&amp;Välj fil…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="99" />
        <source>Excel (.xlsx) eller CSV med samma kolumner som exporten: Id, Titel, Status, Framsteg (%), Ansvarig, Enhet, Start, Klart senast, … Rader med Id ändrar den åtgärden; utan Id jämförs titeln.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="121" />
        <source>&amp;Importera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="137" />
        <source>Välj en fil för att se vad som skulle importeras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="144" />
        <source>Välj fil med åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="146" />
        <source>Excel eller CSV (*.xlsx *.csv);;Alla filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="187" />
        <source>Filen ändrar ingenting: alla åtgärder är redan som i filen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="198" />
        <source>Importen misslyckades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/excel_dialogs.py" line="203" />
        <source>Inget har importerats</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="44" />
        <source>Importera resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46" />
        <source>&amp;Välj fil…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="47" />
        <source>Spara tom &amp;mall…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="49" />
        <source>CSV (semikolon eller komma), Excel (.xlsx) eller sparade svar från Kolada (.json). Kolumner: År, Kundgrupp, Myndighetsområde, Mått, Värde; frivilligt Antal svar, Felmarginal, Preliminär, Källa, Kommun.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="58" />
        <location filename="../../ui/import_dialog.py" line="103" />
        <source>&amp;Importera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="79" />
        <source>Välj resultatfiler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="80" />
        <source>Resultatfiler (*.csv *.xlsx *.json *.txt);;Alla filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="103" />
        <source>&amp;Importera {n} rader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="114" />
        <source>Inget importerades: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="121" />
        <source>Spara tom importmall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="121" />
        <source>resultatmall.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="122" />
        <source>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131" />
        <source>Mallen är sparad: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kod</name>
    <message>
        <location filename="../../ui/i18n.py" line="29" />
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="30" />
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="31" />
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32" />
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33" />
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34" />
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35" />
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36" />
        <source>Röd</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38" />
        <source>Tillgänglighet</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39" />
        <source>Bemötande</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40" />
        <source>Kompetens</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41" />
        <source>Rättssäkerhet</source>
        <translation>Legal certainty</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42" />
        <source>Effektivitet</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="43" />
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44" />
        <source>Brandskydd</source>
        <translation>Fire protection</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45" />
        <source>Bygglov</source>
        <translation>Building permits</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="46" />
        <source>Markupplåtelse</source>
        <translation>Land use permits</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="47" />
        <source>Miljö- och hälsoskydd</source>
        <translation>Environment and health</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48" />
        <source>Livsmedelskontroll</source>
        <translation>Food control</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49" />
        <source>Serveringstillstånd</source>
        <translation>Alcohol licences</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50" />
        <source>Försäljning av receptfria läkemedel</source>
        <translation>Sale of non-prescription medicines</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51" />
        <source>Lantmäteriärenden</source>
        <translation>Land survey cases</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="52" />
        <source>Folköl och tobak</source>
        <translation>Low-alcohol beer and tobacco</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53" />
        <source>Företag</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="54" />
        <source>Privatpersoner</source>
        <translation>Private persons</translation>
    </message>
</context>
<context>
    <name>KoladaFetchDialog</name>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="60" />
        <source>Hämta från Kolada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="71" />
        <source> (troligt id, inte bekräftat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="79" />
        <source>Kommunkoder med fyra siffror, åtskilda med komma. Riket = 0000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="81" />
        <source>Spara adressen som standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="82" />
        <source>&amp;Hämta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="86" />
        <source>Välj KPI:er och kommuner och tryck Hämta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="88" />
        <source>&amp;Spara i databasen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="93" />
        <source>KPI:er</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="94" />
        <source>Kommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="98" />
        <source>Kolada-adress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="106" />
        <source>Källa: Kolada.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="130" />
        <source>Välj minst en KPI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="138" />
        <source>Hämtar från {url} …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="164" />
        <source>Hämtningen misslyckades: {error}. Inget har ändrats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="178" />
        <source>Inget sparades: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="191" />
        <source>Kolada-adressen är sparad: {url}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiTableDialog</name>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="200" />
        <source>KPI-id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="201" />
        <source>Titel i Kolada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="202" />
        <source>Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="203" />
        <source>Myndighetsområde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="204" />
        <source>Mått</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="205" />
        <source>Troligt, ej bekräftat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="216" />
        <source>KPI-tabell för Kolada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="222" />
        <source>&amp;Lägg till rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="223" />
        <source>&amp;Ta bort rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="226" />
        <source>Varje Kolada-id pekar ut ett Insikt-mått. Id som inte finns här hoppas över vid import och nämns i förhandsvisningen; inget id gissas. Sök id:n i Kolada med /v3/kpi?title=Insikt. Id:n ligger inte i nummerordning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="234" />
        <source>&amp;Spara</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/kolada_dialogs.py" line="290" />
        <source>rad {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <location filename="../../ui/main_window.py" line="517" />
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <location filename="../../ui/main_window.py" line="519" />
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>&amp;Ny åtgärd</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;Redigera åtgärd</source>
        <translation>&amp;Edit action</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;Ta bort åtgärd…</source>
        <translation>&amp;Remove action…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>Ny &amp;kommentar…</source>
        <translation>New &amp;comment…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Personer och enheter…</source>
        <translation>&amp;People and units…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Uppdatera</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;Ny databas…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>Ö&amp;ppna databas…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Senast öppnade</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>Säker&amp;hetskopiera…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Endast försenade</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>&amp;Om Insiktskollen</source>
        <translation>&amp;About Insiktskollen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>Insiktskollen – {name}</source>
        <translation>Insiktskollen – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source> (skrivskyddad)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257" />
        <source>Databasen {name} går inte att skriva till och är öppnad skrivskyddad: du kan läsa allt men inte ändra något. Kopiera filen till en plats där du får skriva, eller be den som äger filen om skrivrätt.</source>
        <translation>The database {name} cannot be written to and is open read-only: you can read everything but change nothing. Copy the file to a place where you may write, or ask its owner for write access.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387" />
        <source>Uppdaterat med ändringar av {who}</source>
        <translation>Updated with changes by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412" />
        <source>⚠ Försenade ({n}): {names}</source>
        <translation>⚠ Overdue ({n}): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415" />
        <source>◔ Klart senast inom {days} dagar ({n}): {names}</source>
        <translation>◔ Due within {days} days ({n}): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418" />
        <source>Visa försenade</source>
        <translation>Show overdue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421" />
        <source>Dölj</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489" />
        <source>Ta bort åtgärden ”{title}” med dess milstolpar och kommentarer? Det går att ångra med Ctrl+Z.</source>
        <translation>Remove the action “{title}” with its milestones and comments? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491" />
        <source>Ta bort åtgärd</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493" />
        <source>ta bort {title}</source>
        <translation>remove {title}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498" />
        <source>Inte borttagen: {reason}</source>
        <translation>Not removed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516" />
        <source>Ångra: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518" />
        <source>Gör om: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538" />
        <source>”{what}” kunde inte göras: {reason}</source>
        <translation>“{what}” could not be done: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559" />
        <source>Språket byts nästa gång du startar Insiktskollen.</source>
        <translation>The language changes the next time you start Insiktskollen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562" />
        <source>Om Insiktskollen</source>
        <translation>About Insiktskollen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563" />
        <source>Insiktskollen {version}

Arbetsgruppens förbättringsåtgärder för kommunens myndighetsutövning, följda mot SKR:s servicemätning Insikt (NKI och servicefaktorerna).

Databas: {db}</source>
        <translation>Insiktskollen {version}

The working group's improvement actions for the municipality's authority services, followed against SKR's service survey Insikt (NKI and the service factors).

Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592" />
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593" />
        <source>Ändringarna i åtgärden kunde inte sparas (se meddelandet i panelen). Avsluta ändå? Det du skrivit går då förlorat.</source>
        <translation>The changes to the action could not be saved (see the message in the panel). Quit anyway? What you typed is then lost.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595" />
        <source>Avsluta ändå</source>
        <translation>Quit anyway</translation>
    </message>
</context>
<context>
    <name>Meddelande</name>
    <message>
        <location filename="../../ui/messages.py" line="44" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/action_dialogs.py" line="75" />
        <source>Milstolpe</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="79" />
        <source>t.ex. 15–18</source>
        <translation>e.g. 15–18</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="85" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="86" />
        <source>&amp;Tid</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="87" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="109" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="111" />
        <source>Datum: skriv ett datum, t.ex. 2024-05-15.</source>
        <translation>Date: type a date, e.g. 2024-05-15.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialogs.py" line="114" />
        <source>Text: skriv vad som ska hända.</source>
        <translation>Text: type what will happen.</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <location filename="../../ui/followup_tabs.py" line="76" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="76" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="76" />
        <source>Milstolpe</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="78" />
        <source>Ny milstolpe…</source>
        <translation>New milestone…</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="80" />
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="82" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="98" />
        <source>Milstolpar ({n})</source>
        <translation>Milestones ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="109" />
        <source>ny milstolpe på {title}</source>
        <translation>new milestone on {title}</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="133" />
        <source>ändra milstolpe på {title}</source>
        <translation>change milestone on {title}</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tabs.py" line="146" />
        <source>ta bort milstolpe på {title}</source>
        <translation>remove milestone on {title}</translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message>
        <location filename="../../ui/people_dialog.py" line="41" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="42" />
        <source>Lägg &amp;till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="43" />
        <source>&amp;Byt namn</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="44" />
        <source>Ta &amp;bort</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="71" />
        <source>”{name}” finns inte längre i listan.</source>
        <translation>“{name}” is no longer in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="128" />
        <source>Välj först ett namn i listan.</source>
        <translation>First choose a name in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="135" />
        <source>”{name}” finns redan i listan.</source>
        <translation>“{name}” is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="138" />
        <source>lägg till {name}</source>
        <translation>add {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="140" />
        <source>”{name}” lades till.</source>
        <translation>“{name}” was added.</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="149" />
        <source>byt namn på {old} till {new}</source>
        <translation>rename {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="151" />
        <source>”{old}” heter nu ”{new}”.</source>
        <translation>“{old}” is now “{new}”.</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="163" />
        <source>ta bort {name}</source>
        <translation>remove {name}</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="165" />
        <source>”{name}” togs bort.</source>
        <translation>“{name}” was removed.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/people_dialog.py" line="172" />
        <source>Personer och enheter</source>
        <translation>People and units</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="176" />
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="177" />
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/people_dialog.py" line="178" />
        <source>Ett namn som används av en åtgärd kan bytas men inte tas bort. Ändringar går att ångra med Ctrl+Z.</source>
        <translation>A name used by an action can be renamed but not removed. Changes can be undone with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/import_preview.py" line="30" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="31" />
        <source>Var i filen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="32" />
        <source>Kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="33" />
        <source>År</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="34" />
        <source>Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="35" />
        <source>Myndighetsområde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="36" />
        <source>Mått</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="37" />
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="38" />
        <source>Antal svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="39" />
        <source>Felmarginal</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="40" />
        <source>Preliminär</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="41" />
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="55" />
        <source>Visa oförändrade rader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="75" />
        <source>Välj en fil för att se vad som skulle importeras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="78" />
        <source>{name}: {new} nya, {changed} ändrade, {same} oförändrade rader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="84" />
        <source>{n} fel – inget kan importeras förrän de är rättade i filen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="89" />
        <source>Obs: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="108" />
        <source>ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="108" />
        <source>nej</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="114" />
        <source>Ny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="114" />
        <source>Ändrad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="114" />
        <source>Oförändrad</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message>
        <location filename="../../ui/result_editor.py" line="49" />
        <source>Valt värde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="50" />
        <location filename="../../ui/result_editor.py" line="85" />
        <source>Välj en cell i tabellen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="55" />
        <source>tomt = uppskattas från antal svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="56" />
        <source>Preliminärt värde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="58" />
        <source>&amp;Spara</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="59" />
        <source>Ta &amp;bort värdet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="64" />
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="65" />
        <source>Antal svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="66" />
        <source>Felmarginal ±</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/result_editor.py" line="68" />
        <source>Källa</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ResultsGridModel</name>
    <message>
        <location filename="../../ui/results_model.py" line="83" />
        <source>Riket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="123" />
        <source>Förändring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="134" />
        <source>¹ Från mätåret {year} omfattar totalen bara bygglov, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd: värdena före och efter är inte samma mått och jämförs inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="191" />
        <source>prel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="195" />
        <source>{n} svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="208" />
        <source>{measure} {year}, {place}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="212" />
        <source>Inget värde ännu. Dubbelklicka för att skriva in ett.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="216" />
        <source>Värde: {value} ({grade})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="219" />
        <source>Antal svar: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="220" />
        <source>okänt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="222" />
        <source>Felmarginal: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="226" />
        <source>Visas inte enligt regeln om minsta antal svar: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="229" />
        <source>Preliminärt värde.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="231" />
        <source>Källa: {source}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="237" />
        <source>Jämfört med {year}: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="255" />
        <source>inte jämförbart (totalen ändrades {year})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="282" />
        <source>Förändring {head}, {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="290" />
        <source>ej jämförbart (ny total)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="292" />
        <source>större än felmarginalen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="294" />
        <source>inom felmarginalen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_model.py" line="295" />
        <source>felmarginal okänd</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/results_view.py" line="77" />
        <source>annan kommunkod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="79" />
        <source>Tidigare år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="80" />
        <source>&amp;Importera resultat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="81" />
        <source>Hämta från &amp;Kolada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="82" />
        <source>KPI-tabell…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="85" />
        <source>&amp;Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="86" />
        <source>&amp;Myndighetsområde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="87" />
        <source>&amp;Jämför med</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="243" />
        <source>ingen jämförelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="245" />
        <source>Riket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="268" />
        <source>Databasen har ingen egen kommunkod ännu: ange den i inställningarna för att kunna skriva in resultat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="273" />
        <source>Inga resultat för {group}, {area} ännu. Dubbelklicka i en cell för att skriva in ett värde, eller importera en fil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="283" />
        <source>prel. (kursivt) = preliminärt värde · * = felmarginalen uppskattad från antal svar (1,96·s/√n, s = {sd}) · grått = för få svar (minst {minimum}) · NKI {high} eller mer är ”{grade}”. Dubbelklicka för att skriva in eller rätta ett värde.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="301" />
        <source>Jämför med: ”{code}” är ingen kommunkod med fyra siffror (t.ex. 2080).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="319" />
        <source>Kundgrupp {group}, område {area}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="329" />
        <source>{measure} {year}, {place}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="359" />
        <location filename="../../ui/results_view.py" line="381" />
        <source>sparat {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="391" />
        <source>Ta bort värdet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="392" />
        <source>Ta bort {where}? Ändringen loggas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="393" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="398" />
        <source>borttaget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="420" />
        <source>Importera resultat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="421" />
        <source>Hämta från Kolada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="422" />
        <source>KPI-tabell för Kolada…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../ui/followup_tabs.py" line="65" />
        <source>Inte sparat: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
</context>
</TS>