package vn.doanket.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.TextFolding;

/**
 * Turns a unit named in a narrative report ("xã Hồng Sơn", "tỉnh Bắc Kạn") into a unit code, searching
 * by folded name within the reviewer's subtree. A name borne by one unit (in force today, or else one
 * historic unit) resolves; a name borne by several is left for the reviewer, with the candidates.
 */
@Component
class UnitNameResolver {

    /** Candidates kept for the reviewer to pick from. */
    static final int MAX_CANDIDATES = 8;

    private static final List<String> KINDS =
            List.of("thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "quan", "xa", "phuong");

    /** The unit the name stands for, or the units it may stand for. */
    record Resolution(String code, List<FigureReview.UnitChoice> candidates) {
        static final Resolution NONE = new Resolution(null, List.of());
    }

    private final OrgUnits units;

    UnitNameResolver(OrgUnits units) {
        this.units = units;
    }

    /** Resolves every distinct name once. */
    Map<String, Resolution> resolveAll(List<String> names, Unit within) {
        Map<String, Resolution> out = new HashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                out.computeIfAbsent(name, n -> resolve(n, within));
            }
        }
        return out;
    }

    Resolution resolve(String mention, Unit within) {
        String folded = TextFolding.fold(mention);
        String kind = null;
        for (String k : KINDS) {
            if (folded.startsWith(k + " ")) {
                kind = k;
                folded = folded.substring(k.length() + 1).strip();
                break;
            }
        }
        if (folded.isEmpty()) {
            return Resolution.NONE;
        }
        String name = folded;
        String kindWord = kind;
        List<Unit> found = units.search(name, within, 50);
        List<Unit> exact = found.stream()
                .filter(u -> TextFolding.fold(u.name()).equals(name))
                .filter(u -> u.kind() != vn.doanket.organization.UnitKind.MEMBER_ORG)
                .toList();
        List<Unit> ofKind = kindWord == null
                ? exact
                : exact.stream()
                        .filter(u -> TextFolding.fold(u.unitType()).equals(kindWord))
                        .toList();
        List<Unit> pool = ofKind.isEmpty() ? exact : ofKind;
        // "Tân Thành" and "Tân Thạnh" fold alike: where the text's spelling matches some, keep those
        String[] words = mention.strip().split("\\s+");
        int skip = kindWord == null ? 0 : kindWord.split(" ").length;
        String spelled =
                String.join(" ", java.util.Arrays.copyOfRange(words, Math.min(skip, words.length), words.length));
        List<Unit> sameSpelling =
                pool.stream().filter(u -> u.name().equalsIgnoreCase(spelled)).toList();
        if (!sameSpelling.isEmpty()) {
            pool = sameSpelling;
        }
        List<Unit> current = pool.stream().filter(u -> !u.isHistoric()).toList();
        List<Unit> choice = current.isEmpty() ? pool : current;
        if (choice.size() == 1) {
            return new Resolution(choice.get(0).code(), List.of());
        }
        List<FigureReview.UnitChoice> candidates = new ArrayList<>();
        for (Unit u : choice.subList(0, Math.min(choice.size(), MAX_CANDIDATES))) {
            candidates.add(new FigureReview.UnitChoice(u.code(), describe(u)));
        }
        return new Resolution(null, candidates);
    }

    /** "Xã Hồng Sơn (00123, Phú Thọ)": enough to tell two units of one name apart. */
    private String describe(Unit u) {
        String parent = u.parentId() == null
                ? ""
                : units.findById(u.parentId()).map(p -> ", " + p.name()).orElse("");
        String until = u.isHistoric()
                ? ", đến " + u.validTo().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                : "";
        return u.fullName() + " (" + u.code() + parent + until + ")";
    }

    /** Candidates as stored: one per line, code and label separated by a tab. */
    static String store(List<FigureReview.UnitChoice> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (FigureReview.UnitChoice c : candidates) {
            String line = c.code() + "\t" + c.label().replace('\t', ' ').replace('\n', ' ') + "\n";
            if (sb.length() + line.length() > 2000) {
                break;
            }
            sb.append(line);
        }
        return sb.toString();
    }

    static List<FigureReview.UnitChoice> load(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<FigureReview.UnitChoice> out = new ArrayList<>();
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.add(new FigureReview.UnitChoice(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return out;
    }
}
