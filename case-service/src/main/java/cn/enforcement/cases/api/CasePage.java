package cn.enforcement.cases.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of cases; pass next as after for the following page. */
@Schema(name = "PenaltyCasePage")
public record CasePage(List<CaseView> cases, String next) {
}
