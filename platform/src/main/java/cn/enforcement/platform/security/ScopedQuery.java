package cn.enforcement.platform.security;

import java.util.HashMap;
import java.util.Map;

/**
 * A list query within the caller's read scope ({@link AgencyScope#readableWhere}), narrowed by the filters the
 * caller gave: a filter left out (null) does not narrow.
 */
public final class ScopedQuery {

    private final StringBuilder where;
    private final Map<String, Object> parameters;

    private ScopedQuery(AgencyScope.Restriction scope) {
        this.where = new StringBuilder(scope.clause());
        this.parameters = new HashMap<>(scope.parameters());
    }

    /** Within what the caller may read: a supervisor's region, else their agency. */
    public static ScopedQuery readableBy(AgencyScope scope) {
        return new ScopedQuery(scope.readableWhere("agencyCode", "regionCode"));
    }

    /** {@code field = value} when a value is given. */
    public ScopedQuery where(String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
        return this;
    }

    public String orderedBy(String order) {
        return where + " order by " + order;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
