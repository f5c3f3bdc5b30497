package jp.tsunagu.workspace;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.api.StaffingQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link StaffingQueries}: a month's 常勤換算 as the staffing report gives it, for the audit pack of claims. */
class StaffingQueriesIT extends IntegrationTest {
    @Autowired
    StaffingQueries queries;

    @Test
    void aMonthsFullTimeEquivalentAndAMonthWithoutStaff() throws Exception {
        String number = "13" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, "alpha.admin", "/api/v1/offices", """
                {"officeNumber": "%s", "name": "職員の作業所", "prefecture": "TOKYO", "regionalClass": "GRADE_6",
                 "services": [{"serviceType": "TYPE_B", "capacity": 20}]}""".formatted(number));
        for (String module : new String[] {"planning", "workspace"}) {
            mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/modules/{m}", office, module))).andExpect(status().isOk());
        }
        UUID staff = created(mvc, "alpha.admin", "/api/v1/offices/{o}/workspace/staff", """
                {"name": "支援 太郎", "kana": "シエン タロウ"}""", office);
        created(mvc, "alpha.admin", "/api/v1/offices/{o}/workspace/staff/{s}/assignments", """
                {"role": "LIFE_SUPPORT_WORKER", "serviceType": "TYPE_B", "hoursPerWeek": 40, "validFrom": "2026-05-01", "validTo": "2026-05-31"}""",
                office, staff);
        OfficeId id = new OfficeId(office);

        StaffingQueries.MonthStaffing may = inTenant(ALPHA, () -> queries.staffing(id, YearMonth.of(2026, 5))).orElseThrow();
        assertThat(may.staffCount()).isEqualTo(1);
        assertThat(may.requirements()).anySatisfy(r -> {
            assertThat(r.serviceType()).isEqualTo(ServiceType.TYPE_B);
            assertThat(r.fte()).isPositive();
            assertThat(r.requiredFte()).isPositive();
        });
        assertThat(inTenant(ALPHA, () -> queries.staffing(id, YearMonth.of(2026, 7))).orElseThrow().staffCount()).as("nobody recorded").isZero();
        assertThat(inTenant(ALPHA, () -> queries.staffing(id, YearMonth.of(2020, 1)))).as("before the rule tables").isEmpty();
        assertThat(inTenant(BETA, () -> queries.staffing(id, YearMonth.of(2026, 5)))).as("another tenant's office").isEmpty();
    }
}
