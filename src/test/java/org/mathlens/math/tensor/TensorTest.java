package org.mathlens.math.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mathlens.math.MathError;
import org.mathlens.math.tensor.Tensor.Reduction;

class TensorTest {
    @Test
    void shapesStridesAndIndexingAreRowMajor() {
        Tensor t = Tensor.arange(0, 2, 3, 4);
        assertThat(t.rank()).isEqualTo(3);
        assertThat(t.shape()).containsExactly(2, 3, 4);
        assertThat(t.strides()).containsExactly(12, 4, 1);
        assertThat(t.get(1, 2, 3)).isEqualTo(23);
        assertThat(t.get(1, 0, 2)).isEqualTo(14);
        t.set(-5, 0, 1, 1);
        assertThat(t.flat(5)).isEqualTo(-5);
        int[] idx = new int[3];
        t.unravel(17, idx);
        assertThat(idx).containsExactly(1, 1, 1);
        assertThat(Tensor.scalar(7).rank()).isZero();
        assertThat(Tensor.scalar(7).get()).isEqualTo(7);
        assertThat(Tensor.scalar(7).toString()).isEqualTo("7.0");
        assertThat(Tensor.matrix(new double[][] {{1, 2}, {3, 4}}).toString()).isEqualTo("[[1.0, 2.0], [3.0, 4.0]]");
    }

    @Test
    void badIndicesSayWhatIsWrong() {
        Tensor t = Tensor.zeros(2, 3);
        assertThatThrownBy(() -> t.get(1, 3)).isInstanceOf(MathError.class)
                .hasMessage("index [1, 3] is out of range for shape [2, 3]");
        assertThatThrownBy(() -> t.get(1)).hasMessage("index [1] has 1 numbers; shape [2, 3] needs 2");
        assertThatThrownBy(() -> t.reduce(2, Reduction.SUM)).hasMessage("axis 2 is out of range for a tensor with 2 axes");
        assertThatThrownBy(() -> Tensor.of(new double[5], 2, 3)).hasMessage("shape [2, 3] holds 6 numbers, not 5");
    }

    @Test
    void theHadamardProductMultipliesEntryByEntry() {
        Tensor a = Tensor.matrix(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor b = Tensor.matrix(new double[][] {{2, 0, -1}, {1, 3, 0.5}});
        assertThat(a.times(b)).isEqualTo(Tensor.matrix(new double[][] {{2, 0, -3}, {4, 15, 3}}));
        assertThat(a.plus(b).sum()).isEqualTo(21 + 5.5);
    }

    @Test
    void reductionsRemoveTheirAxis() {
        Tensor a = Tensor.matrix(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(a.reduce(0, Reduction.SUM)).isEqualTo(Tensor.vector(5, 7, 9));
        assertThat(a.reduce(1, Reduction.SUM)).isEqualTo(Tensor.vector(6, 15));
        assertThat(a.reduce(0, Reduction.MEAN)).isEqualTo(Tensor.vector(2.5, 3.5, 4.5));
        assertThat(a.reduce(1, Reduction.MAX)).isEqualTo(Tensor.vector(3, 6));
        assertThat(Tensor.vector(1, 2, 3).reduce(0, Reduction.SUM)).isEqualTo(Tensor.scalar(6));
        Tensor t = Tensor.arange(0, 2, 3, 4);
        Tensor middle = t.reduce(1, Reduction.SUM);
        assertThat(middle.shape()).containsExactly(2, 4);
        assertThat(middle.get(1, 2)).isEqualTo(14 + 18 + 22);
        assertThat(t.reduce(2, Reduction.MAX).get(0, 1)).isEqualTo(7);
    }

    @Test
    void broadcastingFollowsNumpysRules() {
        assertThat(Tensor.broadcastShape(new int[] {2, 3}, new int[] {3})).containsExactly(2, 3);
        assertThat(Tensor.broadcastShape(new int[] {2, 1}, new int[] {1, 4})).containsExactly(2, 4);
        assertThat(Tensor.broadcastShape(new int[] {}, new int[] {2, 2})).containsExactly(2, 2);
        assertThat(Tensor.broadcastShape(new int[] {4, 16, 16, 3}, new int[] {3})).containsExactly(4, 16, 16, 3);
        assertThatThrownBy(() -> Tensor.broadcastShape(new int[] {2, 3}, new int[] {4}))
                .isInstanceOf(MathError.class).hasMessage("cannot broadcast shape [2, 3] with [4]: sizes 3 and 4 differ");
        Tensor a = Tensor.matrix(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(a.plus(Tensor.vector(10, 20, 30))).isEqualTo(Tensor.matrix(new double[][] {{11, 22, 33}, {14, 25, 36}}));
        assertThat(a.plus(Tensor.of(new double[] {100, 200}, 2, 1)))
                .isEqualTo(Tensor.matrix(new double[][] {{101, 102, 103}, {204, 205, 206}}));
        assertThat(Tensor.vector(1, 2).broadcastTo(3, 2)).isEqualTo(Tensor.matrix(new double[][] {{1, 2}, {1, 2}, {1, 2}}));
        assertThat(a.times(Tensor.scalar(2)).sum()).isEqualTo(42);
    }

    @Test
    void broadcastingIsTheSameAsAddingTheStretchedCopy() {
        for (int seed = 1; seed <= 50; seed++) {
            Random r = new Random(seed);
            int[] shape = {1 + r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(3)};
            Tensor a = random(r, shape);
            int[] small = shape.clone();
            small[r.nextInt(3)] = 1;
            Tensor b = random(r, small);
            assertThat(a.plus(b)).as("seed %d", seed).isEqualTo(a.plus(b.broadcastTo(shape)));
            // the sum of the mean along an axis, times that axis's length, is the total
            int axis = r.nextInt(3);
            assertThat(a.reduce(axis, Reduction.MEAN).sum() * shape[axis]).as("seed %d", seed)
                    .isCloseTo(a.sum(), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void aSliceKeepsTheEntriesAtOneIndexOfAnAxis() {
        Tensor t = Tensor.arange(0, 2, 3, 2); // entry (i, j, k) = 6i + 2j + k
        assertThat(t.slice(2, 1)).isEqualTo(Tensor.matrix(new double[][] {{1, 3, 5}, {7, 9, 11}}));
        assertThat(t.slice(0, 1).shape()).containsExactly(3, 2);
        assertThat(t.slice(1, 2)).isEqualTo(Tensor.matrix(new double[][] {{4, 5}, {10, 11}}));
        assertThatThrownBy(() -> t.slice(1, 3)).isInstanceOf(MathError.class).hasMessageContaining("out of range");
        long seed = 77L;
        Random r = new Random(seed);
        for (int trial = 0; trial < 50; trial++) {
            int[] shape = {1 + r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(3)};
            Tensor a = random(r, shape);
            int axis = r.nextInt(3);
            double total = 0;
            for (int at = 0; at < shape[axis]; at++) {
                total += a.slice(axis, at).sum();
            }
            assertThat(total).as("seed %d: the slices along an axis share out every entry", seed).isEqualTo(a.sum());
        }
    }

    @Test
    void broadcastIndexingNamesTheOriginalEachCopyReads() {
        Tensor b = Tensor.of(new double[] {10, 20, 30}, 1, 3);
        int[] origin = new int[3];
        assertThat(b.broadcastOrigin(new int[] {1, 0, 2}, 3, origin)).isTrue();
        assertThat(origin).containsExactly(0, 0, 2);
        assertThat(b.broadcastOrigin(new int[] {0, 0, 1}, 3, origin)).isFalse();
        assertThat(b.flat(b.broadcastSource(new int[] {1, 4, 2}, 3))).isEqualTo(30);
        long seed = 78L;
        Random r = new Random(seed);
        for (int trial = 0; trial < 50; trial++) {
            int[] shape = {1 + r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(3)};
            int[] small = shape.clone();
            small[r.nextInt(3)] = 1;
            Tensor s = random(r, small);
            Tensor big = s.broadcastTo(shape);
            int[] idx = new int[3];
            for (int i = 0; i < big.size(); i++) {
                big.unravel(i, idx);
                assertThat(s.flat(s.broadcastSource(idx, 3))).as("seed %d", seed).isEqualTo(big.flat(i));
                boolean copy = s.broadcastOrigin(idx, 3, origin);
                assertThat(big.get(origin)).as("seed %d: a copy shows its original's number", seed).isEqualTo(big.flat(i));
                assertThat(copy).as("seed %d", seed).isEqualTo(!java.util.Arrays.equals(origin, idx));
            }
        }
    }

    private static Tensor random(Random r, int[] shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            int[] idx = new int[shape.length];
            t.unravel(i, idx);
            t.set(r.nextInt(19) - 9, idx);
        }
        return t;
    }
}
