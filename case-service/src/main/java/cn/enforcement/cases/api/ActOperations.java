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

    private static final String RFC_3339 = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$";

    @Override
    public Operation filterOperation(Operation operation) {
        boolean act = operation.getTags() != null && operation.getTags().contains("case procedure")
                || List.of("fileCase", "approveFiling", "assignOfficers", "answerTransfer", "superviseTransferFiling")
                        .contains(operation.getOperationId());
        if (act) {
            // typed as a text of RFC 3339's form, not as a date-time: generated clients then send the text they are
            // given, where a date-time header would be written as the language prints a date (String(date) in TypeScript)
            operation.addParameter(OASFactory.createParameter().name(CaseActs.PERFORMED_AT).in(Parameter.In.HEADER)
                    .description("When the act was performed (RFC 3339 with offset, e.g. 2026-12-07T09:30:00+08:00), for an act"
                            + " recorded later, e.g. after working offline; default now. Acts with their own date (heldAt,"
                            + " servedAt, paidAt) take that.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).pattern(RFC_3339)
                            .examples(List.of("2026-12-07T09:30:00+08:00"))));
        }
        return super.filterOperation(operation);
    }
}
