package vn.doanket.funds;

import java.util.List;

/**
 * What an appeal raised against its target, rolled up the hierarchy: every fund that takes part in
 * it (a fund linked to the appeal, held by the appeal's committee or any committee below) counts
 * once, by the gifts it received; allocations between them move money without raising any, so
 * nothing is counted twice. {@code parts} splits the total by the units directly below the appeal's
 * committee (each with its whole subtree), plus the committee itself.
 *
 * @param percent of the target, rounded down; null when the appeal has no target
 */
public record AppealProgress(AppealView appeal, String unitName, long raised, Integer percent, List<Part> parts) {

    /** One unit's share: the funds taking part in its subtree and what they received. */
    public record Part(String unitCode, String unitName, boolean ownLevel, int funds, long raised) {}
}
