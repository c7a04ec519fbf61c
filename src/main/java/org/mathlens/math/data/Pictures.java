package org.mathlens.math.data;

import java.util.List;

/**
 * Gray pictures the project draws itself in code (so it may ship them: no one else's image),
 * each chosen to teach something about rank: {@code sunset} has smooth bands a few singular
 * values capture and a round sun and a slanted hill that need many; {@code checks} is a
 * checkerboard of rank exactly 2.
 */
public final class Pictures {
    public static final List<String> NAMES = List.of("sunset", "checks");
    private static final int SIDE = 128;

    private Pictures() {
    }

    /** The picture of that name, or null when there is none. */
    public static double[][] named(String name) {
        return switch (name) {
            case "sunset" -> sunset();
            case "checks" -> checks();
            default -> null;
        };
    }

    private static double[][] sunset() {
        double[][] g = new double[SIDE][SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double v = 0.35 + 0.5 * y / SIDE;                            // the sky darkens upwards
                double dx = x - 80;
                double dy = y - 46;
                double sun = Math.sqrt(dx * dx + dy * dy);
                v = sun < 18 ? 0.97 : sun < 21 ? 0.97 - (sun - 18) * 0.1 + 0.0 * v : v;
                if (y > 84) {                                                   // the sea: stripes
                    v = 0.25 + 0.12 * Math.sin(y * 1.3) + 0.05 * Math.sin(x * 0.2);
                }
                if (y > 52 + 0.45 * x && y <= 84 || y > 100 - 0.6 * (x - 20) && y <= 84) { // a hill
                    v = 0.12 + 0.05 * ((x / 6 + y / 6) % 2);
                }
                g[y][x] = Math.max(0, Math.min(1, v));
            }
        }
        return g;
    }

    private static double[][] checks() {
        double[][] g = new double[SIDE][SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                g[y][x] = ((x / 16) + (y / 16)) % 2 == 0 ? 0.9 : 0.1;
            }
        }
        return g;
    }
}
