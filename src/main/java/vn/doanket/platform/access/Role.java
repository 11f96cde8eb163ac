package vn.doanket.platform.access;

/** What an account may do inside its home unit's subtree. */
public enum Role {
    /** Manages accounts in its subtree; at the root this is the system administrator. */
    ADMIN,
    /** Approves or returns reports of the units below. */
    LEADER,
    /** Enters data, submits reports and keeps the unit's records. */
    OFFICER,
    /** Enters data only. */
    DATA_ENTRY,
    /** Reads only. */
    VIEWER;

    public boolean canEnterData() {
        return this != VIEWER;
    }

    public boolean canApprove() {
        return this == ADMIN || this == LEADER || this == OFFICER;
    }
}
