package io.stancegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque, stable IDs: base64url of "Type:key", where the key is derived from content, never from row numbers. */
public final class GlobalId {

    /** A decoded ID. */
    public record Parts(String type, String key) {
    }

    private GlobalId() {
    }

    public static String encode(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes an ID; a malformed one is a BAD_USER_INPUT error. */
    public static Parts decode(String id) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id == null ? "" : id.strip()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0 || colon == raw.length() - 1) {
                throw new IllegalArgumentException();
            }
            return new Parts(raw.substring(0, colon), raw.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadUserInput("'" + id + "' is not a StanceGraph ID");
        }
    }

    /** The key of an ID that must be of the given type. */
    public static String keyOf(String id, String type) {
        Parts parts = decode(id);
        if (!parts.type().equals(type)) {
            throw new ApiError.BadUserInput("'" + id + "' is a " + parts.type() + " ID, not a " + type + " ID");
        }
        return parts.key();
    }
}
