package cn.enforcement.review.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.review.domain.evaluation.DoubleRandomDraw.Assignment;
import cn.enforcement.review.domain.evaluation.DoubleRandomDraw.Candidate;
import cn.enforcement.review.domain.evaluation.DoubleRandomDraw.Evaluator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DoubleRandomDrawTest {

    static final String CHANGCHUN = "220100001";
    static final String JILIN = "220200001";
    static final String SIPING = "220300001";
    static final List<Evaluator> POOL = List.of(new Evaluator("cc-legal", CHANGCHUN), new Evaluator("jl-legal", JILIN),
            new Evaluator("sp-legal", SIPING), new Evaluator("province-supervisor", "220000000"));

    static SortedMap<String, List<Candidate>> candidates(int perAgency) {
        SortedMap<String, List<Candidate>> candidates = new TreeMap<>();
        for (String agency : List.of(CHANGCHUN, JILIN, SIPING)) {
            candidates.put(agency, IntStream.range(0, perAgency).mapToObj(i -> new Candidate(agency + "-case-" + i, agency)).toList());
        }
        return candidates;
    }

    static List<Assignment> draw(SortedMap<String, List<Candidate>> candidates, long seed) {
        return DoubleRandomDraw.draw(candidates, 5, POOL, (evaluator, file) -> false, seed);
    }

    @Test
    void the_same_seed_draws_the_same_files_for_the_same_evaluators_whatever_order_the_candidates_come_in() {
        SortedMap<String, List<Candidate>> shuffled = new TreeMap<>();
        candidates(40).forEach((agency, files) -> {
            List<Candidate> copy = new ArrayList<>(files);
            Collections.reverse(copy);
            shuffled.put(agency, copy);
        });
        assertThat(draw(shuffled, 20261205L)).isEqualTo(draw(candidates(40), 20261205L));
        assertThat(draw(candidates(40), 20261206L)).isNotEqualTo(draw(candidates(40), 20261205L));
    }

    @Test
    void each_agency_gives_its_number_of_files_or_all_it_has() {
        Map<String, Long> perAgency = draw(candidates(40), 7L).stream()
                .collect(Collectors.groupingBy(a -> a.file().agencyCode(), Collectors.counting()));
        assertThat(perAgency).containsExactlyInAnyOrderEntriesOf(Map.of(CHANGCHUN, 5L, JILIN, 5L, SIPING, 5L));
        assertThat(draw(candidates(3), 7L)).hasSize(9);
        assertThat(draw(candidates(40), 7L).stream().map(a -> a.file().caseId()).distinct()).hasSize(15);
    }

    @Test
    void no_evaluator_scores_a_file_of_their_own_agency_or_one_they_handled() {
        Set<String> handledByJilin = Set.of(SIPING + "-case-1", SIPING + "-case-2", SIPING + "-case-3");
        for (long seed = 0; seed < 200; seed++) {
            List<Assignment> draw = DoubleRandomDraw.draw(candidates(6), 6, POOL,
                    (evaluator, file) -> evaluator.username().equals("jl-legal") && handledByJilin.contains(file.caseId()), seed);
            assertThat(draw).allSatisfy(a -> {
                assertThat(a.evaluator()).isNotNull();
                assertThat(a.evaluator().agencyCode()).isNotEqualTo(a.file().agencyCode());
                if (handledByJilin.contains(a.file().caseId())) {
                    assertThat(a.evaluator().username()).isNotEqualTo("jl-legal");
                }
            });
        }
    }

    @Test
    void the_work_is_spread_evenly_and_a_file_nobody_may_score_is_left_without_an_evaluator() {
        Map<String, Long> load = draw(candidates(40), 3L).stream()
                .collect(Collectors.groupingBy(a -> a.evaluator().username(), Collectors.counting()));
        assertThat(load.values()).allSatisfy(files -> assertThat(files).isBetween(3L, 5L));

        List<Assignment> onlyOwn = DoubleRandomDraw.draw(candidates(2), 2, List.of(new Evaluator("cc-legal", CHANGCHUN)),
                (evaluator, file) -> false, 1L);
        assertThat(onlyOwn).filteredOn(a -> a.file().agencyCode().equals(CHANGCHUN)).allSatisfy(a -> assertThat(a.evaluator()).isNull());
        assertThat(onlyOwn).filteredOn(a -> !a.file().agencyCode().equals(CHANGCHUN)).allSatisfy(a -> assertThat(a.evaluator()).isNotNull());
    }
}
