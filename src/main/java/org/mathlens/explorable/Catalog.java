package org.mathlens.explorable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every pane the app has, found through {@link ServiceLoader} (one line in
 * META-INF/services per pane), never listed by hand in code.
 */
public final class Catalog {
    private Catalog() {
    }

    /** Fresh instances of every pane, by section and then by the order of registration. */
    public static List<Explorable> all() {
        List<Explorable> found = new ArrayList<>();
        ServiceLoader.load(Explorable.class).forEach(found::add);
        found.sort(Comparator.comparing(Explorable::section));
        return found;
    }

    public static List<String> ids() {
        return all().stream().map(Explorable::id).toList();
    }

    /** A fresh instance of the pane with this id. */
    public static Optional<Explorable> create(String id) {
        for (ServiceLoader.Provider<Explorable> p : ServiceLoader.load(Explorable.class).stream().toList()) {
            Explorable e = p.get();
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
