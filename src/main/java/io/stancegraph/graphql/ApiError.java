package io.stancegraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** Errors a client can act on; each carries a stable {@code extensions.code}. */
public class ApiError extends RuntimeException {

    protected ApiError(String message) {
        super(message);
    }

    /** A client sent an argument that cannot be used (malformed ID or cursor, conflicting arguments). */
    @ErrorCode("BAD_USER_INPUT")
    public static class BadUserInput extends ApiError {
        public BadUserInput(String message) {
            super(message);
        }
    }

    /** The thing asked for by ID does not exist. */
    @ErrorCode("NOT_FOUND")
    public static class NotFound extends ApiError {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A page size above the configured maximum. */
    @ErrorCode("LIMIT_EXCEEDED")
    public static class LimitExceeded extends ApiError {
        public LimitExceeded(String message) {
            super(message);
        }
    }

    /** The database cannot be reached or did not answer in time: try again shortly. */
    @ErrorCode("SERVICE_UNAVAILABLE")
    public static class ServiceUnavailable extends ApiError {
        public ServiceUnavailable(String message) {
            super(message);
        }
    }
}
