package vn.doanket.demo;

/** Demo mode was asked for on an external database without the explicit permission to write there. */
public class DemoModeRefusedException extends IllegalStateException {

    public DemoModeRefusedException() {
        super("Chế độ dùng thử bị từ chối vì đang dùng cơ sở dữ liệu ngoài (DOANKET_DB_URL); đặt "
                + "DOANKET_DEMO_ON_EXTERNAL_DB=true nếu thật sự muốn ghi dữ liệu mẫu vào đó "
                + "(demo mode refused: an external database is configured; set DOANKET_DEMO_ON_EXTERNAL_DB=true to "
                + "allow demo data in it).");
    }
}
