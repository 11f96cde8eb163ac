package vn.doanket.indicators;

import java.util.Locale;
import vn.doanket.platform.Messages;

/** One option of a breakdown, e.g. PHU_NU (Hội Liên hiệp Phụ nữ) of MEMBER_ORG. */
public record CategoryOption(String categoryCode, String code, String nameVi, String nameEn) {

    /** The name in the reader's language: English for English, Vietnamese otherwise. */
    public String name(Locale locale) {
        return Messages.isEnglish(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }
}
