package org.mathlens.math.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkBatchTest {
    @Test
    void aBatchGivesEachRowTheActivationsOfItsOwnPass() {
        Network net = Network.random(new int[] {3, 5, 4, 2}, List.of(Activation.TANH, Activation.RELU), 7);
        Random r = new Random(11);
        double[][] x = new double[9][3];
        for (double[] row : x) {
            for (int j = 0; j < 3; j++) {
                row[j] = r.nextGaussian() * 2;
            }
        }
        double[][][] batch = net.activations(x);
        assertThat(batch).hasNumberOfRows(4);
        for (int i = 0; i < x.length; i++) {
            double[][] one = net.activations(x[i]);
            for (int l = 0; l < one.length; l++) {
                assertThat(batch[l][i]).as("layer %d row %d", l, i).containsExactly(one[l]);
            }
        }
    }
}
