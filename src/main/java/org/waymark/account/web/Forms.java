package org.waymark.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account pages' forms: what people type, validated, never the entities themselves. */
final class Forms {

    private Forms() {
    }

    record SignUpForm(
            @NotBlank(message = "Enter your full name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
            @NotBlank(message = "Enter your email address")
            @Email(message = "Enter an email address in the correct format, like name@example.org")
            @Size(max = 320, message = "Email address must be 320 characters or fewer") String email,
            @Size(min = 12, max = 200, message = "Enter a password of at least 12 characters (and no more than 200)") String password) {
    }

    record EmailForm(
            @NotBlank(message = "Enter your email address")
            @Email(message = "Enter an email address in the correct format, like name@example.org")
            @Size(max = 320, message = "Email address must be 320 characters or fewer") String email) {
    }

    record ResetPasswordForm(
            String token,
            @Size(min = 12, max = 200, message = "Enter a password of at least 12 characters (and no more than 200)") String password) {
    }

    record ProfileForm(
            @NotBlank(message = "Enter your full name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
            @Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
            @Size(max = 200, message = "Institution must be 200 characters or fewer") String institution,
            String sector,
            @Pattern(regexp = "\\s*(\\d{1,2})?\\s*", message = "Enter years of experience as a whole number from 0 to 60, like 5")
            String yearsExperience) {

        Integer years() {
            return yearsExperience == null || yearsExperience.isBlank() ? null : Integer.valueOf(yearsExperience.strip());
        }
    }

    record ChangePasswordForm(
            @NotBlank(message = "Enter your current password") String currentPassword,
            @Size(min = 12, max = 200, message = "Enter a new password of at least 12 characters (and no more than 200)") String newPassword) {
    }

    record ChangeEmailForm(
            @NotBlank(message = "Enter your new email address")
            @Email(message = "Enter an email address in the correct format, like name@example.org")
            @Size(max = 320, message = "Email address must be 320 characters or fewer") String newEmail,
            @NotBlank(message = "Enter your password") String emailPassword) {
    }
}
