package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column of prisoners a table's force took, for {@link BattleTables}: "| Target | Date | Raiding force | Prisoners taken
 * |" counts the raiders in its strength column and the enemy's men they captured in "Prisoners taken", so that column
 * is {@code captured} of the infobox's other combatant than the force of the row (or of its strength column's header).
 */
final class PrisonersTakenColumns {

    private PrisonersTakenColumns() {
    }

    /** "prisoners taken", "captives captured", "prisoners made": a captive noun and a participle of taking. */
    private static final Pattern TAKEN = Pattern.compile("(?:prisoners|captives|pows) (?:taken|captured|made|seized)");

    /** Whether a header, lower-cased without its brackets, counts prisoners the row's force took. */
    static boolean takenByRowForce(String bareHeader) {
        return TAKEN.matcher(bareHeader.toLowerCase(Locale.ROOT).strip()).matches();
    }

    /** The side of a column of prisoners taken: the other combatant than {@code captors}, or null when none. */
    static String[] sideOfTaken(ArticleContext ac, String captors, String header) {
        String opponent = captors == null ? null : ac.opponent(captors);
        return opponent == null ? null : new String[] {opponent, "the infobox's other combatant: the column's header "
                + header + " counts prisoners taken by " + captors};
    }
}
