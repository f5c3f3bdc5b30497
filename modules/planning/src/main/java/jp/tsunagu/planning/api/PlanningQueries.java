package jp.tsunagu.planning.api;

import java.time.LocalDate;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;

/**
 * What other modules may ask of planning. Call inside a transaction of the current tenant (the implementation
 * refuses to run without one).
 */
public interface PlanningQueries {

    /**
     * Whether the person may be served by the office for {@code type} on {@code date}: a usage contract (利用契約) of
     * that office for the service type runs on the date, and a 支給決定 on one of the person's recipient certificates
     * for the service type covers it (a 暫定支給決定 only until its provisional term ends).
     */
    boolean hasValidContract(OfficeId officeId, PersonId personId, ServiceType type, LocalDate date);

    /**
     * The days of service a benefit decision of the person allows for the service type in the month of
     * {@code date} (its number, or 原則の日数 = days of the month − 8), or empty when no decision covers the date.
     */
    java.util.OptionalInt daysAllowed(PersonId personId, ServiceType type, LocalDate date);

    /**
     * Both questions at once, as a check-in asks them (a batch of check-ins: the list below): empty when the person may not be served by the office on
     * {@code date} ({@link #hasValidContract} is false), else what {@link #daysAllowed} answers. One read of the
     * contracts and one of the decisions.
     */
    java.util.OptionalInt daysAllowedUnderContract(OfficeId officeId, PersonId personId, ServiceType type, LocalDate date);

    /** {@link #daysAllowedUnderContract} for many questions in one read: the answers in the questions' order. */
    java.util.List<java.util.OptionalInt> daysAllowedUnderContract(java.util.List<ContractQuestion> questions);

    /** One question of {@link #daysAllowedUnderContract(java.util.List)}. */
    record ContractQuestion(OfficeId officeId, PersonId personId, ServiceType type, LocalDate date) {
    }

    /**
     * The last day the person's benefit decision (支給決定) for {@code type} covering {@code date} allows the service (a
     * 暫定支給決定 only until its provisional term ends), or empty when no decision covers the date.
     */
    java.util.Optional<LocalDate> decisionEnd(PersonId personId, ServiceType type, LocalDate date);

    /** {@link #daysAllowed} for many persons at once (one read): persons without a covering decision are left out. */
    java.util.Map<PersonId, Integer> daysAllowed(java.util.Collection<PersonId> personIds, ServiceType type, LocalDate date);

    /**
     * The persons the office serves on {@code date} (a usage contract of the office runs that day), by kana, each
     * with the service types of those contracts and the number of the certificate the contract names.
     */
    java.util.List<ServedPerson> servedOn(OfficeId officeId, LocalDate date);

    /** The person as {@link #servedOn} would list them, or empty when no contract of the office runs that day. */
    java.util.Optional<ServedPerson> served(OfficeId officeId, PersonId personId, LocalDate date);

    /** A person an office serves: full name, full kana (katakana), the certificate number, the contracted types. */
    record ServedPerson(PersonId personId, String name, String kana, String certificateNumber,
                        java.util.Set<ServiceType> serviceTypes) {
    }

    /**
     * The persons with a usage contract of the office for {@code type} running on at least one day from {@code from} to
     * {@code to} (both included): who the office served for the service in the period (statistics).
     */
    java.util.Set<PersonId> servedBetween(OfficeId officeId, ServiceType type, LocalDate from, LocalDate to);

    /**
     * The person's support plan (個別支援計画) of the office for {@code type} in force on {@code date}: the version
     * delivered (交付) on or before the date and not yet replaced, with its long-term goal and short-term goals numbered
     * from 1 in the plan's order; empty when none is in force.
     */
    java.util.Optional<PlanInForce> planInForce(OfficeId officeId, PersonId personId, ServiceType type, LocalDate date);

    /** A plan version in force: the plan, its version number, the day delivered, the long-term goal, the short-term goals. */
    record PlanInForce(SupportPlanId planId, int version, LocalDate deliveredOn, String longTermGoal, java.util.List<PlanGoal> goals) {
        public PlanInForce {
            goals = java.util.List.copyOf(goals);
        }
    }

    /** A short-term goal (短期目標) of a plan version: its number (1, 2, … in the plan's order), the goal, the target date. */
    record PlanGoal(int number, String goal, LocalDate targetDate) {
    }

    /**
     * The person's recipient certificate (受給者証) valid on {@code date} (the latest issued when several are), as its
     * number and the municipality's code and name; empty when none is valid that day.
     */
    java.util.Optional<CertificateRef> certificate(PersonId personId, LocalDate date);

    /**
     * A recipient certificate's number (10 digits), the municipality's code (6 digits) and name, and the monthly cap of
     * the user's charge (利用者負担上限月額) it states.
     */
    record CertificateRef(String number, String municipalityCode, String municipalityName, jp.tsunagu.kernel.Yen monthlyCopayCap) {
    }

    /**
     * The monitoring (モニタリング) of the office's plan recorded on {@code monitoredOn}: the plan version reviewed, whether
     * the person was interviewed, the progress per goal, the person's satisfaction and wishes, whether the plan needs
     * a change; empty when none was recorded that day.
     */
    java.util.Optional<MonitoringSummary> monitoring(OfficeId officeId, SupportPlanId planId, LocalDate monitoredOn);

    /** A monitoring as {@link #monitoring} answers it. */
    record MonitoringSummary(LocalDate monitoredOn, int planVersion, boolean interviewed, java.util.List<GoalReview> progress,
                             String satisfaction, String wishes, boolean planChangeNeeded) {
        public MonitoringSummary {
            progress = java.util.List.copyOf(progress);
        }
    }

    /** A goal and the progress a monitoring saw. */
    record GoalReview(String goal, String progress) {
    }

    /** A person of the office (registered with it, whatever their contracts): full name and kana; empty when not the office's. */
    java.util.Optional<PersonName> person(OfficeId officeId, PersonId personId);

    /** A person's full name and full kana. */
    record PersonName(PersonId personId, String name, String kana) {
    }

    /** A version of one of the office's plans, as {@link #planInForce} answers it, when that version has been delivered. */
    java.util.Optional<PlanInForce> deliveredVersion(OfficeId officeId, SupportPlanId planId, int version);

    /** The persons registered with the office (whatever their contracts), by kana, at most {@code limit}. */
    java.util.List<PersonName> persons(OfficeId officeId, int limit);

    /**
     * For a consultation office: the next monitoring due (モニタリング) of each person's latest agreed service use plan
     * (サービス等利用計画), by person, in one read; persons without an agreed plan are left out.
     */
    java.util.Map<PersonId, LocalDate> serviceUseMonitoringDue(OfficeId officeId);

    /** The names of those of {@code personIds} registered with the office, in one read (a list's names). */
    java.util.Map<PersonId, PersonName> names(OfficeId officeId, java.util.Collection<PersonId> personIds);

    /**
     * How many of the office's support plans (個別支援計画) had their monitoring overdue on {@code date}, from what was
     * recorded by then (a count for statistics; nobody named).
     */
    int monitoringsOverdue(OfficeId officeId, LocalDate date);

    /**
     * The usage contract (利用契約) of the office for {@code type} running on at least one day of {@code month} (the latest
     * started when several do): its first day, last day (null while open) and the days a month contracted (契約支給量);
     * empty when none runs in the month. For the claim's contract record.
     */
    java.util.Optional<ContractTerms> contract(OfficeId officeId, PersonId personId, ServiceType type, java.time.YearMonth month);

    /** A usage contract's terms as {@link #contract} answers them. */
    /** {@link #contract} for many persons in one read: persons without a contract running in the month are left out. */
    java.util.Map<PersonId, ContractTerms> contracts(OfficeId officeId, java.util.Collection<PersonId> personIds, ServiceType type,
                                                     java.time.YearMonth month);

    record ContractTerms(LocalDate start, LocalDate end, int contractedDays) {
    }

    /**
     * For an audit (運営指導): every version of the office's support plans (個別支援計画) that touches the period from
     * {@code from} to {@code to} (both included): in force on a day of it, or not yet delivered and opened on or before
     * {@code to} (opened: entered, or the day of its meeting or consent when that came first); with the day of the person's latest assessment (アセスメント) on or before the version's meeting (or its
     * opening), the meeting, the consent (the plan explained and agreed: the consent records both) and the delivery,
     * each null when not recorded. By person, plan and version.
     */
    java.util.List<PlanVersionRecord> planVersions(OfficeId officeId, LocalDate from, LocalDate to);

    /** A plan version as {@link #planVersions} answers it; {@code state} is the cycle's step (DRAFT … DELIVERED, SUPERSEDED, ENDED). */
    record PlanVersionRecord(SupportPlanId planId, PersonId personId, ServiceType serviceType, int version, String state, LocalDate openedOn,
                             LocalDate assessedOn, LocalDate meetingOn, LocalDate consentOn, String consentBy, LocalDate deliveredOn) {
    }

    /**
     * For an audit (運営指導): the monitorings (モニタリング) due in the period from {@code from} to {@code to} (both
     * included) after each delivery or monitoring of the office's plans, on the interval the rules give, each with the
     * monitoring that met it (null when none was recorded by {@code to}), and the monitorings recorded in the period; a
     * due date is {@code overdue} when its monitoring came later or, by {@code to}, not at all. Plans whose service has
     * ended are left out (as {@link #monitoringsOverdue} does). By due date.
     */
    java.util.List<MonitoringRecord> monitorings(OfficeId officeId, LocalDate from, LocalDate to);

    /** A monitoring due and the monitoring that met it, as {@link #monitorings} answers it. */
    record MonitoringRecord(SupportPlanId planId, PersonId personId, ServiceType serviceType, LocalDate lastReview, LocalDate dueOn,
                            LocalDate monitoredOn, Integer planVersion, boolean overdue) {
    }
}
