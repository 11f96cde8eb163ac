package vn.doanket.platform;

import java.time.ZoneId;

/** Vietnam's time (UTC+7, no daylight saving): which day "today" is, and the hour of a scheduled job. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}
}
