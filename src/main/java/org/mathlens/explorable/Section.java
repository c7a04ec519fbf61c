package org.mathlens.explorable;

/** The six sections of the curriculum, in the order a learner meets them. */
public enum Section {
    VECTORS_AND_MATRICES("Vectors and matrices"),
    TRANSFORMATIONS("Transformations and eigenvectors"),
    DECOMPOSITIONS("Decompositions and dimensionality reduction"),
    CALCULUS("Calculus"),
    AUTODIFF_AND_OPTIMIZATION("Automatic differentiation and optimization"),
    MACHINE_LEARNING("Machine learning hands-on");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
