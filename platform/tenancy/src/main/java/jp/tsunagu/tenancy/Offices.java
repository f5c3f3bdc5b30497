package jp.tsunagu.tenancy;

import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;

/** Query facade over the current tenant's offices (filtered by row-level security). */
public interface Offices {

    /** The office, if it belongs to the current tenant. */
    Optional<OfficeSummary> find(OfficeId id);

    /** Every office of the current tenant, ordered by office number. */
    List<OfficeSummary> all();
}
