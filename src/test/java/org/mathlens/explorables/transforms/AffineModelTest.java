package org.mathlens.explorables.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.MathError;
import org.mathlens.math.linalg.Linalg;

class AffineModelTest {
    private static AffineModel chain(String text) {
        return new AffineModel(AffineModel.parse(text));
    }

    @Test
    void orderMatters() {
        assertThat(chain("translate(1, 0); rotate(90)").apply(0, 0)).containsExactly(0.0, 1.0);
        assertThat(chain("rotate(90); translate(1, 0)").apply(0, 0)).containsExactly(1.0, 0.0);
    }

    @Test
    void theComposedMatrixIsTheLastStepTimesTheFirst() {
        AffineModel m = chain("rotate(90); translate(2, 1)");
        assertThat(m.composed()).isEqualTo(new double[][] {{0, -1, 2}, {1, 0, 1}, {0, 0, 1}});
        assertThat(chain("scale(2, 3)").composed()).isEqualTo(new double[][] {{2, 0, 0}, {0, 3, 0}, {0, 0, 1}});
        assertThat(chain("scale(2)").det()).isEqualTo(4.0);
        assertThat(chain("shear(0.5)").composed()[0][1]).isEqualTo(0.5);
        assertThat(chain("reflect()").composed()).isEqualTo(new double[][] {{1, 0, 0}, {0, -1, 0}, {0, 0, 1}});
        assertThat(chain("reflect(90)").composed()).isEqualTo(new double[][] {{-1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThat(chain("reflect(45)").apply(1, 0)).containsExactly(0.0, 1.0);
        assertThat(chain("reflect(30)").det()).isEqualTo(-1.0);
        assertThat(chain("identity").composed()).isEqualTo(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    }

    @Test
    void argumentsAreExpressionsAndAnglesAreDegrees() {
        assertThat(chain("rotate(360/4)").apply(1, 0)).containsExactly(0.0, 1.0);
        assertThat(chain("translate(sqrt(4), 2^-1)").apply(0, 0)).containsExactly(2.0, 0.5);
        assertThat(chain("rotate(180 * pi / pi)").apply(1, 0)).containsExactly(-1.0, 0.0);
    }

    @Test
    void theTextRoundTrips() {
        String text = "rotate(30); translate(2, 1); scale(1.5, 0.5); shear(0.5); reflect(45)";
        assertThat(AffineModel.format(AffineModel.parse(text))).isEqualTo(text);
        assertThat(AffineModel.format(AffineModel.parse("  ROTATE( 360/8 ) ;translate(1,0);"))).isEqualTo("rotate(360/8); translate(1, 0)");
        assertThat(AffineModel.format(List.of())).isEqualTo("identity");
        assertThat(AffineModel.parse("identity")).isEmpty();
    }

    @Test
    void mistakesNameTheirColumn() {
        assertThatThrownBy(() -> AffineModel.parse("rotat(30)")).isInstanceOf(MathError.class)
                .hasMessageStartingWith("unknown operation 'rotat'").hasMessageEndingWith("at column 1");
        assertThatThrownBy(() -> AffineModel.parse("rotate(30); scle(2)")).hasMessageContaining("'scle'").hasMessageEndingWith("at column 13");
        assertThatThrownBy(() -> AffineModel.parse("rotate(30, 2)")).hasMessageStartingWith("rotate takes 1 number, not 2");
        assertThatThrownBy(() -> AffineModel.parse("translate(1 +, 2)")).hasMessageStartingWith("in translate: ");
        assertThatThrownBy(() -> AffineModel.parse("rotate 30")).hasMessage("expected '(' after rotate at column 8");
        assertThatThrownBy(() -> AffineModel.parse("rotate(30")).hasMessageStartingWith("missing ')'");
        assertThatThrownBy(() -> AffineModel.parse("translate(1/0, 0)")).hasMessage("in translate: division by zero at column 11");
        assertThatThrownBy(() -> AffineModel.parse("rotate(0); translate(200, 0)")).hasMessage("translate's numbers must be finite and within ±100 at column 22");
        assertThatThrownBy(() -> AffineModel.parse(";;")).hasMessageStartingWith("no steps");
    }

    @Test
    void parallelLinesStayParallel() {
        AffineModel m = chain("rotate(30); shear(1.5); translate(2, -1); scale(2, 0.5)");
        double[] a1 = m.apply(0, 0);
        double[] a2 = m.apply(3, 1);
        double[] b1 = m.apply(0, 2);
        double[] b2 = m.apply(3, 3);
        double cross = (a2[0] - a1[0]) * (b2[1] - b1[1]) - (a2[1] - a1[1]) * (b2[0] - b1[0]);
        assertThat(cross).isCloseTo(0, within(1e-12));
    }

    @Test
    void thePartialMapWalksTheChainStepByStep() {
        AffineModel m = chain("translate(2, 0); rotate(90)");
        assertThat(m.partial(0)).isEqualTo(m.after(0));
        assertThat(m.partial(1)).isEqualTo(m.after(1));
        assertThat(m.partial(2)).isEqualTo(m.composed());
        double[][] half = m.partial(1.5);          // rotated 45° after the translation
        assertThat(half[0][2]).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(half[1][2]).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @RepeatedTest(20)
    void theDeterminantOfAChainIsTheProductOfItsParts() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        String first = randomChain(r);
        String second = randomChain(r);
        AffineModel a = chain(first);
        AffineModel b = chain(second);
        AffineModel ab = chain(first + "; " + second);
        assertThat(ab.det()).as("seed %d: %s then %s", seed, first, second).isCloseTo(a.det() * b.det(), within(1e-9 * (1 + Math.abs(ab.det()))));
        double[][] product = Linalg.multiply(b.composed(), a.composed());
        for (int i = 0; i < 3; i++) {
            assertThat(ab.composed()[i]).as("seed %d", seed).containsExactly(product[i], within(1e-9));
        }
    }

    private static String randomChain(Random r) {
        List<String> steps = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(5)) {
                case 0 -> steps.add("translate(" + (r.nextInt(9) - 4) + ", " + (r.nextInt(9) - 4) + ")");
                case 1 -> steps.add("rotate(" + r.nextInt(360) + ")");
                case 2 -> steps.add("scale(" + (r.nextInt(7) - 3) / 2.0 + ", " + (r.nextInt(7) - 3) / 2.0 + ")");
                case 3 -> steps.add("shear(" + (r.nextInt(9) - 4) / 4.0 + ")");
                default -> steps.add("reflect(" + r.nextInt(180) + ")");
            }
        }
        return String.join("; ", steps);
    }

    @Test
    void thePaneReadsOutTheComposedMatrix() {
        AffineExplorable pane = new AffineExplorable();
        pane.parameters().set("ops", "translate(1, 0); rotate(90)");
        assertThat(pane.readouts().read("matrix").text()).isEqualTo("[[0.0, -1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 0.0, 1.0]]");
        assertThat(pane.readouts().read("origin").text()).isEqualTo("[0.0, 1.0]");
        pane.parameters().set("ops", "rotate(90); translate(1, 0)");
        assertThat(pane.readouts().read("origin").text()).isEqualTo("[1.0, 0.0]");
        assertThatThrownBy(() -> pane.parameters().set("ops", "rotat(30)")).isInstanceOf(ParameterException.class)
                .hasMessage("ops: unknown operation 'rotat' (use translate, rotate, scale, shear or reflect) at column 1");
        assertThat(pane.parameters().get("ops").text()).isEqualTo("rotate(90); translate(1, 0)");
        assertThat(pane.model().drawn()).as("at rest: the whole chain").isEqualTo(pane.model().composed());
        var anim = pane.animation().orElseThrow();
        anim.step();
        assertThat(pane.parameters().get("step").text()).isEqualTo("0.0");
        assertThat(pane.model().drawn()).isEqualTo(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        anim.step();
        assertThat(pane.parameters().get("step").text()).isEqualTo("1.0");
        assertThat(pane.model().drawn()).isEqualTo(pane.model().after(1));
        assertThat(pane.readouts().read("det").text()).isEqualTo("1.0");
        anim.advance(10);
        assertThat(anim.isFinished()).as("play stops at the chain's end, not the parameter's maximum").isTrue();
        assertThat(pane.parameters().get("step").text()).isEqualTo("2.0");
    }

    @Test
    void theDeterminantComesFromTheFactorsSoItIsExactAtTheEnd() {
        AffineModel m = chain("scale(1e-14, 50)");
        assertThat(m.det()).isEqualTo(1e-14 * 50);
        assertThat(m.composed()[0][0]).isEqualTo(1e-14);
        m.setProgress(0.5);
        // smooth(0.5) = 0.5: the factors are halfway from 1, 0.5000000000000050 and 25.5
        assertThat(m.drawnDet()).isCloseTo((0.5 + 0.5e-14) * 25.5, within(1e-15));
        assertThat(chain("reflect(30); scale(3, 2); shear(0.5, 1)").det()).isEqualTo(-3.0);
        AffineExplorable pane = new AffineExplorable();
        pane.parameters().set("ops", "scale(1e-14, 50)");
        assertThat(pane.readouts().read("det").text()).isEqualTo(Double.toString(1e-14 * 50));
    }

    @RepeatedTest(20)
    void theDrawnDeterminantIsTheDeterminantOfTheDrawnMatrixAtEveryProgress() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        AffineModel m = chain(randomChain(r));
        double s = r.nextDouble() * (m.size() + 1);
        m.setProgress(s);
        double[][] d = m.drawn();
        assertThat(m.drawnDet()).as("seed %d at %s", seed, s)
                .isCloseTo(d[0][0] * d[1][1] - d[0][1] * d[1][0], within(1e-9 * (1 + Math.abs(m.drawnDet()))));
    }
}
