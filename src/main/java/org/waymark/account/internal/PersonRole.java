package org.waymark.account.internal;

record PersonRole(String role) {
}
