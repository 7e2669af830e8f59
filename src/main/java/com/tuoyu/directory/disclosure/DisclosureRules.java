package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.platform.problem.FieldText;
import com.tuoyu.directory.disclosure.dto.AdminCapacityUpdate;
import com.tuoyu.directory.disclosure.dto.AdminFlag;
import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.nursery.AgeGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national standard applied to disclosures (托育机构设置标准（试行）): class sizes per age group are a hard limit
 * (a revision over it is refused); carer-to-child ratios are computed and flagged, never refused, because a nursery
 * short of carers must still be disclosed as it is.
 */
public final class DisclosureRules {

    /** Longest CCTV retention accepted as plausible (ten years). */
    public static final int MAXIMUM_CCTV_RETENTION_DAYS = 3650;

    private DisclosureRules() {
    }

    /** Problems that make a capacity section unacceptable: duplicate groups, enrolment over slots, classes over the limit. */
    public static List<FieldText> capacityErrors(List<AdminCapacityUpdate.Group> groups) {
        List<FieldText> errors = new ArrayList<>();
        Set<AgeGroup> seen = EnumSet.noneOf(AgeGroup.class);
        for (int i = 0; i < groups.size(); i++) {
            AdminCapacityUpdate.Group g = groups.get(i);
            String at = "groups[" + i + "]";
            if (!seen.add(g.ageGroup())) {
                errors.add(FieldText.of(at + ".ageGroup", g.ageGroup() + " 重复填写", g.ageGroup() + " is listed twice"));
            }
            if (g.enrolled() > g.slots()) {
                errors.add(FieldText.of(at + ".enrolled",
                        "不能超过托位数（在托 " + g.enrolled() + " 人，托位 " + g.slots() + " 个）",
                        "must not exceed slots (" + g.enrolled() + " enrolled, " + g.slots() + " slots)"));
            }
            if (g.classes() == null) {
                continue; // not reported (imported rows): nothing to check the slots against
            }
            if (g.slots() > 0 && g.classes() == 0) {
                errors.add(FieldText.of(at + ".classes", "有托位时至少为 1", "must be at least 1 when there are slots"));
            } else if (g.slots() > (long) g.classes() * g.ageGroup().maxClassSize()) {
                errors.add(FieldText.of(at + ".slots", g.ageGroup().label() + "每班最多 " + g.ageGroup().maxClassSize()
                        + " 名幼儿：" + g.slots() + " 个托位至少需要 " + classesNeeded(g.ageGroup(), g.slots()) + " 个班，填报了 "
                        + g.classes() + " 个", g.ageGroup().label() + " classes hold at most "
                        + g.ageGroup().maxClassSize() + " children: " + g.slots() + " slots need at least "
                        + classesNeeded(g.ageGroup(), g.slots()) + " classes, " + g.classes() + " reported"));
            }
        }
        return errors;
    }

    static int classesNeeded(AgeGroup group, int children) {
        return (children + group.maxClassSize() - 1) / group.maxClassSize();
    }

    /** The fewest carers the standard asks for this many children of the group. */
    public static int carersNeeded(AgeGroup group, int enrolled) {
        return (enrolled + group.childrenPerCarer() - 1) / group.childrenPerCarer();
    }

    /** A flag per age group whose carers fall short of the standard ratio for the children enrolled. */
    public static List<AdminFlag> ratioFlags(Map<AgeGroup, int[]> enrolledAndCarers) {
        List<AdminFlag> flags = new ArrayList<>();
        enrolledAndCarers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            AgeGroup group = e.getKey();
            int enrolled = e.getValue()[0];
            int carers = e.getValue()[1];
            int needed = carersNeeded(group, enrolled);
            if (carers < needed) {
                flags.add(new AdminFlag("CARER_RATIO_BELOW_STANDARD", "carers[" + group + "]", Text.of(
                        group.label() + "保育人员不足国家标准：在托 " + enrolled + " 人至少需要 " + needed + " 名保育人员（1:"
                                + group.childrenPerCarer() + "），现有 " + carers + " 名",
                        group.text().en() + ": " + enrolled + " children need at least " + needed + " carers (1:"
                                + group.childrenPerCarer() + "), " + carers + " recorded")));
            }
        });
        return flags;
    }

    /** Problems with the CCTV facts: retention required with CCTV, absent without, and plausible. */
    public static List<FieldText> cctvErrors(boolean installed, Integer retentionDays) {
        if (!installed) {
            return retentionDays == null ? List.of()
                    : List.of(FieldText.of("cctvRetentionDays", "未安装视频监控时不能填写", "must be absent without CCTV"));
        }
        if (retentionDays == null) {
            return List.of(FieldText.of("cctvRetentionDays", "安装视频监控时必须填写", "is required when CCTV is installed"));
        }
        if (retentionDays < 1 || retentionDays > MAXIMUM_CCTV_RETENTION_DAYS) {
            return List.of(FieldText.of("cctvRetentionDays",
                    "必须在 1 到 " + MAXIMUM_CCTV_RETENTION_DAYS + " 天之间", "must be between 1 and " + MAXIMUM_CCTV_RETENTION_DAYS + " days"));
        }
        return List.of();
    }

    /** CCTV kept shorter than the local minimum: accepted, flagged. */
    public static List<AdminFlag> cctvFlags(boolean installed, Integer retentionDays) {
        if (installed && retentionDays != null && retentionDays < DisclosureService.MINIMUM_CCTV_RETENTION_DAYS) {
            int minimum = DisclosureService.MINIMUM_CCTV_RETENTION_DAYS;
            return List.of(new AdminFlag("CCTV_RETENTION_BELOW_MINIMUM", "cctvRetentionDays", Text.of(
                    "监控录像仅保存 " + retentionDays + " 天，不足 " + minimum + " 天的要求",
                    "footage kept " + retentionDays + " days, the minimum is " + minimum)));
        }
        return List.of();
    }

    /** Permit kinds whose latest permit (issued by today) has expired: a renewal clears the kind. */
    public static int expiredPermits(List<Permit> permits, LocalDate today) {
        Map<PermitKind, Permit> latest = new EnumMap<>(PermitKind.class);
        for (Permit p : permits) {
            if (p.issuedOn.isAfter(today)) {
                continue;
            }
            Permit current = latest.get(p.kind);
            if (current == null || lastsLonger(p, current)) {
                latest.put(p.kind, p);
            }
        }
        return (int) latest.values().stream().filter(p -> p.validUntil != null && p.validUntil.isBefore(today)).count();
    }

    private static boolean lastsLonger(Permit a, Permit b) {
        if (b.validUntil == null) {
            return false;
        }
        return a.validUntil == null || a.validUntil.isAfter(b.validUntil);
    }

    /** Age groups whose enrolled children exceed what their carers may look after under the national standard. */
    public static int ratioBreaches(List<Capacity> rows) {
        return (int) rows.stream().filter(c -> {
            AgeGroup group = c.ageGroup;
            return c.enrolled > c.carers * group.childrenPerCarer();
        }).count();
    }
}
