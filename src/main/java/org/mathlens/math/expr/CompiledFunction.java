package org.mathlens.math.expr;
import java.util.List;
// TEMPORARY STUB until branch expr merges
public interface CompiledFunction {
    double value(double... args);
    double value(double x);
    String text();
    List<String> variables();
}
