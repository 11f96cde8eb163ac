package vn.doanket.funds;

import java.util.List;

/** One page of public search results; {@code hasNext} instead of a total keeps each page cheap. */
public record TransactionPage(int page, int pageSize, boolean hasNext, List<PublicTransaction> items) {}
