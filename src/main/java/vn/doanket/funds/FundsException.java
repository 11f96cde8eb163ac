package vn.doanket.funds;

import vn.doanket.platform.DomainException;

/** A rule of the funds module said no; codes are stable for scripts and the API. */
public class FundsException extends DomainException {

    FundsException(String code, int status, String message) {
        super(code, status, message);
    }

    public static FundsException fundNotFound(long id) {
        return new FundsException("funds.not-found", 404, "Không tìm thấy quỹ số " + id + ".");
    }

    public static FundsException accountNotInFund(long accountId, long fundId) {
        return new FundsException(
                "funds.account-not-in-fund", 400, "Tài khoản số " + accountId + " không thuộc quỹ số " + fundId + ".");
    }

    public static FundsException insufficient(String fundName, long balance, long amount) {
        return new FundsException(
                "funds.insufficient",
                409,
                "Quỹ \"" + fundName + "\" chỉ còn " + Money.format(balance) + ", không đủ để chi "
                        + Money.format(amount) + ". Không được để số dư quỹ âm.");
    }

    public static FundsException notFound(String message) {
        return new FundsException("funds.not-found", 404, message);
    }

    public static FundsException invalid(String message) {
        return new FundsException("funds.invalid", 400, message);
    }

    public static FundsException conflict(String code, String message) {
        return new FundsException(code, 409, message);
    }

    public static FundsException badStatement(String message) {
        return new FundsException("funds.statement.invalid", 400, message);
    }

    public static FundsException statementTooLarge(long bytes, long max) {
        return new FundsException(
                "funds.statement.too-large",
                413,
                "Tệp sao kê quá lớn (" + bytes / (1024 * 1024) + " MB); giới hạn là " + max / (1024 * 1024)
                        + " MB. Hãy tách thành nhiều tệp theo khoảng ngày rồi nhập lần lượt.");
    }
}
