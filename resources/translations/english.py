"""English for the program's Swedish strings (used by update.py to fill the .ts file)."""

ENGLISH = {
    # Codes and fields
    "Ej påbörjad": "Not started", "Pågår": "In progress", "Klar": "Done", "Pausad": "Paused",
    "Avbruten": "Cancelled", "Grön": "Green", "Gul": "Yellow", "Röd": "Red",
    "Information": "Information", "Tillgänglighet": "Accessibility", "Bemötande": "Treatment",
    "Kompetens": "Competence", "Rättssäkerhet": "Legal certainty", "Effektivitet": "Efficiency",
    "Totalt": "Total", "Brandskydd": "Fire protection", "Bygglov": "Building permits",
    "Markupplåtelse": "Land use permits", "Miljö- och hälsoskydd": "Environment and health",
    "Livsmedelskontroll": "Food control", "Serveringstillstånd": "Alcohol licences",
    "Försäljning av receptfria läkemedel": "Sale of non-prescription medicines",
    "Lantmäteriärenden": "Land survey cases", "Folköl och tobak": "Low-alcohol beer and tobacco",
    "Företag": "Businesses", "Privatpersoner": "Private persons",
    "Titel": "Title", "Beskrivning": "Description", "Enhet": "Unit", "Ansvarig": "Owner",
    "Status": "Status", "Bedömning": "Assessment", "Start": "Start", "Klart senast": "Due",
    "Klar datum": "Completed", "Framsteg": "Progress", "Servicefaktorer": "Service factors",
    "Myndighetsområden": "Authority areas", "Förväntad effekt": "Expected effect",
    "Datum": "Date", "Tid": "Time", "Text": "Text", "Författare": "Author", "Namn": "Name",
    "E-post": "E-mail", "Värde": "Value", "Antal svar": "Answers", "Felmarginal": "Margin",
    "Svarsfrekvens": "Response rate", "Preliminär": "Preliminary", "Källa": "Source",
    # Table
    "Åtgärd": "Action", "Info": "Info", "Tillg": "Access", "Bem": "Treat", "Komp": "Comp",
    "Rätts": "Legal", "Eff": "Effic", "⚠ {days} d sen": "⚠ {days} d late",
    "◔ om {days} d": "◔ in {days} d",
    "Försenad: skulle ha varit klar {due}": "Overdue: should have been done {due}",
    "Ska vara klar inom {days} dagar": "Due within {days} days",
    # Detail panel
    "Kommentar: {field}": "Comment: {field}", "Milstolpe: {field}": "Milestone: {field}",
    "Uppgifter": "Details", "Milstolpar": "Milestones", "Kommentarer": "Comments",
    "Historik": "History", "Vad ska göras? (t.ex. Telefontider)": "What is to be done?",
    "Kommentar till statusbytet (sparas som uppföljning)":
        "Comment on the status change (saved as a follow-up)",
    "Kommentar": "Comment", "– ingen –": "– none –",
    "Välj eller skriv ett nytt namn": "Choose or type a new name",
    "Välj eller skriv en ny enhet": "Choose or type a new unit",
    "Spara (Ctrl+Enter)": "Save (Ctrl+Enter)", "Avbryt (Esc)": "Cancel (Esc)",
    "&Titel": "&Title", "&Status": "&Status", "&Bedömning": "&Assessment",
    "&Framsteg": "&Progress", "&Ansvarig": "&Owner", "&Enhet": "&Unit",
    "Beskr&ivning": "Descr&iption", "Förväntad &effekt": "Expected &effect",
    "Milstolpe": "Milestone", "Ny milstolpe…": "New milestone…", "Ändra…": "Edit…",
    "Ta bort": "Remove", "Av": "By", "Ny kommentar…": "New comment…", "När": "When",
    "Vem": "Who", "Vad": "What", "Från": "From", "Till": "To",
    "Ingen åtgärd vald": "No action selected", "Ny åtgärd": "New action",
    "Titel: en åtgärd måste ha en titel.": "Title: an action must have a title.",
    "Klart senast: {due} ligger före start {start}.": "Due: {due} is before start {start}.",
    "Klar datum: {done} ligger före start {start}.": "Completed: {done} is before start {start}.",
    "Klar datum: anges bara när status är Klar.":
        "Completed: only given when the status is Done.",
    "Inte sparat: {reason}": "Not saved: {reason}",
    "Inte sparat: {reason}\nDet du skrev finns kvar i formuläret.":
        "Not saved: {reason}\nWhat you typed is still in the form.",
    "ny åtgärd {title}": "new action {title}", "ändra {field} på {title}": "change {field} of {title}",
    "ändra {title}": "change {title}", "Läs in deras version": "Load their version",
    "Spara min text som ny ändring": "Save my text as a new change",
    "{who} har ändrat åtgärden medan du skriver. När du sparar får du välja vilken version som gäller.":
        "{who} changed the action while you were typing. When you save you can choose which version counts.",
    "Någon annan": "Someone else", "Milstolpar ({n})": "Milestones ({n})",
    "Kommentarer ({n})": "Comments ({n})", "ny milstolpe på {title}": "new milestone on {title}",
    "ändra milstolpe på {title}": "change milestone on {title}",
    "ta bort milstolpe på {title}": "remove milestone on {title}",
    "ny kommentar på {title}": "new comment on {title}",
    "Åtgärden skapades": "Action created", "Åtgärden togs bort": "Action removed",
    "Ny kommentar": "New comment", "Kommentar borttagen": "Comment removed",
    "Ny milstolpe": "New milestone", "Milstolpe borttagen": "Milestone removed",
    "Inga kommentarer ännu. Skriv den första med ”Ny kommentar…”.":
        "No comments yet. Write the first with “New comment…”.",
    "{date} · {author} · {status}, {progress} %": "{date} · {author} · {status}, {progress} %",
    "”{name}” finns inte längre i listan.": "“{name}” is no longer in the list.",
    "lägg till {name}": "add {name}", "byt namn på {old} till {new}": "rename {old} to {new}",
    "ta bort {name}": "remove {name}",
    "Ett namn som används av en åtgärd kan bytas men inte tas bort. Ändringar går att ångra med Ctrl+Z.":
        "A name used by an action can be renamed but not removed. Changes can be undone with Ctrl+Z.",
    # Dialogs
    "Vad har hänt sedan förra uppföljningen?": "What has happened since the last follow-up?",
    "&Kommentar": "&Comment", "&Datum": "&Date", "&Av": "&By", "&Tid": "&Time", "Te&xt": "Te&xt",
    "Datum: skriv ett datum, t.ex. 2024-05-02.": "Date: type a date, e.g. 2024-05-02.",
    "Datum: skriv ett datum, t.ex. 2024-05-15.": "Date: type a date, e.g. 2024-05-15.",
    "Av: skriv vem som skriver kommentaren.": "By: type who writes the comment.",
    "Kommentar: texten får inte vara tom.": "Comment: the text must not be empty.",
    "t.ex. 15–18": "e.g. 15–18", "Text: skriv vad som ska hända.": "Text: type what will happen.",
    "Lägg &till": "&Add", "&Byt namn": "&Rename", "Ta &bort": "Re&move",
    "Välj först ett namn i listan.": "First choose a name in the list.",
    "”{name}” finns redan i listan.": "“{name}” is already in the list.",
    "”{name}” lades till.": "“{name}” was added.", "”{old}” heter nu ”{new}”.": "“{old}” is now “{new}”.",
    "”{name}” togs bort.": "“{name}” was removed.", "Personer och enheter": "People and units",
    "Person": "Person", "Personer": "People", "Enheter": "Units",
    "Ett namn som används av en åtgärd kan bytas men inte tas bort.":
        "A name used by an action can be renamed but not removed.",
    # Main window
    "Åtgärder": "Actions", "Sök i titel, beskrivning, ansvarig, enhet …":
        "Search title, description, owner, unit …",
    "Alla statusar": "All statuses", "Alla faktorer": "All factors",
    "Alla enheter": "All units", "Alla ansvariga": "All owners",
    "Endast &försenade": "Only &overdue", "&Sök": "&Search", "Ångra": "Undo", "Gör om": "Redo",
    "&Ny åtgärd": "&New action", "&Redigera åtgärd": "&Edit action",
    "&Ta bort åtgärd…": "&Remove action…", "Ny &kommentar…": "New &comment…",
    "&Personer och enheter…": "&People and units…", "&Uppdatera": "Re&fresh",
    "&Arkiv": "&File", "&Ny databas…": "&New database…", "Ö&ppna databas…": "&Open database…",
    "&Senast öppnade": "&Recent files", "Säker&hetskopiera…": "&Back up…", "&Avsluta": "&Quit",
    "&Redigera": "&Edit", "&Visa": "&View", "Endast försenade": "Only overdue",
    "Rensa filter": "Clear filters", "&Språk": "&Language", "&Hjälp": "&Help",
    "&Om Insiktskollen": "&About Insiktskollen", "Om Insiktskollen": "About Insiktskollen",
    "Insiktskollen – {name}": "Insiktskollen – {name}", " (skrivskyddad)": " (read-only)",
    "Databasen {name} går inte att skriva till och är öppnad skrivskyddad: du kan läsa allt men inte ändra något. Kopiera filen till en plats där du får skriva, eller be den som äger filen om skrivrätt.":
        "The database {name} cannot be written to and is open read-only: you can read everything but change nothing. Copy the file to a place where you may write, or ask its owner for write access.",
    "Databasen kunde inte öppnas": "The database could not be opened",
    "Ny databas": "New database", "Insiktskollen-databas (*.db)": "Insiktskollen database (*.db)",
    "Filen {path} finns redan. Välj ett nytt namn, eller öppna filen med Arkiv → Öppna databas.":
        "The file {path} already exists. Choose a new name, or open it with File → Open database.",
    "Öppna databas": "Open database",
    "Insiktskollen-databas (*.db);;Alla filer (*)": "Insiktskollen database (*.db);;All files (*)",
    "(inga andra filer)": "(no other files)", "Säkerhetskopiera": "Back up",
    "Säkerhetskopior görs här bara av databasfiler (SQLite). En serverdatabas säkerhetskopieras av den som sköter servern.":
        "Only database files (SQLite) are backed up here. A server database is backed up by whoever runs the server.",
    "Kopian kan inte sparas över den öppna databasen själv. Välj ett annat namn.":
        "The copy cannot be saved over the open database itself. Choose another name.",
    "Kopian kunde inte sparas i {path}: {reason}": "The copy could not be saved in {path}: {reason}",
    "Säkerhetskopian sparades i {path}": "The backup was saved in {path}",
    "Uppdaterat med ändringar av {who}": "Updated with changes by {who}",
    "Visar {shown} av {total} åtgärder": "Showing {shown} of {total} actions",
    "⚠ Försenade ({n}): {names}": "⚠ Overdue ({n}): {names}",
    "◔ Klart senast inom {days} dagar ({n}): {names}": "◔ Due within {days} days ({n}): {names}",
    "Visa försenade": "Show overdue", "Dölj": "Hide",
    "Ta bort åtgärden ”{title}” med dess milstolpar och kommentarer? Det går att ångra med Ctrl+Z.":
        "Remove the action “{title}” with its milestones and comments? Ctrl+Z undoes it.",
    "Ta bort åtgärd": "Remove action", "ta bort {title}": "remove {title}",
    "Inte borttagen: {reason}": "Not removed: {reason}", "Ångra: {what}": "Undo: {what}",
    "Gör om: {what}": "Redo: {what}", "”{what}” kunde inte göras: {reason}":
        "“{what}” could not be done: {reason}",
    "Språket byts nästa gång du startar Insiktskollen.":
        "The language changes the next time you start Insiktskollen.",
    "Insiktskollen {version}\n\nArbetsgruppens förbättringsåtgärder för kommunens myndighetsutövning, följda mot SKR:s servicemätning Insikt (NKI och servicefaktorerna).\n\nDatabas: {db}":
        "Insiktskollen {version}\n\nThe working group's improvement actions for the municipality's authority services, followed against SKR's service survey Insikt (NKI and the service factors).\n\nDatabase: {db}",
    "Avsluta": "Quit",
    "Ändringarna i åtgärden kunde inte sparas (se meddelandet i panelen). Avsluta ändå? Det du skrivit går då förlorat.":
        "The changes to the action could not be saved (see the message in the panel). Quit anyway? What you typed is then lost.",
    "Avsluta ändå": "Quit anyway",
    # Start and messages
    "Oväntat fel": "Unexpected error",
    " Detaljer finns i {path}.": " Details are in {path}.",
    "Ett oväntat fel inträffade: {error}. Det du sparat finns kvar.{where}":
        "An unexpected error occurred: {error}. What you saved is kept.{where}",
    "Databasfilen {path} finns inte. Vill du skapa en ny, tom databas där?":
        "The database file {path} does not exist. Create a new, empty database there?",
    "Databasen finns inte": "The database does not exist", "Skapa": "Create", "Avbryt": "Cancel",
    # Work in workers (ui/window/tasks.py) and its progress dialogs
    "Avbryter … inget av det påbörjade sparas.": "Cancelling … nothing of what was begun is saved.",
    "Vänta: ”{what}” pågår och måste bli klart först. Inget har sparats; försök igen när det är klart.":
        "Wait: “{what}” is running and must finish first. Nothing has been saved; try again when it is done.",
    "Vänta: ”{what}” pågår och måste bli klart först. Försök igen när det är klart.":
        "Wait: “{what}” is running and must finish first. Try again when it is done.",
    "Läser resultatfilen": "Reading the results file",
    "Läsningen avbröts. Välj en fil igen.": "Reading was cancelled. Choose a file again.",
    "Importerar resultat": "Importing results",
    "Importen avbröts. Inget importerades.": "The import was cancelled. Nothing was imported.",
    "Exporterar till {name}": "Exporting to {name}",
    "Förhandsgranskar {name}": "Previewing {name}",
    "Förhandsgranskningen avbröts. Välj en fil igen.": "The preview was cancelled. Choose a file again.",
    "Importerar åtgärder": "Importing actions",
    "Importen avbröts": "Import cancelled",
    "Importen avbröts. Inget har importerats.": "The import was cancelled. Nothing has been imported.",
    "Hämtar från Kolada": "Fetching from Kolada",
    "Hämtningen avbröts. Inget har ändrats.": "The fetch was cancelled. Nothing has changed.",
    "Sparar Koladas värden": "Saving Kolada's values",
    "Sparandet avbröts. Inget sparades.": "Saving was cancelled. Nothing was saved.",
    "Gör mötesunderlaget": "Making the meeting report",
    "Sparar mötesunderlaget": "Saving the meeting report",
    "Säkerhetskopierar": "Backing up",
    "Säkerhetskopieringen avbröts; ingen kopia sparades.": "The backup was cancelled; no copy was saved.",
    "Återställer {name}": "Restoring {name}",
    "Öppnar databasen": "Opening the database",
    # Effect, targets and the marks of the Resultat grid (issue 11)
    "Effekt": "Effect",
    "Före: det sista mätåret före åtgärdens startår. Efter: det senaste mätåret efter det "
    "(startåret räknas inte). En förändring är statistiskt säkerställd när den är större än "
    "den kombinerade felmarginalen √(m₁² + m₂²).":
        "Before: the last measuring year before the year the action started. After: the latest "
        "measuring year after it (the start year does not count). A change is statistically "
        "significant when it is larger than the combined margin √(m₁² + m₂²).",
    "Diagrammet ritas när fliken visas.": "The chart is drawn when the tab is shown.",
    "Ingen åtgärd vald.": "No action selected.",
    "– Kan inte bedömas: {reason} ({n} jämförelser).":
        "– Cannot be judged: {reason} ({n} comparisons).",
    "Inget diagram: ingen jämförelse kan bedömas ännu.":
        "No chart: no comparison can be judged yet.",
    "Varför: {why}": "Why: {why}",
    "Effekt av åtgärderna": "Effect of the actions",
    "Mål": "Targets", "Målvärde": "Target", "Mått": "Measure", "Område": "Area", "År": "Year",
    "&Mått": "&Measure", "&Område": "A&rea", "&År": "&Year", "&Värde": "&Value",
    "Ett mål är ett värde för ett mått, en kundgrupp, ett område och ett år. Det bedöms mot "
    "årets värde så som SKR publicerar det (avrundat till heltal).":
        "A target is a value for a measure, a customer group, an area and a year. It is judged "
        "against the year's value as SKR publishes it (rounded to a whole number).",
    "Inga mål ännu. Sätt det första nedan.": "No targets yet. Set the first one below.",
    "&Ta bort målet…": "&Remove the target…",
    "<b>Sätt ett mål</b> (finns det redan ett för samma mått, kundgrupp, område och år ersätts "
    "det)": "<b>Set a target</b> (one for the same measure, group, area and year is replaced)",
    "t.ex. 2025": "e.g. 2025", "0–100, t.ex. 75": "0–100, e.g. 75",
    "&Spara målet": "&Save the target",
    "Målet sparades inte: {reason}": "The target was not saved: {reason}",
    "Målet sparat: {target}.": "Target saved: {target}.",
    "Ta bort målet": "Remove the target",
    "Ta bort målet {target}? Ändringen loggas.": "Remove the target {target}? The change is logged.",
    "Målet togs inte bort: {reason}": "The target was not removed: {reason}",
    "Målet borttaget: {target}.": "Target removed: {target}.",
    "Må&l…": "Tar&gets…",
    "Mål för ett mått, en kundgrupp, ett område och ett år, med hur det står sig (högerklicka "
    "på ett mått för att sätta ett mål för det)":
        "Targets for a measure, a customer group, an area and a year, with how each stands "
        "(right-click a measure to set a target for it)",
    "Sätt och ta bort mål; de visas som stjärnor i NKI-diagrammet och servicefaktorerna":
        "Set and remove targets; they are shown as stars in the NKI chart and the service factors",
    "Sätt mål för {measure}…": "Set a target for {measure}…",
    "Kommungrupp": "Municipality group",
    "En kommunkod med fyra siffror (t.ex. 2080) eller en kommungrupp i Kolada (t.ex. G124018), "
    "följd av Enter": "A four-digit municipality code (e.g. 2080) or a Kolada municipality group "
        "(e.g. G124018), then Enter",
    "Jämför med: ”{code}” är ingen kommunkod med fyra siffror (t.ex. 2080) eller kommungrupp i "
    "Kolada (G och siffror, t.ex. G124018).":
        "Compare with: “{code}” is not a four-digit municipality code (e.g. 2080) or a Kolada "
        "municipality group (G and digits, e.g. G124018).",
    "preliminärt": "preliminary",
    "Svarsfrekvens: {rate} %": "Response rate: {rate} %",
}
