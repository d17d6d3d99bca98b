package io.stancegraph.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;

/** A claim's linked claim ids, ascending, stored as one binary value of 8 bytes per id (big-endian). */
@Converter
public class LinkedIds implements AttributeConverter<long[], byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(long[] ids) {
        return pack(ids, ids.length);
    }

    @Override
    public long[] convertToEntityAttribute(byte[] bytes) {
        return unpack(bytes);
    }

    /** The first {@code n} ids as the stored value. */
    public static byte[] pack(long[] ids, int n) {
        return pack(ids, 0, n);
    }

    /** The ids {@code ids[from..to)} as the stored value. */
    public static byte[] pack(long[] ids, int from, int to) {
        ByteBuffer out = ByteBuffer.allocate((to - from) * Long.BYTES);
        for (int i = from; i < to; i++) {
            out.putLong(ids[i]);
        }
        return out.array();
    }

    public static long[] unpack(byte[] bytes) {
        long[] ids = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(ids);
        return ids;
    }
}
