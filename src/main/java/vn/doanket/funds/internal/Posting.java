package vn.doanket.funds.internal;

import java.time.LocalDate;
import java.util.List;
import vn.doanket.funds.AccountView;
import vn.doanket.funds.MovementKind;

/**
 * A movement about to be written: a balanced group of lines. Built only through the factory
 * methods, which keep it balanced; the database checks it again.
 */
public record Posting(
        long fundId, MovementKind kind, LocalDate bookedOn, String description, Long reversesId, List<Line> lines) {

    public record Line(AccountView account, long amount) {}

    public Posting {
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a movement needs at least two entries");
        }
        long sum = 0;
        for (Line l : lines) {
            if (l.amount() == 0) {
                throw new IllegalArgumentException("an entry of zero đồng");
            }
            sum = Math.addExact(sum, l.amount());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("unbalanced movement: " + sum);
        }
    }

    /** Money {@code amount} moves from {@code from} (credited) to {@code to} (debited). */
    public static Posting move(
            long fundId,
            MovementKind kind,
            LocalDate on,
            String description,
            AccountView from,
            AccountView to,
            long amount) {
        return new Posting(fundId, kind, on, description, null, List.of(new Line(to, amount), new Line(from, -amount)));
    }
}
