package cn.enforcement.cases.api;

import cn.enforcement.platform.events.cases.NamedPerson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Persons and vehicles the officers name after filing. */
public record NamedPersonsInput(
        @Size(max = 20) List<@Valid @NotNull PersonInput> persons,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> vehiclePlates) {

    List<NamedPerson> toPersons() {
        return persons == null ? List.of() : persons.stream().map(PersonInput::toPerson).toList();
    }

    List<String> toPlates() {
        return vehiclePlates == null ? List.of() : vehiclePlates.stream().map(String::strip).toList();
    }
}
