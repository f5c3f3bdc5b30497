package jp.tsunagu.training.internal.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.training.api.RetentionRate;
import jp.tsunagu.training.events.PlacementMade;
import jp.tsunagu.training.events.RetentionReached;
import jp.tsunagu.training.internal.period.UsagePeriodService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements (就職) and the 6-month follow-up: a hire (never before the person's first day of 就労移行支援 when one is
 * recorded), the contacts after it (never before the hire nor after the end), the end, the office's capacity per fiscal
 * year, and the retention rate with its tier (TR-2). Reads and writes are audited about the person; a placement made
 * announces {@link PlacementMade}. {@link RetentionReached} is announced once per placement, on the first write or read
 * of the office's placements or retention rate on or after the 6-month day with the person still employed
 * ({@link #announceReached}): there is no scheduled job, since none runs with a tenant bound.
 */
@Service
class PlacementService {
    private final PlacementRepository placements;
    private final PlacementContactRepository contacts;
    private final TransitionCapacityRepository capacities;
    private final UsagePeriodService periods;
    private final PlanningQueries planning;
    private final Rules rules;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlacementService(PlacementRepository placements, PlacementContactRepository contacts, TransitionCapacityRepository capacities,
                     UsagePeriodService periods, PlanningQueries planning, Rules rules, Offices offices, AuditTrail audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.placements = placements;
        this.contacts = contacts;
        this.capacities = capacities;
        this.periods = periods;
        this.planning = planning;
        this.rules = rules;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a hire records. */
    record Hire(PersonId person, String companyName, String companyContact, LocalDate hireDate, BigDecimal hoursPerWeek,
                Placement.WageKind wageKind, Yen wage, String job, Placement.Disclosure disclosure, LocalDate endedOn, String endReason) {
    }

    /** A placement with the person's name and kana, as of today. */
    record View(UUID id, PersonId person, String name, String kana, String companyName, String companyContact, LocalDate hireDate,
                BigDecimal hoursPerWeek, Placement.WageKind wageKind, Yen wage, String job, Placement.Disclosure disclosure,
                LocalDate sixMonthDay, LocalDate endedOn, String endReason, LocalDate retentionReachedOn, State state) {
    }

    /** Where a placement stands on a day. */
    enum State { FOLLOW_UP, RETAINED, LEFT_BEFORE_SIX_MONTHS, LEFT_AFTER_SIX_MONTHS }

    /** A contact of the follow-up. */
    record Contact(UUID id, LocalDate date, PlacementContact.WithWhom withWhom, boolean faceToFace, Set<PlacementContact.Issue> issues,
                   String note) {
        static Contact of(PlacementContact c) {
            return new Contact(c.id(), c.date(), c.withWhom(), c.faceToFace(), c.issues(), c.note());
        }
    }

    /** A month of the follow-up calendar: its contacts, and whether the 6-month day or the end falls in it. */
    record Month(YearMonth month, List<Contact> contacts, boolean sixMonthDay, boolean ended) {
    }

    /** A placement with its contacts, and the follow-up calendar by month from the hire. */
    record Detail(View placement, List<Contact> contacts, List<Month> calendar) {
    }

    /** The rate and the placements it counted (both years). */
    record Retention(RetentionRate rate, List<View> counted) {
    }

    /** A person the hire form offers: with a recorded first day, or served for 就労移行支援 today. */
    record Candidate(PersonId person, String name, String kana) {
    }

    /**
     * Records a hire (with its end, when a past placement is entered after the person left); announces
     * {@link PlacementMade}.
     */
    @Transactional
    public View record(OfficeId office, Hire hire, String by) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> firstDay = periods.firstDay(office, hire.person());
        if (firstDay.isPresent() && hire.hireDate().isBefore(firstDay.get())) {
            throw new Problem.Invalid("hireDate", "training.placement.beforeFirstDay", hire.hireDate(), firstDay.get());
        }
        if (firstDay.isEmpty() && !servedForTransition(office, hire.person(), hire.hireDate())) {
            throw new Problem.Invalid("personId", "training.placement.notServed", hire.hireDate());
        }
        Placement p = new Placement(office, hire.person(), hire.companyName(), hire.companyContact(), hire.hireDate(),
                hire.hoursPerWeek(), hire.wageKind(), hire.wage(), hire.job(), hire.disclosure(), by, clock.instant());
        if (hire.endedOn() != null) {
            if (hire.endReason() == null || hire.endReason().isBlank()) {
                throw new Problem.Invalid("endReason", "training.placement.endReason");
            }
            p.end(hire.endedOn(), hire.endReason(), null);
        }
        placements.save(p);
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "placement", p.id().toString()).inOffice(office).about(hire.person().value())
                .withDetails("hireDate=" + hire.hireDate() + " company=" + p.companyName()));
        events.publishEvent(new PlacementMade(TenantContext.require(), office, hire.person(), hire.hireDate()));
        announceReached(office, today);
        return view(office, p, new HashMap<>(), today);
    }

    /** Every placement of the office, by kana then hire date; audited about each person. */
    @Transactional
    public List<View> placements(OfficeId office) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        announceReached(office, today);
        Map<PersonId, PlanningQueries.ServedPerson> names = new HashMap<>();
        List<View> all = new ArrayList<>();
        for (Placement p : placements.ofOffice(office.value())) {
            all.add(view(office, p, names, today));
        }
        all.sort(Comparator.comparing(View::kana).thenComparing(View::hireDate));
        auditRead(office, all, "placements");
        return all;
    }

    /** One placement with its contacts and the follow-up calendar; audited about the person. */
    @Transactional
    public Detail placement(OfficeId office, UUID id) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        announceReached(office, today);
        Placement p = find(office, id);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "placement", p.id().toString()).inOffice(office).about(p.personId().value()));
        List<Contact> own = contacts.of(p.id()).stream().map(Contact::of).toList();
        return new Detail(view(office, p, new HashMap<>(), today), own, calendar(p, own));
    }

    /** The contacts of a placement, by date; audited about the person. */
    @Transactional
    public List<Contact> contacts(OfficeId office, UUID id) {
        return placement(office, id).contacts();
    }

    /** Records a contact of the follow-up: refused before the hire or after the end, naming {@code date}. */
    @Transactional
    public Contact addContact(OfficeId office, UUID id, LocalDate date, PlacementContact.WithWhom withWhom, boolean faceToFace,
                              Set<PlacementContact.Issue> issues, String note, String by) {
        offices.require(office);
        Placement p = find(office, id);
        if (date.isBefore(p.hireDate())) {
            throw new Problem.Invalid("date", "training.contact.beforeHire", date, p.hireDate());
        }
        if (p.endedOn() != null && date.isAfter(p.endedOn())) {
            throw new Problem.Invalid("date", "training.contact.afterEnd", date, p.endedOn());
        }
        PlacementContact c = contacts.save(new PlacementContact(p.id(), date, withWhom, faceToFace, issues, note, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "placement_contact", c.id().toString()).inOffice(office)
                .about(p.personId().value()).withDetails("date=" + date + " with=" + withWhom + " issues=" + c.issues()));
        announceReached(office, LocalDate.now(clock));
        return Contact.of(c);
    }

    /** The person left: {@code endedOn} is the last day employed. */
    @Transactional
    public View end(OfficeId office, UUID id, LocalDate endedOn, String reason, String by) {
        offices.require(office);
        Placement p = find(office, id);
        LocalDate lastContact = contacts.of(p.id()).stream().map(PlacementContact::date).max(Comparator.naturalOrder()).orElse(null);
        p.end(endedOn, reason, lastContact);
        placements.save(p);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "placement", p.id().toString()).inOffice(office).about(p.personId().value())
                .withDetails("endedOn=" + endedOn));
        LocalDate today = LocalDate.now(clock);
        announceReached(office, today);
        return view(office, p, new HashMap<>(), today);
    }

    /** Records (or corrects) the office's 就労移行支援 capacity in {@code year}. */
    @Transactional
    public int setCapacity(OfficeId office, FiscalYear year, int capacity, String by) {
        offices.require(office);
        var existing = capacities.of(office.value(), year.startYear());
        TransitionCapacity c = existing.orElseGet(() -> new TransitionCapacity(office, year, capacity, by, clock.instant()));
        existing.ifPresent(e -> e.correct(capacity));
        capacities.save(c);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "transition_capacity",
                c.id().toString()).inOffice(office).withDetails(year + " capacity=" + capacity));
        return capacity;
    }

    /** The retention rate of the reward year with the placements it counted; audited about each person counted. */
    @Transactional
    public Retention retention(OfficeId office, FiscalYear year) {
        LocalDate today = LocalDate.now(clock);
        announceReached(office, today);
        RetentionRate rate = rate(office, year);
        Map<PersonId, PlanningQueries.ServedPerson> names = new HashMap<>();
        FiscalYear first = year.previous().previous();
        List<View> counted = placements.ofOffice(office.value()).stream()
                .filter(p -> p.employedOn(p.sixMonthDay()) && !p.sixMonthDay().isBefore(first.start()) && !p.sixMonthDay().isAfter(year.previous().end()))
                .map(p -> view(office, p, names, today)).sorted(Comparator.comparing(View::sixMonthDay).thenComparing(View::kana)).toList();
        auditRead(office, counted, "retention " + year);
        return new Retention(rate, counted);
    }

    /** The rate alone (for {@code TrainingQueries}): not audited, it names nobody. */
    @Transactional(readOnly = true)
    public RetentionRate rate(OfficeId office, FiscalYear year) {
        OfficeSummary summary = offices.require(office);
        Integer current = summary.capacities().get(ServiceType.TRANSITION);
        if (current == null) {
            throw new Problem.Invalid("officeId", "training.retention.noTransition", summary.name());
        }
        List<RetentionCalculation.Hire> hires = placements.ofOffice(office.value()).stream()
                .map(p -> new RetentionCalculation.Hire(p.personId(), p.sixMonthDay(), p.employedOn(p.sixMonthDay()))).toList();
        return RetentionCalculation.rate(year, hires, capacity(office, year.previous(), current), capacity(office, year.previous().previous(), current),
                current, rules.on(year.start()));
    }

    /**
     * Announces {@link RetentionReached} for every placement of the office whose 6-month day has come by {@code today}
     * with the person still employed on it, once (the day is stored on the placement).
     */
    void announceReached(OfficeId office, LocalDate today) {
        for (Placement p : placements.unannounced(office.value(), today.minusMonths(6).plusDays(3))) {
            if (p.retainedBy(today)) {
                p.markReached();
                placements.save(p);
                audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "placement", p.id().toString()).inOffice(office)
                        .about(p.personId().value()).withDetails("retained on the 6-month day " + p.sixMonthDay()));
                events.publishEvent(new RetentionReached(TenantContext.require(), office, p.personId(), p.hireDate(), p.sixMonthDay()));
            }
        }
    }

    /** The persons the hire form offers, by kana; audited about each. */
    @Transactional
    public List<Candidate> candidates(OfficeId office) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        Map<PersonId, Candidate> all = new LinkedHashMap<>();
        for (PlanningQueries.ServedPerson s : planning.servedOn(office, today)) {
            if (s.serviceTypes().contains(ServiceType.TRANSITION)) {
                all.put(s.personId(), new Candidate(s.personId(), s.name(), s.kana()));
            }
        }
        periods.firstDays(office).forEach((person, firstDay) -> {
            if (!all.containsKey(person)) {
                planning.served(office, person, firstDay).ifPresent(s -> all.put(person, new Candidate(person, s.name(), s.kana())));
            }
        });
        List<Candidate> list = all.values().stream().sorted(Comparator.comparing(Candidate::kana)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("transition persons to place=" + list.size());
        audit.recordAll(list.isEmpty() ? List.of(read) : list.stream().map(c -> read.about(c.person().value())).toList());
        return list;
    }

    private TransitionCapacity capacityRow(OfficeId office, FiscalYear year) {
        return capacities.of(office.value(), year.startYear()).orElse(null);
    }

    private RetentionCalculation.Capacity capacity(OfficeId office, FiscalYear year, int current) {
        TransitionCapacity row = capacityRow(office, year);
        return row == null ? new RetentionCalculation.Capacity(year, current, false) : new RetentionCalculation.Capacity(year, row.capacity(), true);
    }

    private boolean servedForTransition(OfficeId office, PersonId person, LocalDate hireDate) {
        for (LocalDate day : List.of(hireDate.minusDays(1), hireDate)) {
            if (planning.served(office, person, day).filter(s -> s.serviceTypes().contains(ServiceType.TRANSITION)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Placement find(OfficeId office, UUID id) {
        return placements.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("training.placement.notFound", id));
    }

    private void auditRead(OfficeId office, List<View> views, String what) {
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "placement", office.value().toString()).inOffice(office)
                .withDetails(what + "=" + views.size());
        audit.recordAll(views.isEmpty() ? List.of(read) : views.stream().map(v -> read.about(v.person().value())).distinct().toList());
    }

    private View view(OfficeId office, Placement p, Map<PersonId, PlanningQueries.ServedPerson> names, LocalDate today) {
        PlanningQueries.ServedPerson s = names.computeIfAbsent(p.personId(), person -> {
            for (LocalDate day : List.of(p.hireDate().minusDays(1), p.hireDate(), today)) {
                var served = planning.served(office, person, day);
                if (served.isPresent()) {
                    return served.get();
                }
            }
            return periods.firstDay(office, person).flatMap(d -> planning.served(office, person, d)).orElse(null);
        });
        LocalDate six = p.sixMonthDay();
        State state;
        if (p.endedOn() != null && p.endedOn().isBefore(six)) {
            state = State.LEFT_BEFORE_SIX_MONTHS;
        } else if (today.isBefore(six)) {
            state = State.FOLLOW_UP;
        } else {
            state = p.endedOn() != null && !p.endedOn().isAfter(today) ? State.LEFT_AFTER_SIX_MONTHS : State.RETAINED;
        }
        return new View(p.id(), p.personId(), s == null ? "-" : s.name(), s == null ? "-" : s.kana(), p.companyName(), p.companyContact(),
                p.hireDate(), p.hoursPerWeek(), p.wageKind(), p.wage(), p.job(), p.disclosure(), six, p.endedOn(), p.endReason(),
                p.retentionReachedOn(), state);
    }

    private static List<Month> calendar(Placement p, List<Contact> own) {
        YearMonth from = YearMonth.from(p.hireDate());
        YearMonth to = YearMonth.from(p.sixMonthDay());
        if (p.endedOn() != null && p.endedOn().isBefore(p.sixMonthDay())) {
            to = YearMonth.from(p.endedOn());
        }
        for (Contact c : own) {
            if (YearMonth.from(c.date()).isAfter(to)) {
                to = YearMonth.from(c.date());
            }
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            YearMonth month = m;
            months.add(new Month(month, own.stream().filter(c -> YearMonth.from(c.date()).equals(month)).toList(),
                    YearMonth.from(p.sixMonthDay()).equals(month), p.endedOn() != null && YearMonth.from(p.endedOn()).equals(month)));
        }
        return months;
    }
}
