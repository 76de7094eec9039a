package cn.enforcement.cases.api;

import java.util.List;

/** A page of cases; pass next as after for the following page. */
public record CasePage(List<CaseView> cases, String next) {
}
