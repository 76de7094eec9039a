package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why no penalty is imposed (PL 33) and the education given, with the commitment letter (承诺书). */
public record NoPenaltyInput(boolean firstOrMinor, boolean promptlyCorrected, boolean harmfulConsequences,
        @Size(max = 200) String commitmentLetterReference, @NotBlank @Size(max = 2000) String education) {
}
