package jp.tsunagu.employment.internal.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.zengin.ZenginTransferFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 給与振込 of the office's employed users: each user's bank account, the office's 振込依頼人, and the 全銀 給与振込 file
 * (種別コード 11) of a closed month's net pay. Accounts are converted and checked through the platform's 全銀 rules
 * before anything is stored, so that what is kept is what the file will carry; whatever the layout cannot hold is
 * refused naming the field. Accounts are personal data: every read, write and export is audited about the user.
 */
@Service
public class PayrollTransferService {
    private final PayrollBankAccountRepository accounts;
    private final PayrollTransferRequesterRepository requesters;
    private final PayrollService payroll;
    private final EmploymentContractService contracts;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    PayrollTransferService(PayrollBankAccountRepository accounts, PayrollTransferRequesterRepository requesters, PayrollService payroll,
                           EmploymentContractService contracts, Offices offices, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.requesters = requesters;
        this.payroll = payroll;
        this.contracts = contracts;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A 給与振込 file: the name to save it under, its bytes (Shift_JIS), 合計件数 and 合計金額. */
    public record TransferFile(String filename, byte[] bytes, int count, Yen total) {
    }

    /** The user's account; 404 when none is kept. The read is audited about the user. */
    @Transactional
    public PayrollBankAccount account(OfficeId office, PersonId person) {
        offices.require(office);
        PayrollBankAccount account = accounts.of(office.value(), person.value())
                .orElseThrow(() -> new Problem.NotFound("employment.transfer.noAccount", person.value()));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "payroll_bank_account", account.id().toString()).inOffice(office)
                .about(person.value()));
        return account;
    }

    /** A worker of the office (every one with an employment contract, by kana) and the account kept for them, or null. */
    public record Payee(PersonId person, String name, String kana, BankAccount account) {
    }

    /** Every worker with a contract at the office and their account; the read is audited about each worker shown. */
    @Transactional
    public List<Payee> payees(OfficeId office) {
        offices.require(office);
        java.util.Map<java.util.UUID, PayrollBankAccount> kept = new java.util.HashMap<>();
        accounts.ofOffice(office.value()).forEach(a -> kept.put(a.personId().value(), a));
        java.util.Map<PersonId, Payee> payees = new java.util.LinkedHashMap<>();
        contracts.allOf(office).stream().sorted(java.util.Comparator.comparing(EmploymentContractService.Named::kana))
                .forEach(n -> payees.putIfAbsent(n.contract().personId(), new Payee(n.contract().personId(), n.name(), n.kana(),
                        kept.containsKey(n.contract().personId().value()) ? kept.get(n.contract().personId().value()).account() : null)));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "payroll_bank_account", office.value().toString()).inOffice(office)
                .withDetails("payees=" + payees.size());
        audit.recordAll(payees.isEmpty() ? List.of(read) : payees.keySet().stream().map(p -> read.about(p.value())).toList());
        return List.copyOf(payees.values());
    }

    /**
     * Stores or replaces the user's account: only for a user with an employment contract at the office (else refused
     * naming {@code personId}); each field converted and checked as the file will carry it (the holder's name refused as
     * {@code holderNameKana}, at most 30 characters). Nothing is stored when a field is refused.
     */
    @Transactional
    public PayrollBankAccount saveAccount(OfficeId office, PersonId person, BankAccount.Entered entered, String by) {
        offices.require(office);
        if (contracts.allOf(office).stream().noneMatch(n -> n.contract().personId().equals(person))) {
            throw new Problem.Invalid("personId", "employment.payroll.noContract", person.value());
        }
        BankAccount checked = BankAccount.of(entered, "holderNameKana", ZenginTransferFile.PAYEE_NAME_LENGTH);
        Optional<PayrollBankAccount> existing = accounts.of(office.value(), person.value());
        PayrollBankAccount account = existing.orElseGet(() -> new PayrollBankAccount(office.value(), person, checked, by, clock.instant()));
        existing.ifPresent(a -> a.change(checked));
        accounts.saveAndFlush(account);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "payroll_bank_account",
                account.id().toString()).inOffice(office).about(person.value())
                .withDetails("bank=" + checked.bankCode() + " branch=" + checked.branchCode() + " account=" + checked.maskedNumber()));
        return account;
    }

    /** The office's 振込依頼人 of payroll transfers, if set. */
    @Transactional(readOnly = true)
    public Optional<PayrollTransferRequester> requester(OfficeId office) {
        offices.require(office);
        return requesters.ofOffice(office.value());
    }

    /**
     * Stores or replaces the office's 振込依頼人: {@code code} the 委託者コード (at most 10 digits, zero-filled), the account
     * paid from (ordinary or current), whose holder name is the requester's name in kana (refused as {@code nameKana}, at
     * most 40 characters).
     */
    @Transactional
    public PayrollTransferRequester saveRequester(OfficeId office, String code, BankAccount.Entered entered, String by) {
        offices.require(office);
        String checkedCode = BankAccount.ZENGIN.zeroFilled("code", code, ZenginTransferFile.REQUESTER_CODE_LENGTH);
        BankAccount checked = BankAccount.of(entered, "nameKana", ZenginTransferFile.REQUESTER_NAME_LENGTH);
        ZenginTransferFile.requesterAccountType(BankAccount.ZENGIN, "accountType", checked.type());
        Optional<PayrollTransferRequester> existing = requesters.ofOffice(office.value());
        PayrollTransferRequester requester = existing.orElseGet(() -> new PayrollTransferRequester(office.value(), checkedCode, checked, by,
                clock.instant()));
        existing.ifPresent(r -> r.change(checkedCode, checked));
        requesters.saveAndFlush(requester);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "payroll_transfer_requester",
                requester.id().toString()).inOffice(office)
                .withDetails("bank=" + checked.bankCode() + " branch=" + checked.branchCode() + " account=" + checked.maskedNumber()));
        return requester;
    }

    /**
     * The 給与振込 file of a closed month: one data record per user whose net pay is 1 yen or more, in the payroll's order
     * (by kana), into the user's account, to be credited on {@code transferDate}, paid from the office's 振込依頼人
     * account; audited as an export about each user in the file. Refused naming {@code month} while the payroll is open,
     * {@code transferRequester} without the office's settings, {@code bankAccounts} when users to pay have no account
     * (their count; {@code skipMissing} leaves them out, to be paid otherwise), {@code transfers} when nobody is left.
     */
    @Transactional
    public TransferFile transferFile(OfficeId office, YearMonth month, LocalDate transferDate, boolean skipMissing) {
        offices.require(office);
        PayrollService.Payroll closed = payroll.closed(office, month)
                .orElseThrow(() -> new Problem.Invalid("month", "employment.payroll.notClosed", month));
        PayrollTransferRequester requester = requesters.ofOffice(office.value())
                .orElseThrow(() -> new Problem.Invalid("transferRequester", "employment.transfer.noRequester"));
        Map<PersonId, BankAccount> kept = accounts.ofOffice(office.value()).stream()
                .collect(Collectors.toMap(PayrollBankAccount::personId, PayrollBankAccount::account));
        List<PayrollService.Slip> paid = closed.slips().stream().filter(s -> s.payslip().net().isGreaterThan(Yen.ZERO)).toList();
        long missing = paid.stream().filter(s -> !kept.containsKey(s.contract().personId())).count();
        if (missing > 0 && !skipMissing) {
            throw new Problem.Invalid("bankAccounts", "employment.transfer.missingAccounts", missing, month);
        }
        List<PayrollService.Slip> transferred = paid.stream().filter(s -> kept.containsKey(s.contract().personId())).toList();
        ZenginTransferFile file = ZenginTransferFile.write(ZenginTransferFile.TypeCode.SALARY, requester.requester(transferDate),
                transferred.stream().map(s -> {
                    BankAccount a = kept.get(s.contract().personId());
                    return new ZenginTransferFile.Transfer(a.bankCode(), a.bankNameKana(), a.branchCode(), a.branchNameKana(), a.type(),
                            a.accountNumber(), a.holderNameKana(), s.payslip().net(), null);
                }).toList(), ZenginTransferFile.LineBreak.CRLF, BankAccount.ZENGIN);
        AuditEvent event = AuditEvent.of(AuditEvent.Action.EXPORT, "payroll_transfer_file", office.value() + ":" + month).inOffice(office)
                .withDetails("month=" + month + " transferDate=" + transferDate + " count=" + file.count() + " total=" + file.total().value()
                        + (missing > 0 ? " withoutAccount=" + missing : ""));
        audit.recordAll(transferred.stream().map(s -> event.about(s.contract().personId().value())).toList());
        return new TransferFile("kyuyo-furikomi-" + month + ".txt", file.bytes(), file.count(), file.total());
    }
}
