package cn.enforcement.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a method that reports the refusals an act would meet as values (what a caller may do next) and throws none:
 * the problems it reaches are not refusals of the operation that calls it.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ReportsRefusals {
}
