package org.etrkit.datasets.parse;

import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed article: its file name ({@code source}), title and elements in reading order.
 */
public record Article(String source, String title, List<Element> elements) {

    /** Keeps an unmodifiable copy of the elements; a null list (or element) is a {@link NullPointerException}. */
    public Article {
        elements = List.copyOf(elements);
    }

    /** The elements of one kind, in order. */
    public <T extends Element> Stream<T> elements(Class<T> kind) {
        return elements.stream().filter(kind::isInstance).map(kind::cast);
    }

    /** The infobox entries, in order (empty if the article has no infobox). */
    public List<Element.InfoboxEntry> infobox() {
        return only(Element.InfoboxEntry.class);
    }

    /** The pipe tables, in order. */
    public List<Element.PipeTable> tables() {
        return only(Element.PipeTable.class);
    }

    /**
     * {@code elements(kind).toList()} by a loop: the readers ask for the infobox and the tables many times per
     * article, and a stream costs several times a loop over a few hundred elements.
     */
    private <T extends Element> List<T> only(Class<T> kind) {
        List<T> out = null;
        for (Element e : elements) {
            if (kind.isInstance(e)) {
                if (out == null) {
                    out = new java.util.ArrayList<>();
                }
                out.add(kind.cast(e));
            }
        }
        return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
    }
}
