package jp.tsunagu.claims.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tsunagu.kernel.Yen;
import org.junit.jupiter.api.Test;

/** BL-4 (shared/domain/cases): the cap 9,300 shared out by office A, which manages it, with office B. */
class CapAllocationTest {
    private static final Yen CAP = Yen.of(9_300);

    private static CapAllocation.Allocation bl4(long a, long b) {
        return CapAllocation.allocate(CAP, Yen.of(a), List.of(new CapAllocation.Other("1312000022", "B", Yen.of(b))));
    }

    @Test
    void bl4Result1TheManagingOfficeUsesTheCapUp() {
        var r = bl4(10_500, 1_000);
        assertThat(r.result()).isEqualTo(1);
        assertThat(r.own()).isEqualTo(Yen.of(9_300));
        assertThat(r.others().getFirst().after()).isEqualTo(Yen.ZERO);
    }

    @Test
    void bl4Result2WithinTheCapEachKeepsItsOwn() {
        var r = bl4(4_000, 3_000);
        assertThat(r.result()).isEqualTo(2);
        assertThat(r.own()).isEqualTo(Yen.of(4_000));
        assertThat(r.others().getFirst().after()).isEqualTo(Yen.of(3_000));
        assertThat(r.total()).isEqualTo(Yen.of(7_000));
    }

    @Test
    void bl4Result3OverTheCapTheOtherChargesWhatRemains() {
        var r = bl4(8_000, 3_000);
        assertThat(r.result()).isEqualTo(3);
        assertThat(r.own()).isEqualTo(Yen.of(8_000));
        assertThat(r.others().getFirst().after()).isEqualTo(Yen.of(1_300));
        assertThat(r.trail()).anySatisfy(t -> assertThat(t).contains("result 3", "1312000022 1300"));
    }

    @Test
    void laterOfficesChargeNothingOnceTheCapIsShared() {
        var r = CapAllocation.allocate(CAP, Yen.of(5_000), List.of(new CapAllocation.Other("1312000022", "B", Yen.of(3_000)),
                new CapAllocation.Other("1312000033", "C", Yen.of(2_000)), new CapAllocation.Other("1312000044", "D", Yen.of(500))));
        assertThat(r.result()).isEqualTo(3);
        assertThat(r.others()).extracting(CapAllocation.Allocated::after).containsExactly(Yen.of(3_000), Yen.of(1_300), Yen.ZERO);
    }

    @Test
    void aMonthWithoutOtherOfficesIsWithinTheCapOrUsesItUp() {
        assertThat(CapAllocation.allocate(CAP, Yen.of(2_000), List.of()).result()).isEqualTo(2);
        assertThat(CapAllocation.allocate(CAP, Yen.of(9_300), List.of()).result()).isEqualTo(1);
    }
}
