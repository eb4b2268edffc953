package dev.earshot.ingest;

import dev.earshot.event.ListenEvent;
import dev.earshot.store.Warehouse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exact dedupe by event_id over all stored history, with bounded memory.
 *
 * <p>Ids are partitioned by the UTC day of the event's device timestamp (a retry carries the same one). A
 * partition holds 64-bit hashes of that day's stored ids and is loaded from the warehouse when a batch first
 * touches it (the missing days of a batch together, one read per run of nearby days); the least recently used partitions are dropped while more than {@code maxResidentIds} ids are
 * held, and loaded again when needed. A hash hit is confirmed against the warehouse, so hash collisions
 * never drop an event. Ids accepted but not yet committed are held exactly in {@code inFlight}.
 */
public final class DedupeIndex {
    /** Days of a batch at most this far apart are loaded in one read (with the days between them). */
    private static final int RUN_GAP_DAYS = 7;

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
        TreeSet<LocalDate> touched = new TreeSet<>();
        for (ListenEvent e : events) {
            touched.add(dayOf(e));
        }
        preload(touched);
        List<ListenEvent> fresh = new ArrayList<>(events.size());
        List<ListenEvent> duplicates = new ArrayList<>();
        List<ListenEvent> suspects = new ArrayList<>();
        TreeSet<LocalDate> suspectDays = new TreeSet<>();
        for (ListenEvent e : events) {
            LocalDate day = dayOf(e);
            if (inFlight.contains(e.eventId())) {
                duplicates.add(e);
            } else if (partition(day).contains(EventIdHash.of(e.eventId()))) {
                suspects.add(e);
                suspectDays.add(day);
            } else {
                inFlight.add(e.eventId());
                fresh.add(e);
            }
        }
        if (!suspects.isEmpty()) {
            confirm(suspectDays, suspects, fresh, duplicates);
        }
        return new Claim(fresh, duplicates);
    }

    /**
     * Loads the days of a batch that are not resident, one read per run of nearby days instead of one per day: an
     * import's batch spans months of a history, a day a query made that thousands of reads per import.
     */
    private void preload(TreeSet<LocalDate> touched) {
        TreeSet<LocalDate> missing = new TreeSet<>();
        for (LocalDate day : touched) {
            if (!days.containsKey(day)) {
                missing.add(day);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<LocalDate, LongHashSet> loaded = new HashMap<>();
        for (LocalDate day : missing) {
            loaded.put(day, new LongHashSet(1024));
        }
        for (LocalDate[] run : runs(missing)) {
            warehouse.eventIdsOnDays(run[0], run[1], (day, id) -> {
                LongHashSet set = loaded.get(day);
                if (set != null) {
                    set.add(EventIdHash.of(id));
                }
            });
        }
        loaded.forEach((day, set) -> {
            days.put(day, set);
            residentIds += set.size();
        });
        evict(touched);
    }

    /**
     * The days as ranges [from, until) of days at most {@value #RUN_GAP_DAYS} apart: a read of a few days that
     * nothing touches costs less than a read of its own, a read across years of them does not.
     */
    private static List<LocalDate[]> runs(TreeSet<LocalDate> sortedDays) {
        List<LocalDate[]> runs = new ArrayList<>();
        LocalDate from = null;
        LocalDate last = null;
        for (LocalDate day : sortedDays) {
            if (from != null && day.toEpochDay() - last.toEpochDay() > RUN_GAP_DAYS) {
                runs.add(new LocalDate[]{from, last.plusDays(1)});
                from = null;
            }
            if (from == null) {
                from = day;
            }
            last = day;
        }
        if (from != null) {
            runs.add(new LocalDate[]{from, last.plusDays(1)});
        }
        return runs;
    }

    private void confirm(TreeSet<LocalDate> suspectDays, List<ListenEvent> candidates, List<ListenEvent> fresh,
                         List<ListenEvent> duplicates) {
        // Day and id: the same id on another day is another event.
        Set<String> stored = new HashSet<>();
        for (LocalDate[] run : runs(suspectDays)) {
            LocalDate from = run[0];
            LocalDate until = run[1];
            List<String> ids = candidates.stream().filter(e -> !dayOf(e).isBefore(from) && dayOf(e).isBefore(until))
                    .map(ListenEvent::eventId).toList();
            warehouse.existingIds(from, until, ids, (day, id) -> stored.add(day.toEpochDay() + " " + id));
        }
        for (ListenEvent e : candidates) {
            if (stored.contains(dayOf(e).toEpochDay() + " " + e.eventId()) || !inFlight.add(e.eventId())) {
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
        evict(Set.of());
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
            // Evicted since the batch's preload (more days than the index may hold): this one day alone.
            LongHashSet loaded = new LongHashSet(1024);
            warehouse.eventIdsOnDays(day, day.plusDays(1), (d, id) -> loaded.add(EventIdHash.of(id)));
            days.put(day, loaded);
            residentIds += loaded.size();
            evict(Set.of(day));
            set = loaded;
        }
        return set;
    }

    private void evict(Set<LocalDate> keep) {
        Iterator<Map.Entry<LocalDate, LongHashSet>> lru = days.entrySet().iterator();
        while (residentIds > maxResidentIds && lru.hasNext()) {
            Map.Entry<LocalDate, LongHashSet> oldest = lru.next();
            if (!keep.contains(oldest.getKey())) {
                residentIds -= oldest.getValue().size();
                lru.remove();
            }
        }
    }

    private static LocalDate dayOf(ListenEvent e) {
        return LocalDate.ofEpochDay(Math.floorDiv(e.deviceTimestamp().getEpochSecond(), 86_400));
    }
}
