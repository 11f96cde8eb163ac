package vn.doanket.funds.statement;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain text. POI's read-only table wraps every lookup in a new
 * XMLBeans rich-text object, which made reading a statement's text cells several times slower than
 * the CSV; a statement needs only the characters. Phonetic runs ({@code <rPh>}) are left out.
 */
final class XlsxSharedText implements SharedStrings {

    private final List<String> strings = new ArrayList<>();

    XlsxSharedText(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        if (xml == null) {
            return;
        }
        XMLReader reader = XMLHelper.newXMLReader();
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
                    "statement text read from a workbook is plain: it has no fonts to apply");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException(
                    "statement text read from a workbook is plain: it has no fonts to apply");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException(
                    "statement text read from a workbook is plain: it has no fonts to apply");
        }

        @Override
        public void clearFormatting() {}

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException(
                    "statement text read from a workbook is plain: it has no fonts to apply");
        }

        @Override
        public String toString() {
            return getString;
        }
    }
}
