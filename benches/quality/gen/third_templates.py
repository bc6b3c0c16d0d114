"""Document shapes of the THIRD corpus (`gen_third.py`), none of which the main or held-out generators use:
support tickets exported as CSV rows, JSON tool-call arguments with nested PII, Markdown tables, meeting
transcripts with timestamps, HR/legal letters, medical intake forms, structured log lines, code-review
comments, airline booking records (`SURNAME/GIVEN`), vCards and bank-transfer instructions, in en, de, fr,
es, it, nl, pt, pl and sv. Each shape is a function `(b, d)` writing into a `Builder` `b` (plain text, gold
values, look-alikes) from a document's values `d` (`gen_third.Doc`).
"""

import json

L = {  # per-language labels and phrases
    "en": dict(name="Name", dob="Date of birth", addr="Address", phone="Phone", email="Email", passport="Passport no.",
               patient="Patient", emergency="Emergency contact", reason="Reason for visit", allergies="Allergies",
               dear="Dear", regards="Kind regards", re="Re", hello="Hi", thanks="Thanks", born="born",
               reason_v="recurring headaches", allergy_v="penicillin", rel="spouse", subj="Refund not received",
               body="I was charged twice for order", hr_open="We are writing to confirm the terms of your employment with",
               hr_close="Please sign and return a copy by", start="start date", salary="annual gross salary",
               spoken="you can reach me on", mine="my date of birth is", move="I moved to", ticket="ticket",
               customer="Customer", bank="Bank details", transfer="Please transfer", to="to", ref="reference"),
    "de": dict(name="Name", dob="Geburtsdatum", addr="Anschrift", phone="Telefon", email="E-Mail", passport="Reisepassnummer",
               patient="Patient", emergency="Notfallkontakt", reason="Anlass des Besuchs", allergies="Allergien",
               dear="Sehr geehrte/r", regards="Mit freundlichen Grüßen", re="Betreff", hello="Hallo", thanks="Danke",
               born="geb.", reason_v="wiederkehrende Kopfschmerzen", allergy_v="Penicillin", rel="Ehefrau",
               subj="Erstattung nicht erhalten", body="mir wurde die Bestellung doppelt berechnet:",
               hr_open="hiermit bestätigen wir die Bedingungen Ihres Arbeitsverhältnisses mit der",
               hr_close="Bitte senden Sie uns eine unterschriebene Kopie bis zum", start="Eintrittsdatum",
               salary="Jahresbruttogehalt", spoken="erreichbar bin ich unter", mine="mein Geburtsdatum ist der",
               move="ich bin umgezogen nach", ticket="Ticket", customer="Kunde", bank="Bankverbindung",
               transfer="Bitte überweisen Sie", to="auf", ref="Verwendungszweck"),
    "fr": dict(name="Nom", dob="Date de naissance", addr="Adresse", phone="Téléphone", email="Courriel", passport="N° de passeport",
               patient="Patient", emergency="Personne à prévenir", reason="Motif de consultation", allergies="Allergies",
               dear="Madame, Monsieur", regards="Cordialement", re="Objet", hello="Bonjour", thanks="Merci",
               born="né(e) le", reason_v="maux de tête récurrents", allergy_v="pénicilline", rel="épouse",
               subj="Remboursement non reçu", body="j'ai été débité deux fois pour la commande",
               hr_open="nous vous confirmons par la présente les conditions de votre contrat avec",
               hr_close="Merci de nous retourner un exemplaire signé avant le", start="date d'entrée",
               salary="salaire brut annuel", spoken="vous pouvez me joindre au", mine="ma date de naissance est le",
               move="j'ai déménagé au", ticket="ticket", customer="Client", bank="Coordonnées bancaires",
               transfer="Merci de virer", to="sur le compte", ref="référence"),
    "es": dict(name="Nombre", dob="Fecha de nacimiento", addr="Domicilio", phone="Teléfono", email="Correo", passport="N.º de pasaporte",
               patient="Paciente", emergency="Contacto de emergencia", reason="Motivo de la consulta", allergies="Alergias",
               dear="Estimado/a", regards="Atentamente", re="Asunto", hello="Hola", thanks="Gracias",
               born="nacido/a el", reason_v="dolores de cabeza recurrentes", allergy_v="penicilina", rel="cónyuge",
               subj="Reembolso no recibido", body="me han cobrado dos veces el pedido",
               hr_open="por la presente le confirmamos las condiciones de su contrato con",
               hr_close="Le rogamos devuelva una copia firmada antes del", start="fecha de incorporación",
               salary="salario bruto anual", spoken="me puede llamar al", mine="mi fecha de nacimiento es el",
               move="me he mudado a", ticket="ticket", customer="Cliente", bank="Datos bancarios",
               transfer="Por favor transfiera", to="a la cuenta", ref="concepto"),
    "it": dict(name="Nome", dob="Data di nascita", addr="Indirizzo", phone="Telefono", email="Email", passport="N. passaporto",
               patient="Paziente", emergency="Contatto di emergenza", reason="Motivo della visita", allergies="Allergie",
               dear="Gentile", regards="Cordiali saluti", re="Oggetto", hello="Ciao", thanks="Grazie",
               born="nato/a il", reason_v="mal di testa ricorrente", allergy_v="penicillina", rel="coniuge",
               subj="Rimborso non ricevuto", body="mi è stato addebitato due volte l'ordine",
               hr_open="con la presente confermiamo le condizioni del Suo rapporto di lavoro con",
               hr_close="La preghiamo di restituire una copia firmata entro il", start="data di assunzione",
               salary="retribuzione annua lorda", spoken="mi trovate al", mine="la mia data di nascita è il",
               move="mi sono trasferito in", ticket="ticket", customer="Cliente", bank="Coordinate bancarie",
               transfer="Si prega di bonificare", to="sul conto", ref="causale"),
    "nl": dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Telefoon", email="E-mail", passport="Paspoortnummer",
               patient="Patiënt", emergency="Contactpersoon bij nood", reason="Reden van bezoek", allergies="Allergieën",
               dear="Geachte", regards="Met vriendelijke groet", re="Betreft", hello="Hoi", thanks="Bedankt",
               born="geboren op", reason_v="terugkerende hoofdpijn", allergy_v="penicilline", rel="echtgenote",
               subj="Terugbetaling niet ontvangen", body="ik ben twee keer belast voor bestelling",
               hr_open="hierbij bevestigen wij de voorwaarden van uw dienstverband bij",
               hr_close="Graag ontvangen wij een ondertekend exemplaar terug vóór", start="startdatum",
               salary="bruto jaarsalaris", spoken="je kunt me bereiken op", mine="mijn geboortedatum is",
               move="ik ben verhuisd naar", ticket="ticket", customer="Klant", bank="Bankgegevens",
               transfer="Gelieve over te maken", to="op rekening", ref="kenmerk"),
    "pt": dict(name="Nome", dob="Data de nascimento", addr="Endereço", phone="Telefone", email="E-mail", passport="Nº do passaporte",
               patient="Paciente", emergency="Contato de emergência", reason="Motivo da consulta", allergies="Alergias",
               dear="Prezado(a)", regards="Atenciosamente", re="Assunto", hello="Olá", thanks="Obrigado",
               born="nascido(a) em", reason_v="dores de cabeça recorrentes", allergy_v="penicilina", rel="esposa",
               subj="Reembolso não recebido", body="fui cobrado duas vezes pelo pedido",
               hr_open="confirmamos por meio desta as condições do seu contrato de trabalho com a",
               hr_close="Favor devolver uma via assinada até", start="data de admissão",
               salary="salário bruto anual", spoken="pode me ligar no", mine="minha data de nascimento é",
               move="me mudei para", ticket="chamado", customer="Cliente", bank="Dados bancários",
               transfer="Favor transferir", to="para a conta", ref="referência"),
    "pl": dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", phone="Telefon", email="E-mail", passport="Nr paszportu",
               patient="Pacjent", emergency="Osoba do kontaktu", reason="Powód wizyty", allergies="Alergie",
               dear="Szanowna Pani / Szanowny Panie", regards="Z poważaniem", re="Dotyczy", hello="Cześć", thanks="Dzięki",
               born="ur.", reason_v="nawracające bóle głowy", allergy_v="penicylina", rel="żona",
               subj="Brak zwrotu pieniędzy", body="zostałem obciążony dwukrotnie za zamówienie",
               hr_open="niniejszym potwierdzamy warunki Pana/Pani zatrudnienia w",
               hr_close="Prosimy o odesłanie podpisanej kopii do", start="data rozpoczęcia",
               salary="roczne wynagrodzenie brutto", spoken="można do mnie dzwonić pod", mine="moja data urodzenia to",
               move="przeprowadziłem się na", ticket="zgłoszenie", customer="Klient", bank="Dane do przelewu",
               transfer="Prosimy przelać", to="na konto", ref="tytułem"),
    "sv": dict(name="Namn", dob="Födelsedatum", addr="Adress", phone="Telefon", email="E-post", passport="Passnummer",
               patient="Patient", emergency="Närmaste anhörig", reason="Besöksorsak", allergies="Allergier",
               dear="Hej", regards="Med vänliga hälsningar", re="Ärende", hello="Hej", thanks="Tack",
               born="född", reason_v="återkommande huvudvärk", allergy_v="penicillin", rel="make",
               subj="Återbetalning ej mottagen", body="jag har debiterats två gånger för order",
               hr_open="härmed bekräftar vi villkoren för din anställning hos",
               hr_close="Vänligen returnera ett undertecknat exemplar senast", start="startdatum",
               salary="årlig bruttolön", spoken="du når mig på", mine="mitt födelsedatum är",
               move="jag har flyttat till", ticket="ärende", customer="Kund", bank="Bankuppgifter",
               transfer="Vänligen överför", to="till konto", ref="referens"),
}
ID_LABEL = {"US_SSN": "SSN", "US_ITIN": "ITIN", "UK_NINO": "NI number", "UK_NHS": "NHS no.", "CA_SIN": "SIN",
            "AU_TFN": "TFN", "AU_MEDICARE": "Medicare no.", "IN_AADHAAR": "Aadhaar", "IN_PAN": "PAN", "SG_NRIC": "NRIC",
            "DE_TAX_ID": "Steuer-ID", "FR_NIR": "N° de sécurité sociale", "ES_DNI": "DNI", "ES_NIE": "NIE",
            "IT_FISCAL_CODE": "Codice fiscale", "NL_BSN": "BSN", "PL_PESEL": "PESEL", "BR_CPF": "CPF", "BR_CNPJ": "CNPJ",
            "SE_PERSONNUMMER": "Personnummer"}


def support_csv(b, d):
    """A helpdesk export: header row, then 2-4 tickets; free-text cells quoted, names in their own column."""
    b.t("ticket_id,created_at,requester,requester_email,phone,subject,status,last_comment\n")
    for i in range(d.r.randint(2, 4)):
        p = d.person()
        b.look("ticket").t(",").look("timestamp").t(",\"")
        if d.r.random() < 0.5:
            b.g(p.family, "PERSON", "family").t(", ").g(p.given, "PERSON", "given")
        else:
            b.g(p.full, "PERSON", "full")
        b.t("\",").g(p.email, "EMAIL", "csv").t(",")
        b.g(d.phone(), "PHONE", "csv") if d.r.random() < 0.7 else b.t("")
        b.t(f",\"{d.lab['subj']}\",{d.r.choice(['open', 'pending', 'solved'])},\"")
        c = d.r.random()
        if c < 0.3:
            b.t(f"{d.lab['body']} ").look("order").t(" (").look("amount").t(")")
        elif c < 0.55:
            b.t(f"{d.lab['move']} ").g(d.address(), "ADDRESS", "csv-cell")
        elif c < 0.75:
            b.t("IBAN ").g(d.iban(), "IBAN", "csv-cell").t(" – ").look("invoice")
        else:
            b.t(f"{d.lab['thanks']}! ").look("tracking")
        b.t("\"\n")


def tool_call_json(b, d):
    """OpenAI-style tool-call arguments: nested objects, PII in leaves, ids and amounts as look-alikes."""
    p = d.person()
    b.t('{"type": "function", "function": {"name": "').t(d.r.choice(["create_customer", "update_profile", "open_claim", "book_travel"]))
    b.t('", "arguments": {"request_id": "').look("uuid").t('", "customer": {"first_name": "').g(p.given, "PERSON", "json-given")
    b.t('", "last_name": "').g(p.family, "PERSON", "json-family").t('", "contact": {"email": "').g(p.email, "EMAIL", "json")
    b.t('", "mobile": "').g(d.phone(), "PHONE", "json").t('"}')
    if d.r.random() < 0.6:
        b.t(', "birth_date": "').g(d.dob(), "DATE_OF_BIRTH", "json").t('"')
    if d.r.random() < 0.6:
        ent, v = d.natid()
        b.t(f', "{d.r.choice(["national_id", "tax_id", "document_number"])}": "').g(v, ent, "json").t('"')
    b.t(', "address": "').g(d.address(), "ADDRESS", "json").t('"}')
    c = d.r.random()
    if c < 0.35:
        b.t(', "payment": {"method": "card", "pan": "').g(d.card(), "CREDIT_CARD", "json").t('", "amount": "').look("amount").t('"}')
    elif c < 0.7:
        b.t(', "payout": {"iban": "').g(d.iban(), "IBAN", "json").t('", "bic": "').g(d.bic(), "SWIFT_BIC", "json").t('", "invoice": "').look("invoice").t('"}')
    else:
        b.t(', "order": {"id": "').look("order").t('", "sku": "').look("sku").t('", "ean": "').look("ean13").t('"}')
    b.t(', "client": {"ip": "').g(d.ip(), "IP_ADDRESS", "json").t('", "app_version": "').look("version").t('"}}}}')


def markdown_table(b, d):
    """An on-call / contact roster pasted as a Markdown table, with team names and extensions."""
    b.t(f"| {d.lab['name']} | Team | {d.lab['phone']} | {d.lab['email']} | since |\n|---|---|---|---|---|\n")
    for _ in range(d.r.randint(2, 4)):
        p = d.person()
        b.t("| ").g(p.full, "PERSON", "md-cell").t(f" | {d.r.choice(['Billing', 'SRE', 'Payroll', 'Legal', 'Support L2'])} | ")
        b.g(d.phone(), "PHONE", "md-cell").t(" | ").g(p.email, "EMAIL", "md-cell").t(" | ").look("date").t(" |\n")
    b.t("\n_Last synced: ").look("timestamp").t(", roster ").look("version").t("_\n")


def transcript(b, d):
    """A meeting / call transcript: `[hh:mm:ss] Speaker:` lines, values spoken inline."""
    a, c = d.person(), d.person()
    lines = [
        lambda: b.t(f"{d.lab['hello']}, ").g(c.given, "PERSON", "addressee").t(f", {d.lab['ticket']} ").look("ticket").t("."),
        lambda: b.t(f"{d.lab['spoken']} ").g(d.phone(), "PHONE", "spoken").t("."),
        lambda: b.t(f"{d.lab['mine']} ").g(d.dob(), "DATE_OF_BIRTH", "spoken").t("."),
        lambda: b.t(f"{d.lab['move']} ").g(d.address(), "ADDRESS", "spoken").t("."),
        lambda: b.t("OK, ").look("amount").t(" refund on ").look("date").t("."),
        lambda: b.t("email: ").g(c.email, "EMAIL", "spoken").t(f". {d.lab['thanks']}."),
        lambda: (lambda e, v: b.t(f"{ID_LABEL[e]} ").g(v, e, "spoken").t("."))(*d.natid()),
        lambda: b.t("The build ").look("build").t(" failed again at ").look("duration").t("."),
    ]
    order = [0] + d.r.sample(range(1, len(lines)), d.r.randint(3, 5))
    clock = d.r.randint(0, 3000)
    for i, k in enumerate(order):
        clock += d.r.randint(4, 240)
        b.t("[").l(f"{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}", "duration").t("] ")
        sp = a if i % 2 == 0 else c
        if d.r.random() < 0.7:
            b.g(sp.full, "PERSON", "speaker")
        else:
            b.g(sp.given, "PERSON", "speaker-given")
        b.t(": ")
        lines[k]()
        b.t("\n")


def hr_letter(b, d):
    """An HR offer / confirmation letter: letterhead, address block, salutation, terms, signature."""
    p, s = d.person(), d.person()
    co = d.company()
    b.l(co, "company").t("\n").look("date").t("\n\n").g(p.full, "PERSON", "letter-addressee").t("\n")
    b.g(d.address(oneline=False), "ADDRESS", "letter-block").t("\n\n")
    b.t(f"{d.lab['re']}: {d.lab['start']} ").look("date").t("\n\n")
    title = d.r.choice(["", "Ms ", "Mr ", "Dr "]) if d.lang == "en" else ""
    b.t(f"{d.lab['dear']} {title}").g(p.family, "PERSON", "salutation").t(",\n\n")
    b.t(f"{d.lab['hr_open']} ").l(co, "company").t(f". {d.lab['salary'].capitalize()}: ").look("amount").t(".")
    if d.r.random() < 0.7:
        ent, v = d.natid()
        b.t(f" {ID_LABEL[ent]}: ").g(v, ent, "letter")
    if d.r.random() < 0.5:
        b.t(f"\n{d.lab['bank']}: ").g(d.iban(), "IBAN", "letter")
    b.t(f"\n\n{d.lab['hr_close']} ").look("date").t(f".\n\n{d.lab['regards']},\n").g(s.full, "PERSON", "signature")
    b.t("\nHR · ").g(d.work_email(s), "EMAIL", "signature").t(" · ").g(d.phone(), "PHONE", "signature").t("\n")


def intake_form(b, d):
    """A medical intake form: `Label: value` lines, surname-first patient name, lab values and codes."""
    p, e = d.person(), d.person()
    b.t(f"{d.lab['patient']}: ").g(p.family.upper() if d.r.random() < 0.4 else p.family, "PERSON", "form-family").t(", ")
    b.g(p.given, "PERSON", "form-given").t(f"\n{d.lab['dob']}: ").g(d.dob(), "DATE_OF_BIRTH", "form").t("\n")
    ent, v = d.natid()
    b.t(f"{ID_LABEL[ent]}: ").g(v, ent, "form").t(f"\n{d.lab['addr']}: ").g(d.address(), "ADDRESS", "form")
    b.t(f"\n{d.lab['phone']}: ").g(d.phone(), "PHONE", "form").t(f"\n{d.lab['emergency']}: ").g(e.full, "PERSON", "form-emergency")
    b.t(f" ({d.lab['rel']}) ").g(d.phone(), "PHONE", "form-emergency")
    b.t(f"\n{d.lab['reason']}: {d.lab['reason_v']}; ").look("lab_value").t(", ").look("lab_value")
    b.t(f"\n{d.lab['allergies']}: {d.lab['allergy_v']}\nVisit: ").look("date").t(" · ref ").look("ticket").t("\n")


def log_lines(b, d):
    """Structured application logs: key=value and JSON lines with user data next to ids and hashes."""
    for _ in range(d.r.randint(3, 5)):
        p = d.person()
        b.look("timestamp").t(f" {d.r.choice(['INFO', 'WARN', 'ERROR', 'DEBUG'])} ")
        c = d.r.random()
        if c < 0.25:
            b.t("auth.login user=").g(p.email, "EMAIL", "log").t(" src=").g(d.ip(), "IP_ADDRESS", "log").t(" session=").look("uuid")
        elif c < 0.45:
            b.t('billing.charge_failed {"customer":"').g(p.full, "PERSON", "log-json").t('","card":"').g(d.card(), "CREDIT_CARD", "log")
            b.t('","amount":"').look("amount").t('","trace":"').look("git_sha").t('"}')
        elif c < 0.6:
            b.t("dhcp lease mac=").g(d.mac(), "MAC_ADDRESS", "log").t(" ip=").g(d.ip(), "IP_ADDRESS", "log").t(" host=").look("port_host")
        elif c < 0.75:
            b.t("profile.update uid=").look("order").t(" name=\"").g(p.full, "PERSON", "log-kv").t("\" phone=").g(d.phone(), "PHONE", "log")
        elif c < 0.87:
            b.t("wallet.withdraw to=").g(d.wallet(), "CRYPTO_WALLET", "log").t(" tx=").look("sha256")
        else:
            b.t("deploy ok version=").look("version").t(" digest=sha256:").look("sha256").t(" oid=").look("oid")
        b.t("\n")


def code_review(b, d):
    """Code-review comments on a diff: leaked secrets and fixture PII, next to commit hashes and versions."""
    rev = d.person()
    b.g(rev.full, "PERSON", "reviewer").t(" commented on `").t(d.r.choice(["src/billing/client.py", "config/prod.yaml", "tests/fixtures/users.json", "deploy/.env.example"]))
    b.t("` (").look("git_sha").t("):\n\n> ")
    c = d.r.random()
    kind, secret = d.secret()
    if c < 0.4:
        b.t("-STRIPE_KEY=").look("placeholder").t(f"\n> +{d.r.choice(['API_TOKEN', 'SERVICE_KEY', 'AUTH'])}=").g(secret, "SECRET", kind)
        b.t("\n\nPlease don't commit real credentials, rotate this one and use the vault. Bumping to ").look("version").t(" is fine.\n")
    elif c < 0.7:
        p = d.person()
        b.t('{"name": "').g(p.full, "PERSON", "fixture").t('", "iban": "').g(d.iban(), "IBAN", "fixture").t('", "dob": "').g(d.dob(), "DATE_OF_BIRTH", "fixture").t('"}\n\n')
        b.t("This fixture looks like a real customer record (copied from ").look("ticket").t("?). Use synthetic data.\n")
    else:
        b.t('client = Client(token="').g(secret, "SECRET", kind).t('", timeout=30)\n\n')
        b.t("Hard-coded token. Also the retry budget is ").look("percent_ratio").t(", see ").look("build").t(".\n")
    b.t("\n").g(rev.given, "PERSON", "review-given").t(" · ").look("date").t("\n")


def airline_pnr(b, d):
    """A travel booking record: `SURNAME/GIVEN` passenger names, passport and DOB for APIS, fare amounts."""
    b.t("Booking ref ").look("booking").t(f" · {d.r.choice(['LH', 'AF', 'IB', 'AZ', 'KL', 'LO', 'TP', 'BA'])}{d.r.randint(100, 9999)} ").look("date").t("\n")
    for i in range(d.r.randint(1, 3)):
        p = d.person()
        b.t(f"{i + 1}. ").g(p.family.upper().replace(" ", ""), "PERSON", "pnr-family").t("/").g(p.given.upper(), "PERSON", "pnr-given")
        b.t(f" {d.r.choice(['MR', 'MRS', 'MS'])}  DOCS P/").t(d.country()).t("/").g(d.passport(), "PASSPORT", "pnr").t("/")
        b.g(d.dob(), "DATE_OF_BIRTH", "pnr").t("\n")
    b.t("Fare ").look("amount").t(" · e-ticket ").look("eticket").t("\n")
    c = d.person()
    b.t("Contact: ").g(c.email, "EMAIL", "pnr").t(" / ").g(d.phone(), "PHONE", "pnr").t("\n")


def vcard(b, d):
    """A vCard 3.0 pasted into a chat."""
    p = d.person()
    b.t("BEGIN:VCARD\nVERSION:3.0\nN:").g(p.family, "PERSON", "vcard-n").t(";").g(p.given, "PERSON", "vcard-n").t(";;;\nFN:")
    b.g(p.full, "PERSON", "vcard-fn").t("\nORG:").l(d.company(), "company").t("\nTEL;TYPE=CELL:").g(d.phone(), "PHONE", "vcard")
    b.t("\nEMAIL;TYPE=INTERNET:").g(p.email, "EMAIL", "vcard").t("\nADR;TYPE=HOME:;;").g(d.address(), "ADDRESS", "vcard")
    if d.r.random() < 0.5:
        b.t("\nBDAY:").g(d.dob(iso=True), "DATE_OF_BIRTH", "vcard")
    b.t("\nREV:").look("timestamp").t("\nEND:VCARD\n")


def bank_transfer(b, d):
    """Payment instructions in an e-mail body: who, IBAN/BIC or card, reference, amount."""
    p, q = d.person(), d.person()
    b.t(f"{d.lab['hello']} ").g(p.given, "PERSON", "greeting").t(",\n\n")
    b.t(f"{d.lab['transfer']} ").look("amount").t(f" {d.lab['to']} ").g(d.iban(), "IBAN", "transfer")
    b.t(" (BIC ").g(d.bic(), "SWIFT_BIC", "transfer").t(f"), {d.lab['ref']} ").look("invoice").t(".\n")
    if d.locale == "en-US" and d.r.random() < 0.7:
        b.t("Domestic: routing number ").g(d.aba(), "ABA_ROUTING", "transfer").t(".\n")
    if d.r.random() < 0.4:
        b.t("Or by card ending ").look("last4").t(", full number on file ").g(d.card(), "CREDIT_CARD", "transfer").t(".\n")
    if d.r.random() < 0.3:
        b.t("Crypto also works: ").g(d.wallet(), "CRYPTO_WALLET", "transfer").t(" (fee ").look("percent_ratio").t(").\n")
    b.t(f"\n{d.lab['regards']},\n").g(q.full, "PERSON", "signature").t("\n").l(d.company(), "company").t("\n")


def ops_ticket(b, d):
    """A network-ops ticket: device table, MAC and IP next to firmware versions, serials and OIDs; possessive names."""
    p, q = d.person(), d.person()
    b.look("ticket").t(" · reported by ").g(p.full, "PERSON", "reporter").t(" <").g(p.email, "EMAIL", "reporter").t(">\n")
    b.g(q.given, "PERSON", "possessive").t("'s laptop (").l(d.product(), "product").t(", serial ").look("serial")
    b.t(") drops off Wi-Fi. MAC ").g(d.mac(), "MAC_ADDRESS", "ops").t(", last IP ").g(d.ip(), "IP_ADDRESS", "ops")
    b.t(", firmware ").look("version").t(", AP uptime ").look("duration").t(".\nSNMP ").look("oid").t(" shows ").look("percent_ratio")
    b.t(" loss. Gateway ").g(d.ip(), "IP_ADDRESS", "ops-gw").t(".\n")


SHAPES = [support_csv, tool_call_json, markdown_table, transcript, hr_letter, intake_form, log_lines, code_review,
          airline_pnr, vcard, bank_transfer, ops_ticket]
WEIGHTS = [10, 10, 7, 9, 9, 9, 9, 8, 6, 5, 8, 6]


def json_string(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]
