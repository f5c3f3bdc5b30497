package jp.tsunagu.employment.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The employment documents as files, for the API and the pages alike (the same bytes either way): a contract's
 * 労働条件通知書. Each reads what it shows and records the export about the worker in one transaction, then renders
 * outside it. Another office's or tenant's contract is 404, and nothing is exported.
 */
@Service
public class EmploymentDocuments {
    /** The audit trail's resource of a notice handed out. */
    static final String NOTICE = "employment_notice";

    private final EmploymentContractService contracts;
    private final Offices offices;
    private final Tenants tenants;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final WorkingConditionsNotice notice;

    EmploymentDocuments(EmploymentContractService contracts, Offices offices, Tenants tenants, TransactionTemplate tx, Clock clock,
                        WorkingConditionsNotice notice) {
        this.contracts = contracts;
        this.offices = offices;
        this.tenants = tenants;
        this.tx = tx;
        this.clock = clock;
        this.notice = notice;
    }

    /** A document to send: the name to save it under and its bytes. */
    public record Download(String filename, byte[] content) {
    }

    /** The contract's 労働条件通知書 as an A4 PDF, issued today, in the language asked for. */
    public Download notice(OfficeId office, UUID contractId, Locale locale) {
        NoticeView view = tx.execute(status -> {
            OfficeSummary summary = offices.require(office);
            EmploymentContractService.Named contract = contracts.exported(office, contractId, NOTICE);
            return NoticeView.of(tenants.currentName(), summary, contract, LocalDate.now(clock));
        });
        return new Download("rodo-joken-tsuchisho-" + view.startDate() + ".pdf", notice.render(view, locale));
    }
}
