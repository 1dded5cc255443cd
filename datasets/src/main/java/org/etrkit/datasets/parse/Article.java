package org.etrkit.datasets.parse;

import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed article: its file name ({@code source}), title and elements in reading order.
 */
public record Article(String source, String title, List<Element> elements) {

    public Article {
        elements = List.copyOf(elements);
    }

    /** The elements of one kind, in order. */
    public <T extends Element> Stream<T> elements(Class<T> kind) {
        return elements.stream().filter(kind::isInstance).map(kind::cast);
    }

    /** The infobox entries, in order (empty if the article has no infobox). */
    public List<Element.InfoboxEntry> infobox() {
        return elements(Element.InfoboxEntry.class).toList();
    }

    /** The pipe tables, in order. */
    public List<Element.PipeTable> tables() {
        return elements(Element.PipeTable.class).toList();
    }
}
