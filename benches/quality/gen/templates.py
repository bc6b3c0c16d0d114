"""Sentence templates, per entity (or look-alike) and language, written the way people type in a chat
with an assistant: questions, pasted forms, e-mail snippets, config files and logs. `{v}` is the value.

Cue words vary on purpose (a form label, a possessive, an abbreviation) and many templates have none,
where the format is distinctive enough that a person would recognise it. Languages: en, de, fr, es, it,
nl, pl, sv, pt; a missing language falls back to en.
"""

T = {}

T["EMAIL"] = {
    "en": ["You can reach me at {v} if anything is unclear.", "Please send the invoice to {v}.", "My email is {v}",
           "cc: {v}", "Contact: {v}", "Can you write a polite follow-up to {v} about the delay?", "From: {v}"],
    "de": ["Meine E-Mail-Adresse ist {v}.", "Bitte schick die Rechnung an {v}.", "Erreichbar unter {v}"],
    "fr": ["Mon adresse e-mail est {v}.", "Écrivez-moi à {v} svp.", "Courriel : {v}"],
    "es": ["Mi correo es {v}.", "Envíame la factura a {v}, por favor.", "Correo electrónico: {v}"],
    "it": ["La mia email è {v}.", "Scrivimi a {v} per favore.", "Indirizzo email: {v}"],
    "nl": ["Mijn e-mailadres is {v}.", "Stuur de factuur naar {v} alsjeblieft."],
    "pl": ["Mój adres e-mail to {v}.", "Proszę o kontakt pod adresem {v}."],
    "sv": ["Min mejladress är {v}.", "Skicka fakturan till {v}, tack."],
    "pt": ["Meu e-mail é {v}.", "Pode me mandar a fatura em {v}?"],
}
T["PHONE"] = {
    "en": ["Call me on {v} after 5pm.", "My number is {v}", "Phone: {v}", "You can text me at {v}.",
           "Reach our office at {v}.", "mobile {v}", "Tel. {v}", "WhatsApp me on {v} when you land."],
    "de": ["Meine Handynummer ist {v}.", "Ruf mich unter {v} an.", "Tel.: {v}", "Telefon {v}", "Mobil: {v}"],
    "fr": ["Mon numéro est le {v}.", "Appelez-moi au {v}.", "Tél : {v}", "Portable : {v}"],
    "es": ["Mi teléfono es {v}.", "Llámame al {v}.", "Móvil: {v}", "Tel. {v}"],
    "it": ["Il mio numero è {v}.", "Chiamami al {v}.", "Cellulare: {v}", "Tel. {v}"],
    "nl": ["Mijn nummer is {v}.", "Bel me op {v}.", "Telefoon: {v}", "Mobiel: {v}"],
    "pl": ["Mój numer telefonu to {v}.", "Proszę dzwonić pod {v}.", "Tel. {v}", "Komórka: {v}"],
    "sv": ["Mitt nummer är {v}.", "Ring mig på {v}.", "Tel: {v}", "Mobil: {v}"],
    "pt": ["Meu celular é {v}.", "Me liga no {v}.", "Telefone: {v}", "WhatsApp: {v}"],
}
T["CREDIT_CARD"] = {
    "en": ["My card number is {v}, expiry 08/27.", "Card: {v}", "I was charged twice on {v}, can you help?",
           "Pay with {v} please", "The Visa ending is wrong, full number {v}.", "credit card {v} cvv 123"],
    "de": ["Meine Kartennummer ist {v}.", "Kreditkarte: {v}, gültig bis 09/26", "Bitte von {v} abbuchen."],
    "fr": ["Mon numéro de carte est {v}.", "Carte bancaire : {v}", "Payez avec la carte {v}."],
    "es": ["El número de mi tarjeta es {v}.", "Tarjeta: {v}", "Cóbrame en la tarjeta {v}."],
    "it": ["Il numero della mia carta è {v}.", "Carta di credito: {v}"],
    "nl": ["Mijn kaartnummer is {v}.", "Creditcard: {v}"],
    "pl": ["Numer mojej karty to {v}.", "Karta: {v}"],
    "sv": ["Mitt kortnummer är {v}.", "Kort: {v}"],
    "pt": ["O número do meu cartão é {v}.", "Cartão de crédito: {v}"],
}
T["IBAN"] = {
    "en": ["Please transfer the refund to {v}.", "IBAN: {v}", "My bank account is {v}", "Wire it to {v}, thanks."],
    "de": ["Meine IBAN lautet {v}.", "IBAN: {v}", "Bitte überweise auf {v}.", "Kontoverbindung: {v}"],
    "fr": ["Mon IBAN est {v}.", "Virement sur le compte {v} svp.", "RIB / IBAN : {v}"],
    "es": ["Mi IBAN es {v}.", "Haz la transferencia a {v}.", "Cuenta: {v}"],
    "it": ["Il mio IBAN è {v}.", "Bonifico su {v} per favore."],
    "nl": ["Mijn IBAN is {v}.", "Maak het over naar {v}.", "Rekeningnummer: {v}"],
    "pl": ["Mój numer konta to {v}.", "Proszę o przelew na {v}."],
    "sv": ["Mitt IBAN är {v}.", "Betala till {v}."],
    "pt": ["Meu IBAN é {v}.", "Transferir para {v}."],
}
T["SWIFT_BIC"] = {
    "en": ["BIC: {v}", "SWIFT code {v}", "The bank's SWIFT/BIC is {v}."],
    "de": ["BIC: {v}", "Der BIC der Bank ist {v}."], "fr": ["BIC : {v}", "Code SWIFT : {v}"],
    "es": ["BIC/SWIFT: {v}"], "it": ["Codice BIC: {v}"], "nl": ["BIC: {v}"], "pl": ["Kod SWIFT: {v}"],
    "sv": ["BIC: {v}"], "pt": ["Código SWIFT: {v}"],
}
T["ABA_ROUTING"] = {"en": ["Routing number: {v}", "ABA {v}, account 000123456789", "our bank routing # is {v}",
                           "Direct deposit: routing {v}"]}
T["CRYPTO_WALLET"] = {
    "en": ["Send the BTC to {v}", "My wallet address is {v}", "ETH address: {v}", "withdraw to {v} please",
           "Refund in USDT (ERC-20) to {v}."],
    "de": ["Meine Wallet-Adresse: {v}"], "fr": ["Mon adresse de portefeuille : {v}"], "es": ["Mi billetera: {v}"],
    "pt": ["Minha carteira: {v}"],
}
T["IP_ADDRESS"] = {
    "en": ["The server at {v} keeps timing out.", "ssh admin@{v} fails with permission denied", "Client IP: {v}",
           "Allow {v} in the firewall.", "Failed login from {v} at night", "my home IP is {v}", "ping {v} works"],
    "de": ["Der Server {v} antwortet nicht.", "Meine IP-Adresse ist {v}."],
    "fr": ["Le serveur {v} ne répond plus.", "Mon adresse IP est {v}."],
    "es": ["El servidor {v} no responde."], "it": ["Il server {v} non risponde."], "nl": ["Server {v} reageert niet."],
    "pl": ["Serwer {v} nie odpowiada."], "sv": ["Servern {v} svarar inte."], "pt": ["O servidor {v} não responde."],
}
T["MAC_ADDRESS"] = {
    "en": ["The printer's MAC is {v}.", "Whitelist device {v} on the Wi-Fi.", "MAC address: {v}",
           "dhcp lease for {v} expired"],
    "de": ["Die MAC-Adresse des Laptops ist {v}."], "fr": ["Adresse MAC : {v}"], "es": ["Dirección MAC: {v}"],
}
T["US_SSN"] = {"en": ["My SSN is {v}.", "SSN: {v}", "social security number {v}", "SS# {v}",
                      "Form W-4: SSN {v}, filing status single", "Social Security No. {v}", "ssn {v}"]}
T["US_ITIN"] = {"en": ["My ITIN is {v}.", "ITIN: {v}", "Individual Taxpayer Identification Number {v}"]}
T["UK_NINO"] = {"en": ["My National Insurance number is {v}.", "NI number: {v}", "NINO {v}", "NI No. {v}",
                       "national insurance no {v}"]}
T["UK_NHS"] = {"en": ["My NHS number is {v}.", "NHS number: {v}", "NHS No. {v}", "Patient NHS no {v}"]}
T["CA_SIN"] = {"en": ["My SIN is {v}.", "SIN: {v}", "Social Insurance Number {v}"],
               "fr": ["Mon NAS est {v}.", "Numéro d'assurance sociale : {v}"]}
T["ES_DNI"] = {"es": ["Mi DNI es {v}.", "DNI: {v}", "con DNI {v}", "NIF {v}"], "en": ["My Spanish DNI is {v}.", "DNI {v}"]}
T["ES_NIE"] = {"es": ["Mi NIE es {v}.", "NIE: {v}", "Tengo el NIE {v}"], "en": ["My NIE is {v}."]}
T["IT_FISCAL_CODE"] = {"it": ["Il mio codice fiscale è {v}.", "Codice fiscale: {v}", "C.F. {v}", "CF {v}"],
                       "en": ["My Italian tax code is {v}.", "codice fiscale {v}"]}
T["FR_NIR"] = {"fr": ["Mon numéro de sécurité sociale est {v}.", "N° de sécu : {v}", "NIR : {v}",
                      "numéro de sécu {v}"], "en": ["My French social security number is {v}."]}
T["DE_TAX_ID"] = {"de": ["Meine Steuer-ID ist {v}.", "Steueridentifikationsnummer: {v}", "Steuer-IdNr. {v}",
                         "steuerliche Identifikationsnummer {v}", "IdNr {v}"],
                  "en": ["My German tax ID (Steuer-ID) is {v}."]}
T["NL_BSN"] = {"nl": ["Mijn BSN is {v}.", "BSN: {v}", "Burgerservicenummer: {v}", "BSN-nummer {v}"],
               "en": ["My BSN is {v}."]}
T["PL_PESEL"] = {"pl": ["Mój PESEL to {v}.", "PESEL: {v}", "nr PESEL {v}", "numer PESEL {v}"], "en": ["My PESEL is {v}."]}
T["SE_PERSONNUMMER"] = {"sv": ["Mitt personnummer är {v}.", "Personnummer: {v}", "personnr {v}"],
                        "en": ["My Swedish personal number is {v}.", "personnummer {v}"]}
T["IN_AADHAAR"] = {"en": ["My Aadhaar number is {v}.", "Aadhaar: {v}", "Aadhaar no. {v}", "UID {v}",
                          "aadhar card {v}"]}
T["IN_PAN"] = {"en": ["My PAN is {v}.", "PAN: {v}", "PAN card number {v}", "Please update PAN {v} on the invoice."]}
T["BR_CPF"] = {"pt": ["Meu CPF é {v}.", "CPF: {v}", "CPF {v}", "nota fiscal no CPF {v}"], "en": ["My CPF is {v}."]}
T["BR_CNPJ"] = {"pt": ["O CNPJ da empresa é {v}.", "CNPJ: {v}"], "en": ["Company CNPJ {v}"]}
T["AU_TFN"] = {"en": ["My TFN is {v}.", "Tax file number: {v}", "TFN {v}"]}
T["AU_MEDICARE"] = {"en": ["My Medicare number is {v}.", "Medicare card: {v}", "Medicare no. {v}"]}
T["SG_NRIC"] = {"en": ["My NRIC is {v}.", "NRIC: {v}", "NRIC/FIN {v}", "IC number {v}", "FIN: {v}"]}
T["PASSPORT"] = {
    "en": ["My passport number is {v}.", "Passport No: {v}", "passport {v}, expires 2031"],
    "de": ["Meine Reisepassnummer ist {v}.", "Reisepass-Nr.: {v}", "Passnummer {v}"],
    "fr": ["Mon numéro de passeport est {v}.", "Passeport n° {v}"],
    "es": ["Mi número de pasaporte es {v}.", "Pasaporte: {v}"], "it": ["Il mio numero di passaporto è {v}.", "Passaporto n. {v}"],
    "nl": ["Mijn paspoortnummer is {v}.", "Paspoort: {v}"], "pl": ["Numer paszportu: {v}"],
    "pt": ["Meu passaporte é {v}.", "Passaporte nº {v}"],
}
T["PERSON"] = {
    "en": ["My name is {v} and I need help with my order.", "Hi, I'm {v}.", "Dear {v},", "Best regards,\n{v}",
           "Please forward this to {v} in accounting.", "Name: {v}", '{{"name": "{v}", "plan": "pro"}}',
           "{v} will join the call tomorrow.", "Can you draft a reply to {v}? She asked about the refund.",
           "Thanks,\n{v}", "This is {v} from the support team.", "Dr. {v} asked for a callback.",
           "Meeting notes: {v} presented the Q3 numbers.", "customer_name: {v}"],
    "de": ["Ich heiße {v} und habe eine Frage.", "Mein Name ist {v}.", "Hallo {v},", "Viele Grüße\n{v}",
           "Bitte leite das an {v} weiter.", "Frau {v} hat angerufen.", "Name: {v}", "Mit freundlichen Grüßen\n{v}"],
    "fr": ["Je m'appelle {v}.", "Bonjour {v},", "Cordialement,\n{v}", "Pouvez-vous transmettre à {v} ?",
           "Mme {v} a appelé ce matin.", "Nom : {v}"],
    "es": ["Me llamo {v}.", "Hola {v},", "Saludos,\n{v}", "Mi nombre es {v}.", "Nombre: {v}",
           "Reenvía esto a {v}, por favor."],
    "it": ["Mi chiamo {v}.", "Ciao {v},", "Cordiali saluti,\n{v}", "Nome: {v}", "Inoltra a {v}, grazie."],
    "nl": ["Ik heet {v}.", "Mijn naam is {v}.", "Met vriendelijke groet,\n{v}", "Beste {v},", "Naam: {v}"],
    "pl": ["Nazywam się {v}.", "Dzień dobry, tu {v}.", "Pozdrawiam,\n{v}", "Imię i nazwisko: {v}"],
    "sv": ["Jag heter {v}.", "Hej {v}!", "Med vänliga hälsningar,\n{v}", "Namn: {v}"],
    "pt": ["Meu nome é {v}.", "Olá {v},", "Atenciosamente,\n{v}", "Nome: {v}", "Eu me chamo {v}."],
}
T["ADDRESS"] = {
    "en": ["Please ship it to {v}.", "My address is {v}.", "I live at {v}.", "Address: {v}",
           "Delivery address: {v}", "Billing address - {v}"],
    "de": ["Meine Adresse: {v}", "Lieferadresse: {v}", "Ich wohne in der {v}.", "Bitte an {v} schicken."],
    "fr": ["Mon adresse : {v}", "J'habite au {v}.", "Adresse de livraison : {v}"],
    "es": ["Mi dirección es {v}.", "Dirección de envío: {v}", "Vivo en {v}."],
    "it": ["Il mio indirizzo è {v}.", "Indirizzo di consegna: {v}", "Abito in {v}."],
    "nl": ["Mijn adres is {v}.", "Afleveradres: {v}", "Ik woon op {v}."],
    "pl": ["Mój adres to {v}.", "Adres dostawy: {v}", "Mieszkam przy {v}."],
    "sv": ["Min adress är {v}.", "Leveransadress: {v}", "Jag bor på {v}."],
    "pt": ["Meu endereço é {v}.", "Endereço de entrega: {v}", "Moro na {v}."],
}
T["DATE_OF_BIRTH"] = {
    "en": ["I was born on {v}.", "DOB: {v}", "Date of birth: {v}", "born {v}", "my birthday is {v}",
           "D.O.B. {v}"],
    "de": ["Ich bin am {v} geboren.", "Geburtsdatum: {v}", "geb. {v}", "geboren am {v}"],
    "fr": ["Je suis né le {v}.", "Date de naissance : {v}", "née le {v}"],
    "es": ["Nací el {v}.", "Fecha de nacimiento: {v}", "nacido el {v}"],
    "it": ["Sono nato il {v}.", "Data di nascita: {v}", "nata il {v}"],
    "nl": ["Ik ben geboren op {v}.", "Geboortedatum: {v}"],
    "pl": ["Urodziłem się {v}.", "Data urodzenia: {v}", "urodzona {v}"],
    "sv": ["Jag är född {v}.", "Födelsedatum: {v}", "född {v}"],
    "pt": ["Nasci em {v}.", "Data de nascimento: {v}", "nascido em {v}"],
}

# Secrets: the value sits in config, code, a shell command or a log line pasted into the chat.
S = {
    "aws_access_key_id": ["aws_access_key_id = {v}", "export AWS_ACCESS_KEY_ID={v}", "The key {v} stopped working.",
                          "AWS_ACCESS_KEY_ID: {v}"],
    "aws_secret_access_key": ["aws_secret_access_key = {v}", "export AWS_SECRET_ACCESS_KEY={v}",
                              "AWS_SECRET_ACCESS_KEY: \"{v}\""],
    "github_classic": ["git clone https://{v}@github.com/acme/infra.git", "GITHUB_TOKEN={v}", "my token {v} gets 401",
                       "gh auth login --with-token <<< {v}"],
    "github_fine_grained": ["GH_TOKEN={v}", "token: {v}", "use {v} for the API calls"],
    "gitlab_pat": ["PRIVATE-TOKEN: {v}", "GITLAB_TOKEN={v}", "curl --header \"PRIVATE-TOKEN: {v}\" https://gitlab.example.com/api/v4/projects"],
    "slack_bot_token": ["SLACK_BOT_TOKEN={v}", "client = WebClient(token=\"{v}\")", "bot token is {v}"],
    "slack_webhook": ["curl -X POST -d '{{\"text\":\"deploy done\"}}' {v}", "SLACK_WEBHOOK_URL={v}", "webhook: {v}"],
    "stripe_secret": ["stripe.api_key = \"{v}\"", "STRIPE_SECRET_KEY={v}", "curl https://api.stripe.com/v1/charges -u {v}:"],
    "openai_key": ["OPENAI_API_KEY={v}", "client = OpenAI(api_key=\"{v}\")", "Why does {v} return 429?",
                   "export OPENAI_API_KEY=\"{v}\""],
    "anthropic_key": ["ANTHROPIC_API_KEY={v}", "x-api-key: {v}", "anthropic.Anthropic(api_key=\"{v}\")"],
    "google_api_key": ["https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={v}",
                       "GOOGLE_API_KEY={v}", "apiKey: \"{v}\","],
    "twilio_api_key": ["TWILIO_API_KEY={v}", "twilio api key {v}"],
    "sendgrid_key": ["SENDGRID_API_KEY={v}", "sg = SendGridAPIClient('{v}')"],
    "npm_token": ["//registry.npmjs.org/:_authToken={v}", "NPM_TOKEN={v}"],
    "pypi_token": ["password = {v}", "TWINE_PASSWORD={v}", "uv publish --token {v}"],
    "huggingface_token": ["HF_TOKEN={v}", "huggingface-cli login --token {v}", "login(token=\"{v}\")"],
    "shopify_token": ["X-Shopify-Access-Token: {v}", "SHOPIFY_ACCESS_TOKEN={v}"],
    "digitalocean_token": ["DIGITALOCEAN_TOKEN={v}", "doctl auth init -t {v}"],
    "databricks_token": ["DATABRICKS_TOKEN={v}", "token = \"{v}\""],
    "mailgun_key": ["MAILGUN_API_KEY={v}", "curl -s --user 'api:{v}' https://api.mailgun.net/v3/mg.example.com/messages"],
    "telegram_bot_token": ["https://api.telegram.org/bot{v}/sendMessage", "TELEGRAM_BOT_TOKEN={v}", "bot = Bot(\"{v}\")"],
    "docker_pat": ["docker login -u acme -p {v}", "DOCKERHUB_TOKEN={v}"],
    "vault_token": ["VAULT_TOKEN={v}", "export VAULT_TOKEN=\"{v}\"", "X-Vault-Token: {v}"],
    "azure_storage_key": ["AZURE_STORAGE_CONNECTION_STRING=\"{v}\"", "connection string: {v}"],
    "jwt": ["Authorization: Bearer {v}", "this token fails validation: {v}", "Cookie: session={v}",
            "{{\"access_token\": \"{v}\", \"token_type\": \"Bearer\"}}"],
    "private_key": ["Here is the deploy key, why does ssh reject it?\n{v}", "```\n{v}\n```", "key.pem:\n{v}"],
    "connection_string_password": ["DATABASE_URL={v}", "I can't connect with {v}", "url: \"{v}\"",
                                   "psql \"{v}\" fails with SSL error"],
    "ado_connection_password": ["\"ConnectionStrings\": {{ \"Default\": \"{v}\" }}", "connection string is {v}"],
    "password_assignment": ["DB_PASSWORD={v}", "password: {v}", "\"password\": \"{v}\"", "PGPASSWORD={v} psql -h db -U app",
                            "spring.datasource.password={v}", "my wifi password is {v}", "SMTP_PASS=\"{v}\"",
                            "admin password: {v}"],
    "api_key_assignment": ["API_KEY={v}", "\"apiKey\": \"{v}\"", "api_key: {v}", "X-API-Key: {v}",
                           "headers = {{\"x-api-key\": \"{v}\"}}", "SECRET_KEY = '{v}'"],
    "bearer_token": ["Authorization: Bearer {v}", "curl -H \"Authorization: Bearer {v}\" https://api.example.com/v2/me"],
}
# Lead-ins that precede a pasted secret, per language (the secret template itself stays as typed).
SECRET_LEAD = {
    "en": ["Here is my config:", "Getting an auth error with this:", "Why does this fail?", "Can you check my setup?", ""],
    "de": ["Hier meine Konfiguration:", "Warum funktioniert das nicht?", ""],
    "fr": ["Voici ma config :", "Pourquoi ça échoue ?", ""],
    "es": ["Esta es mi configuración:", "¿Por qué falla esto?", ""],
    "it": ["Ecco la mia configurazione:", "Perché non funziona?", ""],
    "nl": ["Dit is mijn config:", "Waarom werkt dit niet?", ""],
    "pl": ["Oto moja konfiguracja:", "Dlaczego to nie działa?", ""],
    "sv": ["Här är min konfiguration:", "Varför fungerar inte detta?", ""],
    "pt": ["Segue minha configuração:", "Por que isso falha?", ""],
}

# Look-alikes: must survive.
L = {
    "date": {"en": ["The meeting moved to {v}.", "Deadline: {v}", "Invoice dated {v}", "released on {v}"],
             "de": ["Der Termin ist am {v}.", "Lieferung am {v}"], "fr": ["La réunion est le {v}."],
             "es": ["La reunión es el {v}."], "it": ["La riunione è il {v}."], "nl": ["De afspraak is op {v}."],
             "pl": ["Spotkanie jest {v}."], "sv": ["Mötet är den {v}."], "pt": ["A reunião é em {v}."]},
    "time": {"en": ["Let's meet at {v}.", "The job runs at {v} every day.", "standup at {v}"],
             "de": ["Treffen um {v} Uhr."], "fr": ["Rendez-vous à {v}."], "es": ["Nos vemos a las {v}."]},
    "version": {"en": ["Upgrade to {v} fixed it.", "We're on Node {v}", "Bump the package to version {v}.",
                       "Works in Chrome {v}", "Windows build {v}"],
                "de": ["Nach dem Update auf {v} geht es."], "fr": ["Depuis la version {v} ça marche."]},
    "uuid": {"en": ["request id {v}", "The user {v} can't log in.", "trace_id={v}", "GET /api/orders/{v}"]},
    "git_hash": {"en": ["Revert commit {v}.", "fixed in {v}", "git checkout {v}", "HEAD is now at {v}"]},
    "isbn": {"en": ["ISBN {v}", "the book (ISBN: {v}) is out of stock"], "de": ["ISBN {v}"]},
    "order_number": {"en": ["Order {v} hasn't arrived.", "Ticket {v} is still open.", "Invoice {v} is overdue.",
                            "tracking number {v}", "Please reference {v} in your reply."],
                     "de": ["Bestellung {v} ist nicht angekommen.", "Rechnungsnummer {v}"],
                     "fr": ["La commande {v} n'est pas arrivée."], "es": ["El pedido {v} no ha llegado."],
                     "it": ["L'ordine {v} non è arrivato."], "nl": ["Bestelling {v} is niet aangekomen."],
                     "pl": ["Zamówienie {v} nie dotarło."], "sv": ["Order {v} har inte kommit."],
                     "pt": ["O pedido {v} não chegou."]},
    "non_luhn_16": {"en": ["Reference number {v}", "Shipment ID {v}", "Account reference: {v}", "batch {v} failed"],
                    "de": ["Vorgangsnummer {v}"], "fr": ["Référence {v}"]},
    "bad_iban": {"en": ["Is {v} a valid IBAN? The bank rejected it.", "the example IBAN {v} from the docs fails the check"],
                 "de": ["Die IBAN {v} wird abgelehnt, Prüfziffer falsch?"]},
    "amount": {"en": ["The total was {v}.", "Refund {v} please.", "Budget: {v}"],
               "de": ["Der Betrag ist {v}."], "fr": ["Le montant est de {v}."], "es": ["El total es {v}."],
               "it": ["Il totale è {v}."], "nl": ["Het totaal is {v}."], "pl": ["Kwota: {v}"],
               "sv": ["Summan är {v}."], "pt": ["O total foi {v}."]},
    "port": {"en": ["The app listens on {v}.", "Connection refused on {v}", "expose {v} in the Dockerfile"]},
    "file_path": {"en": ["Error in {v}", "Open {v} and change the setting.", "the log at {v} is empty"]},
    "doc_url": {"en": ["According to {v} this should work.", "See {v}", "docs: {v}"]},
    "model_name": {"en": ["Switch the model to {v}.", "model: {v}", "{v} gives better answers"]},
    "timestamp": {"en": ["[{v}] ERROR connection reset", "created_at: {v}", "expires at {v}", "ts={v} level=warn"]},
    "sha256": {"en": ["image digest {v}", "checksum {v}", "expected sha256 {v}"]},
    "placeholder_secret": {"en": ["OPENAI_API_KEY={v}", "password: {v}", "api_key = \"{v}\"", "token: {v}"]},
    "hex_color": {"en": ["Use {v} for the header background.", "color: {v};"]},
    "math": {"en": ["What's {v}?", "Compute {v} for me."]},
}

FILLER_OPEN = {
    "en": ["Hi there!", "Hello,", "Quick question.", "Hey, can you help me?", "Good morning.", "I need some help.", ""],
    "de": ["Hallo!", "Guten Tag,", "Kurze Frage:", "Kannst du mir helfen?", ""],
    "fr": ["Bonjour,", "Salut !", "Petite question :", ""],
    "es": ["Hola,", "Buenos días.", "Una pregunta rápida:", ""],
    "it": ["Ciao,", "Buongiorno.", "Una domanda veloce:", ""],
    "nl": ["Hallo,", "Goedemorgen.", "Snelle vraag:", ""],
    "pl": ["Dzień dobry,", "Cześć!", "Mam pytanie:", ""],
    "sv": ["Hej,", "God morgon.", "En snabb fråga:", ""],
    "pt": ["Olá,", "Bom dia.", "Uma dúvida rápida:", ""],
}
FILLER_CLOSE = {
    "en": ["Thanks in advance!", "Can you help?", "What should I do?", "Please summarise this for me.", ""],
    "de": ["Danke im Voraus!", "Was soll ich tun?", ""],
    "fr": ["Merci d'avance !", "Que dois-je faire ?", ""],
    "es": ["¡Gracias de antemano!", "¿Qué hago?", ""],
    "it": ["Grazie mille!", "Cosa devo fare?", ""],
    "nl": ["Alvast bedankt!", "Wat moet ik doen?", ""],
    "pl": ["Z góry dziękuję!", "Co mam zrobić?", ""],
    "sv": ["Tack på förhand!", "Vad ska jag göra?", ""],
    "pt": ["Desde já, obrigado!", "O que devo fazer?", ""],
}


def pick(table, key, lang, r):
    """A template for `key` in `lang` (English when the language has none)."""
    by_lang = table[key]
    return r.choice(by_lang.get(lang) or by_lang["en"])
