package org.waymark.submission.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The administrator's message to a candidate whose submission goes back to them. */
record ReturnForm(
        @NotBlank(message = "Enter a message to the candidate saying what to fix")
        @Size(max = 5000, message = "The message must be 5,000 characters or fewer")
        String message) {
}
