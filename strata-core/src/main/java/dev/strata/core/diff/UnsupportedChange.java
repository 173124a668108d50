package dev.strata.core.diff;

/** A difference no migration statement can make in place; the message says which, {@link #fix()} the way around it. */
public final class UnsupportedChange extends IllegalArgumentException {
    private final String fix;

    UnsupportedChange(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
