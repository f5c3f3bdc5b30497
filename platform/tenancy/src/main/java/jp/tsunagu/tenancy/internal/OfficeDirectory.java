package jp.tsunagu.tenancy.internal;

import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OfficeDirectory implements Offices {
    private final OfficeRepository offices;

    OfficeDirectory(OfficeRepository offices) {
        this.offices = offices;
    }

    @Override
    public Optional<OfficeSummary> find(OfficeId id) {
        return offices.findById(id.value()).map(Office::summary);
    }

    @Override
    public List<OfficeSummary> all() {
        return offices.findAllByOrderByOfficeNumber().stream().map(Office::summary).toList();
    }
}
