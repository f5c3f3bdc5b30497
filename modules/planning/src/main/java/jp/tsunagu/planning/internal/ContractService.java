package jp.tsunagu.planning.internal;

import jp.tsunagu.planning.api.ContractId;
import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.events.ContractEnded;
import jp.tsunagu.planning.events.ContractStarted;
import jp.tsunagu.planning.internal.domain.Person;
import jp.tsunagu.planning.internal.domain.RecipientCertificate;
import jp.tsunagu.planning.internal.domain.UsageContract;
import jp.tsunagu.planning.internal.persistence.BenefitDecisionRepository;
import jp.tsunagu.planning.internal.persistence.PersonRepository;
import jp.tsunagu.planning.internal.persistence.RecipientCertificateRepository;
import jp.tsunagu.planning.internal.persistence.UsageContractRepository;
import jp.tsunagu.planning.api.SelectionResults;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.EmploymentSelectionSupport;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 利用契約 of an office with the persons it serves: start a contract that fits the person's 支給決定 (PLN-1, the
 * rule lives in {@link UsageContract}), end it, list them, and the data of the 契約内容報告書 for a month. Every
 * read and write is audited in its transaction; starting and ending publish {@link ContractStarted} and
 * {@link ContractEnded}. From the rule's date a new 就労継続支援A型 contract needs a completed 就労選択支援 result,
 * asked of {@link SelectionResults} when a module provides one (TR-4).
 */
@Service
public class ContractService {
    private final UsageContractRepository contracts;
    private final RecipientCertificateRepository certificates;
    private final BenefitDecisionRepository decisions;
    private final PersonRepository personRepository;
    private final PersonService persons;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Rules rules;
    private final ObjectProvider<SelectionResults> selectionResults;

    ContractService(UsageContractRepository contracts, RecipientCertificateRepository certificates,
                    BenefitDecisionRepository decisions, PersonRepository personRepository, PersonService persons,
                    Offices offices, AuditTrail audit, ApplicationEventPublisher events, Clock clock, Rules rules,
                    ObjectProvider<SelectionResults> selectionResults) {
        this.rules = rules;
        this.selectionResults = selectionResults;
        this.contracts = contracts;
        this.certificates = certificates;
        this.decisions = decisions;
        this.personRepository = personRepository;
        this.persons = persons;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A contract with the number of the certificate it is based on. */
    public record ContractView(UsageContract contract, String certificateNumber) {
    }

    /** What is entered to start a contract; {@code endDate} is optional (a contract for an agreed term). */
    public record NewContract(ServiceType serviceType, LocalDate startDate, LocalDate endDate, int contractedDays,
                              UUID certificateId) {
    }

    /** A line of the 契約内容報告書: a contract of the office that started or ended in the month. */
    public record ReportLine(String officeNumber, String personName, String personKana, String certificateNumber,
                             String municipalityCode, ServiceType serviceType, int contractedDays, LocalDate startDate,
                             LocalDate endDate, String endReason) {
    }

    @Transactional
    public ContractView start(OfficeId office, PersonId personId, NewContract c, String by) {
        persons.served(office, personId);
        if (offices.find(office).filter(o -> o.offers(c.serviceType())).isEmpty()) {
            throw new Problem.Invalid("serviceType", "planning.plan.serviceNotOffered", c.serviceType());
        }
        RecipientCertificate certificate = certificates.findByIdAndPersonId(c.certificateId(), personId.value())
                .orElseThrow(() -> new Problem.Invalid("certificateId", "planning.contract.certificateUnknown"));
        UsageContract contract = UsageContract.start(personId.value(), office.value(), c.serviceType(), c.startDate(), c.endDate(),
                c.contractedDays(), certificate, decisions.findByCertificateIdInOrderByPeriodFromAscServiceTypeAsc(
                        List.of(certificate.id())), by, clock.instant());
        contracts.findByOfficeIdAndPersonIdAndServiceType(office.value(), personId.value(), c.serviceType()).stream()
                .filter(other -> other.overlaps(c.startDate(), c.endDate()))
                .findFirst().ifPresent(other -> {
                    throw new Problem.Conflict("planning.contract.overlaps", other.startDate());
                });
        requireSelectionResult(personId, c.serviceType(), c.startDate());
        contracts.save(contract);
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "usage_contract", contract.id().toString()).inOffice(office)
                .about(personId.value()).withDetails("serviceType=" + c.serviceType() + " start=" + c.startDate() + " days=" + c.contractedDays()));
        events.publishEvent(new ContractStarted(TenantContext.require(), office, personId, new ContractId(contract.id()), c.serviceType(),
                c.startDate(), c.contractedDays()));
        return new ContractView(contract, certificate.certificateNumber());
    }

    @Transactional
    public ContractView end(OfficeId office, PersonId personId, UUID contractId, LocalDate on, String reason) {
        persons.served(office, personId);
        UsageContract contract = contracts.findByIdAndOfficeIdAndPersonId(contractId, office.value(), personId.value())
                .orElseThrow(() -> new Problem.NotFound("planning.contract.notFound"));
        contract.end(on, reason);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "usage_contract", contractId.toString()).inOffice(office)
                .about(personId.value()).withDetails("end=" + on));
        events.publishEvent(new ContractEnded(TenantContext.require(), office, personId, new ContractId(contractId), contract.serviceType(), on));
        return new ContractView(contract, certificates.findById(contract.certificateId())
                .map(RecipientCertificate::certificateNumber).orElse(null));
    }

    @Transactional // writes its audit record
    public List<ContractView> forPerson(OfficeId office, PersonId personId) {
        persons.served(office, personId);
        List<UsageContract> found = contracts.findByOfficeIdAndPersonIdOrderByStartDateAscCreatedAtAsc(office.value(), personId.value());
        Map<UUID, String> numbers = certificates.findAllById(found.stream().map(UsageContract::certificateId).distinct().toList())
                .stream().collect(Collectors.toMap(RecipientCertificate::id, RecipientCertificate::certificateNumber));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "usage_contract", "person:" + personId).inOffice(office).about(personId.value()));
        return found.stream().map(c -> new ContractView(c, numbers.get(c.certificateId()))).toList();
    }

    /**
     * The 契約内容報告書 data of {@code month}: the office's contracts that started or ended in it, by date and kana.
     * Audited as an export about each person in it (one record for the office when it is empty).
     */
    @Transactional // writes its audit records
    public List<ReportLine> report(OfficeId office, YearMonth month) {
        OfficeSummary summary = offices.require(office);
        List<UsageContract> found = contracts.startedOrEndedBetween(office.value(), month.atDay(1), month.atEndOfMonth());
        Map<UUID, Person> people = personRepository.findAllById(found.stream().map(UsageContract::personId).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<UUID, RecipientCertificate> held = certificates.findAllById(found.stream().map(UsageContract::certificateId)
                .distinct().toList()).stream().collect(Collectors.toMap(RecipientCertificate::id, Function.identity()));
        List<ReportLine> lines = found.stream().map(c -> {
            Person p = people.get(c.personId());
            RecipientCertificate certificate = held.get(c.certificateId());
            return new ReportLine(summary.officeNumber(), p.fullName(), p.fullNameKana(), certificate.certificateNumber(),
                    certificate.municipalityCode(), c.serviceType(), c.contractedDays(), c.startDate(), c.endDate(), c.endReason());
        }).sorted(Comparator.comparing((ReportLine l) -> reportedOn(l, month)).thenComparing(ReportLine::personKana)).toList();
        Set<UUID> subjects = new LinkedHashSet<>(found.stream().map(UsageContract::personId).toList());
        String details = "month=" + month + " rows=" + lines.size();
        if (subjects.isEmpty()) {
            audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "contract_report", month.toString()).inOffice(office)
                    .withDetails(details));
        }
        subjects.forEach(person -> audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "contract_report", month.toString())
                .inOffice(office).about(person).withDetails(details)));
        return lines;
    }

    /**
     * TR-4: from {@code employment-selection-support.mandatoryBeforeTypeAFrom} (on the contract's start), a new A型
     * use is refused unless the person has a completed 就労選択支援 result by that day. A contract that continues A型
     * use (the person had an A型 contract running the day before, a renewal or a move between offices) is not new use.
     * Nothing is checked before the table's first version, before its date, or when no module answers
     * {@link SelectionResults}; a missing figure from the table's start fails rather than letting the contract pass.
     */
    private void requireSelectionResult(PersonId person, ServiceType type, LocalDate start) {
        SelectionResults results = selectionResults.getIfAvailable();
        if (type != ServiceType.TYPE_A || results == null) {
            return;
        }
        // before the table's first version there is no rule; from it, a missing or empty figure fails loudly (never open)
        boolean ruleExists = rules.versions(EmploymentSelectionSupport.TABLE).stream()
                .anyMatch(v -> !start.isBefore(v.effectiveFrom()));
        if (!ruleExists) {
            return;
        }
        LocalDate from = new EmploymentSelectionSupport(rules.on(start)).mandatoryBeforeTypeAFrom();
        if (!start.isBefore(from) && !continuesTypeA(person, start) && !results.hasCompletedResult(person, start)) {
            throw new Problem.Invalid("startDate", "planning.contract.selectionRequired", from, start);
        }
    }

    /** Whether the person's A型 use goes on: an A型 contract at any office of the tenant ran on the day before {@code start}. */
    private boolean continuesTypeA(PersonId person, LocalDate start) {
        return contracts.findByPersonIdAndServiceType(person.value(), ServiceType.TYPE_A).stream().anyMatch(c -> c.covers(start.minusDays(1)));
    }

    /** The date that puts a line in the month's report: its start, else its end. */
    private static LocalDate reportedOn(ReportLine line, YearMonth month) {
        return YearMonth.from(line.startDate()).equals(month) ? line.startDate() : line.endDate();
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }
}
