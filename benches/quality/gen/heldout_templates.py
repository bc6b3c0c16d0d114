"""Whole-document templates of the held-out corpus, in the style of text that reaches an LLM: support
tickets, CRM notes, e-mail threads with headers, chat transcripts, form and JSON dumps, meeting notes,
code/config with secrets, log lines. Written before reading ward's recognizers, on purpose.

Slots (filled and labelled by `gen_heldout.py`):
  {P.full} {P.given} {P.family} {P.email} {P.phone}   the document's first person (Q., R. for others)
  {ADDR} {DOB} {IBAN} {CARD} {BIC} {IP} {MAC} {WALLET} {NATID} {PASSPORT} {SECRET}   gold values
  {=Name}   a literal first name (gold PERSON); {@addr} a literal (role) e-mail address (gold EMAIL); {~kind} a look-alike of `heldout_values.LOOK[kind]` that must survive
"""

EN = [
    # e-mail threads with headers
    "From: {P.full} <{P.email}>\nTo: {@support@northwind.co.uk}\nSubject: Re: order {~order} not delivered\nDate: Tue, 14 Oct 2025 09:12:44 +0100\n\n"
    "Hi team,\nI still haven't received order {~order}. The tracking number {~tracking} shows nothing since Monday.\n"
    "You can reach me on {P.phone}.\n\nThanks,\n{P.given}",
    "-----Original Message-----\nFrom: {Q.full} [mailto:{Q.email}]\nSent: Friday, March 7, 2025 4:31 PM\nTo: {P.full}\nCc: {R.full} <{R.email}>\n"
    "Subject: contract renewal\n\n{P.given}, the renewal quote is {~amount} for {~percent} more seats. Let me know.\n\nBest regards,\n{Q.full}\nAccount Manager | {~company}",
    "On Mon, 3 Feb 2025 at 10:02, {P.full} <{P.email}> wrote:\n> Could you update my bank details? New IBAN: {IBAN}\n> BIC {BIC}\n\nDone, thanks {P.given}. Invoice {~invoice} will be paid to the new account.",
    "Forwarded message from {P.email}:\n\"Please cancel my subscription ({~price}/month) and refund the last charge.\"\n-- sent from {~product}",
    # CRM notes
    "Customer: {P.full} was charged twice for invoice {~invoice} ({~amount}). Card on file: {CARD}. Refund approved by {Q.given}.",
    "CRM note {~timestamp}: called {P.full} ({P.phone}) re: upgrade to plan v2. Lives at {ADDR}. Follow up next week. -- {Q.given}",
    "Lead: {P.full}, Head of IT at {~company}, {~city}. Email {P.email}, mobile {P.phone}. Interested in {~product} integration.",
    "Account owner: {P.full}\nBilling contact: {Q.full} ({Q.email})\nPlan: Enterprise, renewal {~amount}\nNotes: migrated from {~product} in {~version}.",
    "Intro: {P.full} ({P.email}) asked for a demo; loop in {Q.full} from sales.",
    # support tickets
    "Ticket {~ticket} | Priority: High\nRequester: {P.full}\nE-mail: {P.email}\nPhone: {P.phone}\nDescription: login fails after update {~version}, error code {~hash}.",
    "Hi, this is {P.full}. My account can't be verified. My passport number is {PASSPORT} and my date of birth is {DOB}. Case {~ticket}.",
    "Support chat summary: user {P.full} reported that payments via {~product} fail since {~timestamp}. Agent {Q.full} escalated to tier 2.",
    "Please reset MFA for {P.email}. Employee: {P.full}, laptop MAC {MAC}, last seen from {IP} on port {~port}.",
    "The customer ({P.full}, born {DOB}) wants the statement sent to {ADDR}.",
    "Can you help me rewrite this complaint more politely? \"Dear {~company}, I, {P.full}, have been waiting 3 weeks for my refund of {~amount}. Order {~order}.\"",
    "Summarize this ticket: {P.full} says the app crashes on {~product} {~version}. Reproduced by {Q.given}. Thanks {Q.given}.",
    # chat transcripts
    "[{~timestamp}] {P.given}: hey, can you send me the staging creds?\n[{~timestamp}] {Q.given}: sure, DB_PASSWORD is in the vault\n[{~timestamp}] {P.given}: thx",
    "{P.full}: Hi, I was charged {~amount} twice.\nAgent ({Q.given}): Sorry about that! Can you confirm the email on the account?\n{P.full}: {P.email}\nAgent ({Q.given}): Thanks {P.given}, refund issued.",
    "Thanks {=Tom}. I'll forward it to {P.full} in {~city} and we can ship {~sku} by Friday.",
    "Meeting notes {~date}\nAttendees: {P.full}, {Q.full}, {R.full}\n- {P.given} to own the migration to {~product}\n- budget {~amount}\n- next sync {~date} at {~time}",
    "1:1 with {P.given} — career goals, wants to move to the {~city} office. Mentioned that her manager {Q.full} approved. Salary band unchanged.",
    "Interview feedback: candidate {P.full} ({P.email}, {P.phone}). Strong on SQL, weak on system design. Recommend: hire.",
    # forms / JSON-ish dumps
    "Customer: {P.full}\nAddress: {ADDR}\nPhone: {P.phone}\nEmail: {P.email}\nDOB: {DOB}\nOrder: {~order}\nTotal: {~amount}",
    "{{\"customer\": {{\"firstName\": \"{P.given}\", \"lastName\": \"{P.family}\", \"email\": \"{P.email}\", \"phone\": \"{P.phone}\"}}, \"orderId\": \"{~order}\", \"total\": \"{~price}\"}}",
    "name={P.full}&email={P.email}&amount={~price}&ref={~ticket}",
    "| Name | Email | Phone |\n|---|---|---|\n| {P.full} | {P.email} | {P.phone} |\n| {Q.full} | {Q.email} | {Q.phone} |",
    "full_name,email,iban\n\"{P.full}\",{P.email},{IBAN}\n\"{Q.full}\",{Q.email},{~invoice}",
    "Payee: {P.full}\nIBAN: {IBAN}\nBIC: {BIC}\nReference: {~invoice}\nAmount: {~amount}",
    "Patient: {P.full}, DOB {DOB}, private clinic, referred by Dr. {Q.family}. Next appointment {~date}.",
    "Applicant {P.full}, ID number {NATID}, date of birth {DOB}, current address {ADDR}.",
    "Send the crypto refund to {WALLET} (that's {P.given}'s wallet), fee {~amount}.",
    # code / config / logs
    "export DATABASE_URL=postgres://app:{SECRET}@db.internal:{~port}/prod\nexport APP_VERSION={~version}",
    "# config.yaml\nsmtp:\n  host: smtp.northwind.co.uk\n  port: {~port}\n  user: {P.email}\n  password: \"{SECRET}\"\nrelease: {~version}",
    "const client = new Client({{ apiKey: \"{SECRET}\", timeout: 30000 }}); // owner: {P.full}",
    "{~timestamp} INFO  user={P.email} ip={IP} action=login latency={~duration} build={~hash}",
    "{~timestamp} WARN payment declined for {P.full} card={CARD} amount={~price} trace={~uuid}",
    "git log:\ncommit {~hash}\nAuthor: {P.full} <{P.email}>\nDate:   {~timestamp}\n\n    fix: bump to {~version}",
    "requests.post(url, headers={{\"Authorization\": \"Bearer {SECRET}\"}}, json={{\"user\": \"{P.email}\"}})",
    "Why does this fail? docker run -e API_TOKEN={SECRET} -p {~port}:{~port} myapp:{~version}",
    "Signed-off-by: {P.full} <{P.email}>",
    "Hi {P.given}, the invoice {~invoice} for {~amount} is attached. Pay by {~date}. Cheers, {Q.given}",
]

DE = [
    "Von: {P.full} <{P.email}>\nAn: {@service@acme-logistics.de}\nBetreff: Rückerstattung Bestellung {~order}\n\nHallo zusammen,\nich habe {~amount} doppelt bezahlt. "
    "Bitte überweisen Sie den Betrag auf mein Konto {IBAN}.\n\nMit freundlichen Grüßen\n{P.full}",
    "Kunde: {P.full} wurde am {~date} zweimal belastet (Rechnung {~invoice}). Rückruf unter {P.phone} vereinbart. – {Q.given}",
    "Gesprächsnotiz {~date}: Herr {P.family} meldet, dass die App {~product} seit Version {~version} abstürzt. Ticket {~ticket}.",
    "Teilnehmer: {P.full}, {Q.full}, {R.full}\nProtokoll: {P.given} übernimmt die Migration, Budget {~amount}, nächster Termin {~date} um {~time} Uhr.",
    "Name: {P.full}\nAnschrift: {ADDR}\nGeburtsdatum: {DOB}\nSteuer-ID: {NATID}\nTelefon: {P.phone}",
    "Danke {=Jürgen}, ich leite das an {P.full} in {~city} weiter.",
    "Frau {P.family} hat angerufen, sie erreicht man unter {P.phone} oder {P.email}. Es geht um Auftrag {~order}.",
    "[{~timestamp}] {P.given}: kannst du mir das Passwort schicken?\n[{~timestamp}] {Q.given}: DB_PASS={SECRET}",
    "Bitte die Kreditkarte {CARD} von {P.full} sperren, Betrag {~price}.",
    "Lieferadresse: {P.full}, {ADDR}. Sendungsnummer {~tracking}.",
    "Ich bin {P.full}, geboren am {DOB}, und möchte meine Daten gemäß DSGVO löschen lassen. Kundennummer {~order}.",
    "Rechnungsempfänger: {P.full}\nIBAN: {IBAN}\nBIC: {BIC}\nVerwendungszweck: {~invoice}",
]

FR = [
    "De : {P.full} <{P.email}>\nÀ : {@support@contoso.fr}\nObjet : Remboursement commande {~order}\n\nBonjour,\nJ'ai été débité deux fois de {~amount}. Mon IBAN : {IBAN}.\n\nCordialement,\n{P.full}",
    "Client : {P.full} a été facturé deux fois (facture {~invoice}). Rappeler au {P.phone}. – {Q.given}",
    "Compte rendu de réunion du {~date}\nParticipants : {P.full}, {Q.full}\n- {P.given} prend en charge la migration vers {~product}\n- budget {~amount}",
    "Nom : {P.family}\nPrénom : {P.given}\nAdresse : {ADDR}\nNé(e) le : {DOB}\nN° de sécurité sociale : {NATID}",
    "Merci {=Camille}, je transmets à {P.full} à {~city}.",
    "Mme {P.family} a appelé au sujet du ticket {~ticket}; joignable au {P.phone} ou par mail {P.email}.",
    "Bonjour {P.given}, la facture {~invoice} de {~amount} est en pièce jointe. Bien à vous, {Q.given}",
    "Je m'appelle {P.full}, j'habite {ADDR} et ma carte {CARD} a été refusée.",
    "[{~timestamp}] {P.given} : tu peux m'envoyer la clé ?\n[{~timestamp}] {Q.given} : API_KEY={SECRET}",
]

ES = [
    "De: {P.full} <{P.email}>\nPara: {@soporte@fabrikam.es}\nAsunto: Reembolso pedido {~order}\n\nHola,\nMe han cobrado {~amount} dos veces. Mi IBAN es {IBAN}.\n\nSaludos,\n{P.full}",
    "Cliente: {P.full} fue cobrado dos veces (factura {~invoice}). Llamar al {P.phone}. – {Q.given}",
    "Acta de reunión {~date}\nAsistentes: {P.full}, {Q.full}\n- {P.given} se encarga de la migración a {~product}\n- presupuesto {~amount}",
    "Nombre: {P.full}\nDNI: {NATID}\nDirección: {ADDR}\nFecha de nacimiento: {DOB}\nTeléfono: {P.phone}",
    "Gracias {=Lucía}, se lo paso a {P.full} en {~city}.",
    "La Sra. {P.family} llamó por la incidencia {~ticket}; contacto {P.email} o {P.phone}.",
    "Hola {P.given}, adjunto la factura {~invoice} por {~amount}. Un saludo, {Q.given}",
    "Soy {P.full}, nací el {DOB} y quiero ejercer mi derecho de supresión. Pedido {~order}.",
]

PT = [
    "De: {P.full} <{P.email}>\nPara: {@suporte@globex.com.br}\nAssunto: Reembolso do pedido {~order}\n\nOlá,\nFui cobrado duas vezes ({~amount}). Meu CPF é {NATID}.\n\nAtenciosamente,\n{P.full}",
    "Cliente: {P.full} foi cobrado em duplicidade (nota {~invoice}). Retornar no {P.phone}. – {Q.given}",
    "Ata da reunião {~date}\nParticipantes: {P.full}, {Q.full}\n- {P.given} cuida da migração para {~product}\n- orçamento {~amount}",
    "Nome completo: {P.full}\nEndereço: {ADDR}\nData de nascimento: {DOB}\nE-mail: {P.email}",
    "Obrigado {=João}, vou repassar para {P.full} em {~city}.",
    "A Sra. {P.family} ligou sobre o chamado {~ticket}; contato {P.email} ou {P.phone}.",
    "Oi {P.given}, segue o boleto {~invoice} de {~amount}. Abraço, {Q.given}",
    "Meu nome é {P.full}, nasci em {DOB} e meu cartão {CARD} foi recusado.",
]

NL = [
    "Van: {P.full} <{P.email}>\nAan: {@klantenservice@initech.nl}\nOnderwerp: Terugbetaling bestelling {~order}\n\nBeste,\nIk ben twee keer {~amount} afgeschreven. Mijn IBAN is {IBAN}.\n\nMet vriendelijke groet,\n{P.full}",
    "Klant: {P.full} is dubbel gefactureerd (factuur {~invoice}). Terugbellen op {P.phone}. – {Q.given}",
    "Notulen {~date}\nAanwezig: {P.full}, {Q.full}\n- {P.given} pakt de migratie naar {~product} op\n- budget {~amount}",
    "Naam: {P.full}\nAdres: {ADDR}\nGeboortedatum: {DOB}\nBSN: {NATID}",
    "Bedankt {=Daan}, ik stuur het door naar {P.full} in {~city}.",
    "Mevrouw {P.family} belde over ticket {~ticket}; bereikbaar via {P.email} of {P.phone}.",
    "Hoi {P.given}, factuur {~invoice} van {~amount} zit in de bijlage. Groet, {Q.given}",
]

PL = [
    "Od: {P.full} <{P.email}>\nDo: {@pomoc@hooli.pl}\nTemat: Zwrot za zamówienie {~order}\n\nDzień dobry,\nobciążono mnie dwa razy kwotą {~amount}. Mój numer konta: {IBAN}.\n\nPozdrawiam,\n{P.full}",
    "Klient: {P.full} został obciążony podwójnie (faktura {~invoice}). Oddzwonić na {P.phone}. – {Q.given}",
    "Notatka ze spotkania {~date}\nObecni: {P.full}, {Q.full}\n- {P.given} odpowiada za migrację do {~product}\n- budżet {~amount}",
    "Imię i nazwisko: {P.full}\nAdres: {ADDR}\nData urodzenia: {DOB}\nPESEL: {NATID}",
    "Dzięki {=Tomasz}, przekażę to {P.full} w {~city}.",
    "Pani {P.family} dzwoniła w sprawie zgłoszenia {~ticket}; kontakt {P.email} lub {P.phone}.",
    "Cześć {P.given}, w załączniku faktura {~invoice} na {~amount}. Pozdrawiam, {Q.given}",
]

IT = [
    "Da: {P.full} <{P.email}>\nA: {@assistenza@umbrella.it}\nOggetto: Rimborso ordine {~order}\n\nBuongiorno,\nmi è stato addebitato due volte l'importo di {~amount}. IBAN: {IBAN}.\n\nCordiali saluti,\n{P.full}",
    "Cliente: {P.full} è stato addebitato due volte (fattura {~invoice}). Richiamare al {P.phone}. – {Q.given}",
    "Verbale riunione {~date}\nPresenti: {P.full}, {Q.full}\n- {P.given} segue la migrazione a {~product}\n- budget {~amount}",
    "Nome: {P.full}\nIndirizzo: {ADDR}\nData di nascita: {DOB}\nCodice fiscale: {NATID}",
    "Grazie {=Federico}, lo giro a {P.full} a {~city}.",
    "La sig.ra {P.family} ha chiamato per il ticket {~ticket}; recapito {P.email} o {P.phone}.",
    "Ciao {P.given}, in allegato la fattura {~invoice} da {~amount}. Saluti, {Q.given}",
]

BY_LANG = {"en": EN, "de": DE, "fr": FR, "es": ES, "pt": PT, "nl": NL, "pl": PL, "it": IT}
