package cn.enforcement.platform.events.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A natural person a case names (当事人, 法定代表人, 驾驶员, 证人, 委托代理人, 其他), with what the officers know of them;
 * disclosure masks each of these wherever a published text writes it.
 */
public record NamedPerson(Role role, String name, String idNumber, String phone, String address) {

    /** The person's part in the case. */
    public enum Role {
        @Schema(description = "当事人: the party, an individual")
        PARTY,
        @Schema(description = "法定代表人: an organisation's legal representative")
        LEGAL_REPRESENTATIVE,
        @Schema(description = "驾驶员: the driver")
        DRIVER,
        @Schema(description = "证人: a witness")
        WITNESS,
        @Schema(description = "委托代理人: an agent the party authorised")
        AGENT,
        @Schema(description = "其他: another person the case names (押运员, 乘客 …)")
        OTHER
    }
}
