package org.unknot.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the data file may be written, and if not, the sentence that says why (a damaged or read-only file). The
 * composition root gives one to every view model that writes; their commands that write are off while it says no.
 */
public final class WriteAccess {

    public static final WriteAccess WRITABLE = new WriteAccess(Optional.empty());

    private final Optional<String> reason;
    private final ReadOnlyBooleanWrapper allowed;

    private WriteAccess(Optional<String> reason) {
        this.reason = reason;
        this.allowed = new ReadOnlyBooleanWrapper(reason.isEmpty());
    }

    /** Writing is refused for {@code reason}, a sentence for the user; writable when it is empty. */
    public static WriteAccess of(Optional<String> reason) {
        return reason.isEmpty() ? WRITABLE : new WriteAccess(reason);
    }

    public boolean allowed() {
        return reason.isEmpty();
    }

    /** Bind a writing command's enabled state to this; it never changes while the data file stays open. */
    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    /** Why nothing can be saved; empty when it can. */
    public String reason() {
        return reason.orElse("");
    }

    /** True when writing is allowed; otherwise gives the reason to {@code tell} (an error message) and is false. */
    public boolean check(Consumer<String> tell) {
        reason.ifPresent(tell);
        return reason.isEmpty();
    }
}
