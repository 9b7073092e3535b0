#!/usr/bin/env python3
"""End-to-end performance of ketoplan, as the README's Performance section reports it.

Run after `mvn -B package -DskipTests` (which makes target/ketoplan, the jar and the start-up archive):

    python3 src/test/perf/measure.py [--rounds 7] [--jdk25 /usr/lib/jvm/temurin-25-jdk-amd64] [--out perf.json]

Every figure is a ratio against a reference measured in the same run, with the runs interleaved (round after
round, the order alternating), so that other work on the machine slows both sides alike; the load average is
printed with the results. Wall time, CPU time (user + system) and peak resident memory come from wait4().

1. the launcher (target/ketoplan) against plain `java -jar target/ketoplan.jar`: meal, food search,
   plan --days 28, export of 28 days, adherence over 28 days;
2. `meal` through the launcher against the peer src/test/peers/meal_pulp.py (Python + PuLP + GLPK; needs
   Debian's python3-pulp and glpk-utils), in one loop (and in hyperfine, when it is installed);
3. a batch of 100 patients' 28-day plans through `plan --patients` against one `plan --patient` call;
4. scaling of plan, export, print (28, 91, 365 days) and adherence (28, 91, 365, 1825 days of diary) through
   the launcher: time, peak memory and the growth exponent b of time = a * days^b (least squares, log-log);
5. with --jdk25: start-up on JDK 25 with the class-data-sharing archive against the AOT cache (JEP 483/514/515).
"""
import argparse
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TARGET = os.path.join(ROOT, "target")
LAUNCHER = os.path.join(TARGET, "ketoplan")
JAR = os.path.join(TARGET, "ketoplan.jar")
PEER = os.path.join(ROOT, "src", "test", "peers", "meal_pulp.py")
MEAL = ["meal", "--kcal", "500", "--ratio", "4:1", "--protein", "10", "--food", "01053", "--food", "01001",
        "--food", "05064", "--food", "11090"]
START = "2026-12-01"


def run(cmd, env=None, ok=(0,)):
    """Runs cmd with output discarded; returns (wall s, cpu s, peak RSS MiB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        raise SystemExit(f"{' '.join(cmd)} exited {code}: {err.strip()[:500]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def interleaved(variants, rounds):
    """variants: {name: cmd}; returns {name: [(wall, cpu, rss), ...]}, run round-robin, order alternating."""
    names = list(variants)
    out = {n: [] for n in names}
    for r in range(rounds):
        for n in (names if r % 2 == 0 else list(reversed(names))):
            out[n].append(run(variants[n]))
    return out


def med(samples, i):
    return statistics.median(s[i] for s in samples)


def exponent(xs, ys):
    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = statistics.mean(lx), statistics.mean(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def ketoplan(*args):
    return [LAUNCHER, *args]


def plain(*args):
    return ["java", "-jar", JAR, *args]


def make_diary(plan_file, folder):
    """Every planned meal eaten as planned, a seizure count and a ketone reading a day."""
    plan = json.load(open(plan_file))
    os.makedirs(folder, exist_ok=True)
    rnd = random.Random(1)
    with open(os.path.join(folder, "meals.csv"), "w") as m, open(os.path.join(folder, "days.csv"), "w") as d:
        m.write("date,meal,food,planned_g,eaten_g,note\n")
        d.write("date,seizures,seizure_minutes,ketones_blood_mmol,ketones_urine,weight_kg,sleep_hours,ill,note\n")
        for day in plan["days"]:
            for meal in day["meals"]:
                for f in meal["foods"]:
                    if f["counted"]:
                        m.write(f"{day['date']},{meal['slot']},{f['id']},{f['amount']:g},{f['amount']:g},\n")
            d.write(f"{day['date']},{rnd.randint(0, 6)},,{rnd.uniform(1.5, 5.5):.1f},,,,,\n")


def make_patients(folder, n):
    rnd = random.Random(7)
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        age = rnd.randint(6, 36)
        weight = round(6 + age * 0.25 + rnd.uniform(-1, 1), 1)
        ratio = rnd.choice([3, 4])
        meals = rnd.choice([3, 4])
        names = ["breakfast", "lunch", "tea", "supper"][:meals] if meals == 4 else ["breakfast", "lunch", "dinner"]
        lines = [f"name: Patient {i + 1:03d}", f"age_months: {age}", f"weight_kg: {weight}", "prescription:",
                 f"  ratio: {ratio}", "  meals:"] + [f"    - {{name: {m}}}" for m in names]
        with open(os.path.join(folder, f"patient-{i + 1:03d}.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--scaling-rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--jdk25")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: launcher,peer,batch,scaling")
    ap.add_argument("--out")
    a = ap.parse_args()
    skip = set(a.skip.split(","))
    for f in (LAUNCHER, JAR):
        if not os.path.exists(f):
            raise SystemExit(f"{f} is missing: run mvn -B package -DskipTests first")
    work = tempfile.mkdtemp(prefix="ketoplan-perf-")
    w = lambda *p: os.path.join(work, *p)
    results = {"date": date.today().isoformat(), "load_before": os.getloadavg(), "cores": os.cpu_count()}
    report = [f"Measured {results['date']} on {os.cpu_count()} cores; load average before "
              f"{results['load_before'][0]:.1f}."]

    # inputs: plans of 28, 91, 365 and 1825 days (the last by extending), diaries that follow them
    for n in (28, 91, 365):
        run(ketoplan("plan", "--example", "--days", str(n), "--start", START, "--out", w(f"p{n}.json"), "--force"))
    run(ketoplan("plan", "--example", "--days", "365", "--start", START, "--out", w("p1825.json"), "--force"))
    for _ in range(4):
        run(ketoplan("plan", "--from", w("p1825.json"), "--days", "365", "--out", w("p1825.json"), "--force"))
    for n in (28, 91, 365, 1825):
        make_diary(w(f"p{n}.json"), w(f"diary{n}"))

    if "launcher" not in skip:
        jobs = {
            "meal": MEAL,
            "food search": ["food", "search", "heavy", "cream", "--limit", "3"],
            "plan --days 28": ["plan", "--example", "--days", "28", "--start", START, "--out", w("o.json"),
                               "--force"],
            "export (28 days)": ["export", w("p28.json"), "--out", w("o.xlsx"), "--force"],
            "adherence (28 days)": ["adherence", "--plan", w("p28.json"), "--diary", w("diary28")],
        }
        rows = []
        for name, args in jobs.items():
            r = interleaved({"plain": plain(*args), "launcher": ketoplan(*args)}, a.rounds)
            ratio = med(r["launcher"], 0) / med(r["plain"], 0)
            cpu = med(r["launcher"], 1) / med(r["plain"], 1)
            results.setdefault("launcher", {})[name] = r
            rows.append([f"`{name}`", f"{med(r['plain'], 0):.2f} s", f"{med(r['launcher'], 0):.2f} s",
                         f"**{ratio:.2f}**", f"{cpu:.2f}"])
        report.append("Launcher against plain java -jar (medians of %d interleaved rounds):\n\n" % a.rounds + table(
            rows, ["command", "java -jar", "launcher", "ratio (wall)", "ratio (CPU)"]))

    if "peer" not in skip:
        py = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"
        run([py, PEER])  # fails early when PuLP or GLPK is missing
        r = interleaved({"peer": [py, PEER], "launcher": ketoplan(*MEAL)}, a.rounds)
        ratio = med(r["launcher"], 0) / med(r["peer"], 0)
        results["peer"] = r
        line = (f"`meal` through the launcher {med(r['launcher'], 0):.2f} s against Python + PuLP + GLPK "
                f"{med(r['peer'], 0):.2f} s: **{ratio:.1f}x** (medians of {a.rounds} interleaved rounds)")
        if shutil.which("hyperfine"):
            hf = w("hyperfine.json")
            subprocess.run(["hyperfine", "-N", "--warmup", "1", "--runs", str(a.rounds), "--export-json", hf,
                            "-n", "launcher", " ".join(ketoplan(*MEAL)), "-n", "peer", f"{py} {PEER}"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            hres = {x["command"]: x["median"] for x in json.load(open(hf))["results"]}
            results["peer_hyperfine"] = hres
            line += (f"; hyperfine: {hres['launcher']:.2f} s against {hres['peer']:.2f} s, "
                     f"{hres['launcher'] / hres['peer']:.1f}x")
        report.append(line + ".")

    if "batch" not in skip:
        make_patients(w("clinic"), a.batch)
        single = interleaved({"one": ketoplan("plan", "--patient", w("clinic", "patient-001.yaml"), "--days", "28",
                                              "--start", START, "--out", w("single.json"), "--force")}, 3)["one"]
        walls = []
        for _ in range(3):
            wall, cpu, rss = run(ketoplan("plan", "--patients", w("clinic"), "--days", "28", "--start", START,
                                          "--out", w("plans"), "--force", "--quiet"), ok=(0, 3))
            walls.append((wall, cpu, rss))
        bw = med(walls, 0)
        results["batch"] = {"runs": walls, "single": single}
        report.append(f"Batch: {a.batch} patients' 28-day plans through `plan --patients` on {os.cpu_count()} cores "
                      f"in **{bw:.1f} s** ({a.batch / bw:.1f} plans/s, peak {med(walls, 2):.0f} MiB; median of 3); "
                      f"one `plan --patient` call takes {med(single, 0):.2f} s, so {a.batch} calls would take about "
                      f"{a.batch * med(single, 0):.0f} s ({a.batch * med(single, 0) / bw:.0f}x).")

    if "scaling" not in skip:
        rows = []
        cases = {
            "plan": (lambda n: ketoplan("plan", "--example", "--days", str(n), "--start", START, "--out",
                                        w(f"s{n}.json"), "--force"), (28, 91, 365)),
            "export": (lambda n: ketoplan("export", w(f"p{n}.json"), "--out", w(f"s{n}.xlsx"), "--force"),
                       (28, 91, 365)),
            "print": (lambda n: ketoplan("print", w(f"p{n}.json"), "--out", w(f"s{n}.pdf"), "--force"),
                      (28, 91, 365)),
            "adherence": (lambda n: ketoplan("adherence", "--plan", w(f"p{n}.json"), "--diary", w(f"diary{n}")),
                          (28, 91, 365, 1825)),
        }
        for name, (cmd, sizes) in cases.items():
            r = interleaved({n: cmd(n) for n in sizes}, a.scaling_rounds)
            times = [med(r[n], 0) for n in sizes]
            b = exponent(sizes, times)
            results.setdefault("scaling", {})[name] = {str(n): r[n] for n in sizes}
            cells = [f"{med(r[n], 0):.2f} s, {med(r[n], 2):.0f} MiB" for n in sizes]
            cells += [""] * (4 - len(sizes))
            rows.append([f"`{name}`", *cells, f"{b:.2f}", f"{times[sizes.index(365)] / times[0]:.1f}"])
        report.append("Scaling through the launcher (median time and peak resident memory of %d interleaved rounds; "
                      "b: time grows as days^b):\n\n" % a.scaling_rounds
                      + table(rows, ["command", "28 days", "91 days", "365 days", "1,825 days", "b",
                                     "365 / 28 days"]))

    if a.jdk25:
        java25 = os.path.join(a.jdk25, "bin", "java")
        d25 = w("jdk25")
        os.makedirs(d25)
        shutil.copy2(JAR, d25)
        shutil.copy2(LAUNCHER, d25)
        env = dict(os.environ, JAVA_HOME=a.jdk25)
        subprocess.run([os.path.join(d25, "ketoplan"), "setup"], env=env, check=True, stdout=subprocess.DEVNULL)
        jar25 = os.path.join(d25, "ketoplan.jar")
        aot = os.path.join(d25, "ketoplan.aot")
        subprocess.run([java25, "-XX:AOTCacheOutput=" + aot, "-cp", jar25, "org.ketoplan.cli.StartupTraining",
                        w("train25")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows = []
        for name, args in (("meal", MEAL), ("plan --days 28", ["plan", "--example", "--days", "28", "--start",
                                                                START, "--out", w("o25.json"), "--force"])):
            variants = {
                "plain": [java25, "-jar", jar25, *args],
                "CDS (launcher)": ["env", f"JAVA_HOME={a.jdk25}", os.path.join(d25, "ketoplan"), *args],
                "AOT cache": [java25, "-XX:AOTCache=" + aot, "-jar", jar25, *args],
                "AOT cache + C1 + serial": [java25, "-XX:AOTCache=" + aot, "-XX:TieredStopAtLevel=1",
                                            "-XX:+UseSerialGC", "-jar", jar25, *args],
            }
            r = interleaved(variants, a.rounds)
            results.setdefault("jdk25", {})[name] = r
            base = med(r["plain"], 0)
            rows.append([f"`{name}`", f"{base:.2f} s"] + [f"{med(r[v], 0) / base:.2f}" for v in list(variants)[1:]])
        report.append("JDK 25 (ratios to plain java -jar on JDK 25, medians of %d interleaved rounds):\n\n" % a.rounds
                      + table(rows, ["command", "plain", "CDS archive + C1 (launcher)", "AOT cache",
                                     "AOT cache + C1 + serial"]))

    results["load_after"] = os.getloadavg()
    report.append(f"Load average after: {results['load_after'][0]:.1f}.")
    print("\n\n".join(report))
    if a.out:
        with open(a.out, "w") as f:
            json.dump(results, f, indent=1)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
