package cn.enforcement.cases.domain.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A body that receives criminal transfers: a public security bureau (公安机关), or a procuratorate (人民检察院)
 * that supervises their filing (立案监督). A judicial partner's token carries its body's code as {@code agency_code}.
 */
@Entity
@Table(name = "judicial_body")
public class JudicialBody extends PanacheEntityBase {

    public enum Kind {
        @Schema(description = "公安机关: files transferred cases (立案) or refuses them")
        PUBLIC_SECURITY,
        @Schema(description = "人民检察院: supervises the filing of the public security bodies it names (立案监督)")
        PROCURATORATE
    }

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** The procuratorate that supervises this public security body's filings; null for a procuratorate. */
    @Column(name = "supervised_by")
    public String supervisedBy;
}
