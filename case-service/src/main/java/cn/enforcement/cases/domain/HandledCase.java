package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A case as one of its handling officers' lists reads it: a row of the case's officers (written through
 * {@link PenaltyCase#handlingCredentials}) with the case's filing time, which the database copies onto the
 * row (a case's filing time never changes), so an officer's cases are read newest first off an index.
 */
@Entity
@Immutable
@Table(name = "case_officer")
@IdClass(HandledCase.Key.class)
public class HandledCase extends PanacheEntityBase {

    public record Key(String caseId, String credentialNumber) implements Serializable {
    }

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Id
    @Column(name = "credential_number")
    public String credentialNumber;

    @Column(name = "filed_at")
    public Instant filedAt;
}
