package jp.tsunagu.planning.internal.domain;

import java.time.LocalDate;
import java.util.List;

/** 個別支援計画作成会議: when it was held, who attended, whether the person attended, the opinions given. */
public record PlanMeeting(LocalDate heldOn, List<String> attendees, boolean personAttended, String opinions) {
    public PlanMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
