package org.mathlens.math.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    @Test
    void theDigitsAreScikitLearnsLoadDigits() {
        Labelled d = Datasets.digits();
        assertThat(d.size()).isEqualTo(1797);
        assertThat(d.dimension()).isEqualTo(64);
        assertThat(d.classes()).isEqualTo(10);
        // load_digits().data[0] and target[:10], as scikit-learn prints them
        assertThat(Arrays.copyOf(d.x()[0], 16)).containsExactly(0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0);
        assertThat(Arrays.copyOf(d.y(), 10)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        int[] counts = new int[10];
        for (int i = 0; i < d.size(); i++) {
            counts[d.y()[i]]++;
            for (double v : d.x()[i]) {
                assertThat(v).isBetween(0.0, 16.0);
            }
        }
        assertThat(counts).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
    }

    @Test
    void theIrisFlowersAreFishers() {
        Labelled d = Datasets.iris();
        assertThat(d.size()).isEqualTo(150);
        assertThat(d.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(d.x()[0]).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(d.y()[0]).isEqualTo(0);
        assertThat(d.y()[149]).isEqualTo(2);
        double meanPetalLength = Arrays.stream(d.x()).mapToDouble(r -> r[2]).average().orElseThrow();
        assertThat(meanPetalLength).isCloseTo(3.758, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void theClinicalTrialHasEightDoses() {
        double[][] p = Datasets.clinicalTrial();
        assertThat(p).hasDimensions(8, 2);
        assertThat(p[7]).containsExactly(7, -1.37);
    }
}
