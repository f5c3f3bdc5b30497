package jp.tsunagu.wages.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.ActivityYear;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.Figures;
import jp.tsunagu.wages.internal.documents.ProductionSheetView.MonthLine;
import jp.tsunagu.wages.internal.ledger.EntryCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProductionSheetViewTest {
    private static final Map<EntryCategory, Yen> WG2 = ProductionSheetSamples.amounts(700_000, 500_000, 200_000, 50_000, 30_000, 80_000, 20_000);

    @Test
    @DisplayName("WG-2's month: revenue 1,200,000, expenses 380,000, balance 820,000; paying it all leaves 0 and is not flagged")
    void aMonthPaidOut() {
        Figures april = new Figures(WG2, Yen.of(820_000));
        assertThat(april.revenue()).isEqualTo(Yen.of(1_200_000));
        assertThat(april.expenses()).isEqualTo(Yen.of(380_000));
        assertThat(april.productionBalance()).isEqualTo(Yen.of(820_000));
        assertThat(april.difference()).isEqualTo(Yen.ZERO);
        assertThat(april.wagesExceedBalance()).isFalse();
        assertThat(april.reserveSetAside()).isEqualTo(Yen.ZERO);
    }

    @Test
    @DisplayName("工賃 over the balance are flagged, unless the 工賃変動積立金 used covers them; a reserve set aside is not income")
    void wagesOverTheBalance() {
        assertThat(new Figures(WG2, Yen.of(850_000)).wagesExceedBalance()).isTrue();
        assertThat(new Figures(WG2, Yen.of(850_000)).difference()).isEqualTo(Yen.of(-30_000));
        assertThat(new Figures(WG2, Yen.of(850_000), null, Yen.of(30_000)).wagesExceedBalance()).isFalse();
        assertThat(new Figures(WG2, Yen.of(850_000), null, Yen.of(29_999)).wagesExceedBalance()).isTrue();
        Figures setAside = new Figures(WG2, Yen.of(770_000), Yen.of(50_000), null);
        assertThat(setAside.difference()).isEqualTo(Yen.ZERO);
        assertThat(setAside.wagesExceedBalance()).isFalse();
        assertThat(new Figures(Map.of(), Yen.of(1)).wagesExceedBalance()).as("工賃 with no production at all").isTrue();
    }

    @Test
    @DisplayName("the year's total is the months' sum, category by category")
    void total() {
        ProductionSheetView view = ProductionSheetSamples.office();
        Figures year = view.total();
        assertThat(year.amounts()).isEqualTo(ProductionSheetSamples.year());
        assertThat(year.revenue()).isEqualTo(Yen.of(13_050_000));
        assertThat(year.wagesPaid()).isEqualTo(Yen.of(9_300_000));
        assertThat(year.reserveUsed()).isEqualTo(Yen.of(30_000));
        assertThat(year.reserveSetAside()).isEqualTo(Yen.of(50_000));
        assertThat(year.difference()).isEqualTo(Yen.of(-30_000));
    }

    @Test
    @DisplayName("refused: other than the twelve months April to March, activities that do not add up to the months, negative 工賃 paid")
    void refused() {
        List<MonthLine> months = ProductionSheetSamples.months();
        List<ActivityYear> activities = ProductionSheetSamples.office().activities();
        assertThatIllegalArgumentException().isThrownBy(() -> ProductionSheetSamples.view(months.subList(0, 11), activities))
                .withMessageContaining("twelve months");
        List<MonthLine> swapped = new ArrayList<>(months);
        swapped.set(0, months.get(1));
        swapped.set(1, months.get(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ProductionSheetSamples.view(swapped, activities))
                .withMessageContaining("month 1 of FY2025 is 2025-04, not 2025-05");
        assertThatIllegalArgumentException().isThrownBy(() -> ProductionSheetSamples.view(months, activities.subList(0, 1)))
                .withMessageContaining("SALES");
        assertThatIllegalArgumentException().isThrownBy(() -> new Figures(WG2, Yen.of(-1))).withMessageContaining("wagesPaid");
    }

    @Test
    @DisplayName("a correction of a closed month that takes more from a category than the month's entries gave it leaves the category below zero: carried, signed, into revenue and the balance")
    void aCorrectionBelowZero() {
        Figures corrected = new Figures(Map.of(EntryCategory.SALES, Yen.of(-1_000), EntryCategory.MATERIALS, Yen.of(400)), Yen.ZERO);
        assertThat(corrected.revenue()).isEqualTo(Yen.of(-1_000));
        assertThat(corrected.productionBalance()).isEqualTo(Yen.of(-1_400));
        assertThat(new ActivityYear("x", ServiceType.TYPE_B, Map.of(EntryCategory.STAFF, Yen.of(-5))).expenses()).isEqualTo(Yen.of(-5));
    }
}
