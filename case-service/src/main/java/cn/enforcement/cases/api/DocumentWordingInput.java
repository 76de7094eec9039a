package cn.enforcement.cases.api;

import jakarta.validation.constraints.Size;

/** The agency's own contact line and note for a form; both empty return the form to the standard text. */
public record DocumentWordingInput(@Size(max = 300) String contact, @Size(max = 1000) String note) {
}
