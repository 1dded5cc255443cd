package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The place that opens a count's clause as its subject with a "where" clause between it and its verb ("X Region,
 * where families settled in Y and Z, had 2,511"): the subject's, not a place the "where" clause names, for
 * {@link PopulationStatements}: not the place right before the verb that a bare count of a list would take.
 */
final class WhereClauseSubjects {

    /** The subject, its ", where …," clause and a verb of a count right before the figure. */
    private final Pattern subjectPastWhere;
    private final PlaceNames placeNames;

    WhereClauseSubjects(Lexicon lex, PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.subjectPastWhere = lex.compile("(?-i:(?:^\\s*|;\\s+|,? and\\s+)(?:the )?(" + NAME + "), where [^,;:]*, (?:{count_verbs}) (?:"
                + Hedges.WORD + " )?$)");
    }

    /** The subject place of figure {@code q}'s clause past a "where" clause, else null. */
    String subject(Prose p, Sentence s, Quantity q) {
        Matcher m = subjectPastWhere.matcher(p.text).region(s.start(), q.start());
        boolean found = m.find();
        if (!found) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }
}
