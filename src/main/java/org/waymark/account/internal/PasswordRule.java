package org.waymark.account.internal;

/** What a password must be. Length is checked by the forms' Bean Validation; this adds what needs the email. */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final String HINT = "At least 12 characters, and not your email address. A few unrelated words make a strong password.";

    private PasswordRule() {
    }

    /** A message saying what is wrong with the password, or null when it will do. */
    public static String problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Enter a password of at least 12 characters";
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return "Your password must not be your email address";
        }
        return null;
    }
}
