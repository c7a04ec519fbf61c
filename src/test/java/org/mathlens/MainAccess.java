package org.mathlens;

/** Lets tests in other packages reach Main's package-private pieces. */
public final class MainAccess {
    private MainAccess() {
    }

    public static String lastWords(Throwable e) {
        return Main.lastWords(e);
    }
}
