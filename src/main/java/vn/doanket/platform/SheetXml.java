package vn.doanket.platform;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * SAX readers for the XML parts of uploaded workbooks (sheets and shared strings), which are read as they
 * stream by because they can be large: a national template of the communes' form is 150 MB of sheet XML.
 *
 * <p>Java 24 lowered the JDK parser's limits on entities from none to 100,000 characters (JDK-8343006), and it
 * counts every predefined entity reference of the document ({@code &amp;}, {@code &quot;}, …) against them. On
 * Java 25 a sheet with more than 100,000 such references was refused whole, and the upload answered "unreadable"
 * although it was the application's own template. These readers refuse any DOCTYPE, as POI's do: no entity can
 * be declared, the predefined ones stand for one character each, and the size limits have nothing left to guard.
 *
 * <p>Each reader comes from a factory of its own. A JDK factory shares one set of limits among the parsers it
 * makes, so lifting them on a reader of POI's shared factory lifted them for every later reader of POI's in the
 * JVM; here they are lifted for the one reader only.
 */
public final class SheetXml {

    /** The JDK parser's limits on the size of entities (0: none), by their JAXP property names. */
    private static final String[] SIZE_LIMITS = {
        "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit",
        "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit"
    };

    private SheetXml() {}

    /**
     * A namespace-aware SAX reader of the JDK's that refuses DOCTYPEs and external entities and reads a sheet of
     * any size.
     */
    public static XMLReader reader() throws SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        for (String limit : SIZE_LIMITS) {
            reader.setProperty(limit, "0");
        }
        return reader;
    }
}
