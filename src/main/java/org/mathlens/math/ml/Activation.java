package org.mathlens.math.ml;

/** What a hidden neuron does with its weighted sum z. The derivative is taken at z. */
public enum Activation {
    RELU("relu"), TANH("tanh"), SIGMOID("sigmoid"), LINEAR("linear");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name as typed in a parameter: relu, tanh, sigmoid, linear. */
    public String id() {
        return id;
    }

    public double apply(double z) {
        return switch (this) {
            case RELU -> z > 0 ? z : 0;
            case TANH -> StrictMath.tanh(z);
            case SIGMOID -> 1 / (1 + StrictMath.exp(-z));
            case LINEAR -> z;
        };
    }

    /** f'(z); relu's derivative at exactly 0 is taken as 0. */
    public double derivative(double z) {
        return switch (this) {
            case RELU -> z > 0 ? 1 : 0;
            case TANH -> {
                double t = StrictMath.tanh(z);
                yield 1 - t * t;
            }
            case SIGMOID -> {
                double s = 1 / (1 + StrictMath.exp(-z));
                yield s * (1 - s);
            }
            case LINEAR -> 1;
        };
    }

    /** The activation named by id, or an IllegalArgumentException with one sentence. */
    public static Activation of(String id) {
        for (Activation a : values()) {
            if (a.id.equalsIgnoreCase(id.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + id.trim() + "' is not an activation: use relu, tanh, sigmoid or linear");
    }
}
