package jp.tsunagu.testsupport;

import java.nio.file.Path;
import java.util.UUID;
import jp.tsunagu.app.ProvisionCommand;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Integration tests against the application on the embedded PostgreSQL 18, as assembled from the test's classpath
 * (in {@code platform/app}: every module; in a module's tests: the platform, that module and the modules it requires),
 * with the test tenants of {@code manifests/} provisioned before each test (idempotent, and it resets module
 * activations to the manifests; activations of modules that are not on the classpath are left out).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(MovableClock.Configuration.class)
public abstract class IntegrationTest {
    protected static final TenantId ALPHA = TenantId.of("0a000000-0000-4000-8000-00000000000a");
    protected static final TenantId BETA = TenantId.of("0b000000-0000-4000-8000-00000000000b");

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected ProvisionCommand provision;

    private static Path manifests;

    @BeforeEach
    void provisionTestTenants() throws Exception {
        provision.apply(testManifests());
    }

    /** The test tenants' manifests ({@code manifests/*.yaml} of this artifact), as files: provisioning reads a folder. */
    public static synchronized Path testManifests() throws java.io.IOException {
        if (manifests == null) {
            Path dir = java.nio.file.Files.createTempDirectory("tsunagu-test-manifests");
            for (org.springframework.core.io.Resource r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:manifests/*.yaml")) {
                try (java.io.InputStream in = r.getInputStream()) {
                    java.nio.file.Files.copy(in, dir.resolve(java.util.Objects.requireNonNull(r.getFilename())));
                }
            }
            dir.toFile().deleteOnExit();
            manifests = dir;
        }
        return manifests;
    }

    /** The id of an office, read inside its tenant. */
    protected UUID office(TenantId tenant, String number) {
        return inTenant(tenant, () -> jdbc.queryForObject("select id from office where office_number = ?", UUID.class, number));
    }

    protected <T> T inTenant(TenantId tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> tx.execute(status -> work.get()));
    }

    /** A UI session of {@code username} after a Keycloak login with password and TOTP. */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor uiUser(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin()
                .idToken(t -> t.claim("preferred_username", username).claim("amr", java.util.List.of("pwd", "otp")));
    }

    public static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestTokens.token(username));
    }

    /** The value the application exports for a gauge (Prometheus name, e.g. {@code tsunagu_events_incomplete}); fails if absent. */
    protected double gauge(String name) throws Exception {
        String metrics = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/prometheus"))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("the gauge " + name + " is not exported");
        }
        return Double.parseDouble(m.group(1));
    }
}
