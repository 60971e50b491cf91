package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The viridis colour map against matplotlib's table ({@code _cm_listed.py}, 256 entries): entry 0
 * is #440154, entry 255 #FDE725, and the value halfway, between entries 127 (#21918C) and 128, is
 * #21918C to within one level per channel.
 */
class ColorMapTest {

    @Test
    void endsAndMiddleAreViridis() {
        ColorMap map = new ColorMap(-2, 6);
        assertEquals(0x440154, map.rgb(-2));
        assertEquals(0xFDE725, map.rgb(6));
        assertEquals(0x21918C, map.rgb(2));
    }

    @Test
    void valuesOutsideTheRangeTakeTheEndColours() {
        ColorMap map = new ColorMap(0, 1);
        assertEquals(map.rgb(0), map.rgb(-5));
        assertEquals(map.rgb(1), map.rgb(7));
    }

    @Test
    void brightnessGrowsWithTheValue() {
        ColorMap map = new ColorMap(0, 1);
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            int c = map.rgb(i / 100.0);
            // Rec. 601 luma; viridis is built to rise monotonically in lightness.
            double luma = 0.299 * (c >> 16 & 0xFF) + 0.587 * (c >> 8 & 0xFF) + 0.114 * (c & 0xFF);
            assertEquals(true, luma >= previous, "luma falls at " + i / 100.0);
            previous = luma;
        }
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ColorMap(1, 1));
    }
}
