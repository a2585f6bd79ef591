package org.certdesk.application.ledger;

import java.time.LocalDate;

/**
 * The BR 4.2.1 reuse period in force today and the next dated change, for the policy line above
 * the ledger. nextChange and daysFromNextChange are null when no change is scheduled.
 */
public record ReusePolicy(LocalDate today, int daysToday, LocalDate nextChange, Integer daysFromNextChange) {
}
