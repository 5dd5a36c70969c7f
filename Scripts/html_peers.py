#!/usr/bin/env python3
"""Article text from saved pages, by quoth and by its peers, scored side by side.

Runs quoth (the release build), trafilatura and readability-lxml on the same
pages and scores each with ../shared/eval/score_html.py, unchanged, on the
whole set and on its held-out part: every 4th page by sorted ID (the 4th,
8th, ...), which nobody studied while tuning quoth's extractor. The other
three quarters are the study part.

quoth is scored on `quoth text --body` (the body, as the peers return it and as
the gold holds it); the row "quoth +title" scores its default text, which opens
with the title line.

Peers run in a venv under .peers/ (gitignored), installed from PyPI by
Scripts/html-peers, which is the way to run this file.
"""
import argparse, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "html")
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score_html.py")
OUT = os.path.join(ROOT, ".peers", "out")

SETS = {
    "scrapinghub": (os.path.join(DATA, "scrapinghub", "html"), os.path.join(DATA, "scrapinghub", "ground-truth.json")),
    "readability": (os.path.join(DATA, "readability-test-pages"), os.path.join(DATA, "readability-ground-truth.json")),
}


def pages(folder):
    """(ID, path) for every page of a set, sorted by ID."""
    found = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, "source.html")):
            found.append((name, os.path.join(path, "source.html")))
        elif name.endswith(".html"):
            found.append((name.split(".")[0], path))
    return found


def held_out(ids):
    """Every 4th ID in sorted order: the part nobody studied."""
    return {i for n, i in enumerate(sorted(ids)) if n % 4 == 3}


def run_quoth(folder, out, body=True):
    binary = os.path.join(ROOT, ".build", "release", "quoth")
    with open(out, "w") as f:
        subprocess.run([binary, "text", "--format", "jsonl"] + (["--body"] if body else []) + [folder],
                       stdout=f, stderr=subprocess.DEVNULL)


def text_of_html(html):
    """readability-lxml returns HTML: its text with a line per block, as the gold is split."""
    import lxml.html
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br", "section",
              "article", "dd", "dt", "figcaption", "table", "ul", "ol"}
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in blocks:
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


def run_peer(tool, items, out):
    if tool == "trafilatura":
        import trafilatura
    else:
        from readability import Document
    with open(out, "w") as f:
        for pid, path in items:
            data = open(path, "rb").read()
            try:
                if tool == "trafilatura":
                    text = trafilatura.extract(data) or ""
                else:
                    text = text_of_html(Document(data).summary(html_partial=True))
            except Exception as e:  # a peer failing on a page scores zero there, as quoth would
                print(f"{tool}: {path}: {e}", file=sys.stderr)
                text = ""
            f.write(json.dumps({"article": path, "text": text}) + "\n")


def score(pred, gold, ids=None):
    golds = json.load(open(gold, encoding="utf-8"))
    if ids is not None:
        golds = {k: v for k, v in golds.items() if k in ids}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as g:
        json.dump(golds, g)
    result = subprocess.run([sys.executable, SCORER, "--pred", pred, "--gold", g.name], capture_output=True, text=True)
    os.unlink(g.name)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="scrapinghub,readability")
    ap.add_argument("--tools", default="quoth,quoth+title,trafilatura,readability-lxml")
    ap.add_argument("--reuse", action="store_true", help="reuse the peers' outputs from an earlier run")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    versions = {}
    try:
        from importlib.metadata import version
        versions = {"trafilatura": version("trafilatura"), "readability-lxml": version("readability-lxml")}
    except Exception:
        pass
    rows = []
    for name in args.sets.split(","):
        folder, gold = SETS[name]
        items = pages(folder)
        hold = held_out([i for i, _ in items])
        for tool in args.tools.split(","):
            out = os.path.join(OUT, f"{name}.{tool}.jsonl")
            started = time.time()
            if tool.startswith("quoth"):
                run_quoth(folder, out, body=tool == "quoth")
            elif not (args.reuse and os.path.exists(out)):
                run_peer(tool, items, out)
            whole, part = score(out, gold), score(out, gold, hold)
            study = score(out, gold, {i for i, _ in items} - hold)
            label = tool + (" " + versions[tool] if tool in versions else "")
            rows.append((name, label, len(items), whole, study, part, time.time() - started))
    print(f"{'set':<12} {'tool':<24} {'pages':>5}  {'F1':>6} {'P':>6} {'R':>6}   {'study F1':>8}  {'held-out F1':>11}")
    for name, label, n, whole, study, part, _ in rows:
        print(f"{name:<12} {label:<24} {n:>5}  {whole['f1']:>6.3f} {whole['precision']:>6.3f} {whole['recall']:>6.3f}"
              f"   {study['f1']:>8.3f}  {part['f1']:>11.3f} ({part['articles']})")


if __name__ == "__main__":
    main()
