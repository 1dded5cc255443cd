package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * A people the text names by a name of its time, and says so ("84,000 \"Tatars\", as Greeks were then called"): the
 * rows of that paragraph from the sentence that says so on, read as the older name's group, are the people's whole
 * name's ("Tatar" rows are "Greek" rows there). A paragraph is read for it only when it holds "called" or "known".
 */
final class FormerGroupNames {

    /** An older name, in quotes or not, and the people it stood for: "\"Tatars\", as Greeks were then called". */
    private static final Pattern AS_THEN_CALLED = Pattern.compile(
            "[\"“]?((?-i:\\p{Lu})[\\p{L}'’-]+)[\"”]?,? as (?:the )?((?-i:\\p{Lu})[\\p{L}'’-]+) (?:were|was) "
            + "(?:then|once|formerly|at the time) (?:called|known)\\b");

    private FormerGroupNames() {
    }

    /** The rows, each read as a people's older name in a paragraph that gives it, under that people's name. */
    static List<Row> renamed(ArticleContext ac, List<Row> rows) {
        List<Row> out = rows;
        for (Prose p : ac.prose) {
            if (!p.text.contains("called") && !p.text.contains("known")) {
                continue;
            }
            Matcher m = AS_THEN_CALLED.matcher(p.text);
            while (m.find()) {
                String old = PlaceNames.wholeGroup(ac, m.group(1));
                String people = PlaceNames.wholeGroup(ac, m.group(2));
                if (old == null || people == null || old.equals(people)) {
                    continue;
                }
                int from = p.sentence(p.sentenceIndex(m.start())).start(); // the sentence that says so, its count too
                int line = p.block.at().line();
                out = out == rows ? new ArrayList<>(rows) : out;
                for (int i = 0; i < out.size(); i++) {
                    Row r = out.get(i);
                    if (r.line() == line && r.place().offset() >= from && r.group().equals(old)) {
                        out.set(i, new Row(r.place(), r.region(), people, r.year(), r.yearBasis(), r.population(),
                                r.share(), r.derived(), r.source(), r.line(), r.quote(), r.note()));
                    }
                }
            }
        }
        return out;
    }
}
