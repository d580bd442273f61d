package org.waymark.portfolio.internal;

import java.util.Locale;

/** How a section is being saved. Only autosave leaves no revision behind. */
public enum SaveMode {
    AUTOSAVE, SAVE, KEEP_MINE, TAKE_THEIRS;

    public static SaveMode fromAction(String action) {
        if (action == null || action.isBlank()) {
            return AUTOSAVE;
        }
        return switch (action.toLowerCase(Locale.ROOT)) {
            case "save" -> SAVE;
            case "keep-mine" -> KEEP_MINE;
            case "take-theirs" -> TAKE_THEIRS;
            default -> AUTOSAVE;
        };
    }
}
