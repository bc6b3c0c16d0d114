//! Secrets with structure: armoured private keys, JWTs, credentials in URLs and connection strings, and
//! generic `password=…` assignments gated by entropy and stopwords. Provider tokens with fixed prefixes
//! live in the generated `secrets_table`.

use super::super::validate::text;
use super::{Recognizer, at, secret};

fn not_template(v: &str) -> bool {
    !(v.starts_with('$') || v.starts_with('{') || v.starts_with('<') || v.starts_with('*') || v == "password")
}

/// Multi-line and JSON-shaped secrets: tried before anything that could start inside them.
pub(crate) const FIRST: &[Recognizer] = &[
    secret(
        "PRIVATE_KEY",
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\x00-\x7F]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
    )
    .tp(&[
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----",
        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\n-----END EC PRIVATE KEY-----",
    ])
    .fp(&["-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----"]),
    secret("JWT", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,1024}")
        .whole(text::jwt)
        .tp(&["Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"])
        .fp(&["eyJub3QiOiJqd3QifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghij"]),
    secret(
        "OPENAI_API_KEY",
        r"\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b",
    )
    .tp(&["OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_-AbCdEfGh"])
    .fp(&["use the sk-proj- prefix"]),
    secret("GITHUB_TOKEN", r"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b")
        .tp(&["github_pat_11ABCDEFG0123456789abc_0123456789abcdefghijABCDEFGHIJ0123456789abcdefghijABCDEFGHI"])
        .fp(&["github_pat_ is the fine-grained prefix"]),
];

/// Credentials inside URLs and connection strings: only the password is replaced.
pub(crate) const LATER: &[Recognizer] = &[
    secret(
        "CONNECTION_STRING",
        r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|ftps?|sftp|smtp|ldaps?)://[A-Za-z0-9._%+-]{1,64}:(?P<v>[\x21-\x2E\x30-\x3F\x41-\x7E]{1,128})@",
    )
    .whole(not_template)
    .tp(&["DATABASE_URL=postgres://app:s3cr3tPa55@db.internal:5432/app", "mongodb+srv://u:Xy9!kq@c0.mongodb.net"])
    .fp(&["postgres://app:${DB_PASSWORD}@db/app", "postgres://localhost:5432/app"]),
    secret("URL_CREDENTIALS", r"\bhttps?://[A-Za-z0-9._%+-]{1,64}:(?P<v>[\x21-\x2E\x30-\x3F\x41-\x7E]{1,128})@")
        .whole(not_template)
        .tp(&["clone https://bob:hunter2xyz@git.example.com/repo.git"])
        .fp(&["see https://docs.example.com:8443/guide", "https://user:${TOKEN}@host"]),
    secret("AZURE_STORAGE_KEY", r"\bAccountKey=(?P<v>[A-Za-z0-9+/]{86}==)")
        .tp(&["DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"])
        .fp(&["AccountKey=<your-key>"]),
];

/// Generic assignments, tried last: a keyword, an assignment operator, a high-entropy value.
pub(crate) const GENERIC: &[Recognizer] = &[
    secret(
        "CREDENTIAL",
        r#"(?i:\b[a-z0-9_.-]{0,24}(?:password|passwd|pwd|passphrase|pass|secret|api[_.-]?key|apikey|access[_.-]?key|access[_.-]?token|auth[_.-]?token|client[_.-]?secret|private[_.-]?key|token|credentials?)"?'?\s{0,3}(?:=>|:=|:|=)\s{0,3}["'`]?)(?P<v>[\x21\x23-\x26\x28-\x2B\x2D-\x3A\x3C-\x5F\x61-\x7E]{8,200})"#,
    )
    .whole(text::credential_value)
    .score(0.8)
    // The keyword starts after at most 24 name characters.
    .gate(&[at(
        &["pass", "pwd", "secret", "api", "access", "auth", "client", "private", "token", "credential"],
        -24,
        0,
    )])
    .tp(&[
        "db_password = \"Tr0ub4dor&3xQ\"",
        "API_KEY: q8Zr2LmX0vTa9KpW",
        "{\"client_secret\": \"a8f5f167f44f4964e6c998dee827110c\"}",
        "DB_PASS=cxRHAbjTYBzYHXf0FXhOAzbYNUME7Qq6u21JHcCa",
        "SMTP_PASS: correct-staple-horse68",
    ])
    .fp(&[
        "password = \"changeme\"",
        "api_key: ${API_KEY}",
        "token = 12345678",
        "password: <your password>",
        "api_key = os.environ['STRIPE_KEY']",
        "OPENAI_API_KEY=os.getenv(\"OPENAI_KEY\")",
        "token: settings.get('GITHUB_TOKEN')",
        "const apiKey = process.env.STRIPE_SECRET_KEY",
        "bypass: true",
        "compass: northwest",
        "boarding pass: available at the gate",
    ]),
    secret("CREDENTIAL", r"(?i:\bbearer\s{1,3})(?P<v>[A-Za-z0-9._~+/=-]{20,400})")
        .whole(text::high_entropy)
        .score(0.8)
        .tp(&["Authorization: Bearer 9fJ2kLmQ8rT5vWx1Zc7bN3pS6dG0hY4a"])
        .fp(&["bearer token authentication is described below"]),
    secret(
        "CREDENTIAL",
        r"[?&](?i:access_token|api_key|apikey|token|password|secret|sig|signature|client_secret|session|sessionid|auth)=(?P<v>[A-Za-z0-9._~%+/-]{8,400})",
    )
    .whole(text::credential_value)
    .score(0.8)
    .tp(&["GET https://api.example.com/v1/items?access_token=Q2x9ZmLp4TqW8rVb&limit=10"])
    .fp(&["https://docs.example.com/search?q=redaction&page=2", "?token=undefined"]),
];
