package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The access matrix again, with Hibernate's tenant filter off: PostgreSQL row-level security alone must hold. */
@TestPropertySource(properties = "tsunagu.tenancy.hibernate-filter=false")
class AccessMatrixRlsOnlyIT extends AccessMatrixIT {

    @Autowired
    CurrentTenantIdentifierResolver<UUID> resolver;

    @Test
    @DisplayName("in this run Hibernate treats every tenant as root, so it adds no tenant predicate of its own")
    void hibernateFilterIsOff() {
        assertThat(resolver.isRoot(UUID.randomUUID())).isTrue();
    }
}
