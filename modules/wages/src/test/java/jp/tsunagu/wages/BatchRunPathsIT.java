package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.wages.events.WagesMonthClosed;
import jp.tsunagu.wages.internal.run.RunService;
import jp.tsunagu.wages.internal.run.BatchClose;
import jp.tsunagu.wages.internal.run.BatchClose.LeftOpen;
import jp.tsunagu.wages.internal.run.BatchClose.LeftOpenBecause;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The monthly run's two paths, given the same inputs, store the same thing: the entity path ({@link RunService#close}:
 * one office through the workspace's and the ledger's services, repositories and entities) and the batch path
 * ({@link BatchClose#closeAll}: every due office of the tenant in hand-written SQL). The same office and month go through
 * the entity path first, in a transaction that is rolled back after its rows are read, then through the batch path,
 * committed; the run, its payments and its audit record are compared column by column (all but ids and times), and so
 * are the events. Offices of their own (made here) in months no other test uses: 2025-08 and 2025-09.
 */
@RecordApplicationEvents
class BatchRunPathsIT extends IntegrationTest {
    private static final YearMonth AUGUST = YearMonth.of(2025, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);
    private static final String HOURLY_220 = """
            {"basis": "HOURLY", "ratePerHour": 220, "restBy": "HOURS", "rounding": "TRUNCATE"}""";

    @Autowired
    RunService runs;

    @Autowired
    BatchClose batchClose;
    @Autowired
    ApplicationEvents events;
    @Autowired
    EntityManager entities;

    /** What a path stored for an office's month: the run, its payments by person, the run's audit record (no ids, no times). */
    private record Stored(Map<String, Object> run, List<Map<String, Object>> payments, Map<String, Object> audit) {
    }

    private Stored stored(UUID office, YearMonth month) {
        Map<String, Object> run = new HashMap<>(jdbc.queryForMap("select * from wages_run where office_id = ? and run_month = ?",
                office, month.atDay(1)));
        Object id = run.remove("id");
        assertThat(run.remove("created_at")).as("a run's creation is its close").isEqualTo(run.remove("closed_at"));
        List<Map<String, Object>> payments = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select * from wages_payment where run_id = ? order by person_id", id)) {
            Map<String, Object> p = new HashMap<>(row);
            p.remove("id");
            p.remove("run_id");
            assertThat(p.remove("created_at")).isNotNull();
            payments.add(p);
        }
        Map<String, Object> audit = new HashMap<>(jdbc.queryForMap("select tenant_id, username, office_id, subject_person_id, action,"
                + " resource, request_id, outcome, purpose, details from audit_record where resource = 'wages_run' and resource_id = ?",
                id.toString()));
        return new Stored(run, payments, audit);
    }

    private long count(String sql, Object... args) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(sql, Long.class, args));
    }

    private UUID office(String name, String... modules) throws Exception {
        return PlatformFixtures.office(mvc, "alpha.admin", name, "TYPE_B", modules);
    }

    private void absent(UUID office, UUID person, UUID group, String date) throws Exception {
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/absence", office).contentType("application/json")
                .content("""
                        {"personId": "%s", "date": "%s", "groupId": "%s", "contact": "8:40 本人より電話 (体調不良)"}"""
                        .formatted(person, date, group)))).andExpect(status().isCreated());
    }

    @Test
    @DisplayName("a month of one office through the entity path and through the batch path: the same run, payments (three users tied at 480 min: the yen the largest remainder leaves goes to the first by id, not by kana; a user with an absence only at 0 yen) and audit record, and the same event; the batch leaves open and reports a shortfall, no rules, a per-piece rule and nobody who worked, skips offices closed already, not closed in the workspace or without the module; a second batch closes nothing")
    void bothPathsStoreTheSame() throws Exception {
        String[] modules = {"planning", "workspace", "wages"};
        UUID paths = office("一括確定 比較作業所", modules);
        payRule(mvc, "alpha.admin", paths, "2025-04", HOURLY_220);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", paths, "B型 一括 (8月)", "TYPE_B");
        List<UUID> tied = new ArrayList<>();
        for (String[] name : new String[][] {{"和田", "ワダ"}, {"伊東", "イトウ"}, {"真鍋", "マナベ"}}) {
            UUID user = typeBUser(mvc, "alpha.admin", paths, name[0], name[1], "2025-04-01", "2026-03-31");
            workedDay(mvc, "alpha.admin", paths, user, group, "2025-08-04", "10:00", "15:00");
            workedDay(mvc, "alpha.admin", paths, user, group, "2025-08-05", "10:00", "15:00");
            tied.add(user);
        }
        UUID shorter = typeBUser(mvc, "alpha.admin", paths, "安西", "アンザイ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", paths, shorter, group, "2025-08-06", "10:00", "14:00");
        UUID away = typeBUser(mvc, "alpha.admin", paths, "不在", "フザイ", "2025-04-01", "2026-03-31");
        absent(paths, away, group, "2025-08-04");
        UUID shop = activity(mvc, "alpha.admin", paths, "受託 (8月)");
        entered(mvc, "alpha.admin", paths, "2025-08", entry(shop, "CONTRACT_INCOME", "R-0801", "2025-08-29", "株式会社ミドリ", 10_000));
        entered(mvc, "alpha.admin", paths, "2025-08", entry(shop, "MATERIALS", "P-0801", "2025-08-08", "山田商店", 1_052));
        // production of employed A型 users kept in the same ledger (marked so in the database: this office offers B型 only)
        // is never part of the pool, by either path
        UUID employed = activity(mvc, "alpha.admin", paths, "A型 受託 (8月)");
        entered(mvc, "alpha.admin", paths, "2025-08", entry(employed, "CONTRACT_INCOME", "R-0802", "2025-08-29", "株式会社アオバ", 5_000));
        assertThat(inTenant(ALPHA, () -> jdbc.update("update production_activity set purpose = 'EMPLOYED_A' where id = ?", employed))).isOne();
        attendanceClosed(mvc, "alpha.admin", paths, "2025-08");

        // left open and reported: a pool too small (220 × 4 h = 880 against 500), no rules, a per-piece rule, nobody who worked
        UUID shortOffice = office("一括確定 原資不足", modules);
        payRule(mvc, "alpha.admin", shortOffice, "2025-04", HOURLY_220);
        UUID shortGroup = WorkspaceFixtures.group(mvc, "alpha.admin", shortOffice, "B型 不足", "TYPE_B");
        UUID shortUser = typeBUser(mvc, "alpha.admin", shortOffice, "不足", "フソク", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", shortOffice, shortUser, shortGroup, "2025-08-04", "10:00", "15:00");
        entered(mvc, "alpha.admin", shortOffice, "2025-08", entry(activity(mvc, "alpha.admin", shortOffice, "直売"), "SALES", "R-1",
                "2025-08-29", "直売所", 500));
        attendanceClosed(mvc, "alpha.admin", shortOffice, "2025-08");
        UUID noRules = office("一括確定 規程なし", modules);
        attendanceClosed(mvc, "alpha.admin", noRules, "2025-08");
        UUID perPiece = office("一括確定 出来高", modules);
        payRule(mvc, "alpha.admin", perPiece, "2025-04", "{\"basis\": \"PIECE\", \"ratePerPiece\": 10}");
        attendanceClosed(mvc, "alpha.admin", perPiece, "2025-08");
        UUID nobody = office("一括確定 就労なし", modules);
        payRule(mvc, "alpha.admin", nobody, "2025-04", HOURLY_220);
        UUID nobodyGroup = WorkspaceFixtures.group(mvc, "alpha.admin", nobody, "B型 欠席", "TYPE_B");
        absent(nobody, typeBUser(mvc, "alpha.admin", nobody, "欠席", "ケッセキ", "2025-04-01", "2026-03-31"), nobodyGroup, "2025-08-04");
        entered(mvc, "alpha.admin", nobody, "2025-08", entry(activity(mvc, "alpha.admin", nobody, "直売"), "SALES", "R-1", "2025-08-29",
                "直売所", 1_000));
        attendanceClosed(mvc, "alpha.admin", nobody, "2025-08");
        // not touched: closed already (by a person, through the API), records not closed, the module off
        UUID closedAlready = office("一括確定 確定済み", modules);
        payRule(mvc, "alpha.admin", closedAlready, "2025-04", HOURLY_220);
        attendanceClosed(mvc, "alpha.admin", closedAlready, "2025-08");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/wages/runs/{m}/close", closedAlready, "2025-08"))).andExpect(status().isOk());
        UUID recordsOpen = office("一括確定 実績未締め", modules);
        payRule(mvc, "alpha.admin", recordsOpen, "2025-04", HOURLY_220);
        UUID moduleOff = office("一括確定 工賃なし", "planning", "workspace");
        attendanceClosed(mvc, "alpha.admin", moduleOff, "2025-08");
        Set<UUID> ours = Set.of(paths, shortOffice, noRules, perPiece, nobody, closedAlready, recordsOpen, moduleOff);

        Stored viaEntities = TenantContext.callAs(ALPHA, () -> tx.execute(status -> {
            status.setRollbackOnly();
            runs.close(new OfficeId(paths), AUGUST, Map.of(), jp.tsunagu.kernel.Yen.ZERO, "alpha.admin");
            entities.flush(); // the rows as the commit would write them
            return stored(paths, AUGUST);
        }));
        assertThat(count("select count(*) from wages_run where office_id = ?", paths)).as("the entity path's run rolled back").isZero();

        BatchClose.MonthClosed batch = TenantContext.callAs(ALPHA, () -> batchClose.closeAll(AUGUST, "alpha.admin"));
        Stored viaBatch = inTenant(ALPHA, () -> stored(paths, AUGUST));
        assertThat(viaBatch).as("the batch path's rows against the entity path's").isEqualTo(viaEntities);

        // what both stored: pool 8,948; base 220 yen/h: 1,760 each for 480 min, 660 for 180 min; the rest 3,008 by minutes
        // leaves one yen among the three tied users (fraction 420/1620 each, 360/1620 for 180 min): to the first by id
        List<UUID> byId = tied.stream().sorted(Comparator.comparing(UUID::toString)).toList();
        Map<Object, Object> totals = new HashMap<>();
        viaBatch.payments().forEach(p -> totals.put(p.get("person_id"), p.get("total")));
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of(byId.get(0), 2_652L, byId.get(1), 2_651L, byId.get(2), 2_651L,
                shorter, 994L, away, 0L));
        assertThat(viaBatch.run()).containsEntry("total_paid", 8_948L).containsEntry("base_total", 5_940L).containsEntry("rest", 3_008L)
                .containsEntry("closed_by", "alpha.admin");
        assertThat((String) viaBatch.run().get("trail")).contains(" HOURLY ", "pool=8948", "closed users=5",
                "totalPaid=8948");
        assertThat(viaBatch.audit()).containsEntry("action", "CREATE").containsEntry("details", "month=2025-08 totalPaid=8948 users=5");
        List<WagesMonthClosed> announced = events.stream(WagesMonthClosed.class).filter(e -> e.officeId().value().equals(paths)).toList();
        assertThat(announced).hasSize(2).containsOnly(new WagesMonthClosed(ALPHA, new OfficeId(paths), AUGUST, Yen.of(8_948)));

        assertThat(batch.month()).isEqualTo(AUGUST);
        assertThat(batch.closed()).filteredOn(r -> ours.contains(r.office().value()))
                .containsExactly(new BatchClose.ClosedRun(new OfficeId(paths), Yen.of(8_948), 5));
        assertThat(batch.leftOpen()).filteredOn(l -> ours.contains(l.office().value())).containsExactlyInAnyOrder(
                new LeftOpen(new OfficeId(shortOffice), LeftOpenBecause.SHORTFALL, Yen.of(380)),
                new LeftOpen(new OfficeId(noRules), LeftOpenBecause.NO_PAY_RULE, null),
                new LeftOpen(new OfficeId(perPiece), LeftOpenBecause.PIECES_NEEDED, null),
                new LeftOpen(new OfficeId(nobody), LeftOpenBecause.NO_WORK, null));
        for (UUID untouched : List.of(shortOffice, noRules, perPiece, nobody, recordsOpen, moduleOff)) {
            assertThat(count("select count(*) from wages_run where office_id = ?", untouched)).isZero();
        }
        assertThat(count("select count(*) from wages_run where office_id = ?", closedAlready)).isOne();
        assertThat(count("select count(*) from audit_record where resource = 'wages_run' and action = 'CREATE' and office_id = ?",
                closedAlready)).isOne();

        // a second batch closes nothing more and still reports what it leaves open
        long runRows = count("select count(*) from wages_run");
        long paymentRows = count("select count(*) from wages_payment");
        BatchClose.MonthClosed again = TenantContext.callAs(ALPHA, () -> batchClose.closeAll(AUGUST, "alpha.admin"));
        assertThat(again.closed()).filteredOn(r -> ours.contains(r.office().value())).isEmpty();
        assertThat(again.leftOpen()).filteredOn(l -> ours.contains(l.office().value())).hasSize(4);
        assertThat(count("select count(*) from wages_run")).isEqualTo(runRows);
        assertThat(count("select count(*) from wages_payment")).isEqualTo(paymentRows);
    }

    @Test
    @DisplayName("a batch and a person's close of the same office at the same time wait for the same lock (held here: neither stores anything until it is released) and store one run, one set of payments and one audit record")
    void batchAndSingleCloseWaitForEachOther() throws Exception {
        UUID office = office("一括確定 同時", "planning", "workspace", "wages");
        payRule(mvc, "alpha.admin", office, "2025-04", HOURLY_220);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "B型 同時", "TYPE_B");
        UUID user = typeBUser(mvc, "alpha.admin", office, "同時", "ドウジ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", office, user, group, "2025-09-01", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2025-09", entry(activity(mvc, "alpha.admin", office, "直売"), "SALES", "R-1", "2025-09-30",
                "直売所", 5_000));
        attendanceClosed(mvc, "alpha.admin", office, "2025-09");

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> inTenant(ALPHA, () -> {
                jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 0))::text", String.class,
                        "wages_run:" + ALPHA.value() + ":" + office + ":" + SEPTEMBER);
                held.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            Future<BatchClose.MonthClosed> batch = threads.submit(() -> TenantContext.callAs(ALPHA, () -> batchClose.closeAll(SEPTEMBER, "system:batch")));
            Future<String> single = threads.submit(() -> mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/wages/runs/{m}/close", office,
                    "2025-09"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            Thread.sleep(1_500);
            assertThat(batch.isDone()).as("the batch waits for the office's lock").isFalse();
            assertThat(single.isDone()).as("the single close waits for the office's lock").isFalse();
            assertThat(count("select count(*) from wages_run where office_id = ?", office)).isZero();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);

            BatchClose.MonthClosed closedByBatch = batch.get(30, TimeUnit.SECONDS);
            String answer = single.get(30, TimeUnit.SECONDS);
            assertThat(JsonPath.<Integer>read(answer, "$.totalPaid")).isEqualTo(5_000);
            boolean batchFirst = closedByBatch.closed().stream().anyMatch(r -> r.office().value().equals(office));
            assertThat(JsonPath.<String>read(answer, "$.closedBy")).isEqualTo(batchFirst ? "system:batch" : "alpha.admin");
        } finally {
            threads.shutdownNow();
        }
        assertThat(count("select count(*) from wages_run where office_id = ?", office)).isOne();
        assertThat(count("select count(*) from wages_payment where office_id = ?", office)).isOne();
        assertThat(count("select count(*) from audit_record where resource = 'wages_run' and action = 'CREATE' and office_id = ?", office)).isOne();
    }
}
