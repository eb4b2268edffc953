package dev.earshot.ingest;

/**
 * A 64-bit hash of an event id (FNV-1a over UTF-16 units, then MurmurHash3's finaliser). It only narrows
 * the search: a hit is always confirmed exactly, so a collision costs a query, never an event.
 */
final class EventIdHash {
    private EventIdHash() {
    }

    static long of(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87bbL;
        h ^= h >>> 33;
        return h;
    }
}
