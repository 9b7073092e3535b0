package org.ketoplan.food;

/**
 * One search result: the food and its relevance score (higher is better).
 *
 * @param food the food
 * @param score the relevance score; only the order matters
 */
public record SearchHit(Food food, double score) {
}
