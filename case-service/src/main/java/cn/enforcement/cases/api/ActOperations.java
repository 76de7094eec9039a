package cn.enforcement.cases.api;

import cn.enforcement.platform.openapi.ServiceDocument;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents, on every act on a case, the {@value CaseActs#PERFORMED_AT} header with which a device that was
 * offline dates the act (see {@link CaseActs}); and, as in every service, what ServiceDocument adds.
 */
public class ActOperations extends ServiceDocument {

    @Override
    public Operation filterOperation(Operation operation) {
        boolean act = operation.getTags() != null && operation.getTags().contains("case procedure")
                || List.of("fileCase", "approveFiling", "assignOfficers").contains(operation.getOperationId());
        if (act) {
            operation.addParameter(OASFactory.createParameter().name(CaseActs.PERFORMED_AT).in(Parameter.In.HEADER)
                    .description("When the act was performed (RFC 3339 with offset), for an act recorded later, e.g. after"
                            + " working offline; default now. Acts with their own date (heldAt, servedAt, paidAt) take that.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("date-time")));
        }
        return super.filterOperation(operation);
    }
}
