package jp.tsunagu.sharing.internal.recipient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.sharing.internal.LinkKeys;
import jp.tsunagu.sharing.internal.SharingEvents;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient side of sharing: this office's claims of its clients (answered the same whether or not a consent met
 * them), what sources have granted it, and its inbox of snapshots. A snapshot is shown only while its grant is confirmed,
 * not revoked and within its period, and only for a category the grant names; otherwise it is not found, as if it had
 * never been. Every read of a snapshot is audited here, about this office's client.
 */
@Service
class InboxService {
    private final SharingGrantRepository grants;
    private final SharingClaimRepository claims;
    private final SharedSnapshotRepository snapshots;
    private final PlanningQueries planning;
    private final LinkKeys keys;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;

    InboxService(SharingGrantRepository grants, SharingClaimRepository claims, SharedSnapshotRepository snapshots, PlanningQueries planning,
                 LinkKeys keys, Offices offices, AuditTrail audit, ApplicationEventPublisher events, org.springframework.jdbc.core.JdbcTemplate jdbc,
                 Clock clock) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.claims = claims;
        this.snapshots = snapshots;
        this.planning = planning;
        this.keys = keys;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The answer to a claim: the same whether or not a consent met it. */
    record ClaimReceived(UUID claimId, PersonId person, LocalDate claimedOn) {
    }

    /** A grant as this office sees it: the source office, its client, the categories, the period, the state. */
    record Grant(UUID id, String sourceOfficeName, PersonId person, String name, String kana, Set<Category> categories, LocalDate validFrom,
                 LocalDate validTo, SharingGrant.State state, LocalDate confirmedOn, LocalDate revokedOn, boolean open) {
    }

    /** A snapshot in the inbox (its lines' labels are message keys). */
    record Snapshot(UUID id, PersonId person, String name, String kana, String sourceOfficeName, Category category, LocalDate providedOn,
                    LocalDate recordDate, String title, List<Line> lines, jp.tsunagu.sharing.internal.handover.HandoverContent handover) {
    }

    /** A line as shown: its value as a date too when it is one (the page writes 和暦 beside ISO). */
    record Line(String label, String value, String valueKey, LocalDate date) {
        static List<Line> of(List<SharingEvents.Line> lines) {
            return lines.stream().map(l -> new Line(l.label(), l.value(), l.valueKey(), date(l.value()))).toList();
        }

        private static LocalDate date(String value) {
            if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /**
     * Claims a client of this office (naming {@code personId} when not the office's) by the certificate number (10 digits,
     * naming {@code certificateNumber}) and municipality code (6 digits, naming {@code municipalityCode}). When a source's
     * offer here carries the same key, the source is asked to confirm; the answer does not say whether one did.
     */
    @Transactional
    public ClaimReceived claim(OfficeId office, PersonId person, String certificateNumber, String municipalityCode, String by) {
        offices.require(office);
        if (certificateNumber == null || !certificateNumber.matches("\\d{10}")) {
            throw new Problem.Invalid("certificateNumber", "sharing.claim.numberFormat", certificateNumber);
        }
        if (municipalityCode == null || !municipalityCode.matches("\\d{6}")) {
            throw new Problem.Invalid("municipalityCode", "sharing.claim.municipalityFormat", municipalityCode);
        }
        if (person == null) {
            throw new Problem.Invalid("personId", "sharing.claim.personRequired");
        }
        PlanningQueries.PersonName client = planning.person(office, person)
                .orElseThrow(() -> new Problem.Invalid("personId", "sharing.claim.notOurs", person.value()));
        LocalDate today = LocalDate.now(clock);
        boolean theirs = planning.certificate(person, today).filter(c -> c.number().equals(certificateNumber)
                && c.municipalityCode().equals(municipalityCode)).isPresent();
        if (!theirs) {
            throw new Problem.Invalid("certificateNumber", "sharing.claim.notTheClients", client.name(), certificateNumber, municipalityCode);
        }
        String key = keys.of(certificateNumber, municipalityCode);
        lock(office, key);
        SharingClaim saved = claims.save(new SharingClaim(office, person, certificateNumber, municipalityCode, today, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "sharing_claim", saved.id().toString()).inOffice(office).about(person.value()));
        meet(office, saved, grants.offered(office.value(), key));
        return new ClaimReceived(saved.id(), person, today);
    }

    /** The sources' grants linked to this office's clients (claimed, confirmed or revoked); audited about each client. */
    @Transactional
    public List<Grant> grants(OfficeId office) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        Map<PersonId, PlanningQueries.PersonName> names = new HashMap<>();
        List<Grant> all = grants.linked(office.value()).stream().map(g -> {
            PlanningQueries.PersonName n = names.computeIfAbsent(g.personId(), p -> planning.person(office, p).orElse(null));
            return new Grant(g.id(), g.sourceOfficeName(), g.personId(), n == null ? "-" : n.name(), n == null ? "-" : n.kana(), g.categories(),
                    g.validFrom(), g.validTo(), g.state(), g.confirmedOn(), g.revokedOn(), g.open(today));
        }).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "sharing_grant", office.value().toString()).inOffice(office)
                .withDetails("grants=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(g -> read.about(g.person().value())).distinct().toList());
        return all;
    }

    /** The inbox: the snapshots shown today, the latest first; audited about each client. */
    @Transactional
    public List<Snapshot> inbox(OfficeId office) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, SharingGrant> open = grants.linked(office.value()).stream().filter(g -> g.open(today))
                .collect(Collectors.toMap(SharingGrant::id, g -> g));
        Map<PersonId, PlanningQueries.PersonName> names = new HashMap<>();
        List<Snapshot> all = snapshots.ofOffice(office.value()).stream()
                .filter(s -> open.containsKey(s.grantId()) && open.get(s.grantId()).categories().contains(s.category()))
                .map(s -> snapshot(office, s, open.get(s.grantId()), names)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "shared_snapshot", office.value().toString()).inOffice(office)
                .withDetails("snapshots=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(s -> read.about(s.person().value())).distinct().toList());
        return all;
    }

    /** One snapshot, while its grant is open and names its category; otherwise not found. Audited about the client. */
    @Transactional
    public Snapshot snapshot(OfficeId office, UUID id) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        SharedSnapshot s = snapshots.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("sharing.snapshot.notFound", id));
        SharingGrant g = grants.findById(s.grantId()).filter(x -> x.open(today) && x.categories().contains(s.category()))
                .orElseThrow(() -> new Problem.NotFound("sharing.snapshot.notFound", id));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "shared_snapshot", s.id().toString()).inOffice(office).about(s.personId().value())
                .withDetails(s.category() + " of " + s.recordDate() + " from " + g.sourceOfficeName()));
        return snapshot(office, s, g, new HashMap<>(), true);
    }

    /** A snapshot that is a handover (404 otherwise, as for one not there). */
    @Transactional
    public Snapshot handover(OfficeId office, UUID id) {
        Snapshot s = snapshot(office, id);
        if (s.handover() == null || s.person() == null) {
            throw new Problem.NotFound("sharing.snapshot.notFound", id);
        }
        return s;
    }

    /**
     * One source office of a client on the dashboard: its name, the grant's state and categories, and from the snapshots
     * shown today the latest plan, the office's next monitoring due (as the latest plan or monitoring said), the latest
     * monitoring and the notice of ending.
     */
    record SourceView(String sourceOfficeName, SharingGrant.State state, boolean open, Set<Category> categories, LocalDate officeMonitoringDue,
                      PlanLine plan, MonitoringLine monitoring, EndLine end) {
    }

    /** The delivered plan on the dashboard: its snapshot, version and day. */
    record PlanLine(UUID snapshotId, String version, LocalDate deliveredOn) {
    }

    /** The latest monitoring on the dashboard: its snapshot, day, the progress per goal, the satisfaction and wishes. */
    record MonitoringLine(UUID snapshotId, LocalDate monitoredOn, List<String> progress, String satisfaction, String wishes) {
    }

    /** The notice of ending on the dashboard: its snapshot, the day, the reason (a message key and its code), the person's words. */
    record EndLine(UUID snapshotId, LocalDate endedOn, String reasonKey, String reason, String personWords) {
    }

    /** A client of this office on the dashboard: this office's own next monitoring due, and each source office. */
    record ClientView(PersonId person, String name, String kana, LocalDate ownMonitoringDue, List<SourceView> sources) {
    }

    /**
     * The consultation dashboard: every client of this office linked to a source office, in any tenant, by kana, with this
     * office's own next monitoring (its service use plan) and, per source office, what the snapshots shown today say.
     * Read set-based (the grants, the latest snapshot of each grant and category, the names and the monitoring dues, one
     * query each) from this tenant
     * alone; audited about each client.
     */
    @Transactional
    public List<ClientView> dashboard(OfficeId office) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        List<SharingGrant> linked = grants.linked(office.value());
        Map<UUID, List<Latest>> byGrant = latest(office).stream().collect(Collectors.groupingBy(Latest::grantId));
        Map<PersonId, PlanningQueries.PersonName> names = planning.names(office,
                linked.stream().map(SharingGrant::personId).collect(Collectors.toSet()));
        Map<PersonId, LocalDate> ownDue = planning.serviceUseMonitoringDue(office);
        Map<PersonId, List<SourceView>> sources = new java.util.LinkedHashMap<>();
        for (SharingGrant g : linked) {
            boolean open = g.open(today);
            List<Latest> shown = open ? byGrant.getOrDefault(g.id(), List.of()).stream()
                    .filter(x -> g.categories().contains(x.category())).toList() : List.of();
            Latest plan = latest(shown, Category.PLAN);
            Latest monitoring = latest(shown, Category.MONITORING);
            Latest end = latest(shown, Category.END_OF_SERVICE);
            LocalDate due = java.util.stream.Stream.of(plan, monitoring).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.comparing(Latest::recordDate))
                    .map(Latest::nextMonitoring).filter(v -> v != null && !v.isEmpty()).map(LocalDate::parse)
                    .orElse(null);
            sources.computeIfAbsent(g.personId(), p -> new java.util.ArrayList<>()).add(new SourceView(g.sourceOfficeName(), g.state(), open,
                    g.categories(), due,
                    plan == null ? null : new PlanLine(plan.id(), plan.planVersion(), plan.recordDate()),
                    monitoring == null ? null : new MonitoringLine(monitoring.id(), monitoring.recordDate(), monitoring.progress(),
                            monitoring.satisfaction(), monitoring.wishes()),
                    end == null ? null : new EndLine(end.id(), end.recordDate(), end.reasonKey(), end.reason(), end.personWords())));
        }
        List<ClientView> all = sources.entrySet().stream().map(e -> {
            PlanningQueries.PersonName n = names.get(e.getKey());
            return new ClientView(e.getKey(), n == null ? "-" : n.name(), n == null ? "-" : n.kana(), ownDue.get(e.getKey()), e.getValue());
        }).sorted(java.util.Comparator.comparing(ClientView::kana)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "shared_snapshot", office.value().toString()).inOffice(office)
                .withDetails("dashboard clients=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(c -> read.about(c.person().value())).toList());
        return all;
    }

    private static Latest latest(List<Latest> shown, Category category) {
        return shown.stream().filter(x -> x.category() == category).findFirst().orElse(null);
    }

    /** The latest snapshot of a grant and category as the dashboard needs it: the values of its lines it shows. */
    record Latest(UUID grantId, Category category, UUID id, LocalDate recordDate, String planVersion, String nextMonitoring,
                  List<String> progress, String satisfaction, String wishes, String reason, String reasonKey, String personWords) {
    }

    /**
     * The latest snapshot of each grant and category of the office, its lines' values taken out in SQL (one read, no
     * entity: the dashboard shows a few values of some thousand snapshots).
     */
    private List<Latest> latest(OfficeId office) {
        return jdbc.query("""
                select distinct on (s.grant_id, s.category) s.grant_id, s.category, s.id, s.record_date,
                       (select l ->> 'value' from jsonb_array_elements(s.lines) l where l ->> 'label' = 'sharing.line.planVersion' limit 1),
                       (select l ->> 'value' from jsonb_array_elements(s.lines) l where l ->> 'label' = 'sharing.line.nextMonitoring' limit 1),
                       (select coalesce(array_agg(l ->> 'value'), '{}') from jsonb_array_elements(s.lines) l
                         where l ->> 'label' = 'sharing.line.progress'),
                       (select l ->> 'value' from jsonb_array_elements(s.lines) l where l ->> 'label' = 'sharing.line.satisfaction' limit 1),
                       (select l ->> 'value' from jsonb_array_elements(s.lines) l where l ->> 'label' = 'sharing.line.wishes' limit 1),
                       (select l ->> 'value' from jsonb_array_elements(s.lines) l where l ->> 'label' = 'sharing.line.reason' limit 1),
                       (select l ->> 'valueKey' from jsonb_array_elements(s.lines) l where l ->> 'label' = 'sharing.line.reason' limit 1),
                       (select l ->> 'value' from jsonb_array_elements(s.lines) l where l ->> 'label' = 'sharing.line.personWords' limit 1)
                  from shared_snapshot s
                 where s.office_id = ?
                 order by s.grant_id, s.category, s.record_date desc, s.created_at desc
                """, (rs, i) -> new Latest(rs.getObject(1, UUID.class), Category.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), List.of((String[]) rs.getArray(7).getArray()),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)), office.value());
    }


    /** This office's persons the claim form offers, by kana; audited about each. */
    @Transactional
    public List<PlanningQueries.PersonName> clients(OfficeId office) {
        offices.require(office);
        List<PlanningQueries.PersonName> list = planning.persons(office, 500);
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("clients for claims=" + list.size());
        audit.recordAll(list.isEmpty() ? List.of(read) : list.stream().map(p -> read.about(p.personId().value())).toList());
        return list;
    }

    // the listeners' work, each under this tenant (the message's)

    /** A source's consent names this office: kept as an offer, and met at once by a claim already made with the same key. */
    @Transactional
    public void offered(SharingEvents.LinkOffered offer) {
        if (grants.ofConsent(offer.consentId()).isPresent()) {
            return; // delivered twice
        }
        lock(offer.officeId(), offer.linkKey());
        SharingGrant g = grants.save(new SharingGrant(offer.officeId(), offer.consentId(), offer.sourceTenant(), offer.sourceOffice(),
                offer.sourceOfficeName(), offer.linkKey(), offer.categories(), offer.validFrom(), offer.validTo(), clock.instant()));
        claims.ofOffice(offer.officeId().value()).stream()
                .filter(c -> keys.of(c.certificateNumber(), c.municipalityCode()).equals(g.linkKey())).findFirst()
                .ifPresent(c -> meet(offer.officeId(), c, List.of(g)));
    }

    @Transactional
    public void confirmed(SharingEvents.LinkConfirmed confirmed) {
        grants.ofConsent(confirmed.consentId()).ifPresent(g -> g.confirm(confirmed.confirmedOn()));
    }

    /** A snapshot arrives: kept when its grant is confirmed (a snapshot crossing a revocation is dropped), once. */
    @Transactional
    public void provided(SharingEvents.SnapshotProvided p) {
        // the source sends only once it has confirmed: a snapshot overtaking the confirmation confirms the grant
        grants.ofConsent(p.consentId()).filter(g -> g.state() == SharingGrant.State.CONFIRMED || g.state() == SharingGrant.State.CLAIMED)
                .ifPresent(g -> {
            g.confirm(p.providedOn());
            if (!snapshots.provided(p.provisionId())) {
                snapshots.save(new SharedSnapshot(p.officeId(), g.id(), g.personId(), p.category(), p.provisionId(), p.providedOn(),
                        p.recordDate(), p.title(), p.lines(), p.document(), clock.instant()));
            }
        });
    }

    @Transactional
    public void revoked(SharingEvents.ConsentRevoked revoked) {
        grants.ofConsent(revoked.consentId()).ifPresent(g -> {
            g.revoke(revoked.revokedOn());
            if (g.personId() != null) {
                // the source's user is of another tenant: the recipient's trail names the sharing module, not them
                audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "sharing_grant", g.id().toString()).inOffice(revoked.officeId())
                        .about(g.personId().value()).withDetails("revoked by " + g.sourceOfficeName() + " on " + revoked.revokedOn())
                        .by(new jp.tsunagu.audit.AuditActor("sharing", null, "revocation by the source office")));
            }
        });
    }

    /**
     * A claim and an offer with the same key, in two transactions at once, would each miss the other's uncommitted row:
     * both take this lock (held to the end of the transaction), so the second sees the first.
     */
    private void lock(OfficeId office, String key) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> { }, office.value() + ":" + key);
    }

    private void meet(OfficeId office, SharingClaim claim, List<SharingGrant> offered) {
        for (SharingGrant g : offered) {
            if (g.claim(claim.personId(), claim.id())) {
                events.publishEvent(new SharingEvents.LinkClaimed(g.sourceTenant(), g.sourceOffice(), g.consentId(), TenantContext.require(),
                        office, offices.require(office).name(), claim.id(), claim.claimedOn()));
            }
        }
    }

    private Snapshot snapshot(OfficeId office, SharedSnapshot s, SharingGrant g, Map<PersonId, PlanningQueries.PersonName> names) {
        return snapshot(office, s, g, names, false);
    }

    /** A snapshot as shown; {@code whole}: with its document (one snapshot's page, not a list). */
    private Snapshot snapshot(OfficeId office, SharedSnapshot s, SharingGrant g, Map<PersonId, PlanningQueries.PersonName> names, boolean whole) {
        PlanningQueries.PersonName n = names.computeIfAbsent(s.personId(), p -> planning.person(office, p).orElse(null));
        return new Snapshot(s.id(), s.personId(), n == null ? "-" : n.name(), n == null ? "-" : n.kana(), g.sourceOfficeName(), s.category(),
                s.providedOn(), s.recordDate(), s.title(), Line.of(s.lines()),
                s.document() == null || !whole ? null : jp.tsunagu.sharing.internal.handover.HandoverDocuments.parseOrNull(s.document()));
    }
}
