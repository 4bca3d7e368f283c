package org.unknot.cli;

/** A mistake the user can fix: printed as one line on stderr, exit code 1. */
class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }
}
