package cn.enforcement.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} and its kin by: the platform's clock, in Beijing.
 * Without it a date is judged by the machine's zone, and a container in UTC would refuse, before 08:00 in
 * Beijing, an exam taken that day as one in the future.
 */
@ApplicationScoped
public class BeijingClockProvider implements ClockProvider {

    private final Clock clock;

    BeijingClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(BeijingTime.ZONE);
    }
}
