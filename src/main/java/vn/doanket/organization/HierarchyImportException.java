package vn.doanket.organization;

import vn.doanket.platform.DomainException;

/** A row of a hierarchy file was refused; nothing of the file was stored. */
public class HierarchyImportException extends DomainException {
    public HierarchyImportException(String file, int line, String field, String reason) {
        super(
                "org.import-row",
                422,
                "Tệp " + file + ", dòng " + line + (field == null ? "" : ", cột \"" + field + "\"") + ": " + reason
                        + ". Không có dòng nào của tệp được lưu.",
                file,
                line,
                field);
    }
}
