package org.mathlens.app;

/** One entry of the navigator: a lesson and the pane it opens, with the text the search box filters on. */
public record Topic(String section, String title, String explorableId, String lessonId, String searchText) {
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.toLowerCase(java.util.Locale.ROOT).trim();
        return title.toLowerCase(java.util.Locale.ROOT).contains(q) || searchText.contains(q);
    }

    /**
     * How well a matching topic answers the query, lower first: 0 the title starts with it,
     * 1 the title contains it, 2 the title has all its words, 3 only the lesson's text does.
     */
    public int rank(String query) {
        if (query == null || query.isBlank()) {
            return 0;
        }
        String q = query.toLowerCase(java.util.Locale.ROOT).trim();
        String t = title.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith(q)) {
            return 0;
        } else if (t.contains(q)) {
            return 1;
        }
        for (String word : q.split("\\s+")) {
            if (!t.contains(word)) {
                return 3;
            }
        }
        return 2;
    }

    @Override
    public String toString() {
        return title;
    }
}
