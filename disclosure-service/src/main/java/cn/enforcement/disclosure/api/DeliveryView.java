package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.FeedDelivery;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt to push to a subscription. */
public record DeliveryView(Instant attemptedAt, int entries,
        @Schema(description = "The receiver's HTTP status; none when it could not be reached") Integer statusCode,
        String error, int millis) {

    static DeliveryView of(FeedDelivery delivery) {
        return new DeliveryView(delivery.attemptedAt, delivery.entries, delivery.statusCode, delivery.error, delivery.millis);
    }
}
