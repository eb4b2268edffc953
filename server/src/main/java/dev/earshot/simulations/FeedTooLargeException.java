package dev.earshot.simulations;

/** A feed would hold more memory than the budget the running feeds leave: refused before it starts. */
public final class FeedTooLargeException extends RuntimeException {
    public FeedTooLargeException(long needed, long left, long budget) {
        super("this feed would hold about " + FeedMemory.mib(needed) + " MiB of memory while it runs, and only "
                + FeedMemory.mib(Math.max(0, left)) + " MiB of the " + FeedMemory.mib(budget) + " MiB kept for feeds"
                + " is free; start it with fewer listeners, stop a running feed, or give the server more heap (-Xmx)");
    }
}
