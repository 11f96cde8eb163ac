package vn.doanket.funds.receipt;

import java.time.LocalDate;
import java.util.List;

/**
 * What a receipt says, already worded: the issuing committee (lines in capitals, top left), the
 * place and date of issue (top right, under the national title), and the gift.
 */
public record ReceiptContent(
        List<String> issuingBody,
        String committee,
        String place,
        LocalDate issuedOn,
        String number,
        String donorName,
        boolean organisation,
        long amount,
        String amountFigures,
        String amountWords,
        String purpose,
        String fundName,
        String appealName,
        LocalDate receivedOn,
        String receivedInto,
        String officer) {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String TITLE = "GIẤY BIÊN NHẬN";

    /** Decree 30/2020: days below 10 and the months January and February take a leading zero. */
    String placeAndDate() {
        return place + ", ngày " + two(issuedOn.getDayOfMonth()) + " tháng "
                + (issuedOn.getMonthValue() < 3 ? two(issuedOn.getMonthValue()) : issuedOn.getMonthValue()) + " năm "
                + issuedOn.getYear();
    }

    String subtitle() {
        return "Tiền ủng hộ " + fundName;
    }

    /** The body, one sentence a line, the same in both formats. */
    List<String[]> lines() {
        List<String[]> l = new java.util.ArrayList<>();
        l.add(new String[] {committee + " đã nhận của " + (organisation ? "tổ chức" : "ông/bà") + ": ", donorName});
        l.add(new String[] {"Số tiền: ", amountFigures});
        l.add(new String[] {"Bằng chữ: ", amountWords + "."});
        l.add(new String[] {"Nội dung: ", purpose});
        l.add(new String[] {"Vào quỹ: ", fundName});
        if (appealName != null) {
            l.add(new String[] {"Cuộc vận động: ", appealName});
        }
        l.add(new String[] {"Ngày nhận: ", receivedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        });
        l.add(new String[] {"Hình thức nhận: ", receivedInto});
        return l;
    }

    String thanks() {
        return committee + " trân trọng cảm ơn tấm lòng của " + (organisation ? "quý tổ chức" : "ông/bà")
                + " và cam kết sử dụng số tiền đúng mục đích, công khai, minh bạch.";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
