package cn.enforcement.platform.events.cases;

/** Which case an event is about, and whose: every case event carries it. */
public record CaseRef(String caseId, String caseNumber, String agencyCode, String regionCode) {
}
