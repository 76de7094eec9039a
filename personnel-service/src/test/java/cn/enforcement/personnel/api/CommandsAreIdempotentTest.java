package cn.enforcement.personnel.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.personnel.api.CredentialResource;
import cn.enforcement.personnel.api.ExamResource;
import cn.enforcement.personnel.api.OfficerResource;
import cn.enforcement.personnel.api.TrainingResource;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every POST of the service honours Idempotency-Key (flaky mobile networks retry). */
class CommandsAreIdempotentTest {

    @Test
    void everyPostIsAnIdempotentCommand() {
        Stream.of(OfficerResource.class, CredentialResource.class, TrainingResource.class, ExamResource.class)
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(POST.class))
                .forEach(method -> assertThat(method.isAnnotationPresent(IdempotentCommand.class))
                        .as(name(method)).isTrue());
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " is an @IdempotentCommand";
    }
}
