package jp.tsunagu.tenancy;

import java.util.Map;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;

/** 事業所: what other modules may know of an office. {@code capacities} holds 利用定員 per service type. */
public record OfficeSummary(OfficeId id, String officeNumber, String name, Prefecture prefecture,
                            RegionalClass regionalClass, Map<ServiceType, Integer> capacities) {

    /** 多機能型: derived from offering several service types. */
    public boolean multiFunction() {
        return capacities.size() > 1;
    }

    public boolean offers(ServiceType type) {
        return capacities.containsKey(type);
    }
}
