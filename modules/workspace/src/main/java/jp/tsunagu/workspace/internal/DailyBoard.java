package jp.tsunagu.workspace.internal;

import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.planning.api.PlanningQueries.ServedPerson;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import jp.tsunagu.workspace.internal.domain.WorkGroup;

/**
 * The day's board of an office, per group (the attendance tables of groups are kept apart): everyone the group
 * serves that day with their record, if any. Flags: a day beyond the decided amount (WS-7), a non-worker without
 * voluntary insurance covering the day; lateness only ever shows for employed A型 users.
 */
public record DailyBoard(LocalDate date, List<Group> groups) {

    public record Group(WorkGroup group, List<Entry> entries) {
        public long present() {
            return entries.stream().filter(e -> e.record() != null && e.record().present()).count();
        }

        public long in() {
            return entries.stream().filter(e -> e.state() == State.IN).count();
        }
    }

    public enum State { EXPECTED, IN, OUT, ABSENT }

    public record Entry(ServedPerson person, ServiceRecord record, boolean uninsured) {
        public State state() {
            if (record == null) {
                return State.EXPECTED;
            }
            if (!record.present()) {
                return State.ABSENT;
            }
            return record.checkOut() == null ? State.IN : State.OUT;
        }

        /** The first kana of the family name, for the tablet's kana index. */
        public String initial() {
            return person.kana().isEmpty() ? "" : person.kana().substring(0, 1);
        }
    }
}
