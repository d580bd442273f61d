package org.waymark.registration;

/** Where a registration stands; validity in time is a separate question (see {@link RegistrationSummary#validAt}). */
public enum RegistrationStatus { UNPAID, PAID, CANCELLED }
