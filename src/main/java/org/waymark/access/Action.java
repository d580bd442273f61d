package org.waymark.access;

public enum Action {
    VIEW, EDIT, DELETE
}
