package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

/**
 * A side's name that qualifies the institutions where the receivers study or work ("granted 140 scholarships to
 * Ceylonese students at Soviet universities", "to trainees in Chinese factories"): the place they are sent to, not a
 * party that receives.
 */
final class StudyPlaces {

    private StudyPlaces() {
    }

    /** " at ", " in ": the preposition of a place right before the name. */
    private static final Pattern AT_BEFORE = Pattern.compile("\\s(?:at|in)\\s+(?:the\\s+)?$");

    /** " universities", " technical institutes": an institution noun, after at most one lower-case word. */
    private static final Pattern INSTITUTION_AFTER = Pattern.compile("\\s+(?:[\\p{Ll}-]+\\s+)?(?:universit(?:y|ies)"
            + "|institutes?|schools?|academ(?:y|ies)|colleges?|factor(?:y|ies)|plants|works|enterprises)\\b");

    /**
     * True when the name at {@code [start, end)} stands after "at" or "in" and before an institution noun, both after
     * {@code from} ("to Ceylonese students at Soviet universities").
     */
    static boolean qualifiesAnInstitution(String text, int from, int start, int end) {
        return start > from && AT_BEFORE.matcher(text).region(from, start).find()
                && INSTITUTION_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
    }
}
