package vn.doanket.reports.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doanket.reports.Report;

/**
 * The generated .docx and .xlsx opened by a real office suite: LibreOffice converts them to text,
 * PDF and CSV. soffice exits 0 even when a conversion fails, so each test checks that the output
 * file exists and holds the Vietnamese text. Skipped, with a message, where soffice is not installed.
 */
class OfficeRoundTripTests {

    static final Report REPORT = SampleReports.haNoi();

    static String soffice;

    @TempDir
    static Path dir;

    @BeforeAll
    static void findSoffice() {
        soffice = List.of("soffice", "libreoffice").stream()
                .flatMap(name -> java.util.Arrays.stream(
                                System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .map(p -> Path.of(p, name)))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElse(null);
    }

    static void requireSoffice() {
        Assumptions.assumeTrue(
                soffice != null,
                "LibreOffice (soffice) is not on PATH: install libreoffice-writer-nogui and libreoffice-calc-nogui"
                        + " to run the office round-trip tests.");
    }

    @Test
    void writerReadsTheDocxAsTextWithItsVietnameseHeader() throws Exception {
        requireSoffice();
        Path docx = write("bao-cao.docx", DocxRenderer.render(REPORT));
        String text = Files.readString(convert(docx, "txt:Text (encoded):UTF8", "bao-cao.txt"), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("ỦY BAN MTTQ VIỆT NAM")
                .contains("Hà Nội, ngày 06 tháng 7 năm 2025")
                .contains("hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu")
                .contains("tổng trị giá hơn 9,1 tỷ đồng");
    }

    @Test
    void writerTurnsTheDocxIntoAPdf() throws Exception {
        requireSoffice();
        Path docx = write("bao-cao-pdf.docx", DocxRenderer.render(REPORT));
        Path pdf = convert(docx, "pdf", "bao-cao-pdf.pdf");
        assertThat(Files.size(pdf)).isGreaterThan(1_000);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void calcReadsTheAnnexWithVietnameseNumberFormats() throws Exception {
        requireSoffice();
        Path xlsx = write("phu-luc.xlsx", XlsxRenderer.render(REPORT));
        String csv = Files.readString(
                convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1", "phu-luc.csv"), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("PHỤ LỤC SỐ LIỆU")
                .contains("Số đơn vị máu hiến được")
                .contains("9.123.456.789")
                .contains("45.700");
    }

    static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Runs soffice with a fresh profile; fails with its output when the expected file is missing. */
    static Path convert(Path input, String filter, String expected) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path profile = dir.resolve("profile-" + System.nanoTime());
        Process p = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        filter,
                        "--outdir",
                        out.toString(),
                        input.toString())
                .redirectErrorStream(true)
                .start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        Path result = out.resolve(expected);
        assertThat(result).as("soffice output %s (log: %s)", expected, log).exists();
        return result;
    }
}
