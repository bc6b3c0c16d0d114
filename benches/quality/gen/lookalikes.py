"""Values that look like PII or secrets but are not, and must come back untouched.

Each generator returns the look-alike string; the templates put it in a sentence where a person would
write it. Kinds follow issue 3's precision list: dates, times, versions, UUIDs, git hashes, ISBNs,
order/ticket/invoice numbers, 16-digit numbers failing Luhn, IBANs with wrong check digits, amounts,
ports, file paths, documentation URLs, model names, timestamps (plus a few more seen in real chat).
"""

import string
import uuid

from . import values

HEX = "0123456789abcdef"


def date(r):
    y, m, d = r.randint(2015, 2027), r.randint(1, 12), r.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{d}/{m}/{y}",
                     f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}"])


def time(r):
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}:{s:02d}", f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"])


def version(r):
    a, b, c = r.randint(0, 20), r.randint(0, 40), r.randint(0, 200)
    return r.choice([f"{a}.{b}.{c}", f"v{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-rc.{r.randint(1, 5)}",
                     f"{r.randint(1, 12)}.{b}.{r.randint(1000, 22000)}.{r.randint(1, 999)}"])


def uuid_(r):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if r.random() < 0.15 else u


def git_hash(r):
    h = "".join(r.choice(HEX) for _ in range(40))
    return h if r.random() < 0.5 else h[:r.choice([7, 8, 10, 12])]


def isbn(r):
    """ISBN-13 with a real registration group (English, French, German, Spanish, Italian, Brazilian,
    Polish, Dutch, Swedish, Czech) and its usual hyphenation, or compact."""
    group = r.choice(["0", "1", "2", "3", "84", "88", "85", "83", "90", "91", "80"])
    pub = r.randint(2, 7 - len(group))
    body = "".join(r.choice(string.digits) for _ in range(9 - len(group)))
    p = "978" + group + body
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(p)) % 10) % 10
    hyph = f"978-{group}-{body[:pub]}-{body[pub:]}-{c}"
    return hyph if r.random() < 0.7 else p + str(c)


def order_number(r):
    d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    return r.choice([f"{d(3)}-{d(7)}-{d(7)}", f"#{d(6)}", f"ORD-{d(8)}", f"INV-{r.randint(2019, 2026)}-{d(5)}",
                     f"INC{d(7)}", f"PROJ-{r.randint(1, 9999)}", f"{d(10)}", f"SO{d(8)}", f"RMA {d(6)}",
                     f"1Z{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6))}{d(10)}",
                     f"{d(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}"])


def non_luhn_card(r):
    n = values.non_luhn_16(r)
    return r.choice([n, values.group(n, [4, 4, 4, 4], " ")])


def bad_iban(r):
    return values.iban_bad_check(r, r.choice(["DE", "FR", "GB", "NL", "ES", "IT", "BE", "PL", "AT"]))


def amount(r):
    v = r.randint(1, 9_999_999) / 100
    whole = f"{int(v):,}"
    cents = f"{int(round(v * 100)) % 100:02d}"
    return r.choice([f"${whole}.{cents}", f"€{whole.replace(',', '.')},{cents}", f"{whole.replace(',', ' ')},{cents} €",
                     f"USD {whole}.{cents}", f"£{whole}", f"{whole.replace(',', '.')},{cents} EUR", f"R$ {whole.replace(',', '.')},{cents}",
                     f"₹{whole}", f"{int(v)} kr", f"CHF {whole.replace(',', chr(39))}.{cents}"])


def port(r):
    p = r.choice([22, 80, 443, 3000, 5432, 6379, 8080, 8443, 9090, 27017, 5672, 11434, r.randint(1024, 65535)])
    return r.choice([f"port {p}", f"localhost:{p}", f"127.0.0.1:{p}", f":{p}", f"0.0.0.0:{p}"])


def file_path(r):
    return r.choice([
        "/usr/local/lib/python3.11/site-packages/requests/adapters.py", "/var/log/nginx/access.log",
        "/etc/ssl/certs/ca-certificates.crt", "C:\\Users\\Public\\Documents\\report_2024.xlsx",
        "~/.config/Code/User/settings.json", "./src/components/Button.tsx", "/home/runner/work/app/app/dist/index.js",
        "D:\\Projects\\backend\\appsettings.Development.json", "/opt/homebrew/bin/python3", "../../data/train-00001-of-00004.parquet",
        f"/tmp/tmp{''.join(r.choice(string.ascii_lowercase + string.digits) for _ in range(8))}/build.log",
        f"logs/2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}/worker-{r.randint(1, 16)}.log"])


def doc_url(r):
    return r.choice([
        "https://docs.python.org/3/library/re.html", "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API",
        "https://doc.rust-lang.org/std/collections/struct.HashMap.html", "https://kubernetes.io/docs/concepts/services-networking/service/",
        "https://www.postgresql.org/docs/16/sql-createindex.html", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-overview",
        "https://platform.openai.com/docs/api-reference/chat", "https://docs.anthropic.com/en/api/messages",
        "https://react.dev/reference/react/useEffect", "https://git-scm.com/docs/git-rebase#_interactive_mode",
        "https://stackoverflow.com/questions/11227809/why-is-processing-a-sorted-array-faster",
        "https://pkg.go.dev/net/http#Client", "https://docs.docker.com/compose/compose-file/05-services/",
        "https://en.wikipedia.org/wiki/Luhn_algorithm", "https://tools.ietf.org/html/rfc3339#section-5.6"])


def model_name(r):
    return r.choice(["gpt-4o-2024-08-06", "gpt-4.1-mini", "claude-3-5-sonnet-20241022", "claude-sonnet-4-20250514",
                     "llama-3.1-70b-instruct", "Meta-Llama-3-8B-Instruct", "text-embedding-3-large", "o3-mini-2025-01-31",
                     "mistral-large-2411", "gemini-1.5-pro-002", "Qwen2.5-72B-Instruct", "deepseek-r1-distill-qwen-32b",
                     "bge-m3", "whisper-large-v3", "gpt-3.5-turbo-0125"])


def timestamp(r):
    t = r.randint(1_500_000_000, 1_850_000_000)
    y, mo, d, h, mi, s = r.randint(2018, 2027), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([str(t), str(t * 1000), f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
                     f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}",
                     f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+02:00", f"[{d:02d}/Nov/{y}:{h:02d}:{mi:02d}:{s:02d} +0000]"])


def sha256_digest(r):
    h = "".join(r.choice(HEX) for _ in range(64))
    return r.choice([f"sha256:{h}", h])


def placeholder_secret(r):
    return r.choice(["${OPENAI_API_KEY}", "<your-api-key>", "{{ secrets.DB_PASSWORD }}", "changeme", "xxxxxxxxxxxxxxxx",
                     "YOUR_TOKEN_HERE", "sk-...", "os.environ['STRIPE_KEY']", "$(cat /run/secrets/db_password)", "********"])


def hex_color(r):
    return "#" + "".join(r.choice(HEX) for _ in range(6))


def math_expr(r):
    a, b = r.randint(100, 99999), r.randint(100, 99999)
    return r.choice([f"{a} * {b} = {a * b}", f"{a}/{b}", f"{a} + {b}", f"{r.randint(1000, 9999)}x{r.randint(100, 9999)}"])


GENERATORS = {
    "date": date, "time": time, "version": version, "uuid": uuid_, "git_hash": git_hash, "isbn": isbn,
    "order_number": order_number, "non_luhn_16": non_luhn_card, "bad_iban": bad_iban, "amount": amount,
    "port": port, "file_path": file_path, "doc_url": doc_url, "model_name": model_name, "timestamp": timestamp,
    "sha256": sha256_digest, "placeholder_secret": placeholder_secret, "hex_color": hex_color, "math": math_expr,
}
