package cn.enforcement.problem;

import java.util.Set;

/**
 * A constant that names an act whose refusals are decided by data (a transition table) rather than by code a reader
 * of the bytecode can follow: an operation that reads the constant may answer its refusals.
 */
public interface ActRefusals {

    Set<? extends ProblemType> refusals();
}
