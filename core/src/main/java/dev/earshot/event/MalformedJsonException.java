package dev.earshot.event;

/** The request body is not JSON we can read; says where (1-based line and column). */
public final class MalformedJsonException extends RuntimeException {
    private final int line;
    private final int column;

    public MalformedJsonException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
