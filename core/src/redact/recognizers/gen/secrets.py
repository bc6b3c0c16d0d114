"""Generates ../secrets_table.rs: provider token rules with synthetic true/false-positive strings.

Rules are adapted from gitleaks v8 (MIT, github.com/gitleaks/gitleaks, config/gitleaks.toml), rewritten
for Rust `regex` in ASCII mode. Run: python3 secrets.py > ../secrets_table.rs
"""
import random

random.seed(7)
U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; L = U.lower(); D = "0123456789"; H = "0123456789abcdef"
AN = U + L + D; W = AN + "_-"; B64 = AN + "+/"

def g(*parts):
    out = ""
    for p in parts:
        out += p if isinstance(p, str) else "".join(random.choice(p[0]) for _ in range(p[1]))
    return out

# (entity, regex, tp value, keyword-free fp)
R = [
 ("GITLAB_TOKEN", r"\bgl(?:pat|dt|rt|cbt|soat|ffct|agent)-[A-Za-z0-9_-]{20,50}\b", g("glpat-", (W, 20)), "glpat-short"),
 ("GITLAB_TOKEN", r"\bglptt-[0-9a-f]{40}\b", g("glptt-", (H, 40)), "glptt-xyz"),
 ("SLACK_TOKEN", r"\bxox[baprse]-[0-9]{10,13}-[0-9A-Za-z-]{10,80}\b", g("xoxb-", (D, 12), "-", (D, 13), "-", (AN, 24)), "xoxb-token-here"),
 ("SLACK_TOKEN", r"\bxapp-[0-9]-[A-Z0-9]{8,12}-[0-9]{10,13}-[a-z0-9]{32,64}\b", g("xapp-1-", (U + D, 11), "-", (D, 13), "-", (H, 64)), "xapp-1-abc"),
 ("SLACK_WEBHOOK", r"\bhooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}", g("https://hooks.slack.com/services/T", (U + D, 8), "/B", (U + D, 8), "/", (AN, 24)), "https://hooks.slack.com/services/"),
 ("STRIPE_KEY", r"\b(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,99}\b", g("sk_live_", (AN, 24)), "sk_live_"),
 ("STRIPE_KEY", r"\bwhsec_[A-Za-z0-9]{32,64}\b", g("whsec_", (AN, 32)), "whsec_abc"),
 ("ANTHROPIC_API_KEY", r"\bsk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA\b", g("sk-ant-api03-", (AN, 93), "AA"), "sk-ant-api03-short"),
 ("GOOGLE_API_KEY", r"\bAIza[0-9A-Za-z_-]{35}\b", g("AIza", (AN, 35)), "AIzaSyShort"),
 ("GOOGLE_OAUTH", r"\bGOCSPX-[A-Za-z0-9_-]{28}\b", g("GOCSPX-", (AN, 28)), "GOCSPX-abc"),
 ("GOOGLE_OAUTH", r"\bya29\.[0-9A-Za-z_-]{30,}\b", g("ya29.", (W, 60)), "ya29.x"),
 ("TWILIO_KEY", r"\bSK[0-9a-fA-F]{32}\b", g("SK", (H, 32)), "SK12345"),
 ("SENDGRID_KEY", r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b", g("SG.", (AN, 22), ".", (AN, 43)), "SG.abc.def"),
 ("MAILGUN_KEY", r"\b(?:key|pubkey)-[a-f0-9]{32}\b", g("key-", (H, 32)), "key-value"),
 ("MAILCHIMP_KEY", r"\b[0-9a-f]{32}-us[0-9]{1,2}\b", g((H, 32), "-us12"), "abcdef-us12"),
 ("NPM_TOKEN", r"\bnpm_[A-Za-z0-9]{36}\b", g("npm_", (AN, 36)), "npm_install"),
 ("PYPI_TOKEN", r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}", g("pypi-AgEIcHlwaS5vcmc", (W, 70)), "pypi-AgEI"),
 ("DOCKER_TOKEN", r"\bdckr_pat_[A-Za-z0-9_-]{27}\b", g("dckr_pat_", (AN, 27)), "dckr_pat_x"),
 ("HUGGINGFACE_TOKEN", r"\b(?:hf|api_org)_[A-Za-z]{34}\b", g("hf_", (U + L, 34)), "hf_hub_download"),
 ("SHOPIFY_TOKEN", r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b", g("shpat_", (H, 32)), "shpat_abc"),
 ("DIGITALOCEAN_TOKEN", r"\bdo[opr]_v1_[a-f0-9]{64}\b", g("dop_v1_", (H, 64)), "dop_v1_abc"),
 ("DATABRICKS_TOKEN", r"\bdapi[a-f0-9]{32}(?:-[0-9])?\b", g("dapi", (H, 32)), "dapi123"),
 ("GRAFANA_TOKEN", r"\bglc_[A-Za-z0-9+/]{32,400}={0,2}", g("glc_", (AN, 48)), "glc_abc"),
 ("GRAFANA_TOKEN", r"\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b", g("glsa_", (AN, 32), "_", (H, 8)), "glsa_abc_def"),
 ("NEWRELIC_KEY", r"\bNR(?:AK|II|AA)-[A-Za-z0-9]{27}\b", g("NRAK-", (U + D, 27)), "NRAK-123"),
 ("NEWRELIC_KEY", r"\bNRJS-[a-f0-9]{19}\b", g("NRJS-", (H, 19)), "NRJS-abc"),
 ("SENTRY_TOKEN", r"\bsntr(?:ys_eyJ[A-Za-z0-9+/=_]{60,300}|yu_[a-f0-9]{64})\b", g("sntryu_", (H, 64)), "sntryu_abc"),
 ("ATLASSIAN_TOKEN", r"\bATATT3[A-Za-z0-9_=-]{186}\b", g("ATATT3", (AN, 186)), "ATATT3xyz"),
 ("LINEAR_KEY", r"\blin_api_[A-Za-z0-9]{40}\b", g("lin_api_", (AN, 40)), "lin_api_key"),
 ("NOTION_TOKEN", r"\bntn_[0-9]{11}[A-Za-z0-9]{35}\b", g("ntn_", (D, 11), (AN, 35)), "ntn_123"),
 ("POSTMAN_KEY", r"\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b", g("PMAK-", (H, 24), "-", (H, 34)), "PMAK-abc-def"),
 ("HEROKU_KEY", r"\bHRKU-AA[0-9A-Za-z_-]{58}\b", g("HRKU-AA", (AN, 58)), "HRKU-AAshort"),
 ("VAULT_TOKEN", r"\bhv[sb]\.[A-Za-z0-9_-]{90,120}\b", g("hvs.", (AN, 100)), "hvs.short"),
 ("TERRAFORM_TOKEN", r"\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}\b", g((AN, 14), ".atlasv1.", (AN, 67)), "abc.atlasv1.def"),
 ("PULUMI_TOKEN", r"\bpul-[a-f0-9]{40}\b", g("pul-", (H, 40)), "pul-abc"),
 ("GROQ_API_KEY", r"\bgsk_[A-Za-z0-9]{52}\b", g("gsk_", (AN, 52)), "gsk_abc"),
 ("REPLICATE_TOKEN", r"\br8_[A-Za-z0-9]{37}\b", g("r8_", (AN, 37)), "r8_abc"),
 ("PERPLEXITY_KEY", r"\bpplx-[A-Za-z0-9]{48}\b", g("pplx-", (AN, 48)), "pplx-abc"),
 ("XAI_API_KEY", r"\bxai-[A-Za-z0-9]{80}\b", g("xai-", (AN, 80)), "xai-grok"),
 ("DISCORD_WEBHOOK", r"\bdiscord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}", g("https://discord.com/api/webhooks/", (D, 18), "/", (W, 68)), "https://discord.com/api/webhooks/123"),
 ("TELEGRAM_BOT_TOKEN", r"\b[0-9]{8,10}:AA[0-9A-Za-z_-]{33}\b", g((D, 10), ":AA", (AN, 33)), "12345678:AA"),
 ("SQUARE_TOKEN", r"\bsq0(?:atp-[0-9A-Za-z_-]{22}|csp-[0-9A-Za-z_-]{43})\b", g("sq0atp-", (AN, 22)), "sq0atp-x"),
 ("SQUARE_TOKEN", r"\bEAAA[A-Za-z0-9_-]{60}\b", g("EAAA", (AN, 60)), "EAAAshort"),
 ("PAYPAL_TOKEN", r"\baccess_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}\b", g("access_token$production$", (L + D, 16), "$", (H, 32)), "access_token$production$"),
 ("SHIPPO_TOKEN", r"\bshippo_(?:live|test)_[a-fA-F0-9]{40}\b", g("shippo_live_", (H, 40)), "shippo_live_x"),
 ("FLUTTERWAVE_KEY", r"\bFLW(?:SECK|PUBK)_TEST-[a-h0-9]{32}-X\b", g("FLWSECK_TEST-", ("abcdefgh" + D, 32), "-X"), "FLWSECK_TEST-abc-X"),
 ("AGE_SECRET_KEY", r"\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b", g("AGE-SECRET-KEY-1", ("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)), "AGE-SECRET-KEY-1"),
 ("ALIBABA_KEY", r"\bLTAI[A-Za-z0-9]{20}\b", g("LTAI", (AN, 20)), "LTAIshort"),
 ("BUILDKITE_TOKEN", r"\bbkua_[a-f0-9]{40}\b", g("bkua_", (H, 40)), "bkua_abc"),
 ("CIRCLECI_TOKEN", r"\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b", g("CCIPAT_", (AN, 22), "_", (H, 40)), "CCIPAT_abc_def"),
 ("CLOJARS_TOKEN", r"\bCLOJARS_[a-z0-9]{60}\b", g("CLOJARS_", (L + D, 60)), "CLOJARS_abc"),
 ("DOPPLER_TOKEN", r"\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b", g("dp.pt.", (AN, 43)), "dp.pt.abc"),
 ("DYNATRACE_TOKEN", r"\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b", g("dt0c01.", (U + D, 24), ".", (U + D, 64)), "dt0c01.abc.def"),
 ("EASYPOST_KEY", r"\bEZ[AT]K[A-Za-z0-9]{54}\b", g("EZAK", (AN, 54)), "EZAKshort"),
 ("FLYIO_TOKEN", r"\bfo1_[A-Za-z0-9_-]{43}\b", g("fo1_", (AN, 43)), "fo1_abc"),
 ("FRAMEIO_TOKEN", r"\bfio-u-[A-Za-z0-9_=-]{64}\b", g("fio-u-", (AN, 64)), "fio-u-abc"),
 ("PLANETSCALE_TOKEN", r"\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}\b", g("pscale_tkn_", (AN, 43)), "pscale_tkn_x"),
 ("PREFECT_TOKEN", r"\bpnu_[A-Za-z0-9]{36}\b", g("pnu_", (AN, 36)), "pnu_abc"),
 ("README_TOKEN", r"\brdme_[a-z0-9]{70}\b", g("rdme_", (L + D, 70)), "rdme_abc"),
 ("RUBYGEMS_TOKEN", r"\brubygems_[a-f0-9]{48}\b", g("rubygems_", (H, 48)), "rubygems_abc"),
 ("SCALINGO_TOKEN", r"\btk-us-[A-Za-z0-9_-]{48}\b", g("tk-us-", (AN, 48)), "tk-us-abc"),
 ("BREVO_KEY", r"\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b", g("xkeysib-", (H, 64), "-", (AN, 16)), "xkeysib-abc"),
 ("SUPABASE_TOKEN", r"\b(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31})\b", g("sbp_", (H, 40)), "sbp_abc"),
 ("TYPEFORM_TOKEN", r"\btfp_[A-Za-z0-9_.=-]{59}\b", g("tfp_", (AN, 59)), "tfp_abc"),
 ("YANDEX_KEY", r"\bAQVN[A-Za-z0-9_-]{35,38}\b", g("AQVN", (AN, 36)), "AQVNshort"),
 ("CLOUDFLARE_ORIGIN_CA", r"\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b", g("v1.0-", (H, 24), "-", (H, 146)), "v1.0-abc-def"),
 ("ONEPASSWORD_TOKEN", r"\bops_eyJ[A-Za-z0-9+/]{250,}={0,3}", g("ops_eyJ", (AN, 260)), "ops_eyJabc"),
 ("ARTIFACTORY_TOKEN", r"\bAKCp[A-Za-z0-9]{69}\b", g("AKCp", (AN, 69)), "AKCpshort"),
 ("AZURE_AD_SECRET", r"\b[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}\b", g((AN, 3), "8Q~", (AN, 34)), "abc8Q~def"),
 ("FACEBOOK_TOKEN", r"\bEAA[MC][A-Za-z0-9]{100,}\b", g("EAAM", (AN, 120)), "EAAMshort"),
 ("MAPBOX_TOKEN", r"\b(?:sk|pk)\.eyJ1Ijoi[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}\b", g("sk.eyJ1Ijoi", (AN, 40), ".", (AN, 22)), "sk.eyJ1Ijoi"),
 ("HARNESS_TOKEN", r"\bpat\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}\b", g("pat.", (AN, 22), ".", (AN, 24), ".", (AN, 20)), "pat.abc.def.ghi"),
 ("OCTOPUS_KEY", r"\bAPI-[A-Z0-9]{26}\b", g("API-", (U + D, 26)), "API-KEY"),
 ("INFRACOST_KEY", r"\bico-[A-Za-z0-9]{32}\b", g("ico-", (AN, 32)), "ico-abc"),
 ("PACKAGIST_TOKEN", r"\bpackagist_[ou][ru]t_[a-f0-9]{68}\b", g("packagist_uut_", (H, 68)), "packagist_uut_x"),
 ("NUGET_KEY", r"\boy2[a-z0-9]{43}\b", g("oy2", (L + D, 43)), "oy2abc"),
 ("OPENROUTER_KEY", r"\bsk-or-v1-[a-f0-9]{64}\b", g("sk-or-v1-", (H, 64)), "sk-or-v1-abc"),
 ("LANGSMITH_KEY", r"\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b", g("lsv2_pt_", (H, 32), "_", (H, 10)), "lsv2_pt_abc"),
 ("FIREWORKS_KEY", r"\bfw_[A-Za-z0-9]{24}\b", g("fw_", (AN, 24)), "fw_abc"),
 ("GITHUB_TOKEN", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", g("ghs_", (AN, 36)), "ghs_abc"),
 ("AWS_ACCESS_KEY", r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}\b", g("ASIA", ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), "AKIAEXAMPLE"),
]

# Rules without a literal prefix: trigger word and where the match starts relative to it (scan's gate).
GATES = {
    "MAILCHIMP_KEY": 'at(&["-us"], -32, -32)',
    "TELEGRAM_BOT_TOKEN": 'at(&[":aa"], -10, -8)',
    "TERRAFORM_TOKEN": 'at(&[".atlasv1."], -14, -14)',
    "AZURE_AD_SECRET": 'at(&["q~"], -4, -4)',
}

print("// @generated by gen/secrets.py: do not edit by hand.")
print("//! Provider token rules (adapted from gitleaks v8, MIT; see gen/secrets.py).")
print()
print("use super::{Recognizer, at, secret};")
print()
print("/// Fixed-prefix provider tokens.")
print("pub(crate) const TOKENS: &[Recognizer] = &[")
for ent, rx, tp, fp in R:
    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    print(f"    secret({q(ent)}, r\"{rx}\")")
    if ent in GATES:
        print(f"        .gate(&[{GATES[ent]}])")
    print(f"        .tp(&[{q('token: ' + tp)}])")
    print(f"        .fp(&[{q('see ' + fp + ' in the docs')}]),")
print("];")
