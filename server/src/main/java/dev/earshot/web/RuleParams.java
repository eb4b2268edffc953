package dev.earshot.web;

import dev.earshot.segments.HourRange;
import dev.earshot.analytics.InvalidParameterException;
import dev.earshot.segments.Rule;
import io.javalin.http.Context;

/** A segment rule from the query string; a bad value is an {@link InvalidParameterException} naming its field. */
final class RuleParams {
    private RuleParams() {
    }

    static Rule parse(Context ctx) {
        String hours = QueryParams.value(ctx, "hours");
        return new Rule(QueryParams.value(ctx, "genre"), QueryParams.value(ctx, "mood"), QueryParams.value(ctx, "context"),
                QueryParams.value(ctx, "platform"), QueryParams.value(ctx, "country"), engagement(QueryParams.value(ctx, "min_engagement")),
                hours == null ? null : HourRange.parse(hours), QueryParams.value(ctx, "artist"),
                minListens(QueryParams.value(ctx, "min_listens")), share(QueryParams.value(ctx, "min_share")));
    }

    private static Double engagement(String value) {
        // Plain decimals only: Double.valueOf would also take "1d", hex floats and padded text.
        if (value != null && !value.matches("-?[0-9]{1,3}(\\.[0-9]{1,9})?")) {
            throw new InvalidParameterException("min_engagement", "must be a number from 0 to 1");
        }
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("min_engagement", "must be a number from 0 to 1");
        }
    }

    private static Double share(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("min_share", "must be a number above 0 and at most 1");
        }
    }

    private static int minListens(String value) {
        if (value == null) {
            return Rule.DEFAULT_MIN_LISTENS;
        }
        long n = QueryParams.wholeNumber(value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new InvalidParameterException("min_listens", "must be a whole number from 1 to " + Integer.MAX_VALUE);
        }
        return (int) n;
    }
}
