package cn.enforcement.review.domain;

/** One point of the review checklist answered: passed or not, with the reviewer's note. */
public record ChecklistAnswer(ChecklistPoint point, boolean passed, String note) {
}
