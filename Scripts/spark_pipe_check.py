"""The Spark side of Scripts/spark-pipe-check (run that, not this).

Arguments: the quoth binary, a corpus folder, and optionally how many
articles the archive should hold (the folder cycled, as corpus-to-jsonl
--count writes it), to see how throughput scales on more than one corpus.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

from pyspark import SparkConf, SparkContext

quoth, folder = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else None
here = os.path.dirname(os.path.abspath(__file__))


def key(quote, copy=1):
    """What must agree: which quote, where, and who said it."""
    article = quote["article"] if copy == 1 else f"{quote['article']}#{copy}"
    return article, quote["start"], quote["end"], quote["speaker"]


ROUNDS = 3


def timed(function):
    """The result of `function` and its best time of ROUNDS runs (the machine may be shared)."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return result, best


def run(command, stdin=None):
    with open(stdin or os.devnull, "rb") as source:
        return subprocess.run(command, stdin=source, capture_output=True, text=True, check=False).stdout.splitlines()


work = tempfile.mkdtemp(prefix="quoth-spark-")
archive = os.path.join(work, "articles.jsonl")
with open(archive, "w") as out:
    subprocess.run([sys.executable, os.path.join(here, "corpus-to-jsonl"), folder]
                   + (["--count", str(count)] if count else []), stdout=out, check=True)
articles = sum(1 for _ in open(archive, encoding="utf-8"))

# One machine: the folder read as files, then the same archive on standard input.
single, single_seconds = timed(lambda: run([quoth, "quotes", "--format", "jsonl", folder]))
expected = collections.Counter()
per_article = collections.defaultdict(list)
for line in single:
    quote = json.loads(line)
    per_article[quote["article"]].append(quote)
ids = [json.loads(line)["id"] for line in open(archive, encoding="utf-8")]
for article_id in ids:
    base, _, copy = article_id.partition("#")
    for quote in per_article.get(base, []):
        expected[key(quote, int(copy) if copy else 1)] += 1

rows = []
if count is None:
    rows.append(("one machine: quoth quotes FOLDER", 2, single_seconds, len(single), "reference"))
for jobs in (1, 2):
    lines, seconds = timed(lambda: run([quoth, "quotes", "--input", "jsonl", "--format", "jsonl", "--jobs", str(jobs)], archive))
    same = collections.Counter(key(json.loads(line)) for line in lines) == expected
    rows.append((f"one machine: quoth quotes --input jsonl --jobs {jobs} < archive", jobs, seconds, len(lines),
                 "same multiset" if same else "DIFFERENT"))

failures = 0
for workers, jobs in ((1, 1), (2, 1), (1, 2)):
    conf = (SparkConf().setMaster(f"local[{workers}]").setAppName("quoth-pipe-check")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.memory", "1g"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    lines = sc.textFile(archive, minPartitions=8)
    lines.count()   # warm: the JVM, the Python workers and the file cache, so the time below is the pipe's
    mapper = f"{quoth} quotes --input jsonl --format jsonl --jobs {jobs}"
    quotes, seconds = timed(lambda: lines.pipe(mapper).collect())
    got = collections.Counter(key(json.loads(line)) for line in quotes)
    same = got == expected
    rows.append((f"Spark local[{workers}]: rdd.pipe(quoth quotes --input jsonl --jobs {jobs})", workers * jobs,
                 seconds, len(quotes), "same multiset" if same else "DIFFERENT"))
    if not same:
        failures += 1
        missing, extra = expected - got, got - expected
        print(f"local[{workers}]: {sum(missing.values())} quotes missing, {sum(extra.values())} extra; e.g.",
              list(missing)[:3], list(extra)[:3], file=sys.stderr)
    if workers == 2 and count is None:
        # The reduce step: every mapper's quote lines, in order, into one `quoth speakers --from-quotes`.
        speakers_single = run([quoth, "speakers", "--format", "jsonl", folder])
        reducer = f"{quoth} speakers --input jsonl --from-quotes --format jsonl"
        speakers, reduce_seconds = timed(lambda: lines.pipe(mapper).coalesce(1).pipe(reducer).collect())
        same_speakers = speakers == speakers_single
        rows.append(("Spark local[2]: the same, then coalesce(1).pipe(quoth speakers --from-quotes)", 2,
                     reduce_seconds, len(speakers), "same as quoth speakers FOLDER" if same_speakers else "DIFFERENT"))
        failures += 0 if same_speakers else 1
    sc.stop()

print(f"\n{articles:,} articles ({os.path.getsize(archive) / 1e6:.1f} MB of JSON Lines) from {folder}; "
      f"best of {ROUNDS} runs each; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
print("| run | threads | time | articles/s | output lines | check |")
print("|---|--:|--:|--:|--:|---|")
for name, threads, seconds, lines_out, verdict in rows:
    print(f"| {name} | {threads} | {seconds:.2f} s | {articles / seconds:,.0f} | {lines_out:,} | {verdict} |")
sys.exit(1 if failures or any(row[4] == "DIFFERENT" for row in rows) else 0)
