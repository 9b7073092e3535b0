package org.ketoplan.common;

/**
 * Where long work reports how far it has got: a number of steps out of a total that the caller knows (days of a
 * plan, patients of a batch, rows of a diary). The work calls {@link #advance} as each step is done, from any
 * thread; how it is shown (a progress bar on a terminal, nothing at all) is the caller's business.
 */
@FunctionalInterface
public interface Progress {
    /** Reports nothing. */
    Progress NONE = steps -> { };

    /** {@code steps} more steps are done. */
    void advance(long steps);
}
