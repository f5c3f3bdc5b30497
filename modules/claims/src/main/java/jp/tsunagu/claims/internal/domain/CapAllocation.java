package jp.tsunagu.claims.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.tsunagu.kernel.Yen;

/**
 * 利用者負担上限額管理 at the managing office (current-rules.md, Upper-limit management; BL-4): the person's monthly cap is
 * shared out among the offices used in the month, the managing office first, then the others in the order given (day
 * services before home visits: the office orders them as the rules say). The result: 1 = the managing office's own
 * charge uses the cap up and the others charge 0; 2 = all charges together stay within the cap and nobody adjusts; 3 =
 * over the cap, each later office charging what remains. Pure: the amounts are each office's charge before management
 * (its 10 % share, kept to the cap).
 */
public final class CapAllocation {
    private CapAllocation() {
    }

    /** Another office the person used in the month and its charge before management (from its 利用者負担額一覧表). */
    public record Other(String officeNumber, String officeName, Yen amount) {
        public Other {
            Objects.requireNonNull(officeNumber, "officeNumber");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Another office's charge after management. */
    public record Allocated(String officeNumber, String officeName, Yen before, Yen after) {
    }

    /** The result (1, 2 or 3), the managing office's own charge after management, the others', and how it was found. */
    public record Allocation(int result, Yen own, List<Allocated> others, Yen total, List<String> trail) {
    }

    /**
     * @param cap     the certificate's monthly cap (利用者負担上限月額)
     * @param ownShare the managing office's 10 % share of its month
     * @param others  the other offices' charges before management, in the order of allocation
     */
    public static Allocation allocate(Yen cap, Yen ownShare, List<Other> others) {
        Yen own = ownShare.min(cap);
        Yen total = others.stream().map(Other::amount).reduce(ownShare.min(cap), Yen::plus);
        List<String> trail = new ArrayList<>();
        trail.add("上限額管理: cap " + cap.value() + "; this office " + ownShare.value() + (ownShare.isGreaterThan(cap) ? " → " + own.value() : "")
                + others.stream().map(o -> " + " + o.officeNumber() + " " + o.amount().value()).reduce("", String::concat) + " = " + total.value());
        List<Allocated> allocated = new ArrayList<>();
        int result;
        if (!own.isLessThan(cap)) {
            result = 1;
            others.forEach(o -> allocated.add(new Allocated(o.officeNumber(), o.officeName(), o.amount(), Yen.ZERO)));
            trail.add("result 1: this office's own charge " + own.value() + " reaches the cap; the others charge 0");
        } else if (!total.isGreaterThan(cap)) {
            result = 2;
            others.forEach(o -> allocated.add(new Allocated(o.officeNumber(), o.officeName(), o.amount(), o.amount())));
            trail.add("result 2: " + total.value() + " ≤ cap " + cap.value() + "; each office keeps its own charge");
        } else {
            result = 3;
            Yen left = cap.minus(own);
            StringBuilder how = new StringBuilder("result 3: " + total.value() + " > cap " + cap.value() + "; this office " + own.value());
            for (Other o : others) {
                Yen after = o.amount().min(left);
                left = left.minus(after);
                allocated.add(new Allocated(o.officeNumber(), o.officeName(), o.amount(), after));
                how.append(", ").append(o.officeNumber()).append(' ').append(after.value());
            }
            trail.add(how.toString());
        }
        return new Allocation(result, own, List.copyOf(allocated), total, List.copyOf(trail));
    }
}
