/**
 * The plan of record ({@code plan.json}): the patient and prescription a plan was made for, the composition of
 * every food it uses, every day's meals and feeds with their foods and grams, the day's feeds as made up, the
 * initiation ramp's step, per-meal and per-day totals and checks (energy, protein and carbohydrate against the
 * prescription, fluid, feed volume and density, micronutrients); and the menu planner that writes it. Exports, day
 * sheets, reminders and the diary all read this one file. Fields added later are optional, so older plan files
 * still read.
 */
package org.ketoplan.plan;
