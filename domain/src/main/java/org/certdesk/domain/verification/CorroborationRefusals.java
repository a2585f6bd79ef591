package org.certdesk.domain.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The English sentences a refused corroboration (BR 3.2.2.9) stores as a check's message. Built
 * here only, so the console's reader of stored sentences (which turns them into translatable
 * phrases) and its test use the very same wording.
 */
public final class CorroborationRefusals {

    private CorroborationRefusals() {
    }

    public static String tooFewPerspectives(int configured, int required, LocalDate day) {
        return "Only " + configured + " remote perspective" + (configured == 1 ? " is" : "s are") + " configured; at least "
                + required + " are required on " + day + " (BR 3.2.2.9).";
    }

    /** @param dissenting each dissenting perspective as "name: what it saw" */
    public static String notCorroborated(List<String> dissenting, int asked, int allowed) {
        return "Not corroborated by " + dissenting.size() + " of " + asked + " remote perspectives ("
                + String.join("; ", dissenting) + "); at most " + allowed + " allowed (BR 3.2.2.9).";
    }

    public static String tooFewRegions(List<RirRegion> regions, int required) {
        return "The corroborating remote perspectives lie in " + regions.size() + " RIR region" + (regions.size() == 1 ? "" : "s")
                + (regions.isEmpty() ? "" : " (" + regions.stream().map(RirRegion::name).collect(Collectors.joining(", ")) + ")")
                + "; at least " + required + " are required (BR 3.2.2.9).";
    }
}
