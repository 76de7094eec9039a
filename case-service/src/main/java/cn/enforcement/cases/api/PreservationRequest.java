package cn.enforcement.cases.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The handling officers' request to register and keep evidence (先行登记保存, PL 56), with its list of items. */
public record PreservationRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
        @NotBlank @Size(max = 200) String keptAt, @NotBlank @Size(max = 1000) String reasons) {

    /** One line of the list (物品清单). */
    @Schema(name = "PreservedItem")
    public record Item(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String quantity,
            @Size(max = 200) String description) {
    }
}
