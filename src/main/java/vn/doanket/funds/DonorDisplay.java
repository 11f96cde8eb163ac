package vn.doanket.funds;

/** How a donor's gifts are shown in public: by name, with the name masked, or as anonymous. */
public enum DonorDisplay {
    NAMED,
    MASKED,
    ANONYMOUS
}
