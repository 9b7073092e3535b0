package org.ketoplan.plan;

/**
 * A day's milk feeds as a dietitian checks them: how many, the day's volume and per kg, the largest feed and per kg,
 * and the energy density of the made-up feed.
 *
 * @param feeds how many feeds
 * @param volumeMl the day's made-up volume: water and liquid products (a powder's own volume not counted)
 * @param mlPerKgDay the day's milk per kg of body weight: the made-up volume and the breastfeeds'
 * @param largestFeedMl the largest feed, ml
 * @param largestFeedMlPerKg the largest feed per kg
 * @param kcalPerMl the feeds' energy over their volume
 * @param waterMl the water added to make them up
 * @param breastfedMl the day's breastfeeds' estimated volume (0 for none)
 */
public record FeedCheck(int feeds, double volumeMl, double mlPerKgDay, double largestFeedMl,
                        double largestFeedMlPerKg, double kcalPerMl, double waterMl, double breastfedMl) {
    /** The day's milk: the made-up feeds and the breastfeeds. */
    public double milkMl() {
        return volumeMl + breastfedMl;
    }
}
