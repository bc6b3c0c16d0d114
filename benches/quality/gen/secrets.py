"""Secret formats with realistic random bodies, as they appear when people paste config into a chat.

Each generator returns a list of pieces `(text, kind)`: `kind` is the secret format for the piece that
is the secret, `None` for surrounding syntax that stays (e.g. `postgres://app:` … `@db:5432/app`). Bodies
use each vendor's documented alphabet and length; GitHub tokens carry their real CRC32 checksum and JWTs
a real HMAC-SHA-256 signature.
"""

import base64
import hashlib
import hmac
import json
import string

from . import checks

AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = AN + "-_"


def rs(r, n, alphabet=AN):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def password(r, url=False):
    """Passwords as people pick them: random manager output, passphrases, word+digits+symbol. In a URL,
    only characters that need no percent-encoding."""
    style = r.random()
    if style < 0.5:
        return rs(r, r.randint(12, 24), AN + ("!*-_.~" if url else "!#%&*+-_.@^~"))
    if style < 0.7:
        words = ["correct", "horse", "battery", "staple", "orange", "river", "falcon", "winter", "copper", "violet"]
        return "-".join(r.sample(words, 3)) + str(r.randint(10, 99))
    word = r.choice(["Summer", "Welcome", "Sunshine", "Dragon", "Monkey", "Football", "Berlin", "Paris"])
    return word + str(r.randint(1990, 2026)) + r.choice("!$#?.*")


def jwt(r):
    now = r.randint(1_700_000_000, 1_800_000_000)
    header = {"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}
    payload = {"sub": str(r.randint(10000, 99999999)), "iat": now, "exp": now + 3600}
    if r.random() < 0.6:
        payload["email"] = f"user{r.randint(1, 999)}@example.com"
    if r.random() < 0.5:
        payload["scope"] = r.choice(["read write", "openid profile email", "admin"])
    signing = b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + b64url(
        json.dumps(payload, separators=(",", ":")).encode())
    if header["alg"] == "HS256":
        sig = hmac.new(rs(r, 32).encode(), signing.encode(), hashlib.sha256).digest()
    else:
        sig = bytes(r.getrandbits(8) for _ in range(256))
    return signing + "." + b64url(sig)


PEM = [
    ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1190, 64),
    ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1210, 64),
    ("EC PRIVATE KEY", "MHcCAQEEI", 121, 64),
    ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 400, 70),
    ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1290, 64),
]


def pem(r):
    label, head, nbytes, width = r.choice(PEM)
    body = head + b64(r, nbytes)[len(head):]
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def _one(kind, value):
    return [(value, kind)]


# name -> generator(r) returning pieces. Key = gold "kind" for secrets.
def generators():
    g = {}
    g["aws_access_key_id"] = lambda r: _one("aws_access_key_id", r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567"))
    g["aws_secret_access_key"] = lambda r: _one("aws_secret_access_key", rs(r, 40, AN + "/+"))
    g["github_classic"] = lambda r: _one("github_classic", checks.github_token(r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]), r))
    g["github_fine_grained"] = lambda r: _one("github_fine_grained", "github_pat_11" + rs(r, 20, string.ascii_uppercase + string.digits) + "_" + rs(r, 59))
    g["gitlab_pat"] = lambda r: _one("gitlab_pat", "glpat-" + rs(r, 20, URLSAFE))
    g["slack_bot_token"] = lambda r: _one("slack_bot_token", f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rs(r, 24)}")
    g["slack_webhook"] = lambda r: _one("slack_webhook", f"https://hooks.slack.com/services/T{rs(r, 8, string.ascii_uppercase + string.digits)}/B{rs(r, 10, string.ascii_uppercase + string.digits)}/{rs(r, 24)}")
    g["stripe_secret"] = lambda r: _one("stripe_secret", r.choice(["sk_live_", "sk_test_", "rk_live_"]) + rs(r, r.choice([24, 99])))
    g["openai_key"] = lambda r: _one("openai_key", r.choice([
        "sk-proj-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE),
        "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20),
        "sk-svcacct-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE)]))
    g["anthropic_key"] = lambda r: _one("anthropic_key", "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA")
    g["google_api_key"] = lambda r: _one("google_api_key", "AIzaSy" + rs(r, 33, URLSAFE))
    g["twilio_api_key"] = lambda r: _one("twilio_api_key", "SK" + rs(r, 32, HEX))
    g["sendgrid_key"] = lambda r: _one("sendgrid_key", "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE))
    g["npm_token"] = lambda r: _one("npm_token", "npm_" + rs(r, 36))
    g["pypi_token"] = lambda r: _one("pypi_token", "pypi-AgEIcHlwaS5vcmc" + b64url(bytes(r.getrandbits(8) for _ in range(r.randint(110, 160)))))
    g["huggingface_token"] = lambda r: _one("huggingface_token", "hf_" + rs(r, 34, string.ascii_letters))
    g["shopify_token"] = lambda r: _one("shopify_token", r.choice(["shpat_", "shpss_"]) + rs(r, 32, HEX))
    g["digitalocean_token"] = lambda r: _one("digitalocean_token", "dop_v1_" + rs(r, 64, HEX))
    g["databricks_token"] = lambda r: _one("databricks_token", "dapi" + rs(r, 32, HEX))
    g["mailgun_key"] = lambda r: _one("mailgun_key", "key-" + rs(r, 32, HEX))
    g["telegram_bot_token"] = lambda r: _one("telegram_bot_token", f"{r.randint(10**8, 10**10)}:AA{rs(r, 33, URLSAFE)}")
    g["docker_pat"] = lambda r: _one("docker_pat", "dckr_pat_" + rs(r, 27, URLSAFE))
    g["vault_token"] = lambda r: _one("vault_token", "hvs." + rs(r, 24) if r.random() < 0.4 else "hvs.CAESI" + rs(r, 86, URLSAFE))
    g["azure_storage_key"] = lambda r: [(f"DefaultEndpointsProtocol=https;AccountName=st{rs(r, 8, string.ascii_lowercase)};AccountKey=", None),
                                        (b64(r, 64), "azure_storage_key"), (";EndpointSuffix=core.windows.net", None)]
    g["jwt"] = lambda r: _one("jwt", jwt(r))
    g["private_key"] = lambda r: _one("private_key", pem(r))

    def conn(r):
        scheme, user, host, tail = r.choice([
            ("postgresql", "app", "db.internal", ":5432/orders"), ("postgres", "analytics_ro", "10.0.3.17", ":5432/warehouse"),
            ("mysql", "root", "mysql.prod.local", ":3306/shop"), ("mongodb+srv", "admin", "cluster0.x1yz2.mongodb.net", "/test?retryWrites=true"),
            ("redis", "default", "cache.example.net", ":6379/0"), ("amqp", "guest", "rabbitmq", ":5672/%2F"),
            ("redis", "", "redis-12345.c1.us-east-1.ec2.cloud.redislabs.com", ":12345"),
        ])
        return [(f"{scheme}://{user}:", None), (password(r, url=True), "connection_string_password"), (f"@{host}{tail}", None)]
    g["connection_string_password"] = conn

    def ado(r):
        return [(f"Server=tcp:sql-{rs(r, 6, string.ascii_lowercase)}.database.windows.net,1433;Database=crm;User ID=sqladmin;Password=", None),
                (password(r), "connection_string_password"), (";Encrypt=True;", None)]
    g["ado_connection_password"] = ado
    g["password_assignment"] = lambda r: [(password(r), "password_assignment")]
    g["api_key_assignment"] = lambda r: [(rs(r, r.choice([32, 40]), r.choice([HEX, AN])), "api_key_assignment")]
    g["bearer_token"] = lambda r: [(rs(r, r.choice([32, 40, 64]), AN + "-_."), "bearer_token")]
    return g


GENERATORS = generators()
