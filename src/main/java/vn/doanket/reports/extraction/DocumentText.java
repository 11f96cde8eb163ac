package vn.doanket.reports.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.doanket.reports.ExtractionInputException;

/**
 * The text of an uploaded report: a .txt in UTF-8 or a .docx read with Apache POI. Guards against
 * what people and attackers upload: files over the size cap, zip bombs (POI's inflate-ratio and
 * entry-size limits), old .doc files, binaries named .txt, and damaged archives. Every refusal is
 * an {@link ExtractionInputException} with a Vietnamese message, never a 500.
 */
public final class DocumentText {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_TEXT_CHARS = 5 * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // A real report inflates perhaps 10×; 1% minimum ratio (100×) and 50 MB per entry stop bombs.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private DocumentText() {}

    /** The report's text, NFC-normalised so that offsets match what the page shows. */
    public static String read(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "tệp" : fileName.strip();
        if (content == null || content.length == 0) {
            throw ExtractionInputException.noText();
        }
        if (content.length > MAX_FILE_BYTES) {
            throw ExtractionInputException.fileTooLarge(MAX_FILE_BYTES);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String text;
        if (startsWith(content, OLE2)) {
            throw ExtractionInputException.oldWordFormat(name);
        } else if (startsWith(content, ZIP)) {
            if (!lower.endsWith(".docx") && !lower.endsWith(".docm") && lower.contains(".")) {
                throw ExtractionInputException.unsupported(name);
            }
            text = docx(name, content);
        } else if (lower.endsWith(".docx")) {
            throw ExtractionInputException.damagedDocx(name);
        } else if (lower.endsWith(".txt") || !lower.contains(".")) {
            text = plain(name, content);
        } else {
            throw ExtractionInputException.unsupported(name);
        }
        return normalized(text);
    }

    /**
     * Text sent as is (API, pasted): only the length cap applies, and it is not changed, so that the
     * offsets of the quantities point into exactly what the caller sent. A blank text is allowed.
     */
    public static String asSent(String text) {
        String t = text == null ? "" : text;
        if (t.length() > MAX_TEXT_CHARS) {
            throw ExtractionInputException.textTooLarge(MAX_TEXT_CHARS);
        }
        return t;
    }

    /** Text to be stored and reviewed: capped, NFC-normalised (Word and browsers may send either form). */
    public static String normalized(String text) {
        if (text == null || text.isBlank()) {
            throw ExtractionInputException.noText();
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw ExtractionInputException.textTooLarge(MAX_TEXT_CHARS);
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (normalized.isBlank()) {
            throw ExtractionInputException.noText();
        }
        return normalized;
    }

    private static String docx(String name, byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            if (isBomb(e)) {
                throw ExtractionInputException.suspiciousDocx(name);
            }
            throw ExtractionInputException.damagedDocx(name);
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")
                    || m.contains("max entry size")
                    || m.contains("maxentrysize")
                    || m.contains("inflate ratio")
                    || m.contains("max text size")) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String name, byte[] content) {
        int offset = startsWith(content, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        if (content.length >= 2 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
            if (text.indexOf('\u0000') >= 0) {
                throw ExtractionInputException.notText(name);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw ExtractionInputException.notText(name);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
