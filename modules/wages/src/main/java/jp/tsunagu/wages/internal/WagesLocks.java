package jp.tsunagu.wages.internal;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transaction advisory locks that keep the wages writes of an office apart where a database check cannot (under read
 * committed a trigger does not see a close that has not committed yet): a month's close and an entry or scan of that
 * month; a close (shared) and a new version of the pay rules (exclusive); two uses of the 工賃 reserve. Held until the
 * transaction ends; the key names the tenant, so tenants never wait for each other.
 */
@Component
public class WagesLocks {
    private final EntityManager entityManager;

    WagesLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The office's month: a close and a change of the month's ledger wait for each other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void month(OfficeId office, YearMonth month) {
        lock("wages_run", office.value() + ":" + month, false);
    }

    /** The office's pay rules: read by a close ({@code write} false, closes do not wait for each other), written by a new version. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void payRules(OfficeId office, boolean write) {
        lock("wages_pay_rules", office.value().toString(), !write);
    }

    /** The office's 工賃 reserve: one use at a time, so that two closes cannot both spend the same balance. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(OfficeId office) {
        lock("wages_reserve", office.value().toString(), false);
    }

    /**
     * The key is {@code what:tenant:rest}; the month's is the one the batch run ({@code RunBatch}) computes in SQL for
     * every office it closes ({@code wages_run:tenant:office:month}), so both paths wait for each other.
     */
    private void lock(String what, String rest, boolean shared) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock" + (shared ? "_shared" : "")
                        + "(hashtextextended(:key, 0))) l")
                .setParameter("key", what + ":" + TenantContext.require().value() + ":" + rest).getSingleResult();
    }
}
