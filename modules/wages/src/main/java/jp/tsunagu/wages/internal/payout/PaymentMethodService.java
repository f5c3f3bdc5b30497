package jp.tsunagu.wages.internal.payout;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.zengin.ZenginText;
import jp.tsunagu.web.zengin.ZenginTransferFile;
import jp.tsunagu.wages.internal.payrules.PayRuleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工賃の支払方法 of the office's users, by effective month, and the office's 振込依頼人 settings. An account is converted
 * and checked through {@link ZenginText} before anything is stored, so that what is kept is what the 全銀 file will
 * carry; whatever the layout cannot hold (kanji in a name, a name too long, a code of the wrong length) is refused naming
 * the field. Payment methods are personal data: every read and write is audited about the user.
 */
@Service
public class PaymentMethodService {
    private final PaymentMethodRepository methods;
    private final BankRequesterRepository requesters;
    private final PayRuleService payRules;
    private final jp.tsunagu.planning.api.PlanningQueries planning;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    PaymentMethodService(PaymentMethodRepository methods, BankRequesterRepository requesters, PayRuleService payRules,
                         jp.tsunagu.planning.api.PlanningQueries planning, Offices offices, AuditTrail audit, Clock clock) {
        this.methods = methods;
        this.requesters = requesters;
        this.payRules = payRules;
        this.planning = planning;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user's name as the office served them at the end or the start of {@code month}; 404 when it did not. */
    @Transactional(readOnly = true)
    public String name(OfficeId office, PersonId person, YearMonth month) {
        offices.require(office);
        return planning.served(office, person, month.atEndOfMonth()).or(() -> planning.served(office, person, month.atDay(1)))
                .map(jp.tsunagu.planning.api.PlanningQueries.ServedPerson::name).orElseThrow(() -> new Problem.NotFound("notFound"));
    }

    /** The user's payment methods, newest version first (empty when none is set); the read is audited. */
    @Transactional
    public List<PaymentMethod> versions(OfficeId office, PersonId person) {
        offices.require(office);
        List<PaymentMethod> versions = methods.ofPerson(office.value(), person.value());
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "payment_method", person.value().toString()).inOffice(office)
                .about(person.value()).withDetails("versions=" + versions.size()));
        return versions;
    }

    /**
     * Stores the user's method from {@code effectiveMonth} on, or replaces the version starting in that month. Only for a
     * user the office serves under a B型 or non-employed A型 contract in that month (else refused naming
     * {@code personId}); a bank transfer needs the whole account, converted and checked as the file will carry it
     * (the holder's name refused as {@code holderNameKana}); cash keeps no account ({@code account} is ignored).
     */
    @Transactional
    public PaymentMethod save(OfficeId office, PersonId person, YearMonth effectiveMonth, PaymentMethod.Kind kind,
                              BankAccount.Entered account, String by) {
        offices.require(office);
        if (kind == null) {
            throw new Problem.Invalid("method", "wages.payout.methodRequired");
        }
        if (effectiveMonth == null) {
            throw new Problem.Invalid("effectiveMonth", "wages.payout.effectiveMonthRequired");
        }
        if (!payRules.paidByThisModule(office, person, effectiveMonth)) {
            throw new Problem.Invalid("personId", "wages.payRule.notAWagesUser", person.value());
        }
        BankAccount checked = kind == PaymentMethod.Kind.BANK_TRANSFER
                ? BankAccount.of(account, "holderNameKana", ZenginTransferFile.PAYEE_NAME_LENGTH)
                : null;
        Optional<PaymentMethod> existing = methods.startingIn(office.value(), person.value(), effectiveMonth.atDay(1));
        PaymentMethod method = existing.orElseGet(() -> new PaymentMethod(office.value(), person, effectiveMonth, kind, checked, by,
                clock.instant()));
        existing.ifPresent(m -> m.change(kind, checked));
        methods.saveAndFlush(method);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "payment_method",
                method.id().toString()).inOffice(office).about(person.value())
                .withDetails("from=" + effectiveMonth + " " + kind + (checked == null ? "" : " bank=" + checked.bankCode()
                        + " branch=" + checked.branchCode() + " account=" + checked.maskedNumber())));
        return method;
    }

    /** The office's 振込依頼人 settings, if set. */
    @Transactional(readOnly = true)
    public Optional<BankRequester> requester(OfficeId office) {
        offices.require(office);
        return requesters.ofOffice(office.value());
    }

    /**
     * Stores or replaces the office's 振込依頼人 settings: {@code code} the 委託者コード (at most 10 digits, zero-filled),
     * the account paid from (ordinary or current), whose holder name is the requester's name in kana (refused as
     * {@code nameKana}, at most 40 characters); each field converted and checked as the file's header will carry it.
     */
    @Transactional
    public BankRequester saveRequester(OfficeId office, String code, BankAccount.Entered account, String by) {
        offices.require(office);
        String checkedCode = BankAccount.ZENGIN.zeroFilled("code", code, ZenginTransferFile.REQUESTER_CODE_LENGTH);
        BankAccount checked = BankAccount.of(account, "nameKana", ZenginTransferFile.REQUESTER_NAME_LENGTH);
        ZenginTransferFile.requesterAccountType(BankAccount.ZENGIN, "accountType", checked.type());
        Optional<BankRequester> existing = requesters.ofOffice(office.value());
        BankRequester requester = existing.orElseGet(() -> new BankRequester(office.value(), checkedCode, checked, by, clock.instant()));
        existing.ifPresent(r -> r.change(checkedCode, checked));
        requesters.saveAndFlush(requester);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "bank_requester",
                requester.id().toString()).inOffice(office)
                .withDetails("bank=" + checked.bankCode() + " branch=" + checked.branchCode() + " account=" + checked.maskedNumber()));
        return requester;
    }

    /** Each user's method in force in {@code month}: the newest version starting on or before it. Not audited: the caller is. */
    Map<PersonId, PaymentMethod> inForce(OfficeId office, YearMonth month) {
        Map<PersonId, PaymentMethod> inForce = new LinkedHashMap<>();
        methods.upTo(office.value(), month.atDay(1)).forEach(m -> inForce.putIfAbsent(m.personId(), m));
        return inForce;
    }
}
