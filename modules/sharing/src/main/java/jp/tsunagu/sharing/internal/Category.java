package jp.tsunagu.sharing.internal;

import jp.tsunagu.tenancy.PublicOffices;

/**
 * What a consent lets a recipient receive: the support plan (個別支援計画), monitorings, assessments, an attendance
 * summary, the end of service with its reasons, the intake handover (共通フォーマット), and wages (工賃 or pay: never
 * unless named). Which recipient may receive which is fixed here, not a rate: a municipality (支給決定) receives the
 * plan and the end of service; a consultation office (相談支援) everything named; another office everything but wages.
 */
public enum Category {
    PLAN, MONITORING, ASSESSMENT, ATTENDANCE_SUMMARY, END_OF_SERVICE, HANDOVER, WAGES;

    /** Whether {@code recipient} may receive this category. */
    public boolean receivableBy(PublicOffices.Entry recipient) {
        if (recipient.municipality()) {
            return this == PLAN || this == END_OF_SERVICE;
        }
        if (recipient.consultation()) {
            return true;
        }
        return this != WAGES;
    }
}
