package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Large uploaded sheets are read on Java 24 and later, whose parser limits entities to 100,000 characters and
 * counts each {@code &amp;} of a document against that. The tests give the running JVM those limits through
 * the system properties the JDK reads when it makes a parser (they are its defaults from Java 24 on), so they
 * show the same on Java 17 as on Java 25.
 */
class SheetXmlTests {

    private static final String[] LIMITS = {"jdk.xml.maxGeneralEntitySizeLimit", "jdk.xml.totalEntitySizeLimit"};
    private static final int ROWS = 120_000;

    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void limitsOfJava24() {
        for (String limit : LIMITS) {
            before.put(limit, System.getProperty(limit));
            System.setProperty(limit, "100000");
        }
    }

    @AfterEach
    void limitsAsTheyWere() {
        before.forEach((limit, value) -> {
            if (value == null) {
                System.clearProperty(limit);
            } else {
                System.setProperty(limit, value);
            }
        });
    }

    @Test
    void aSheetWithMoreEntityReferencesThanTheJdkLimitIsReadWhole() throws Exception {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData>");
        for (int r = 1; r <= ROWS; r++) {
            sheet.append("<row r=\"")
                    .append(r)
                    .append("\"><c t=\"inlineStr\"><is><t>Tổ 1 &amp; tổ ")
                    .append(r)
                    .append("</t></is></c></row>\n");
        }
        sheet.append("</sheetData></worksheet>");

        List<String> texts = new ArrayList<>();
        XMLReader reader = SheetXml.reader();
        reader.setContentHandler(new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inT;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (local.equals("t")) {
                    inT = true;
                    text.setLength(0);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inT) {
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (local.equals("t")) {
                    inT = false;
                    texts.add(text.toString());
                }
            }
        });
        reader.parse(new InputSource(new StringReader(sheet.toString())));

        assertThat(texts).hasSize(ROWS);
        assertThat(texts.get(0)).isEqualTo("Tổ 1 & tổ 1");
        assertThat(texts.get(ROWS - 1)).isEqualTo("Tổ 1 & tổ " + ROWS);

        // the JDK's parser as POI makes it still refuses this sheet under the limits of Java 24 and later: the
        // reader above lifted them for itself only
        XMLReader plain = XMLHelper.newXMLReader();
        plain.setContentHandler(new DefaultHandler());
        assertThatThrownBy(() -> plain.parse(new InputSource(new StringReader(sheet.toString()))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("100,000");
    }

    @Test
    void sharedStringsPastTheLimitAreReadAsPlainTextWithoutPhoneticRuns() throws Exception {
        StringBuilder part = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst>");
        for (int i = 0; i < ROWS; i++) {
            part.append("<si><t>Ấp &quot;").append(i).append("&quot;</t></si>");
        }
        part.append("<si><r><t>Bình </t></r><r><t>Ngọc</t></r><rPh><t>びん</t></rPh></si>");
        part.append("</sst>");

        SheetSharedText strings =
                new SheetSharedText(new ByteArrayInputStream(part.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(strings.getCount()).isEqualTo(ROWS + 1);
        assertThat(strings.getItemAt(0).getString()).isEqualTo("Ấp \"0\"");
        assertThat(strings.getItemAt(ROWS - 1).getString()).isEqualTo("Ấp \"" + (ROWS - 1) + "\"");
        assertThat(strings.getItemAt(ROWS).getString()).isEqualTo("Bình Ngọc");
        assertThat(new SheetSharedText(null).getCount()).isZero();
    }

    @Test
    void aSheetThatDeclaresEntitiesIsStillRefused() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData>";
        XMLReader reader = SheetXml.reader();
        reader.setContentHandler(new DefaultHandler());

        assertThatThrownBy(() -> reader.parse(new InputSource(new StringReader(laughs))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
