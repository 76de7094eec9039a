package cn.enforcement.review.domain.evaluation;

import static cn.enforcement.platform.testing.Refused.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.enforcement.review.domain.evaluation.Rubric.Item;
import cn.enforcement.review.domain.evaluation.Rubric.Score;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricTest {

    static final List<Item> STARTER = List.of(new Item("SUBJECT", "执法主体", 10), new Item("FACTS", "事实认定", 15),
            new Item("EVIDENCE", "证据", 20), new Item("LAW_APPLIED", "适用法律", 15), new Item("DISCRETION", "自由裁量", 10),
            new Item("PROCEDURE", "程序", 20), new Item("DOCUMENTS", "文书", 10));
    static final Rubric RUBRIC = new Rubric(1, STARTER, 90, 60);

    /** Full marks but for {@code deducted} points, taken item by item from the first, each with a reason. */
    static List<Score> losing(int deducted) {
        List<Score> scores = new ArrayList<>();
        int left = deducted;
        for (Item item : STARTER) {
            int off = Math.min(left, item.points());
            left -= off;
            scores.add(new Score(item.code(), item.points() - off, off > 0 ? "扣分理由" : null));
        }
        return scores;
    }

    @Test
    void ninety_is_excellent_and_eighty_nine_a_pass() {
        assertThat(RUBRIC.score(losing(10))).isEqualTo(new Rubric.Result(90, Grade.EXCELLENT));
        assertThat(RUBRIC.score(losing(11))).isEqualTo(new Rubric.Result(89, Grade.PASS));
    }

    @Test
    void sixty_passes_and_fifty_nine_fails() {
        assertThat(RUBRIC.score(losing(40)).grade()).isEqualTo(Grade.PASS);
        assertThat(RUBRIC.score(losing(41))).isEqualTo(new Rubric.Result(59, Grade.FAIL));
    }

    @Test
    void a_deduction_without_a_reason_is_refused_and_full_marks_need_none() {
        List<Score> scores = new ArrayList<>(losing(0));
        assertThat(RUBRIC.score(scores).total()).isEqualTo(100);
        scores.set(0, new Score("SUBJECT", 9, " "));
        assertThat(codeOf(() -> RUBRIC.score(scores))).isEqualTo("DEDUCTION_NEEDS_REASON");
    }

    @Test
    void every_item_once_within_its_points() {
        List<Score> missing = new ArrayList<>(losing(0));
        missing.remove(0);
        assertThat(codeOf(() -> RUBRIC.score(missing))).isEqualTo("SCORE_INCOMPLETE");
        List<Score> twice = new ArrayList<>(losing(0));
        twice.set(1, new Score("SUBJECT", 10, null));
        assertThat(codeOf(() -> RUBRIC.score(twice))).isEqualTo("SCORE_INCOMPLETE");
        List<Score> over = new ArrayList<>(losing(0));
        over.set(0, new Score("SUBJECT", 11, null));
        assertThat(codeOf(() -> RUBRIC.score(over))).isEqualTo("SCORE_OUT_OF_RANGE");
        List<Score> negative = new ArrayList<>(losing(0));
        negative.set(0, new Score("SUBJECT", -1, "无主体资格"));
        assertThat(codeOf(() -> RUBRIC.score(negative))).isEqualTo("SCORE_OUT_OF_RANGE");
    }

    @Test
    void a_rubric_sums_to_one_hundred_with_distinct_items_of_a_point_or_more() {
        assertThatCode(() -> Rubric.requireWellFormed(STARTER)).doesNotThrowAnyException();
        List<Item> ninetyNine = new ArrayList<>(STARTER);
        ninetyNine.set(0, new Item("SUBJECT", "执法主体", 9));
        assertThat(codeOf(() -> Rubric.requireWellFormed(ninetyNine))).isEqualTo("RUBRIC_INVALID");
        List<Item> repeated = new ArrayList<>(STARTER);
        repeated.set(6, new Item("SUBJECT", "执法主体", 10));
        assertThat(codeOf(() -> Rubric.requireWellFormed(repeated))).isEqualTo("RUBRIC_INVALID");
        List<Item> zero = new ArrayList<>(STARTER);
        zero.set(0, new Item("SUBJECT", "执法主体", 0));
        zero.add(new Item("EXTRA", "其他", 10));
        assertThat(codeOf(() -> Rubric.requireWellFormed(zero))).isEqualTo("RUBRIC_INVALID");
    }
}
