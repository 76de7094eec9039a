package cn.enforcement.cases.api;

import cn.enforcement.platform.events.cases.NamedPerson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A natural person the case names (当事人, 法定代表人, 驾驶员, 证人, 委托代理人), with what the officers know of them. */
@Schema(name = "NamedPerson", description = "A natural person the case names; never published, masked in every published text")
public record PersonInput(
        @NotNull NamedPerson.Role role,
        @NotBlank @Size(max = 50) String name,
        @Pattern(regexp = "\\d{17}[\\dX]|\\d{15}", message = "must be an 18-digit resident ID number (or the 15-digit old form)") String idNumber,
        @Size(max = 30) String phone,
        @Size(max = 200) String address) {

    NamedPerson toPerson() {
        return new NamedPerson(role, name.strip(), idNumber, phone, address);
    }
}
