package org.mathlens.explorables.transforms;

import java.util.List;
import org.mathlens.explorable.Parameter;

/**
 * A chain of affine steps written as text ({@code rotate(30); translate(2, 1)}), so a lesson
 * line, {@code --set}, undo and the side editor all set it the same way.
 */
public final class ChainParameter extends Parameter<List<AffineModel.Op>> {
    public ChainParameter(String name, String description, String initial) {
        super(name, description, AffineModel.parse(initial));
    }

    public List<AffineModel.Op> steps() {
        return get();
    }

    @Override
    protected List<AffineModel.Op> parseValue(String text) {
        return AffineModel.parse(text);
    }

    @Override
    protected List<AffineModel.Op> check(List<AffineModel.Op> candidate) {
        if (candidate.size() > AffineModel.MAX_STEPS) {
            throw new org.mathlens.explorable.ParameterException(name() + ": at most " + AffineModel.MAX_STEPS + " steps");
        }
        return List.copyOf(candidate);
    }

    @Override
    protected boolean same(List<AffineModel.Op> a, List<AffineModel.Op> b) {
        return AffineModel.format(a).equals(AffineModel.format(b));
    }

    @Override
    public String format(List<AffineModel.Op> value) {
        return AffineModel.format(value);
    }
}
