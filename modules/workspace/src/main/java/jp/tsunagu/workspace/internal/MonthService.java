package jp.tsunagu.workspace.internal;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.api.PlanningQueries.ServedPerson;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.api.AttendanceQueries;
import jp.tsunagu.workspace.events.AttendanceMonthClosed;
import jp.tsunagu.workspace.internal.domain.AttendanceConfirmation;
import jp.tsunagu.workspace.internal.domain.AttendanceMonth;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import jp.tsunagu.workspace.internal.persistence.AttendanceMonthRepository;
import jp.tsunagu.workspace.internal.persistence.ConfirmationRepository;
import jp.tsunagu.workspace.internal.persistence.ServiceCountRepository;
import jp.tsunagu.workspace.internal.persistence.ServiceRecordRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month of an office's records: each person's monthly record sheet (実績記録票), the person's confirmation,
 * and the close that locks the month. Also answers {@link AttendanceQueries} for other modules.
 */
@Service
public class MonthService implements AttendanceQueries {
    private final ServiceRecordRepository records;
    private final AttendanceMonthRepository months;
    private final ConfirmationRepository confirmations;
    private final ServiceCountRepository counts;
    private final PlanningQueries planning;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonthService(ServiceRecordRepository records, AttendanceMonthRepository months, ConfirmationRepository confirmations,
                 ServiceCountRepository counts, PlanningQueries planning, Offices offices, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.months = months;
        this.confirmations = confirmations;
        this.counts = counts;
        this.planning = planning;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One person's sheet; 404 when the office served them on no day of the month. */
    @Transactional // writes its audit record
    public MonthlyServiceSheet sheet(OfficeId office, PersonId personId, YearMonth month) {
        OfficeSummary o = office(office);
        ServedPerson person = servedIn(office, personId, month);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "monthly_sheet", personId + ":" + month).inOffice(office).about(personId.value()));
        return sheet(o, person, month, records.ofPerson(office.value(), personId.value(), month.atDay(1), month.atEndOfMonth()),
                months.closed(office.value(), month.atDay(1)));
    }

    /** The sheets of everyone the office served in the month, by kana (to print them all at month end). */
    @Transactional // writes its audit record
    public List<MonthlyServiceSheet> sheets(OfficeId office, YearMonth month) {
        OfficeSummary o = office(office);
        boolean closed = months.closed(office.value(), month.atDay(1));
        Map<UUID, List<ServiceRecord>> byPerson = new LinkedHashMap<>();
        for (ServiceRecord r : records.ofOffice(office.value(), month.atDay(1), month.atEndOfMonth())) {
            byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
        }
        Map<UUID, ServedPerson> persons = new LinkedHashMap<>();
        for (ServedPerson p : planning.servedOn(office, month.atEndOfMonth())) {
            persons.put(p.personId().value(), p);
        }
        for (UUID id : byPerson.keySet()) { // served earlier in the month, contract since ended
            if (!persons.containsKey(id)) {
                persons.put(id, servedIn(office, new PersonId(id), month));
            }
        }
        // one read per service type for the amounts and one for the confirmations, whatever the number of persons
        Map<ServiceType, Map<PersonId, Integer>> allowed = new EnumMap<>(ServiceType.class);
        Map<ServiceType, Map<PersonId, Integer>> allowedAtStart = new EnumMap<>(ServiceType.class);
        List<PersonId> personIds = persons.keySet().stream().map(PersonId::new).toList();
        java.util.Set<ServiceType> types = java.util.EnumSet.noneOf(ServiceType.class);
        persons.values().forEach(p -> types.addAll(p.serviceTypes()));
        byPerson.values().forEach(list -> list.forEach(r -> types.add(r.serviceType())));
        for (ServiceType type : types) {
            allowed.put(type, planning.daysAllowed(personIds, type, month.atEndOfMonth()));
            allowedAtStart.put(type, planning.daysAllowed(personIds, type, month.atDay(1)));
        }
        Map<UUID, AttendanceConfirmation> confirmed = new java.util.HashMap<>();
        confirmations.ofMonth(office.value(), month.atDay(1)).forEach(c -> confirmed.put(c.personId(), c));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "monthly_sheet", "office:" + month).inOffice(office));
        return persons.values().stream().sorted(java.util.Comparator.comparing(ServedPerson::kana))
                .map(p -> sheet(o, p, month, byPerson.getOrDefault(p.personId().value(), List.of()), closed,
                        type -> java.util.Optional.ofNullable(allowed.get(type).get(p.personId()))
                                .or(() -> java.util.Optional.ofNullable(allowedAtStart.get(type).get(p.personId()))),
                        confirmed.get(p.personId().value())))
                .toList();
    }

    private MonthlyServiceSheet sheet(OfficeSummary office, ServedPerson person, YearMonth month, List<ServiceRecord> recorded,
                               boolean closed) {
        return sheet(office, person, month, recorded, closed, type -> {
            var allowed = planning.daysAllowed(person.personId(), type, month.atEndOfMonth());
            if (allowed.isEmpty()) {
                allowed = planning.daysAllowed(person.personId(), type, month.atDay(1));
            }
            return allowed.isPresent() ? java.util.Optional.of(allowed.getAsInt()) : java.util.Optional.empty();
        }, confirmations.find(office.id().value(), person.personId().value(), month.atDay(1)).orElse(null));
    }

    private MonthlyServiceSheet sheet(OfficeSummary office, ServedPerson person, YearMonth month, List<ServiceRecord> recorded,
                               boolean closed, java.util.function.Function<ServiceType, java.util.Optional<Integer>> daysAllowed,
                               AttendanceConfirmation confirmation) {
        Map<LocalDate, ServiceRecord> byDate = new LinkedHashMap<>();
        recorded.forEach(r -> byDate.put(r.serviceDate(), r));
        List<MonthlyServiceSheet.Day> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            days.add(new MonthlyServiceSheet.Day(d, byDate.get(d)));
        }
        Map<ServiceType, MonthlyServiceSheet.Usage> usage = new EnumMap<>(ServiceType.class);
        java.util.Set<ServiceType> types = java.util.EnumSet.noneOf(ServiceType.class);
        types.addAll(person.serviceTypes());
        recorded.forEach(r -> types.add(r.serviceType()));
        for (ServiceType type : types) {
            int used = (int) recorded.stream().filter(r -> r.present() && r.serviceType() == type).count();
            usage.put(type, new MonthlyServiceSheet.Usage(used, daysAllowed.apply(type).orElse(null)));
        }
        int present = 0, minutes = 0, to = 0, from = 0, meals = 0, offsite = 0, absences = 0, responded = 0;
        for (ServiceRecord r : recorded) {
            if (r.present()) {
                present++;
                minutes += r.minutes() == null ? 0 : r.minutes();
                to += r.transportTo() ? 1 : 0;
                from += r.transportFrom() ? 1 : 0;
                meals += r.meal() ? 1 : 0;
                offsite += r.offsite() != null ? 1 : 0;
            } else {
                absences++;
                responded += r.absenceResponse() != null ? 1 : 0;
            }
        }
        return new MonthlyServiceSheet(office, person, month, days, usage,
                new MonthlyServiceSheet.Totals(present, minutes, to, from, meals, offsite, absences, responded), confirmation, closed);
    }

    /** The person confirms their sheet: a signature drawn on the tablet, or the signed paper sheet kept. */
    @Transactional
    public AttendanceConfirmation confirm(OfficeId office, PersonId personId, YearMonth month, AttendanceConfirmation.Method method,
                                          String signature, String by) {
        servedIn(office, personId, month);
        LocalDate today = LocalDate.now(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new Problem.Invalid("month", "workspace.attendance.future");
        }
        confirmations.find(office.value(), personId.value(), month.atDay(1)).ifPresent(c -> {
            throw new Problem.Conflict("workspace.sheet.alreadyConfirmed", month, c.confirmedOn());
        });
        AttendanceConfirmation c = confirmations.save(new AttendanceConfirmation(office.value(), personId.value(), month, method, signature,
                today, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "attendance_confirmation", personId + ":" + month).inOffice(office)
                .about(personId.value()).withDetails(method.name()));
        return c;
    }

    /** Closes the month: its records are locked from now on (the database refuses changes too). */
    @Transactional
    public AttendanceMonth close(OfficeId office, YearMonth month, String by) {
        office(office);
        if (!month.isBefore(YearMonth.from(LocalDate.now(clock)))) {
            throw new Problem.Invalid("month", "workspace.month.notOver", month);
        }
        if (months.closed(office.value(), month.atDay(1))) {
            throw new Problem.Conflict("workspace.month.alreadyClosed", month);
        }
        for (ServiceRecord r : records.ofOffice(office.value(), month.atDay(1), month.atEndOfMonth())) {
            if (r.present() && r.checkOut() == null) {
                throw new Problem.Invalid("month", "workspace.month.openDay", r.serviceDate());
            }
        }
        AttendanceMonth closed = months.save(new AttendanceMonth(office.value(), month, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "attendance_month", month.toString()).inOffice(office)
                .withDetails("closed"));
        events.publishEvent(new AttendanceMonthClosed(TenantContext.require(), office, month));
        return closed;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<MonthOfService> month(OfficeId officeId, PersonId personId, YearMonth month) {
        return usage(officeId, month, records.ofPerson(officeId.value(), personId.value(), month.atDay(1), month.atEndOfMonth()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<RecordedDay> recordedDays(OfficeId officeId, YearMonth month) {
        return records.ofOffice(officeId.value(), month.atDay(1), month.atEndOfMonth()).stream()
                .sorted(java.util.Comparator.comparing(ServiceRecord::personId).thenComparing(ServiceRecord::serviceDate))
                .map(r -> new RecordedDay(new PersonId(r.personId()), r.serviceType(), r.serviceDate(), r.present(), r.roundedStart(),
                        r.roundedEnd(), r.minutes(), r.transportTo(), r.transportFrom(), r.meal(), r.offsite() != null,
                        r.absenceResponse() != null))
                .toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<PersonId, UseStart> useStarts(OfficeId officeId, ServiceType type, java.time.LocalDate from, java.time.LocalDate to,
                                             int quietMonths) {
        Map<PersonId, UseStart> starts = new LinkedHashMap<>();
        for (Object[] r : records.useStarts(officeId.value(), type.name(), from, to, quietMonths)) {
            starts.put(new PersonId((UUID) r[0]), new UseStart(r[1] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[1],
                    (Boolean) r[2]));
        }
        return starts;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<MonthOfService> month(OfficeId officeId, YearMonth month) {
        return usage(officeId, month, records.ofOffice(officeId.value(), month.atDay(1), month.atEndOfMonth()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<DayPresent> daysPresent(OfficeId officeId, PersonId personId, YearMonth month) {
        return records.ofPerson(officeId.value(), personId.value(), month.atDay(1), month.atEndOfMonth()).stream()
                .filter(ServiceRecord::present)
                .map(r -> new DayPresent(r.serviceDate(), r.serviceType(), r.checkIn(), r.checkOut(), r.breakMinutes()))
                .sorted(java.util.Comparator.comparing(DayPresent::date)).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<PersonId, List<DayPresent>> daysPresent(OfficeId officeId, YearMonth month) {
        Map<PersonId, List<DayPresent>> days = new LinkedHashMap<>();
        for (Object[] r : records.presentOfOffice(officeId.value(), month.atDay(1), month.atEndOfMonth())) {
            days.computeIfAbsent(new PersonId((UUID) r[0]), p -> new java.util.ArrayList<>()).add(new DayPresent((java.time.LocalDate) r[1],
                    (ServiceType) r[2], (java.time.LocalTime) r[3], (java.time.LocalTime) r[4], ((Number) r[5]).intValue()));
        }
        return days;
    }

    private List<MonthOfService> usage(OfficeId officeId, YearMonth month, List<ServiceRecord> recorded) {
        boolean closed = months.closed(officeId.value(), month.atDay(1));
        record Key(UUID person, ServiceType type) {
        }
        Map<Key, int[]> sums = new LinkedHashMap<>();
        for (ServiceRecord r : recorded) {
            int[] s = sums.computeIfAbsent(new Key(r.personId(), r.serviceType()), k -> new int[3]);
            if (r.present()) {
                s[0]++;
                s[1] += r.minutes() == null ? 0 : r.minutes();
            } else {
                s[2]++;
            }
        }
        return sums.entrySet().stream().map(e -> new MonthOfService(new PersonId(e.getKey().person()), e.getKey().type(), month, e.getValue()[0],
                e.getValue()[1], e.getValue()[2], closed)).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public int openingDays(OfficeId officeId, YearMonth month, java.util.Set<ServiceType> serviceTypes) {
        if (serviceTypes.isEmpty()) {
            return 0;
        }
        return Math.toIntExact(counts.openingDays(officeId.value(), serviceTypes, month.atDay(1), month.atEndOfMonth()));
    }

    /** The person as the office served them on {@code date}, or in that month; 404 otherwise. */
    @Transactional(readOnly = true)
    public ServedPerson person(OfficeId office, PersonId personId, LocalDate date) {
        return planning.served(office, personId, date).orElseGet(() -> servedIn(office, personId, YearMonth.from(date)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean closed(OfficeId office, YearMonth month) {
        return months.closed(office.value(), month.atDay(1));
    }

    private ServedPerson servedIn(OfficeId office, PersonId personId, YearMonth month) {
        for (LocalDate d = month.atEndOfMonth(); !d.isBefore(month.atDay(1)); d = d.minusDays(1)) {
            var p = planning.served(office, personId, d);
            if (p.isPresent()) {
                return p.get();
            }
        }
        throw new Problem.NotFound("workspace.personNotFound");
    }

    private OfficeSummary office(OfficeId office) {
        return offices.require(office);
    }
}
