package vn.doanket.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded workbook's shared strings as plain text, read through a {@link SheetXml} reader (so a part of any
 * size is read on any Java). POI's read-only table wraps every lookup in a new XMLBeans rich-text object,
 * which made reading a statement's text cells several times slower than the CSV, and parses the part with
 * the JDK's entity limits; an upload needs only the characters. Phonetic runs ({@code <rPh>}) are left out.
 */
public final class SheetSharedText implements SharedStrings {

    private final List<String> strings = new ArrayList<>();

    /** The shared strings of a workbook being read; an empty table for one whose cells hold no shared text. */
    public static SheetSharedText of(org.apache.poi.xssf.eventusermodel.XSSFReader reader)
            throws IOException, SAXException, ParserConfigurationException {
        InputStream part;
        try {
            part = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | IllegalArgumentException
                | IllegalStateException e) {
            part = null;
        }
        if (part == null) {
            return new SheetSharedText(null);
        }
        try (InputStream xml = part) {
            return new SheetSharedText(xml);
        }
    }

    /** Reads the shared-strings part; {@code null} (a workbook without one) gives an empty table. */
    public SheetSharedText(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        if (xml == null) {
            return;
        }
        XMLReader reader = SheetXml.reader();
        reader.setContentHandler(new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inT;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                switch (local) {
                    case "si" -> text.setLength(0);
                    case "t" -> inT = !inPhonetic;
                    case "rPh" -> inPhonetic = true;
                    default -> {}
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "si" -> strings.add(text.toString());
                    case "t" -> inT = false;
                    case "rPh" -> inPhonetic = false;
                    default -> {}
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inT) {
                    text.append(ch, start, length);
                }
            }
        });
        reader.parse(new InputSource(xml));
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new Plain(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    /** Text without formatting runs: only getString and length are used when reading cells. */
    private record Plain(String getString) implements RichTextString {
        @Override
        public int length() {
            return getString.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException(
                    "text read from an uploaded workbook is plain: it has no fonts to apply");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException(
                    "text read from an uploaded workbook is plain: it has no fonts to apply");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException(
                    "text read from an uploaded workbook is plain: it has no fonts to apply");
        }

        @Override
        public void clearFormatting() {}

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException(
                    "text read from an uploaded workbook is plain: it has no fonts to apply");
        }

        @Override
        public String toString() {
            return getString;
        }
    }
}
