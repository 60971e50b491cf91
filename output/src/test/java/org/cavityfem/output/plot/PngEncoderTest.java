package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The PNG files decode, with the JDK's own PNG reader, to exactly the pixels encoded: PNG is
 * lossless (PNG specification, W3C 2003, §1), so any difference is an encoding error.
 */
class PngEncoderTest {

    @Test
    void randomPixelsComeBackExactly() throws IOException {
        // Random bytes exercise every wrap-around of the Up filter's byte differences.
        Random random = new Random(15);
        for (int[] size : new int[][] {{1, 1}, {1, 7}, {13, 1}, {257, 129}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    image.setRGB(x, y, random.nextInt());
                }
            }
            assertSamePixels(image, decode(PngEncoder.encode(image)));
        }
    }

    @Test
    void rowsMostlyLikeTheRowAboveComeBackExactly() throws IOException {
        // The encoder writes runs of pixels equal to those above as zeros and differences the rest:
        // rows that copy the one above but for scattered pixels and runs of every length, at the
        // row's start and end too, and wholly equal rows.
        Random random = new Random(17);
        int width = 301;
        int height = 97;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            if (y % 5 != 4) {
                int changes = random.nextInt(12);
                for (int k = 0; k < changes; k++) {
                    int from = random.nextInt(width);
                    int length = 1 + random.nextInt(random.nextBoolean() ? 3 : 60);
                    int colour = random.nextInt();
                    for (int x = from; x < Math.min(width, from + length); x++) {
                        row[x] = random.nextInt(4) == 0 ? random.nextInt() : colour;
                    }
                }
                row[0] = y % 3 == 0 ? random.nextInt() : row[0];
                row[width - 1] = y % 7 == 0 ? random.nextInt() : row[width - 1];
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        assertSamePixels(image, decode(PngEncoder.encode(image)));
    }

    @Test
    void drawnChartComesBackExactly() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.BLUE);
        g.drawLine(0, 0, 639, 479);
        g.setColor(new Color(200, 30, 70));
        g.drawString("E_z (MV/m)", 50, 50);
        g.dispose();
        assertSamePixels(image, decode(PngEncoder.encode(image)));
    }

    @Test
    void randomPixelsWithAlphaComeBackExactly() throws IOException {
        // Colour type 6 (RGBA): the alpha byte differenced like the others; random values cover
        // every alpha, including the 0 and 255 of a field map's cells outside and inside the cavity.
        Random random = new Random(16);
        for (int[] size : new int[][] {{1, 1}, {1, 7}, {13, 1}, {257, 129}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    image.setRGB(x, y, random.nextInt());
                }
            }
            byte[] png = PngEncoder.encode(image);
            assertEquals(6, png[25], "colour type (IHDR byte 9): RGBA");
            assertSamePixels(image, decode(png));
        }
    }

    @Test
    void otherImageTypesGoThroughImageIo() throws IOException {
        BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_4BYTE_ABGR);
        image.setRGB(2, 1, 0x80FF0000);
        BufferedImage back = decode(PngEncoder.encode(image));
        assertEquals(0x80FF0000, back.getRGB(2, 1));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "not a PNG the JDK can read");
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        assertArrayEquals(expected.getRGB(0, 0, w, h, null, 0, w), actual.getRGB(0, 0, w, h, null, 0, w));
    }
}
