#!/usr/bin/env bash
# Records the CLI's outputs for a fixed set of commands, so a refactoring can show it changed none of them.
#
#   src/test/scripts/golden-outputs.sh JAR OUT_DIR
#
# Every command runs with fixed dates (--start 2026-12-01) in a scratch folder; for each one OUT_DIR gets
# NAME.out (stdout), NAME.err (stderr) and NAME.rc (exit code); files a command writes are copied as NAME.FILE.
# Compare two runs with `diff -r before after`.
set -uo pipefail
jar=$(readlink -f "$1"); out=$(readlink -f "$2")
rm -rf "$out"; mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"

run() {   # run NAME ARGS...
  local name=$1; shift
  java -XX:TieredStopAtLevel=1 -jar "$jar" "$@" > "$out/$name.out" 2> "$out/$name.err"
  echo $? > "$out/$name.rc"
}
keep() {  # keep NAME FILE: copy a written file beside the output
  [ -f "$2" ] && cp "$2" "$out/$1.$(basename "$2")"
}

# prescriptions
run prescribe-text prescribe --weight 8 --age-months 9 --ratio 4:1
run prescribe-json prescribe --weight 8 --age-months 9 --ratio 4:1 --format json
run prescribe-full prescribe --weight 18 --age-months 60 --kcal 1224 --ratio 3 --protein 18 --meals 3 --units-rounding down
run prescribe-ramp prescribe --weight 8 --age-months 9 --ratio 4:1 --ramp 1,2,3
run init init patient.yaml
keep init patient.yaml
run prescribe-patient prescribe --patient patient.yaml
run prescribe-patient-json prescribe --patient patient.yaml --format json
run prescribe-bad prescribe --weight -8 --age-months 9 --ratio 4:1
run ratio-bad prescribe --weight 8 --age-months 9 --ratio 4:x

# a meal
run meal-text meal --kcal 500 --ratio 4:1 --protein 10 --food 01053 --food 01001 --food 05064 --food 11090
run meal-json meal --kcal 500 --ratio 4:1 --protein 10 --food 01053 --food 01001 --food 05064 --food 11090 --format json
run meal-patient meal --patient patient.yaml --meal breakfast --food 01053 --food 01001 --food 05064 --food 11090
run meal-patient-ok meal --patient patient.yaml --meal lunch --food 01053 --food 01145 --food 05064 --food 11090
run meal-patient-ok-json meal --patient patient.yaml --meal lunch --food 01053 --food 01145 --food 05064 --food 11090 --format json
run meal-nosolution meal --kcal 500 --ratio 4:1 --protein 10 --food 11090
run meal-badfood meal --kcal 500 --ratio 4:1 --protein 10 --food 99999999
run meal-recipe meal --patient patient.yaml --meal breakfast --recipe egg-yolk-custard

# formula
run formula-text formula --module infant-formula-standard-powder --module ketocal-3to1-powder --module liquigen --kcal 650 --ratio 3:1 --weight 7.8 --fluid-ml-per-kg 150 --feeds 6
run formula-json formula --module infant-formula-standard-powder --module ketocal-3to1-powder --module liquigen --kcal 650 --ratio 3:1 --weight 7.8 --fluid-ml-per-kg 150 --feeds 6 --format json

# foods and recipes
run food-search food search heavy cream --limit 3
run food-show food show 01053
run recipe-list recipe list --slot breakfast
run recipe-show recipe show egg-yolk-custard
run recipe-fit recipe fit egg-yolk-custard --patient patient.yaml --meal breakfast
run recipe-fit-json recipe fit egg-yolk-custard --patient patient.yaml --meal breakfast --format json
run recipe-fit-ok recipe fit pear-ricotta-coconut-whip --patient patient.yaml --meal breakfast
run recipe-fit-ok-json recipe fit pear-ricotta-coconut-whip --patient patient.yaml --meal breakfast --format json

# plans
run plan-example plan --example --days 3 --start 2026-12-01
run plan-example-json plan --example --days 3 --start 2026-12-01 --format json
run plan-out plan --example --days 3 --start 2026-12-01 --out plan.json
keep plan-out plan.json
run plan-patient plan --patient patient.yaml --days 2 --start 2026-12-01 --out patient-plan.json
keep plan-patient patient-plan.json
run plan-extend plan --from plan.json --days 2 --out plan-more.json
keep plan-extend plan-more.json
run plan-check plan check plan.json
run plan-check-json plan check plan.json --format json
run plan-fix plan check plan.json --fix --out plan-fixed.json
run plan-batch-bad plan --patients nowhere --days 2 --start 2026-12-01
run plan-both-bad plan --example --patient patient.yaml --days 2

# exports
run export-csv export plan.json --out plan.csv
keep export-csv plan.csv
run export-json export plan.json --out plan-export.json
keep export-json plan-export.json
run export-exists export plan.json --out plan.csv

# diary and adherence
run log-meal-all log meal --diary diary --plan plan.json --date 2026-12-01 --meal breakfast --all
run log-meal-percent log meal --diary diary --plan plan.json --date 2026-12-01 --meal lunch --percent 80
run log-meal-bad log meal --diary diary --plan plan.json --date 2026-12-01 --meal lunch --percent 180
run log-day log day --diary diary --date 2026-12-01 --seizures 3 --ketones 3.1 --urine-ketones small --sleep 11
run log-day2 log day --diary diary --date 2026-12-02 --seizures 2 --ketones 2.5
run adherence-text adherence --plan plan.json --diary diary
run adherence-json adherence --plan plan.json --diary diary --format json
run adherence-range adherence --plan plan.json --diary diary --from 2026-12-01 --to 2026-12-02 --baseline 6
for f in diary/*.csv; do [ -f "$f" ] && sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z?/TIMESTAMP/g' "$f" > "$out/diary.$(basename "$f")"; done
exit 0
