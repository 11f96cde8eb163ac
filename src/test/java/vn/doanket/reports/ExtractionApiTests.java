package vn.doanket.reports;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

@IntegrationTest
class ExtractionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
    }

    private static RequestPostProcessor officer() {
        return httpBasic("xa-00004", TestAccounts.PASSWORD);
    }

    private static String json(String text) {
        return JsonMapper.builder().build().writeValueAsString(java.util.Map.of("text", text));
    }

    @Test
    void readsQuantitiesOutOfPostedText() throws Exception {
        String text = "Xây dựng 193 nhà \"Đại đoàn kết\" trị giá hơn 9,1 tỷ đồng; hiến 54/44 đơn vị máu, đạt 123% chỉ"
                + " tiêu (Kết luận số 231-KL/TU ngày 07/7/2023, nhiệm kỳ 2024 - 2029).";
        mvc.perform(post("/api/v1/extractions")
                        .with(officer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(text)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantities", hasSize(4)))
                .andExpect(jsonPath("$.quantities[0].text").value("193 nhà"))
                .andExpect(jsonPath("$.quantities[0].start").value(9))
                .andExpect(jsonPath("$.quantities[0].end").value(16))
                .andExpect(jsonPath("$.quantities[0].value").value(193))
                .andExpect(jsonPath("$.quantities[0].unit").value("nhà"))
                .andExpect(jsonPath("$.quantities[0].indicator").value("UNITY_HOUSES_BUILT"))
                .andExpect(jsonPath("$.quantities[0].ratioOf").doesNotExist())
                .andExpect(jsonPath("$.quantities[1].value").value(9100000000L))
                .andExpect(jsonPath("$.quantities[1].qualifier").value("hơn"))
                .andExpect(jsonPath("$.quantities[2].ratioOf").value(44))
                .andExpect(jsonPath("$.quantities[3].unit").value("%"))
                .andExpect(jsonPath("$.quantities[3].indicator").doesNotExist())
                .andExpect(jsonPath("$.quantities[3].confidence").isNumber());
    }

    @Test
    void textWithoutNumbersGivesAnEmptyList() throws Exception {
        mvc.perform(post("/api/v1/extractions")
                        .with(officer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Hội nghị thống nhất đề ra nhiều nhiệm vụ trọng tâm.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantities", hasSize(0)));
        mvc.perform(post("/api/v1/extractions")
                        .with(officer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantities", hasSize(0)));
    }

    @Test
    void fiveMegabyteTextIsAnswered() throws Exception {
        String paragraph = "Ngày 22/3, giao ban quý I năm 2024: xây dựng 193 nhà \"Đại đoàn kết\", hiến 54/44 đơn vị"
                + " máu; khu 4, lần thứ 12, nhiệm kỳ 2024 - 2029, điện thoại 0912.345.678.\n";
        String text = paragraph.repeat(5_000_000 / paragraph.length());
        long started = System.nanoTime();
        mvc.perform(post("/api/v1/extractions")
                        .with(officer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(text)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantities.length()").value(2 * (5_000_000 / paragraph.length())));
        System.out.println("API, 5 MB text: " + (System.nanoTime() - started) / 1_000_000 + " ms wall");
    }

    @Test
    void textOverTheCapIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/api/v1/extractions")
                        .with(officer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("1 hộ ".repeat(1_100_000))))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("extraction.text-too-large"));
    }

    @Test
    void readsAnUploadedTextFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "bao-cao.txt", "text/plain", "Trao 43 hộ, 21,5 triệu đồng.".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/extractions").file(file).with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantities", hasSize(2)))
                .andExpect(jsonPath("$.quantities[1].value").value(21500000));
    }

    @Test
    void readsAnUploadedDocx() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "bao-cao.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx("Hội nghị giao ban quý I năm 2024.", "Hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu."));
        mvc.perform(multipart("/api/v1/extractions").file(file).with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantities", hasSize(2)))
                .andExpect(jsonPath("$.quantities[0].text").value("54/44 đơn vị máu"))
                .andExpect(jsonPath("$.quantities[0].indicator").value("BLOOD_UNITS"));
    }

    @Test
    void refusesFilesThatAreNotTxtOrDocx() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        mvc.perform(multipart("/api/v1/extractions")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", png))
                        .with(officer()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("extraction.unsupported-file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(".docx")));
        mvc.perform(multipart("/api/v1/extractions")
                        .file(new MockMultipartFile("file", "bao-cao.docx", "application/octet-stream", png))
                        .with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("extraction.damaged-docx"));
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        mvc.perform(multipart("/api/v1/extractions")
                        .file(new MockMultipartFile("file", "bao-cao.doc", "application/msword", oldWord))
                        .with(officer()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("extraction.old-word-format"));
        mvc.perform(multipart("/api/v1/extractions")
                        .file(new MockMultipartFile("file", "bao-cao.txt", "text/plain", png))
                        .with(officer()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("extraction.not-text"));
    }

    @Test
    void refusesAZipBombDressedAsDocx() throws Exception {
        mvc.perform(multipart("/api/v1/extractions")
                        .file(new MockMultipartFile("file", "bao-cao.docx", "application/octet-stream", zipBomb()))
                        .with(officer()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code", anyOf(is("extraction.suspicious-docx"), is("extraction.damaged-docx"))));
    }

    @Test
    void requiresSignIn() throws Exception {
        mvc.perform(post("/api/v1/extractions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("5 hộ")))
                .andExpect(status().isUnauthorized());
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A .docx-shaped zip whose document part inflates from a few kilobytes to 50 MB. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
