package cn.enforcement.review.readmodel;

import cn.enforcement.platform.events.personnel.LegalQualificationRecorded;
import cn.enforcement.platform.events.personnel.OfficerLeftPost;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.events.personnel.OfficerUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Keeps {@link KnownOfficer} from personnel events; an event older than what is kept changes nothing. A login
 * belongs to one officer: the latest registered with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfficerDirectory {

    public void registered(OfficerRegistered event) {
        KnownOfficer officer = KnownOfficer.findById(event.officerId());
        boolean known = officer != null;
        if (!known) {
            officer = new KnownOfficer();
            officer.officerId = event.officerId();
            officer.lastEventAt = Instant.EPOCH;
        }
        if (!apply(officer, event.registeredAt())) {
            return;
        }
        if (event.username() != null) {
            KnownOfficer.update("username = null where username = ?1 and officerId <> ?2", event.username(), event.officerId());
        }
        officer.username = event.username();
        officer.name = event.name();
        officer.agencyCode = event.agencyCode();
        officer.regionCode = event.regionCode();
        officer.post = event.post();
        officer.onPost = true;
        if (!known) {
            officer.persist();
        }
    }

    public void updated(OfficerUpdated event) {
        KnownOfficer officer = KnownOfficer.findById(event.officerId());
        if (officer != null && apply(officer, event.effectiveAt())) {
            officer.name = event.name();
            officer.post = event.post();
        }
    }

    public void moved(OfficerMoved event) {
        KnownOfficer officer = KnownOfficer.findById(event.officerId());
        if (officer != null && apply(officer, event.effectiveAt())) {
            officer.agencyCode = event.agencyCode();
            officer.regionCode = event.regionCode();
            officer.post = event.post();
        }
    }

    public void leftPost(OfficerLeftPost event) {
        KnownOfficer officer = KnownOfficer.findById(event.officerId());
        if (officer != null && apply(officer, event.effectiveAt())) {
            officer.onPost = false;
        }
    }

    public void qualificationRecorded(LegalQualificationRecorded event) {
        KnownOfficer officer = KnownOfficer.findById(event.officerId());
        if (officer != null) {
            officer.qualified = event.qualified();
            officer.qualificationObtainedOn = event.obtainedOn();
            officer.certificateNumber = event.certificateNumber();
        }
    }

    private static boolean apply(KnownOfficer officer, Instant at) {
        if (at.isBefore(officer.lastEventAt)) {
            return false;
        }
        officer.lastEventAt = at;
        return true;
    }
}
