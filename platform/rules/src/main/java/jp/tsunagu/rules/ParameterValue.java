package jp.tsunagu.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The value of a local parameter on a date, and where it comes from.
 *
 * @param origin        OFFICE or TENANT when an override applies; NATIONAL for the default of the rules table
 * @param effectiveFrom the override's start, or the start of the rules version holding the default
 * @param source        who set the override and why, or the rules version's source
 */
public record ParameterValue(String name, String value, Origin origin, LocalDate effectiveFrom, String source,
                             String setBy, Instant setAt) {

    public enum Origin { OFFICE, TENANT, NATIONAL }

    /** Whether a tenant's or office's own choice applies instead of the national default. */
    public boolean overridden() {
        return origin != Origin.NATIONAL;
    }

    public BigDecimal decimal() {
        return new BigDecimal(value);
    }

    public int integer() {
        return Integer.parseInt(value);
    }
}
