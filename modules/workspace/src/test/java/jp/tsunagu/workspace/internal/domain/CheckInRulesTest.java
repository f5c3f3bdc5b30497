package jp.tsunagu.workspace.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One check-in's rules as a user meets them: what is refused, with which reason, and what the record says. */
class CheckInRulesTest {
    private static final OfficeId WORKS = new OfficeId(UUID.fromString("00000000-0000-4000-8000-000000000005"));
    private static final UUID OTHER_OFFICE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID PERSON = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final UUID GROUP = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    private static final UUID ROOM_1 = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Instant AT = Instant.parse("2026-12-05T06:00:00Z");
    private static final AttendanceRounding NONE = new AttendanceRounding("NONE", "NONE");

    /** A check-in at the multi-function office on 2026-04-23 at {@code time}, into the group (no area, no content). */
    private static CheckInRules.Request request(LocalTime time) {
        return new CheckInRules.Request(WORKS, PERSON, LocalDate.of(2026, 4, 23), time, GROUP, null, null, "staff");
    }

    /** Facts of a B型 group, April open, 22 days allowed, nothing recorded yet, no rounding; nothing else asked. */
    private static Facts facts() {
        return new Facts();
    }

    /** The facts, changed one at a time; {@code served} and {@code hours} fail the test when asked unexpectedly. */
    private static final class Facts {
        GroupKind group = GroupKind.TYPE_B;
        boolean monthClosed;
        OptionalInt daysAllowed = OptionalInt.of(22);
        Boolean served;
        CheckInRules.Place area;
        CheckInRules.Place content;
        List<CheckInRules.Stay> stays = new ArrayList<>();
        AttendanceRounding rounding = NONE;
        WorkingHours hours;
        boolean hoursExpected;

        CheckInRules.Facts build() {
            return new CheckInRules.Facts(group, monthClosed, daysAllowed, () -> {
                assertThat(served).as("asked whether the office serves the person only when no contract admits them").isNotNull();
                return served;
            }, area, content, stays, rounding, () -> {
                assertThat(hoursExpected).as("working hours asked only for employed A型").isTrue();
                return hours;
            });
        }
    }

    private static CheckInRules.Decision decide(CheckInRules.Request r, Facts f) {
        return CheckInRules.decide(r, f.build(), TODAY, AT);
    }

    private static Problem refusal(CheckInRules.Request r, Facts f) {
        CheckInRules.Decision d = decide(r, f);
        assertThat(d).isInstanceOf(CheckInRules.Refused.class);
        return ((CheckInRules.Refused) d).problem();
    }

    private static String field(Problem p) {
        return ((Problem.Invalid) p).field();
    }

    /** The B型 group's slot on 作業室1, 09:00-16:00 from April 2026. */
    private static CheckInRules.Place room1HeldByTypeB() {
        WorkAssignment slot = new WorkAssignment(WORKS.value(), UUID.randomUUID(), ROOM_1, LocalTime.of(9, 0), LocalTime.of(16, 0),
                LocalDate.of(2026, 4, 1), null, "admin", AT);
        return new CheckInRules.Place("作業室1", List.of(new CheckInRules.Holder(slot, "B型(箱折り)", GroupKind.TYPE_B)));
    }

    private static CheckInRules.Stay present(UUID office, LocalDate date, ServiceType type, String in, String out) {
        return new CheckInRules.Stay(office, date, true, type, LocalTime.parse(in), out == null ? null : LocalTime.parse(out));
    }

    @Test
    @DisplayName("WS-6: with the office's rounding (start up 15), a check-in at 09:58:30 is recorded at 09:58, counted from 10:00, and keeps the rule it was rounded by")
    void ws6Rounding() {
        Facts f = facts();
        f.rounding = new AttendanceRounding("UP_15", "DOWN_15");
        ServiceRecord r = decide(request(LocalTime.of(9, 58, 30)), f).record();
        assertThat(r.checkIn()).isEqualTo("09:58");
        assertThat(r.roundedStart()).isEqualTo("10:00");
        assertThat(r.rounding()).isEqualTo("UP_15/DOWN_15");
        assertThat(r.present()).isTrue();
        assertThat(r.serviceType()).isEqualTo(ServiceType.TYPE_B);
        assertThat(List.of(r.officeId(), r.personId(), r.groupId())).containsExactly(WORKS.value(), PERSON, GROUP);
        assertThat(r.serviceDate()).isEqualTo("2026-04-23");
        assertThat(r.recordedBy()).isEqualTo("staff");
        assertThat(r.recordedAt()).isEqualTo(AT);
        assertThat(r.lateMinutes()).isNull(); // B型: never measured
    }

    @Test
    @DisplayName("WS-7: with 22 days allowed in April 2026, the 23rd day of B型 service is recorded but flagged; an absence or a day of another service does not count")
    void ws7BeyondTheAmount() {
        Facts f = facts();
        for (int day = 1; day <= 21; day++) {
            f.stays.add(present(WORKS.value(), LocalDate.of(2026, 4, day), ServiceType.TYPE_B, "10:00", "15:00"));
        }
        CheckInRules.Stay absence = new CheckInRules.Stay(WORKS.value(), LocalDate.of(2026, 4, 22), false, ServiceType.TYPE_B, null, null);
        f.stays.add(absence);
        f.stays.add(present(OTHER_OFFICE, LocalDate.of(2026, 4, 22), ServiceType.TRANSITION, "16:00", "17:00"));
        assertThat(decide(request(LocalTime.of(10, 0)), f).record().exceedsAmount()).as("the 22nd day").isFalse();
        f.stays.remove(absence);
        f.stays.add(present(WORKS.value(), LocalDate.of(2026, 4, 22), ServiceType.TYPE_B, "10:00", "15:00"));
        assertThat(decide(request(LocalTime.of(10, 0)), f).record().exceedsAmount()).as("the 23rd day").isTrue();
    }

    @Test
    @DisplayName("outside the contract: a person the office does not serve that day is refused as not served; one it serves without a contract and decision for the group's service is refused naming the service and the day")
    void outsideTheContract() {
        Facts f = facts();
        f.daysAllowed = OptionalInt.empty();
        f.served = false;
        Problem notServed = refusal(request(LocalTime.of(10, 0)), f);
        assertThat(field(notServed)).isEqualTo("personId");
        assertThat(notServed.code()).isEqualTo("workspace.attendance.notServed");
        f.served = true;
        f.group = GroupKind.EMPLOYED_A;
        Problem noContract = refusal(request(LocalTime.of(10, 0)), f);
        assertThat(field(noContract)).isEqualTo("personId");
        assertThat(noContract.code()).isEqualTo("workspace.attendance.noContract");
        assertThat(noContract.args()).containsExactly(ServiceType.TYPE_A, LocalDate.of(2026, 4, 23));
    }

    @Test
    @DisplayName("a future day is refused naming the date, a missing or unknown group naming the group, before anything stored is needed")
    void futureDayAndGroup() {
        CheckInRules.Request tomorrow = new CheckInRules.Request(WORKS, PERSON, TODAY.plusDays(1), LocalTime.of(10, 0), GROUP, null,
                null, "staff");
        assertThat(CheckInRules.refusedAtOnce(tomorrow, TODAY)).get().satisfies(p -> assertThat(field(p)).isEqualTo("date"));
        assertThat(field(refusal(tomorrow, facts()))).isEqualTo("date");
        assertThat(CheckInRules.refusedAtOnce(request(LocalTime.of(10, 0)), TODAY)).isEmpty();
        CheckInRules.Request noGroup = new CheckInRules.Request(WORKS, PERSON, TODAY, LocalTime.of(10, 0), null, null, null, "staff");
        assertThat(CheckInRules.refusedAtOnce(noGroup, TODAY)).get().satisfies(p -> assertThat(field(p)).isEqualTo("groupId"));
        Facts unknown = facts();
        unknown.group = null;
        unknown.monthClosed = true; // the first rule broken is the one named
        Problem p = refusal(request(LocalTime.of(10, 0)), unknown);
        assertThat(field(p)).isEqualTo("groupId");
        assertThat(p.code()).isEqualTo("workspace.unknown");
        assertThat(p.args()).containsExactly(GROUP);
    }

    @Test
    @DisplayName("a closed month is refused as a conflict naming the month")
    void closedMonth() {
        Facts f = facts();
        f.monthClosed = true;
        Problem p = refusal(request(LocalTime.of(10, 0)), f);
        assertThat(p).isInstanceOf(Problem.Conflict.class);
        assertThat(p.code()).isEqualTo("workspace.month.closed");
        assertThat(p.args()).containsExactly(YearMonth.of(2026, 4));
    }

    @Test
    @DisplayName("WS-5: an employed A型 user checking into 作業室1 at 10:00 while the B型 group holds it is refused, naming the place, the group and its slot; after the slot, or a B型 user, is let in")
    void ws5Separation() {
        Facts f = facts();
        f.group = GroupKind.EMPLOYED_A;
        f.hoursExpected = true;
        f.area = room1HeldByTypeB();
        CheckInRules.Request intoRoom1 = new CheckInRules.Request(WORKS, PERSON, LocalDate.of(2026, 4, 23), LocalTime.of(10, 0), GROUP,
                ROOM_1, null, "staff");
        Problem p = refusal(intoRoom1, f);
        assertThat(field(p)).isEqualTo("placeId");
        assertThat(p.code()).isEqualTo("workspace.separation");
        assertThat(p.args()).containsExactly("作業室1", "B型(箱折り)", LocalTime.of(9, 0), LocalTime.of(16, 0));
        CheckInRules.Request afterTheSlot = new CheckInRules.Request(WORKS, PERSON, LocalDate.of(2026, 4, 23), LocalTime.of(16, 0),
                GROUP, ROOM_1, null, "staff");
        assertThat(decide(afterTheSlot, f).record().areaId()).isEqualTo(ROOM_1);
        f.group = GroupKind.TYPE_B;
        assertThat(decide(intoRoom1, f).record().areaId()).isEqualTo(ROOM_1);
        // the same rule for a work content
        Facts content = facts();
        content.group = GroupKind.EMPLOYED_A;
        content.content = room1HeldByTypeB();
        CheckInRules.Request intoContent = new CheckInRules.Request(WORKS, PERSON, LocalDate.of(2026, 4, 23), LocalTime.of(10, 0), GROUP,
                null, ROOM_1, "staff");
        assertThat(refusal(intoContent, content).code()).isEqualTo("workspace.separation");
    }

    @Test
    @DisplayName("an area or content that is not the office's is refused naming the place")
    void unknownPlace() {
        CheckInRules.Request r = new CheckInRules.Request(WORKS, PERSON, LocalDate.of(2026, 4, 23), LocalTime.of(10, 0), GROUP, ROOM_1,
                null, "staff");
        Problem p = refusal(r, facts()); // facts: no such area
        assertThat(field(p)).isEqualTo("placeId");
        assertThat(p.code()).isEqualTo("workspace.unknown");
        assertThat(p.args()).containsExactly(ROOM_1);
    }

    @Test
    @DisplayName("overlap: present at the transition office 09:00-12:00, a check-in at 11:00 is refused naming that stay; at 12:00 it is let in; a stay elsewhere not yet checked out refuses any later time")
    void overlap() {
        Facts f = facts();
        LocalDate day = LocalDate.of(2026, 4, 23);
        f.stays.add(present(OTHER_OFFICE, day, ServiceType.TRANSITION, "09:00", "12:00"));
        Problem p = refusal(request(LocalTime.of(11, 0)), f);
        assertThat(field(p)).isEqualTo("time");
        assertThat(p.code()).isEqualTo("workspace.attendance.overlap");
        assertThat(p.args()).containsExactly(LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertThat(decide(request(LocalTime.of(12, 0)), f).record().checkIn()).isEqualTo("12:00");
        Facts open = facts();
        open.stays.add(present(OTHER_OFFICE, day, ServiceType.TRANSITION, "09:00", null));
        Problem stillThere = refusal(request(LocalTime.of(15, 0)), open);
        assertThat(field(stillThere)).isEqualTo("time");
        assertThat(stillThere.args()).containsExactly(LocalTime.of(9, 0), "—");
    }

    @Test
    @DisplayName("a second check-in of the day at the same office is a conflict naming the first; after an absence, naming the absence")
    void alreadyRecorded() {
        Facts f = facts();
        LocalDate day = LocalDate.of(2026, 4, 23);
        f.stays.add(present(WORKS.value(), day, ServiceType.TYPE_B, "09:30", null));
        Problem in = refusal(request(LocalTime.of(10, 0)), f);
        assertThat(in).isInstanceOf(Problem.Conflict.class);
        assertThat(in.code()).isEqualTo("workspace.attendance.alreadyIn");
        assertThat(in.args()).containsExactly(day, LocalTime.of(9, 30));
        Facts absent = facts();
        absent.stays.add(new CheckInRules.Stay(WORKS.value(), day, false, ServiceType.TYPE_B, null, null));
        assertThat(refusal(request(LocalTime.of(10, 0)), absent).code()).isEqualTo("workspace.attendance.alreadyAbsent");
    }

    @Test
    @DisplayName("lateness only for employed A型: working hours from 09:00, a check-in at 09:20 is 20 minutes late; without working hours none is measured")
    void lateness() {
        Facts f = facts();
        f.group = GroupKind.EMPLOYED_A;
        f.hoursExpected = true;
        f.hours = new WorkingHours(WORKS.value(), PERSON, ServiceType.TYPE_A, LocalDate.of(2026, 4, 1), LocalTime.of(9, 0),
                LocalTime.of(16, 0), 60, "admin", AT);
        ServiceRecord late = decide(request(LocalTime.of(9, 20)), f).record();
        assertThat(late.lateMinutes()).isEqualTo(20);
        assertThat(late.serviceType()).isEqualTo(ServiceType.TYPE_A);
        f.hours = null;
        assertThat(decide(request(LocalTime.of(9, 20)), f).record().lateMinutes()).isNull();
    }

    @Test
    @DisplayName("a refusal is thrown where the record is asked for, so a caller cannot write a refused check-in")
    void refusedHasNoRecord() {
        Facts f = facts();
        f.monthClosed = true;
        assertThatThrownBy(() -> decide(request(LocalTime.of(10, 0)), f).record()).isInstanceOf(Problem.Conflict.class)
                .hasMessageContaining("workspace.month.closed");
    }
}
