package jp.tsunagu.bench;

import jp.tsunagu.app.ProvisionCommand;
import jp.tsunagu.testsupport.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test (its name keeps it out of the test run): the load command behind {@code infra/load.sh}. Tenant
 * B's user reads {@code GET /api/v1/offices} at a steady pace, first alone, then while tenant A floods the
 * same endpoint from several threads as fast as it can. Shows A's 200/429 counts and B's latency in both
 * phases; B must get no 429. Bounded: a fixed number of B requests per phase, loopback only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tsunagu.rate-limit.per-second=100", "tsunagu.rate-limit.burst=100"})
@ActiveProfiles("test")
class TenantFloodBenchmark {
    private static final int B_REQUESTS = Integer.getInteger("load.requests", 2_000);
    private static final int FLOOD_THREADS = Integer.getInteger("load.threads", 3);

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    ProvisionCommand provision;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void floodDoesNotSlowOthers() throws Exception {
        provision.apply(jp.tsunagu.testsupport.IntegrationTest.testManifests());
        measure(500, null); // warm-up
        double[] alone = measure(B_REQUESTS, null);
        AtomicLong floodOk = new AtomicLong();
        AtomicLong floodLimited = new AtomicLong();
        double[] flooded = measure(B_REQUESTS, new long[] {0}, floodOk, floodLimited);
        String report = String.format("""
                tenant flood: %d flooding threads for tenant A (limit 100/s, burst 100), tenant B at a steady pace, loopback
                  tenant B alone:        p50 %.2f ms  p99 %.2f ms
                  tenant B during flood: p50 %.2f ms  p99 %.2f ms  429s: %d
                  tenant A during flood: %d served, %d refused with 429
                """, FLOOD_THREADS, alone[0], alone[1], flooded[0], flooded[1], (long) flooded[2], floodOk.get(), floodLimited.get());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/tenant-flood.txt"), report);
        if (flooded[2] > 0) {
            throw new AssertionError("tenant B was refused during A's flood");
        }
    }

    private double[] measure(int requests, long[] unused) throws Exception {
        return measure(requests, unused, null, null);
    }

    private double[] measure(int requests, long[] flood, AtomicLong floodOk, AtomicLong floodLimited) throws Exception {
        AtomicBoolean running = new AtomicBoolean(flood != null);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, FLOOD_THREADS));
        List<Future<?>> flooders = new ArrayList<>();
        if (flood != null) {
            for (int t = 0; t < FLOOD_THREADS; t++) {
                flooders.add(pool.submit(() -> {
                    String token = TestTokens.token("alpha.admin");
                    while (running.get()) {
                        int status = http.send(get(token), HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 429 ? floodLimited : floodOk).incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(500);
        }
        long[] nanos = new long[requests];
        long refused = 0;
        String token = TestTokens.token("beta.admin");
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            int status = http.send(get(token), HttpResponse.BodyHandlers.discarding()).statusCode();
            nanos[i] = System.nanoTime() - start;
            if (status == 429) {
                refused++;
            }
            Thread.sleep(1); // a steady user, not a flood
            if (i % 50 == 49) {
                Thread.sleep(600); // stays well under tenant B's own limit of 100/s
            }
        }
        running.set(false);
        for (Future<?> f : flooders) {
            f.get();
        }
        pool.shutdown();
        Arrays.sort(nanos);
        return new double[] {nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.99)] / 1e6, refused};
    }

    private HttpRequest get(String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/offices"))
                .header("Authorization", "Bearer " + token).build();
    }
}
