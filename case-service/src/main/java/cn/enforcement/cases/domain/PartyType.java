package cn.enforcement.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the party (当事人) is: a natural person or an organisation (legal person or other). */
public enum PartyType {
    @Schema(description = "自然人: a natural person, identified by resident ID number")
    INDIVIDUAL,
    @Schema(description = "法人或其他组织: a legal person or other organisation, identified by unified social credit code")
    ORGANISATION
}
