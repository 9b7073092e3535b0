#!/usr/bin/env python3
"""The README's four-food meal composed by a peer: Python + PuLP + GLPK (Debian: python3-pulp, glpk-utils).

The reference that `ketoplan meal --kcal 500 --ratio 4:1 --protein 10 --food 01053 --food 01001 --food 05064
--food 11090` is measured against (src/test/perf/measure.py). Same foods (USDA SR24 per 100 g, as ketoplan's
database has them), same targets and bands: 500 kcal at 4:1 is 12.5 dietary units (500 / (9 x 4 + 4)), so fat
50 g and protein + net carbohydrate 12.5 g, of which protein 10 g and carbohydrate 2.5 g; ratio within 3.9 to
4.1, kcal within 475 to 525 (9/4/4), whole grams. An integer program that gets as close as it can to the fat,
protein and carbohydrate targets, solved by GLPK's glpsol.
"""
import pulp

FOODS = {  # id: (name, fat, protein, net carbohydrate) per 100 g
    "01053": ("Cream, fluid, heavy whipping", 37.0, 2.05, 2.79),
    "01001": ("Butter, salted", 81.11, 0.85, 0.06),
    "05064": ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 3.57, 31.02, 0.0),
    "11090": ("Broccoli, raw", 0.37, 2.82, 6.64 - 2.6),
}
KCAL, RATIO, PROTEIN = 500.0, 4.0, 10.0
UNITS = KCAL / (9 * RATIO + 4)
FAT, CARB = RATIO * UNITS, UNITS - PROTEIN

m = pulp.LpProblem("meal", pulp.LpMinimize)
g = {i: pulp.LpVariable("g_" + i, lowBound=0, upBound=500, cat="Integer") for i in FOODS}
fat = pulp.lpSum(g[i] * FOODS[i][1] / 100 for i in FOODS)
protein = pulp.lpSum(g[i] * FOODS[i][2] / 100 for i in FOODS)
carb = pulp.lpSum(g[i] * FOODS[i][3] / 100 for i in FOODS)
dev = {k: (pulp.LpVariable(k + "_over", lowBound=0), pulp.LpVariable(k + "_under", lowBound=0))
       for k in ("fat", "protein", "carb")}
for k, value, target in (("fat", fat, FAT), ("protein", protein, PROTEIN), ("carb", carb, CARB)):
    m += value - target == dev[k][0] - dev[k][1]
m += pulp.lpSum(o + u for o, u in dev.values())
m += fat >= (RATIO - 0.1) * (protein + carb)
m += fat <= (RATIO + 0.1) * (protein + carb)
m += 9 * fat + 4 * protein + 4 * carb >= 0.95 * KCAL
m += 9 * fat + 4 * protein + 4 * carb <= 1.05 * KCAL
m.solve(pulp.GLPK_CMD(msg=False))
if pulp.LpStatus[m.status] != "Optimal":
    raise SystemExit("no meal: " + pulp.LpStatus[m.status])
for i, (name, *_rest) in FOODS.items():
    print(f"{name} [{i}]  {int(round(g[i].value()))} g")
f, p, c = fat.value(), protein.value(), carb.value()
print(f"total  fat {f:.2f} g  protein {p:.2f} g  carbohydrate {c:.2f} g  kcal {9 * f + 4 * p + 4 * c:.1f}  "
      f"ratio {f / (p + c):.2f}:1")
