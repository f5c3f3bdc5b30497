package jp.tsunagu.tenancy;

import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;

/** Query facade over the current tenant's offices (filtered by row-level security). */
public interface Offices {

    /** The office, if it belongs to the current tenant. */
    Optional<OfficeSummary> find(OfficeId id);

    /** The office of the current tenant, or 404 ({@code office.notFound}): an office of another tenant is not there. */
    default OfficeSummary require(OfficeId id) {
        return find(id).orElseThrow(() -> new jp.tsunagu.kernel.Problem.NotFound("office.notFound"));
    }

    /** Every office of the current tenant, ordered by office number. */
    List<OfficeSummary> all();
}
