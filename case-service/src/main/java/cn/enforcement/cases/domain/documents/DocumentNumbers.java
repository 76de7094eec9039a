package cn.enforcement.cases.domain.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Document numbers (文号) per agency, kind and year: 吉长交执罚〔2026〕第0012号. The counter is a row taken in the
 * issuing transaction: concurrent issues wait for each other and get consecutive numbers, and an issue that rolls back
 * gives its number back, so the numbers have no gaps and none is used twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DocumentNumbers {

    private final EntityManager entityManager;

    DocumentNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String next(String agencyCode, String agencyAbbreviation, DocumentKind kind, int year) {
        Number taken = (Number) entityManager.createNativeQuery("""
                insert into document_number (agency_code, kind, year, last_number) values (?1, ?2, ?3, 1)
                on conflict (agency_code, kind, year) do update set last_number = document_number.last_number + 1
                returning last_number""")
                .setParameter(1, agencyCode).setParameter(2, kind.name()).setParameter(3, year).getSingleResult();
        return format(agencyAbbreviation, kind, year, taken.intValue());
    }

    static String format(String agencyAbbreviation, DocumentKind kind, int year, int number) {
        return agencyAbbreviation + kind.numberMark() + "〔" + year + "〕第" + String.format("%04d", number) + "号";
    }
}
