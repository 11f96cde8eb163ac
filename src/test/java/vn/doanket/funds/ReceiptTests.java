package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

@IntegrationTest
class ReceiptTests {

    @Autowired
    FundLedger ledger;

    @Autowired
    Donations donations;

    @Autowired
    Receipts receipts;

    @Autowired
    OrgUnits units;

    @TempDir
    Path dir;

    DonationView gift;

    @BeforeEach
    void setUp() {
        Unit province = units.get("42");
        FundsFixtures.signIn("bien-nhan-42", province, Role.OFFICER);
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ cứu trợ bão lũ Hà Tĩnh");
        long cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        gift = donations.record(new Commands.RecordDonation(
                fund.id(),
                cash,
                "Công ty TNHH Bình Minh",
                true,
                DonorDisplay.NAMED,
                5_000_000,
                LocalDate.of(2024, 9, 12),
                "Ủng hộ đồng bào bị ảnh hưởng bởi bão số 3"));
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void docxReceiptCarriesTheDecreeHeaderAndTheAmountInWords() throws Exception {
        String text;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(receipts.docx(gift.id())));
                var extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertReceipt(text);
    }

    @Test
    void pdfReceiptEmbedsAVietnameseFontAndReadsTheSame() throws Exception {
        PdfReader reader = new PdfReader(receipts.pdf(gift.id()));
        try {
            boolean embedded = false;
            for (int i = 1; i <= reader.getXrefSize(); i++) {
                PdfObject o = reader.getPdfObject(i);
                if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                    embedded |= d.get(PdfName.FONTFILE2) != null
                            && d.get(PdfName.FONTNAME).toString().contains("LiberationSerif");
                }
            }
            assertThat(embedded).as("Liberation Serif embedded").isTrue();
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertReceipt(text);
        } finally {
            reader.close();
        }
    }

    @Test
    void aCancelledGiftGetsNoReceipt() {
        donations.reverse(gift.id(), "Trùng với sao kê ngân hàng");
        assertThatThrownBy(() -> receipts.docx(gift.id()))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining("đã bị hủy");
    }

    @Test
    void libreOfficeReadsTheDocxReceipt() throws Exception {
        String soffice = List.of("soffice", "libreoffice").stream()
                .flatMap(name -> java.util.Arrays.stream(
                                System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .map(p -> Path.of(p, name)))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not on PATH; skipping the round trip.");
        Path docx = Files.write(dir.resolve("bien-nhan.docx"), receipts.docx(gift.id()));
        Process p = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "txt:Text (encoded):UTF8",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path txt = dir.resolve("bien-nhan.txt");
        assertThat(txt).as("soffice output: " + output).exists();
        assertReceipt(Files.readString(txt, StandardCharsets.UTF_8));
    }

    void assertReceipt(String text) {
        assertThat(text)
                .contains("ỦY BAN MTTQ VIỆT NAM")
                .contains("TỈNH HÀ TĨNH")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Hà Tĩnh, ngày ")
                .contains("GIẤY BIÊN NHẬN")
                .contains("Số: " + gift.receiptNumber())
                .contains("Công ty TNHH Bình Minh")
                .contains("5.000.000 đ")
                .contains("Năm triệu đồng")
                .contains("Ủng hộ đồng bào bị ảnh hưởng bởi bão số 3")
                .contains("Quỹ cứu trợ bão lũ Hà Tĩnh")
                .contains("12/09/2024")
                .contains("Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh");
    }
}
