package vn.doanket.organization;

/** Gender as recorded on a person (stored as NAM, NU, KHAC). */
public enum Gender {
    NAM("Nam"),
    NU("Nữ"),
    KHAC("Khác");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
