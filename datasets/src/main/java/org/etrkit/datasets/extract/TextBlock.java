package org.etrkit.datasets.extract;

import java.util.List;

import org.etrkit.datasets.parse.SourceLocation;

/**
 * A run of text of an article with everything the recognizers found in it: a paragraph, a bullet, an
 * infobox value or a table cell. Offsets of sentences, dates and quantities are into {@code text}.
 *
 * @param kind    where the text sits: {@code paragraph}, {@code item}, {@code infobox} or {@code table}
 * @param section the heading the text is under ("" for the lead)
 * @param at      where {@code text} starts in the article
 */
public record TextBlock(String kind, String text, String section, SourceLocation at, List<Sentence> sentences,
                        List<DateMention> dates, List<Quantity> quantities) {

    public TextBlock {
        sentences = List.copyOf(sentences);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
    }

    /** True for running prose (paragraphs and bullets), which has sentences and a timeline. */
    public boolean isProse() {
        return kind.equals("paragraph") || kind.equals("item");
    }

    /** The 1-based column in the article line of offset {@code offset} of {@code text}, in characters. */
    public int column(int offset) {
        return at.column() + text.codePointCount(0, offset);
    }

    /** The sentence holding {@code offset}; the last sentence if none does. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return sentences.isEmpty() ? Sentence.whole(text) : sentences.get(sentences.size() - 1);
    }

    /** The first date with a year inside {@code sentence}, or null. */
    public DateMention firstDateIn(Sentence sentence) {
        for (DateMention d : dates) {
            if (d.hasYear() && d.start() >= sentence.start() && d.start() < sentence.end()) {
                return d;
            }
        }
        return null;
    }
}
