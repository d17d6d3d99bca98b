package io.stancegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.IntSupplier;

/**
 * A validated page of a connection: {@code first} items after the opaque cursor {@code after}.
 * Cursors encode the position in the connection's fixed order.
 */
public record PageRequest(int offset, int limit) {

    public static PageRequest of(Integer first, String after, int defaultSize, int maxSize) {
        return new PageRequest(after == null || after.isBlank() ? 0 : decode(after) + 1, size("first", first, defaultSize, maxSize));
    }

    /**
     * A page counted from either end: {@code first}/{@code after} forward, or {@code last}/{@code before}
     * backward (the last items before the cursor, or of the whole connection). When {@code last} or
     * {@code before} is given, {@code first} is ignored (it has a default).
     */
    public static PageRequest of(Integer first, String after, Integer last, String before, int defaultSize, int maxSize,
            IntSupplier total) {
        if (last == null && before == null) {
            return of(first, after, defaultSize, maxSize);
        }
        if (after != null) {
            throw new ApiError.BadUserInput("page forward (first/after) or backward (last/before), not both");
        }
        int size = size("last", last, defaultSize, maxSize);
        int end = before == null || before.isBlank() ? total.getAsInt() : decode(before);
        int start = Math.max(0, end - size);
        return new PageRequest(start, end - start);
    }

    private static int size(String name, Integer requested, int defaultSize, int maxSize) {
        int limit = requested == null ? defaultSize : requested;
        if (limit < 0) {
            throw new ApiError.BadUserInput(name + " must be zero or more, got " + limit);
        }
        if (limit > maxSize) {
            throw new ApiError.LimitExceeded(name + " may be at most " + maxSize + ", got " + limit);
        }
        return limit;
    }

    /** The cursor of the item at a position. */
    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!raw.startsWith("cursor:")) {
                throw new IllegalArgumentException();
            }
            int position = Integer.parseInt(raw.substring(7));
            if (position < 0) {
                throw new IllegalArgumentException();
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadUserInput("'" + cursor + "' is not a cursor of this connection");
        }
    }

    /** Exclusive end of the rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchEnd() {
        return offset + limit + 1;
    }
}
