package org.mathlens.explorables.transforms;

import org.mathlens.explorable.Morph;
import org.mathlens.explorable.Stages;
import org.mathlens.math.Numbers;
import org.mathlens.math.MathError;
import org.mathlens.math.linalg.Eigen;
import org.mathlens.math.linalg.Linalg;

/**
 * A = VΛV⁻¹ for a 2×2 matrix: eigenvalues and unit eigenvectors from {@link Linalg#eigen}
 * (largest real part first, each vector signed so its largest-magnitude entry is positive —
 * the rule of the math language's eig and eigvecs), the three moves V⁻¹, Λ, V that make up A,
 * det = λ₁λ₂, trace = λ₁ + λ₂, and the powers Aᵏ acting on a fan of sample directions.
 */
public final class EigendecompositionModel {
    /** What kind of matrix it is, as far as the decomposition goes. */
    public enum Kind {
        /** Two independent real eigenvectors: A = VΛV⁻¹. */
        DIAGONALIZABLE,
        /** A repeated real eigenvalue with one eigen-direction only (a shear): no V⁻¹. */
        DEFECTIVE,
        /** A pair a ± bi: A turns every direction, no real eigenvector. */
        COMPLEX
    }

    /** Sample directions Aᵏ acts on: evenly round the half-turn, off the axes. */
    public static final int SAMPLES = 8;

    private double[][] a = {{1, 0}, {0, 1}};
    private Kind kind = Kind.DIAGONALIZABLE;
    private double lambda1 = 1;
    private double lambda2 = 1;
    private double imaginary;
    private double[][] v;
    private double[][] vInverse;
    private double[][] lambdaVInverse;
    private double[][] lambdaMatrix;
    private double det = 1;
    private double trace = 2;
    private boolean symmetric = true;
    private int k;
    private double[][] power = {{1, 0}, {0, 1}};
    private final double[] sampleX = new double[SAMPLES];
    private final double[] sampleY = new double[SAMPLES];
    private final double[] imageX = new double[SAMPLES];
    private final double[] imageY = new double[SAMPLES];
    private final double[] imageLength = new double[SAMPLES];
    /** How far through the three moves the picture is, and the map it draws there. */
    private double stage = 3;
    private final double[][] drawn = {{1, 0}, {0, 1}};

    public EigendecompositionModel() {
        for (int i = 0; i < SAMPLES; i++) {
            double angle = Math.PI * (i + 0.5) / SAMPLES;
            sampleX[i] = Math.cos(angle);
            sampleY[i] = Math.sin(angle);
        }
        set(a, 0);
    }

    public void set(double[][] matrix, int power) {
        a = new double[][] {matrix[0].clone(), matrix[1].clone()};
        det = Linalg.det(a);
        trace = Linalg.trace(a);
        symmetric = a[0][1] == a[1][0];
        v = null;
        vInverse = null;
        double gap = a[0][0] - a[1][1];
        double disc = gap * gap + 4 * a[0][1] * a[1][0];          // tr² − 4 det
        double scale = Math.max(1e-300, a[0][0] * a[0][0] + a[1][1] * a[1][1] + Math.abs(a[0][1] * a[1][0]));
        if (Math.abs(disc) <= 1e-12 * scale) {
            repeated();
        } else {
            Eigen e = Linalg.eigen(a);
            lambda1 = e.real()[0];
            lambda2 = e.real()[1];
            imaginary = Math.abs(e.imaginary()[0]);
            if (disc < 0 || e.vectors() == null) {
                kind = Kind.COMPLEX;
            } else {
                kind = Kind.DIAGONALIZABLE;
                v = e.vectors();
                vInverse = Linalg.inverse(v);
                lambdaMatrix = lambda();
                lambdaVInverse = Linalg.multiply(lambdaMatrix, vInverse);
            }
        }
        setPower(power);
        stage(stage, drawn);
    }

    /**
     * How far through the three moves the picture is (0 to 3); the map drawn there is
     * recomputed from (A, stage) at once, so the picture can only draw what these two say.
     */
    public void setStage(double s) {
        stage = s;
        stage(s, drawn);
    }

    public double stage() {
        return stage;
    }

    /** The three moves are done: the picture is A, with the moves left behind as ghosts. */
    public boolean atRest() {
        return stage >= 3;
    }

    /** The map drawn at the present stage, M(A, stage); the model's own array, for drawing only. */
    double[][] drawn() {
        return drawn;
    }

    /** The image of eigenvector j under the map drawn, or null where there is none to draw. */
    public double[] drawnImage(int j) {
        double[] e = eigenvector(j);
        if (e == null || kind == Kind.DEFECTIVE && j == 1) {
            return null;
        }
        return new double[] {drawn[0][0] * e[0] + drawn[0][1] * e[1], drawn[1][0] * e[0] + drawn[1][1] * e[1]};
    }

    /** det V: for a symmetric A, V is orthogonal, a rotation (+1) or a reflection (−1). NaN without V⁻¹. */
    public double vDet() {
        return vInverse == null ? Double.NaN : v[0][0] * v[1][1] - v[0][1] * v[1][0];
    }

    /**
     * The note under the picture for a symmetric A: V is orthogonal, and which kind of
     * orthogonal map it is follows from det V (the default A's V has det −1, a reflection).
     */
    public String symmetryNote() {
        if (kind != Kind.DIAGONALIZABLE || !symmetric) {
            return null;
        }
        double d = vDet();
        String what = d < 0 ? "a reflection (det V = −1)" : "a rotation (det V = 1)";
        return "symmetric: V is orthogonal, " + what + "; eigenvectors perpendicular";
    }

    /** What the picture shows once the three moves are done. */
    public String restCaption() {
        return switch (kind) {
            case DIAGONALIZABLE -> "A = VΛV⁻¹: the square after V⁻¹ (1), then Λ (2), then V (3)";
            case DEFECTIVE -> "one eigen-direction only: A is not VΛV⁻¹ for any V";
            case COMPLEX -> "complex eigenvalues: A turns every direction, no real eigenvector";
        };
    }

    /** The label at the tip of eigenvector j's image: v, e, λe, λv as the moves go by. */
    public String imageLabel(int j) {
        if (eigenvector(j) == null || kind == Kind.DEFECTIVE && j == 1) {
            return null;
        }
        String n = j == 0 ? "₁" : "₂";
        if (kind != Kind.DIAGONALIZABLE) {
            return "Av" + n;
        }
        if (stage >= 3) {
            return "Av" + n + " = λ" + n + "v" + n;
        }
        if (stage <= 0) {
            return "v" + n;
        }
        return stage <= 1 ? "e" + n : stage <= 2 ? "λ" + n + "e" + n : "λ" + n + "v" + n;
    }

    /** The legend's words for the fan of Aᵏx. */
    public String fanSentence() {
        int d = dominant();
        String head = "A" + superscript(k) + "x, directions";
        if (k == 0) {
            return head + ": slide k to apply A again and again";
        }
        if (d < 0) {
            return head + ": no single eigenvalue is largest in size";
        }
        double lam = d == 0 ? lambda1 : lambda2;
        return head + ": |λ" + (d == 0 ? "₁" : "₂") + "|" + superscript(k) + " = "
                + Numbers.brief(Math.pow(Math.abs(lam), k), 3) + " wins, all turn to v" + (d == 0 ? "₁" : "₂");
    }

    static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    /**
     * One eigenvalue λ = tr/2 twice. Either A = λI (every direction is an eigen-direction; V = I)
     * or A − λI has a one-dimensional null space: a single eigen-direction, and no V⁻¹. (EJML
     * returns vectors that are not eigenvectors here, so the direction is taken from A − λI.)
     */
    private void repeated() {
        double lam = trace / 2;
        lambda1 = lam;
        lambda2 = lam;
        imaginary = 0;
        double p = a[0][0] - lam;
        double q = a[0][1];
        double r = a[1][0];
        double w = a[1][1] - lam;
        double size = Math.abs(p) + Math.abs(q) + Math.abs(r) + Math.abs(w);
        if (size <= 1e-12 * Math.max(1, Math.abs(lam))) {
            kind = Kind.DIAGONALIZABLE;
            v = new double[][] {{1, 0}, {0, 1}};
            vInverse = new double[][] {{1, 0}, {0, 1}};
            lambdaMatrix = lambda();
            lambdaVInverse = lambdaMatrix;
            return;
        }
        kind = Kind.DEFECTIVE;
        // (A − λI) has rank 1 and squares to zero: a nonzero column of it spans the null space
        double[] d = Math.hypot(p, r) >= Math.hypot(q, w) ? new double[] {p, r} : new double[] {q, w};
        double len = Math.hypot(d[0], d[1]);
        double sign = Math.abs(d[0]) >= Math.abs(d[1]) - 1e-12 ? Math.signum(d[0]) : Math.signum(d[1]);
        double x = sign * d[0] / len + 0.0;
        double y = sign * d[1] / len + 0.0;
        v = new double[][] {{x, x}, {y, y}};
    }

    /** Recomputes Aᵏ and its action on the sample directions. */
    public void setPower(int power) {
        k = power;
        this.power = Linalg.power(a, power);
        for (int i = 0; i < SAMPLES; i++) {
            double x = this.power[0][0] * sampleX[i] + this.power[0][1] * sampleY[i];
            double y = this.power[1][0] * sampleX[i] + this.power[1][1] * sampleY[i];
            double len = Math.hypot(x, y);
            imageLength[i] = Double.isFinite(len) ? len : Double.MAX_VALUE;
            boolean usable = len > 1e-300 && Double.isFinite(len);
            imageX[i] = usable ? x / len : 0;
            imageY[i] = usable ? y / len : 0;
        }
    }

    public double[][] matrix() {
        return new double[][] {a[0].clone(), a[1].clone()};
    }

    public Kind kind() {
        return kind;
    }

    public boolean isReal() {
        return kind != Kind.COMPLEX;
    }

    /** The eigenvalue with the larger real part (for a complex pair, the real part a of a ± bi). */
    public double lambda1() {
        return lambda1;
    }

    public double lambda2() {
        return lambda2;
    }

    /** b ≥ 0 of a complex pair a ± bi; 0 when the eigenvalues are real. */
    public double imaginary() {
        return imaginary;
    }

    /** Unit eigenvectors as columns, or null for complex eigenvalues. For a defective A both columns are (nearly) the same direction. */
    public double[][] v() {
        return v == null ? null : new double[][] {v[0].clone(), v[1].clone()};
    }

    public double[] eigenvector(int j) {
        return v == null ? null : new double[] {v[0][j], v[1][j]};
    }

    /** V⁻¹, or null when A is not diagonalizable over the reals. */
    public double[][] vInverse() {
        return vInverse == null ? null : new double[][] {vInverse[0].clone(), vInverse[1].clone()};
    }

    /** Λ = diag(λ₁, λ₂), or null for complex eigenvalues. */
    public double[][] lambda() {
        return kind == Kind.COMPLEX ? null : new double[][] {{lambda1, 0.0}, {0.0, lambda2}};
    }

    public double det() {
        return det;
    }

    public double trace() {
        return trace;
    }

    public boolean isSymmetric() {
        return symmetric;
    }

    /** V Λ V⁻¹, which equals A when A is diagonalizable. */
    public double[][] reconstructed() {
        if (vInverse == null) {
            throw new MathError("A is not diagonalizable over the reals");
        }
        return Linalg.multiply(Linalg.multiply(v, lambda()), vInverse);
    }

    /** λ₁λ₂ (for a complex pair (a + bi)(a − bi) = a² + b²). */
    public double productOfEigenvalues() {
        return kind == Kind.COMPLEX ? lambda1 * lambda1 + imaginary * imaginary : lambda1 * lambda2;
    }

    /** λ₁ + λ₂ (for a complex pair 2a). */
    public double sumOfEigenvalues() {
        return lambda1 + lambda2;
    }

    /** The index (0 or 1) of the eigenvalue of larger magnitude, or −1 when there is no single winner. */
    public int dominant() {
        if (kind != Kind.DIAGONALIZABLE || Math.abs(Math.abs(lambda1) - Math.abs(lambda2)) < 1e-12) {
            return -1;
        }
        return Math.abs(lambda1) > Math.abs(lambda2) ? 0 : 1;
    }

    public int k() {
        return k;
    }

    /** Aᵏ. */
    public double[][] power() {
        return new double[][] {power[0].clone(), power[1].clone()};
    }

    public double sampleX(int i) {
        return sampleX[i];
    }

    public double sampleY(int i) {
        return sampleY[i];
    }

    /** The direction of Aᵏ x for sample i, as a unit vector ((0, 0) when Aᵏ x = 0). */
    public double imageX(int i) {
        return imageX[i];
    }

    public double imageY(int i) {
        return imageY[i];
    }

    /** |Aᵏ x| for sample i. */
    public double imageLength(int i) {
        return imageLength[i];
    }

    /** The three moves A is played as; progress s in [0, 3], each move eased by the stages' rate. */
    public static final Stages MOVES = new Stages("V⁻¹: eigenvectors → axes", "Λ: stretch along the axes",
            "V: axes → eigenvectors");

    /**
     * The matrix after {@code s} of the three moves (s in [0, 3]): the grid goes
     * I → V⁻¹ → ΛV⁻¹ → VΛV⁻¹ = A, each move the morph from I to its factor applied after the ones
     * before. A matrix that is not diagonalizable goes straight from I to A over the three.
     */
    public double[][] stage(double s, double[][] out) {
        double c = Math.max(0, Math.min(3, s));
        double[][] m;
        if (c >= 3) {
            m = a; // at rest the picture is A itself, not V·Λ·V⁻¹ rounded
        } else if (kind != Kind.DIAGONALIZABLE) {
            m = Morph.of(a, c / 3);
        } else {
            int move = MOVES.current(c);
            m = Linalg.multiply(Morph.between(factor(move), MOVES.alphaOf(move, c)), afterMove(move));
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                out[i][j] = m[i][j] + 0.0;
            }
        }
        return out;
    }

    /** The factor move i applies: V⁻¹, Λ, V. */
    private double[][] factor(int move) {
        return move == 0 ? vInverse : move == 1 ? lambdaMatrix : v;
    }

    /**
     * The map once {@code moves} of the three are done, for a diagonalizable A: I, V⁻¹, ΛV⁻¹, A
     * (the ghosts the picture leaves behind). Null when A is not diagonalizable.
     */
    public double[][] afterMove(int moves) {
        if (kind != Kind.DIAGONALIZABLE) {
            return null;
        }
        return switch (moves) {
            case 0 -> IDENTITY;
            case 1 -> vInverse;
            case 2 -> lambdaVInverse;
            default -> a;
        };
    }

    private static final double[][] IDENTITY = {{1, 0}, {0, 1}};

    /** What move {@code s} is in, in words; null at the start. */
    public String caption(double s) {
        if (kind != Kind.DIAGONALIZABLE) {
            return s <= 0 ? null : "I → A in one move: " + (kind == Kind.COMPLEX
                    ? "no real eigenvectors to split it into three" : "only one eigen-direction, no V⁻¹");
        }
        if (s <= 0) {
            return "0. the plane before A (Step: one move at a time)";
        }
        if (s <= 1) {
            return "1. V⁻¹: eigenvectors → axes";
        }
        if (s <= 2) {
            return "2. Λ: stretch along the axes by λ₁ = " + Numbers.brief(lambda1, 3) + " and λ₂ = " + Numbers.brief(lambda2, 3);
        }
        return "3. V: axes → eigenvectors; together A = VΛV⁻¹";
    }

    /** "det A = 3 = 3 × 1 = λ₁λ₂", both sides shown. */
    public String detSentence() {
        String right = kind == Kind.COMPLEX
                ? "(" + complex(lambda1, imaginary) + ")(" + complex(lambda1, -imaginary) + ")"
                : paren(lambda1) + " × " + paren(lambda2);
        return "det A = " + Numbers.brief(det, 3) + " = " + right + " = λ₁λ₂";
    }

    /** "tr A = 4 = 3 + 1 = λ₁ + λ₂". */
    public String traceSentence() {
        String right = kind == Kind.COMPLEX
                ? "(" + complex(lambda1, imaginary) + ") + (" + complex(lambda1, -imaginary) + ")"
                : Numbers.brief(lambda1, 3) + " + " + paren(lambda2);
        return "tr A = " + Numbers.brief(trace, 3) + " = " + right + " = λ₁ + λ₂";
    }

    private static String paren(double x) {
        return Numbers.factor(x, 3);
    }

    static String complex(double re, double im) {
        String sign = im < 0 ? " − " : " + ";
        return Numbers.brief(re, 3) + sign + Numbers.brief(Math.abs(im), 3) + "i";
    }
}
