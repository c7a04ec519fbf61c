package org.mathlens.math.expr;

/** The differentiation rules a {@link Derivation} reports, named as a calculus course names them. */
public enum Rule {
    CONSTANT, VARIABLE, NEGATION, CONSTANT_MULTIPLE, SUM, DIFFERENCE, PRODUCT, QUOTIENT,
    POWER, EXPONENTIAL, GENERAL_POWER, CHAIN,
    SIN, COS, TAN, EXP, LOG, SQRT, ABS
}
