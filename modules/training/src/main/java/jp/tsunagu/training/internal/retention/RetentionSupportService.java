package jp.tsunagu.training.internal.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.RetentionSupportPeriod;
import jp.tsunagu.rules.national.RetentionSupportUnits;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.training.api.RetentionServiceRate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 就労定着支援: the supports of an office (a person served for 就労定着支援 when it starts, from six months after hire, at
 * most three years: rule data {@code retention-support-period}), their contacts (within the support), the monthly
 * support reports (marked face to face only for a month that had such a contact; shared with the employer only with
 * the person's consent), the months with their billable flag, and the service's retention rate for a fiscal year
 * (TR-3). Reads and writes are audited about the person; the report's PDF as an export.
 */
@Service
public class RetentionSupportService {
    static final String SUPPORT = "retention_support";

    private final RetentionSupportRepository supports;
    private final RetentionContactRepository contacts;
    private final RetentionReportRepository reports;
    private final PlanningQueries planning;
    private final Rules rules;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionSupportService(RetentionSupportRepository supports, RetentionContactRepository contacts, RetentionReportRepository reports,
                            PlanningQueries planning, Rules rules, Offices offices, AuditTrail audit, Clock clock) {
        this.supports = supports;
        this.contacts = contacts;
        this.reports = reports;
        this.planning = planning;
        this.rules = rules;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A support with the person's name and kana, and this month's face-to-face contacts (flagged: running, none yet). */
    public record Support(UUID id, PersonId person, String name, String kana, String employer, LocalDate hireDate, LocalDate supportFrom,
                          LocalDate supportTo, boolean consentEmployer, LocalDate endedOn, String endReason, boolean runningToday,
                          int faceToFaceThisMonth, boolean flagged) {
        /** {@code flagged}: running today and no face-to-face contact this month yet (the month cannot be claimed as it stands). */
        static Support of(UUID id, PersonId person, String name, String kana, RetentionSupport s, boolean runningToday, int faceToFaceThisMonth) {
            return new Support(id, person, name, kana, s.employer(), s.hireDate(), s.supportFrom(), s.supportTo(), s.consentEmployer(),
                    s.endedOn(), s.endReason(), runningToday, faceToFaceThisMonth, runningToday && faceToFaceThisMonth == 0);
        }
    }

    public record Contact(UUID id, LocalDate date, boolean faceToFace, String withWhom, String issues, String note) {
        static Contact of(RetentionContact c) {
            return new Contact(c.id(), c.date(), c.faceToFace(), c.withWhom().name(), c.issues(), c.note());
        }
    }

    public record Report(UUID id, YearMonth month, String supportGiven, String issues, String nextSteps, boolean faceToFace,
                         LocalDate sharedWithPersonOn, LocalDate sharedWithEmployerOn) {
        static Report of(RetentionReport r) {
            return new Report(r.id(), r.month(), r.supportGiven(), r.issues(), r.nextSteps(), r.faceToFace(), r.sharedWithPersonOn(),
                    r.sharedWithEmployerOn());
        }
    }

    /** A month of support: its contacts, the face-to-face ones (none: flagged, not billable), and its report if written. */
    public record Month(YearMonth month, int contacts, int faceToFace, boolean billable, boolean flagged, boolean reportDone, Report report) {
        static Month of(YearMonth month, int contacts, int faceToFace, Report report) {
            return new Month(month, contacts, faceToFace, faceToFace > 0, faceToFace == 0, report != null, report);
        }
    }

    /** A support with its months (from the first to this month or the last, whichever comes first), contacts and reports. */
    public record Detail(UUID id, Support support, List<Month> months, List<Contact> contacts, List<Report> reports) {
    }

    /** What the report's PDF shows; read as an export about the person. */
    public record ReportView(String officeName, String officeNumber, Support support, Report report, List<Contact> contacts,
                             LocalDate issuedOn) {
    }

    /** Starts a support; refused naming the field when the rule's period or the person's contract does not allow it. */
    @Transactional
    public Detail create(OfficeId office, PersonId person, String employer, LocalDate hireDate, LocalDate from, LocalDate to,
                         boolean consentEmployer, String by) {
        offices.require(office);
        RetentionSupportPeriod period = new RetentionSupportPeriod(rules.on(from));
        if (from.isBefore(period.earliestStart(hireDate))) {
            throw new Problem.Invalid("supportFrom", "training.retention.tooEarly", from, hireDate, period.earliestStart(hireDate),
                    period.afterEmploymentMonths());
        }
        if (to.isBefore(from)) {
            throw new Problem.Invalid("supportTo", "training.retention.toBeforeFrom", to, from);
        }
        if (to.isAfter(period.latestEnd(from))) {
            throw new Problem.Invalid("supportTo", "training.retention.tooLong", to, period.maxYears(), period.latestEnd(from));
        }
        if (!planning.hasValidContract(office, person, ServiceType.RETENTION, from)) {
            throw new Problem.Invalid("supportFrom", "training.retention.notServed", from);
        }
        for (RetentionSupport other : supports.ofPerson(office.value(), person.value())) {
            if (!from.isAfter(other.lastDay()) && !to.isBefore(other.supportFrom())) {
                throw new Problem.Invalid("supportFrom", "training.retention.overlap", other.supportFrom(), other.lastDay());
            }
        }
        RetentionSupport s = supports.save(new RetentionSupport(office, person, employer, hireDate, from, to, consentEmployer, by,
                clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, SUPPORT, s.id().toString()).inOffice(office).about(person.value())
                .withDetails("from=" + from + " to=" + to));
        return detail(office, s);
    }

    /** Every support of the office, by kana, with this month's face-to-face contacts; audited about each person. */
    @Transactional
    public List<Support> supports(OfficeId office) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        Map<UUID, Long> faceToFace = contacts.ofOffice(office.value(), month.atDay(1), month.atEndOfMonth()).stream()
                .filter(RetentionContact::faceToFace).collect(Collectors.groupingBy(RetentionContact::supportId, Collectors.counting()));
        List<Support> all = new ArrayList<>();
        for (RetentionSupport s : supports.ofOffice(office.value())) {
            all.add(view(office, s, faceToFace.getOrDefault(s.id(), 0L).intValue(), today));
        }
        all.sort(Comparator.comparing(Support::kana).thenComparing(Support::supportFrom));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, SUPPORT, office.value().toString()).inOffice(office)
                .withDetails("supports=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(s -> read.about(s.person().value())).toList());
        return all;
    }

    /** One support with its months, contacts and reports; audited about the person. */
    @Transactional
    public Detail detail(OfficeId office, UUID id) {
        offices.require(office);
        RetentionSupport s = find(office, id);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, SUPPORT, s.id().toString()).inOffice(office).about(s.personId().value()));
        return detail(office, s);
    }

    /** Records (or corrects) the day the support ended because the person left the job. */
    @Transactional
    public Detail end(OfficeId office, UUID id, LocalDate endedOn, String reason, String by) {
        offices.require(office);
        RetentionSupport s = find(office, id);
        s.end(endedOn, reason);
        contacts.ofSupport(s.id()).stream().filter(c -> c.date().isAfter(endedOn)).findFirst().ifPresent(c -> {
            throw new Problem.Invalid("endedOn", "training.retention.contactsAfterEnd", endedOn, c.date());
        });
        supports.save(s);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, SUPPORT, s.id().toString()).inOffice(office).about(s.personId().value())
                .withDetails("endedOn=" + endedOn));
        return detail(office, s);
    }

    /** Records a contact: within the support (not after its end, not before its start) and not in the future. */
    @Transactional
    public Detail addContact(OfficeId office, UUID id, LocalDate date, boolean faceToFace, RetentionContact.WithWhom withWhom, String issues,
                             String note, String by) {
        offices.require(office);
        RetentionSupport s = find(office, id);
        if (!s.runsOn(date)) {
            throw new Problem.Invalid("date", "training.retention.contactOutside", date, s.supportFrom(), s.lastDay());
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("date", "training.retention.contactFuture", date);
        }
        RetentionContact c = contacts.save(new RetentionContact(s, date, faceToFace, withWhom, issues, note, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "retention_contact", c.id().toString()).inOffice(office)
                .about(s.personId().value()).withDetails("date=" + date + " faceToFace=" + faceToFace));
        return detail(office, s);
    }

    /**
     * Writes (or rewrites) the month's support report: the month within the support; marked face to face only when the
     * month had a face-to-face contact; shared with the employer only with the person's consent; shared not before the
     * month began.
     */
    @Transactional
    public Detail writeReport(OfficeId office, UUID id, YearMonth month, String supportGiven, String issues, String nextSteps,
                              boolean faceToFace, LocalDate sharedWithPersonOn, LocalDate sharedWithEmployerOn, String by) {
        offices.require(office);
        RetentionSupport s = find(office, id);
        if (month.isBefore(YearMonth.from(s.supportFrom())) || month.isAfter(YearMonth.from(s.lastDay()))) {
            throw new Problem.Invalid("month", "training.retention.monthOutside", month, s.supportFrom(), s.lastDay());
        }
        if (faceToFace && contacts.faceToFace(office.value(), s.personId().value(), month.atDay(1), month.atEndOfMonth()) == 0) {
            throw new Problem.Invalid("faceToFace", "training.retention.noFaceToFace", month);
        }
        if (sharedWithEmployerOn != null && !s.consentEmployer()) {
            throw new Problem.Invalid("sharedWithEmployerOn", "training.retention.noConsent");
        }
        if (sharedWithPersonOn != null && sharedWithPersonOn.isBefore(month.atDay(1))) {
            throw new Problem.Invalid("sharedWithPersonOn", "training.retention.sharedBefore", sharedWithPersonOn, month);
        }
        if (sharedWithEmployerOn != null && sharedWithEmployerOn.isBefore(month.atDay(1))) {
            throw new Problem.Invalid("sharedWithEmployerOn", "training.retention.sharedBefore", sharedWithEmployerOn, month);
        }
        var existing = reports.of(s.id(), month.atDay(1));
        RetentionReport r = existing.orElseGet(() -> new RetentionReport(s, month, by, clock.instant()));
        r.write(supportGiven, issues, nextSteps, faceToFace, sharedWithPersonOn, sharedWithEmployerOn);
        reports.save(r);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "retention_report",
                r.id().toString()).inOffice(office).about(s.personId().value()).withDetails("month=" + month));
        return detail(office, s);
    }

    /** The month's report as its PDF shows it; audited as an export about the person. */
    @Transactional
    public ReportView exported(OfficeId office, UUID id, YearMonth month) {
        OfficeSummary summary = offices.require(office);
        RetentionSupport s = find(office, id);
        RetentionReport r = reports.of(s.id(), month.atDay(1))
                .orElseThrow(() -> new Problem.NotFound("training.retention.noReport", month));
        List<Contact> ofMonth = contacts.ofSupport(s.id()).stream().filter(c -> YearMonth.from(c.date()).equals(month)).map(Contact::of).toList();
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "retention_report", r.id().toString()).inOffice(office)
                .about(s.personId().value()).withDetails("support report " + month + " (PDF)"));
        LocalDate today = LocalDate.now(clock);
        return new ReportView(summary.name(), summary.officeNumber(), view(office, s, 0, today), Report.of(r), ofMonth, today);
    }

    /** The service's retention rate for {@code year} and its units (TR-3); audited as one read of the office's supports. */
    @Transactional
    public RetentionServiceRate rate(OfficeId office, FiscalYear year) {
        RetentionServiceRate rate = unauditedRate(office, year);
        auditRate(office, year, rate);
        return rate;
    }

    /**
     * {@link #rate} without its audit record, for a read-only transaction that may run on the standby (the statistics):
     * its caller records {@link #auditRate} afterwards, on the primary.
     */
    @Transactional(readOnly = true)
    public RetentionServiceRate unauditedRate(OfficeId office, FiscalYear year) {
        offices.require(office);
        return RetentionRate.of(year, supports.ofOffice(office.value()).stream().map(s -> RetentionRate.span(s, year)).toList(),
                new RetentionSupportUnits(rules.on(year.start())));
    }

    /** The audit record of reading {@code rate} (one read of the office's supports). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void auditRate(OfficeId office, FiscalYear year, RetentionServiceRate rate) {
        audit.record(AuditEvent.of(AuditEvent.Action.READ, SUPPORT, office.value().toString()).inOffice(office)
                .withDetails("retention rate " + year + ": " + rate.employed() + "/" + rate.users()));
    }

    /** The face-to-face contacts of the person's support at the office in {@code month} (for claims; not audited: no personal content). */
    @Transactional(readOnly = true)
    public int faceToFaceContacts(OfficeId office, PersonId person, YearMonth month) {
        return (int) contacts.faceToFace(office.value(), person.value(), month.atDay(1), month.atEndOfMonth());
    }

    /** The persons served for 就労定着支援 on {@code day}, for the form that starts a support; audited about each. */
    @Transactional
    public List<PlanningQueries.ServedPerson> servedFor(OfficeId office, LocalDate day) {
        offices.require(office);
        List<PlanningQueries.ServedPerson> persons = planning.servedOn(office, day).stream()
                .filter(p -> p.serviceTypes().contains(ServiceType.RETENTION)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("retention persons=" + persons.size());
        audit.recordAll(persons.isEmpty() ? List.of(read) : persons.stream().map(p -> read.about(p.personId().value())).toList());
        return persons;
    }

    private RetentionSupport find(OfficeId office, UUID id) {
        return supports.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("training.retention.notFound", id));
    }

    private Detail detail(OfficeId office, RetentionSupport s) {
        LocalDate today = LocalDate.now(clock);
        List<RetentionContact> own = contacts.ofSupport(s.id());
        List<Report> written = reports.ofSupport(s.id()).stream().map(Report::of).toList();
        Map<YearMonth, Report> byMonth = written.stream().collect(Collectors.toMap(Report::month, r -> r));
        YearMonth last = YearMonth.from(s.lastDay());
        YearMonth now = YearMonth.from(today);
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(s.supportFrom()); !m.isAfter(last) && !m.isAfter(now); m = m.plusMonths(1)) {
            YearMonth month = m;
            List<RetentionContact> in = own.stream().filter(c -> YearMonth.from(c.date()).equals(month)).toList();
            months.add(Month.of(month, in.size(), (int) in.stream().filter(RetentionContact::faceToFace).count(), byMonth.get(month)));
        }
        int thisMonth = (int) own.stream().filter(c -> c.faceToFace() && YearMonth.from(c.date()).equals(now)).count();
        return new Detail(s.id(), view(office, s, thisMonth, today), months, own.stream().map(Contact::of).toList(), written);
    }

    private Support view(OfficeId office, RetentionSupport s, int faceToFaceThisMonth, LocalDate today) {
        var served = planning.served(office, s.personId(), s.supportFrom());
        return Support.of(s.id(), s.personId(), served.map(PlanningQueries.ServedPerson::name).orElse("-"),
                served.map(PlanningQueries.ServedPerson::kana).orElse("-"), s, s.runsOn(today), faceToFaceThisMonth);
    }
}
