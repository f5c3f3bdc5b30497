package jp.tsunagu.training.internal.practicum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
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
 * The tenant's company directory (shared by its offices: listed and added under any office with the module on, the
 * rows the tenant's) and workplace practicums (職場実習): a practicum at a company of the directory, for a person served
 * by the office for 就労移行支援 on its first day; its daily notes (within its dates; a day without staff present
 * names the company's contact), the evaluations by the company and by staff, and the monthly review of the plan
 * against them (the evaluations dated in the month). Reads and writes about a person are audited about the person.
 */
@Service
class PracticumService {
    private final TrainingCompanyRepository companies;
    private final PracticumRepository practicums;
    private final PracticumNoteRepository notes;
    private final PracticumEvaluationRepository evaluations;
    private final PracticumReviewRepository reviews;
    private final PlanningQueries planning;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    PracticumService(TrainingCompanyRepository companies, PracticumRepository practicums, PracticumNoteRepository notes,
                     PracticumEvaluationRepository evaluations, PracticumReviewRepository reviews, PlanningQueries planning, Offices offices,
                     AuditTrail audit, Clock clock) {
        this.companies = companies;
        this.practicums = practicums;
        this.notes = notes;
        this.evaluations = evaluations;
        this.reviews = reviews;
        this.planning = planning;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A company of the directory. */
    record Company(UUID id, String name, String address, String contactPerson, String phone, String industry, String note) {
        static Company of(TrainingCompany c) {
            return new Company(c.id(), c.name(), c.address(), c.contactPerson(), c.phone(), c.industry(), c.note());
        }
    }

    /** What a new company records. */
    record NewCompany(String name, String address, String contactPerson, String phone, String industry, String note) {
    }

    /** What a practicum records. */
    record Start(PersonId person, UUID companyId, LocalDate from, LocalDate to, String tasks) {
    }

    /** A practicum with the person's name and the company's. */
    record View(UUID id, PersonId person, String name, String kana, UUID companyId, String companyName, LocalDate from, LocalDate to,
                String tasks) {
    }

    /** A daily note. */
    record Note(UUID id, LocalDate date, boolean staffPresent, String companyContact, String done, String observations) {
        static Note of(PracticumNote n) {
            return new Note(n.id(), n.date(), n.staffPresent(), n.companyContact(), n.done(), n.observations());
        }
    }

    /** What a daily note records. */
    record NewNote(LocalDate date, boolean staffPresent, String companyContact, String done, String observations) {
    }

    /** An evaluation. */
    record Evaluation(UUID id, PracticumEvaluation.By by, LocalDate on, String evaluator, PracticumEvaluation.Aspect pace,
                      PracticumEvaluation.Aspect accuracy, PracticumEvaluation.Aspect attendance, PracticumEvaluation.Aspect communication,
                      String overall) {
        static Evaluation of(PracticumEvaluation e) {
            return new Evaluation(e.id(), e.by(), e.on(), e.evaluator(), e.pace(), e.accuracy(), e.attendance(), e.communication(), e.overall());
        }
    }

    /** What an evaluation records. */
    record NewEvaluation(PracticumEvaluation.By by, LocalDate on, String evaluator, PracticumEvaluation.Aspect pace,
                         PracticumEvaluation.Aspect accuracy, PracticumEvaluation.Aspect attendance, PracticumEvaluation.Aspect communication,
                         String overall) {
    }

    /** A monthly review with the evaluations of its month. */
    record Review(UUID id, YearMonth month, LocalDate reviewedOn, String review, String nextSteps, List<UUID> evaluationIds) {
    }

    /** A practicum with its notes, evaluations and reviews. */
    record Detail(View practicum, List<Note> notes, List<Evaluation> evaluations, List<Review> reviews) {
    }

    /** A person the start form offers: served for 就労移行支援 today. */
    record Candidate(PersonId person, String name, String kana) {
    }

    /** The tenant's directory, by name (not about a person: not audited as a read). */
    @Transactional(readOnly = true)
    public List<Company> companies(OfficeId office) {
        offices.require(office);
        return companies.directory().stream().map(Company::of).toList();
    }

    /** Adds a company to the tenant's directory: a name already there is refused naming {@code name}. */
    @Transactional
    public Company addCompany(OfficeId office, NewCompany c, String by) {
        offices.require(office);
        if (companies.named(c.name().strip()).isPresent()) {
            throw new Problem.Invalid("name", "training.company.duplicate", c.name().strip());
        }
        TrainingCompany saved = companies.save(new TrainingCompany(c.name(), c.address(), c.contactPerson(), c.phone(), c.industry(), c.note(),
                by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "training_company", saved.id().toString()).inOffice(office)
                .withDetails("name=" + saved.name()));
        return Company.of(saved);
    }

    /** The company of the tenant's directory named by {@code companyId}: unknown is refused naming {@code field}. */
    TrainingCompany company(UUID companyId, String field) {
        if (companyId == null) {
            throw new Problem.Invalid(field, "training.company.required");
        }
        return companies.findById(companyId).orElseThrow(() -> new Problem.Invalid(field, "training.company.unknown", companyId));
    }

    /** Starts a practicum: the company must be in the directory, to not before from, the person served for 就労移行支援 on the first day. */
    @Transactional
    public View start(OfficeId office, Start s, String by) {
        offices.require(office);
        TrainingCompany company = company(s.companyId(), "companyId");
        Practicum p = new Practicum(office, s.person(), company.id(), s.from(), s.to(), s.tasks(), by, clock.instant());
        if (!planning.hasValidContract(office, s.person(), ServiceType.TRANSITION, s.from())) {
            throw new Problem.Invalid("personId", "training.practicum.notServed", s.from());
        }
        practicums.save(p);
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "practicum", p.id().toString()).inOffice(office).about(s.person().value())
                .withDetails("company=" + company.name() + " " + s.from() + ".." + s.to()));
        return view(office, p, company.name(), new HashMap<>());
    }

    /** The office's practicums, the latest first; audited about each person. */
    @Transactional
    public List<View> practicums(OfficeId office) {
        offices.require(office);
        Map<UUID, String> names = new HashMap<>();
        companies.directory().forEach(c -> names.put(c.id(), c.name()));
        Map<PersonId, PlanningQueries.ServedPerson> persons = new HashMap<>();
        List<View> all = practicums.ofOffice(office.value()).stream().map(p -> view(office, p, names.get(p.companyId()), persons)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "practicum", office.value().toString()).inOffice(office)
                .withDetails("practicums=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(v -> read.about(v.person().value())).distinct().toList());
        return all;
    }

    /** One practicum with its notes, evaluations and monthly reviews; audited about the person. */
    @Transactional
    public Detail practicum(OfficeId office, UUID id) {
        offices.require(office);
        Practicum p = find(office, id);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "practicum", p.id().toString()).inOffice(office).about(p.personId().value()));
        List<Evaluation> evals = evaluations.of(p.id()).stream().map(Evaluation::of).toList();
        List<Review> own = reviews.of(p.id()).stream().map(r -> review(r, evals)).toList();
        return new Detail(view(office, p, company(p.companyId(), "companyId").name(), new HashMap<>()), notes.of(p.id()).stream().map(Note::of).toList(),
                evals, own);
    }

    /** A daily note: the day within the practicum (naming {@code date}), one a day; without staff present the company's contact (naming {@code companyContact}). */
    @Transactional
    public Note addNote(OfficeId office, UUID id, NewNote n, String by) {
        offices.require(office);
        Practicum p = find(office, id);
        if (!p.covers(n.date())) {
            throw new Problem.Invalid("date", "training.practicum.noteOutside", n.date(), p.from(), p.to());
        }
        if (notes.of(p.id()).stream().anyMatch(o -> o.date().equals(n.date()))) {
            throw new Problem.Invalid("date", "training.practicum.noteTwice", n.date());
        }
        if (!n.staffPresent() && (n.companyContact() == null || n.companyContact().isBlank())) {
            throw new Problem.Invalid("companyContact", "training.practicum.contactNeeded", n.date());
        }
        PracticumNote saved = notes.save(new PracticumNote(p.id(), n.date(), n.staffPresent(), n.companyContact(), n.done(), n.observations(), by,
                clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "practicum_note", saved.id().toString()).inOffice(office)
                .about(p.personId().value()).withDetails("date=" + n.date() + " staffPresent=" + n.staffPresent()));
        return Note.of(saved);
    }

    /** An evaluation by the company or by staff: dated on or after the first day (naming {@code date}), not in the future. */
    @Transactional
    public Evaluation addEvaluation(OfficeId office, UUID id, NewEvaluation e, String by) {
        offices.require(office);
        Practicum p = find(office, id);
        if (e.on().isBefore(p.from())) {
            throw new Problem.Invalid("date", "training.practicum.evaluationBefore", e.on(), p.from());
        }
        if (e.on().isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("date", "training.practicum.future", e.on());
        }
        PracticumEvaluation saved = evaluations.save(new PracticumEvaluation(p.id(), e.by(), e.on(), e.evaluator(), e.pace(), e.accuracy(),
                e.attendance(), e.communication(), e.overall(), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "practicum_evaluation", saved.id().toString()).inOffice(office)
                .about(p.personId().value()).withDetails("by=" + e.by() + " on=" + e.on()));
        return Evaluation.of(saved);
    }

    /**
     * The monthly review of the plan against the practicum: the month one of the practicum's (naming {@code month}),
     * once a month, reviewed on or after the month's first day. It takes the evaluations dated in its month.
     */
    @Transactional
    public Review addReview(OfficeId office, UUID id, YearMonth month, LocalDate reviewedOn, String text, String nextSteps, String by) {
        offices.require(office);
        Practicum p = find(office, id);
        if (month.isBefore(YearMonth.from(p.from())) || month.isAfter(YearMonth.from(p.to()))) {
            throw new Problem.Invalid("month", "training.practicum.reviewMonth", month, YearMonth.from(p.from()), YearMonth.from(p.to()));
        }
        if (reviews.of(p.id()).stream().anyMatch(r -> r.month().equals(month))) {
            throw new Problem.Invalid("month", "training.practicum.reviewTwice", month);
        }
        if (reviewedOn.isBefore(month.atDay(1))) {
            throw new Problem.Invalid("reviewedOn", "training.practicum.reviewBefore", reviewedOn, month);
        }
        PracticumReview saved = reviews.save(new PracticumReview(p.id(), month, reviewedOn, text, nextSteps, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "practicum_review", saved.id().toString()).inOffice(office)
                .about(p.personId().value()).withDetails("month=" + month));
        return review(saved, evaluations.of(p.id()).stream().map(Evaluation::of).toList());
    }

    /** The persons the start form offers (served for 就労移行支援 today), by kana; audited about each. */
    @Transactional
    public List<Candidate> candidates(OfficeId office) {
        offices.require(office);
        List<Candidate> list = planning.servedOn(office, LocalDate.now(clock)).stream()
                .filter(s -> s.serviceTypes().contains(ServiceType.TRANSITION))
                .map(s -> new Candidate(s.personId(), s.name(), s.kana())).sorted(Comparator.comparing(Candidate::kana)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("transition persons for practicums and job search=" + list.size());
        audit.recordAll(list.isEmpty() ? List.of(read) : list.stream().map(c -> read.about(c.person().value())).toList());
        return list;
    }

    private static Review review(PracticumReview r, List<Evaluation> evals) {
        return new Review(r.id(), r.month(), r.reviewedOn(), r.review(), r.nextSteps(),
                evals.stream().filter(e -> YearMonth.from(e.on()).equals(r.month())).map(Evaluation::id).toList());
    }

    private Practicum find(OfficeId office, UUID id) {
        return practicums.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("training.practicum.notFound", id));
    }

    private View view(OfficeId office, Practicum p, String companyName, Map<PersonId, PlanningQueries.ServedPerson> persons) {
        PlanningQueries.ServedPerson s = persons.computeIfAbsent(p.personId(), person -> planning.served(office, person, p.from())
                .or(() -> planning.served(office, person, LocalDate.now(clock))).orElse(null));
        return new View(p.id(), p.personId(), s == null ? "-" : s.name(), s == null ? "-" : s.kana(), p.companyId(), companyName, p.from(), p.to(),
                p.tasks());
    }
}
