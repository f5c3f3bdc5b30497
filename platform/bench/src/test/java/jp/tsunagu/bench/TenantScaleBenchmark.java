package jp.tsunagu.bench;

import jp.tsunagu.app.EmbeddedDatabase;
import jp.tsunagu.testsupport.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test (its name keeps it out of the test run): the tenant-scale benchmark behind {@code infra/bench.sh}.
 * Loads 10 tenants, measures a tenant-scoped API read ({@code GET /api/v1/offices}, five offices per tenant)
 * over loopback, then grows the same database to 10,000 tenants and measures again. Every request is a
 * different tenant's user with its own token, chosen at random. Prints p50 and p99 of each run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TenantScaleBenchmark {
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 5_000);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tenantsScale() throws Exception {
        load(1, 10);
        double[] small = measure(10);
        load(11, 10_000);
        double[] large = measure(10_000);
        String report = String.format("""
                tenant-scale benchmark: GET /api/v1/offices (5 offices per tenant), %d requests after %d warm-up, loopback
                  10 tenants:     p50 %.2f ms  p99 %.2f ms
                  10,000 tenants: p50 %.2f ms  p99 %.2f ms
                  p50 ratio 10,000 / 10: %.2f (goal <= 1.20)
                """, REQUESTS, WARMUP, small[0], small[1], large[0], large[1], large[0] / small[0]);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/tenant-scale-benchmark.txt"), report);
    }

    private double[] measure(int tenants) throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < WARMUP; i++) {
            call(1 + random.nextInt(tenants));
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            int tenant = 1 + random.nextInt(tenants);
            HttpRequest request = request(tenant);
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200 || !response.body().contains("ベンチ事業所" + tenant + "-5")) {
                throw new AssertionError("tenant " + tenant + ": " + response.statusCode() + " " + response.body());
            }
        }
        Arrays.sort(nanos);
        return new double[] {nanos[REQUESTS / 2] / 1e6, nanos[(int) (REQUESTS * 0.99)] / 1e6};
    }

    private void call(int tenant) throws Exception {
        http.send(request(tenant), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest request(int tenant) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/offices"))
                .header("Authorization", "Bearer " + TestTokens.token("bench-" + tenant)).build();
    }

    /** Tenants {@code from..to}, each with the same rows: 5 offices (B型, 20), one tenant admin. */
    private static void load(int from, int to) throws Exception {
        String id = "format('00000000-0000-4000-8000-%s', lpad(to_hex(g), 12, '0'))::uuid";
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            s.execute("insert into tenant (tenant_id, kind, name, prefecture) select " + id
                    + ", 'CORPORATION', 'ベンチ法人' || g, 'TOKYO' from generate_series(" + from + ", " + to + ") g");
            s.execute("insert into office (tenant_id, id, office_number, name, prefecture, regional_class, created_at, updated_at)"
                    + " select " + id + ", gen_random_uuid(), '131000000' || o, 'ベンチ事業所' || g || '-' || o, 'TOKYO', 'GRADE_1', now(), now()"
                    + " from generate_series(" + from + ", " + to + ") g, generate_series(1, 5) o");
            s.execute("insert into office_service (tenant_id, office_id, service_type, capacity)"
                    + " select tenant_id, id, 'TYPE_B', 20 from office where name like 'ベンチ事業所%'"
                    + " and tenant_id not in (select tenant_id from office_service)");
            s.execute("insert into membership (tenant_id, id, username, all_offices, created_at, updated_at) select " + id
                    + ", gen_random_uuid(), 'bench-' || g, true, now(), now() from generate_series(" + from + ", " + to + ") g");
            s.execute("insert into membership_role (tenant_id, membership_id, role)"
                    + " select tenant_id, id, 'TENANT_ADMIN' from membership where username like 'bench-%'"
                    + " and id not in (select membership_id from membership_role)");
            s.execute("analyze");
        }
    }
}
