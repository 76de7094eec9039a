package cn.enforcement.cases.domain.documents;

import cn.enforcement.cases.domain.CaseProblem;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * What documents take from configuration ({@code cases.documents.*}): per agency its name, the abbreviation its
 * document numbers begin with (e.g. 吉长交执), where fines are paid and where a party may seek reconsideration or sue;
 * the CJK font embedded in every PDF; and the public address a document's QR code opens.
 */
@ConfigMapping(prefix = "cases.documents")
public interface DocumentRules {

    Map<String, Agency> agencies();

    /** A TrueType-outline CJK font (PDFBox cannot embed CFF outlines): Debian's fonts-wqy-microhei. */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    String font();

    /** Where the public reaches the gateway, e.g. https://zf.jt.jl.gov.cn; the QR code opens the verification page there. */
    String publicBaseUrl();

    interface Agency {
        String name();

        /** The agency's part of a document number (文号), e.g. 吉长交执. */
        String abbreviation();

        String bank();

        String accountName();

        String accountNumber();

        /** The body that hears a reconsideration of the agency's decisions (复议机关). */
        String reconsiderationBody();

        /** The court that hears a lawsuit against them. */
        String court();
    }

    default Agency agency(String agencyCode) {
        Agency agency = agencies().get(agencyCode);
        if (agency == null) {
            throw CaseProblem.AGENCY_DOCUMENTS_NOT_CONFIGURED.refuse("agency " + agencyCode + " has no document settings"
                    + " (cases.documents.agencies.\"" + agencyCode + "\".*): ask the platform's operators");
        }
        return agency;
    }
}
