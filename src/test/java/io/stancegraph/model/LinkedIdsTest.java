package io.stancegraph.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkedIdsTest {

    @Test
    void idsComeBackInTheirOrderFromEightBytesEach() {
        long[] ids = {3, 250, 1L << 40, Long.MAX_VALUE};
        byte[] stored = new LinkedIds().convertToDatabaseColumn(ids);
        assertEquals(32, stored.length);
        assertArrayEquals(ids, new LinkedIds().convertToEntityAttribute(stored));
    }

    @Test
    void onlyTheIdsOfTheGivenRangeArePacked() {
        assertArrayEquals(new long[] {7, 9}, LinkedIds.unpack(LinkedIds.pack(new long[] {7, 9, 11}, 2)));
        assertArrayEquals(new long[] {9, 11}, LinkedIds.unpack(LinkedIds.pack(new long[] {7, 9, 11, 13}, 1, 3)));
    }

    @Test
    void theStoredFormIsBigEndianSoADatabaseCanBuildIt() {
        // PostgreSQL's int8send writes the same bytes (the V6 migration packs existing links with it)
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 1, 2}, LinkedIds.pack(new long[] {258}, 1));
    }
}
