package org.certdesk.domain.upload;

/** How close an uploaded certificate is to its end, for the list's badge. */
public enum ExpiryState { VALID, EXPIRING_SOON, EXPIRED }
