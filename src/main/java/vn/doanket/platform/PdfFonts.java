package vn.doanket.platform;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The serif fonts every PDF of the application is written in: Liberation Serif (metric-compatible
 * with Times New Roman, shipped in openpdf-fonts-extra), embedded as a subset with Identity-H
 * encoding, so Vietnamese letters render instead of '#'. Loaded once, on first use.
 */
public final class PdfFonts {

    private static final String DIR = "/liberation/";
    private static volatile PdfFonts loaded;

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    private PdfFonts() {
        regular = load("LiberationSerif-Regular.ttf");
        bold = load("LiberationSerif-Bold.ttf");
        italic = load("LiberationSerif-Italic.ttf");
        boldItalic = load("LiberationSerif-BoldItalic.ttf");
    }

    public static PdfFonts serif() {
        PdfFonts f = loaded;
        if (f == null) {
            f = new PdfFonts();
            loaded = f;
        }
        return f;
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font italic(float size) {
        return new Font(italic, size);
    }

    public Font boldItalic(float size) {
        return new Font(boldItalic, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu phông chữ " + file + " (openpdf-fonts-extra).");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
