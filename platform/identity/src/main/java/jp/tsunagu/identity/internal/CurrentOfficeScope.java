package jp.tsunagu.identity.internal;

import java.util.Set;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.OfficeScope;
import org.springframework.stereotype.Component;

/** The office scope of the current request's membership; with no user, no office. */
@Component
class CurrentOfficeScope implements OfficeScope {

    @Override
    public boolean allOffices() {
        return CurrentUser.get().map(CurrentUser::allOffices).orElse(false);
    }

    @Override
    public Set<OfficeId> offices() {
        return CurrentUser.get().map(CurrentUser::offices).orElse(Set.of());
    }
}
