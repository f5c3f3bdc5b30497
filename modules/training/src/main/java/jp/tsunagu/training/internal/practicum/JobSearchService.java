package jp.tsunagu.training.internal.practicum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job search (求職活動) of a 就労移行支援 user: the ハローワーク registration, the applications (a company of the
 * directory or a name) with their steps (interviews, offer, rejection, withdrawal) and outcome; and the office's job
 * development (職場開拓) with the directory's companies. A registration or an application needs the person served by
 * the office for 就労移行支援 on its day (naming {@code personId}). Reads and writes about a person are audited about
 * the person; job development names no person and is audited as a write.
 */
@Service
class JobSearchService {
    private final HelloworkRegistrationRepository registrations;
    private final JobApplicationRepository applications;
    private final JobApplicationStepRepository steps;
    private final JobDevelopmentRepository developments;
    private final PracticumService practicums;
    private final TrainingCompanyRepository companies;
    private final PlanningQueries planning;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    JobSearchService(HelloworkRegistrationRepository registrations, JobApplicationRepository applications, JobApplicationStepRepository steps,
                     JobDevelopmentRepository developments, PracticumService practicums, TrainingCompanyRepository companies,
                     PlanningQueries planning, Offices offices, AuditTrail audit, Clock clock) {
        this.registrations = registrations;
        this.applications = applications;
        this.steps = steps;
        this.developments = developments;
        this.practicums = practicums;
        this.companies = companies;
        this.planning = planning;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A ハローワーク registration. */
    record Registration(UUID id, LocalDate registeredOn, String helloworkOffice, String registrationNumber) {
        static Registration of(HelloworkRegistration r) {
            return new Registration(r.id(), r.registeredOn(), r.helloworkOffice(), r.registrationNumber());
        }
    }

    /** A step of an application. */
    record Step(UUID id, JobApplication.Status status, LocalDate date, String note) {
        static Step of(JobApplicationStep s) {
            return new Step(s.id(), s.status(), s.on(), s.note());
        }
    }

    /** An application with its company's name and its steps. */
    record Application(UUID id, PersonId person, UUID companyId, String company, LocalDate appliedOn, String job, JobApplication.Status status,
                       LocalDate statusOn, String outcome, List<Step> steps) {
    }

    /** What an application records: a company of the directory or a name. */
    record NewApplication(PersonId person, UUID companyId, String companyName, LocalDate appliedOn, String job, String note) {
    }

    /** A person's job search: the name, the registrations, the applications. */
    record Search(PersonId person, String name, String kana, List<Registration> registrations, List<Application> applications) {
    }

    /** A job development record with the company's name. */
    record Development(UUID id, UUID companyId, String company, LocalDate date, String staff, String discussed, String outcome) {
    }

    /** Records a ハローワーク registration of the person. */
    @Transactional
    public Registration register(OfficeId office, PersonId person, LocalDate on, String helloworkOffice, String number, String by) {
        offices.require(office);
        requireServed(office, person, on);
        HelloworkRegistration r = registrations.save(new HelloworkRegistration(office, person, on, helloworkOffice, number, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "hellowork_registration", r.id().toString()).inOffice(office).about(person.value())
                .withDetails("registeredOn=" + on + " at=" + r.helloworkOffice()));
        return Registration.of(r);
    }

    /** Records an application: a company of the directory (unknown refused naming {@code companyId}) or a name. */
    @Transactional
    public Application apply(OfficeId office, NewApplication a, String by) {
        offices.require(office);
        UUID companyId = null;
        if (a.companyId() != null) {
            companyId = practicums.company(a.companyId(), "companyId").id();
        } else if (a.companyName() == null || a.companyName().isBlank()) {
            throw new Problem.Invalid("companyId", "training.application.company");
        }
        requireServed(office, a.person(), a.appliedOn());
        JobApplication saved = applications.save(new JobApplication(office, a.person(), companyId, a.companyName(), a.appliedOn(), a.job(), by,
                clock.instant()));
        steps.save(new JobApplicationStep(saved.id(), JobApplication.Status.APPLIED, a.appliedOn(), a.note(), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "job_application", saved.id().toString()).inOffice(office)
                .about(a.person().value()).withDetails("appliedOn=" + a.appliedOn() + " job=" + saved.job()));
        return application(saved, names());
    }

    /** A step of an application: an interview, the offer, a rejection, a withdrawal, with its day and a note (and the outcome). */
    @Transactional
    public Application step(OfficeId office, UUID id, JobApplication.Status status, LocalDate on, String note, String outcome, String by) {
        offices.require(office);
        JobApplication a = applications.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("training.application.notFound", id));
        if (on.isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new Problem.Invalid("date", "training.practicum.future", on);
        }
        a.move(status, on, outcome);
        applications.save(a);
        steps.save(new JobApplicationStep(a.id(), status, on, note, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "job_application", a.id().toString()).inOffice(office)
                .about(a.personId().value()).withDetails("status=" + status + " on=" + on));
        return application(a, names());
    }

    /** The person's job search at the office: registrations and applications with their steps; audited about the person. */
    @Transactional
    public Search search(OfficeId office, PersonId person) {
        offices.require(office);
        List<Registration> regs = registrations.of(office.value(), person.value()).stream().map(Registration::of).toList();
        Map<UUID, String> names = names();
        List<Application> apps = applications.of(office.value(), person.value()).stream().map(a -> application(a, names)).toList();
        PlanningQueries.ServedPerson s = planning.served(office, person, LocalDate.now(clock))
                .or(() -> regs.isEmpty() ? java.util.Optional.empty() : planning.served(office, person, regs.getFirst().registeredOn()))
                .or(() -> apps.isEmpty() ? java.util.Optional.empty() : planning.served(office, person, apps.getFirst().appliedOn()))
                .orElse(null);
        if (s == null && regs.isEmpty() && apps.isEmpty()) {
            throw new Problem.NotFound("training.jobSearch.notFound", person.value());
        }
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "job_application", person.value().toString()).inOffice(office).about(person.value())
                .withDetails("registrations=" + regs.size() + " applications=" + apps.size()));
        return new Search(person, s == null ? "-" : s.name(), s == null ? "-" : s.kana(), regs, apps);
    }

    /** Records job development with a company of the directory (unknown refused naming {@code companyId}). */
    @Transactional
    public Development develop(OfficeId office, UUID companyId, LocalDate on, String staff, String discussed, String outcome, String by) {
        offices.require(office);
        TrainingCompany company = practicums.company(companyId, "companyId");
        if (on.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("date", "training.practicum.future", on);
        }
        JobDevelopment d = developments.save(new JobDevelopment(office, company.id(), on, staff, discussed, outcome, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "job_development", d.id().toString()).inOffice(office)
                .withDetails("company=" + company.name() + " on=" + on));
        return development(d, company.name());
    }

    /** The office's job development with one company (or with all when {@code companyId} is null), by date. */
    @Transactional(readOnly = true)
    public List<Development> developments(OfficeId office, UUID companyId) {
        offices.require(office);
        Map<UUID, String> names = names();
        if (companyId != null) {
            practicums.company(companyId, "companyId");
            return developments.of(office.value(), companyId).stream().map(d -> development(d, names.get(d.companyId()))).toList();
        }
        return developments.ofOffice(office.value()).stream().map(d -> development(d, names.get(d.companyId()))).toList();
    }

    private void requireServed(OfficeId office, PersonId person, LocalDate on) {
        if (!planning.hasValidContract(office, person, ServiceType.TRANSITION, on)) {
            throw new Problem.Invalid("personId", "training.jobSearch.notServed", on);
        }
    }

    private Map<UUID, String> names() {
        Map<UUID, String> names = new HashMap<>();
        companies.directory().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    private Application application(JobApplication a, Map<UUID, String> names) {
        return new Application(a.id(), a.personId(), a.companyId(), a.companyId() == null ? a.companyName() : names.get(a.companyId()), a.appliedOn(),
                a.job(), a.status(), a.statusOn(), a.outcome(), steps.of(a.id()).stream().map(Step::of).toList());
    }

    private static Development development(JobDevelopment d, String company) {
        return new Development(d.id(), d.companyId(), company, d.on(), d.staff(), d.discussed(), d.outcome());
    }
}
