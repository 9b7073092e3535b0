package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.Map;

/** The workspace's pages and actions: each handler parses the request, calls the domain, renders a template. */
final class Pages {
    private final Clinic clinic;
    private final CaseloadPage caseload;
    private final PatientPage patient;
    private final PlanPage plan;
    private final MealBuilderPage meal;
    private final DiaryPage diary;
    private final DiaryEvents events;
    private final AdherencePage adherence;
    private final FoodsPage foods;

    Pages(Clinic clinic) {
        this.clinic = clinic;
        this.caseload = new CaseloadPage(clinic);
        this.patient = new PatientPage(clinic);
        this.plan = new PlanPage(clinic);
        this.meal = new MealBuilderPage(clinic, plan);
        this.diary = new DiaryPage(clinic);
        this.events = new DiaryEvents(clinic, diary);
        this.adherence = new AdherencePage(clinic);
        this.foods = new FoodsPage(clinic);
    }

    void routes(JavalinDefaultRoutingApi r) {
        r.get("/", caseload::show);
        r.post("/example", caseload::addExample);
        r.get("/new", patient::newForm);
        r.post("/new", patient::create);
        r.get("/p/{id}", patient::show);
        r.post("/p/{id}", patient::save);
        r.post("/p/{id}/preview", patient::preview);
        r.post("/new/preview", patient::preview);
        r.get("/p/{id}/plan", plan::show);
        r.post("/p/{id}/plan", plan::generate);
        r.post("/p/{id}/plan/check", plan::check);
        r.post("/p/{id}/plan/meal", plan::editMeal);
        r.get("/p/{id}/plan/download/{file}", plan::download);
        r.get("/p/{id}/meal", meal::show);
        r.get("/foods", meal::search);
        r.post("/p/{id}/meal/solve", meal::solve);
        r.post("/p/{id}/meal/check", meal::check);
        r.post("/p/{id}/meal/save", meal::save);
        r.post("/p/{id}/meal/recipe", meal.recipes()::save);
        r.get("/p/{id}/diary", diary::show);
        r.post("/p/{id}/diary/meal", diary::logMeal);
        r.post("/p/{id}/diary/day", diary::logDay);
        r.post("/p/{id}/diary/seizure", events::logSeizure);
        r.post("/p/{id}/diary/reading", events::logReading);
        r.post("/p/{id}/diary/import", diary::importWorkbook);
        r.get("/p/{id}/adherence", adherence::show);
        r.get("/p/{id}/adherence/download/{file}", adherence::download);
        r.get(FoodsPage.PATH, foods::show);
        r.post(FoodsPage.PATH + "/upload", foods::upload);
    }

    /** An error page (or, for a script's request, the message alone) with the status. */
    void problem(Context ctx, int status, String message) {
        ctx.status(status);
        if ("fetch".equals(ctx.header("X-Requested-With"))) {
            ctx.contentType("text/plain; charset=utf-8").result(message == null ? "" : message);
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("status", status);
        p.put("message", message == null ? "" : message);
        ctx.html(Templates.render("problem.jte", p));
    }

    Clinic clinic() {
        return clinic;
    }
}
