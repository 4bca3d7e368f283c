package org.unknot.domain;

/** A warning lets the user go on; an error blocks saving and starting. */
public enum SafetyLevel {
    WARNING,
    ERROR
}
