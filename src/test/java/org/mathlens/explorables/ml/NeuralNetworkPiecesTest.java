package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathlens.math.ml.Activation;

class NeuralNetworkPiecesTest {
    @Test
    void layerSizesAreReadWithOrWithoutBrackets() {
        assertThat(Architecture.hidden("[4, 2]")).containsExactly(4, 2);
        assertThat(Architecture.hidden("8")).containsExactly(8);
        assertThat(Architecture.hidden("[]")).isEmpty();
        assertThatThrownBy(() -> Architecture.hidden("[0]")).hasMessage("a hidden layer has 1 to 8 neurons, not 0");
        assertThatThrownBy(() -> Architecture.hidden("[2.5]")).hasMessage("hidden is a list of layer sizes such as [4, 2]; '2.5' is not a whole number");
    }

    @Test
    void oneActivationServesEveryLayerAndAListServesEachItsOwn() {
        assertThat(Architecture.activations("tanh", 3)).containsExactly(Activation.TANH, Activation.TANH, Activation.TANH);
        assertThat(Architecture.activations("relu, linear", 2)).containsExactly(Activation.RELU, Activation.LINEAR);
        assertThat(Architecture.activations("relu", 0)).isEmpty();
        assertThatThrownBy(() -> Architecture.activations("relu, tanh, relu", 2))
                .hasMessage("give one activation for all layers or one per hidden layer (2), not 3");
    }

    @Test
    void theDiagramFindsEachWeightInTheParameterVector() {
        // sizes 2 → 3 → 2: layer 0 has 6 weights then 3 biases, so layer 1's (1, 2) weight is 9 + 1·3 + 2
        DiagramLayout at = DiagramLayout.of(new int[] {2, 3, 2}, 0, 0, 300, 200);
        assertThat(at.weightIndex(0, 2, 1)).isEqualTo(5);
        assertThat(at.weightIndex(1, 1, 2)).isEqualTo(14);
        assertThat(at.x(0)).isLessThan(at.x(1));
        assertThat(at.y(1, 2) - at.y(1, 1)).isCloseTo(at.y(1, 1) - at.y(1, 0), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void rowsOfPointsNeedWholeClasses() {
        LabelledPoints p = LabelledPoints.ofRows(new double[][] {{0, 0, 0}, {1, 1, 2}}, List.of());
        assertThat(p.classes()).containsExactly("class 0", "class 1", "class 2");
        assertThatThrownBy(() -> LabelledPoints.ofRows(new double[][] {{0, 0, 0.5}}, List.of()))
                .hasMessage("the class in row 1 must be a whole number from 0 to 7, not 0.5");
    }
}
