package dev.earshot.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A fast path for the one timestamp shape nearly every client sends, {@code yyyy-MM-ddTHH:mm:ss[.fraction]}
 * followed by {@code Z} or {@code ±HH:MM}: several times faster than {@code DateTimeFormatter}, which
 * dominated validation (parsing) and the simulator's output (formatting). {@link #parse} returns null for
 * anything else, and the caller falls back to the full ISO parser (which also words the error).
 */
public final class IsoTimestamp {
    private IsoTimestamp() {
    }

    public static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offset = offsetSeconds(s, i);
        if ((year | month | day | hour | minute | second | offset + 86_400) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The same text as {@link Instant#toString()} for years 0000–9999: the fraction in groups of three digits,
     * left out when zero. Other years go to {@link Instant#toString()} itself.
     */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return instant.toString();
        }
        char[] out = new char[30];
        pad(out, 0, date.getYear(), 4);
        out[4] = '-';
        pad(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        pad(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        pad(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        pad(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        pad(out, 17, secondOfDay % 60, 2);
        int n = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            out[n++] = '.';
            if (nanos % 1_000_000 == 0) {
                pad(out, n, nanos / 1_000_000, 3);
                n += 3;
            } else if (nanos % 1_000 == 0) {
                pad(out, n, nanos / 1_000, 6);
                n += 6;
            } else {
                pad(out, n, nanos, 9);
                n += 9;
            }
        }
        out[n++] = 'Z';
        return new String(out, 0, n);
    }

    private static void pad(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Seconds east of UTC for "Z" or "±HH:MM" ending the text at {@code i}; a negative sentinel otherwise. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        if (i == n - 1 && s.charAt(i) == 'Z') {
            return 0;
        }
        if (i != n - 6 || s.charAt(i + 3) != ':' || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
            return -100_000;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return -100_000;
        }
        int total = hours * 3600 + minutes * 60;
        if (total > ZoneOffset.MAX.getTotalSeconds()) {
            return -100_000;
        }
        return s.charAt(i) == '-' ? -total : total;
    }

    /** The number in {@code s[from, from+count)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
