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

    @Override
    public String toString() {
        return title;
    }
}
