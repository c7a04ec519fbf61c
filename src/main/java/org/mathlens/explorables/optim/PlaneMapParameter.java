package org.mathlens.explorables.optim;

import java.util.List;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.expr.CompiledFunction;
import org.mathlens.math.expr.Expr;
import org.mathlens.math.expr.MathLanguage;

/**
 * A map of the plane to itself typed as two formulas in x and y, {@code [x*cos(y), x*sin(y)]}:
 * parsed by the math language (so commas inside calls are no trouble) and both parts compiled
 * once when set. A bracket of any other length, or a name other than x and y, is refused.
 */
public final class PlaneMapParameter extends Parameter<PlaneMapParameter.PlaneMap> {
    /** The two component formulas, their parse trees and compiled forms. */
    public record PlaneMap(String text, Expr u, Expr v, CompiledFunction fu, CompiledFunction fv) {
        public static PlaneMap parse(String text) {
            Expr e = MathLanguage.parse(text);
            if (!(e instanceof Expr.Vector vec) || vec.elements().size() != 2
                    || vec.elements().stream().anyMatch(x -> x instanceof Expr.Vector)) {
                throw new ParameterException("a map of the plane is two formulas in brackets, like [x*cos(y), x*sin(y)]");
            }
            List<Expr> parts = vec.elements();
            CompiledFunction fu = MathLanguage.compile(parts.get(0).toString(), "x", "y");
            CompiledFunction fv = MathLanguage.compile(parts.get(1).toString(), "x", "y");
            return new PlaneMap(text, parts.get(0), parts.get(1), fu, fv);
        }
    }

    public PlaneMapParameter(String name, String description, String initial) {
        super(name, description, PlaneMap.parse(initial));
    }

    @Override
    protected PlaneMap parseValue(String text) {
        return PlaneMap.parse(text);
    }

    @Override
    protected boolean same(PlaneMap a, PlaneMap b) {
        return a.text().equals(b.text());
    }

    @Override
    public String format(PlaneMap value) {
        return value.text();
    }
}
