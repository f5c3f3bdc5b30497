package jp.tsunagu.training.internal.retention;

import java.time.YearMonth;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.training.api.RetentionServiceRate;
import jp.tsunagu.training.api.RetentionSupportQueries;
import org.springframework.stereotype.Service;

/** {@link RetentionSupportQueries} for claims: a month's face-to-face contacts, and the service's rate with its units. */
@Service
class RetentionSupportQueriesService implements RetentionSupportQueries {
    private final RetentionSupportService supports;

    RetentionSupportQueriesService(RetentionSupportService supports) {
        this.supports = supports;
    }

    @Override
    public int faceToFaceContacts(OfficeId office, PersonId person, YearMonth month) {
        return supports.faceToFaceContacts(office, person, month);
    }

    @Override
    public RetentionServiceRate serviceRate(OfficeId office, FiscalYear year) {
        return supports.rate(office, year);
    }
}
