package cn.enforcement.review.api;

import java.util.List;

/** A page of complaints, soonest due first; pass {@code next} back as {@code after} for the following page. */
public record ComplaintPage(List<ComplaintView> complaints, String next) {
}
