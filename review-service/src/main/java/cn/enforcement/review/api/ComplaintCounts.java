package cn.enforcement.review.api;

import cn.enforcement.review.domain.complaint.Complaint;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Complaints counted by one dimension, most first; complaints that do not name it are left out. */
final class ComplaintCounts {

    private ComplaintCounts() {
    }

    static List<ComplaintAnalysis.Count> by(String dimension, List<Complaint> complaints, Function<Complaint, String> value) {
        Map<String, Long> counts = complaints.stream().map(value).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().map(e -> new ComplaintAnalysis.Count(dimension, e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ComplaintAnalysis.Count::complaints).reversed().thenComparing(ComplaintAnalysis.Count::value))
                .toList();
    }
}
