package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The access matrix, generated from the OpenAPI document: every endpoint and method, called with real
 * Keycloak tokens of demo users, as a user without membership, as staff on another office of their tenant,
 * and as a tenant admin on another tenant's office and user. Foreign resources answer 404 (like missing
 * ones), foreign data never appears in an answer, and writes change no foreign row. A new endpoint joins
 * the matrix by being in the OpenAPI document. {@link AccessMatrixRlsOnlyIT} runs it again with Hibernate's
 * tenant filter off, so that PostgreSQL's row-level security alone must hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the matrix makes over a thousand calls for one tenant in seconds: rate limits are RateLimitIT's subject
        properties = {"tsunagu.identity.public-key-location=", "tsunagu.keycloak.provisioning=true",
                "tsunagu.rate-limit.enabled=false"})
@ActiveProfiles("test")
class AccessMatrixIT extends RealKeycloakSupport {
    private static final String HIKARI = "11111111-1111-4111-8111-111111111111";
    private static final String MINORI = "22222222-2222-4222-8222-222222222222";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;
    @Autowired
    ProvisionCommand provision;

    private String ownOffice;
    private String otherOffice;
    private String foreignOffice;
    private final List<String> failures = new ArrayList<>();
    private int calls;

    @Test
    @DisplayName("every endpoint: no membership → 403, another office → 404, another tenant → 404, no foreign row read or written")
    void matrix() throws Exception {
        assertThat(provision.run(new String[] {Path.of("../../tenants").toAbsolutePath().normalize().toString()})).isZero();
        ownOffice = officeId("1312000011");
        otherOffice = officeId("1312000029");
        foreignOffice = officeId("1332000015");
        String stranger = accessToken("demo.admin", "demo-password");
        String staff = accessToken("hikari.staff", "demo-password");
        String admin = accessToken("hikari.admin", "demo-password");

        JsonNode api = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        Map<String, String> before = foreignChecksums();
        int endpoints = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").properties().iterator(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().properties().iterator(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                endpoints++;
                String body = requestBody(api, op.getValue());
                String template = path.getKey();
                boolean officeScoped = template.contains("{officeId}");

                expect(stranger, method, fill(template, ownOffice, "hikari.staff"), body,
                        template.equals("/api/v1/me") ? 200 : 403, "no membership");
                if (officeScoped) {
                    expect(staff, method, fill(template, otherOffice, "hikari.staff"), body, 404, "staff on another office");
                    String missing = UUID.randomUUID().toString();
                    String foreignAnswer = expect(admin, method, fill(template, foreignOffice, "hikari.staff"), body, 404,
                            "admin on another tenant's office").replace(foreignOffice, "{office}");
                    String missingAnswer = expect(admin, method, fill(template, missing, "hikari.staff"), body, 404,
                            "missing office").replace(missing, "{office}");
                    if (!foreignAnswer.equals(missingAnswer)) {
                        failures.add(method + " " + template + ": another tenant's office is distinguishable from a missing one: "
                                + foreignAnswer + " / " + missingAnswer);
                    }
                } else if (template.contains("{username}")) {
                    if (!method.equals("PUT")) { // PUT creates a membership of the caller's own tenant
                        expect(admin, method, fill(template, ownOffice, "minori.specialist"), body, 404, "another tenant's user");
                    }
                } else {
                    expect(admin, method, fill(template, ownOffice, "hikari.staff"), body, -1, "tenant-wide call");
                }
                expect(staff, method, fill(template, ownOffice, "hikari.staff"), body, -1, "own office");
            }
        }
        send("DELETE", "/api/v1/memberships/minori.specialist", admin, null);
        assertThat(endpoints).as("endpoints in the OpenAPI document").isGreaterThanOrEqualTo(12);
        assertThat(failures).as("%d calls", calls).isEmpty();
        assertThat(foreignChecksums()).as("the other tenant's rows after the matrix").isEqualTo(before);
    }

    /**
     * Checks one call: the expected status (-1: any but 5xx) and that nothing of the other tenant shows (beyond
     * the caller's own request path echoed as the problem's {@code instance}). Returns the answer's body.
     */
    private String expect(String token, String method, String path, String body, int status, String role) throws Exception {
        HttpResponse<String> r = send(method, path, token, body);
        calls++;
        String line = role + ": " + method + " " + path + " → " + r.statusCode();
        if (status == -1 ? r.statusCode() >= 500 : r.statusCode() != status) {
            failures.add(line + " (expected " + (status == -1 ? "no server error" : status) + ") " + r.body());
        }
        // an office's number and name are public (the office directory every tenant reads): a consent of the caller's own
        // tenant naming みのり's consultation office as its recipient shows that name, and is not the other tenant's data
        String answer = r.body().replace(path, "{path}").replace("みのり相談支援事業所", "{a public office name}");
        if (answer.contains(MINORI) || answer.contains(foreignOffice) || answer.contains("みのり")) {
            failures.add(line + " shows the other tenant's data: " + r.body());
        }
        return r.statusCode() + " " + r.body();
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String fill(String template, String office, String username) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "officeId" -> office;
                case "username" -> username;
                case "key" -> "fixture";
                case "table" -> "minimum-wage";
                case "name" -> "attendance-end-rounding";
                // the same id for both calls, so that a foreign and a missing office can be compared exactly
                default -> UUID.nameUUIDFromBytes(m.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            };
            m.appendReplacement(out, value);
        }
        return m.appendTail(out).toString();
    }

    /** A valid body for the operation, generated from its schema (so that validation does not answer first). */
    private String requestBody(JsonNode api, JsonNode op) {
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : json.writeValueAsString(example(api, schema));
    }

    private Object example(JsonNode api, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return example(api, api.get("components").get("schemas").get(name));
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new TreeMap<>();
                schema.path("properties").properties().forEach(p -> {
                    if (!p.getKey().equals("allOffices")) {
                        object.put(p.getKey(), example(api, p.getValue()));
                    }
                });
                yield object;
            }
            case "array" -> List.of(example(api, schema.get("items")));
            case "integer", "number" -> Math.max(1, schema.path("minimum").asInt(1));
            case "boolean" -> true;
            default -> "date".equals(schema.path("format").asString("")) ? "2026-04-01"
                    : "uuid".equals(schema.path("format").asString("")) ? ownOffice
                    : schema.path("pattern").asString("").contains("\\d{10}") ? "1312999999" : "テスト";
        };
    }

    private String officeId(String number) throws Exception {
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from office where office_number = '" + number + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A checksum of every row of the other tenant, per table (read as a superuser, past RLS). */
    private Map<String, String> foreignChecksums() throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = EmbeddedDatabase.start(null).superuser(); Statement s = c.createStatement()) {
            List<String> tables = DatabaseCatalog.tenantTables(c);
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                        + " from " + table + " t where tenant_id = '" + MINORI + "'")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                    + " from office t where tenant_id = '" + HIKARI + "' and id = '" + otherOffice + "'")) {
                rs.next();
                sums.put("office (another office of the same tenant)", rs.getString(1));
            }
        }
        return sums;
    }
}
