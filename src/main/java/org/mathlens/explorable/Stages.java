package org.mathlens.explorable;

import java.util.List;

/**
 * A staged play as a list of named moves (Vᵀ rotates, Σ stretches, U rotates; one row
 * operation after another). Progress p runs from 0 to {@link #count()}: stage i is under way
 * while i ≤ p ≤ i + 1. The pane draws stage i at {@code alphaOf(i, p)}, so any progress — a
 * frame of Play, a lesson's {@code set: stage = 1.5}, an undo — gives exactly one picture.
 */
public final class Stages {
    private final List<String> names;
    private final Rate rate;

    public Stages(Rate rate, String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("a staged play needs a stage");
        }
        this.names = List.of(names);
        this.rate = rate;
    }

    public Stages(String... names) {
        this(Rate.SMOOTH, names);
    }

    public int count() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    /** How far stage i has gone at progress p, eased: 0 before it starts, 1 once it is done. */
    public double alphaOf(int stage, double progress) {
        return rate.apply(progress - stage);
    }

    /** The stage under way at progress p (the last one once all are done). */
    public int current(double progress) {
        return (int) Math.max(0, Math.min(count() - 1, Math.ceil(progress) - 1));
    }

    /** Words for where the play stands: "before Vᵀ", "Σ stretches (40 %)", "all three done". */
    public String describe(double progress) {
        if (progress <= 0) {
            return "before: " + names.get(0);
        }
        if (progress >= count()) {
            return "done: " + names.get(count() - 1);
        }
        int i = current(progress);
        double done = progress - i;
        return done >= 1 ? names.get(i) : names.get(i) + " (" + Math.round(100 * done) + " %)";
    }
}
