package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Checks that rendered plots are files other programs can open: a decodable PNG, a well-formed SVG. */
final class PlotFiles {

    private PlotFiles() {
    }

    /** Decodes the PNG with ImageIO and checks its size against the one the plot claims. */
    static BufferedImage decodePng(PlotImage image) {
        try {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
            assertNotNull(png, image.pngFile() + " is not a PNG ImageIO can read");
            assertEquals(image.width(), png.getWidth(), "PNG width");
            assertEquals(image.height(), png.getHeight(), "PNG height");
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the SVG as namespace-aware XML and checks its root element and size. */
    static Document parseSvg(PlotImage image) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // Well-formedness only: the document type's DTD is not fetched from the network.
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(image.svgBytes()));
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
            assertEquals(image.width(), (int) Double.parseDouble(doc.getDocumentElement().getAttribute("width")
                    .replace("px", "")), "SVG width");
            return doc;
        } catch (Exception e) {
            throw new AssertionError(image.svgFile() + " is not well-formed SVG: " + e, e);
        }
    }
}
