package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;

class JacobianHessianExplorableTest {
    @Test
    void polarAtTwoZeroAndTheHessianPresets() {
        JacobianHessianExplorable pane = new JacobianHessianExplorable();
        pane.parameters().set("x0", "2");
        pane.parameters().set("y0", "0");
        assertThat(pane.readouts().read("jacobian").text()).isEqualTo("[[1.0, 0.0], [0.0, 2.0]]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("2.0");
        pane.parameters().set("preset", "saddle");
        assertThat(pane.parameters().get("view").text()).isEqualTo("hessian");
        assertThat(pane.readouts().read("hessian").text()).isEqualTo("[[2.0, 0.0], [0.0, -2.0]]");
        assertThat(pane.readouts().read("kind").text()).isEqualTo("saddle");
        pane.parameters().set("preset", "ridge");
        assertThat(pane.readouts().read("kind").text()).isEqualTo("degenerate");
        pane.parameters().set("preset", "bowl");
        assertThat(pane.readouts().read("kind").text()).isEqualTo("minimum");
        pane.parameters().set("f", "-x^2 - y^2");
        assertThat(pane.parameters().get("preset").text()).isEqualTo("custom");
        assertThat(pane.readouts().read("kind").text()).isEqualTo("maximum");
    }

    @Test
    void aPointWithASlopeIsNotCalledAMinimum() {
        JacobianHessianExplorable pane = new JacobianHessianExplorable();
        pane.parameters().set("preset", "bowl");
        pane.parameters().set("x0", "1");
        pane.parameters().set("y0", "0.5");
        // ∇f = (2, 1) ≠ 0: H is positive definite, but the point is no minimum
        assertThat(pane.readouts().read("kind").text()).isEqualTo("not a critical point (∇f ≠ 0): curves up in every direction");
        pane.parameters().set("preset", "saddle");
        pane.parameters().set("x0", "1");
        assertThat(pane.readouts().read("kind").text()).isEqualTo("not a critical point (∇f ≠ 0): curves up one way, down the other");
        pane.parameters().set("x0", "0");
        assertThat(pane.readouts().read("kind").text()).isEqualTo("saddle");
    }

    @Test
    void badMapsAreRefusedAndUndefinedPointsSayUndefined() {
        JacobianHessianExplorable pane = new JacobianHessianExplorable();
        assertThatThrownBy(() -> pane.parameters().set("map", "[x, y, x]")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("map", "x*y")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("map", "[x, z]")).isInstanceOf(ParameterException.class);
        assertThat(pane.parameters().get("map").text()).isEqualTo("[x*cos(y), x*sin(y)]");
        pane.parameters().set("map", "[log(x), y]");
        pane.parameters().set("x0", "-1");
        assertThat(pane.readouts().read("jacobian").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("det").text()).isEqualTo("undefined");
        pane.parameters().set("f", "sqrt(x) + y");
        assertThat(pane.readouts().read("kind").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("hessian").text()).isEqualTo("undefined");
    }
}
