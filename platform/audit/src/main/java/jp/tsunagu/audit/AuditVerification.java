package jp.tsunagu.audit;

import java.util.List;

/** Verifies every tenant's hash chain. */
public interface AuditVerification {

    /** The first break of each broken chain; empty when every chain is intact. */
    List<ChainBreak> verify();

    /** How many records the trail holds in all (for the command's report). */
    long totalRecords();
}
