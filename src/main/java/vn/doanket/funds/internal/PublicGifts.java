package vn.doanket.funds.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doanket.funds.DonationView;
import vn.doanket.funds.DonorDisplay;

/**
 * Makes gifts entered by hand searchable by the public like statement lines: writes the words of what
 * the public sees of a gift (V60's funds_donation_search; its trigger tells every instance's index).
 * The gift is shown the more private way of its own choice and its donor's current one.
 */
@Component
public class PublicGifts {

    private static final String GIFT =
            """
            select d.id, d.fund_id, d.received_on, d.amount, d.purpose, d.display, o.name, o.display
              from funds_donation d join funds_donor o on o.id = d.donor_id
            """;

    private final JdbcClient jdbc;

    PublicGifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the search words of a gift just entered. */
    public void publish(long donationId) {
        write(jdbc.sql(GIFT + " where d.id = :id")
                .param("id", donationId)
                .query(PublicGifts::words)
                .list());
    }

    /** Rewrites the words of a donor's gifts after they changed how they are shown; returns their funds. */
    public List<Long> republishDonor(long donorId) {
        List<Words> gifts = jdbc.sql(GIFT + " where d.donor_id = :d")
                .param("d", donorId)
                .query(PublicGifts::words)
                .list();
        write(gifts);
        return gifts.stream().map(Words::fundId).distinct().toList();
    }

    /** Gifts entered before V60 (or by an older instance) get their words; returns how many. */
    int publishMissing() {
        List<Words> missing = jdbc.sql(
                        GIFT + " where not exists (select 1 from funds_donation_search s where s.donation_id = d.id)")
                .query(PublicGifts::words)
                .list();
        write(missing);
        return missing.size();
    }

    private void write(List<Words> gifts) {
        for (Words w : gifts) {
            jdbc.sql(
                            """
                            insert into funds_donation_search (donation_id, fund_id, received_on, amount, search_words)
                            values (:id, :fund, :on, :amount, cast(:words as tsvector))
                            on conflict (donation_id) do update set search_words = excluded.search_words""")
                    .param("id", w.id())
                    .param("fund", w.fundId())
                    .param("on", w.on())
                    .param("amount", w.amount())
                    .param("words", w.words())
                    .update();
        }
    }

    private record Words(long id, long fundId, LocalDate on, long amount, String words) {}

    private static Words words(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long id = rs.getLong(1);
        LocalDate on = rs.getObject(3, LocalDate.class);
        long amount = rs.getLong(4);
        DonorDisplay display =
                Publication.stricter(DonorDisplay.valueOf(rs.getString(6)), DonorDisplay.valueOf(rs.getString(8)));
        String words = Publication.searchWords(
                null, rs.getString(7), display, rs.getString(5), DonationView.receiptNumber(id));
        // the made-up amount and day words statement lines get from V33's trigger
        words += (words.isEmpty() ? "" : " ") + "'a" + amount + "' 'd" + PublicRows.day(on) + "'";
        return new Words(id, rs.getLong(2), on, amount, words);
    }
}
