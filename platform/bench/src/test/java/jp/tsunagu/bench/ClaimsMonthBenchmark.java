package jp.tsunagu.bench;

import static jp.tsunagu.bench.ProcessFigures.counts;
import static jp.tsunagu.bench.ProcessFigures.statementsReset;
import static jp.tsunagu.bench.ProcessFigures.statements;
import static jp.tsunagu.bench.ProcessFigures.resetHeapPeaks;
import static jp.tsunagu.bench.ProcessFigures.databaseCpuNanos;
import static jp.tsunagu.bench.ProcessFigures.gc;
import static jp.tsunagu.bench.ProcessFigures.heapPeakMb;
import static jp.tsunagu.bench.ProcessFigures.jvmCpuNanos;
import static jp.tsunagu.bench.ProcessFigures.load;
import static jp.tsunagu.bench.ProcessFigures.met;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.app.EmbeddedDatabase;
import jp.tsunagu.app.ProvisionCommand;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.rules.national.TypeBServiceCodes;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test (its name keeps it out of the test run): the month's claim (国保連請求) of a corporation behind
 * {@code infra/bench.sh claims} (issue #24 point 9: 40 B型 offices and 1,200 users; the month's checks and claim for all
 * of them ≤ 10 s, on two cores).
 *
 * <p>Seeds a tenant of its own (社会福祉法人 つなぐ福祉会, Tokyo) provisioned from a generated manifest: 40 B型 offices of
 * capacity 20 in a 6級地 with planning, workspace and claims on, and a tenant admin; through the API per office a B型 work
 * group, a claim profile (体制届: staffing Ⅱ, capacity 20, 工賃 tier T7, from June 2026 in the revision's scope, 処遇改善
 * (Ⅰ)イ, before (Ⅰ)) and the additions 送迎加算 (Ⅰ) and 食事提供体制加算 accepted in time for the warm-up month; one B型 user
 * as a user would make them (person, certificate with a B型 decision of 原則の日数, usage contract, one day checked in and
 * out with transport both ways and a meal); then, in SQL as the superuser, that user copied to 1,200 (30 per office;
 * every row as the API wrote it, through jsonb, with new ids, names and certificate numbers), each with 20 weekdays of
 * records in two months (the one measured and the one before, for the warm-up): one in five absent on two of them with
 * the office's response (欠席時対応), one in ten absent on a third with a contact only (not claimed); one in three driven
 * both ways, one in three one way; a meal on the days present for three in four; both months' records closed at every
 * office. Then {@code VACUUM ANALYZE}.
 *
 * <p>Warm-up (the JIT settles, not measured): the month before checked and previewed twice, closed and its claim file
 * written, at every office. Measured, over loopback HTTP with the admin's bearer token, for the 40 offices one after
 * another:
 * <ol>
 *   <li>the checks: {@code GET /api/v1/offices/{o}/claims/months/{month}/checks?serviceType=TYPE_B} (reported);</li>
 *   <li>the preview: {@code GET .../claims/months/{month}?serviceType=TYPE_B} (reported);</li>
 *   <li>the close: {@code POST .../claims/months/{month}/close?serviceType=TYPE_B}, which runs the checks, computes every
 *   person's claim and keeps it (goal ≤ 10 s for all);</li>
 *   <li>the claim file: {@code GET .../claims/months/{month}/claim.csv?serviceType=TYPE_B} (reported).</li>
 * </ol>
 * Checks that 40 claims were kept, each of 30 persons, the benefit the cost less the charge for every claim and every
 * person, the units of each office what its seeded days imply (base × days present + 欠席時対応 + 送迎 + 食事 for each
 * person, 処遇改善 on top), the close's answers what was kept, and every claim file CP932 starting with the control
 * record. Prints wall times, per-office median and max, CPU of this JVM and of PostgreSQL, collections and heap, the
 * load average; writes them to {@code target/claims-month.txt}; fails when a check fails or the goal is missed.
 *
 * <p>{@code -Dtsunagu.db.track-statements=true}: each phase's statements by time in the server;
 * {@code -Dbench.jfr=/tmp/claims}: a flight recording of the close ({@code /tmp/claims-close.jfr}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tsunagu.rate-limit.enabled=false")
@ActiveProfiles("test")
class ClaimsMonthBenchmark {
    private static final String TENANT = "0f000000-0000-4000-8000-00000000000f";
    private static final String ADMIN = "tsunagu.claims";
    private static final int OFFICES = 40;
    private static final int PER_OFFICE = 30;
    private static final int PERSONS = OFFICES * PER_OFFICE;
    /** The capacity filed and provisioned: 20, so that the B型 (Ⅱ) ≤20 T7 base code exists (462073). */
    private static final int CAPACITY = 20;
    private static final int DAYS = 20;
    private static final double GOAL_SECONDS = 10;
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The month measured: last month, as an office claims it; the month before for the warm-up. */
    private static final YearMonth MONTH = YearMonth.now(TOKYO).minusMonths(1);
    private static final YearMonth WARMUP = MONTH.minusMonths(1);
    private static final YearMonth REVISION = YearMonth.of(2026, 6);
    private static final LocalDate START = WARMUP.minusMonths(5).atDay(1);
    private static final String Q = "?serviceType=TYPE_B";
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木"};
    private static final String[] FAMILY_KANA = {"サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ヤマモト", "ナカムラ", "コバヤシ",
            "カトウ", "ヨシダ", "ヤマダ", "ササキ"};
    private static final String[] GIVEN = {"太郎", "花子", "翔", "陽菜", "大輔", "美咲", "健", "結衣", "蓮", "葵", "悠真"};
    private static final String[] GIVEN_KANA = {"タロウ", "ハナコ", "ショウ", "ヒナ", "ダイスケ", "ミサキ", "ケン", "ユイ", "レン", "アオイ", "ユウマ"};

    @LocalServerPort
    int port;
    @Autowired
    ProvisionCommand provision;
    @Autowired
    Rules rules;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void claimsMonth() throws Exception {
        long seedStart = System.nanoTime();
        List<UUID> offices = seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        String t = "tenant_id = '" + TENANT + "'";
        String inMonth = "service_date between '" + MONTH.atDay(1) + "' and '" + MONTH.atEndOfMonth() + "'";
        long[] seeded = counts("select count(*) from office where " + t,
                "select count(*) from usage_contract where " + t,
                "select count(*) from service_record where " + t + " and " + inMonth,
                "select count(*) from service_record where " + t + " and " + inMonth + " and status = 'PRESENT'",
                "select count(*) from service_record where " + t + " and " + inMonth + " and status = 'ABSENT' and absence_response is not null",
                "select count(*) from service_record where " + t + " and " + inMonth + " and status = 'ABSENT' and absence_response is null",
                "select coalesce(sum(transport_to::int + transport_from::int), 0) from service_record where " + t + " and " + inMonth,
                "select count(*) from service_record where " + t + " and " + inMonth + " and meal");

        // warm-up on the month before: checked and previewed twice, closed, its claim file written, at every office
        long warmStart = System.nanoTime();
        String token = TestTokens.token(ADMIN);
        for (int i = 0; i < 2; i++) {
            for (UUID office : offices) {
                send(token, "GET", claims(office, WARMUP) + "/checks" + Q, 200);
                send(token, "GET", claims(office, WARMUP) + Q, 200);
            }
        }
        for (UUID office : offices) {
            send(token, "POST", claims(office, WARMUP) + "/close" + Q, 200);
        }
        for (UUID office : offices) {
            send(token, "GET", claims(office, WARMUP) + "/claim.csv" + Q, 200);
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;

        token = TestTokens.token(ADMIN);
        send(token, "GET", "/api/v1/me", 200); // the token verified before the clock starts
        Thread.sleep(2_000);
        double loadBefore = load();

        // the checks and the preview of every office, before the close (reported, not goals)
        List<String> checkAnswers = new ArrayList<>();
        Measured checks = measure(token, "GET", offices, o -> claims(o, MONTH) + "/checks" + Q, checkAnswers, "checks");
        List<String> previewAnswers = new ArrayList<>();
        Measured preview = measure(token, "GET", offices, o -> claims(o, MONTH) + Q, previewAnswers, "preview");

        // the close: the month's checks and claim for every office, one after another (the goal)
        Thread.sleep(2_000);
        double loadBeforeClose = load();
        jdk.jfr.Recording recording = null;
        if (System.getProperty("bench.jfr", "").length() > 0) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
            Thread.sleep(2_000); // starting a recording redefines classes in a safepoint: not in the measured phase
        }
        List<String> closeAnswers = new ArrayList<>();
        Measured close = measure(token, "POST", offices, o -> claims(o, MONTH) + "/close" + Q, closeAnswers, "close");
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(System.getProperty("bench.jfr") + "-close.jfr"));
            recording.close();
        }

        // the claim file of every office, after the close (reported)
        Thread.sleep(2_000);
        List<byte[]> files = new ArrayList<>();
        Measured file = measureBytes(token, offices, o -> claims(o, MONTH) + "/claim.csv" + Q, files, "claim file");
        double loadAfter = load();

        // checks of what was answered and kept
        long checkPersons = checkAnswers.stream().mapToLong(a -> ((Number) JsonPath.read(a, "$.persons")).longValue()).sum();
        long checkErrors = checkAnswers.stream().mapToLong(a -> JsonPath.<List<?>>read(a, "$.findings[?(@.severity == 'ERROR')]").size()).sum();
        long checkWarnings = checkAnswers.stream().mapToLong(a -> JsonPath.<List<?>>read(a, "$.findings[?(@.severity == 'WARNING')]").size()).sum();
        long previewPersons = previewAnswers.stream().mapToLong(a -> JsonPath.<List<?>>read(a, "$.persons").size()).sum();
        long previewUnits = previewAnswers.stream().mapToLong(a -> ((Number) JsonPath.read(a, "$.units")).longValue()).sum();
        long closedNow = closeAnswers.stream().filter(a -> JsonPath.<Boolean>read(a, "$.closedNow")).count();
        long closePersons = closeAnswers.stream().mapToLong(a -> ((Number) JsonPath.read(a, "$.persons")).longValue()).sum();
        long closeUnits = closeAnswers.stream().mapToLong(a -> ((Number) JsonPath.read(a, "$.units")).longValue()).sum();
        long closeBenefit = closeAnswers.stream().mapToLong(a -> ((Number) JsonPath.read(a, "$.benefit")).longValue()).sum();
        long fileBytes = files.stream().mapToLong(b -> b.length).sum();
        Charset cp932 = Charset.forName("windows-31j");
        long filesWithControl = files.stream().filter(b -> decodes(cp932, b) && new String(b, cp932).startsWith("1,1,0,")).count();
        String firstFile = new String(files.getFirst(), cp932);
        long fileLines = firstFile.split("\r\n").length;

        Expected expected = expected();
        String month = "'" + MONTH.atDay(1) + "'";
        String perPerson = "(select sum(x.units) from (select p.office_id, p.person_id,"
                + "   p.pre + round(p.pre * " + expected.ratePerMille + " / 1000.0) as units from (select office_id, person_id,"
                + "   " + expected.base + " * count(*) filter (where status = 'PRESENT')"
                + "   + " + expected.absence + " * least(count(*) filter (where status = 'ABSENT' and absence_response is not null), "
                + expected.maxAbsences + ")"
                + "   + " + expected.transport + " * coalesce(sum(case when status = 'PRESENT' then transport_to::int + transport_from::int end), 0)"
                + "   + " + expected.meal + " * count(*) filter (where status = 'PRESENT' and meal) as pre"
                + "   from service_record r where r.tenant_id = m.tenant_id and r.office_id = m.office_id and r.service_type = 'TYPE_B'"
                + "   and r." + inMonth + " group by office_id, person_id) p) x)";
        String yen = "case jsonb_typeof(c -> '%1$s') when 'object' then (c -> '%1$s' ->> 'value')::bigint else (c ->> '%1$s')::bigint end";
        long[] written = counts(
                "select count(*) from claim_month where " + t + " and month = " + month + " and service_type = 'TYPE_B'",
                "select count(*) from claim_month where " + t + " and month = " + month + " and persons = " + PER_OFFICE,
                "select coalesce(sum(persons), 0) from claim_month where " + t + " and month = " + month,
                "select count(*) from claim_month where " + t + " and month = " + month + " and units > 0 and benefit = cost - charge",
                // each office's units what its seeded days imply, person by person
                "select count(*) from claim_month m where " + t + " and month = " + month + " and units = " + perPerson,
                // every person's claim kept: the benefit the cost less the charge
                "select count(*) from claim_month m, jsonb_array_elements(m.content -> 'persons') e, lateral (select e -> 'claim' as c) k"
                        + " where m." + t + " and m.month = " + month + " and k.c is not null and k.c <> 'null'::jsonb and (k.c ->> 'units')::bigint > 0"
                        + " and " + yen.formatted("benefit") + " = " + yen.formatted("cost") + " - " + yen.formatted("charge"),
                "select coalesce(sum(units), 0) from claim_month where " + t + " and month = " + month,
                "select coalesce(sum(cost), 0) from claim_month where " + t + " and month = " + month,
                "select coalesce(sum(charge), 0) from claim_month where " + t + " and month = " + month,
                "select coalesce(sum(benefit), 0) from claim_month where " + t + " and month = " + month,
                "select count(*) from claim_month where " + t + " and month = '" + WARMUP.atDay(1) + "' and persons = " + PER_OFFICE);
        boolean consistent = written[0] == OFFICES && written[1] == OFFICES && written[2] == PERSONS && written[3] == OFFICES
                && written[4] == OFFICES && written[5] == PERSONS && written[10] == OFFICES
                && checkPersons == PERSONS && checkErrors == 0 && previewPersons == PERSONS && previewUnits == written[6]
                && closedNow == OFFICES && closePersons == PERSONS && closeUnits == written[6] && closeBenefit == written[9]
                && filesWithControl == OFFICES;
        boolean closeMet = close.seconds <= GOAL_SECONDS;
        String report = String.format("""
                claims month benchmark: %s checked, claimed and filed for a corporation of %d B型 offices and %,d users; %d cores, heap at most %d MB
                  seeded in %.0f s (offices provisioned; groups, claim profiles, additions and one user through the API, the rest copied in SQL):
                  %d offices (capacity %d, 6級地; B型 (Ⅱ) T7 %s, 処遇改善 %s, 送迎 (Ⅰ) and 食事提供 accepted), %,d usage contracts,
                  %,d records in the month: %,d days present, %,d absences with a response, %,d without; %,d one-way trips, %,d meals
                  warm-up: the month before checked and previewed twice, closed and its claim file written at every office: %.1f s
                  for the %d offices one after another, over loopback HTTP (?serviceType=TYPE_B):
                  checks   GET  .../claims/months/%s/checks     %.2f s  (an office: median %.0f ms, max %.0f ms)
                           CPU %.1f s in this JVM, %.1f s in PostgreSQL; %d collections, %d ms; heap peak %d MB
                  preview  GET  .../claims/months/%s            %.2f s  (an office: median %.0f ms, max %.0f ms)
                           CPU %.1f s in this JVM, %.1f s in PostgreSQL; %d collections, %d ms; heap peak %d MB
                  close    POST .../claims/months/%s/close      %.2f s  goal <= %.0f s: %s  (an office: median %.0f ms, max %.0f ms)
                           CPU %.1f s in this JVM, %.1f s in PostgreSQL; %d collections, %d ms; heap peak %d MB
                  file     GET  .../claims/months/%s/claim.csv  %.2f s  (an office: median %.0f ms, max %.0f ms); %,d kB in all
                           CPU %.1f s in this JVM, %.1f s in PostgreSQL; %d collections, %d ms; heap peak %d MB
                  checks: the checks %,d persons, %d errors, %d warnings; the preview %,d persons, %,d units; %d closed now, %,d persons;
                  %d claims kept (%d of %d persons each, %,d persons in all; %d with units and benefit = cost - charge; %d with the
                  units the seeded days imply), %,d persons' claims with benefit = cost - charge; units %,d, cost %,d yen, charge %,d yen,
                  benefit %,d yen; %d claim files CP932 from the control record 1,1,0, (the first %,d lines); the warm-up month %d claims: %s
                  load average (1 min) before the checks / before the close / after the files: %.2f / %.2f / %.2f
                %s%s%s%s""",
                MONTH, OFFICES, PERSONS, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                seedSeconds, seeded[0], CAPACITY, expected.baseCode, payImprovement(MONTH), seeded[1], seeded[2], seeded[3], seeded[4],
                seeded[5], seeded[6], seeded[7], warmSeconds, OFFICES,
                MONTH, checks.seconds, checks.median(), checks.max(), checks.jvmCpu, checks.databaseCpu, checks.collections,
                checks.collectionMs, checks.heap,
                MONTH, preview.seconds, preview.median(), preview.max(), preview.jvmCpu, preview.databaseCpu, preview.collections,
                preview.collectionMs, preview.heap,
                MONTH, close.seconds, GOAL_SECONDS, met(closeMet), close.median(), close.max(), close.jvmCpu, close.databaseCpu,
                close.collections, close.collectionMs, close.heap,
                MONTH, file.seconds, file.median(), file.max(), fileBytes / 1024, file.jvmCpu, file.databaseCpu, file.collections,
                file.collectionMs, file.heap,
                checkPersons, checkErrors, checkWarnings, previewPersons, previewUnits, closedNow, closePersons,
                written[0], written[1], OFFICES, written[2], written[3], written[4], written[5], written[6], written[7], written[8], written[9],
                filesWithControl, fileLines, written[10], consistent ? "met" : "FAILED", loadBefore, loadBeforeClose, loadAfter,
                checks.statements, preview.statements, close.statements, file.statements);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/claims-month.txt"), report);
        if (!consistent) {
            throw new AssertionError("the claims kept or the files are not what the seed implies:\n" + report + "\nfirst check: "
                    + checkAnswers.getFirst() + "\nfirst close: " + closeAnswers.getFirst() + "\nfirst file:\n"
                    + firstFile.substring(0, Math.min(firstFile.length(), 2_000)));
        }
        if (!closeMet) {
            throw new AssertionError("claims month: the goal was missed (see target/claims-month.txt)");
        }
    }

    /** Whether {@code bytes} are all valid in {@code charset} (nothing replaced). */
    private static boolean decodes(Charset charset, byte[] bytes) {
        try {
            charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException bad) {
            return false;
        }
    }

    private static String claims(UUID office, YearMonth month) {
        return "/api/v1/offices/" + office + "/claims/months/" + month;
    }

    /** The 処遇改善加算 class filed for a month: (Ⅰ)イ from the June 2026 revision, (Ⅰ) before. */
    private static String payImprovement(YearMonth month) {
        return month.isBefore(REVISION) ? "I" : "I_A";
    }

    /** The figures of the month's rule tables the expected units are computed from. */
    private record Expected(String baseCode, int base, int absence, int maxAbsences, int transport, int meal, int ratePerMille) {
    }

    private Expected expected() {
        return TenantContext.callAs(TenantId.of(TENANT), () -> {
            TypeBServiceCodes codes = new TypeBServiceCodes(rules.on(MONTH.atDay(1)));
            var base = codes.base(MONTH.isBefore(REVISION) ? TypeBBaseUnits.Variant.STANDARD : TypeBBaseUnits.Variant.IN_SCOPE, "II",
                    "UP_TO_20", "T7");
            var absence = codes.addition("ABSENCE_RESPONSE");
            return new Expected(codes.code(base), codes.units(base), codes.units(absence), absence.integer("maxPerMonth"),
                    codes.units(codes.addition("TRANSPORT_I")), codes.units(codes.addition("MEAL_PROVISION")),
                    codes.ratePerMille(codes.payImprovement(payImprovement(MONTH))));
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Seeding

    /** The offices by number, seeded as the class comment says. */
    private List<UUID> seed() throws Exception {
        Path dir = Files.createTempDirectory("claims-manifest");
        Path manifest = Files.writeString(dir.resolve("claims.yaml"), manifest());
        try {
            provision.apply(dir);
        } finally {
            Files.deleteIfExists(manifest);
            Files.deleteIfExists(dir);
        }
        List<UUID> offices = new ArrayList<>();
        try (Connection c = EmbeddedDatabase.start(null).superuser();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from office where tenant_id = '" + TENANT + "' order by office_number")) {
            while (rs.next()) {
                offices.add(rs.getObject(1, UUID.class));
            }
        }
        if (offices.size() != OFFICES) {
            throw new AssertionError("provisioned " + offices.size() + " offices, not " + OFFICES);
        }
        String token = TestTokens.token(ADMIN);
        // the profile in force from the warm-up month (and, when the revision falls between the two months, a version from it)
        List<YearMonth> profileMonths = new ArrayList<>(List.of(WARMUP));
        if (WARMUP.isBefore(REVISION) && !MONTH.isBefore(REVISION)) {
            profileMonths.add(MONTH);
        }
        LocalDate accepted = WARMUP.minusMonths(1).atDay(10); // by the 15th: counts from the next month, the warm-up's
        List<UUID> groups = new ArrayList<>();
        for (UUID office : offices) {
            String o = "/api/v1/offices/" + office;
            groups.add(UUID.fromString(JsonPath.read(send(token, "POST", o + "/workspace/groups",
                    "{\"name\": \"B型 軽作業\", \"kind\": \"TYPE_B\"}", 201).text(), "$.id")));
            for (YearMonth from : profileMonths) {
                send(token, "POST", o + "/claims/profiles", """
                        {"serviceType": "TYPE_B", "effectiveMonth": "%s", "staffing": "II", "capacity": %d, "kouchinTier": "T7",
                         %s "payImprovement": "%s"}""".formatted(from, CAPACITY,
                        from.isBefore(REVISION) ? "" : "\"revisionStatus\": \"IN_SCOPE\",", payImprovement(from)), 201);
            }
            for (String addition : new String[] {"TRANSPORT_I", "MEAL_PROVISION"}) {
                send(token, "POST", o + "/claims/profiles/additions", """
                        {"serviceType": "TYPE_B", "addition": "%s", "acceptedOn": "%s"}""".formatted(addition, accepted), 201);
            }
        }

        // one B型 user as the API writes them (PlanningFixtures.servedPerson, over HTTP)
        String o = "/api/v1/offices/" + offices.getFirst();
        LocalDate end = START.plusYears(1).minusDays(1);
        UUID person = id(send(token, "POST", o + "/persons", PlanningFixtures.person("佐藤", "太郎", "サトウ", "タロウ"), 201));
        UUID certificate = id(send(token, "POST", o + "/persons/" + person + "/certificates", PlanningFixtures.certificate("1300000000",
                START.toString(), end.toString(), PlanningFixtures.standardDays("TYPE_B", START.toString(), end.toString())), 201));
        send(token, "POST", o + "/persons/" + person + "/contracts", PlanningFixtures.contract(certificate, "TYPE_B", START.toString(), null, 20), 201);
        LocalDate day = WARMUP.atDay(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        send(token, "POST", o + "/workspace/attendance/check-in", """
                {"personId": "%s", "date": "%s", "time": "09:30", "groupId": "%s"}""".formatted(person, day, groups.getFirst()), 201);
        send(token, "POST", o + "/workspace/attendance/check-out", """
                {"personId": "%s", "date": "%s", "time": "15:30", "breakMinutes": 60, "transportTo": true, "transportFrom": true,
                 "meal": true}""".formatted(person, day), 200);
        copy(person, days(WARMUP), days(MONTH));
        return offices;
    }

    /** The month's first {@link #DAYS} weekdays. */
    private static List<LocalDate> days(YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()) && days.size() < DAYS; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * The user made through the API copied to {@link #PERSONS} (the template is number 0), {@link #PER_OFFICE} per office in
     * the offices' order, every row through jsonb with new ids, names and certificate numbers; the records of both months
     * made from the template's one record; both months closed at every office. As the superuser with triggers off (the
     * closed-month trigger).
     */
    private static void copy(UUID template, List<LocalDate> warmupDays, List<LocalDate> monthDays) throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set session_replication_role = replica");
            String tpl = "'" + template + "'";
            s.execute("create temporary table b_person on commit drop as"
                    + " select g, case when g = 0 then " + tpl + "::uuid else gen_random_uuid() end as person_id,"
                    + " gen_random_uuid() as certificate_id, gen_random_uuid() as decision_id, gen_random_uuid() as contract_id,"
                    + " o.id as office_id, w.id as group_id"
                    + " from generate_series(0, " + (PERSONS - 1) + ") g"
                    + " join (select id, row_number() over (order by office_number) - 1 as k from office where tenant_id = '" + TENANT
                    + "') o on o.k = g / " + PER_OFFICE
                    + " join work_group w on w.tenant_id = '" + TENANT + "' and w.office_id = o.id");
            s.execute("create temporary table b_tpl on commit drop as select"
                    + " (select to_jsonb(r) from service_record r where r.person_id = " + tpl + ") as record");
            s.execute("delete from service_record where person_id = " + tpl);
            String family = "(array[" + quoted(FAMILY) + "])[m.g % " + FAMILY.length + " + 1]";
            String familyKana = "(array[" + quoted(FAMILY_KANA) + "])[m.g % " + FAMILY_KANA.length + " + 1]";
            String given = "(array[" + quoted(GIVEN) + "])[(m.g / " + FAMILY.length + ") % " + GIVEN.length + " + 1]";
            String givenKana = "(array[" + quoted(GIVEN_KANA) + "])[(m.g / " + FAMILY.length + ") % " + GIVEN_KANA.length + " + 1]";
            s.execute("insert into person select (jsonb_populate_record(null::person, to_jsonb(t) || jsonb_build_object("
                    + "'id', m.person_id, 'family_name', " + family + ", 'family_name_kana', " + familyKana + ", 'given_name', " + given
                    + ", 'given_name_kana', " + givenKana + ", 'birth_date', date '1960-01-01' + m.g * 13))).*"
                    + " from person t, b_person m where t.id = " + tpl + " and m.g > 0");
            s.execute("insert into person_office select (jsonb_populate_record(null::person_office, to_jsonb(t) || jsonb_build_object("
                    + "'id', gen_random_uuid(), 'person_id', m.person_id, 'office_id', m.office_id))).*"
                    + " from person_office t, b_person m where t.person_id = " + tpl + " and m.g > 0");
            s.execute("insert into recipient_certificate select (jsonb_populate_record(null::recipient_certificate, to_jsonb(t)"
                    + " || jsonb_build_object('id', m.certificate_id, 'person_id', m.person_id,"
                    + " 'certificate_number', '13' || lpad(m.g::text, 8, '0')))).*"
                    + " from recipient_certificate t, b_person m where t.person_id = " + tpl + " and m.g > 0");
            s.execute("insert into benefit_decision select (jsonb_populate_record(null::benefit_decision, to_jsonb(d)"
                    + " || jsonb_build_object('id', m.decision_id, 'certificate_id', m.certificate_id))).*"
                    + " from benefit_decision d join recipient_certificate t on t.id = d.certificate_id, b_person m"
                    + " where t.person_id = " + tpl + " and m.g > 0");
            s.execute("insert into usage_contract select (jsonb_populate_record(null::usage_contract, to_jsonb(t)"
                    + " || jsonb_build_object('id', m.contract_id, 'person_id', m.person_id, 'office_id', m.office_id,"
                    + " 'certificate_id', m.certificate_id))).* from usage_contract t, b_person m where t.person_id = " + tpl
                    + " and m.g > 0");
            s.execute("create temporary table b_day (k int, day date) on commit drop");
            try (PreparedStatement ps = c.prepareStatement("insert into b_day values (?, ?)")) {
                for (List<LocalDate> days : List.of(warmupDays, monthDays)) {
                    for (int k = 0; k < days.size(); k++) {
                        ps.setInt(1, k);
                        ps.setObject(2, days.get(k));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            // each weekday as the template's day, but: one in five absent on two days with the office's response (欠席時対応),
            // one in ten absent on a third with a contact only; transport both ways for one in three, one way for one in three;
            // a meal on the days present for three in four
            s.execute("""
                    insert into service_record select (jsonb_populate_record(null::service_record, b.record || jsonb_build_object(
                        'id', gen_random_uuid(), 'person_id', m.person_id, 'office_id', m.office_id, 'group_id', m.group_id,
                        'service_date', d.day,
                        'transport_to', m.g % 3 < 2, 'transport_from', m.g % 3 = 0, 'meal', m.g % 4 <> 3)
                        || case when x.absent then jsonb_build_object('status', 'ABSENT', 'check_in', null, 'check_out', null,
                               'rounded_start', null, 'rounded_end', null, 'minutes', null, 'break_minutes', 0, 'transport_to', false,
                               'transport_from', false, 'meal', false, 'off_site', null, 'off_site_place', null,
                               'absence_contact', '8:40 本人より電話 (体調不良)',
                               'absence_response', case when x.responded then '体調を確認し、通院を勧めた。翌日の送迎を調整' end)
                           else '{}'::jsonb end)).*
                      from b_tpl b, b_person m, b_day d,
                      lateral (select (m.g % 5 = 1 and d.k in (4, 15)) or (m.g % 10 = 3 and d.k = 9) as absent,
                                      m.g % 5 = 1 and d.k in (4, 15) as responded) x
                    """);
            s.execute("insert into attendance_month (tenant_id, id, office_id, month, closed_at, closed_by)"
                    + " select tenant_id, gen_random_uuid(), id, m.month, now(), 'bench' from office,"
                    + " (values ('" + WARMUP.atDay(1) + "'::date), ('" + MONTH.atDay(1) + "'::date)) m(month) where tenant_id = '" + TENANT + "'");
            c.commit();
            c.setAutoCommit(true);
            s.execute("vacuum analyze person, person_office, recipient_certificate, benefit_decision, usage_contract, service_record,"
                    + " attendance_month, claim_profile, claim_addition, claim_month");
            s.execute("checkpoint");
        }
    }

    private static String quoted(String[] values) {
        return Arrays.stream(values).map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    private static String manifest() {
        StringBuilder m = new StringBuilder("""
                tenant:
                  id: %s
                  kind: CORPORATION
                  name: 社会福祉法人 つなぐ福祉会
                  prefecture: TOKYO
                offices:
                """.formatted(TENANT));
        for (int i = 0; i < OFFICES; i++) {
            m.append("""
                      - number: "%s"
                        name: つなぐ作業所 第%d
                        prefecture: TOKYO
                        regionalClass: GRADE_6
                        services:
                          TYPE_B: %d
                        modules: [planning, workspace, claims]
                    """.formatted("132%07d".formatted(i + 1), i + 1, CAPACITY));
        }
        m.append("""
                users:
                  - username: %s
                    email: claims.admin@example.jp
                    firstName: 請子
                    lastName: 繋
                    allOffices: true
                    roles: [TENANT_ADMIN]
                """.formatted(ADMIN));
        return m.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // HTTP and measuring

    private record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static UUID id(Answer answer) {
        return UUID.fromString(JsonPath.read(answer.text(), "$.id"));
    }

    private Answer send(String token, String method, String path, int expected) throws Exception {
        return send(token, method, path, null, expected);
    }

    private Answer send(String token, String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "ja")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        Answer answer = new Answer(r.statusCode(), r.body());
        if (r.statusCode() != expected) {
            throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + answer.text());
        }
        return answer;
    }

    private interface PathOf {
        String of(UUID office);
    }

    /** One request per office, one after another, as a measured phase; the answers (JSON) kept for the checks. */
    private Measured measure(String token, String method, List<UUID> offices, PathOf path, List<String> answers, String name) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        Measured m = measureBytes(token, method, offices, path, bodies, name);
        bodies.forEach(b -> answers.add(new String(b, StandardCharsets.UTF_8)));
        return m;
    }

    private Measured measureBytes(String token, List<UUID> offices, PathOf path, List<byte[]> bodies, String name) throws Exception {
        return measureBytes(token, "GET", offices, path, bodies, name);
    }

    private Measured measureBytes(String token, String method, List<UUID> offices, PathOf path, List<byte[]> bodies, String name)
            throws Exception {
        statementsReset();
        resetHeapPeaks();
        Measured m = new Measured(offices.size());
        m.start();
        for (int i = 0; i < offices.size(); i++) {
            long t = System.nanoTime();
            bodies.add(send(token, method, path.of(offices.get(i)), 200).body());
            m.perOffice[i] = (System.nanoTime() - t) / 1e6;
        }
        m.stop();
        m.heap = heapPeakMb();
        m.statements = statements(name);
        return m;
    }

    /** A measured phase: wall time, each office's time, CPU of this JVM and of PostgreSQL, collections, heap, statements. */
    private static final class Measured {
        private long start;
        private long jvm0;
        private long db0;
        private long[] gc0;
        final double[] perOffice;
        double seconds;
        double jvmCpu;
        double databaseCpu;
        long collections;
        long collectionMs;
        long heap;
        String statements = "";

        Measured(int offices) {
            perOffice = new double[offices];
        }

        void start() {
            gc0 = gc();
            jvm0 = jvmCpuNanos();
            db0 = databaseCpuNanos();
            start = System.nanoTime();
        }

        void stop() {
            seconds = (System.nanoTime() - start) / 1e9;
            jvmCpu = (jvmCpuNanos() - jvm0) / 1e9;
            databaseCpu = (databaseCpuNanos() - db0) / 1e9;
            long[] gc1 = gc();
            collections = gc1[0] - gc0[0];
            collectionMs = gc1[1] - gc0[1];
        }

        double median() {
            double[] sorted = perOffice.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        double max() {
            return Arrays.stream(perOffice).max().orElse(0);
        }
    }
}
