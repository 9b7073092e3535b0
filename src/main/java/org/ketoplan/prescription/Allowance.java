package org.ketoplan.prescription;

/**
 * A deliberate exception the dietitian records in the patient file ({@code allow:}), printed on every output that
 * uses it: a food-safety rule lifted ({@code rule: honey}), a product given outside its age indication
 * ({@code product: ketocal-4to1-powder}), or a food whose allergens are not known vouched for after reading its
 * label ({@code food: liquigen}). A food of a group the child is allergic to is never allowed.
 *
 * @param rule the id of a food-safety rule, or null
 * @param product the id of a product, or null
 * @param food the id of a food whose allergens are not known, or null
 * @param reason why, in the dietitian's words (required)
 */
public record Allowance(String rule, String product, String food, String reason) {
    /** Requires exactly one of rule, product and food, and a reason. */
    public Allowance {
        int given = (rule == null ? 0 : 1) + (product == null ? 0 : 1) + (food == null ? 0 : 1);
        if (given != 1) {
            throw new FieldProblem("rule", "give one of rule, product or food (e.g. {rule: honey, reason: ...})");
        }
        if (reason == null || reason.isBlank()) {
            throw new FieldProblem("reason", "missing: say why the exception is made; it is printed with every plan");
        }
        rule = rule == null ? null : rule.trim();
        product = product == null ? null : product.trim();
        food = food == null ? null : food.trim();
        reason = reason.trim();
    }

    /** "rule honey", "product ketocal-4to1-powder" or "food liquigen". */
    public String what() {
        return rule != null ? "rule " + rule : product != null ? "product " + product : "food " + food;
    }
}
