package cn.enforcement.cases.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** The bank's confirmation of a payment (罚缴分离, PL 67). */
public record PaymentInput(@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotNull Instant paidAt, @NotBlank @Size(max = 100) String bankReference) {
}
