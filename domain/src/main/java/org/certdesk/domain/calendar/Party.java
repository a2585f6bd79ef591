package org.certdesk.domain.calendar;

/** The side an application waits on: the customer (publish a record, answer the CA) or the CA. */
public enum Party { CUSTOMER, CA }
