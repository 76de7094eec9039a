package cn.enforcement.review.domain.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;

/**
 * 双随机: files drawn at random from each agency's closed files, each given to an evaluator drawn at random among those
 * without a conflict (none scores a file of their own agency or one they handled), the least loaded first. The draw
 * depends only on its inputs and the seed, which is recorded and shown: an auditor with the same candidates, pool and
 * seed draws the same files for the same evaluators.
 */
public final class DoubleRandomDraw {

    /** A closed file that may be drawn. */
    public record Candidate(String caseId, String agencyCode) {
    }

    /** One who may evaluate: by login, with the agency they serve in. */
    public record Evaluator(String username, String agencyCode) {
    }

    /** A drawn file and its evaluator; {@code evaluator} null when every one in the pool has a conflict. */
    public record Assignment(Candidate file, Evaluator evaluator) {
    }

    private DoubleRandomDraw() {
    }

    /**
     * @param candidates closed files per agency; each list is sorted before drawing, so the order they come in does not matter
     * @param filesPerAgency how many to draw from each agency (all of them when it has fewer)
     * @param conflict whether an evaluator may not score a file (their agency's, or one they handled)
     */
    public static List<Assignment> draw(SortedMap<String, List<Candidate>> candidates, int filesPerAgency, List<Evaluator> pool,
            BiPredicate<Evaluator, Candidate> conflict, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Evaluator> evaluators = pool.stream().distinct().sorted(Comparator.comparing(Evaluator::username)).toList();
        Map<Evaluator, Integer> load = new HashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        for (List<Candidate> ofAgency : candidates.values()) {
            List<Candidate> files = new ArrayList<>(ofAgency);
            files.sort(Comparator.comparing(Candidate::caseId));
            shuffle(files, random);
            for (Candidate file : files.subList(0, Math.min(filesPerAgency, files.size()))) {
                List<Evaluator> eligible = evaluators.stream().filter(e -> !e.agencyCode().equals(file.agencyCode()) && !conflict.test(e, file))
                        .toList();
                Evaluator chosen = null;
                if (!eligible.isEmpty()) {
                    int least = eligible.stream().mapToInt(e -> load.getOrDefault(e, 0)).min().orElse(0);
                    List<Evaluator> leastLoaded = eligible.stream().filter(e -> load.getOrDefault(e, 0) == least).toList();
                    chosen = leastLoaded.get(random.nextInt(leastLoaded.size()));
                    load.merge(chosen, 1, Integer::sum);
                }
                assignments.add(new Assignment(file, chosen));
            }
        }
        return assignments;
    }

    /** Fisher-Yates with the draw's own generator (Collections.shuffle takes only java.util.Random). */
    private static void shuffle(List<Candidate> files, SplittableRandom random) {
        for (int i = files.size() - 1; i > 0; i--) {
            Collections.swap(files, i, random.nextInt(i + 1));
        }
    }
}
