package jp.tsunagu.app;

import java.nio.file.Path;
import java.util.UUID;
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
 * Integration tests against the whole application on the embedded PostgreSQL 18, with the two test
 * tenants of {@code src/test/resources/manifests} provisioned before each test (idempotent, and it resets
 * module activations to the manifests).
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

    @BeforeEach
    void provisionTestTenants() throws Exception {
        provision.apply(Path.of(getClass().getResource("/manifests").toURI()));
    }

    /** The id of an office, read inside its tenant. */
    protected UUID office(TenantId tenant, String number) {
        return inTenant(tenant, () -> jdbc.queryForObject("select id from office where office_number = ?", UUID.class, number));
    }

    protected <T> T inTenant(TenantId tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> tx.execute(status -> work.get()));
    }

    /** A UI session of {@code username} after a Keycloak login with password and TOTP. */
    protected static org.springframework.test.web.servlet.request.RequestPostProcessor uiUser(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin()
                .idToken(t -> t.claim("preferred_username", username).claim("amr", java.util.List.of("pwd", "otp")));
    }

    protected static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestTokens.token(username));
    }
}
