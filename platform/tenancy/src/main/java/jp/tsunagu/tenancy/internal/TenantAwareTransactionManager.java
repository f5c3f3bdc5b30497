package jp.tsunagu.tenancy.internal;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;

/** The application's only transaction manager: JPA, with the tenant bound at the start of each transaction. */
class TenantAwareTransactionManager extends JpaTransactionManager {

    TenantAwareTransactionManager(EntityManagerFactory emf) {
        super(emf);
    }

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        // afterPropertiesSet copies the EntityManagerFactory's dialect; ours must win.
        setJpaDialect(new TenantBindingJpaDialect());
    }
}
