package cn.enforcement.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** How problem types are written into the OpenAPI documents, by the services and by the gateway alike. */
public final class ProblemDocumentation {

    /** On an operation: the codes it may answer besides those of any request. */
    public static final String OPERATION_CODES = "x-problem-codes";
    /** On a document: every problem type by code, with its status and meaning in English and Chinese. */
    public static final String TYPES = "x-problem-types";
    /** On a document: the codes any request may answer, whatever its operation. */
    public static final String COMMON_CODES = "x-common-problem-codes";

    private ProblemDocumentation() {
    }

    public static Map<String, Object> described(ProblemType type) {
        ProblemType.Text text = type.text();
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("status", text.status());
        described.put("title", text.title());
        described.put("titleZh", text.titleZh());
        described.put("meaning", text.meaning());
        described.put("meaningZh", text.meaningZh());
        return described;
    }
}
