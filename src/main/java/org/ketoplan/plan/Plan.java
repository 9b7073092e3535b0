package org.ketoplan.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan of record, as stored in {@code plan.json}: everything needed to print, export, remind and check
 * adherence without the food database (each food's composition is stored with the plan, so a later change of
 * the database is detected, not silently applied).
 *
 * @param formatVersion the file format version ({@link #FORMAT_VERSION})
 * @param foodDataVersion the food database version the plan was composed with
 * @param seed the planner's random seed (the same seed gives the same plan)
 * @param patient the child the plan is for
 * @param prescription the prescription it was composed to
 * @param tolerances the bands every meal was composed within
 * @param foods the composition of every food the plan uses, per 100 g (or 100 ml)
 * @param days the days, in date order
 * @param notes the planner's notes (rules relaxed, recipes skipped)
 */
public record Plan(int formatVersion, String foodDataVersion, long seed, PlanPatient patient,
                   PlanPrescription prescription, PlanTolerances tolerances, List<PlanFood> foods,
                   List<PlanDay> days, List<String> notes) {
    /** The current {@code format_version}. */
    public static final int FORMAT_VERSION = 2;
    /** The oldest format version this ketoplan reads (same fields; kind and unit were free text). */
    public static final int OLDEST_FORMAT_VERSION = 1;

    /** Rejects a plan without patient or prescription; copies the lists. */
    public Plan {
        if (patient == null) {
            throw new IllegalArgumentException("missing field 'patient'");
        }
        if (prescription == null) {
            throw new IllegalArgumentException("missing field 'prescription'");
        }
        if (tolerances == null) {
            throw new IllegalArgumentException("missing field 'tolerances'");
        }
        foods = foods == null ? List.of() : List.copyOf(foods);
        days = days == null ? List.of() : List.copyOf(days);
        notes = notes == null ? List.of() : List.copyOf(notes);
        foodDataVersion = foodDataVersion == null ? "" : foodDataVersion;
    }

    /** The stored composition of each food, by id. */
    public Map<String, PlanFood> foodsById() {
        return foods.stream().collect(Collectors.toMap(PlanFood::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The day with this date. */
    public Optional<PlanDay> day(java.time.LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** The first day's date, or null for an empty plan. */
    public java.time.LocalDate start() {
        return days.isEmpty() ? null : days.get(0).date();
    }

    /** The last day's date, or null for an empty plan. */
    public java.time.LocalDate end() {
        return days.isEmpty() ? null : days.get(days.size() - 1).date();
    }

    /** This plan as written in file format {@code version} (the fields are the same since version 1). */
    public Plan inFormat(int version) {
        return new Plan(version, foodDataVersion, seed, patient, prescription, tolerances, foods, days, notes);
    }
}
