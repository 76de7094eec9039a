package cn.enforcement.review.domain.evaluation;

import cn.enforcement.review.domain.ReviewRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The rubric's versions, kept as data; a new version is a new set of items, the old ones stay for the rounds that used them. */
@ApplicationScoped
public class Rubrics {

    private final EntityManager entityManager;
    private final ReviewRules rules;

    Rubrics(EntityManager entityManager, ReviewRules rules) {
        this.entityManager = entityManager;
        this.rules = rules;
    }

    public Rubric current() {
        return version(((Number) entityManager.createNativeQuery("select max(rubric_version) from evaluation_rubric_item").getSingleResult())
                .intValue());
    }

    public Rubric version(int version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select code, name, points from evaluation_rubric_item "
                + "where rubric_version = ?1 order by position").setParameter(1, version).getResultList();
        return new Rubric(version, rows.stream().map(r -> new Rubric.Item((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList(),
                rules.evaluationExcellentAt(), rules.evaluationPassAt());
    }

    /** Keeps a new version of the rubric; rounds drawn later score with it. */
    public Rubric replace(List<Rubric.Item> items) {
        Rubric.requireWellFormed(items);
        int version = current().version() + 1;
        for (int i = 0; i < items.size(); i++) {
            Rubric.Item item = items.get(i);
            entityManager.createNativeQuery("insert into evaluation_rubric_item (rubric_version, position, code, name, points) "
                    + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, version).setParameter(2, i + 1).setParameter(3, item.code())
                    .setParameter(4, item.name()).setParameter(5, item.points()).executeUpdate();
        }
        return version(version);
    }
}
