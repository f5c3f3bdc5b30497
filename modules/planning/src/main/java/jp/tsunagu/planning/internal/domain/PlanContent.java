package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of a version of 個別支援計画: the person's and the family's wishes, the overall support policy,
 * the long-term goal, short-term goals with target dates, the rows of support items, needs the plan could not
 * meet, and notes.
 */
public record PlanContent(String personWishes, String familyWishes, String overallPolicy, String longTermGoal,
                          List<Goal> shortTermGoals, List<SupportItem> items, String unmetNeeds, String notes) {

    public PlanContent {
        shortTermGoals = shortTermGoals == null ? List.of() : List.copyOf(shortTermGoals);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** 短期目標 with its target date. */
    public record Goal(String goal, LocalDate targetDate) {
    }

    /**
     * One row of the plan: priority, need (課題), goal, support content, frequency, the person's own role,
     * the staff in charge and the date it is evaluated.
     */
    public record SupportItem(int priority, String need, String goal, String content, String frequency, String personRole,
                              String staffInCharge, LocalDate evaluationDate) {
    }

    public static PlanContent empty() {
        return new PlanContent(null, null, null, null, List.of(), List.of(), null, null);
    }
}
