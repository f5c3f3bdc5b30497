package jp.tsunagu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import jp.tsunagu.testsupport.TestTokens;

/**
 * The API over loopback HTTP as one user calls it, for the benchmarks that seed through the API and time reads: a bearer
 * token renewed every minute (tokens live 5), a call that must answer an expected status, and p50, p99 and max.
 */
final class BenchApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String username;
    private String token;
    private long tokenAt;

    BenchApi(int port, String username) {
        this.port = port;
        this.username = username;
    }

    HttpClient http() {
        return http;
    }

    /** The call's body; fails unless it answered {@code expected}. */
    String api(String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, json), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    HttpRequest request(String method, String path, String json) {
        if (token == null || System.nanoTime() - tokenAt > 60_000_000_000L) { // tokens live 5 minutes
            token = TestTokens.token(username);
            tokenAt = System.nanoTime();
        }
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    /** p50, p99 and max of {@code nanos}, in milliseconds. */
    static double[] percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return new double[] {sorted[n / 2] / 1e6, sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6, sorted[n - 1] / 1e6};
    }
}
