package vn.doanket.funds;

import java.time.LocalDate;

/** What callers ask the ledger to do. Amounts are whole đồng. */
public final class Commands {

    private Commands() {}

    /** Opens a fund for a committee, with a cash account and optionally one bank account. */
    public record OpenFund(
            String unitCode, FundKind kind, String name, Long appealId, String bank, String bankAccountNumber) {}

    /** Opens an appeal with its period and target. */
    public record OpenAppeal(String unitCode, String name, LocalDate startsOn, LocalDate endsOn, Long target) {}

    /** Money received into one of the fund's asset accounts. */
    public record ReceiveDonation(long fundId, long accountId, long amount, LocalDate bookedOn, String description) {}

    /** Money sent from a fund's asset account to a fund of a unit below it, as one movement. */
    public record Allocate(
            long fromFundId,
            long fromAccountId,
            long toFundId,
            long toAccountId,
            long amount,
            LocalDate bookedOn,
            String description) {}

    /** Money moved between two asset accounts of the same fund (e.g. cash deposited at the bank). */
    public record Transfer(
            long fundId, long fromAccountId, long toAccountId, long amount, LocalDate bookedOn, String description) {}

    /** A payment to a household or project; above the fund's threshold it waits for a second approver. */
    public record RequestDisbursement(
            long fundId, long accountId, long amount, String payee, String purpose, LocalDate bookedOn) {}

    /**
     * A gift from a named donor (a person or an organisation) into one of the fund's bank or cash
     * accounts; {@code display} says how the portal shows it. {@code receivedOn} null means today.
     */
    public record RecordDonation(
            long fundId,
            long accountId,
            String donorName,
            boolean organisation,
            DonorDisplay display,
            long amount,
            LocalDate receivedOn,
            String purpose) {}

    /** A batch of donations with the count and total written on its cover. */
    public record OpenBatch(long fundId, long accountId, String name, int expectedCount, long expectedTotal) {}

    /** One gift entered into a batch; the batch gives the fund and the account. */
    public record BatchEntry(
            String donorName,
            boolean organisation,
            DonorDisplay display,
            long amount,
            LocalDate receivedOn,
            String purpose) {}
}
