package jp.tsunagu.tenancy.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantContext;
import org.hibernate.Session;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;

/**
 * Binds the current tenant to the transaction's connection as soon as the transaction begins, with a
 * transaction-local setting ({@code set_config(..., true)}) so that nothing survives on a pooled
 * connection. With no tenant the setting is cleared, and row-level security returns zero rows. If binding
 * fails, the transaction does not begin: the request fails instead of running unfiltered.
 */
class TenantBindingJpaDialect extends HibernateJpaDialect {

    @Override
    public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
            throws PersistenceException, SQLException, TransactionException {
        Object data = super.beginTransaction(entityManager, definition);
        String tenant = TenantContext.current().map(TenantId::toString).orElse("");
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement bind = connection.prepareStatement("select app_bind_tenant(?)")) {
                bind.setString(1, tenant);
                try (ResultSet rs = bind.executeQuery()) {
                    if (!rs.next() || !tenant.equals(rs.getString(1))) {
                        throw new SQLException("the tenant could not be bound to the transaction");
                    }
                }
            }
        });
        return data;
    }
}
