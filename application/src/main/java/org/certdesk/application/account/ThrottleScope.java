package org.certdesk.application.account;

/** What a throttle counts failures of. */
public enum ThrottleScope {
    /** One account tried from one client address: the scope that locks out. */
    ACCOUNT_AT_ADDRESS,
    /** One account from any address: only slowed down, so nobody can lock a real user out from elsewhere. */
    ACCOUNT,
    /** One client address, whatever account it tries (password spraying). */
    ADDRESS,
    /** One client address opening verification-email links with tokens that do not exist. */
    CONFIRMATION_ADDRESS
}
