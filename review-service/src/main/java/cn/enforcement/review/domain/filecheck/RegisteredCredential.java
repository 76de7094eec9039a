package cn.enforcement.review.domain.filecheck;

import java.time.LocalDate;

/** An enforcement credential as the register (personnel-service) published it: whose, and the days it is valid. */
public record RegisteredCredential(String credentialNumber, String officerId, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
