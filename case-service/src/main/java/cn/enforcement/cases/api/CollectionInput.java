package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The number of the official receipt (财政部门统一制发的专用票据) given to the party for a fine collected on the spot (PL 70). */
public record CollectionInput(@NotNull @Pattern(regexp = "[0-9A-Za-z-]{4,40}") String receiptNumber) {
}
