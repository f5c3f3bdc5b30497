package jp.tsunagu.planning.api;

import java.time.LocalDate;
import jp.tsunagu.kernel.PersonId;

/**
 * What planning asks, without knowing who answers, before a new 就労継続支援A型 contract from the rule's date
 * ({@code employment-selection-support.mandatoryBeforeTypeAFrom}, TR-4): whether the person has a completed
 * 就労選択支援 result (評価及び整理). A module that records 就労選択支援 (training) implements it; planning consults it
 * when one bean is present and checks nothing when none is (a deployment without that module). An inversion: the
 * answering module depends on planning's api, never the reverse.
 */
public interface SelectionResults {
    /** Whether {@code person} (of the current tenant) has a 就労選択支援 assessment completed on or before {@code onOrBefore}. */
    boolean hasCompletedResult(PersonId person, LocalDate onOrBefore);
}
