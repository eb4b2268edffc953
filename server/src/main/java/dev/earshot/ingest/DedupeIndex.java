package dev.earshot.ingest;

import dev.earshot.event.ListenEvent;
import dev.earshot.store.Warehouse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact dedupe by event_id over all stored history, with bounded memory.
 *
 * <p>Ids are partitioned by the UTC day of the event's device timestamp (a retry carries the same one). A
 * partition holds 64-bit hashes of that day's stored ids and is loaded from the warehouse when first
 * touched; the least recently used partitions are dropped while more than {@code maxResidentIds} ids are
 * held, and loaded again when needed. A hash hit is confirmed against the warehouse, so hash collisions
 * never drop an event. Ids accepted but not yet committed are held exactly in {@code inFlight}.
 */
public final class DedupeIndex {
    private final Warehouse warehouse;
    private final long maxResidentIds;
    private final LinkedHashMap<LocalDate, LongHashSet> days = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<String> inFlight = new HashSet<>();
    private long residentIds;

    public DedupeIndex(Warehouse warehouse, long maxResidentIds) {
        this.warehouse = warehouse;
        this.maxResidentIds = maxResidentIds;
    }

    /** The events split into new ones, now reserved until {@link #committed} or {@link #released}, and duplicates. */
    public record Claim(List<ListenEvent> fresh, List<ListenEvent> duplicates) {
    }

    public synchronized Claim claim(List<ListenEvent> events) {
        List<ListenEvent> fresh = new ArrayList<>(events.size());
        List<ListenEvent> duplicates = new ArrayList<>();
        Map<LocalDate, List<ListenEvent>> suspects = new LinkedHashMap<>();
        for (ListenEvent e : events) {
            LocalDate day = dayOf(e);
            if (inFlight.contains(e.eventId())) {
                duplicates.add(e);
            } else if (partition(day).contains(EventIdHash.of(e.eventId()))) {
                suspects.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
            } else {
                inFlight.add(e.eventId());
                fresh.add(e);
            }
        }
        suspects.forEach((day, candidates) -> confirm(day, candidates, fresh, duplicates));
        return new Claim(fresh, duplicates);
    }

    private void confirm(LocalDate day, List<ListenEvent> candidates, List<ListenEvent> fresh, List<ListenEvent> duplicates) {
        Set<String> stored = warehouse.existingIds(day, candidates.stream().map(ListenEvent::eventId).toList());
        for (ListenEvent e : candidates) {
            if (stored.contains(e.eventId()) || !inFlight.add(e.eventId())) {
                duplicates.add(e);
            } else {
                fresh.add(e);
            }
        }
    }

    /** The events are durable: their ids move from in-flight to the day partitions. */
    public synchronized void committed(List<ListenEvent> events) {
        for (ListenEvent e : events) {
            inFlight.remove(e.eventId());
            LongHashSet set = days.get(dayOf(e));
            if (set != null && set.add(EventIdHash.of(e.eventId()))) {
                residentIds++;
            }
        }
        evict(null);
    }

    /** The events were not stored (the write failed): their ids are free again. */
    public synchronized void released(List<ListenEvent> events) {
        for (ListenEvent e : events) {
            inFlight.remove(e.eventId());
        }
    }

    public synchronized long residentIds() {
        return residentIds;
    }

    public synchronized long residentBytes() {
        return days.values().stream().mapToLong(LongHashSet::bytes).sum();
    }

    private LongHashSet partition(LocalDate day) {
        LongHashSet set = days.get(day);
        if (set == null) {
            LongHashSet loaded = new LongHashSet(1024);
            warehouse.eventIdsOnDay(day, id -> loaded.add(EventIdHash.of(id)));
            days.put(day, loaded);
            residentIds += loaded.size();
            evict(day);
            set = loaded;
        }
        return set;
    }

    private void evict(LocalDate keep) {
        Iterator<Map.Entry<LocalDate, LongHashSet>> lru = days.entrySet().iterator();
        while (residentIds > maxResidentIds && lru.hasNext()) {
            Map.Entry<LocalDate, LongHashSet> oldest = lru.next();
            if (!oldest.getKey().equals(keep)) {
                residentIds -= oldest.getValue().size();
                lru.remove();
            }
        }
    }

    private static LocalDate dayOf(ListenEvent e) {
        return LocalDate.ofEpochDay(Math.floorDiv(e.deviceTimestamp().getEpochSecond(), 86_400));
    }
}
