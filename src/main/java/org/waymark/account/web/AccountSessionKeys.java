package org.waymark.account.web;

/** Session attributes the sign-in failure handler leaves for the sign-in page. */
public final class AccountSessionKeys {
    public static final String LAST_EMAIL = "waymark.sign-in.email";
    public static final String LAST_PROBLEM = "waymark.sign-in.problem";

    private AccountSessionKeys() {
    }
}
