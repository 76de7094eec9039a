package cn.enforcement.review.domain.ledger;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The files a ledger entry was found in: a file checked again is not counted twice. */
final class LedgerEntryCase {

    private LedgerEntryCase() {
    }

    static boolean counted(String entryId, String caseId) {
        return !Panache.getEntityManager().createNativeQuery("select 1 from ledger_entry_case where entry_id = ?1 and case_id = ?2")
                .setParameter(1, entryId).setParameter(2, caseId).getResultList().isEmpty();
    }

    static void count(String entryId, String caseId, Instant at) {
        Panache.getEntityManager().createNativeQuery("insert into ledger_entry_case (entry_id, case_id, found_at) values (?1, ?2, ?3) "
                + "on conflict do nothing").setParameter(1, entryId).setParameter(2, caseId).setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    static List<String> casesOf(String entryId) {
        return Panache.getEntityManager().createNativeQuery("select case_id from ledger_entry_case where entry_id = ?1 order by found_at, case_id")
                .setParameter(1, entryId).getResultList();
    }
}
