package org.cavityfem.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.units.Units.Dimension;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void lengthsScaleByExactPowersOfTen() {
        assertEquals(0.115, Units.parse("115 mm", Dimension.LENGTH));
        assertEquals(0.115, Units.parse("11.5 cm", Dimension.LENGTH));
        assertEquals(0.115, Units.parse("0.115 m", Dimension.LENGTH));
        assertEquals(0.115, Units.parse("1.15e2mm", Dimension.LENGTH));
        assertEquals(-0.02, Units.parse(" -20 mm ", Dimension.LENGTH));
        assertEquals(0.0, Units.parse("0 mm", Dimension.LENGTH));
    }

    @Test
    void frequenciesScaleByExactPowersOfTen() {
        assertEquals(1.3e9, Units.parse("1.3 GHz", Dimension.FREQUENCY));
        assertEquals(1.3e9, Units.parse("1300 MHz", Dimension.FREQUENCY));
        assertEquals(1.3e9, Units.parse("1300000 kHz", Dimension.FREQUENCY));
        assertEquals(50.0, Units.parse("50 Hz", Dimension.FREQUENCY));
    }

    @Test
    void missingUnitIsAnErrorThatShowsTheFix() {
        var e = assertThrows(Units.QuantityFormatException.class, () -> Units.parse("115", Dimension.LENGTH));
        assertTrue(e.getMessage().contains("no unit"), e.getMessage());
        assertTrue(e.getMessage().contains("\"115 mm\""), e.getMessage());
    }

    @Test
    void unknownUnitsAreErrorsNamingTheAcceptedOnes() {
        var e = assertThrows(Units.QuantityFormatException.class, () -> Units.parse("4.5 in", Dimension.LENGTH));
        assertTrue(e.getMessage().contains("unknown length unit \"in\""), e.getMessage());
        assertTrue(e.getMessage().contains("m, cm, mm, um or nm"), e.getMessage());
        var wrongCase = assertThrows(Units.QuantityFormatException.class,
                () -> Units.parse("1.3 ghz", Dimension.FREQUENCY));
        assertTrue(wrongCase.getMessage().contains("did you mean \"GHz\""), wrongCase.getMessage());
        var wrongKind = assertThrows(Units.QuantityFormatException.class,
                () -> Units.parse("1.3 GHz", Dimension.LENGTH));
        assertTrue(wrongKind.getMessage().contains("is a frequency, but a length is needed"), wrongKind.getMessage());
    }

    @Test
    void textThatIsNoNumberIsAnError() {
        var e = assertThrows(Units.QuantityFormatException.class, () -> Units.parse("mm", Dimension.LENGTH));
        assertTrue(e.getMessage().contains("is not a length"), e.getMessage());
        assertThrows(Units.QuantityFormatException.class, () -> Units.parse("NaN m", Dimension.LENGTH));
        assertThrows(Units.QuantityFormatException.class, () -> Units.parse("1e999 m", Dimension.LENGTH));
    }

    @Test
    void formatWritesTheShortestRoundTrippingDecimalInSi() {
        assertEquals("0.115 m", Units.format(0.115, Dimension.LENGTH));
        assertEquals("1300000000 Hz", Units.format(1.3e9, Dimension.FREQUENCY));
        assertEquals("0.00001 m", Units.format(1e-5, Dimension.LENGTH));
        double awkward = 0.1 + 0.2;
        assertEquals(awkward, Units.parse(Units.format(awkward, Dimension.LENGTH), Dimension.LENGTH));
    }

    /** Exponents beyond any double, even beyond an int, are refused with a sentence, not an internal error. */
    @Test
    void absurdExponentsAreOutOfRange() {
        for (String text : new String[] {"1e2147483648 mm", "1e-2147483649 mm", "1e999 mm", "1e-999 GHz"}) {
            Dimension d = text.endsWith("GHz") ? Dimension.FREQUENCY : Dimension.LENGTH;
            var e = assertThrows(Units.QuantityFormatException.class, () -> Units.parse(text, d));
            assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        }
        assertEquals(0.0, Units.parse("0e2147483647 mm", Dimension.LENGTH));
        assertEquals(1e-300, Units.parse("1e-297 mm", Dimension.LENGTH));
    }

    /** A quantity is one line: a line break or tab between number and unit is a typing error. */
    @Test
    void lineBreaksAndTabsInsideAQuantityAreRefused() {
        for (String text : new String[] {"10\nmm", "10 m\nm", "10\tmm", "\n10 mm"}) {
            assertThrows(Units.QuantityFormatException.class, () -> Units.parse(text, Dimension.LENGTH), text);
        }
    }
}
