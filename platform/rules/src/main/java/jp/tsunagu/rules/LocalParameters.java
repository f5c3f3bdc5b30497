package jp.tsunagu.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.OfficeId;

/**
 * Local parameters (the rules table {@code local-parameter} says which exist and what may be chosen): the
 * office's choice where it made one, else its tenant's, else the national default; the answer says which.
 * Reads the current tenant's choices (row-level security applies); call it inside a transaction.
 */
public interface LocalParameters {

    /** The value for an office on a date. Unknown names fail with {@link RuleNotFound}. */
    ParameterValue forOffice(OfficeId office, String name, LocalDate date);

    /** The values of several parameters for an office on a date, by name, in one read. Unknown names fail as above. */
    Map<String, ParameterValue> forOffice(OfficeId office, Collection<String> names, LocalDate date);

    /** The value for the tenant as a whole (parameters of scope TENANT or ANY) on a date. */
    ParameterValue forTenant(String name, LocalDate date);

    /** Every parameter an office may be asked for, as in force on a date. */
    List<ParameterValue> allForOffice(OfficeId office, LocalDate date);

    /**
     * A new choice from a date for an office, or (office null) for the whole tenant; a null value goes back to
     * the default from that date. Audited. A value outside the allowed ones, or a scope that does not fit, is
     * refused with 400 naming the field; an unknown parameter with 404.
     */
    void set(OfficeId office, String name, String value, LocalDate from, String reason, String by);
}
