package jp.tsunagu.planning.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Component;

/** What the planning pages share: the office of the path (404 if it is not the tenant's) and the pages' addresses. */
@Component
class PlanningPageSupport {
    private final Offices offices;

    PlanningPageSupport(Offices offices) {
        this.offices = offices;
    }

    OfficeSummary office(OfficeId officeId) {
        return offices.require(officeId);
    }

    static String persons(OfficeId officeId) {
        return "/offices/" + officeId + "/planning/persons";
    }

    static String person(OfficeId officeId, Object personId) {
        return persons(officeId) + "/" + personId;
    }

    static String plan(OfficeId officeId, UUID planId) {
        return "/offices/" + officeId + "/planning/plans/" + planId;
    }

    /** A form's rows: those there are, then blank ones up to {@code size}, so the page always offers a few. */
    static <T> List<T> padded(List<T> list, int size, T blank) {
        List<T> out = new ArrayList<>(list);
        while (out.size() < size) {
            out.add(blank);
        }
        return out;
    }
}
