package jp.tsunagu.training.internal.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's programme (プログラム): items (work practice, skills training, lectures, commuting practice), their
 * sessions, each session's attendance, and each person's progress against the short-term goals of their plan.
 *
 * <p>Attendance goes through the workspace module: a person is recorded present at a session only when the workspace
 * has them checked in at the office that day under 就労移行支援 or 就労選択支援 (a multi-function office's other
 * services do not count), and the roster offers the persons served that day with their check-in. Progress is recorded
 * against a goal of the plan in force on the day (planning's {@code planInForce}), keeping the goal's text as it stood,
 * optionally with the programme item through which it was seen; a goal's items are those its entries name, and beside
 * each the person's attendance at its sessions since the plan was delivered. Reads and writes naming a person are
 * audited about the person; the item and session lists name nobody.
 */
@Service
class ProgrammeService {
    /** The services whose users take part in the programme. */
    static final Set<ServiceType> SERVED = EnumSet.of(ServiceType.TRANSITION, ServiceType.EMPLOYMENT_SELECTION);

    private final ProgrammeItemRepository items;
    private final ProgrammeSessionRepository sessions;
    private final ProgrammeAttendanceRepository attendances;
    private final GoalProgressRepository progress;
    private final PlanningQueries planning;
    private final AttendanceQueries workspace;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeService(ProgrammeItemRepository items, ProgrammeSessionRepository sessions, ProgrammeAttendanceRepository attendances,
                     GoalProgressRepository progress, PlanningQueries planning, AttendanceQueries workspace, Offices offices, AuditTrail audit,
                     Clock clock) {
        this.items = items;
        this.sessions = sessions;
        this.attendances = attendances;
        this.progress = progress;
        this.planning = planning;
        this.workspace = workspace;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A programme item. */
    public record Item(UUID id, ProgrammeItem.Kind kind, String title, String description) {
        static Item of(ProgrammeItem i) {
            return new Item(i.id(), i.kind(), i.title(), i.description());
        }
    }

    /** What a new item records. */
    public record NewItem(ProgrammeItem.Kind kind, String title, String description) {
    }

    /** A session with its item and the count of persons recorded present and absent (naming nobody). */
    public record Session(UUID id, UUID itemId, String itemTitle, ProgrammeItem.Kind kind, LocalDate date, LocalTime startsAt, LocalTime endsAt,
                          String leader, String place, String content, int present, int absent) {
    }

    /** What a new session records. */
    public record NewSession(UUID itemId, LocalDate date, LocalTime startsAt, LocalTime endsAt, String leader, String place, String content) {
    }

    /**
     * A line of a session's roster: a person served that day (or recorded for the session), the workspace's check-in and
     * check-out that day (null when not checked in), and the attendance recorded (null when none).
     */
    public record RosterLine(PersonId person, String name, String kana, LocalTime checkIn, LocalTime checkOut,
                             ProgrammeAttendance.Status status, String note) {
        public boolean checkedIn() {
            return checkIn != null;
        }
    }

    /** A session with its roster. */
    public record SessionDetail(Session session, List<RosterLine> roster) {
    }

    /** One person's attendance to record: present or absent, a note. */
    public record Entry(PersonId person, ProgrammeAttendance.Status status, String note) {
    }

    /** A person the programme serves today (the progress pages' list). */
    public record Participant(PersonId person, String name, String kana) {
    }

    /** What a progress entry records. */
    public record NewProgress(int goalNumber, LocalDate recordedOn, GoalProgress.Level level, UUID itemId, String note) {
    }

    /** A progress entry as shown: the plan version and goal it was recorded against, the item through which it was seen. */
    public record ProgressEntry(UUID id, int planVersion, int goalNumber, String goal, LocalDate recordedOn, GoalProgress.Level level,
                                UUID itemId, String itemTitle, String note, String recordedBy) {
    }

    /** A person's attendance at an item's sessions in a period: present, absent, and the sessions held. */
    public record ItemAttendance(UUID itemId, String title, ProgrammeItem.Kind kind, int present, int absent, int held) {
        /** Present out of those recorded, in whole per cent; null when nothing is recorded. */
        public Integer rate() {
            int recorded = present + absent;
            return recorded == 0 ? null : Math.round(100f * present / recorded);
        }
    }

    /**
     * A short-term goal of the plan in force with its progress: the latest level and day (null before any entry), the
     * entries, and the items its entries name with the person's attendance at them since the plan was delivered.
     */
    public record GoalView(int number, String goal, LocalDate targetDate, GoalProgress.Level level, LocalDate levelOn,
                           List<ProgressEntry> entries, List<ItemAttendance> items) {
        /** Whether the target date has passed without the goal achieved. */
        public boolean overdue(LocalDate today) {
            return targetDate != null && today.isAfter(targetDate) && level != GoalProgress.Level.ACHIEVED;
        }
    }

    /**
     * A person's programme: the plan in force today (null when none) with its goals and their progress, the person's
     * attendance per item since the plan was delivered (or ever, without a plan), and entries of earlier plan versions.
     */
    public record PersonProgress(PersonId person, String name, String kana, PlanningQueries.PlanInForce plan, List<GoalView> goals,
                                 List<ItemAttendance> attendance, List<ProgressEntry> earlier) {
    }

    /** The office's items, by kind and title (naming nobody: not audited as a read). */
    @Transactional(readOnly = true)
    public List<Item> items(OfficeId office) {
        offices.require(office);
        return items.ofOffice(office.value()).stream().map(Item::of).toList();
    }

    /** Adds an item: a title already used in the office is refused naming {@code title}. */
    @Transactional
    public Item addItem(OfficeId office, NewItem n, String by) {
        offices.require(office);
        if (items.titled(office.value(), n.title().strip()).isPresent()) {
            throw new Problem.Invalid("title", "training.programme.titleTwice", n.title().strip());
        }
        ProgrammeItem saved = items.save(new ProgrammeItem(office, n.kind(), n.title(), n.description(), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "programme_item", saved.id().toString()).inOffice(office)
                .withDetails("kind=" + saved.kind() + " title=" + saved.title()));
        return Item.of(saved);
    }

    /** The office's sessions in the month, the latest first, with the counts of present and absent (naming nobody). */
    @Transactional(readOnly = true)
    public List<Session> sessions(OfficeId office, YearMonth month) {
        offices.require(office);
        List<ProgrammeSession> held = sessions.between(office.value(), month.atDay(1), month.atEndOfMonth());
        Map<UUID, ProgrammeItem> byId = items.ofOffice(office.value()).stream().collect(Collectors.toMap(ProgrammeItem::id, Function.identity()));
        Map<UUID, List<ProgrammeAttendance>> recorded = held.isEmpty() ? Map.of()
                : attendances.ofSessions(held.stream().map(ProgrammeSession::id).toList()).stream()
                        .collect(Collectors.groupingBy(ProgrammeAttendance::sessionId));
        return held.stream().map(s -> session(s, byId.get(s.itemId()), recorded.getOrDefault(s.id(), List.of()))).toList();
    }

    /** Adds a session of an item of the office (an unknown item is refused naming {@code itemId}); it may lie ahead. */
    @Transactional
    public Session addSession(OfficeId office, NewSession n, String by) {
        offices.require(office);
        ProgrammeItem item = item(office, n.itemId());
        ProgrammeSession saved = sessions.save(new ProgrammeSession(office, item.id(), n.date(), n.startsAt(), n.endsAt(), n.leader(), n.place(),
                n.content(), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "programme_session", saved.id().toString()).inOffice(office)
                .withDetails("item=" + item.title() + " date=" + saved.date()));
        return session(saved, item, List.of());
    }

    /**
     * A session with its roster: the persons served that day for 就労移行支援 or 就労選択支援 and anyone recorded, by
     * kana, each with the workspace's check-in that day and the attendance recorded; audited about each person.
     */
    @Transactional
    public SessionDetail session(OfficeId office, UUID sessionId) {
        offices.require(office);
        ProgrammeSession s = find(office, sessionId);
        ProgrammeItem item = item(office, s.itemId());
        List<ProgrammeAttendance> recorded = attendances.of(s.id());
        Map<PersonId, ProgrammeAttendance> byPerson = recorded.stream().collect(Collectors.toMap(ProgrammeAttendance::personId, a -> a));
        Map<PersonId, AttendanceQueries.DayPresent> checkedIn = checkIns(office, s.date());
        Map<PersonId, PlanningQueries.ServedPerson> served = new LinkedHashMap<>();
        planning.servedOn(office, s.date()).stream().filter(p -> p.serviceTypes().stream().anyMatch(SERVED::contains))
                .forEach(p -> served.put(p.personId(), p));
        for (PersonId p : byPerson.keySet()) {
            if (!served.containsKey(p)) {
                planning.served(office, p, s.date()).or(() -> planning.served(office, p, LocalDate.now(clock)))
                        .ifPresentOrElse(sp -> served.put(p, sp), () -> served.put(p, new PlanningQueries.ServedPerson(p, "-", "-", null, Set.of())));
            }
        }
        List<RosterLine> roster = served.values().stream().map(p -> {
            AttendanceQueries.DayPresent day = checkedIn.get(p.personId());
            ProgrammeAttendance a = byPerson.get(p.personId());
            return new RosterLine(p.personId(), p.name(), p.kana(), day == null ? null : day.checkIn(), day == null ? null : day.checkOut(),
                    a == null ? null : a.status(), a == null ? null : a.note());
        }).sorted(Comparator.comparing(RosterLine::kana)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "programme_session", s.id().toString()).inOffice(office)
                .withDetails("roster=" + roster.size());
        audit.recordAll(roster.isEmpty() ? List.of(read) : roster.stream().map(l -> read.about(l.person().value())).toList());
        return new SessionDetail(session(s, item, recorded), roster);
    }

    /**
     * Records the attendance of a session, all or nothing: the session not ahead of today (naming {@code sessionId}); each
     * person once (naming {@code personId}), served that day by the office for 就労移行支援 or 就労選択支援 (naming
     * {@code personId}), and present only when checked in at the office that day in the workspace module (naming
     * {@code personId}). Recording a person again replaces the earlier entry. Audited about each person.
     */
    @Transactional
    public SessionDetail recordAttendance(OfficeId office, UUID sessionId, List<Entry> entries, String by) {
        offices.require(office);
        ProgrammeSession s = find(office, sessionId);
        LocalDate today = LocalDate.now(clock);
        if (s.date().isAfter(today)) {
            throw new Problem.Invalid("sessionId", "training.programme.sessionAhead", s.date());
        }
        if (entries.isEmpty()) {
            throw new Problem.Invalid("entries", "training.programme.noEntries");
        }
        Map<PersonId, AttendanceQueries.DayPresent> checkedIn = checkIns(office, s.date());
        Set<PersonId> seen = new HashSet<>();
        for (Entry e : entries) {
            if (!seen.add(e.person())) {
                throw new Problem.Invalid("personId", "training.programme.personTwice", e.person().value());
            }
            boolean served = SERVED.stream().anyMatch(type -> planning.hasValidContract(office, e.person(), type, s.date()));
            if (!served) {
                throw new Problem.Invalid("personId", "training.programme.notServed", e.person().value(), s.date());
            }
            if (e.status() == ProgrammeAttendance.Status.PRESENT && !checkedIn.containsKey(e.person())) {
                throw new Problem.Invalid("personId", "training.programme.notCheckedIn", name(office, e.person(), s.date()), s.date());
            }
        }
        Map<PersonId, ProgrammeAttendance> existing = attendances.of(s.id()).stream()
                .collect(Collectors.toMap(ProgrammeAttendance::personId, a -> a));
        List<AuditEvent> events = new ArrayList<>();
        for (Entry e : entries) {
            ProgrammeAttendance a = existing.get(e.person());
            if (a == null) {
                a = attendances.save(new ProgrammeAttendance(s.id(), e.person(), e.status(), e.note(), by, clock.instant()));
            } else {
                a.change(e.status(), e.note());
            }
            events.add(AuditEvent.of(existing.containsKey(e.person()) ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "programme_attendance",
                    a.id().toString()).inOffice(office).about(e.person().value()).withDetails("session=" + s.id() + " status=" + e.status()));
        }
        audit.recordAll(events);
        return session(office, sessionId);
    }

    /** The persons served today for 就労移行支援 (whose plan's goals the progress pages follow), by kana; audited about each. */
    @Transactional
    public List<Participant> participants(OfficeId office) {
        offices.require(office);
        List<Participant> list = planning.servedOn(office, LocalDate.now(clock)).stream()
                .filter(p -> p.serviceTypes().contains(ServiceType.TRANSITION))
                .map(p -> new Participant(p.personId(), p.name(), p.kana())).sorted(Comparator.comparing(Participant::kana)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("programme participants=" + list.size());
        audit.recordAll(list.isEmpty() ? List.of(read) : list.stream().map(p -> read.about(p.person().value())).toList());
        return list;
    }

    /**
     * A person's programme and progress against the goals of the 就労移行支援 plan in force today; a person the office
     * neither serves today nor has programme records of is not found. Audited about the person.
     */
    @Transactional
    public PersonProgress progress(OfficeId office, PersonId person) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        List<GoalProgress> entries = progress.of(office.value(), person.value());
        Map<UUID, ProgrammeSession> attended = attendedSessions(office, person);
        List<ProgrammeAttendance> own = attended.isEmpty() ? List.of() : attendances.ofPerson(person.value()).stream()
                .filter(a -> attended.containsKey(a.sessionId())).toList();
        Optional<PlanningQueries.ServedPerson> served = planning.served(office, person, today);
        if (served.isEmpty()) {
            Optional<LocalDate> last = own.stream().map(a -> attended.get(a.sessionId()).date()).max(Comparator.naturalOrder());
            Optional<LocalDate> lastProgress = entries.stream().map(GoalProgress::recordedOn).max(Comparator.naturalOrder());
            if (last.isEmpty() && lastProgress.isEmpty()) {
                throw new Problem.NotFound("training.programme.personNotFound", person.value());
            }
            served = last.flatMap(d -> planning.served(office, person, d)).or(() -> lastProgress.flatMap(d -> planning.served(office, person, d)));
        }
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "goal_progress", person.value().toString()).inOffice(office).about(person.value())
                .withDetails("entries=" + entries.size()));
        Map<UUID, ProgrammeItem> byId = items.ofOffice(office.value()).stream().collect(Collectors.toMap(ProgrammeItem::id, Function.identity()));
        Optional<PlanningQueries.PlanInForce> plan = planning.planInForce(office, person, ServiceType.TRANSITION, today);
        LocalDate since = plan.map(PlanningQueries.PlanInForce::deliveredOn).orElse(LocalDate.MIN);
        List<ItemAttendance> attendance = itemAttendance(office, own, attended, byId, since, null);
        List<GoalView> goals = new ArrayList<>();
        List<ProgressEntry> earlier = new ArrayList<>();
        for (GoalProgress g : entries) {
            if (plan.isEmpty() || !plan.get().planId().value().equals(g.planId()) || plan.get().version() != g.planVersion()) {
                earlier.add(entry(g, byId));
            }
        }
        plan.ifPresent(p -> p.goals().forEach(goal -> {
            List<ProgressEntry> mine = entries.stream().filter(g -> g.planId().equals(p.planId().value()) && g.planVersion() == p.version()
                    && g.goalNumber() == goal.number()).map(g -> entry(g, byId)).toList();
            ProgressEntry latest = mine.isEmpty() ? null : mine.getLast();
            Set<UUID> itemIds = mine.stream().map(ProgressEntry::itemId).filter(java.util.Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
            goals.add(new GoalView(goal.number(), goal.goal(), goal.targetDate(), latest == null ? null : latest.level(),
                    latest == null ? null : latest.recordedOn(), mine, itemAttendance(office, own, attended, byId, since, itemIds)));
        }));
        return new PersonProgress(person, served.map(PlanningQueries.ServedPerson::name).orElse("-"),
                served.map(PlanningQueries.ServedPerson::kana).orElse("-"), plan.orElse(null), goals, attendance, earlier.reversed());
    }

    /**
     * Records progress against a goal of the 就労移行支援 plan in force on the day: the day not ahead of today (naming
     * {@code recordedOn}), a plan in force that day (naming {@code recordedOn}), the goal one of its short-term goals
     * (naming {@code goalNumber}), the item, when given, one of the office's (naming {@code itemId}). Audited about the person.
     */
    @Transactional
    public ProgressEntry recordProgress(OfficeId office, PersonId person, NewProgress n, String by) {
        offices.require(office);
        if (n.recordedOn().isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("recordedOn", "training.programme.progressAhead", n.recordedOn());
        }
        PlanningQueries.PlanInForce plan = planning.planInForce(office, person, ServiceType.TRANSITION, n.recordedOn())
                .orElseThrow(() -> new Problem.Invalid("recordedOn", "training.programme.noPlan", n.recordedOn()));
        PlanningQueries.PlanGoal goal = plan.goals().stream().filter(g -> g.number() == n.goalNumber()).findFirst()
                .orElseThrow(() -> new Problem.Invalid("goalNumber", "training.programme.unknownGoal", n.goalNumber(), plan.version(),
                        plan.goals().size()));
        ProgrammeItem item = n.itemId() == null ? null : item(office, n.itemId());
        GoalProgress saved = progress.save(new GoalProgress(office, person, plan.planId().value(), plan.version(), goal.number(), goal.goal(),
                n.recordedOn(), n.level(), item == null ? null : item.id(), n.note(), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "goal_progress", saved.id().toString()).inOffice(office).about(person.value())
                .withDetails("plan=" + plan.planId() + " v" + plan.version() + " goal=" + goal.number() + " level=" + n.level()));
        return entry(saved, item == null ? Map.of() : Map.of(item.id(), item));
    }

    private ProgrammeItem item(OfficeId office, UUID itemId) {
        if (itemId == null) {
            throw new Problem.Invalid("itemId", "training.programme.itemRequired");
        }
        return items.find(office.value(), itemId).orElseThrow(() -> new Problem.Invalid("itemId", "training.programme.unknownItem", itemId));
    }

    private ProgrammeSession find(OfficeId office, UUID id) {
        return sessions.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("training.programme.sessionNotFound", id));
    }

    /** The workspace's days present at the office on {@code date} under the programme's services, by person. */
    private Map<PersonId, AttendanceQueries.DayPresent> checkIns(OfficeId office, LocalDate date) {
        Map<PersonId, AttendanceQueries.DayPresent> on = new HashMap<>();
        workspace.daysPresent(office, YearMonth.from(date)).forEach((person, days) -> days.stream()
                .filter(d -> d.date().equals(date) && SERVED.contains(d.serviceType())).findFirst().ifPresent(d -> on.put(person, d)));
        return on;
    }

    private String name(OfficeId office, PersonId person, LocalDate date) {
        return planning.served(office, person, date).map(PlanningQueries.ServedPerson::name).orElse(person.value().toString());
    }

    /** The office's sessions the person has an attendance entry for, by id. */
    private Map<UUID, ProgrammeSession> attendedSessions(OfficeId office, PersonId person) {
        List<UUID> ids = attendances.ofPerson(person.value()).stream().map(ProgrammeAttendance::sessionId).toList();
        return ids.isEmpty() ? Map.of() : sessions.withIds(ids).stream().filter(s -> s.officeId().equals(office))
                .collect(Collectors.toMap(ProgrammeSession::id, Function.identity()));
    }

    /**
     * The person's attendance per item from {@code since}: present, absent, and the office's sessions of the item held
     * since then up to today; only {@code only} items when given (a goal's), else those the person has entries for.
     */
    private List<ItemAttendance> itemAttendance(OfficeId office, List<ProgrammeAttendance> own, Map<UUID, ProgrammeSession> attended,
                                                Map<UUID, ProgrammeItem> byId, LocalDate since, Set<UUID> only) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        if (only != null) {
            only.forEach(id -> counts.put(id, new int[2]));
        }
        for (ProgrammeAttendance a : own) {
            ProgrammeSession s = attended.get(a.sessionId());
            if (s.date().isBefore(since) || (only != null && !only.contains(s.itemId()))) {
                continue;
            }
            counts.computeIfAbsent(s.itemId(), k -> new int[2])[a.status() == ProgrammeAttendance.Status.PRESENT ? 0 : 1]++;
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Long> held = sessions.between(office.value(), since.equals(LocalDate.MIN) ? LocalDate.of(1900, 1, 1) : since, today).stream()
                .collect(Collectors.groupingBy(ProgrammeSession::itemId, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> byId.containsKey(e.getKey())).map(e -> {
            ProgrammeItem i = byId.get(e.getKey());
            return new ItemAttendance(i.id(), i.title(), i.kind(), e.getValue()[0], e.getValue()[1], held.getOrDefault(i.id(), 0L).intValue());
        }).sorted(Comparator.comparing(ItemAttendance::kind).thenComparing(ItemAttendance::title)).toList();
    }

    private static ProgressEntry entry(GoalProgress g, Map<UUID, ProgrammeItem> byId) {
        ProgrammeItem item = g.itemId() == null ? null : byId.get(g.itemId());
        return new ProgressEntry(g.id(), g.planVersion(), g.goalNumber(), g.goalText(), g.recordedOn(), g.level(), g.itemId(),
                item == null ? null : item.title(), g.note(), g.createdBy());
    }

    private static Session session(ProgrammeSession s, ProgrammeItem item, List<ProgrammeAttendance> recorded) {
        int present = (int) recorded.stream().filter(a -> a.status() == ProgrammeAttendance.Status.PRESENT).count();
        return new Session(s.id(), item.id(), item.title(), item.kind(), s.date(), s.startsAt(), s.endsAt(), s.leader(), s.place(), s.content(),
                present, recorded.size() - present);
    }
}
