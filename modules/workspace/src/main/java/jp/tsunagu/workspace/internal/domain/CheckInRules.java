package jp.tsunagu.workspace.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;

/**
 * 出席 (check-in): the rules of one check-in, in the order a user meets them. A check-in is for a day that is not in
 * the future, into a group of the office; it needs a usage contract of the office and a benefit decision for the
 * group's service that day; the month must be open; the work area and content must not be held then by a group the
 * person's must be kept apart from (WS-5); the person has no record of the day at this office yet and is not present
 * at another office at that time. The record is rounded by the office's rule (WS-6), flagged when the day is beyond the
 * decision's amount for the month (WS-7), and carries lateness only for employed A型 users with working hours.
 *
 * <p>Both ways a check-in is written — the entity path ({@code AttendanceService}) and the morning rush's batches in
 * SQL ({@code checkin.CheckInBatch}) — read the {@link Facts} their own way and let this class decide, so they
 * cannot drift apart. Nothing here reads a database or a clock: inputs in, decision out.
 */
public final class CheckInRules {

    private CheckInRules() {
    }

    /** What was entered: who checks in where and when, into which group (and area and content, if chosen), by whom. */
    public record Request(OfficeId office, UUID personId, LocalDate date, LocalTime time, UUID groupId, UUID areaId,
                          UUID contentId, String by) {
    }

    /**
     * What the rules need to know about the request, as stored.
     *
     * @param group       the kind of the office's group {@link Request#groupId()}; null: the office has no such group
     * @param monthClosed whether the office's month of the date is closed (締め)
     * @param daysAllowed the days of the month the person's benefit decision allows for the group's service, when a
     *                    contract of the office and a decision cover the date; empty when not
     * @param served      asked only when {@code daysAllowed} is empty: whether the office serves the person that day
     *                    at all (the refusal names which of the two is missing)
     * @param area        the work area {@link Request#areaId()} with the groups that hold it; null when none was
     *                    chosen or the office has no such place
     * @param content     the same for the work content
     * @param stays       the person's records at every office of the tenant from the first of the month to the day
     * @param rounding    the office's rounding of attendance times on the date
     * @param hours       asked only for employed A型: the person's working hours on the date, or null
     */
    public record Facts(GroupKind group, boolean monthClosed, OptionalInt daysAllowed, BooleanSupplier served, Place area,
                        Place content, List<Stay> stays, AttendanceRounding rounding, Supplier<WorkingHours> hours) {
    }

    /** A work area or content (作業場所・作業内容) of the office with the groups' slots on it. */
    public record Place(String name, List<Holder> holders) {
    }

    /** A group's slot on a place: the slot, and the group's name and kind. */
    public record Holder(WorkAssignment slot, String groupName, GroupKind kind) {
    }

    /** Another record of the person: where, when, and whether present (an absence holds no time). */
    public record Stay(UUID office, LocalDate date, boolean present, ServiceType type, LocalTime checkIn, LocalTime checkOut) {
        public static Stay of(ServiceRecord r) {
            return new Stay(r.officeId(), r.serviceDate(), r.present(), r.serviceType(), r.checkIn(), r.checkOut());
        }
    }

    /** The outcome: the record to write, or the rule broken (nothing to write). */
    public sealed interface Decision {
        /** The record, or the refusal thrown. */
        ServiceRecord record();
    }

    public record Accepted(ServiceRecord written) implements Decision {
        @Override
        public ServiceRecord record() {
            return written;
        }
    }

    public record Refused(Problem problem) implements Decision {
        @Override
        public ServiceRecord record() {
            throw problem;
        }
    }

    /** The rules that need nothing stored: not a future day, and a group named. Empty when both hold. */
    public static Optional<Problem> refusedAtOnce(Request r, LocalDate today) {
        if (r.date().isAfter(today)) {
            return Optional.of(future());
        }
        if (r.groupId() == null) { // the API's body requires it; the tablet's form may lack it
            return Optional.of(new Problem.Invalid("groupId", "NotNull", "groupId"));
        }
        return Optional.empty();
    }

    /** The check-in's record (recorded {@code at}), or the first rule it breaks. */
    public static Decision decide(Request r, Facts f, LocalDate today, Instant at) {
        Optional<Problem> atOnce = refusedAtOnce(r, today);
        if (atOnce.isPresent()) {
            return new Refused(atOnce.get());
        }
        if (f.group() == null) {
            return new Refused(new Problem.Invalid("groupId", "workspace.unknown", r.groupId()));
        }
        ServiceType type = f.group().serviceType();
        if (f.daysAllowed().isEmpty()) {
            return new Refused(notAdmitted(f.served().getAsBoolean(), type, r.date()));
        }
        if (f.monthClosed()) {
            return new Refused(new Problem.Conflict("workspace.month.closed", YearMonth.from(r.date())));
        }
        Optional<Problem> apart = separation(r.areaId(), f.area(), f.group(), r)
                .or(() -> separation(r.contentId(), f.content(), f.group(), r));
        if (apart.isPresent()) {
            return new Refused(apart.get());
        }
        // the person's records of the month so far: today's at this office is a conflict, today's elsewhere must not
        // overlap, and the days before count against the amount (WS-7)
        long before = 0;
        for (Stay other : f.stays()) {
            if (!other.date().equals(r.date())) {
                before += other.present() && other.type() == type ? 1 : 0;
            } else if (other.office().equals(r.office().value())) {
                return new Refused(alreadyRecorded(other.present(), r.date(), other.checkIn()));
            } else if (other.present() && (other.checkOut() == null
                    || ServiceRecord.covers(true, other.checkIn(), other.checkOut(), r.time()))) {
                return new Refused(overlap("time", other.checkIn(), other.checkOut()));
            }
        }
        boolean exceeds = before + 1 > f.daysAllowed().getAsInt();
        WorkingHours hours = type == ServiceType.TYPE_A ? f.hours().get() : null;
        return new Accepted(ServiceRecord.checkIn(r.office().value(), r.personId(), r.date(), type, r.groupId(), r.areaId(),
                r.contentId(), r.time(), f.rounding(), hours, exceeds, r.by(), at));
    }

    /**
     * WS-5: a place chosen must be the office's, and no group the person's must be kept apart from may hold it at the
     * check-in's time.
     */
    private static Optional<Problem> separation(UUID placeId, Place place, GroupKind kind, Request r) {
        if (placeId == null) {
            return Optional.empty();
        }
        if (place == null) {
            return Optional.of(new Problem.Invalid("placeId", "workspace.unknown", placeId));
        }
        for (Holder h : place.holders()) {
            if (h.slot().holdsAt(r.date(), r.time()) && h.kind().mustBeSeparatedFrom(kind)) {
                return Optional.of(new Problem.Invalid("placeId", "workspace.separation", place.name(), h.groupName(),
                        h.slot().startsAt(), h.slot().endsAt()));
            }
        }
        return Optional.empty();
    }

    // the refusals the day's other entries (absence, check-out, correction) share with a check-in

    /** A day in the future. */
    public static Problem future() {
        return new Problem.Invalid("date", "workspace.attendance.future");
    }

    /** The person may not be served: not a person of the office that day, or no contract and decision for the service. */
    public static Problem notAdmitted(boolean served, ServiceType type, LocalDate date) {
        return served ? new Problem.Invalid("personId", "workspace.attendance.noContract", type, date)
                : new Problem.Invalid("personId", "workspace.attendance.notServed", date);
    }

    /** The day is already recorded at the office: present since {@code checkIn}, or absent. */
    public static Problem alreadyRecorded(boolean present, LocalDate date, LocalTime checkIn) {
        return present ? new Problem.Conflict("workspace.attendance.alreadyIn", date, checkIn)
                : new Problem.Conflict("workspace.attendance.alreadyAbsent", date);
    }

    /** The time, given in {@code field}, overlaps the person's stay {@code checkIn}..{@code checkOut} (null: open). */
    public static Problem overlap(String field, LocalTime checkIn, LocalTime checkOut) {
        return new Problem.Invalid(field, "workspace.attendance.overlap", checkIn, checkOut == null ? "—" : checkOut);
    }
}
