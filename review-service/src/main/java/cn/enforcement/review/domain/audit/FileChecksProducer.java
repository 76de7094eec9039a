package cn.enforcement.review.domain.audit;

import cn.enforcement.platform.law.HearingRights;
import cn.enforcement.review.domain.ReviewRules;
import cn.enforcement.review.domain.filecheck.FileChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The file checks with the province's thresholds. */
@ApplicationScoped
class FileChecksProducer {

    @Produces
    @Singleton
    FileChecks fileChecks(ReviewRules rules) {
        return new FileChecks(new HearingRights(rules.largeFineIndividual(), rules.largeFineOrganisation()));
    }
}
