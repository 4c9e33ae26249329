<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../ui/window/register/form.py" line="86" />
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="89" />
        <source>Milstolpar</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="90" />
        <source>Kommentarer</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="102" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="104" />
        <source>Effekt</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="121" />
        <source>Vad ska göras? (t.ex. Telefontider)</source>
        <translation>What is to be done?</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="130" />
        <source>Kommentar till statusbytet (sparas som uppföljning)</source>
        <translation>Comment on the status change (saved as a follow-up)</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="133" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="135" />
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="142" />
        <source>Välj eller skriv ett nytt namn</source>
        <translation>Choose or type a new name</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="143" />
        <source>Välj eller skriv en ny enhet</source>
        <translation>Choose or type a new unit</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="158" />
        <source>Spara (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="160" />
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="42" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="44" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="45" />
        <source>&amp;Bedömning</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="46" />
        <source>&amp;Framsteg</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="50" />
        <source>&amp;Ansvarig</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="50" />
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="55" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="56" />
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="57" />
        <source>Klar datum</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="70" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="71" />
        <source>Servicefaktorer</source>
        <translation>Service factors</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="72" />
        <source>Myndighetsområden</source>
        <translation>Authority areas</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="73" />
        <source>Beskr&amp;ivning</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/fields_page.py" line="74" />
        <source>Förväntad &amp;effekt</source>
        <translation>Expected &amp;effect</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="88" />
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="89" />
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="90" />
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="91" />
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="92" />
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="219" />
        <source>Ingen åtgärd vald</source>
        <translation>No action selected</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="234" />
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="136" />
        <source>Titel: en åtgärd måste ha en titel.</source>
        <translation>Title: an action must have a title.</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="137" />
        <source>Klart senast: {due} ligger före start {start}.</source>
        <translation>Due: {due} is before start {start}.</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="138" />
        <source>Klar datum: {done} ligger före start {start}.</source>
        <translation>Completed: {done} is before start {start}.</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="139" />
        <source>Klar datum: anges bara när status är Klar.</source>
        <translation>Completed: only given when the status is Done.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="380" />
        <source>Inte sparat: {reason}
Det du skrev finns kvar i formuläret.</source>
        <translation>Not saved: {reason}
What you typed is still in the form.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="402" />
        <source>ny åtgärd {title}</source>
        <translation>new action {title}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="419" />
        <source>ny kommentar på {title}</source>
        <translation>new comment on {title}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="422" />
        <source>ändra {field} på {title}</source>
        <translation>change {field} of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/form.py" line="426" />
        <source>ändra {title}</source>
        <translation>change {title}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/conflict.py" line="38" />
        <source>Läs in deras version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/conflict.py" line="42" />
        <source>Spara min text som ny ändring</source>
        <translation>Save my text as a new change</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/conflict.py" line="79" />
        <source>{who} har ändrat åtgärden medan du skriver. När du sparar får du välja vilken version som gäller.</source>
        <translation>{who} changed the action while you were typing. When you save you can choose which version counts.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/conflict.py" line="78" />
        <source>Någon annan</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="44" />
        <source>Åtgärden skapades</source>
        <translation>Action created</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="45" />
        <source>Åtgärden togs bort</source>
        <translation>Action removed</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="48" />
        <source>Ny kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="49" />
        <source>Kommentar borttagen</source>
        <translation>Comment removed</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="52" />
        <source>Ny milstolpe</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="53" />
        <source>Milstolpe borttagen</source>
        <translation>Milestone removed</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="66" />
        <source>Kommentar: {field}</source>
        <translation>Comment: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/history.py" line="70" />
        <source>Milstolpe: {field}</source>
        <translation>Milestone: {field}</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../ui/window/register/table.py" line="44" />
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="45" />
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="46" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="47" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="48" />
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="49" />
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="50" />
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="51" />
        <source>Servicefaktorer</source>
        <translation>Service factors</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="68" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="69" />
        <source>Tillg</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="70" />
        <source>Bem</source>
        <translation>Treat</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="71" />
        <source>Komp</source>
        <translation>Comp</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="72" />
        <source>Rätts</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="73" />
        <source>Eff</source>
        <translation>Effic</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="233" />
        <source>⚠ {days} d sen</source>
        <translation>⚠ {days} d late</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="235" />
        <source>◔ om {days} d</source>
        <translation>◔ in {days} d</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="246" />
        <source>Försenad: skulle ha varit klar {due}</source>
        <translation>Overdue: should have been done {due}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/table.py" line="248" />
        <source>Ska vara klar inom {days} dagar</source>
        <translation>Due within {days} days</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/window/app.py" line="50" />
        <location filename="../../ui/window/app.py" line="81" />
        <source> Detaljer finns i {path}.</source>
        <translation> Details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="51" />
        <source>Ett oväntat fel inträffade: {error}. Det du sparat finns kvar.{where}</source>
        <translation>An unexpected error occurred: {error}. What you saved is kept.{where}</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="52" />
        <source>Oväntat fel</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="83" />
        <source>Ett oväntat fel inträffade: {error}.{where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="104" />
        <source>Databasfilen {path} finns inte. Vill du skapa en ny, tom databas där?</source>
        <translation>The database file {path} does not exist. Create a new, empty database there?</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="105" />
        <source>Databasen finns inte</source>
        <translation>The database does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="106" />
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="171" />
        <source>Öppnar databasen</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="185" />
        <source>{path} är skadad och har inte ändrats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/app.py" line="82" />
        <location filename="../../ui/window/app.py" line="128" />
        <location filename="../../ui/window/app.py" line="130" />
        <location filename="../../ui/window/app.py" line="178" />
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/window/charts/view.py" line="67" />
        <source>NKI över åren med åtgärderna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="68" />
        <source>Åtgärdernas tidslinje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="69" />
        <source>Servicefaktorerna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="70" />
        <source>Åtgärder och servicefaktorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="71" />
        <source>Åtgärder per status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="72" />
        <source>Effekt av åtgärderna</source>
        <translation>Effect of the actions</translation>
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="76" />
        <source>Alla kundgrupper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="87" />
        <source>inget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="88" />
        <source>En mållinje för NKI (0 = ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="89" />
        <source>Stor text (projektor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="90" />
        <source>Exportera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="91" />
        <source>Spara diagrammet som PNG, SVG eller PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="93" />
        <source>Må&amp;l…</source>
        <translation>Tar&amp;gets…</translation>
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="95" />
        <source>Sätt och ta bort mål; de visas som stjärnor i NKI-diagrammet och servicefaktorerna</source>
        <translation>Set and remove targets; they are shown as stars in the NKI chart and the service factors</translation>
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="105" />
        <source>&amp;Diagram:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="106" />
        <source>&amp;Kundgrupp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="107" />
        <source>&amp;Område:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="112" />
        <source>Å&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="115" />
        <source>&amp;Jämför med:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="116" />
        <source>&amp;Mål (NKI):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="131" />
        <source>Diagrammet ritas när vyn visas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="227" />
        <source>Alla kundgrupper: diagrammet visar {group}, den kundgrupp som har flest värden för servicefaktorerna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="232" />
        <source>Alla kundgrupper: ingen kundgrupp har värden för servicefaktorerna ännu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="241" />
        <source>första</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="242" />
        <source>senaste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="252" />
        <source>ingen jämförelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="297" />
        <source>Diagrammet kan inte visas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="327" />
        <source>Exportera diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="341" />
        <location filename="../../ui/window/charts/view.py" line="346" />
        <source>Exporten misslyckades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="347" />
        <source>Diagrammet kunde inte sparas i {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/charts/view.py" line="352" />
        <source>Sparat i {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="89" />
        <source>Ny kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="102" />
        <source>Vad har hänt sedan förra uppföljningen?</source>
        <translation>What has happened since the last follow-up?</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="107" />
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="108" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="109" />
        <source>&amp;Framsteg</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="110" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="111" />
        <source>&amp;Av</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="127" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="129" />
        <source>Datum: skriv ett datum, t.ex. 2024-05-02.</source>
        <translation>Date: type a date, e.g. 2024-05-02.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="132" />
        <source>Av: skriv vem som skriver kommentaren.</source>
        <translation>By: type who writes the comment.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="135" />
        <source>Kommentar: texten får inte vara tom.</source>
        <translation>Comment: the text must not be empty.</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="163" />
        <source>Ny kommentar…</source>
        <translation>New comment…</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="170" />
        <source>{date} · {author} · {status}, {progress} %</source>
        <translation>{date} · {author} · {status}, {progress} %</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="178" />
        <source>Inga kommentarer ännu. Skriv den första med ”Ny kommentar…”.</source>
        <translation>No comments yet. Write the first with “New comment…”.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="180" />
        <source>Kommentarer ({n})</source>
        <translation>Comments ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="189" />
        <source>ny kommentar på {title}</source>
        <translation>new comment on {title}</translation>
    </message>
</context>
<context>
    <name>EffectTab</name>
    <message>
        <location filename="../../ui/window/register/effect_tab.py" line="52" />
        <source>Före: det sista mätåret före åtgärdens startår. Efter: det senaste mätåret efter det (startåret räknas inte). En förändring är statistiskt säkerställd när den är större än den kombinerade felmarginalen √(m₁² + m₂²).</source>
        <translation>Before: the last measuring year before the year the action started. After: the latest measuring year after it (the start year does not count). A change is statistically significant when it is larger than the combined margin √(m₁² + m₂²).</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/effect_tab.py" line="63" />
        <source>Diagrammet ritas när fliken visas.</source>
        <translation>The chart is drawn when the tab is shown.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/effect_tab.py" line="141" />
        <source>Ingen åtgärd vald.</source>
        <translation>No action selected.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/effect_tab.py" line="164" />
        <source>– Kan inte bedömas: {reason} ({n} jämförelser).</source>
        <translation>– Cannot be judged: {reason} ({n} comparisons).</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/effect_tab.py" line="189" />
        <source>Inget diagram: ingen jämförelse kan bedömas ännu.</source>
        <translation>No chart: no comparison can be judged yet.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/effect_tab.py" line="234" />
        <source>Varför: {why}</source>
        <translation>Why: {why}</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="46" />
        <source>Excel-arbetsbok: åtgärder, kommentarer, resultat (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="50" />
        <source>CSV för Excel: åtgärder (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="51" />
        <source>CSV för Excel: kommentarer (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="52" />
        <source>CSV för Excel: resultat (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="53" />
        <source>JSON: allt (*.json)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="39" />
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="45" />
        <location filename="../../ui/window/files/file_actions.py" line="51" />
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="46" />
        <location filename="../../ui/window/files/file_actions.py" line="87" />
        <source>Insiktskollen-databas (*.db)</source>
        <translation>Insiktskollen database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="52" />
        <source>Filen {path} finns redan. Välj ett nytt namn, eller öppna filen med Arkiv → Öppna databas.</source>
        <translation>The file {path} already exists. Choose a new name, or open it with File → Open database.</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="61" />
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="62" />
        <source>Insiktskollen-databas (*.db);;Alla filer (*)</source>
        <translation>Insiktskollen database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="71" />
        <source>(inga andra filer)</source>
        <translation>(no other files)</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="79" />
        <location filename="../../ui/window/files/file_actions.py" line="86" />
        <location filename="../../ui/window/files/file_actions.py" line="92" />
        <location filename="../../ui/window/files/file_actions.py" line="111" />
        <source>Säkerhetskopiera</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="80" />
        <source>Säkerhetskopior görs här bara av databasfiler (SQLite). En serverdatabas säkerhetskopieras av den som sköter servern.</source>
        <translation>Only database files (SQLite) are backed up here. A server database is backed up by whoever runs the server.</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="93" />
        <source>Kopian kan inte sparas över den öppna databasen själv. Välj ett annat namn.</source>
        <translation>The copy cannot be saved over the open database itself. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="97" />
        <source>Kopian kunde inte sparas i {path}: {reason}</source>
        <translation>The copy could not be saved in {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="107" />
        <source>Säkerhetskopian sparades i {path}</source>
        <translation>The backup was saved in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="115" />
        <source>Säkerhetskopieringen avbröts; ingen kopia sparades.</source>
        <translation>The backup was cancelled; no copy was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/file_actions.py" line="118" />
        <source>Säkerhetskopierar</source>
        <translation>Backing up</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="23" />
        <source>Sök i titel, beskrivning, ansvarig, enhet …</source>
        <translation>Search title, description, owner, unit …</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="26" />
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="35" />
        <source>Alla faktorer</source>
        <translation>All factors</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="38" />
        <source>Endast &amp;försenade</source>
        <translation>Only &amp;overdue</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="49" />
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="74" />
        <source>Alla enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="75" />
        <source>Alla ansvariga</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/filter_bar.py" line="97" />
        <source>Visar {shown} av {total} åtgärder</source>
        <translation>Showing {shown} of {total} actions</translation>
    </message>
</context>
<context>
    <name>Fält</name>
    <message>
        <location filename="../../ui/window/i18n.py" line="59" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="60" />
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="61" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="62" />
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="63" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="64" />
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="65" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="66" />
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="67" />
        <source>Klar datum</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="68" />
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="69" />
        <source>Servicefaktorer</source>
        <translation>Service factors</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="70" />
        <source>Myndighetsområden</source>
        <translation>Authority areas</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="71" />
        <source>Förväntad effekt</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="72" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="73" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="74" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="75" />
        <source>Författare</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="76" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="77" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="78" />
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="79" />
        <source>Antal svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="80" />
        <source>Felmarginal</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="81" />
        <source>Svarsfrekvens</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="82" />
        <source>Preliminär</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="83" />
        <source>Källa</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ImportActionsDialog</name>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="103" />
        <source>Rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="104" />
        <source>Blir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="105" />
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="106" />
        <source>Ändringar eller fel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="117" />
        <source>Importera åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="119" />
        <source>&amp;Välj fil…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="122" />
        <source>Excel (.xlsx) eller CSV med samma kolumner som exporten: Id, Titel, Status, Framsteg (%), Ansvarig, Enhet, Start, Klart senast, … Rader med Id ändrar den åtgärden; utan Id jämförs titeln.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="141" />
        <source>&amp;Importera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="157" />
        <source>Välj en fil för att se vad som skulle importeras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="164" />
        <source>Välj fil med åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="166" />
        <source>Excel eller CSV (*.xlsx *.csv);;Alla filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="189" />
        <source>Förhandsgranskningen avbröts. Välj en fil igen.</source>
        <translation>The preview was cancelled. Choose a file again.</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="191" />
        <source>Förhandsgranskar {name}</source>
        <translation>Previewing {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="223" />
        <source>Filen ändrar ingenting: alla åtgärder är redan som i filen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="235" />
        <source>Importen misslyckades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="238" />
        <source>Importen avbröts</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="239" />
        <source>Importen avbröts. Inget har importerats.</source>
        <translation>The import was cancelled. Nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="241" />
        <source>Importerar åtgärder</source>
        <translation>Importing actions</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/excel_dialogs.py" line="247" />
        <source>Inget har importerats</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="46" />
        <source>Importera resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="48" />
        <source>&amp;Välj fil…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="49" />
        <source>Spara tom &amp;mall…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="51" />
        <source>CSV (semikolon eller komma), Excel (.xlsx) eller sparade svar från Kolada (.json). Kolumner: År, Kundgrupp, Myndighetsområde, Mått, Värde; frivilligt Antal svar, Felmarginal, Preliminär, Källa, Kommun.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="59" />
        <location filename="../../ui/window/results/import_dialog.py" line="123" />
        <source>&amp;Importera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="80" />
        <source>Välj resultatfiler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="81" />
        <source>Resultatfiler (*.csv *.xlsx *.json *.txt);;Alla filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="106" />
        <source>Läser resultatfilen</source>
        <translation>Reading the results file</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="116" />
        <source>Läsningen avbröts. Välj en fil igen.</source>
        <translation>Reading was cancelled. Choose a file again.</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="123" />
        <source>&amp;Importera {n} rader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="128" />
        <source>Importerar resultat</source>
        <translation>Importing results</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="132" />
        <source>Inget importerades: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="136" />
        <source>Importen avbröts. Inget importerades.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="140" />
        <source>Spara tom importmall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="140" />
        <source>resultatmall.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="141" />
        <source>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_dialog.py" line="150" />
        <source>Mallen är sparad: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kod</name>
    <message>
        <location filename="../../ui/window/i18n.py" line="32" />
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="33" />
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="34" />
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="35" />
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="36" />
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="37" />
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="38" />
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="39" />
        <source>Röd</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="40" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="41" />
        <source>Tillgänglighet</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="42" />
        <source>Bemötande</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="43" />
        <source>Kompetens</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="44" />
        <source>Rättssäkerhet</source>
        <translation>Legal certainty</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="45" />
        <source>Effektivitet</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="46" />
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="47" />
        <source>Brandskydd</source>
        <translation>Fire protection</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="48" />
        <source>Bygglov</source>
        <translation>Building permits</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="49" />
        <source>Markupplåtelse</source>
        <translation>Land use permits</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="50" />
        <source>Miljö- och hälsoskydd</source>
        <translation>Environment and health</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="51" />
        <source>Livsmedelskontroll</source>
        <translation>Food control</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="52" />
        <source>Serveringstillstånd</source>
        <translation>Alcohol licences</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="53" />
        <source>Försäljning av receptfria läkemedel</source>
        <translation>Sale of non-prescription medicines</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="54" />
        <source>Lantmäteriärenden</source>
        <translation>Land survey cases</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="55" />
        <source>Folköl och tobak</source>
        <translation>Low-alcohol beer and tobacco</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="56" />
        <source>Företag</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../ui/window/i18n.py" line="57" />
        <source>Privatpersoner</source>
        <translation>Private persons</translation>
    </message>
</context>
<context>
    <name>KoladaFetchDialog</name>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="58" />
        <source>Hämta från Kolada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="66" />
        <source>Kryssa i de nyckeltal som ska hämtas. Ett nyckeltal där det står ”troligen rätt nyckeltal” är inte kontrollerat: jämför namnet med nyckeltalet på kolada.se innan du hämtar det, och rätta i KPI-tabellen om det inte stämmer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="80" />
        <source> – troligen rätt nyckeltal, kontrollera i Kolada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="82" />
        <source>Id:t {kpi} är inte bekräftat. Sök på ”Insikt” på kolada.se och jämför nyckeltalets namn innan du hämtar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="93" />
        <source>Kommunkoden har fyra siffror (Borlänge = 2081); flera skiljs med komma. Riket (hela Sverige) = 0000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="101" />
        <source>Spara adressen som standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="102" />
        <source>&amp;Hämta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="105" />
        <source>Kryssa i nyckeltal, skriv kommunkoderna och tryck Hämta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="112" />
        <source>Nyckeltal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="113" />
        <source>Kommuner (koder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="144" />
        <source>Riket (0000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="148" />
        <source>kommun {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="150" />
        <source>Ingen kommun vald.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="152" />
        <source>{first} och {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="154" />
        <source>Hämtas för: {places}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="172" />
        <source>Kryssa i minst ett nyckeltal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="188" />
        <source>Hämtar från Kolada</source>
        <translation>Fetching from Kolada</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="209" />
        <source>Hämtningen avbröts. Inget har ändrats.</source>
        <translation>The fetch was cancelled. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="236" />
        <source>Sparar Kolada-adressen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="107" />
        <source>&amp;Spara i databasen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="118" />
        <source>Kolada-adress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="127" />
        <source>Källa: Kolada.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="180" />
        <source>Hämtar från {url} …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="214" />
        <source>Inget sparades: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="218" />
        <source>Sparandet avbröts. Inget sparades.</source>
        <translation>Saving was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="220" />
        <source>Sparar Koladas värden</source>
        <translation>Saving Kolada's values</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="225" />
        <source>Kolada-adressen är sparad: {url}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiTableDialog</name>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="246" />
        <source>KPI-id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="247" />
        <source>Titel i Kolada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="248" />
        <source>Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="249" />
        <source>Myndighetsområde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="250" />
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="251" />
        <source>Osäkert id (kontrollera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="272" />
        <source>Tabellen säger vilket nyckeltal i Kolada som är vilket Insikt-mått. Nyckeltal som inte står här hämtas inte; de nämns i förhandsvisningen.
Så hittar du ett id: sök på ”Insikt” på kolada.se och öppna nyckeltalet. Id:t är en bokstav och fem siffror (t.ex. U07455) och står vid nyckeltalets namn. Id:n följer inte på varandra, så gissa inte nästa nummer. Kryssa i ”Osäkert id” tills någon har kontrollerat id:t i Kolada.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="366" />
        <source>Sparar KPI-tabellen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="262" />
        <source>KPI-tabell för Kolada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="268" />
        <source>&amp;Lägg till rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="269" />
        <source>&amp;Ta bort rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="283" />
        <source>&amp;Spara</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/kolada_dialogs.py" line="346" />
        <source>rad {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="56" />
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/view.py" line="71" />
        <source>Öppnar databasen …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="156" />
        <location filename="../../ui/window/main_window.py" line="298" />
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="158" />
        <location filename="../../ui/window/main_window.py" line="300" />
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="160" />
        <source>&amp;Ny åtgärd</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="162" />
        <source>&amp;Redigera åtgärd</source>
        <translation>&amp;Edit action</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="165" />
        <source>&amp;Ta bort åtgärd…</source>
        <translation>&amp;Remove action…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="170" />
        <source>Ny &amp;kommentar…</source>
        <translation>New &amp;comment…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="172" />
        <source>&amp;Personer och enheter…</source>
        <translation>&amp;People and units…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="173" />
        <source>&amp;Uppdatera</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="181" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="182" />
        <source>&amp;Ny databas…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="183" />
        <source>Ö&amp;ppna databas…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="185" />
        <source>&amp;Senast öppnade</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="187" />
        <source>Säker&amp;hetskopiera…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="194" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="198" />
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="206" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="208" />
        <source>Endast försenade</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="212" />
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="215" />
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="225" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="226" />
        <source>&amp;Om Insiktskollen</source>
        <translation>&amp;About Insiktskollen</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="272" />
        <source>Insiktskollen – {name}</source>
        <translation>Insiktskollen – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="273" />
        <source> (skrivskyddad)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="277" />
        <source>Databasen {name} går inte att skriva till och är öppnad skrivskyddad: du kan läsa allt men inte ändra något. Kopiera filen till en plats där du får skriva, eller be den som äger filen om skrivrätt.</source>
        <translation>The database {name} cannot be written to and is open read-only: you can read everything but change nothing. Copy the file to a place where you may write, or ask its owner for write access.</translation>
    </message>
    <message>
        <location filename="../../ui/window/opened.py" line="137" />
        <source>Uppdaterat med ändringar av {who}</source>
        <translation>Updated with changes by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/view.py" line="198" />
        <source>⚠ Försenade ({n}): {names}</source>
        <translation>⚠ Overdue ({n}): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/view.py" line="201" />
        <source>◔ Klart senast inom {days} dagar ({n}): {names}</source>
        <translation>◔ Due within {days} days ({n}): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/view.py" line="204" />
        <source>Visa försenade</source>
        <translation>Show overdue</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/view.py" line="207" />
        <source>Dölj</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/window/opened.py" line="204" />
        <source>Ta bort åtgärden ”{title}” med dess milstolpar och kommentarer? Det går att ångra med Ctrl+Z.</source>
        <translation>Remove the action “{title}” with its milestones and comments? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../ui/window/opened.py" line="206" />
        <source>Ta bort åtgärd</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location filename="../../ui/window/opened.py" line="207" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/window/opened.py" line="216" />
        <source>ta bort {title}</source>
        <translation>remove {title}</translation>
    </message>
    <message>
        <location filename="../../ui/window/opened.py" line="212" />
        <source>Inte borttagen: {reason}</source>
        <translation>Not removed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="297" />
        <source>Ångra: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="299" />
        <source>Gör om: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/window/opened.py" line="263" />
        <source>”{what}” kunde inte göras: {reason}</source>
        <translation>“{what}” could not be done: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="309" />
        <source>Språket byts nästa gång du startar Insiktskollen.</source>
        <translation>The language changes the next time you start Insiktskollen.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="313" />
        <source>Om Insiktskollen</source>
        <translation>About Insiktskollen</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="314" />
        <source>Insiktskollen {version}

Arbetsgruppens förbättringsåtgärder för kommunens myndighetsutövning, följda mot SKR:s servicemätning Insikt (NKI och servicefaktorerna).

Databas: {db}</source>
        <translation>Insiktskollen {version}

The working group's improvement actions for the municipality's authority services, followed against SKR's service survey Insikt (NKI and the service factors).

Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="346" />
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="347" />
        <source>Ändringarna i åtgärden kunde inte sparas (se meddelandet i panelen). Avsluta ändå? Det du skrivit går då förlorat.</source>
        <translation>The changes to the action could not be saved (see the message in the panel). Quit anyway? What you typed is then lost.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="349" />
        <source>Avsluta ändå</source>
        <translation>Quit anyway</translation>
    </message>
</context>
<context>
    <name>Meddelande</name>
    <message>
        <location filename="../../ui/window/messages.py" line="44" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="47" />
        <source>Milstolpe</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="51" />
        <source>t.ex. 15–18</source>
        <translation>e.g. 15–18</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="57" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="58" />
        <source>&amp;Tid</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="59" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="73" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="75" />
        <source>Datum: skriv ett datum, t.ex. 2024-05-15.</source>
        <translation>Date: type a date, e.g. 2024-05-15.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/dialogs.py" line="78" />
        <source>Text: skriv vad som ska hända.</source>
        <translation>Text: type what will happen.</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="78" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="78" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="78" />
        <source>Milstolpe</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="80" />
        <source>Ny milstolpe…</source>
        <translation>New milestone…</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="82" />
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="84" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="100" />
        <source>Milstolpar ({n})</source>
        <translation>Milestones ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="111" />
        <source>ny milstolpe på {title}</source>
        <translation>new milestone on {title}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="135" />
        <source>ändra milstolpe på {title}</source>
        <translation>change milestone on {title}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="149" />
        <source>ta bort milstolpe på {title}</source>
        <translation>remove milestone on {title}</translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="38" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="39" />
        <source>Lägg &amp;till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="40" />
        <source>&amp;Byt namn</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="41" />
        <source>Ta &amp;bort</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="97" />
        <source>Välj först ett namn i listan.</source>
        <translation>First choose a name in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="104" />
        <source>”{name}” finns redan i listan.</source>
        <translation>“{name}” is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="107" />
        <source>lägg till {name}</source>
        <translation>add {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="108" />
        <source>”{name}” lades till.</source>
        <translation>“{name}” was added.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="117" />
        <source>byt namn på {old} till {new}</source>
        <translation>rename {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="119" />
        <source>”{old}” heter nu ”{new}”.</source>
        <translation>“{old}” is now “{new}”.</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="127" />
        <source>ta bort {name}</source>
        <translation>remove {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="128" />
        <source>”{name}” togs bort.</source>
        <translation>“{name}” was removed.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="135" />
        <source>Personer och enheter</source>
        <translation>People and units</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="139" />
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="140" />
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/window/register/people_dialog.py" line="141" />
        <source>Ett namn som används av en åtgärd kan bytas men inte tas bort. Ändringar går att ångra med Ctrl+Z.</source>
        <translation>A name used by an action can be renamed but not removed. Changes can be undone with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="36" />
        <source>Var i filen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="37" />
        <source>Kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="38" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="39" />
        <source>Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="40" />
        <source>Myndighetsområde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="41" />
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="42" />
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="43" />
        <source>Antal svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="44" />
        <source>Felmarginal</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="45" />
        <source>Preliminär</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="46" />
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="57" />
        <source>Visa oförändrade rader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="77" />
        <source>Välj en fil för att se vad som skulle importeras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="80" />
        <source>{name}: {new} nya, {changed} ändrade, {same} oförändrade rader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="86" />
        <source>{n} fel – inget kan importeras förrän de är rättade i filen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="91" />
        <source>Obs: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="106" />
        <source>ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="106" />
        <source>nej</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="112" />
        <source>Ny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="112" />
        <source>Ändrad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/import_preview.py" line="112" />
        <source>Oförändrad</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="47" />
        <source>Återställ från säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="52" />
        <source>Välj en säkerhetskopia att lägga tillbaka som {name}. Den nuvarande filen kopieras först undan, så inget går förlorat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="67" />
        <source>Det finns inga säkerhetskopior av den här filen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="72" />
        <source>Återställ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="75" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="101" />
        <source>{name} är återställd från {backup}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="105" />
        <source>Den tidigare filen finns kvar som {copy}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="107" />
        <source>Återställd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="111" />
        <source>Återställningen misslyckades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/files/restore_dialog.py" line="113" />
        <source>Återställer {name}</source>
        <translation>Restoring {name}</translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message>
        <location filename="../../ui/window/results/editor.py" line="49" />
        <source>Valt värde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="50" />
        <location filename="../../ui/window/results/editor.py" line="85" />
        <source>Välj en cell i tabellen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="55" />
        <source>tomt = uppskattas från antal svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="56" />
        <source>Preliminärt värde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="58" />
        <source>&amp;Spara</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="59" />
        <source>Ta &amp;bort värdet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="64" />
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="65" />
        <source>Antal svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="66" />
        <source>Felmarginal ±</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/editor.py" line="68" />
        <source>Källa</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ResultsGridModel</name>
    <message>
        <location filename="../../ui/window/results/model.py" line="89" />
        <source>Riket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="129" />
        <source>Förändring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="140" />
        <source>¹ Från mätåret {year} omfattar totalen bara bygglov, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd: värdena före och efter är inte samma mått och jämförs inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="216" />
        <source>prel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="220" />
        <source>{n} svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="233" />
        <source>{measure} {year}, {place}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="237" />
        <source>Inget värde ännu. Dubbelklicka för att skriva in ett.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="241" />
        <source>Värde: {value} ({grade})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="244" />
        <source>Antal svar: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="245" />
        <source>okänt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="247" />
        <source>Felmarginal: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="251" />
        <source>Visas inte enligt regeln om minsta antal svar: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="254" />
        <source>Preliminärt värde.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="256" />
        <source>Svarsfrekvens: {rate} %</source>
        <translation>Response rate: {rate} %</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="259" />
        <source>Källa: {source}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="265" />
        <source>Jämfört med {year}: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="283" />
        <source>inte jämförbart (totalen ändrades {year})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="311" />
        <source>Förändring {head}, {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="320" />
        <source>ej jämförbart (ny total)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="322" />
        <source>preliminärt</source>
        <translation>preliminary</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="324" />
        <source>större än felmarginalen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="326" />
        <source>inom felmarginalen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/model.py" line="327" />
        <source>felmarginal okänd</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/window/results/view.py" line="88" />
        <source>annan kommunkod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="90" />
        <source>En kommunkod med fyra siffror (t.ex. 2080) eller en kommungrupp i Kolada (t.ex. G124018), följd av Enter</source>
        <translation>A four-digit municipality code (e.g. 2080) or a Kolada municipality group (e.g. G124018), then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="94" />
        <source>Tidigare år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="95" />
        <source>&amp;Importera resultat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="96" />
        <source>Hämta från &amp;Kolada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="97" />
        <source>KPI-tabell…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="98" />
        <source>Må&amp;l…</source>
        <translation>Tar&amp;gets…</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="100" />
        <source>Mål för ett mått, en kundgrupp, ett område och ett år, med hur det står sig (högerklicka på ett mått för att sätta ett mål för det)</source>
        <translation>Targets for a measure, a customer group, an area and a year, with how each stands (right-click a measure to set a target for it)</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="105" />
        <source>&amp;Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="106" />
        <source>&amp;Myndighetsområde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="107" />
        <source>&amp;Jämför med</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="287" />
        <source>ingen jämförelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="290" />
        <source>Riket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="292" />
        <source>Kommungrupp</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="317" />
        <source>Databasen har ingen egen kommunkod ännu: ange den i inställningarna för att kunna skriva in resultat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="322" />
        <source>Inga resultat för {group}, {area} ännu. Dubbelklicka i en cell för att skriva in ett värde, eller importera en fil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="332" />
        <source>prel. (kursivt) = preliminärt värde · * = felmarginalen uppskattad från antal svar (1,96·s/√n, s = {sd}) · grått = för få svar (minst {minimum}) · ⚠ = preliminärt sedan de slutliga siffrorna borde ha kommit, eller låg svarsfrekvens · NKI {high} eller mer är ”{grade}”. Dubbelklicka för att skriva in eller rätta ett värde.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="353" />
        <source>Jämför med: ”{code}” är ingen kommunkod med fyra siffror (t.ex. 2080) eller kommungrupp i Kolada (G och siffror, t.ex. G124018).</source>
        <translation>Compare with: “{code}” is not a four-digit municipality code (e.g. 2080) or a Kolada municipality group (G and digits, e.g. G124018).</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="405" />
        <source>Sparar {where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="524" />
        <source>Sätt mål för {measure}…</source>
        <translation>Set a target for {measure}…</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="372" />
        <source>Kundgrupp {group}, område {area}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="382" />
        <source>{measure} {year}, {place}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="421" />
        <location filename="../../ui/window/results/view.py" line="446" />
        <source>sparat {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="457" />
        <source>Ta bort värdet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="458" />
        <source>Ta bort {where}? Ändringen loggas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="459" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="464" />
        <source>borttaget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="488" />
        <source>Importera resultat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="489" />
        <source>Hämta från Kolada…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/view.py" line="490" />
        <source>KPI-tabell för Kolada…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="57" />
        <source>Mål</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="62" />
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="62" />
        <source>Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="62" />
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="62" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="63" />
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="63" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="74" />
        <source>Inga mål ännu. Sätt det första nedan.</source>
        <translation>No targets yet. Set the first one below.</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="75" />
        <source>&amp;Ta bort målet…</source>
        <translation>&amp;Remove the target…</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="82" />
        <source>t.ex. 2025</source>
        <translation>e.g. 2025</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="85" />
        <source>0–100, t.ex. 75</source>
        <translation>0–100, e.g. 75</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="90" />
        <source>&amp;Spara målet</source>
        <translation>&amp;Save the target</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="95" />
        <source>&amp;Mått</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="96" />
        <source>&amp;Kundgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="97" />
        <source>&amp;Område</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="98" />
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="99" />
        <source>&amp;Värde</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="110" />
        <source>Ett mål är ett värde för ett mått, en kundgrupp, ett område och ett år. Det bedöms mot årets värde så som SKR publicerar det (avrundat till heltal).</source>
        <translation>A target is a value for a measure, a customer group, an area and a year. It is judged against the year's value as SKR publishes it (rounded to a whole number).</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="120" />
        <source>&lt;b&gt;Sätt ett mål&lt;/b&gt; (finns det redan ett för samma mått, kundgrupp, område och år ersätts det)</source>
        <translation>&lt;b&gt;Set a target&lt;/b&gt; (one for the same measure, group, area and year is replaced)</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="200" />
        <source>Målet sparades inte: {reason}</source>
        <translation>The target was not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="203" />
        <source>Målet sparat: {target}.</source>
        <translation>Target saved: {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="215" />
        <source>Ta bort målet</source>
        <translation>Remove the target</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="216" />
        <source>Ta bort målet {target}? Ändringen loggas.</source>
        <translation>Remove the target {target}? The change is logged.</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="217" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="224" />
        <source>Målet togs inte bort: {reason}</source>
        <translation>The target was not removed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window/results/targets_dialog.py" line="227" />
        <source>Målet borttaget: {target}.</source>
        <translation>Target removed: {target}.</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../ui/window/register/followup_tabs.py" line="64" />
        <source>Inte sparat: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
</context>
</TS>