package cn.enforcement.review.domain.audit;

import cn.enforcement.platform.law.ProcedureNumbers;
import cn.enforcement.review.domain.filecheck.FileChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The file checks with the province's numbers, the same the procedure in case-service applies. */
@ApplicationScoped
class FileChecksProducer {

    @Produces
    @Singleton
    FileChecks fileChecks(ProcedureNumbers law) {
        return new FileChecks(law.hearingRights(), law.decisionDays(), law.serviceDays());
    }
}
