package io.stancegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated page of a connection: {@code first} items after the opaque cursor {@code after}.
 * Cursors encode the position in the connection's fixed order.
 */
public record PageRequest(int offset, int limit) {

    public static PageRequest of(Integer first, String after, int defaultSize, int maxSize) {
        int limit = first == null ? defaultSize : first;
        if (limit < 0) {
            throw new ApiError.BadUserInput("first must be zero or more, got " + limit);
        }
        if (limit > maxSize) {
            throw new ApiError.LimitExceeded("first may be at most " + maxSize + ", got " + limit);
        }
        return new PageRequest(after == null || after.isBlank() ? 0 : decode(after) + 1, limit);
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
