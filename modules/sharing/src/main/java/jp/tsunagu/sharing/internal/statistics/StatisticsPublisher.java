package jp.tsunagu.sharing.internal.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.sharing.internal.SharingEvents;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.PublicOffices;
import jp.tsunagu.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source side of a municipality's statistics: the corporation opts an office in (naming the municipality's office
 * from the public directory) or stops; while it runs, each month the office closes (its service records, or its 工賃 run)
 * is published again, and a month may be published by hand. Publication computes the office's figures here, under its
 * own tenant, suppresses small cells, and sends only the cells as a message of the municipality's tenant. Audited as an
 * export of aggregate data.
 */
@Service
class StatisticsPublisher {
    private final StatisticsPublicationRepository publications;
    private final OfficeFigures figures;
    private final Offices offices;
    private final Tenants tenants;
    private final PublicOffices directory;
    private final ModuleActivations modules;
    private final Rules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatisticsPublisher(StatisticsPublicationRepository publications, OfficeFigures figures, Offices offices, Tenants tenants,
                        PublicOffices directory, ModuleActivations modules, Rules rules, AuditTrail audit, ApplicationEventPublisher events,
                        Clock clock) {
        this.publications = publications;
        this.figures = figures;
        this.offices = offices;
        this.tenants = tenants;
        this.directory = directory;
        this.modules = modules;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A publication as the office's page and the JSON show it. */
    record View(UUID id, String municipalityOfficeNumber, String municipalityName, LocalDate startedOn, LocalDate stoppedOn,
                YearMonth lastPublishedMonth) {
        static View of(StatisticsPublication p) {
            return new View(p.id(), p.recipientOfficeNumber(), p.recipientName(), p.startedOn(), p.stoppedOn(), p.lastPublishedMonth());
        }
    }

    @Transactional(readOnly = true)
    List<View> publications(OfficeId office) {
        offices.require(office);
        return publications.ofOffice(office.value()).stream().map(View::of).toList();
    }

    /**
     * Opts the office in: the municipality's office number must be 10 digits, in the directory, and a municipality's;
     * one publication runs per office at a time (409 {@code sharing.statistics.running}).
     */
    @Transactional
    View optIn(OfficeId office, String municipalityOfficeNumber, String user) {
        offices.require(office);
        if (municipalityOfficeNumber == null || !municipalityOfficeNumber.matches("\\d{10}")) {
            throw new Problem.Invalid("municipalityOfficeNumber", "sharing.statistics.numberFormat", municipalityOfficeNumber);
        }
        PublicOffices.Entry to = directory.byNumber(municipalityOfficeNumber)
                .orElseThrow(() -> new Problem.Invalid("municipalityOfficeNumber", "sharing.consent.unknownOffice", municipalityOfficeNumber));
        if (!to.municipality()) {
            throw new Problem.Invalid("municipalityOfficeNumber", "sharing.statistics.notMunicipality", municipalityOfficeNumber);
        }
        if (publications.running(office.value()).isPresent()) {
            throw new Problem.Conflict("sharing.statistics.running");
        }
        StatisticsPublication p;
        try {
            p = publications.saveAndFlush(new StatisticsPublication(office, to.tenant(), to.office(), to.officeNumber(),
                    to.tenantName() + " " + to.name(), LocalDate.now(clock), user, clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException concurrent) {
            throw new Problem.Conflict("sharing.statistics.running"); // another opt-in of the office won the unique index
        }
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "sharing_statistics_publication", p.id().toString()).inOffice(office)
                .withDetails("to " + to.officeNumber()));
        return View.of(p);
    }

    /** Stops the running publication; what was published stays with the municipality. */
    @Transactional
    View stop(OfficeId office, UUID id, String user) {
        StatisticsPublication p = publications.running(office.value()).filter(r -> r.id().equals(id))
                .orElseThrow(() -> new Problem.NotFound("sharing.statistics.notFound", id));
        p.stop(LocalDate.now(clock));
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "sharing_statistics_publication", p.id().toString()).inOffice(office)
                .withDetails("stopped by " + user));
        return View.of(p);
    }

    /**
     * Publishes {@code month} now: the office must be opted in (409 {@code sharing.statistics.notOptedIn}); the month may
     * not lie ahead of today nor before the rules begin.
     */
    @Transactional
    View publish(OfficeId office, YearMonth month, String user) {
        OfficeSummary summary = offices.require(office);
        if (month == null) {
            throw new Problem.Invalid("month", "sharing.statistics.monthRequired");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new Problem.Invalid("month", "sharing.statistics.futureMonth", month.toString());
        }
        if (!ruled(month)) {
            throw new Problem.Invalid("month", "sharing.statistics.monthTooEarly", month.toString());
        }
        StatisticsPublication p = publications.running(office.value())
                .orElseThrow(() -> new Problem.Conflict("sharing.statistics.notOptedIn"));
        send(summary, p, month, user);
        return View.of(p);
    }

    /** A month's service records closed: publish it where the office is opted in. */
    @ApplicationModuleListener
    void on(jp.tsunagu.workspace.events.AttendanceMonthClosed closed) {
        closedMonth(closed.officeId(), closed.month());
    }

    /** A month's 工賃 closed: publish it again, now with its average. */
    @ApplicationModuleListener
    void on(jp.tsunagu.wages.events.WagesMonthClosed closed) {
        closedMonth(closed.officeId(), closed.month());
    }

    private void closedMonth(OfficeId office, YearMonth month) {
        if (!modules.isEnabled(office, "sharing")) {
            return;
        }
        if (!ruled(month)) {
            return; // a month before the statistics rules begin is not published
        }
        publications.running(office.value()).ifPresent(p -> offices.find(office).ifPresent(summary -> send(summary, p, month, "sharing")));
    }

    private boolean ruled(YearMonth month) {
        try {
            rules.on(month.atEndOfMonth()).row(Disclosure.TABLE, "SMALL_CELL");
            return true;
        } catch (RuleNotFound before) {
            return false;
        }
    }

    private void send(OfficeSummary office, StatisticsPublication p, YearMonth month, String user) {
        LocalDate today = LocalDate.now(clock);
        OfficeFigures.Figures f = figures.of(office, month, today);
        events.publishEvent(new SharingEvents.StatisticsPublished(p.recipientTenant(), p.recipientOffice(), office.officeNumber(),
                office.name(), tenants.currentName(), today, month, f.ofMonth(), f.yearToDate(), clock.instant()));
        p.published(month);
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "sharing_statistics", office.id().value().toString()).inOffice(office.id())
                .withDetails(month + " to " + p.recipientOfficeNumber() + " by " + user + " (aggregate, no personal data)"));
    }
}
