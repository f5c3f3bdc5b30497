package jp.tsunagu.wages.internal.average;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import org.springframework.stereotype.Component;

/**
 * What the average reads of the office's closed runs (the run's own tables, read here rather than through the run
 * feature's types so that the run's api answers can use the average without a cycle): per month whose run is closed, the
 * 工賃 paid to users of some service types. A closed month counts even where none of them was paid.
 */
@Component
class ClosedRuns {
    private final EntityManager entityManager;

    ClosedRuns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A closed month and what it paid to the users of the types asked. */
    record MonthPaid(YearMonth month, Yen paid) {
    }

    /** The office's closed months from {@code from} to {@code to} (first days of months), oldest first. */
    List<MonthPaid> paid(OfficeId office, YearMonth from, YearMonth to, Set<ServiceType> types) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select r.run_month, coalesce(sum(p.total), 0)
                        from wages_run r
                        left join wages_payment p on p.tenant_id = r.tenant_id and p.run_id = r.id and p.service_type in (:types)
                        where r.office_id = :office and r.run_month between :from and :to
                        group by r.run_month
                        order by r.run_month""")
                .setParameter("types", types.stream().map(Enum::name).toList())
                .setParameter("office", office.value())
                .setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1))
                .getResultList();
        return rows.stream().map(r -> new MonthPaid(YearMonth.from(date(r[0])), Yen.of(((Number) r[1]).longValue()))).toList();
    }

    /** The persons paid more than nothing in the office's closed run of {@code month} as users of {@code types}. */
    java.util.Set<jp.tsunagu.kernel.PersonId> persons(OfficeId office, YearMonth month, Set<ServiceType> types) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery("""
                        select distinct p.person_id
                        from wages_run r
                        join wages_payment p on p.tenant_id = r.tenant_id and p.run_id = r.id and p.service_type in (:types)
                        where r.office_id = :office and r.run_month = :month and p.total > 0""")
                .setParameter("types", types.stream().map(Enum::name).toList())
                .setParameter("office", office.value())
                .setParameter("month", month.atDay(1))
                .getResultList();
        java.util.Set<jp.tsunagu.kernel.PersonId> persons = new java.util.HashSet<>();
        rows.forEach(r -> persons.add(new jp.tsunagu.kernel.PersonId((java.util.UUID) r)));
        return persons;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
