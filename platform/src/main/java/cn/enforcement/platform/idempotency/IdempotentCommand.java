package cn.enforcement.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command (a POST) that honours the {@code Idempotency-Key} header: a repeat with the same
 * key and body returns the first response without a second effect; the same key with another body
 * is refused. The method must return {@code RestResponse} or {@code Response}.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentCommand {
}
