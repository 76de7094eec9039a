package cn.enforcement.review.api;

import java.util.List;

/** A page of findings; pass {@code next} back as {@code after} for the following page. */
public record FindingPage(List<FindingView> findings, String next) {
}
