package cn.enforcement.review.api;

import cn.enforcement.review.readmodel.KnownOfficer;
import java.time.LocalDate;

/** A reviewer of the legal office with the qualification that makes them eligible (PL 58 ¶2). */
public record ReviewerView(String officerId, String name, String post, String username, String certificateNumber,
        LocalDate qualificationObtainedOn, LocalDate firstEngagedOn) {

    static ReviewerView of(KnownOfficer officer) {
        return new ReviewerView(officer.officerId, officer.name, officer.post, officer.username, officer.certificateNumber,
                officer.qualificationObtainedOn, officer.firstEngagedOn);
    }
}
